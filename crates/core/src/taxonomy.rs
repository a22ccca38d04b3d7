//! The controlled vocabulary: service kinds, needs (Bedarfe) and target groups.
//!
//! Codes are stable identifiers used across the system; never rename one, only add.

use std::sync::OnceLock;

use serde_json::{Value, json};
use uuid::Uuid;

/// Id of the taxonomy "beratungsnetz Bedarfe und Angebotsarten": uuid v5 (URL namespace)
/// of [`TAXONOMY_URI`]. Also the namespace of the term ids.
pub const TAXONOMY_ID: &str = "556f3f55-acfd-5855-bb1c-82ececd0a7ad";
pub const TAXONOMY_URI: &str = "urn:beratungsnetz:taxonomy:bedarfe-und-angebotsarten";
/// Value of `taxonomy_term.taxonomy`.
pub const TAXONOMY_NAME: &str = "beratungsnetz";
pub const TAXONOMY_VERSION: &str = "1";

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
    /// (language code, label); "de" always present and first.
    pub labels: &'static [(&'static str, &'static str)],
}

impl Term {
    /// The label in `lang`, else the German one.
    pub fn label(&self, lang: &str) -> &'static str {
        self.labels
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.labels.iter().find(|(l, _)| *l == "de"))
            .map_or(self.code, |(_, text)| text)
    }

    /// Stable id: uuid v5 of the code in the taxonomy's namespace.
    pub fn id(&self) -> String {
        Uuid::new_v5(&namespace(), self.code.as_bytes()).to_string()
    }
}

fn namespace() -> Uuid {
    // A constant literal; the fallback only guards against editing it into an invalid one.
    Uuid::parse_str(TAXONOMY_ID).unwrap_or(Uuid::NAMESPACE_URL)
}

macro_rules! term {
    ($code:literal, $facet:ident, $de:literal, $en:literal) => {
        Term {
            code: $code,
            facet: Facet::$facet,
            labels: &[("de", $de), ("en", $en)],
        }
    };
}

