//! The routing table: everyday queries, as people type them in each UI language, and the
//! vocabulary term each must land on. A regression here sends someone to the wrong
//! service (or to none), so every row stays.

use super::{LANGUAGES, match_terms};

/// (language, query, a code it must be understood as).
const ROUTES: &[(&str, &str, &str)] = &[
    // German
    ("de", "Schulden", "need:debts"),
    ("de", "Schuldnerberatung", "kind:debt"),
    ("de", "schwanger", "need:pregnancy"),
    ("de", "Abtreibung", "kind:pregnancy"),
    ("de", "Ausländerbehörde", "need:residence"),
    ("de", "Auslaenderbehoerde", "need:residence"),
    ("de", "Duldung", "need:residence"),
    ("de", "Aufenthaltserlaubnis verlängern", "need:residence"),
    ("de", "§ 24 AufenthG", "need:residence"),
    ("de", "Jobcenter", "need:benefits"),
    ("de", "Bürgergeld", "need:benefits"),
    ("de", "Wohnung suchen", "need:housing"),
    ("de", "Miete", "need:housing"),
    ("de", "Arzt", "need:health"),
    ("de", "Krankenkasse", "need:health"),
    ("de", "Deutschkurs", "kind:language-course"),
    ("de", "Arbeit finden", "need:work"),
    ("de", "Anerkennung Zeugnis", "need:recognition"),
    ("de", "Häusliche Gewalt", "need:violence"),
    ("de", "Frauenhaus", "kind:violence"),
    ("de", "Kita Platz", "need:parenting"),
    ("de", "Familiennachzug", "need:family"),
    ("de", "Abschiebung", "kind:legal-residence"),
    ("de", "Asylantrag abgelehnt", "need:asylum"),
    ("de", "Albträume", "need:trauma"),
    // English
    ("en", "debt", "need:debts"),
    ("en", "what is debt", "kind:debt"),
    ("en", "pregnant", "need:pregnancy"),
    ("en", "abortion", "kind:pregnancy"),
    ("en", "citizen's allowance", "need:benefits"),
    ("en", "job center", "need:benefits"),
    ("en", "jobcentre", "need:benefits"),
    ("en", "child benefit", "need:benefits"),
    ("en", "foreigners office", "need:residence"),
    ("en", "immigration office", "need:residence"),
    ("en", "residence permit", "need:residence"),
    ("en", "tolerated stay", "need:residence"),
    ("en", "find a job", "need:work"),
    ("en", "looking for a flat", "need:housing"),
    ("en", "rent", "need:housing"),
    ("en", "doctor", "need:health"),
    ("en", "german course", "kind:language-course"),
    ("en", "domestic violence", "need:violence"),
    ("en", "asylum interview", "need:asylum"),
    ("en", "family reunification", "need:family"),
    ("en", "depression", "need:mental-health"),
    ("en", "deportation", "kind:legal-residence"),
    ("en", "nightmares", "need:trauma"),
    // Arabic
    ("ar", "ديون", "need:debts"),
    ("ar", "حامل", "need:pregnancy"),
    ("ar", "الإجهاض", "need:pregnancy"),
    ("ar", "جوب سنتر", "need:benefits"),
    ("ar", "الجوب سنتر", "need:benefits"),
    ("ar", "المساعدات", "need:benefits"),
    ("ar", "دائرة الأجانب", "need:residence"),
    ("ar", "مكتب الأجانب", "need:residence"),
    ("ar", "الأوسلندر", "need:residence"),
    ("ar", "دولدونغ", "need:residence"),
    ("ar", "إقامة", "need:residence"),
    ("ar", "تصريح الإقامة", "need:residence"),
    ("ar", "البحث عن عمل", "need:work"),
    ("ar", "شقة", "need:housing"),
    ("ar", "طبيب", "need:health"),
    ("ar", "المستشفى", "need:health"),
    ("ar", "دورة لغة", "kind:language-course"),
    ("ar", "العنف الأسري", "need:violence"),
    ("ar", "لم الشمل", "need:family"),
    ("ar", "طلب اللجوء", "need:asylum"),
    ("ar", "ترحيل", "kind:legal-residence"),
    ("ar", "معادلة الشهادة", "need:recognition"),
    ("ar", "للعائلة", "need:family"),
    ("ar", "بالمخدرات", "need:addiction"),
    // Persian, Dari words included
    ("fa", "بدهی", "need:debts"),
    ("fa", "بدهی‌هایم", "need:debts"),
    ("fa", "باردار", "need:pregnancy"),
    ("fa", "حامله", "need:pregnancy"),
    ("fa", "داکتر", "need:health"),
    ("fa", "شفاخانه", "need:health"),
    ("fa", "بیمارستانها", "need:health"),
    ("fa", "مکتب", "need:education"),
    ("fa", "فامیل", "need:family"),
    ("fa", "کرایه خانه", "need:housing"),
    ("fa", "اداره اتباع خارجی", "need:residence"),
    ("fa", "اجازه اقامت", "need:residence"),
    ("fa", "دولدونگ", "need:residence"),
    ("fa", "جاب سنتر", "need:benefits"),
    ("fa", "جوب سنتر", "need:benefits"),
    ("fa", "کمک‌های اجتماعی", "need:benefits"),
    ("fa", "کلاس زبان آلمانی", "kind:language-course"),
    ("fa", "خشونت خانگی", "need:violence"),
    ("fa", "پیدا کردن کار", "need:work"),
    ("fa", "اعتیاد", "need:addiction"),
    ("fa", "افسردگی", "need:mental-health"),
    ("fa", "مصاحبه پناهندگی", "need:asylum"),
    ("fa", "دیپورت", "kind:legal-residence"),
    // Ukrainian
    ("uk", "борги", "need:debts"),
    ("uk", "допомога з боргами", "need:debts"),
    ("uk", "вагітності", "need:pregnancy"),
    ("uk", "вагітна", "need:pregnancy"),
    ("uk", "перебування", "need:residence"),
    ("uk", "посвідка на проживання", "need:residence"),
    ("uk", "параграф 24", "need:residence"),
    ("uk", "дульдунг", "need:residence"),
    ("uk", "ауслендербехьорде", "need:residence"),
    ("uk", "відомство у справах іноземців", "need:residence"),
    ("uk", "джоб центр", "need:benefits"),
    ("uk", "джобцентр", "need:benefits"),
    ("uk", "бюргергельд", "need:benefits"),
    ("uk", "шукаю роботу", "need:work"),
    ("uk", "шукаю квартиру", "need:housing"),
    ("uk", "потрібен лікар", "need:health"),
    ("uk", "записатися до лікаря", "need:health"),
    ("uk", "курси німецької", "kind:language-course"),
    ("uk", "домашнє насильство", "need:violence"),
    ("uk", "визнання диплому", "need:recognition"),
    ("uk", "залежність від алкоголю", "need:addiction"),
    ("uk", "депресія", "need:mental-health"),
    ("uk", "після депортації", "kind:legal-residence"),
    ("uk", "дитячий садок", "need:parenting"),
    // Russian
    ("ru", "долги", "need:debts"),
    ("ru", "помощь с долгами", "need:debts"),
    ("ru", "беременности", "need:pregnancy"),
    ("ru", "пребывание", "need:residence"),
    ("ru", "ПМЖ", "need:residence"),
    ("ru", "внж", "need:residence"),
    ("ru", "ведомство по делам иностранцев", "need:residence"),
    ("ru", "дульдунг", "need:residence"),
    ("ru", "ауслендербехёрде", "need:residence"),
    ("ru", "параграф 24", "need:residence"),
    ("ru", "джоб центр", "need:benefits"),
    ("ru", "бюргергельд", "need:benefits"),
    ("ru", "пособие", "need:benefits"),
    ("ru", "ищу работу", "need:work"),
    ("ru", "снять квартиру", "need:housing"),
    ("ru", "нужен врач", "need:health"),
    ("ru", "записаться к врачу", "need:health"),
    ("ru", "курсы немецкого", "kind:language-course"),
    ("ru", "домашнее насилие", "need:violence"),
    ("ru", "развод", "need:family"),
    ("ru", "признание диплома", "need:recognition"),
    ("ru", "детский сад", "need:parenting"),
    ("ru", "убежище", "need:asylum"),
    ("ru", "аборт", "kind:pregnancy"),
    // Turkish
    ("tr", "borç", "need:debts"),
    ("tr", "borclar", "need:debts"),
    ("tr", "hamile", "need:pregnancy"),
    ("tr", "çocuk aldırma", "need:pregnancy"),
    ("tr", "oturma izni", "need:residence"),
    ("tr", "oturum", "need:residence"),
    ("tr", "yabancılar dairesi", "need:residence"),
    ("tr", "yabancilar dairesi", "need:residence"),
    ("tr", "duldung", "need:residence"),
    ("tr", "jobcenter", "need:benefits"),
    ("tr", "vatandaş parası", "need:benefits"),
    ("tr", "iş arıyorum", "need:work"),
    ("tr", "iş", "need:work"),
    ("tr", "kiralık ev", "need:housing"),
    ("tr", "doktor", "need:health"),
    ("tr", "almanca kursu", "kind:language-course"),
    ("tr", "aile içi şiddet", "kind:violence"),
    ("tr", "iltica", "need:asylum"),
    ("tr", "sınır dışı", "kind:legal-residence"),
    ("tr", "diploma denkliği", "need:recognition"),
    ("tr", "kreş", "need:parenting"),
    ("tr", "boşanma", "need:family"),
    ("tr", "depresyon", "need:mental-health"),
];

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
    let wrong: Vec<String> = ROUTES
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
        let n = ROUTES.iter().filter(|(l, _, _)| l == lang).count();
        assert!(n >= 15, "{lang}: {n} queries");
    }
    assert!(ROUTES.iter().all(|(l, _, _)| LANGUAGES.contains(l)));
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
