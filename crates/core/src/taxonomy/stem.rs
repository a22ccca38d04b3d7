//! Word forms: the endings and articles people add to the words the vocabulary lists once.
//!
//! - Russian and Ukrainian: case and number endings come off the query and the vocabulary
//!   alike, so "беременности" and "беременность" meet at "беременн". A light stripper, not
//!   a full stemmer: only the nouns and adjectives of the vocabulary have to meet, and a
//!   stripper of two languages' endings needs no language detection.
//! - Arabic and Persian: only the query loses the article (ال, and بال, وال, لل) and
//!   Persian plural and ezafe endings (ها, های, ی after a vowel), and is then looked up as
//!   listed. Stripping the vocabulary too would make Persian "الکل" (alcohol) meet "کل"
//!   (all).

use std::borrow::Cow;

/// Letters a Cyrillic stem keeps at least: "долг", "врач", "сім".
const MIN_CYRILLIC_STEM: usize = 3;

/// Noun and adjective endings of Russian and Ukrainian (normalised: ё is е), by kind;
/// the longest that leaves a stem of [`MIN_CYRILLIC_STEM`] letters comes off.
const CYRILLIC_ENDINGS: [&str; 3] = [
    // -ость / -ість: "беременности", "вагітністю".
    "остями остям остях остью остей ости ость ість ості істю",
    // Adjectives.
    "ого его ому ему ыми ими іми ая яя ое ее ые ие ый ий ій ой ей ую юю ых их іх ым им ім ої \
     ою ею єю",
    // Nouns.
    "ами ями ием ией ією ам ям ах ях ов ев ів їв ом ем єм ью ия ии ию ія ії ію ья ье ьи а я о \
     е є ы и і ї у ю",
];

/// Persian endings that come off a query word: plural (with a possessive) and plural with
/// ezafe, longest first.
const PERSIAN_SUFFIXES: &[&str] = &[
    "هایمان",
    "هایتان",
    "هایشان",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "های",
    "ها",
];

/// Endings written apart (after a ZWNJ, which [`super::normalize`] makes a space).
const DETACHED: &[&str] = &[
    "ها",
    "های",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "هایمان",
    "هایتان",
    "هایشان",
    "ی",
    "ای",
];

/// Arabic article and the prepositions fused with it, and the letters the rest keeps.
const ARTICLES: &[(&str, usize)] = &[("وال", 3), ("بال", 3), ("لل", 3), ("ال", 2)];

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

pub(super) fn has_cyrillic(text: &str) -> bool {
    text.chars().any(is_cyrillic)
}

/// `text` (normalised) with each Cyrillic word cut to its stem; other words stay.
pub(super) fn stem_key(text: &str) -> String {
    text.split(' ').map(stem_word).collect::<Vec<_>>().join(" ")
}

fn stem_word(word: &str) -> Cow<'_, str> {
    if word.is_empty() || !word.chars().all(is_cyrillic) {
        return Cow::Borrowed(word);
    }
    let long_enough = |rest: &&str| rest.chars().count() >= MIN_CYRILLIC_STEM;
    let stem = CYRILLIC_ENDINGS
        .iter()
        .flat_map(|endings| endings.split_whitespace())
        .filter_map(|ending| word.strip_suffix(ending))
        .filter(long_enough)
        .min_by_key(|rest| rest.len())
        .unwrap_or(word);
    // A soft sign or й before the ending goes too: "семьей" → "сем", like "семья".
    let stem = stem
        .strip_suffix(['ь', 'й'])
        .filter(long_enough)
        .unwrap_or(stem);
    // The vowel that drops out of the other forms: "притулок" / "притулку",
    // "ребенок" / "ребенка", "беженец" / "беженцы".
    for (vowel_form, short_form) in [("ок", "к"), ("ек", "к"), ("ец", "ц")] {
        if let Some(rest) = stem.strip_suffix(vowel_form).filter(long_enough) {
            return Cow::Owned(format!("{rest}{short_form}"));
        }
    }
    Cow::Borrowed(stem)
}

