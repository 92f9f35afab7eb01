//! Kana in Latin letters by Hepburn romanization, for ids: `システム` → `shisutemu`,
//! `ミナト` → `minato`, `とうきょう` → `tokyo` (long vowels written once, as ids drop
//! Hepburn's macrons), `ジャパン` → `japan`, `ティー` → `ti`, `がっこう` → `gakko`.
//! Anything that is not kana becomes a space, so words stay apart.

/// Whether `c` is hiragana, katakana or the prolonged sound mark.
pub fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{30a1}'..='\u{30fa}' | '\u{30fc}')
}

/// The Hepburn reading of each hiragana from U+3041 (`ぁ`) to U+3096 (`ゖ`); a
/// katakana is read as the hiragana 0x60 below it. `っ` is empty: it doubles the next
/// consonant.
const HIRAGANA: [&str; 86] = [
    "a", "a", "i", "i", "u", "u", "e", "e", "o", "o", // ぁあぃいぅうぇえぉお
    "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go", // か…ご
    "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", // さ…ぞ
    "ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to", "do", // た…ど (っ)
    "na", "ni", "nu", "ne", "no", // な…の
    "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo",
    "po", // は…ぽ
    "ma", "mi", "mu", "me", "mo", // ま…も
    "ya", "ya", "yu", "yu", "yo", "yo", // ゃやゅゆょよ
    "ra", "ri", "ru", "re", "ro", // ら…ろ
    "wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke", // ゎわゐゑをんゔゕゖ
];

/// The small kana that join the kana before them: `ゃゅょ` (yōon) and `ぁぃぅぇぉ`
/// (the sounds of loanwords, `ティ`, `ファ`, `ウィ`).
fn small(h: char) -> Option<&'static str> {
    Some(match h {
        'ゃ' => "a",
        'ゅ' => "u",
        'ょ' => "o",
        'ぁ' => "a",
        'ぃ' => "i",
        'ぅ' => "u",
        'ぇ' => "e",
        'ぉ' => "o",
        _ => return None,
    })
}

/// A katakana as its hiragana (`シ` → `し`); other characters as they are.
fn hiragana(c: char) -> char {
    match c {
        '\u{30a1}'..='\u{30f6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    }
}

/// The reading of one hiragana.
fn reading(h: char) -> Option<&'static str> {
    let i = (h as u32).checked_sub(0x3041)? as usize;
    HIRAGANA.get(i).copied()
}

/// `text` with every run of kana in Latin letters and everything else but ASCII
/// letters and digits as a space.
pub fn romanize(text: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let mut double_next = false;
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            out.push_str(&long_vowels_once(word));
            word.clear();
        }
        out.push(' ');
    };
    for c in text.chars() {
        let h = hiragana(c);
        if c == 'ー' || c == 'ヽ' || c == 'ゝ' {
            continue;
        }
        if let Some(vowel) = small(h).filter(|_| !word.is_empty() && !double_next) {
            join_small(&mut word, h, vowel);
            continue;
        }
        match reading(h) {
            Some("") => double_next = true,
            Some(r) => {
                if double_next {
                    word.push_str(if r.starts_with("ch") { "t" } else { &r[..1] });
                    double_next = false;
                }
                word.push_str(r);
            }
            None if c.is_ascii_alphanumeric() => word.push(c),
            None => {
                double_next = false;
                flush(&mut word, &mut out);
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Joins a small kana to the reading before it: `きゃ` → `kya`, `しゃ` → `sha`,
/// `ティ` → `ti`, `ファ` → `fa`, `ウィ` → `wi`.
fn join_small(word: &mut String, h: char, vowel: &str) {
    let yoon = matches!(h, 'ゃ' | 'ゅ' | 'ょ');
    if yoon {
        if word.ends_with("shi") || word.ends_with("chi") || word.ends_with("ji") {
            word.pop();
        } else if word.ends_with('i') {
            word.pop();
            word.push('y');
        } else {
            word.push('y');
        }
        word.push_str(vowel);
        return;
    }
    if word.ends_with("shi") || word.ends_with("chi") || word.ends_with("ji") {
        word.pop();
    } else if word == "u" || word.ends_with(|c: char| !c.is_ascii_alphabetic()) {
        word.pop();
        word.push('w');
    } else if word.ends_with("u") && word.len() >= 2 {
        let before = &word[word.len() - 2..word.len() - 1];
        if matches!(before, "a" | "i" | "u" | "e" | "o") {
            word.pop();
            word.push('w');
        } else {
            word.pop();
        }
    } else {
        word.pop();
    }
    word.push_str(vowel);
}

/// Hepburn's long vowels written once, as an id drops the macron: `ou`, `oo` → `o`
/// and `uu` → `u` (`toukyou` → `tokyo`, `yuuki` → `yuki`).
fn long_vowels_once(word: &str) -> String {
    word.replace("ou", "o")
        .replace("oo", "o")
        .replace("uu", "u")
}

#[cfg(test)]
mod tests {
    use super::romanize;

    fn r(s: &str) -> String {
        romanize(s).split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn hepburn_readings() {
        assert_eq!(r("システム"), "shisutemu");
        assert_eq!(r("ミナト"), "minato");
        assert_eq!(r("とうきょう"), "tokyo");
        assert_eq!(r("ジャパン"), "japan");
        assert_eq!(r("がっこう"), "gakko");
        assert_eq!(r("マッチ"), "matchi");
        assert_eq!(r("ちゃ しゅ じょ"), "cha shu jo");
        assert_eq!(r("ティー"), "ti");
        assert_eq!(r("ファイル"), "fairu");
        assert_eq!(r("ウィンドウ"), "windo");
        assert_eq!(r("ヴァイオリン"), "vaiorin");
        assert_eq!(r("コンピューター"), "konpyuta");
        assert_eq!(r("株式会社ミナト精機"), "minato");
        assert_eq!(r("ミナト2"), "minato2");
    }
}
