//! The network in figures: how many entries were checked within a year (the freshness
//! rule of [`crate::freshness::outdated`]) by organisation and by district, and what the
//! network offers — services per kind and per language. Counts of services, never of
//! people, so no figure needs withholding.

use std::collections::BTreeMap;

use crate::freshness::outdated;
use crate::reports::coverage::Supply;
use crate::taxonomy::{self, Facet};

/// Services of a group and how many of them were checked within a year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checked {
    /// An organisation's name, a district key, or empty for services without a place.
    pub key: String,
    pub services: usize,
    pub verified: usize,
}

impl Checked {
    /// The share checked, 0 to 1.
    pub fn share(&self) -> f64 {
        if self.services == 0 {
            0.0
        } else {
            // Counts of services stay far below f64's exact integers.
            #[allow(clippy::cast_precision_loss)]
            let share = self.verified as f64 / self.services as f64;
            share
        }
    }
}

/// The network's figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Network {
    pub all: Checked,
    /// By organisation, lowest share first (where checking is most needed), then name.
    pub by_organisation: Vec<Checked>,
    /// By district key (a service with places in two districts counts in each); services
    /// with no district last, under an empty key.
    pub by_district: Vec<Checked>,
    /// (kind code, services), every kind of the vocabulary, most first.
    pub by_kind: Vec<(String, usize)>,
    /// (language code, services), most first.
    pub by_language: Vec<(String, usize)>,
}

fn add(map: &mut BTreeMap<String, Checked>, key: &str, verified: bool) {
    let c = map.entry(key.to_string()).or_insert_with(|| Checked {
        key: key.to_string(),
        ..Checked::default()
    });
    c.services += 1;
    c.verified += usize::from(verified);
}

fn most_first(counts: BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// The figures of every service on day `today`.
pub fn network(supply: &[Supply], today: i64) -> Network {
    let mut all = Checked::default();
    let mut orgs = BTreeMap::new();
    let mut districts = BTreeMap::new();
    let mut kinds: BTreeMap<String, usize> = taxonomy::terms_of(Facet::ServiceKind)
        .map(|t| (t.code.to_string(), 0))
        .collect();
    let mut languages: BTreeMap<String, usize> = BTreeMap::new();
    for s in supply {
        let verified = !outdated(s.verified_day, today);
        all.services += 1;
        all.verified += usize::from(verified);
        add(&mut orgs, &s.organization, verified);
        let mut own: Vec<&String> = s.districts.iter().collect();
        own.sort();
        own.dedup();
        if own.is_empty() {
            add(&mut districts, "", verified);
        }
        for d in own {
            add(&mut districts, d, verified);
        }
        for tag in &s.tags {
            if let Some(n) = kinds.get_mut(tag) {
                *n += 1;
            }
        }
        for l in &s.languages {
            *languages.entry(l.clone()).or_default() += 1;
        }
    }
    let mut by_organisation: Vec<Checked> = orgs.into_values().collect();
    by_organisation.sort_by(|a, b| a.share().total_cmp(&b.share()).then(a.key.cmp(&b.key)));
    let mut by_district: Vec<Checked> = districts.into_values().collect();
    // Keys sort as numbers; the empty key (no place) goes last.
    by_district.sort_by_key(|c| (c.key.is_empty(), c.key.clone()));
    Network {
        all,
        by_organisation,
        by_district,
        by_kind: most_first(kinds),
        by_language: most_first(languages),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(org: &str, districts: &[&str], verified_day: Option<i64>) -> Supply {
        Supply {
            organization: org.into(),
            districts: districts.iter().map(|d| d.to_string()).collect(),
            verified_day,
            tags: vec!["kind:debt".into(), "need:debts".into()],
            languages: vec!["de".into(), "ar".into()],
            ..Supply::default()
        }
    }

    #[test]
    fn checks_are_counted_by_organisation_and_district() {
        let today = 20_000;
        let supply = [
            service("Caritas", &["15002"], Some(today - 10)),
            service("Caritas", &["15002", "15088"], Some(today - 400)),
            service("AWO", &["15088", "15088"], None),
            service("AWO", &[], Some(today - 364)),
        ];
        let n = network(&supply, today);
        assert_eq!((n.all.services, n.all.verified), (4, 2));
        assert_eq!(n.by_organisation[0].key, "AWO");
        assert_eq!(n.by_organisation[1].share(), 0.5);
        let keys: Vec<&str> = n.by_district.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["15002", "15088", ""]);
        // Two places in one district count once.
        assert_eq!(n.by_district[1].services, 2);
        assert_eq!(n.by_district[1].verified, 0);
        assert_eq!(n.by_district[2].verified, 1, "364 days is within a year");
        assert_eq!(n.by_kind[0], ("kind:debt".to_string(), 4));
        assert!(
            n.by_kind
                .iter()
                .any(|(k, c)| k == "kind:pregnancy" && *c == 0)
        );
        assert!(!n.by_kind.iter().any(|(k, _)| k == "need:debts"));
        assert_eq!(n.by_language[0].1, 4);
        assert_eq!(Checked::default().share(), 0.0);
    }
}