/// `text` (normalised) without Arabic articles and Persian plural and ezafe endings: the
/// likelier reading first, then one where "لل" took only the article's place
/// ("للاجئین" = لِـ + "لاجئین"); empty when there is nothing to strip.
pub(super) fn strip_affixes(text: &str) -> Vec<String> {
    if !text.chars().any(is_arabic) {
        return Vec::new();
    }
    let words: Vec<(&str, &str)> = text
        .split(' ')
        .enumerate()
        .filter(|(at, word)| *at == 0 || !DETACHED.contains(word))
        .map(|(_, word)| strip_word(word))
        .collect();
    let first: Vec<&str> = words.iter().map(|w| w.0).collect();
    let second: Vec<&str> = words.iter().map(|w| w.1).collect();
    let mut out: Vec<String> = Vec::new();
    for reduced in [first.join(" "), second.join(" ")] {
        if reduced != text && !out.contains(&reduced) {
            out.push(reduced);
        }
    }
    out
}

/// The word without its affixes, and a second reading (the same unless "لل" is ambiguous).
fn strip_word(word: &str) -> (&str, &str) {
    if !word.chars().all(is_arabic) {
        return (word, word);
    }
    let keeps = |rest: &str, min: usize| rest.chars().count() >= min;
    for (article, min) in ARTICLES {
        if let Some(rest) = word.strip_prefix(article).filter(|r| keeps(r, *min)) {
            let other = match *article {
                "لل" => word.strip_prefix('ل').unwrap_or(rest),
                _ => rest,
            };
            return (rest, other);
        }
    }
    for suffix in PERSIAN_SUFFIXES {
        if let Some(rest) = word.strip_suffix(suffix).filter(|r| keeps(r, 2)) {
            return (rest, rest);
        }
    }
    // Ezafe is written only after a vowel letter: "دانشجوی", "آقای".
    match word.strip_suffix('ی') {
        Some(rest) if (rest.ends_with('ا') || rest.ends_with('و')) && keeps(rest, 2) => {
            (rest, rest)
        }
        _ => (word, word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_case_forms_meet() {
        for forms in [
            &["беременность", "беременности", "беременностью"][..],
            &["вагітність", "вагітності", "вагітністю"],
            &["работа", "работу", "работы", "работой"],
            &["квартира", "квартиру", "квартиры", "квартир"],
            &["врач", "врача", "врачу", "врачом", "врачей"],
            &["долг", "долги", "долгами", "долгов"],
            &["лікар", "лікаря", "лікарем", "лікарів"],
            &["семья", "семьи", "семей", "семьей"],
            &["пребывание", "пребывания", "пребыванием", "пребывании"],
            &["перебування", "перебуванням", "перебуванні"],
            &["немецкий", "немецкого", "немецкому"],
            &["притулок", "притулку", "притулком"],
            &["ребенок", "ребенка", "ребенку"],
            &["беженец", "беженцы", "беженцев"],
        ] {
            let stems: Vec<Cow<str>> = forms.iter().map(|w| stem_word(w)).collect();
            assert!(stems.windows(2).all(|w| w[0] == w[1]), "{stems:?}");
        }
        // Short words and other scripts stay.
        assert_eq!(stem_word("ес"), "ес");
        assert_eq!(stem_word("урок"), stem_word("урока"));
        assert_eq!(stem_word("внж"), "внж");
        assert_eq!(stem_word("debts"), "debts");
        assert_eq!(stem_key("вид на жительство"), "вид на жительств");
    }

    #[test]
    fn arabic_and_persian_affixes_come_off() {
        assert_eq!(strip_affixes("الدیون"), ["دیون"]);
        assert_eq!(strip_affixes("للعائله"), ["عائله", "لعائله"]);
        assert_eq!(strip_affixes("للاجئین"), ["اجئین", "لاجئین"]);
        assert_eq!(strip_affixes("بدهیها"), ["بدهی"]);
        assert_eq!(strip_affixes("بدهی هایم"), ["بدهی"]);
        assert_eq!(strip_affixes("بیمه ی درمانی"), ["بیمه درمانی"]);
        assert_eq!(strip_affixes("دانشجوی"), ["دانشجو"]);
        // An ending that is no ezafe, a word too short to lose its article, Latin text.
        assert!(strip_affixes("حقوقی").is_empty());
        assert!(strip_affixes("الم").is_empty());
        assert!(strip_affixes("debts").is_empty());
    }
}
