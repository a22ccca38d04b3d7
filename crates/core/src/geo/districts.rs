//! The districts (Landkreise and kreisfreie Städte): their names as people say them and
//! the lookup by name, read from the gazetteer.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use super::{SACHSEN_ANHALT, fold, gazetteer};

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
        for p in gazetteer().places() {
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
    let q = fold(name);
    if q.is_empty() {
        return None;
    }
    let strip = |s: &str| -> String {
        let f = fold(s);
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
    let state = gazetteer().districts(SACHSEN_ANHALT);
    let names = |code: &str| -> Vec<String> {
        all.get(code).map_or_else(Vec::new, |d| {
            vec![
                fold(&d.official),
                fold(&d.label),
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
}
