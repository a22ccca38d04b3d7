//! Numbers as each language writes them: the decimal mark and the thousands separator
//! (German 1.234,5; English, Arabic and Persian pages 1,234.5 with Latin digits, as the
//! rest of the page's figures; Russian and Ukrainian 1 234,5).

use super::i18n::Lang;

fn decimal_comma(lang: Lang) -> bool {
    !matches!(lang, Lang::En | Lang::Ar | Lang::Fa)
}

/// One decimal: "2,4" / "2.4".
pub fn decimal(x: f64, lang: Lang) -> String {
    let s = format!("{x:.1}");
    if decimal_comma(lang) {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A distance: "2,4 km".
pub fn km(d: f64, lang: Lang) -> String {
    format!("{} km", decimal(d, lang))
}

/// A share of 1 in per cent, one decimal: "12,5 %".
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{} %", decimal(share * 100.0, lang))
}

/// A whole number, grouped: "1.234.567".
pub fn whole(n: f64, lang: Lang) -> String {
    // Counts shown stay far below u64's range.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = n.round().max(0.0) as u64;
    let digits = whole.to_string();
    let sep = match lang {
        Lang::En | Lang::Ar | Lang::Fa => ',',
        Lang::Ru | Lang::Uk => '\u{a0}',
        _ => '.',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_its_marks() {
        assert_eq!(km(2.44, Lang::De), "2,4 km");
        assert_eq!(km(2.44, Lang::En), "2.4 km");
        assert_eq!(km(2.44, Lang::Ar), "2.4 km");
        assert_eq!(km(2.44, Lang::Uk), "2,4 km");
        assert_eq!(percent(0.125, Lang::De), "12,5 %");
        assert_eq!(whole(1_234_567.4, Lang::De), "1.234.567");
        assert_eq!(whole(1_234_567.0, Lang::Ru), "1\u{a0}234\u{a0}567");
        assert_eq!(whole(950.0, Lang::En), "950");
    }
}
