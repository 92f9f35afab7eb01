//! Tests of line breaking: measure, hyphenation by language, the last resort, hanging
//! indents and determinism.

use super::{Hyphenate, Hyphenator, Line, Setter};
use crate::fonts::{FontSet, Weight};

fn setter<'a>(fonts: &'a FontSet, tag: &str, mode: Hyphenate) -> Setter<'a> {
    Setter {
        fonts,
        weight: Weight::Regular,
        size: 9.5,
        hyphenator: Hyphenator::for_tag(tag),
        mode,
    }
}

fn texts(lines: &[Line]) -> Vec<&str> {
    lines.iter().map(|l| l.text.as_str()).collect()
}

/// The text of `lines` with the hyphens the breaking added taken out again.
fn rejoined(lines: &[Line], hy: Hyphenator) -> String {
    let mut out = String::new();
    for l in lines {
        out.push_str(&l.text);
        if out.ends_with('-') {
            let word = out.rsplit(' ').next().unwrap_or_default().to_string();
            let letters = word.trim_end_matches('-');
            // A hyphen the breaking added goes; a compound's own hyphen stays.
            if !hy.breaks(&word).is_empty() || letters.chars().all(char::is_alphabetic) {
                out.pop();
            }
            continue;
        }
        out.push(' ');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn lines_fit_their_width_and_keep_every_character() {
    let fonts = FontSet::load().expect("fonts");
    let text = "Partner sourced revenue grew → €12.4M across Zürich, Łódź and Société Générale; a verylongwordwithoutanybreakopportunityatall follows.";
    for tag in ["en-US", "ja-JP"] {
        let s = setter(&fonts, tag, Hyphenate::Prose);
        for width in [40.0, 90.0, 200.0] {
            let lines = s.wrap(text, width);
            assert!(lines.len() > 1);
            for l in &lines {
                let w = fonts.width(&l.text, Weight::Regular, 9.5);
                assert!(w <= width + 0.01, "{tag} {width}: {l:?}");
            }
            let squeeze = |s: &str| s.replace(['-', ' '], "");
            assert_eq!(squeeze(&texts(&lines).concat()), squeeze(text), "{tag}");
        }
    }
}

#[test]
fn breaks_follow_the_languages_patterns() {
    let en = Hyphenator::for_tag("en-US");
    assert!(!en.breaks("partnership").is_empty());
    let de = Hyphenator::for_tag("de-DE");
    let points: Vec<usize> = de.breaks("Partnerschaft").iter().map(|b| b.0).collect();
    assert!(points.contains(&7), "Partner-schaft: {points:?}");
    assert!(!Hyphenator::for_tag("fr-FR")
        .breaks("partenariat")
        .is_empty());
    assert!(!Hyphenator::for_tag("es-ES").breaks("asociación").is_empty());
    assert!(Hyphenator::for_tag("ja-JP")
        .breaks("partnership")
        .is_empty());
    assert!(Hyphenator::for_tag("xx").breaks("partnership").is_empty());
}

#[test]
fn short_words_numbers_ids_and_urls_never_break() {
    let en = Hyphenator::for_tag("en");
    for word in [
        "team",
        "1234567890",
        "q1-2027",
        "2027-2029",
        "D-003",
        "https://example.com/partnership",
        "www.partnership",
        "partner@example.com",
        "partner_programme",
        "content/partners",
    ] {
        assert!(en.breaks(word).is_empty(), "{word}");
    }
    // A compound breaks after its own hyphen, with no hyphen added.
    assert!(en.breaks("co-selling").contains(&(3, false)));
}

#[test]
fn a_word_that_does_not_fit_is_hyphenated_when_the_line_would_be_loose() {
    let fonts = FontSet::load().expect("fonts");
    let s = setter(&fonts, "en-US", Hyphenate::Prose);
    let text = "The programme covers responsibilities today";
    let w = fonts.width("The programme covers respon-", Weight::Regular, 9.5) + 0.5;
    let lines = s.wrap(text, w);
    let hyphenated = ["The programme covers respon-", "sibilities today"];
    assert_eq!(texts(&lines), hyphenated);
    // Without patterns the word moves to the next line whole.
    let ja = setter(&fonts, "ja-JP", Hyphenate::Prose);
    let lines = ja.wrap(text, w);
    let moved = ["The programme covers", "responsibilities today"];
    assert_eq!(texts(&lines), moved);
    // Headings only hyphenate a word longer than the line.
    let title = setter(&fonts, "en-US", Hyphenate::Overlong);
    assert_eq!(texts(&title.wrap(text, w)), moved);
    // Nor is a paragraph's last word hyphenated: its end would stand alone.
    let lines = s.wrap("The programme covers responsibilities", w);
    assert_eq!(texts(&lines), ["The programme covers", "responsibilities"]);
}

#[test]
fn no_two_lines_in_a_row_end_in_a_hyphen() {
    let fonts = FontSet::load().expect("fonts");
    let s = setter(&fonts, "en-US", Hyphenate::Prose);
    let text =
        "Certification responsibilities accompany international partnerships everywhere ".repeat(6);
    let mut hyphens = 0;
    for width in [90.0, 120.0, 160.0, 240.0] {
        let lines = s.wrap(&text, width);
        for pair in lines.windows(2) {
            let both = pair.iter().all(|l| l.text.ends_with('-'));
            assert!(!both, "{width}: {pair:?}");
        }
        hyphens += lines.iter().filter(|l| l.text.ends_with('-')).count();
    }
    assert!(hyphens > 0);
}

#[test]
fn a_nearly_full_line_is_not_hyphenated() {
    let fonts = FontSet::load().expect("fonts");
    let s = setter(&fonts, "en-US", Hyphenate::Prose);
    let start = "Partners should expand their programmes across every region and";
    let text = format!("{start} certification");
    let w = fonts.width(&format!("{start} ce"), Weight::Regular, 9.5);
    let lines = s.wrap(&text, w);
    assert_eq!(texts(&lines), [start, "certification"]);
}

#[test]
fn a_word_longer_than_the_line_is_hyphenated_before_it_is_split() {
    let fonts = FontSet::load().expect("fonts");
    let s = setter(&fonts, "de-DE", Hyphenate::Overlong);
    let w = fonts.width("Partnerschafts-", Weight::Regular, 9.5) + 0.5;
    let lines = s.wrap("Partnerschaftsvereinbarung", w);
    assert!(lines.len() >= 2, "{lines:?}");
    assert!(lines[0].text.ends_with('-'), "{lines:?}");
    for l in &lines {
        assert!(
            fonts.width(&l.text, Weight::Regular, 9.5) <= w + 0.01,
            "{l:?}"
        );
    }
    let hy = Hyphenator::for_tag("de-DE");
    assert_eq!(rejoined(&lines, hy), "Partnerschaftsvereinbarung");
    // No pattern fits a very narrow measure: characters, no hyphen.
    let lines = s.wrap("Partnerschaftsvereinbarung", 12.0);
    assert!(lines.iter().all(|l| !l.text.ends_with('-')), "{lines:?}");
    assert_eq!(texts(&lines).concat(), "Partnerschaftsvereinbarung");
}

#[test]
fn list_items_hang() {
    let fonts = FontSet::load().expect("fonts");
    let s = setter(&fonts, "en-US", Hyphenate::Prose);
    let text = "• Quarterly business reviews with every priority partner\n12. Joint marketing plans agreed before the fiscal year starts\nPlain text that wraps onto a second line as well";
    let lines = s.wrap(text, 120.0);
    let bullet = fonts.width("• ", Weight::Regular, 9.5);
    let number = fonts.width("12. ", Weight::Regular, 9.5);
    let first_of = |prefix: &str| lines.iter().position(|l| l.text.starts_with(prefix));
    let b = first_of("•").expect("bullet");
    let n = first_of("12.").expect("number");
    let p = first_of("Plain").expect("plain");
    assert_eq!(lines[b].indent, 0.0);
    assert!(lines[b + 1..n]
        .iter()
        .all(|l| (l.indent - bullet).abs() < 0.01));
    assert!(lines[n + 1..p]
        .iter()
        .all(|l| (l.indent - number).abs() < 0.01));
    assert!(lines[p..].iter().all(|l| l.indent == 0.0));
    for l in &lines {
        let w = fonts.width(&l.text, Weight::Regular, 9.5) + l.indent;
        assert!(w <= 120.01, "{l:?}");
    }
}

#[test]
fn the_same_text_always_breaks_the_same_way() {
    let fonts = FontSet::load().expect("fonts");
    let s = setter(&fonts, "fr-FR", Hyphenate::Prose);
    let text = "Le programme de partenariat couvre la certification, la commercialisation conjointe et l'accompagnement des intégrateurs.";
    let first = s.wrap(text, 150.0);
    for _ in 0..5 {
        assert_eq!(s.wrap(text, 150.0), first);
    }
}

/// Japanese breaks between characters where UAX #14 allows it: no line starts with
/// 。 or 、, no number or Latin word is cut, and a run that does not fit the rest of a
/// line fills it rather than moving whole to the next.
#[test]
fn japanese_breaks_where_the_line_breaking_rules_allow() {
    let path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    assert!(
        std::path::Path::new(path).exists() || !ci,
        "{path} is required when CI is set"
    );
    if !std::path::Path::new(path).exists() {
        return;
    }
    let fonts = FontSet::with_options(&crate::FontOptions {
        lang: "ja-JP".into(),
        ..crate::FontOptions::default()
    })
    .expect("fonts");
    let s = setter(&fonts, "ja-JP", Hyphenate::Prose);
    let text = "順調：2027年のパートナー経由ARRの見通しは¥886.5万で、今年の計画¥906.7万を¥20.2万下回る（稼働中パートナーのパイプラインがあと¥57.8万あれば差を埋められる）。スコアカード：1件の指標が要注意。";
    for width in [120.0, 150.0, 180.0, 210.0, 260.0] {
        let lines = s.wrap(text, width);
        let joined: String = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(joined, text, "width {width}: text lost or changed");
        for l in &lines[1..] {
            let first = l.text.chars().next().unwrap_or(' ');
            assert!(
                !"。、）」：".contains(first),
                "width {width}: a line starts with {first}: {:?}",
                texts(&lines)
            );
        }
        for piece in ["ARR", "¥886.5万", "2027年"] {
            assert!(
                lines.iter().any(|l| l.text.contains(piece)),
                "width {width}: {piece} was cut: {:?}",
                texts(&lines)
            );
        }
    }
    // with a Latin word before it, the Japanese run fills the first line
    let lines = s.wrap(&format!("Partner: {text}"), 200.0);
    assert!(lines[0].text.chars().count() > 12, "{:?}", texts(&lines));
}