static TERMS: &[Term] = &[
    // Service kinds
    term!(
        "kind:mbe",
        ServiceKind,
        "Migrationsberatung für erwachsene Zuwanderer",
        "Migration counselling for adult immigrants"
    ),
    term!(
        "kind:jmd",
        ServiceKind,
        "Jugendmigrationsdienst",
        "Youth migration service"
    ),
    term!(
        "kind:state-migration",
        ServiceKind,
        "Flüchtlings- und Migrationsberatung des Landes",
        "Refugee and migration counselling (state programme)"
    ),
    term!(
        "kind:psz",
        ServiceKind,
        "Psychosoziales Zentrum für Geflüchtete",
        "Psychosocial centre for refugees"
    ),
    term!(
        "kind:debt",
        ServiceKind,
        "Schuldner- und Insolvenzberatung",
        "Debt and insolvency counselling"
    ),
    term!(
        "kind:addiction",
        ServiceKind,
        "Suchtberatung",
        "Addiction counselling"
    ),
    term!(
        "kind:pregnancy",
        ServiceKind,
        "Schwangerschafts- und Schwangerschaftskonfliktberatung",
        "Pregnancy and pregnancy conflict counselling"
    ),
    term!(
        "kind:family",
        ServiceKind,
        "Erziehungs- und Familienberatung",
        "Parenting and family counselling"
    ),
    term!(
        "kind:violence",
        ServiceKind,
        "Beratung für Betroffene von Gewalt, Frauenhaus, Opferberatung",
        "Counselling for people affected by violence, women's shelter, victim support"
    ),
    term!(
        "kind:homelessness",
        ServiceKind,
        "Wohnungslosenhilfe",
        "Help for homeless people"
    ),
    term!(
        "kind:disability",
        ServiceKind,
        "Beratung für Menschen mit Behinderung (EUTB)",
        "Counselling for people with disabilities (EUTB)"
    ),
    term!(
        "kind:health",
        ServiceKind,
        "Gesundheitsberatung",
        "Health counselling"
    ),
    term!(
        "kind:legal-residence",
        ServiceKind,
        "Asyl- und Aufenthaltsrechtsberatung",
        "Asylum and residence law counselling"
    ),
    term!(
        "kind:labour",
        ServiceKind,
        "Arbeitsmarkt- und Anerkennungsberatung",
        "Employment and recognition counselling"
    ),
    term!(
        "kind:language-course",
        ServiceKind,
        "Sprachkurse und Integrationskurse",
        "Language and integration courses"
    ),
    // Needs
    term!("need:residence", Need, "Aufenthalt", "Residence status"),
    term!("need:asylum", Need, "Asylverfahren", "Asylum procedure"),
    term!("need:debts", Need, "Schulden", "Debts"),
    term!(
        "need:trauma",
        Need,
        "Trauma und Fluchterfahrung",
        "Trauma and experience of flight"
    ),
    term!(
        "need:mental-health",
        Need,
        "Psychische Gesundheit",
        "Mental health"
    ),
    term!("need:addiction", Need, "Sucht", "Addiction"),
    term!("need:pregnancy", Need, "Schwangerschaft", "Pregnancy"),
    term!(
        "need:family",
        Need,
        "Familie und Partnerschaft",
        "Family and relationships"
    ),
    term!("need:parenting", Need, "Erziehung", "Parenting"),
    term!("need:violence", Need, "Gewalt", "Violence"),
    term!(
        "need:housing",
        Need,
        "Wohnen und Wohnungslosigkeit",
        "Housing and homelessness"
    ),
    term!("need:health", Need, "Gesundheit", "Health"),
    term!("need:disability", Need, "Behinderung", "Disability"),
    term!("need:work", Need, "Arbeit und Beruf", "Work and employment"),
    term!(
        "need:recognition",
        Need,
        "Anerkennung von Abschlüssen",
        "Recognition of qualifications"
    ),
    term!("need:language", Need, "Deutsch lernen", "Learning German"),
    term!(
        "need:education",
        Need,
        "Schule, Ausbildung und Studium",
        "School, training and study"
    ),
    term!("need:benefits", Need, "Sozialleistungen", "Social benefits"),
    term!(
        "need:everyday-life",
        Need,
        "Alltag und Behörden",
        "Everyday life and authorities"
    ),
    // Target groups
    term!("target:adults", TargetGroup, "Erwachsene", "Adults"),
    term!(
        "target:youth",
        TargetGroup,
        "Jugendliche und junge Erwachsene (12–27)",
        "Young people (12–27)"
    ),
    term!("target:children", TargetGroup, "Kinder", "Children"),
    term!("target:women", TargetGroup, "Frauen", "Women"),
    term!("target:families", TargetGroup, "Familien", "Families"),
    term!("target:refugees", TargetGroup, "Geflüchtete", "Refugees"),
    term!(
        "target:eu-citizens",
        TargetGroup,
        "Unionsbürger:innen (EU)",
        "EU citizens"
    ),
    term!(
        "target:seniors",
        TargetGroup,
        "Ältere Menschen",
        "Older people"
    ),
    term!("target:lgbtiq", TargetGroup, "LSBTIQ*", "LGBTIQ*"),
];

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
    json!({
        "id": t.id(),
        "code": t.code,
        "name": t.label("de"),
        "description": format!("{}: {}", t.facet.label_de(), t.label("de")),
        "taxonomy": TAXONOMY_NAME,
        "taxonomy_id": TAXONOMY_ID,
        "language": "de",
        "taxonomy_detail": taxonomy_json(),
    })
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
        assert_eq!(terms_of(Facet::ServiceKind).count(), 15);
        assert_eq!(terms_of(Facet::Need).count(), 19);
        assert_eq!(terms_of(Facet::TargetGroup).count(), 9);
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

    #[test]
    fn labels_fall_back_to_german() {
        let t = term("kind:debt").unwrap();
        assert_eq!(t.label("en"), "Debt and insolvency counselling");
        assert_eq!(t.label("ar"), "Schuldner- und Insolvenzberatung");
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
