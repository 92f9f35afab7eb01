//! The site theme: Tera templates and static assets. The default theme
//! (`themes/default/`) is embedded in the binary; `--theme DIR` overrides any single
//! file of it by relative path (`templates/partner.html`, `assets/style.css`) or adds
//! new ones. Templates are compiled once, when the theme loads, into one [`tera::Tera`]
//! (Tera 2) with HTML autoescaping; a template that does not compile, or names a filter,
//! component or include that does not exist, fails the load with its file and line.
//! The theme's `locales/<language>/*.ftl` are the message catalogs (`crate::i18n`),
//! overridden and added to the same way.

use crate::render::RenderError;
use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;
use std::path::Path;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

const TEMPLATES: &str = "templates/";
const ASSETS: &str = "assets/";
const LOCALES: &str = "locales/";

/// Every file of the default theme: path relative to the theme root (with `/`), and contents.
pub fn default_theme_files() -> Vec<(String, &'static [u8])> {
    let mut out = Vec::new();
    collect(&DEFAULT_THEME, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
    for f in dir.files() {
        let rel = f.path().to_string_lossy().replace('\\', "/");
        out.push((rel, f.contents()));
    }
    for d in dir.dirs() {
        collect(d, out);
    }
}

/// Parsed templates and the assets to copy to `assets/`.
pub struct Theme {
    pub tera: tera::Tera,
    /// Asset paths relative to `assets/`, with contents.
    pub assets: BTreeMap<String, Vec<u8>>,
    /// Each template's text and where it came from, for errors that point at a line.
    templates: Templates,
    /// The message catalogs (`locales/<language>/*.ftl`), defaults and overrides.
    pub catalogs: Vec<crate::i18n::CatalogFile>,
}

/// Template name → (where the file is, as a reader finds it; its text).
type Templates = BTreeMap<String, (String, String)>;

/// The files of a theme before they are compiled: path → (bytes, where a reader finds
/// the file).
pub struct ThemeFiles(BTreeMap<String, (Vec<u8>, String)>);

impl ThemeFiles {
    /// The default theme's files, with the files of `override_dir` (when given) taking
    /// precedence.
    pub fn read(override_dir: Option<&Path>) -> Result<ThemeFiles, RenderError> {
        merged_files(override_dir).map(ThemeFiles)
    }

    /// A fingerprint of every file (templates, catalogs, assets) and of `locale`: a
    /// watch session compiles the theme again, and renders its pages again
    /// (`site::memo`), only when it changes.
    pub fn fingerprint(&self, locale: &str) -> u128 {
        super::memo::fingerprint(
            self.0
                .iter()
                .map(|(rel, (bytes, _))| (rel.as_str(), bytes.as_slice())),
            locale,
        )
    }
}

impl Theme {
    /// The default theme, with the files of `override_dir` (when given) taking precedence.
    pub fn load(override_dir: Option<&Path>) -> Result<Theme, RenderError> {
        Theme::compile(ThemeFiles::read(override_dir)?)
    }

    /// Compiles a theme's templates and sorts out its assets and catalogs.
    pub fn compile(files: ThemeFiles) -> Result<Theme, RenderError> {
        let files = files.0;
        let mut templates = Templates::new();
        let mut assets = BTreeMap::new();
        let mut catalogs = Vec::new();
        for (rel, (bytes, shown)) in files {
            if rel.starts_with(LOCALES) {
                let text = String::from_utf8(bytes)
                    .map_err(|_| RenderError(format!("theme file `{shown}` is not UTF-8 text")))?;
                catalogs.push(crate::i18n::CatalogFile { rel, shown, text });
            } else if let Some(name) = rel.strip_prefix(TEMPLATES) {
                let text = String::from_utf8(bytes)
                    .map_err(|_| RenderError(format!("theme file `{shown}` is not UTF-8 text")))?;
                templates.insert(name.to_string(), (shown, text));
            } else if let Some(name) = rel.strip_prefix(ASSETS) {
                assets.insert(name.to_string(), bytes);
            }
        }
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".svg", ".xml"]);
        tera.set_escape_fn(escape_to);
        tera.global_context().insert("urls", &super::urls::FIXED);
        // `tr` is bound to the plan's catalog by `Theme::language`; registered here so
        // that templates calling it load.
        tera.register_function(
            "tr",
            |_: tera::Kwargs, _: &tera::State| -> tera::TeraResult<String> {
                Err(tera::Error::message(
                    "no language chosen: the site renderer calls `Theme::language` first",
                ))
            },
        );
        tera.add_raw_templates(templates.iter().map(|(name, (_, text))| (name, text)))
            .map_err(|e| {
                RenderError(format!(
                    "the theme's templates do not load: {}",
                    located(&e, &templates)
                ))
            })?;
        Ok(Theme {
            tera,
            assets,
            templates,
            catalogs,
        })
    }

    /// The catalog of `locale` from this theme's catalogs; its messages without
    /// arguments become the templates' global `msg` (`{{ msg.score_breakdown }}`), and
    /// the function `tr` formats one with arguments (`{{ tr(id="partner_rank",
    /// rank=v.rank, of=v.of) }}`: numbers select plural forms, the rest is text).
    pub fn language(
        &mut self,
        locale: &str,
    ) -> Result<std::sync::Arc<crate::i18n::Catalog>, RenderError> {
        let catalog = std::sync::Arc::new(
            crate::i18n::Catalog::load(locale, &self.catalogs)
                .map_err(|e| RenderError(e.to_string()))?,
        );
        self.tera.global_context().insert("msg", catalog.statics());
        let bound = std::sync::Arc::clone(&catalog);
        self.tera
            .register_function("tr", move |kwargs: tera::Kwargs, _: &tera::State| {
                message(&bound, &kwargs)
            });
        Ok(catalog)
    }

    /// Renders a template with a serializable view.
    pub fn render<T: serde::Serialize>(
        &self,
        template: &str,
        view: &T,
    ) -> Result<String, RenderError> {
        let ctx = tera::Context::from_serialize(view)
            .map_err(|e| RenderError(format!("{template}: {e}")))?;
        self.tera
            .render(template, &ctx)
            .map_err(|e| RenderError(located(&e, &self.templates)))
    }
}

