//! The controlled vocabulary: service kinds, needs (Bedarfe) and target groups.
//!
//! Codes are stable identifiers used across the system; never rename one, only add.

mod labels_more;
mod matching;
#[cfg(test)]
mod routing_tests;
mod stem;
mod vocabulary;

use std::sync::OnceLock;

use serde_json::{Value, json};
use uuid::Uuid;

use labels_more::{AREAS, EU_LABELS, NEED_AREAS};
pub use matching::match_terms;
use vocabulary::TERMS;

/// Id of the taxonomy "beratungsnetz Bedarfe und Angebotsarten": uuid v5 (URL namespace)
/// of [`TAXONOMY_URI`]. Also the namespace of the term ids.
pub const TAXONOMY_ID: &str = "556f3f55-acfd-5855-bb1c-82ececd0a7ad";
pub const TAXONOMY_URI: &str = "urn:beratungsnetz:taxonomy:bedarfe-und-angebotsarten";
/// Value of `taxonomy_term.taxonomy`.
pub const TAXONOMY_NAME: &str = "beratungsnetz";
pub const TAXONOMY_VERSION: &str = "2";
/// The UI languages every term has a label (and synonyms) in; German first.
pub const LANGUAGES: &[&str] = &["de", "en", "ar", "fa", "uk", "ru", "tr"];
/// Every language a term and an area have a label in: the UI's, then Polish, Romanian and
/// Bulgarian for the EU workers of the region.
pub const LABEL_LANGUAGES: &[&str] = &["de", "en", "ar", "fa", "uk", "ru", "tr", "pl", "ro", "bg"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    ServiceKind,
    Need,
    TargetGroup,
}

impl Facet {
    /// The HSDS `attribute.link_type` of terms of this facet.
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::ServiceKind => "service_kind",
            Facet::Need => "need",
            Facet::TargetGroup => "target_group",
        }
    }

    fn label_de(self) -> &'static str {
        match self {
            Facet::ServiceKind => "Angebotsart",
            Facet::Need => "Bedarf",
            Facet::TargetGroup => "Zielgruppe",
        }
    }
}

#[derive(Debug)]
pub struct Term {
    pub code: &'static str,
    pub facet: Facet,
    /// (language code, label), one per entry of [`LANGUAGES`] in that order; "de" first.
    pub labels: &'static [(&'static str, &'static str)],
    /// Words and short phrases people type when looking for this term, in all seven
    /// languages: lowercase, with common inflections and everyday words. Matched through
    /// [`normalize`] by [`match_terms`].
    pub synonyms: &'static [&'static str],
    /// Lowercase German words (with umlauts) that full-text search should look for to find
    /// services of this term in free text that carries no tags.
    pub german: &'static [&'static str],
}

impl Term {
    /// The label in `lang` (any of [`LABEL_LANGUAGES`]), else the German one.
    pub fn label(&self, lang: &str) -> &'static str {
        if let Some(eu) = eu_label(self.code, lang) {
            return eu;
        }
        self.labels
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.labels.iter().find(|(l, _)| *l == "de"))
            .map_or(self.code, |(_, text)| text)
    }

    /// The area a need belongs to (its parent); None for other terms.
    pub fn area(&self) -> Option<Area> {
        let code = NEED_AREAS.iter().find(|(n, _)| *n == self.code)?.1;
        area(code)
    }

    /// Stable id: uuid v5 of the code in the taxonomy's namespace.
    pub fn id(&self) -> String {
        Uuid::new_v5(&namespace(), self.code.as_bytes()).to_string()
    }
}

/// A Polish, Romanian or Bulgarian label.
fn eu_label(code: &str, lang: &str) -> Option<&'static str> {
    let row = EU_LABELS.iter().find(|r| r.0 == code)?;
    match lang {
        "pl" => Some(row.1),
        "ro" => Some(row.2),
        "bg" => Some(row.3),
        _ => None,
    }
}

/// An area: the parent level of the needs ("Existenz sichern" → debts, energy, food, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    pub code: &'static str,
    /// One per entry of [`LABEL_LANGUAGES`], in that order.
    labels: &'static [&'static str; 10],
}

