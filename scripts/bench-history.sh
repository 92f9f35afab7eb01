#!/usr/bin/env bash
# Benchmark of history from git: a generated plan of N partners (default 1,000) in a
# repository with 8 quarter-end snapshots; times the first build (no cache), a rebuild
# (cache warm) and a build with --no-history, with hyperfine.
#
#   scripts/bench-history.sh [PARTNERS] [RUNS]
#
# Needs: a release build (cargo build --release --bin partnerbook --example gen_plan),
# git and hyperfine (apt-get install hyperfine). Works in a temporary directory under
# /dev/shm when it exists (tmpfs: the disk is not what is measured).
set -euo pipefail
cd "$(dirname "$0")/.."
partners="${1:-1000}"
runs="${2:-10}"
bin="$PWD/target/release/partnerbook"
gen="$PWD/target/release/examples/gen_plan"
base=/dev/shm
[ -d "$base" ] || base="${TMPDIR:-/tmp}"
work="$(mktemp -d "$base/pb-history.XXXXXX")"
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
mkdir -p "$repo"
"$gen" --partners "$partners" --decisions 100 --pages 50 "$repo/content" >/dev/null
printf 'history:\n  quarters: 8\n' >> "$repo/content/plan.yaml"
cd "$repo"
git init -q
git config user.name bench
git config user.email bench@example.invalid
# Eight quarters of edits: every quarter, a tenth of the partners change pipeline.
i=0
for date in 2024-11-15 2025-02-14 2025-05-15 2025-08-14 2025-11-14 2026-02-13 2026-05-15 2026-08-14; do
  if [ "$i" -gt 0 ]; then
    find content/partners -name '*.md' | sort | awk -v q="$i" 'NR % 10 == q % 10' |
      xargs sed -i -E "s/^pipeline: .*/pipeline: \"\$$((i + 1)).${i}M\"/"
  fi
  git add -A
  GIT_AUTHOR_DATE="${date}T12:00:00+00:00" GIT_COMMITTER_DATE="${date}T12:00:00+00:00" \
    git commit -q -m "quarter $i"
  i=$((i + 1))
done
args=(build --content content --output "$work/out" --today 2026-11-24)
# Its own output directory: a build with history writes pages one without does not.
plain=(build --content content --output "$work/out-plain" --today 2026-11-24)
"$bin" history --content content --today 2026-11-24 | head -3
# One --prepare per command: only the first ones start without a cache.
hyperfine --warmup 1 --runs "$runs" \
  --prepare "rm -rf $repo/.git/partnerbook" --prepare true --prepare true \
  -n "first build (no cache)" "$bin ${args[*]}" \
  -n "rebuild (history cached)" "$bin ${args[*]}" \
  -n "build --no-history" "$bin ${plain[*]} --no-history"
hyperfine --warmup 1 --runs "$runs" \
  --prepare "rm -rf $repo/.git/partnerbook" --prepare true \
  -n "history (no cache)" "$bin history --content content --today 2026-11-24" \
  -n "history (cached)" "$bin history --content content --today 2026-11-24"
