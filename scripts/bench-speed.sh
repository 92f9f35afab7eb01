#!/usr/bin/env bash
# Site build speed of two revisions side by side, against Hugo and against the copy
# floor, on a generated plan. Every build writes a fresh output directory on tmpfs
# (BENCH_TMP, default /dev/shm), so the disk stays out of it; the tools take turns run
# after run, and medians are reported.
#
#   scripts/bench-speed.sh [BASE_REV] [PARTNERS] [RUNS]     (defaults: HEAD~1 10000 7)
#
# BASE_REV is built in a temporary git worktree with the same target directory (one
# build at a time: the machine has 2 cores); the working tree is the other side. Prints,
# per tool, the median wall time of a fresh `build --no-pdf`, the median "load + check"
# of `--timings`, Hugo's median, `cp -r` of the finished site (the floor any tool that
# writes these files pays), and the ratios the speed targets are stated in.
# Needs hugo (apt-get install -y hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
base_rev=${1:-HEAD~1}
n=${2:-10000}
runs=${3:-7}
work=$(mktemp -d -p "${BENCH_TMP:-/dev/shm}")
worktree=""
cleanup() {
  if [ -n "$worktree" ]; then git worktree remove --force "$worktree" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
target=${CARGO_TARGET_DIR:-$PWD/target}

echo "building the working tree and $base_rev (release)..." >&2
cargo build -q --release --bin partnerbook
cp "$target/release/partnerbook" "$work/pb-head"
worktree=$(mktemp -d)
git worktree add --detach -q "$worktree" "$base_rev"
CARGO_TARGET_DIR="$target" cargo build -q --release --bin partnerbook --example gen_plan --manifest-path "$worktree/Cargo.toml"
cp "$target/release/partnerbook" "$work/pb-base"
# The plan comes from the base revision's generator: the newer binary reads older
# plans, not always the other way round.
cp "$target/release/examples/gen_plan" "$work/gen-base"
git worktree remove --force "$worktree"
worktree=""
# The working tree's binaries again, so target/ holds them after the run.
cargo build -q --release --bin partnerbook --example gen_plan

"$work/gen-base" --partners "$n" --decisions 1000 --pages 500 "$work/plan" >/dev/null
. scripts/lib/hugo-site.sh
make_hugo_site "$work/plan" "$work/hugo" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# A failed command stops the benchmark with its output: a failing build is fast.
time_ms() {
  local s e
  s=$(date +%s%N)
  if ! "$@" >"$work/last.log" 2>&1; then
    echo "failed: $*" >&2
    tail -20 "$work/last.log" >&2
    exit 1
  fi
  e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
# `--timings` prints "timings: load + check    254.3 ms"; the figure in whole ms.
load_ms() {
  "$@" --timings 2>&1 >/dev/null | awk '/load/ && /check/ {for (i = 1; i <= NF; i++) if ($i ~ /^[0-9.]+$/) {printf "%d\n", $i; exit}}'
}

declare -a base head hugo floor base_load head_load
build() { "$1" build --content "$work/plan" --output "$2" --no-pdf --today 2026-11-24; }
for i in $(seq "$runs"); do
  base+=("$(time_ms build "$work/pb-base" "$work/base-$i")")
  head+=("$(time_ms build "$work/pb-head" "$work/head-$i")")
  hugo+=("$(time_ms hugo --quiet --source "$work/hugo" --destination "$work/hugo-$i")")
  floor+=("$(time_ms cp -r "$work/head-$i" "$work/copy-$i")")
  base_load+=("$(load_ms "$work/pb-base" build --content "$work/plan" --output "$work/base-t$i" --no-pdf --today 2026-11-24 || echo 0)")
  head_load+=("$(load_ms "$work/pb-head" build --content "$work/plan" --output "$work/head-t$i" --no-pdf --today 2026-11-24 || echo 0)")
  rm -rf "$work/base-$i" "$work/head-$i" "$work/hugo-$i" "$work/copy-$i" "$work/base-t$i" "$work/head-t$i"
done
m() { printf '%s\n' "$@" | median; }
b=$(m "${base[@]}"); h=$(m "${head[@]}"); g=$(m "${hugo[@]}"); f=$(m "${floor[@]}")
bl=$(m "${base_load[@]}"); hl=$(m "${head_load[@]}")
ratio() { echo "scale=2; $1 / $2" | bc; }
echo "plan: $n partners, 1000 decisions, 500 pages; $runs runs each, medians, fresh output on $(df --output=fstype "$work" | tail -1)"
echo "base $base_rev ($(git rev-parse --short "$base_rev")): ${b} ms (load + check ${bl} ms)   runs: ${base[*]}"
echo "working tree:        ${h} ms (load + check ${hl} ms)   runs: ${head[*]}"
echo "hugo $(hugo version | cut -d' ' -f2):     ${g} ms   runs: ${hugo[*]}"
echo "copy floor (cp -r):  ${f} ms   runs: ${floor[*]}"
echo "working tree / base: $(ratio "$h" "$b")   / hugo: $(ratio "$h" "$g") (target <= 0.33)   / copy floor: $(ratio "$h" "$f") (target <= 2)"