impl Area {
    /// The label in `lang`, else the German one.
    pub fn label(&self, lang: &str) -> &'static str {
        LABEL_LANGUAGES
            .iter()
            .position(|l| *l == lang)
            .map_or(self.labels[0], |i| self.labels[i])
    }

    /// Stable id: uuid v5 of the code in the taxonomy's namespace, like a term's.
    pub fn id(&self) -> String {
        Uuid::new_v5(&namespace(), self.code.as_bytes()).to_string()
    }

    /// The needs of this area, in vocabulary order.
    pub fn needs(&self) -> impl Iterator<Item = &'static Term> + '_ {
        terms_of(Facet::Need).filter(move |t| t.area().is_some_and(|a| a.code == self.code))
    }
}

/// Every area, in order.
pub fn areas() -> impl Iterator<Item = Area> {
    AREAS.iter().map(|(code, labels)| Area { code, labels })
}

pub fn area(code: &str) -> Option<Area> {
    areas().find(|a| a.code == code)
}

fn namespace() -> Uuid {
    // A constant literal; the fallback only guards against editing it into an invalid one.
    Uuid::parse_str(TAXONOMY_ID).unwrap_or(Uuid::NAMESPACE_URL)
}

pub fn terms() -> &'static [Term] {
    TERMS
}

pub fn term(code: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.code == code)
}

/// Terms of one facet, in vocabulary order.
pub fn terms_of(facet: Facet) -> impl Iterator<Item = &'static Term> {
    TERMS.iter().filter(move |t| t.facet == facet)
}

/// The HSDS `taxonomy` object.
pub fn taxonomy_json() -> Value {
    json!({
        "id": TAXONOMY_ID,
        "name": "beratungsnetz Bedarfe und Angebotsarten",
        "description": "Angebotsarten, Bedarfe und Zielgruppen der Beratungsangebote für Migrantinnen und Migranten in Sachsen-Anhalt (beratungsnetz).",
        "uri": TAXONOMY_URI,
        "version": TAXONOMY_VERSION,
    })
}

/// The HSDS `taxonomy_term` object (German name), built once per term.
pub fn term_json(t: &Term) -> Value {
    static CACHE: OnceLock<Vec<Value>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| TERMS.iter().map(build_term_json).collect());
    TERMS
        .iter()
        .position(|x| x.code == t.code)
        .and_then(|i| cache.get(i))
        .cloned()
        .unwrap_or_else(|| build_term_json(t))
}

fn build_term_json(t: &Term) -> Value {
    let mut j = json!({
        "id": t.id(),
        "code": t.code,
        "name": t.label("de"),
        "description": format!("{}: {}", t.facet.label_de(), t.label("de")),
        "taxonomy": TAXONOMY_NAME,
        "taxonomy_id": TAXONOMY_ID,
        "language": "de",
        "term_uri": format!("{TAXONOMY_URI}:{}", t.code),
        "taxonomy_detail": taxonomy_json(),
    });
    // HSDS has no null parent: a top-level term leaves `parent_id` out.
    if let (Some(area), Value::Object(m)) = (t.area(), &mut j) {
        m.insert("parent_id".into(), Value::String(area.id()));
    }
    j
}

/// The HSDS `taxonomy_term` of an area: the parent the needs' `parent_id` points to.
pub fn area_json(a: &Area) -> Value {
    json!({
        "id": a.id(),
        "code": a.code,
        "name": a.label("de"),
        "description": format!("Bereich: {}", a.label("de")),
        "taxonomy": TAXONOMY_NAME,
        "taxonomy_id": TAXONOMY_ID,
        "language": "de",
        "term_uri": format!("{TAXONOMY_URI}:{}", a.code),
        "taxonomy_detail": taxonomy_json(),
    })
}

/// Every `taxonomy_term` of the vocabulary: the areas first (parents before children),
/// then the terms — what an import of the whole vocabulary carries.
pub fn all_terms_json() -> Vec<Value> {
    areas()
        .map(|a| area_json(&a))
        .chain(TERMS.iter().map(term_json))
        .collect()
}

