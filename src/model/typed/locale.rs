//! company.locale: the language and formats of the site and the pack, a BCP 47 tag
//! (`de-DE`), read in its canonical form (`de-de` → `de-DE`).

use super::ctx::Ctx;
use crate::diag::{Diagnostic, Rule};
use crate::model::Loc;

/// The locale of a plan that names none.
pub const DEFAULT: &str = "en-US";

/// Reads `company.locale` (default `en-US`); a value that is not a BCP 47 tag is
/// reported, and the outputs are then in English.
pub(super) fn plan_locale(cx: &mut Ctx, v: &Option<String>, loc: &Loc) -> String {
    let Some(written) = v else {
        return DEFAULT.to_string();
    };
    let t = written.trim();
    // a language of two or three letters (`German` parses, as a registered subtag
    // nobody has, but is a slip for `de`)
    let read = |t: &str| {
        icu_locale::Locale::try_from_str(t)
            .ok()
            .filter(|l| (2..=3).contains(&l.id.language.as_str().len()))
            .map(|l| l.to_string())
    };
    if let Some(l) = read(t).filter(|_| !t.contains('_')) {
        return l;
    }
    let meant = read(&t.replace('_', "-")).or_else(|| by_name(t).map(str::to_string));
    let help = match meant {
        Some(m) => format!("write `locale: {m}`"),
        None => "write a BCP 47 language tag: a language and, if it matters, a region, such as `locale: de-DE`, `fr-FR`, `es-ES`, `ja-JP` or `en-GB`".to_string(),
    };
    cx.push(
        Diagnostic::new(
            Rule::CompanyLocale,
            loc.value("locale"),
            format!("`{t}` is not a BCP 47 language tag"),
        )
        .label("not a language tag")
        .help(help),
    );
    DEFAULT.to_string()
}

/// The tag a language's English name most likely means (`German` → `de-DE`).
fn by_name(name: &str) -> Option<&'static str> {
    const NAMES: [(&str, &str); 6] = [
        ("english", "en-US"),
        ("german", "de-DE"),
        ("french", "fr-FR"),
        ("spanish", "es-ES"),
        ("japanese", "ja-JP"),
        ("deutsch", "de-DE"),
    ];
    let lower = name.to_lowercase();
    NAMES.iter().find(|(n, _)| *n == lower).map(|(_, t)| *t)
}

crate::declare_rule! {
    CompanyLocale {
        id: "company.locale",
        severity: Error,
        summary: "The plan's locale is not a BCP 47 language tag.",
        explanation: r#"`company.locale` in plan.yaml sets the language of the site and the board pack (every label, heading, status word and generated sentence), `<html lang>` and the formats of numbers, percentages, dates and amounts by CLDR: `de-DE` writes 1.234,5 · 35 % · 20.01.2027 · 2,4 Mio. €, `ja-JP` writes 2027年1月20日 · ¥24億. It is a BCP 47 tag: a language (`de`, `ja`) and, where it matters, a region (`de-CH`, `en-GB`), joined with a hyphen. partnerbook has complete catalogs for English, German, French, Spanish and Japanese; a theme can add any other language (`locales/<language>/*.ftl`), and a locale without a catalog is written in English with its own formats. Diagnostics and command-line messages stay in English. A value that is not a tag (`German`, `de_DE`) is an error with the tag it most likely means; the outputs are then in English."#,
        bad: r#"# plan.yaml
company:
  locale: de_DE"#,
        good: r#"# plan.yaml
company:
  locale: de-DE"#,
    }
}