/// `tr(id=…, name=value…)`: the message `id` formatted with the other arguments.
fn message(catalog: &crate::i18n::Catalog, kwargs: &tera::Kwargs) -> tera::TeraResult<String> {
    let id: String = kwargs.must_get("id")?;
    let mut args = crate::i18n::FluentArgs::new();
    for (key, value) in kwargs.iter() {
        let Some(name) = key.as_str().filter(|k| *k != "id") else {
            continue;
        };
        let v: fluent_bundle::FluentValue = match value.as_f64() {
            Some(n) if value.is_number() => n.into(),
            _ => value.to_string().into(),
        };
        args.set(name.to_string(), v);
    }
    if !catalog.has(&id) {
        return Err(tera::Error::message(format!(
            "the catalog has no message `{id}`"
        )));
    }
    Ok(catalog.f(&id, &args))
}

/// Every file of the theme: the default theme's, with the files of `override_dir`
/// (when given) taking precedence; path → (bytes, where a reader finds the file).
fn merged_files(
    override_dir: Option<&Path>,
) -> Result<BTreeMap<String, (Vec<u8>, String)>, RenderError> {
    let mut files: BTreeMap<String, (Vec<u8>, String)> = default_theme_files()
        .into_iter()
        .map(|(p, b)| {
            let shown = format!("{p} (default theme)");
            (p, (b.to_vec(), shown))
        })
        .collect();
    if let Some(dir) = override_dir {
        for (rel, bytes) in read_overrides(dir)? {
            let shown = dir.join(&rel).display().to_string();
            files.insert(rel, (bytes, shown));
        }
    }
    Ok(files)
}

/// The theme's message catalogs alone (the board pack's words), without compiling
/// its templates.
pub fn catalog_files(
    override_dir: Option<&Path>,
) -> Result<Vec<crate::i18n::CatalogFile>, RenderError> {
    merged_files(override_dir)?
        .into_iter()
        .filter(|(rel, _)| rel.starts_with(LOCALES))
        .map(|(rel, (bytes, shown))| {
            let text = String::from_utf8(bytes)
                .map_err(|_| RenderError(format!("theme file `{shown}` is not UTF-8 text")))?;
            Ok(crate::i18n::CatalogFile { rel, shown, text })
        })
        .collect()
}

/// HTML escaping for templates: the five significant characters, nothing else.
pub use crate::text::escape_html;

/// [`escape_html`] as Tera 2 calls it, writing into the page.
use crate::text::escape_html_to as escape_to;

/// A Tera error as `FILE:LINE:COLUMN: message`, the file being the theme file a reader
/// can open (the default theme's, or the override's), with a hint when the template is
/// written for Tera 1; then Tera's own report with the line quoted.
fn located(e: &tera::Error, templates: &Templates) -> String {
    let report = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => r,
        _ => return e.to_string(),
    };
    let span = report.span();
    let (shown, text) = templates
        .get(report.filename())
        .map_or((report.filename(), ""), |(s, t)| (s.as_str(), t.as_str()));
    let found = text.get(span.range.clone()).unwrap_or("");
    let mut out = format!(
        "{shown}:{}:{}: {}",
        span.start_line,
        span.start_col + 1,
        report.message()
    );
    if let Some(hint) = tera1_hint(report.message(), found) {
        out.push_str("\n  = help: ");
        out.push_str(hint);
    }
    out.push('\n');
    out.push_str(&e.to_string());
    out
}

/// What to write instead of a Tera 1 construct that Tera 2 refuses (docs/theming.md).
fn tera1_hint(message: &str, found: &str) -> Option<&'static str> {
    match (message, found) {
        ("Unknown tag", "import") => Some("Tera 2 has no `import`: components are global, so delete the line"),
        ("Unknown tag", "macro" | "endmacro") => Some("Tera 1 macros are Tera 2 components: write `{% component m.name(args) %}` … `{% endcomponent m.name %}` (see docs/theming.md)"),
        (m, ":") if m.starts_with("Found `:`") => Some("`m::name(arg=value)` calls a Tera 1 macro; in Tera 2 write `{{ <m.name arg={value} /> }}`"),
        _ => None,
    }
}

