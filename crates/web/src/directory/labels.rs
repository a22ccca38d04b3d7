//! Labels for codes the API returns: districts, languages, flags and ways of contact.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use beratungsnetz_core::geo::{self, SACHSEN_ANHALT};
use beratungsnetz_core::taxonomy;

use crate::i18n;

/// Prefixes of district names that are cities in their own right.
const CITY_PREFIXES: [&str; 4] = [
    "Kreisfreie Stadt ",
    "Landeshauptstadt ",
    "Stadtkreis ",
    "Stadt ",
];

struct District {
    /// Official name, e.g. "Kreisfreie Stadt Halle".
    official: String,
    /// What people call it, e.g. "Halle (Saale)".
    label: String,
}

/// Every district of the gazetteer by key.
fn districts() -> &'static HashMap<String, District> {
    static MAP: OnceLock<HashMap<String, District>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut official: BTreeMap<&str, &str> = BTreeMap::new();
        // Per district: how many postcodes each town has.
        let mut towns: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
        for p in geo::gazetteer().places() {
            if p.district_code.is_empty() {
                continue;
            }
            official.entry(&p.district_code).or_insert(&p.district);
            if !p.institution {
                *towns
                    .entry(&p.district_code)
                    .or_default()
                    .entry(&p.name)
                    .or_default() += 1;
            }
        }
        official
            .into_iter()
            .map(|(code, name)| {
                // A city district is called by the city's name: "Halle (Saale)".
                let city = CITY_PREFIXES.iter().any(|p| name.starts_with(p));
                let label = towns
                    .get(code)
                    .filter(|_| city)
                    .and_then(|t| t.iter().max_by_key(|(n, c)| (**c, std::cmp::Reverse(*n))))
                    .map_or_else(|| name.to_string(), |(n, _)| n.to_string());
                (
                    code.to_string(),
                    District {
                        official: name.to_string(),
                        label,
                    },
                )
            })
            .collect()
    })
}

/// The name of a district key, as people say it; the key itself if unknown.
pub fn district_label(code: &str) -> String {
    districts()
        .get(code)
        .map_or_else(|| code.to_string(), |d| d.label.clone())
}

pub fn is_district(code: &str) -> bool {
    districts().contains_key(code)
}

/// The key of a district of Sachsen-Anhalt named by its official name ("Landkreis Harz"),
/// its usual name ("Halle (Saale)") or either without the kind ("Harz", "Halle").
pub fn district_by_name(name: &str) -> Option<String> {
    let q = geo::fold(name);
    if q.is_empty() {
        return None;
    }
    let strip = |s: &str| -> String {
        let f = geo::fold(s);
        for prefix in [
            "kreisfreie stadt ",
            "landeshauptstadt ",
            "landkreis ",
            "stadt ",
        ] {
            if let Some(rest) = f.strip_prefix(prefix) {
                return rest.to_string();
            }
        }
        f
    };
    let all = districts();
    let state = geo::gazetteer().districts(SACHSEN_ANHALT);
    let names = |code: &str| -> Vec<String> {
        all.get(code).map_or_else(Vec::new, |d| {
            vec![
                geo::fold(&d.official),
                geo::fold(&d.label),
                strip(&d.official),
                strip(&d.label),
                strip(&d.label.replace(" (Saale)", "")),
            ]
        })
    };
    state
        .iter()
        .find(|(code, _)| names(code).contains(&q))
        .map(|(code, _)| code.clone())
}

/// The name of a language (ISO 639 code) in `lang`; the code itself if we have none.
pub fn language_label(code: &str, lang: &str) -> String {
    i18n::label(lang, &format!("label-language-{code}")).unwrap_or_else(|| code.to_string())
}

/// `free`, `barrier_free`, `statewide` in `lang`.
pub fn flag_label(flag: &str, lang: &str) -> String {
    i18n::label(lang, &format!("label-flag-{flag}")).unwrap_or_else(|| flag.to_string())
}

/// `in_person`, `phone`, `video` in `lang`.
pub fn mode_label(mode: &str, lang: &str) -> String {
    i18n::label(lang, &format!("label-mode-{mode}")).unwrap_or_else(|| mode.to_string())
}

/// A vocabulary code's label in `lang`; the code itself if unknown.
pub fn term_label(code: &str, lang: &str) -> String {
    taxonomy::term(code).map_or_else(|| code.to_string(), |t| t.label(lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn districts_by_key_and_name() {
        assert_eq!(district_label("15002"), "Halle (Saale)");
        assert_eq!(district_label("15003"), "Magdeburg");
        assert_eq!(district_label("15085"), "Landkreis Harz");
        assert_eq!(district_label("99999"), "99999");
        for name in [
            "Halle (Saale)",
            "halle",
            "Kreisfreie Stadt Halle",
            "HALLE (SAALE)",
        ] {
            assert_eq!(district_by_name(name).as_deref(), Some("15002"), "{name}");
        }
        assert_eq!(district_by_name("Harz").as_deref(), Some("15085"));
        assert_eq!(
            district_by_name("Landkreis Wittenberg").as_deref(),
            Some("15091")
        );
        assert_eq!(district_by_name("Magdeburg").as_deref(), Some("15003"));
        assert_eq!(district_by_name("Börde").as_deref(), Some("15083"));
        assert_eq!(district_by_name("Nowhere"), None);
        // Only Sachsen-Anhalt.
        assert_eq!(district_by_name("Kreis Gütersloh"), None);
        assert!(is_district("05754") && !is_district("00000"));
    }

    #[test]
    fn labels_in_the_clients_language() {
        assert_eq!(language_label("ar", "de"), "Arabisch");
        assert_eq!(language_label("ar", "ar"), "العربية");
        assert_eq!(language_label("xx", "de"), "xx");
        assert_eq!(flag_label("free", "en"), "free of charge");
        assert_eq!(mode_label("phone", "tr"), "telefonla");
        assert_eq!(
            term_label("need:debts", "de"),
            taxonomy::term("need:debts").map_or("", |t| t.label("de"))
        );
    }
}