/// Stable id of the attribute linking `link_id` to the term `code`.
pub fn attribute_id(link_id: &str, code: &str) -> String {
    Uuid::new_v5(
        &namespace(),
        format!("attribute:{link_id}:{code}").as_bytes(),
    )
    .to_string()
}

/// The HSDS `attribute` linking an entity (e.g. "service") to a term; None for unknown codes.
pub fn attribute_json(link_entity: &str, link_id: &str, code: &str) -> Option<Value> {
    let t = term(code)?;
    Some(json!({
        "id": attribute_id(link_id, code),
        "link_id": link_id,
        "link_type": t.facet.as_str(),
        "link_entity": link_entity,
        "taxonomy_term_id": t.id(),
        "value": t.code,
        "taxonomy_term": term_json(t),
    }))
}

/// Normalises a word (or a whole query) for synonym lookup. Without Unicode tables (no
/// dependencies) it does what matters for our seven languages:
/// - lowercase (`char::to_lowercase`);
/// - drop what is invisible or only decorates a letter: Arabic diacritics (U+064B–U+065F,
///   U+0670), tatweel (U+0640), combining marks U+0300–U+036F (so decomposed input such as
///   "u" + U+0308 folds like "ü", and the dot of Turkish "İ" lowercased to "i̇" goes away),
///   ZWJ, LRM/RLM, soft hyphen, BOM, and apostrophes (' ’ ʼ ‘ ` ´), so "сім'я" = "сімʼя";
/// - Arabic/Persian letters to one form: ي/ى → ی, ك → ک, أ/إ/آ/ٱ → ا, ة/ۀ → ه; Arabic-Indic
///   and Persian digits → 0–9. Query and index pass through the same mapping, so a word
///   typed on an Arabic or a Persian keyboard matches either spelling;
/// - ZWNJ (U+200C) → space, so Persian "بدهی‌ها" = "بدهی ها";
/// - German umlauts and ß: ä → a, ö → o, ü → u, ß → ss (so "strasse" = "Straße"); Turkish
///   letters likewise (ç → c, ş → s, ğ → g, ı → i, â/î/û → a/i/u), because many phones in
///   Germany have no Turkish keyboard; Russian ё → е;
/// - anything else that is not a letter or digit separates words; runs of separators
///   become one space, with none at either end.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for upper in word.chars() {
        for c in upper.to_lowercase() {
            match fold(c) {
                Fold::Drop => {}
                Fold::Space => out.push(' '),
                Fold::Char(f) => out.push(f),
                Fold::Str(f) => out.push_str(f),
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of `text` as typed: lowercase, split and cleaned like [`normalize`] but with
/// their letters unfolded ("iş" stays "iş"), so the n-th word here is the n-th word of
/// `normalize(text)`.
fn words_as_typed(text: &str) -> Vec<String> {
    let mut out = String::with_capacity(text.len());
    for upper in text.chars() {
        for c in upper.to_lowercase() {
            match fold(c) {
                Fold::Drop => {}
                Fold::Space => out.push(' '),
                Fold::Char(_) | Fold::Str(_) => out.push(c),
            }
        }
    }
    out.split_whitespace().map(str::to_string).collect()
}

/// What [`normalize`] makes of one lowercase character.
enum Fold {
    /// Invisible, or it only decorates a letter.
    Drop,
    /// Not part of a word.
    Space,
    Char(char),
    Str(&'static str),
}

fn fold(c: char) -> Fold {
    match c {
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{0300}'..='\u{036F}'
        | '\u{200B}'
        | '\u{200D}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{00AD}'
        | '\u{FEFF}'
        | '\''
        | '\u{2018}'
        | '\u{2019}'
        | '\u{02BC}'
        | '`'
        | '\u{00B4}' => Fold::Drop,
        'ي' | 'ى' => Fold::Char('ی'),
        'ك' => Fold::Char('ک'),
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::Char('ا'),
        'ة' | 'ۀ' => Fold::Char('ه'),
        'ä' | 'â' => Fold::Char('a'),
        'ö' => Fold::Char('o'),
        'ü' | 'û' => Fold::Char('u'),
        'ß' => Fold::Str("ss"),
        'ç' => Fold::Char('c'),
        'ş' => Fold::Char('s'),
        'ğ' => Fold::Char('g'),
        'ı' | 'î' => Fold::Char('i'),
        'ё' => Fold::Char('е'),
        '\u{0660}'..='\u{0669}' => Fold::Char(shift_digit(c, 0x0660)),
        '\u{06F0}'..='\u{06F9}' => Fold::Char(shift_digit(c, 0x06F0)),
        c if c.is_alphanumeric() => Fold::Char(c),
        _ => Fold::Space,
    }
}

fn shift_digit(c: char, zero: u32) -> char {
    char::from_digit(u32::from(c).saturating_sub(zero), 10).unwrap_or(' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_unique_and_labelled() {
        let mut codes = HashSet::new();
        let mut ids = HashSet::new();
        for t in terms() {
            assert!(codes.insert(t.code), "duplicate {}", t.code);
            assert!(ids.insert(t.id()), "duplicate id {}", t.code);
            assert_eq!(t.labels.first().map(|l| l.0), Some("de"), "{}", t.code);
            for lang in ["de", "en"] {
                let label = t.labels.iter().find(|l| l.0 == lang).map(|l| l.1);
                assert!(label.is_some_and(|l| !l.is_empty()), "{} {lang}", t.code);
            }
            let prefix = match t.facet {
                Facet::ServiceKind => "kind:",
                Facet::Need => "need:",
                Facet::TargetGroup => "target:",
            };
            assert!(t.code.starts_with(prefix), "{}", t.code);
        }
        assert_eq!(terms_of(Facet::ServiceKind).count(), 21);
        assert_eq!(terms_of(Facet::Need).count(), 31);
        assert_eq!(terms_of(Facet::TargetGroup).count(), 9);
    }

    #[test]
    fn every_term_has_ten_labels_and_every_need_an_area() {
        for t in terms() {
            for lang in LABEL_LANGUAGES {
                let label = t.label(lang);
                assert!(!label.trim().is_empty(), "{} {lang}", t.code);
                if ["pl", "ro", "bg"].contains(lang) {
                    assert_ne!(label, t.label("de"), "{} {lang}: own label", t.code);
                }
            }
            assert_eq!(t.area().is_some(), t.facet == Facet::Need, "{}", t.code);
        }
        let codes: Vec<&str> = areas().map(|a| a.code).collect();
        let unique: HashSet<&str> = codes.iter().copied().collect();
        assert_eq!(codes.len(), unique.len());
        for a in areas() {
            assert!(a.code.starts_with("area:"));
            assert!(a.needs().count() >= 2, "{}", a.code);
            for lang in LABEL_LANGUAGES {
                assert!(!a.label(lang).trim().is_empty(), "{} {lang}", a.code);
            }
            assert_ne!(Some(a.id()), terms().first().map(|t| t.id()));
        }
        assert_eq!(
            term("kind:debt").unwrap().label("pl"),
            eu_label("kind:debt", "pl").unwrap()
        );
        assert_eq!(
            area("area:existence").unwrap().label("xx"),
            "Existenz sichern"
        );
        for (need, area_code) in NEED_AREAS {
            assert!(area(area_code).is_some(), "{need}: {area_code}");
            assert!(term(need).is_some_and(|t| t.facet == Facet::Need), "{need}");
        }
        for row in EU_LABELS {
            assert!(term(row.0).is_some(), "{} is no term", row.0);
        }
        assert_eq!(EU_LABELS.len(), terms().len());
    }

    #[test]
    fn needs_point_to_their_area_in_hsds() {
        let all = all_terms_json();
        let ids: HashSet<&str> = all.iter().filter_map(|t| t["id"].as_str()).collect();
        assert_eq!(ids.len(), all.len());
        for t in terms_of(Facet::Need) {
            let j = term_json(t);
            let parent = j["parent_id"].as_str().unwrap();
            assert_eq!(parent, t.area().unwrap().id());
            assert!(ids.contains(parent));
            assert_eq!(j["term_uri"], format!("{TAXONOMY_URI}:{}", t.code));
        }
        assert!(
            term_json(term("kind:debt").unwrap())
                .get("parent_id")
                .is_none()
        );
        let debts = term("need:debts").unwrap();
        assert_eq!(debts.area().unwrap().code, "area:existence");
    }

    #[test]
    fn ids_stable() {
        let t = term("kind:mbe").unwrap();
        assert_eq!(t.id(), t.id());
        assert_eq!(t.id(), term("kind:mbe").unwrap().id());
        assert!(Uuid::parse_str(TAXONOMY_ID).is_ok());
        let expected = Uuid::new_v5(&Uuid::NAMESPACE_URL, TAXONOMY_URI.as_bytes());
        assert_eq!(expected.to_string(), TAXONOMY_ID);
        assert_eq!(
            attribute_json("service", "x", "need:debts"),
            attribute_json("service", "x", "need:debts")
        );
    }

    fn codes(query: &str) -> Vec<&'static str> {
        match_terms(query).iter().map(|t| t.code).collect()
    }

    #[test]
    fn every_term_is_translated_and_searchable() {
        for t in terms() {
            let langs: Vec<&str> = t.labels.iter().map(|l| l.0).collect();
            assert_eq!(langs, LANGUAGES, "{}", t.code);
            for (lang, label) in t.labels {
                assert!(!label.trim().is_empty(), "{} {lang}", t.code);
                assert_eq!(t.label(lang), *label);
            }
            assert!(t.synonyms.len() >= 10, "{}: few synonyms", t.code);
            assert!(
                (2..=8).contains(&t.german.len()),
                "{}: german words",
                t.code
            );
            let mut seen = HashSet::new();
            for s in t.synonyms.iter().chain(t.german) {
                assert!(!s.is_empty() && *s == s.to_lowercase(), "{}: {s:?}", t.code);
                assert!(
                    !s.contains(['\u{200c}', '\u{0640}'])
                        && !s.chars().any(|c| ('\u{064B}'..='\u{065F}').contains(&c)),
                    "{}: {s:?} has ZWNJ, tatweel or diacritics",
                    t.code
                );
                assert!(!normalize(s).is_empty(), "{}: {s:?}", t.code);
            }
            for s in t.synonyms {
                assert!(seen.insert(*s), "{}: duplicate synonym {s:?}", t.code);
            }
            // Script coverage: synonyms in Latin, Arabic and Cyrillic script.
            let has = |range: std::ops::RangeInclusive<char>| {
                t.synonyms
                    .iter()
                    .any(|s| s.chars().any(|c| range.contains(&c)))
            };
            assert!(has('a'..='z'), "{}", t.code);
            assert!(has('\u{0600}'..='\u{06FF}'), "{}", t.code);
            assert!(has('\u{0400}'..='\u{04FF}'), "{}", t.code);
        }
    }

    #[test]
    fn normalize_folds() {
        assert_eq!(normalize("Straße"), "strasse");
        assert_eq!(normalize("SCHULDEN"), "schulden");
        assert_eq!(normalize("Glücksspiel"), "glucksspiel");
        assert_eq!(normalize("  Häusliche   Gewalt! "), "hausliche gewalt");
        // Arabic diacritics and tatweel go; Arabic and Persian Yeh/Kaf meet.
        assert_eq!(normalize("دُيُون"), normalize("ديون"));
        assert_eq!(normalize("دُيُون"), "دیون");
        assert_eq!(normalize("كـتاب"), normalize("کتاب"));
        assert!(
            !normalize("الدُّيُونُ")
                .chars()
                .any(|c| ('\u{064B}'..='\u{065F}').contains(&c))
        );
        // ZWNJ is a space.
        assert_eq!(normalize("بدهی\u{200c}ها"), "بدهی ها");
        // Turkish dotted capital I, Turkish letters, apostrophes, ё.
        assert_eq!(normalize("BORÇ"), "borc");
        assert_eq!(normalize("İŞ"), "is");
        assert_eq!(normalize("сім’я"), normalize("сім'я"));
        assert_eq!(normalize("Жильё"), "жилье");
        assert_eq!(normalize("۱۲"), "12");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn match_terms_finds_debts_in_every_language() {
        for q in [
            "debts",
            "ديون",
            "دين",
            "بدهی",
            "بدهي",
            "بدهی\u{200c}ها",
            "борги",
            "долги",
            "borç",
            "borc",
            "Schulden",
            "SCHULDEN",
            "Hilfe bei Schulden",
        ] {
            let found = codes(q);
            assert!(
                found.contains(&"need:debts") || found.contains(&"kind:debt"),
                "{q}: {found:?}"
            );
        }
    }

    #[test]
    fn match_terms_examples() {
        let first = |q: &str| codes(q).first().copied();
        assert!(codes("schwanger").contains(&"kind:pregnancy"));
        assert!(codes("hamile").contains(&"kind:pregnancy"));
        assert!(codes("Sucht").contains(&"kind:addiction"));
        assert!(codes("drugs").contains(&"kind:addiction"));
        assert!(codes("trauma").contains(&"need:trauma"));
        assert!(codes("jugendliche").contains(&"target:youth"));
        assert!(codes("xyzzy").is_empty());
        assert!(codes("").is_empty());
        assert!(codes(" ?! ").is_empty());
        // Whole phrase before single words.
        assert_eq!(first("frauen"), Some("target:women"));
        let v = codes("häusliche gewalt");
        assert!(
            v.contains(&"kind:violence") && v.contains(&"need:violence"),
            "{v:?}"
        );
        // Labels in any language match.
        assert_eq!(first("Borç danışmanlığı"), Some("kind:debt"));
        assert_eq!(first("Консультации по долгам"), Some("kind:debt"));
        // Prefix of a longer synonym, and German compounds.
        assert!(codes("schwangersch").contains(&"kind:pregnancy"));
        assert!(codes("suchtberatungsstelle").contains(&"kind:addiction"));
        assert!(codes("schuldenfalle").contains(&"need:debts"));
        // Arabic article and alef variants.
        assert!(codes("الإدمان").contains(&"need:addiction"));
        assert!(codes("اللاجئين").contains(&"target:refugees"));
        // Specific words outrank short ones and many weak prefix hits.
        assert_eq!(first("psychisch krank"), Some("need:mental-health"));
        assert_eq!(first("what is debt"), Some("kind:debt"));
        // Each term once.
        let v = codes("schulden schuldner debts");
        assert_eq!(v.len(), v.iter().collect::<HashSet<_>>().len());
    }

    #[test]
    fn generic_words_match_nothing() {
        for q in [
            "beratung",
            "beratungsstelle",
            "hilfe",
            "help",
            "counselling",
            "advice",
            "service",
            "zentrum",
            "halle",
            "magdeburg",
            "консультація",
            "консультации",
            "помощь",
            "danışmanlık",
            "مشاوره",
            "استشارة",
            "مساعدة",
            "kostenlos",
            "termin",
        ] {
            assert!(codes(q).is_empty(), "{q}: {:?}", codes(q));
        }
    }

    #[test]
    fn labels_fall_back_to_german() {
        let t = term("kind:debt").unwrap();
        assert_eq!(t.label("en"), "Debt and insolvency counselling");
        assert_eq!(t.label("ar"), "استشارة الديون");
        assert_eq!(t.label("xx"), "Schuldner- und Insolvenzberatung");
    }

    #[test]
    fn json_shapes() {
        let t = term("target:youth").unwrap();
        let j = term_json(t);
        assert_eq!(j["id"], t.id());
        assert_eq!(j["code"], "target:youth");
        assert_eq!(j["taxonomy_id"], TAXONOMY_ID);
        assert_eq!(j["taxonomy_detail"], taxonomy_json());
        let a = attribute_json("service", "abc", "target:youth").unwrap();
        assert_eq!(a["link_type"], "target_group");
        assert_eq!(a["link_entity"], "service");
        assert_eq!(a["taxonomy_term_id"], t.id());
        assert_eq!(a["taxonomy_term"], j);
        assert_ne!(
            a["id"],
            attribute_json("service", "abd", "target:youth").unwrap()["id"]
        );
        assert!(attribute_json("service", "abc", "kind:unknown").is_none());
        assert!(term("kind:unknown").is_none());
    }
}
