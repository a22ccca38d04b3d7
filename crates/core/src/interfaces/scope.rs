//! Which needs a service kind usually serves: the rows of the matrix of kinds and needs.
//! The vocabulary brings a default; coordinators curate it, kind by kind.

use crate::taxonomy::{self, Facet};

/// The default: (kind, the needs it usually serves), for every service kind.
pub const DEFAULT: &[(&str, &[&str])] = &[
    (
        "kind:mbe",
        &[
            "need:residence",
            "need:family",
            "need:work",
            "need:recognition",
            "need:language",
            "need:benefits",
            "need:everyday-life",
            "need:housing",
            "need:documents",
        ],
    ),
    (
        "kind:jmd",
        &[
            "need:residence",
            "need:education",
            "need:language",
            "need:work",
            "need:family",
            "need:everyday-life",
            "need:school",
            "need:vocational-training",
        ],
    ),
    (
        "kind:state-migration",
        &[
            "need:asylum",
            "need:residence",
            "need:benefits",
            "need:housing",
            "need:everyday-life",
            "need:documents",
            "need:health-insurance",
        ],
    ),
    (
        "kind:psz",
        &["need:trauma", "need:mental-health", "need:violence"],
    ),
    (
        "kind:debt",
        &[
            "need:debts",
            "need:benefits",
            "need:energy",
            "need:housing-loss",
        ],
    ),
    (
        "kind:addiction",
        &["need:addiction", "need:mental-health", "need:health"],
    ),
    (
        "kind:pregnancy",
        &["need:pregnancy", "need:family", "need:benefits"],
    ),
    (
        "kind:family",
        &[
            "need:family",
            "need:parenting",
            "need:violence",
            "need:school",
        ],
    ),
    (
        "kind:violence",
        &["need:violence", "need:trauma", "need:housing"],
    ),
    (
        "kind:homelessness",
        &[
            "need:housing",
            "need:housing-loss",
            "need:benefits",
            "need:food",
        ],
    ),
    (
        "kind:disability",
        &[
            "need:disability",
            "need:health",
            "need:benefits",
            "need:care",
        ],
    ),
    (
        "kind:health",
        &[
            "need:health",
            "need:health-insurance",
            "need:mental-health",
            "need:pregnancy",
        ],
    ),
    (
        "kind:legal-residence",
        &[
            "need:residence",
            "need:asylum",
            "need:family",
            "need:legal-dispute",
        ],
    ),
    (
        "kind:labour",
        &[
            "need:work",
            "need:recognition",
            "need:education",
            "need:vocational-training",
        ],
    ),
    ("kind:language-course", &["need:language", "need:education"]),
    (
        "kind:social-counselling",
        &[
            "need:benefits",
            "need:food",
            "need:energy",
            "need:everyday-life",
            "need:isolation",
            "need:legal-dispute",
        ],
    ),
    (
        "kind:anti-discrimination",
        &["need:discrimination", "need:legal-dispute"],
    ),
    ("kind:fair-work", &["need:exploitation", "need:work"]),
    (
        "kind:victim-support",
        &["need:discrimination", "need:violence", "need:trauma"],
    ),
    ("kind:care-counselling", &["need:care", "need:disability"]),
    (
        "kind:tenancy",
        &["need:housing-loss", "need:housing", "need:legal-dispute"],
    ),
];

/// The needs `kind` serves by default.
pub fn default_needs(kind: &str) -> &'static [&'static str] {
    DEFAULT
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(&[], |(_, needs)| needs)
}

/// The needs each service kind serves (vocabulary order): the curated pairs where a kind
/// has any (an empty need marks "none"), else the default.
pub fn effective(curated: &[(String, String)]) -> Vec<(&'static str, Vec<&'static str>)> {
    taxonomy::terms_of(Facet::ServiceKind)
        .map(|kind| {
            let mine: Vec<&str> = curated
                .iter()
                .filter(|(k, _)| k == kind.code)
                .map(|(_, n)| n.as_str())
                .collect();
            let needs = if mine.is_empty() {
                default_needs(kind.code).to_vec()
            } else {
                taxonomy::terms_of(Facet::Need)
                    .filter(|n| mine.contains(&n.code))
                    .map(|n| n.code)
                    .collect()
            };
            (kind.code, needs)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_default_of_known_needs_and_every_need_is_served() {
        for kind in taxonomy::terms_of(Facet::ServiceKind) {
            assert_eq!(
                DEFAULT.iter().filter(|(k, _)| *k == kind.code).count(),
                1,
                "{}",
                kind.code
            );
        }
        for (kind, needs) in DEFAULT {
            assert!(taxonomy::term(kind).is_some_and(|t| t.facet == Facet::ServiceKind));
            for n in *needs {
                assert!(
                    taxonomy::term(n).is_some_and(|t| t.facet == Facet::Need),
                    "{kind}: {n}"
                );
            }
        }
        for need in taxonomy::terms_of(Facet::Need) {
            assert!(
                DEFAULT.iter().any(|(_, needs)| needs.contains(&need.code)),
                "{} is served by no kind",
                need.code
            );
        }
    }

    #[test]
    fn curated_kinds_replace_the_default() {
        let curated = vec![
            ("kind:debt".to_string(), "need:debts".to_string()),
            ("kind:psz".to_string(), String::new()),
        ];
        let m = effective(&curated);
        let of = |k: &str| m.iter().find(|(c, _)| *c == k).unwrap().1.clone();
        assert_eq!(of("kind:debt"), vec!["need:debts"]);
        assert!(of("kind:psz").is_empty());
        assert_eq!(of("kind:mbe").len(), default_needs("kind:mbe").len());
    }
}
