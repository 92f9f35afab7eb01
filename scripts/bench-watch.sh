#!/usr/bin/env bash
# Edit-to-output latency of `partnerbook watch` (release build): 20 one-partner edits
# on the example plan and on a generated 1,000-partner plan, with and without the
# board pack. Targets: p50 <= 50 ms (example plan), <= 100 ms (1,000 partners).
# Usage: scripts/bench-watch.sh [EDITS]
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build -q --release --bin partnerbook --example gen_plan --example bench_watch
./target/release/examples/gen_plan --partners 1000 --decisions 100 --pages 50 "$work/plan-1000" >/dev/null
bench=./target/release/examples/bench_watch
$bench content --edits "$edits"
$bench content --edits "$edits" --pdf
$bench "$work/plan-1000" --edits "$edits"
$bench "$work/plan-1000" --edits "$edits" --pdf
# History is read once per session: the latency with a history must be the same.
$bench "$work/plan-1000" --edits "$edits" --history
$bench "$work/plan-1000" --edits "$edits" --pdf --history
