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

# The Hugo site: the plan's Markdown files as content, front matter reduced to a title.
hugo_site="$work/hugo"
mkdir -p "$hugo_site/layouts/_default" "$hugo_site/content"
cat > "$hugo_site/config.toml" <<'TOML'
baseURL = "/"
title = "Partner handbook"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
relativeURLs = true
[markup.goldmark.renderer]
unsafe = false
[markup.goldmark.extensions]
table = true
strikethrough = true
taskList = true
footnote = true
TOML
cat > "$hugo_site/layouts/_default/baseof.html" <<'HTML'
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head><body>
<nav class="sidebar"><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
<main><nav class="crumbs"><a href="{{ "/" | relURL }}">Home</a>{{ with .Parent }} / <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ block "main" . }}{{ end }}</main></body></html>
HTML
cat > "$hugo_site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
HTML
cat > "$hugo_site/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
HTML
python3 - "$work/plan" "$hugo_site/content" <<'PY'
import os, re, sys
src, dst = sys.argv[1], sys.argv[2]
count = 0
for sub in ["partners", "decisions", "handbook"]:
    for root, _, files in os.walk(os.path.join(src, sub)):
        for f in files:
            if not f.endswith(".md"):
                continue
            text = open(os.path.join(root, f), encoding="utf-8").read()
            m = re.match(r"^---\n(.*?)\n---\n?(.*)$", text, re.S)
            front, body = (m.group(1), m.group(2)) if m else ("", text)
            t = re.search(r"^(?:name|title):\s*(.+)$", front, re.M)
            title = (t.group(1) if t else f[:-3]).strip().strip('"').replace('"', "'")
            rel = os.path.relpath(os.path.join(root, f), src)
            name = "_index.md" if f == "index.md" else f
            out = os.path.join(dst, os.path.dirname(rel), name)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            open(out, "w", encoding="utf-8").write(f'---\ntitle: "{title}"\n---\n{body}')
            count += 1
print(f"{count} Markdown pages for Hugo")
PY

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
