#!/usr/bin/env bash
# Times `partnerbook build` on a large generated plan against Hugo building the same
# Markdown files (every partner, decision and handbook page as a Hugo page, with a
# minimal layout: head, sidebar of sections, breadcrumbs, rendered body).
# Needs hugo (`apt-get install -y hugo`). Usage: scripts/bench-site-vs-hugo.sh [PARTNERS] [RUNS]
# BENCH_TMP=/dev/shm runs both on tmpfs, leaving the (shared, noisy) disk out of it.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${2:-3}
# BENCH_TMP picks the file system (e.g. /dev/shm to leave the disk out of it).
work=$(mktemp -d -p "${BENCH_TMP:-${TMPDIR:-/tmp}}")
trap 'rm -rf "$work"' EXIT
cargo build -q --release --example gen_plan
cargo build -q --release
./target/release/examples/gen_plan --partners "$n" --decisions 1000 --pages 500 "$work/plan" >/dev/null

# The Hugo site: the plan's Markdown files as content.
hugo_site="$work/hugo"
. scripts/lib/hugo-site.sh
make_hugo_site "$work/plan" "$hugo_site"

best() { sort -n | head -1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

# Every run writes to a new directory and nothing is deleted until all runs are done:
# ext4 makes creating files slow for a while after thousands were deleted, which
# would measure the file system rather than the two tools.
pb=(); hg=()
for i in $(seq "$runs"); do
  pb+=("$(time_ms ./target/release/partnerbook build --content "$work/plan" --output "$work/out$i" --no-pdf --today 2026-11-24)")
  hg+=("$(time_ms hugo --quiet --source "$hugo_site" --destination "$work/hugo-out$i")")
done
pages=$(find "$work/out1" -name '*.html' | wc -l)
hpages=$(find "$work/hugo-out1" -name '*.html' | wc -l)
p=$(printf '%s\n' "${pb[@]}" | best); h=$(printf '%s\n' "${hg[@]}" | best)
pm=$(printf '%s\n' "${pb[@]}" | median); hm=$(printf '%s\n' "${hg[@]}" | median)
echo "partnerbook build: best ${p} ms, median ${pm} ms for ${pages} pages (${runs} runs: ${pb[*]})"
echo "hugo $(hugo version | cut -d' ' -f2): best ${h} ms, median ${hm} ms for ${hpages} pages (${runs} runs: ${hg[*]})"
echo "speed-up: $(echo "scale=1; $h / $p" | bc)x best to best, $(echo "scale=1; $hm / $pm" | bc)x median to median"
# A floor for any tool that writes these files: copying the finished site.
floor=$(time_ms cp -r "$work/out1" "$work/floor")
echo "floor: copying partnerbook's finished site with cp -r takes ${floor} ms ($(du -sm "$work/out1" | cut -f1) MB)"
# A rebuild into the same directory: unchanged files are compared, not rewritten.
re=$(time_ms ./target/release/partnerbook build --content "$work/plan" --output "$work/out1" --no-pdf --today 2026-11-24)
echo "partnerbook rebuild with nothing changed: ${re} ms"