fn read_overrides(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, RenderError> {
    if !dir.is_dir() {
        return Err(RenderError(format!(
            "theme directory `{}` does not exist",
            dir.display()
        )));
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| RenderError(format!("reading the theme: {e}")))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(dir) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel.split('/').any(|s| s.starts_with('.')) {
            continue;
        }
        let bytes = std::fs::read(entry.path())
            .map_err(|e| RenderError(format!("cannot read `{}`: {e}", entry.path().display())))?;
        out.push((rel, bytes));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A test that fails (rather than passes) when its setup, such as a temporary
    /// directory, fails.
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn templates_read_messages_in_the_plan_language_with_plurals() -> TestResult {
        let dir = tempfile::tempdir()?;
        std::fs::create_dir_all(dir.path().join("templates"))?;
        std::fs::create_dir_all(dir.path().join("locales/de"))?;
        std::fs::create_dir_all(dir.path().join("locales/en"))?;
        std::fs::write(
            dir.path().join("templates/probe.html"),
            "{{ msg.probe_title }}: {{ tr(id=\"probe_partners\", n=v.n) }}",
        )?;
        let en = "probe_title = Partners\nprobe_partners = { $n ->\n [one] one partner\n *[other] { $n } partners\n}\n";
        let de = "probe_title = Partner\nprobe_partners = { $n ->\n [one] ein Partner\n *[other] { $n } Partner\n}\n";
        std::fs::write(dir.path().join("locales/en/probe.ftl"), en)?;
        std::fs::write(dir.path().join("locales/de/probe.ftl"), de)?;
        let mut theme = Theme::load(Some(dir.path()))?;
        theme.language("de-DE")?;
        let page = |n: u32| theme.render("probe.html", &serde_json::json!({"v": {"n": n}}));
        assert_eq!(page(1)?, "Partner: ein Partner");
        assert_eq!(page(3)?, "Partner: 3 Partner");
        Ok(())
    }

    #[test]
    fn default_theme_parses() {
        let files = default_theme_files();
        assert!(files.iter().any(|(p, _)| p == "templates/base.html"));
        assert!(files.iter().any(|(p, _)| p == "assets/style.css"));
        let theme = Theme::load(None);
        assert!(theme.is_ok(), "{:?}", theme.err());
    }

    #[test]
    fn overrides_replace_single_files() -> TestResult {
        let dir = tempfile::tempdir()?;
        let css = dir.path().join("assets");
        assert!(std::fs::create_dir_all(&css).is_ok());
        assert!(std::fs::write(css.join("style.css"), "body{}").is_ok());
        let theme = Theme::load(Some(dir.path()));
        let Ok(theme) = theme else {
            panic!("theme with override failed to load")
        };
        assert_eq!(
            theme.assets.get("style.css").map(Vec::as_slice),
            Some(&b"body{}"[..])
        );
        assert!(theme.assets.contains_key("site.js"));
        Ok(())
    }

    #[test]
    fn escaping_is_minimal() {
        assert_eq!(escape_html("a/b <&> \"'"), "a/b &lt;&amp;&gt; &quot;&#39;");
    }

    /// A theme written for Tera 1 (macros imported and called with `m::`) fails to load
    /// with the override's file and line, and says what to write instead.
    #[test]
    fn a_tera1_style_override_names_its_file_and_line() -> TestResult {
        let dir = tempfile::tempdir()?;
        std::fs::create_dir_all(dir.path().join("templates"))?;
        std::fs::write(
            dir.path().join("templates/partner.html"),
            "{% extends \"base.html\" %}\n{% import \"macros.html\" as m %}\n{% block content %}{{ m::chip(c=v.band) }}{% endblock content %}\n",
        )?;
        let Err(e) = Theme::load(Some(dir.path())) else {
            panic!("a Tera 1 template loaded")
        };
        let at = format!(
            "{}:2:4: Unknown tag",
            dir.path().join("templates/partner.html").display()
        );
        assert!(e.0.contains(&at), "{}", e.0);
        assert!(e.0.contains("Tera 2 has no `import`"), "{}", e.0);
        Ok(())
    }

    /// A Tera 1 macro file in an override says how to write a component.
    #[test]
    fn a_tera1_macro_file_gets_the_component_syntax() -> TestResult {
        let dir = tempfile::tempdir()?;
        std::fs::create_dir_all(dir.path().join("templates"))?;
        std::fs::write(
            dir.path().join("templates/macros.html"),
            "{% macro chip(c) %}<b>{{ c.label }}</b>{% endmacro chip %}\n",
        )?;
        let Err(e) = Theme::load(Some(dir.path())) else {
            panic!("a Tera 1 macro file loaded")
        };
        assert!(
            e.0.contains("templates/macros.html:1:4: Unknown tag"),
            "{}",
            e.0
        );
        assert!(e.0.contains("{% component m.name(args) %}"), "{}", e.0);
        Ok(())
    }
}
