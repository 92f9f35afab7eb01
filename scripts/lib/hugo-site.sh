# Sourced by the benchmark scripts: make_hugo_site PLAN_DIR SITE_DIR writes a Hugo site
# whose content is the plan's Markdown files (every partner, decision and handbook page
# as a Hugo page, front matter reduced to a title) with a minimal layout: head, sidebar
# of sections, breadcrumbs, rendered body.
make_hugo_site() {
  local plan=$1 hugo_site=$2
# The Hugo site: the plan's Markdown files as content, front matter reduced to a title.
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
python3 - "$plan" "$hugo_site/content" <<'PY'
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

}
