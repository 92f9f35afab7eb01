//! The site theme: Tera templates and static assets. The default theme
//! (`themes/default/`) is embedded in the binary; `--theme DIR` overrides any single
//! file of it by relative path (`templates/partner.html`, `assets/style.css`) or adds
//! new ones. Templates are parsed once into one [`tera::Tera`] with HTML autoescaping.

use crate::render::RenderError;
use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;
use std::path::Path;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

const TEMPLATES: &str = "templates/";
const ASSETS: &str = "assets/";

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
}

impl Theme {
    /// The default theme, with the files of `override_dir` (when given) taking precedence.
    pub fn load(override_dir: Option<&Path>) -> Result<Theme, RenderError> {
        let mut files: BTreeMap<String, Vec<u8>> = default_theme_files()
            .into_iter()
            .map(|(p, b)| (p, b.to_vec()))
            .collect();
        if let Some(dir) = override_dir {
            for (rel, bytes) in read_overrides(dir)? {
                files.insert(rel, bytes);
            }
        }
        let mut templates = Vec::new();
        let mut assets = BTreeMap::new();
        for (rel, bytes) in files {
            if let Some(name) = rel.strip_prefix(TEMPLATES) {
                let text = String::from_utf8(bytes)
                    .map_err(|_| RenderError(format!("theme file `{rel}` is not UTF-8 text")))?;
                templates.push((name.to_string(), text));
            } else if let Some(name) = rel.strip_prefix(ASSETS) {
                assets.insert(name.to_string(), bytes);
            }
        }
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".svg", ".xml"]);
        tera.set_escape_fn(escape_html);
        tera.add_raw_templates(templates)
            .map_err(|e| RenderError(format!("theme templates: {}", error_chain(&e))))?;
        Ok(Theme { tera, assets })
    }

    /// Renders a template with a serializable view.
    pub fn render<T: serde::Serialize>(
        &self,
        template: &str,
        view: &T,
    ) -> Result<String, RenderError> {
        let ctx = tera::Context::from_serialize(view)
            .map_err(|e| RenderError(format!("{template}: {}", error_chain(&e))))?;
        self.tera
            .render(template, &ctx)
            .map_err(|e| RenderError(format!("{template}: {}", error_chain(&e))))
    }
}

/// HTML escaping for templates: the five significant characters, nothing else.
pub use crate::text::escape_html;

/// A Tera error with its causes (Tera puts the useful part in the source chain).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut cur = e.source();
    while let Some(s) = cur {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        cur = s.source();
    }
    msg
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
}
