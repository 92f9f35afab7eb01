#!/usr/bin/env bash
# Times the board pack of a large generated plan against Typst typesetting the same
# scorecard table. Needs typst (`cargo install typst-cli`, or `pip install typst` for
# its Python binding). Usage: scripts/bench-pack-vs-typst.sh [PARTNERS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build -q --release --example gen_plan --example bench_pack
./target/release/examples/gen_plan --partners "$n" --decisions 1000 --pages 500 "$work/plan" >/dev/null
/usr/bin/time -f "partnerbook peak RSS: %M KiB" ./target/release/examples/bench_pack "$work/plan" 5 "$work/pack.pdf" "$work/scorecard.typ"
if command -v typst >/dev/null; then
  start=$(date +%s.%N); typst compile "$work/scorecard.typ" "$work/typst.pdf"; end=$(date +%s.%N)
  echo "typst-cli: $(echo "($end - $start) * 1000" | bc) ms"
else
  python3 - "$work/scorecard.typ" "$work/typst.pdf" <<'PY'
import sys, time, typst
t = time.perf_counter(); typst.compile(sys.argv[1], output=sys.argv[2]); d = time.perf_counter() - t
print(f"typst (python binding {getattr(typst, '__version__', '?')}): {d*1000:.1f} ms")
PY
fi
