//! The routing table: everyday queries, as people type them in each UI language, and the
//! vocabulary term each must land on. A regression here sends someone to the wrong
//! service (or to none), so every row stays.

use super::{LANGUAGES, match_terms};

/// (language, query, a code it must be understood as), from `routes.tsv`.
fn routes() -> Vec<(&'static str, &'static str, &'static str)> {
    include_str!("routes.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut it = l.split('\t');
            Some((it.next()?, it.next()?, it.next()?))
        })
        .collect()
}

/// (query, a code it must not be understood as): collisions that once routed people
/// wrong.
const NOT_ROUTED: &[(&str, &str)] = &[
    // Turkish "iş" folds to "is".
    ("what is debt", "need:work"),
    ("what is debt", "kind:labour"),
    ("Where is the Jobcenter", "need:work"),
    // "citizen's" is not "citizenship".
    ("citizen's allowance", "need:residence"),
    ("Bürgergeld", "need:residence"),
    // Abortion is pregnancy counselling, not children.
    ("çocuk aldırma", "target:children"),
    // The foreigners' office is about residence, not everyday paperwork.
    ("ведомство по делам иностранцев", "need:everyday-life"),
    ("اداره اتباع خارجی", "need:everyday-life"),
];

fn codes(query: &str) -> Vec<&'static str> {
    match_terms(query).iter().map(|t| t.code).collect()
}

#[test]
fn everyday_queries_land_on_the_right_term() {
    let wrong: Vec<String> = routes()
        .iter()
        .filter(|(_, q, code)| !codes(q).contains(code))
        .map(|(lang, q, code)| format!("{lang} {q:?} → {:?}, want {code}", codes(q)))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} misrouted:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn at_least_fifteen_queries_per_language() {
    for lang in LANGUAGES {
        let n = routes().iter().filter(|(l, _, _)| l == lang).count();
        assert!(n >= 15, "{lang}: {n} queries");
    }
    assert!(routes().iter().all(|(l, _, _)| LANGUAGES.contains(l)));
}

#[test]
fn collisions_stay_away() {
    let wrong: Vec<String> = NOT_ROUTED
        .iter()
        .filter(|(q, code)| codes(q).contains(code))
        .map(|(q, code)| format!("{q:?} → {:?} holds {code}", codes(q)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn regressions_land_first() {
    let first = |q: &str| codes(q).first().copied();
    assert_eq!(first("what is debt"), Some("kind:debt"));
    assert_eq!(first("citizen's allowance"), Some("need:benefits"));
    assert_eq!(first("Bürgergeld"), Some("need:benefits"));
    assert_eq!(first("çocuk aldırma"), Some("kind:pregnancy"));
    assert_eq!(
        first("ведомство по делам иностранцев"),
        Some("need:residence")
    );
    assert_eq!(first("اداره اتباع خارجی"), Some("need:residence"));
}

/// Case forms of Russian and Ukrainian words find the term their base form names.
#[test]
fn slavic_case_forms() {
    for (q, code) in [
        ("беременности", "need:pregnancy"),
        ("беременностью", "need:pregnancy"),
        ("вагітності", "need:pregnancy"),
        ("вагітністю", "need:pregnancy"),
        ("работу", "need:work"),
        ("работой", "need:work"),
        ("роботу", "need:work"),
        ("квартиру", "need:housing"),
        ("квартиры", "need:housing"),
        ("врача", "need:health"),
        ("лікаря", "need:health"),
        ("долгами", "need:debts"),
        ("долгов", "need:debts"),
        ("боргами", "need:debts"),
        ("пребывания", "need:residence"),
        ("перебуванням", "need:residence"),
        ("мигрантам", "kind:mbe"),
        ("беженцам", "target:refugees"),
        ("притулку", "need:asylum"),
        ("ребенку", "target:children"),
    ] {
        assert!(codes(q).contains(&code), "{q}: {:?}", codes(q));
    }
}

/// Arabic articles and prepositions, Persian plural and ezafe endings.
#[test]
fn arabic_and_persian_affixes() {
    for (q, code) in [
        ("الديون", "need:debts"),
        ("بالديون", "need:debts"),
        ("للاجئ", "target:refugees"),
        ("الإقامة", "need:residence"),
        ("بدهی‌ها", "need:debts"),
        ("بدهیها", "need:debts"),
        ("بدهی‌های من", "need:debts"),
        ("وکیلها", "kind:legal-residence"),
        ("بیمه‌ی درمانی", "kind:health"),
        ("دانشگاههای", "need:education"),
    ] {
        assert!(codes(q).contains(&code), "{q}: {:?}", codes(q));
    }
}
