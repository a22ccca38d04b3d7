//! Deterministic synthetic HSDS 3.0 data for load tests.
//!
//! Yields nested service objects (elements of the compiled `service_package.json`), spread
//! over real German postal codes. Same `(services, seed)` gives byte-identical output, and
//! a smaller run is a prefix of a bigger one with the same seed. Organizations and
//! locations shared by several services are serialized identically each time. All contact
//! data is fictional: phone numbers "0000 NNNNNN", mail and web under example.org.

use std::collections::{HashMap, VecDeque};
use std::sync::OnceLock;

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Value, json};
use uuid::Uuid;

use beratungsnetz_core::geo::{self, Place};
use beratungsnetz_core::taxonomy::{self, Facet, Term};

/// Namespace of generated ids (uuid v5 of "beratungsnetz-generate" in the URL namespace).
fn id_namespace(seed: u64) -> Uuid {
    let root = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"beratungsnetz-generate");
    Uuid::new_v5(&root, &seed.to_be_bytes())
}

/// Places to draw from: one per regular PLZ, and places per district.
struct Pool {
    places: &'static [Place],
    plz: Vec<usize>,
    by_district: HashMap<&'static str, Vec<usize>>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let places = geo::gazetteer().places();
        let mut seen = std::collections::HashSet::new();
        let mut plz = Vec::new();
        let mut by_district: HashMap<&'static str, Vec<usize>> = HashMap::new();
        for (i, p) in places.iter().enumerate() {
            if p.institution || geo::state_name(&p.state_code).is_none() {
                continue;
            }
            if seen.insert(p.plz.as_str()) {
                plz.push(i);
            }
            by_district.entry(&p.district_code).or_default().push(i);
        }
        Pool {
            places,
            plz,
            by_district,
        }
    })
}

const LANGUAGES: &[(&str, &str)] = &[
    ("en", "Englisch"),
    ("ar", "Arabisch"),
    ("fa", "Persisch (Farsi)"),
    ("uk", "Ukrainisch"),
    ("ru", "Russisch"),
    ("tr", "Türkisch"),
    ("fr", "Französisch"),
    ("ku", "Kurdisch"),
    ("ti", "Tigrinya"),
    ("ps", "Paschtu"),
    ("prs", "Dari"),
    ("vi", "Vietnamesisch"),
    ("pl", "Polnisch"),
    ("ro", "Rumänisch"),
    ("bg", "Bulgarisch"),
    ("so", "Somali"),
    ("sq", "Albanisch"),
];

const ORG_PREFIXES: &[&str] = &[
    "Beratungszentrum",
    "Sozialwerk",
    "Verein für soziale Beratung",
    "Integrationshilfe",
    "Netzwerk Vielfalt",
    "Bürgerhilfe",
    "Familienzentrum",
    "Diakonisches Beispielwerk",
];

const ORG_SUFFIXES: &[&str] = &["e.V.", "gGmbH", "e.V.", ""];

/// (days, opens, closes, description)
const OPENING: &[(&str, &str, &str, &str)] = &[
    ("MO,WE", "09:00", "12:00", "Offene Sprechstunde"),
    (
        "TU,TH",
        "13:00",
        "17:00",
        "Beratung nach Terminvereinbarung",
    ),
    (
        "MO,TU,WE,TH,FR",
        "09:00",
        "15:00",
        "Telefonische Erreichbarkeit",
    ),
    ("FR", "09:00", "12:00", "Offene Sprechstunde"),
    ("WE", "14:00", "18:00", "Beratung nach Terminvereinbarung"),
    ("TH", "16:00", "19:00", "Abendsprechstunde"),
];

const ACCESSIBILITY: &[&str] = &[
    "Barrierefreier Zugang über eine Rampe, Aufzug vorhanden.",
    "Erdgeschoss, stufenloser Zugang, barrierefreies WC.",
    "Zugang über Treppe (3 Stufen), Klingel für Hilfe am Eingang.",
    "Induktionsschleife im Beratungsraum.",
];

/// Short name for service names, typical needs and typical target groups of a kind.
fn kind_profile(
    code: &str,
) -> (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
) {
    match code {
        "kind:mbe" => (
            "Migrationsberatung für Erwachsene",
            &[
                "need:residence",
                "need:everyday-life",
                "need:benefits",
                "need:work",
            ],
            &["target:adults", "target:refugees", "target:eu-citizens"],
        ),
        "kind:jmd" => (
            "Jugendmigrationsdienst",
            &[
                "need:education",
                "need:language",
                "need:residence",
                "need:work",
            ],
            &["target:youth"],
        ),
        "kind:state-migration" => (
            "Flüchtlings- und Migrationsberatung",
            &["need:asylum", "need:residence", "need:everyday-life"],
            &["target:refugees", "target:adults"],
        ),
        "kind:psz" => (
            "Psychosoziales Zentrum",
            &["need:trauma", "need:mental-health"],
            &["target:refugees", "target:adults", "target:children"],
        ),
        "kind:debt" => (
            "Schuldnerberatung",
            &["need:debts", "need:benefits"],
            &["target:adults", "target:families"],
        ),
        "kind:addiction" => (
            "Suchtberatung",
            &["need:addiction", "need:health", "need:mental-health"],
            &["target:adults", "target:youth"],
        ),
        "kind:pregnancy" => (
            "Schwangerschaftsberatung",
            &["need:pregnancy", "need:family", "need:benefits"],
            &["target:women", "target:families"],
        ),
        "kind:family" => (
            "Familienberatung",
            &["need:parenting", "need:family"],
            &["target:families", "target:children"],
        ),
        "kind:violence" => (
            "Opferberatung",
            &["need:violence", "need:housing", "need:trauma"],
            &["target:women", "target:lgbtiq", "target:adults"],
        ),
        "kind:homelessness" => (
            "Wohnungslosenhilfe",
            &["need:housing", "need:benefits"],
            &["target:adults"],
        ),
        "kind:disability" => (
            "EUTB-Beratung",
            &["need:disability", "need:health"],
            &["target:adults", "target:seniors", "target:children"],
        ),
        "kind:health" => (
            "Gesundheitsberatung",
            &["need:health", "need:mental-health"],
            &["target:adults", "target:seniors"],
        ),
        "kind:legal-residence" => (
            "Asyl- und Aufenthaltsberatung",
            &["need:residence", "need:asylum"],
            &["target:refugees"],
        ),
        "kind:labour" => (
            "Anerkennungsberatung",
            &["need:recognition", "need:work", "need:education"],
            &["target:adults", "target:eu-citizens"],
        ),
        "kind:language-course" => (
            "Integrationskurs",
            &["need:language", "need:education"],
            &["target:adults", "target:refugees"],
        ),
        _ => ("Beratung", &["need:everyday-life"], &["target:adults"]),
    }
}

/// One organization's shared parts, kept only while its services are produced.
struct Org {
    id: String,
    slug: String,
    shallow: Value,
    /// (location id, serialized location, place)
    locations: Vec<(String, Value, &'static Place)>,
}

pub struct Generator {
    rng: ChaCha8Rng,
    ns: Uuid,
    counter: u64,
    orgs: u64,
    remaining: usize,
    pending: VecDeque<Value>,
    kinds: Vec<&'static Term>,
    needs: Vec<&'static Term>,
    targets: Vec<&'static Term>,
}

/// A stream of `services` nested HSDS services for `seed`.
pub fn generate(services: usize, seed: u64) -> Generator {
    Generator {
        rng: ChaCha8Rng::seed_from_u64(seed),
        ns: id_namespace(seed),
        counter: 0,
        orgs: 0,
        remaining: services,
        pending: VecDeque::new(),
        kinds: taxonomy::terms_of(Facet::ServiceKind).collect(),
        needs: taxonomy::terms_of(Facet::Need).collect(),
        targets: taxonomy::terms_of(Facet::TargetGroup).collect(),
    }
}

/// All services as one JSON array (a `service_package`); for small counts.
pub fn generate_array(services: usize, seed: u64) -> Value {
    Value::Array(generate(services, seed).collect())
}

impl Iterator for Generator {
    type Item = Value;

    fn next(&mut self) -> Option<Value> {
        if self.remaining == 0 {
            return None;
        }
        if self.pending.is_empty() {
            self.organization();
        }
        let s = self.pending.pop_front()?;
        self.remaining -= 1;
        Some(s)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for Generator {}

fn pick<T: Copy>(rng: &mut ChaCha8Rng, items: &[T]) -> Option<T> {
    items.choose(rng).copied()
}

fn round5(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

/// ASCII slug for host names and mail local parts.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in geo::fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.truncate(40);
    out.trim_end_matches('-').to_owned()
}

impl Generator {
    fn next_id(&mut self) -> String {
        self.counter += 1;
        Uuid::new_v5(&self.ns, &self.counter.to_be_bytes()).to_string()
    }

    fn phone_number(&mut self) -> String {
        format!("0000 {:06}", self.rng.random_range(0..1_000_000))
    }

    /// Builds one organization with its locations and all its services (also those
    /// beyond `remaining`, so that output for a smaller count is a prefix).
    fn organization(&mut self) {
        let pool = pool();
        let Some(home_idx) = pick(&mut self.rng, &pool.plz) else {
            return;
        };
        let home = &pool.places[home_idx];
        self.orgs += 1;
        let id = self.next_id();
        let prefix = pick(&mut self.rng, ORG_PREFIXES).unwrap_or("Beratungszentrum");
        let suffix = pick(&mut self.rng, ORG_SUFFIXES).unwrap_or("");
        let name = if suffix.is_empty() {
            format!("{prefix} {}", home.name)
        } else {
            format!("{prefix} {} {suffix}", home.name)
        };
        let slug = format!("{}-{}", slug(&format!("{prefix} {}", home.name)), self.orgs);
        let shallow = json!({
            "id": id,
            "name": name,
            "description": format!(
                "{name} ist ein gemeinnütziger Träger sozialer Beratung in {} ({}).",
                home.name, home.district
            ),
            "email": format!("{slug}@example.org"),
            "website": format!("https://{slug}.example.org"),
        });
        let mut org = Org {
            id,
            slug,
            shallow,
            locations: Vec::new(),
        };

        let n_locations = self.rng.random_range(1..=3);
        for i in 0..n_locations {
            let place = if i == 0 {
                home
            } else {
                let near = pool.by_district.get(home.district_code.as_str());
                let idx = near
                    .and_then(|v| pick(&mut self.rng, v))
                    .unwrap_or(home_idx);
                &pool.places[idx]
            };
            let location = self.location(&org.id, place);
            org.locations.push(location);
        }

        let n_services = self.rng.random_range(1..=6);
        for k in 0..n_services {
            let service = self.service(&org, k + 1);
            self.pending.push_back(service);
        }
    }

    fn location(&mut self, org_id: &str, place: &'static Place) -> (String, Value, &'static Place) {
        let id = self.next_id();
        let lat = round5(place.lat + self.rng.random_range(-0.01..0.01));
        let lon = round5(place.lon + self.rng.random_range(-0.015..0.015));
        let street = format!("Musterstraße {}", self.rng.random_range(1..=120));
        let address_id = self.next_id();
        let mut loc = json!({
            "id": id,
            "location_type": "physical",
            "organization_id": org_id,
            "name": format!("Beratungsstelle {} ({street})", place.name),
            "latitude": lat,
            "longitude": lon,
            "addresses": [{
                "id": address_id,
                "location_id": id,
                "address_1": street,
                "city": place.name,
                "postal_code": place.plz,
                "state_province": geo::state_name(&place.state_code).unwrap_or_default(),
                "country": "DE",
                "address_type": "physical",
            }],
        });
        if self.rng.random_bool(0.5) {
            let text = pick(&mut self.rng, ACCESSIBILITY).unwrap_or_default();
            loc["accessibility"] = json!([{
                "id": self.next_id(),
                "location_id": id,
                "description": text,
            }]);
        }
        if self.rng.random_bool(0.5) {
            loc["phones"] = json!([{
                "id": self.next_id(),
                "location_id": id,
                "number": self.phone_number(),
                "type": "voice",
            }]);
        }
        (id, loc, place)
    }

    fn service(&mut self, org: &Org, k: usize) -> Value {
        let id = self.next_id();
        let Some(kind) = pick(&mut self.rng, &self.kinds) else {
            return json!({ "id": id, "name": "Beratung", "status": "active" });
        };
        let (short, typical_needs, typical_targets) = kind_profile(kind.code);

        // 1–2 distinct locations of the organization.
        let n_loc = self.rng.random_range(1..=2).min(org.locations.len());
        let first = self.rng.random_range(0..org.locations.len());
        let chosen: Vec<usize> = (0..n_loc)
            .map(|i| (first + i) % org.locations.len())
            .collect();
        let town = org.locations[first].2;

        let n_needs = self.rng.random_range(1..=4);
        let needs = distinct_terms(&mut self.rng, typical_needs, &self.needs, n_needs);
        let n_targets = self.rng.random_range(1..=2);
        let targets = distinct_terms(&mut self.rng, typical_targets, &self.targets, n_targets);

        let need_labels: Vec<&str> = needs
            .iter()
            .filter_map(|c| taxonomy::term(c))
            .map(|t| t.label("de"))
            .collect();
        let target_labels: Vec<&str> = targets
            .iter()
            .filter_map(|c| taxonomy::term(c))
            .map(|t| t.label("de"))
            .collect();
        let name = format!("{short} {}", town.name);
        let description = format!(
            "{} in {} und Umgebung. Wir beraten zu: {}. Für: {}. Die Beratung ist vertraulich.",
            kind.label("de"),
            town.name,
            need_labels.join(", "),
            target_labels.join(", ")
        );

        let month = self.rng.random_range(1..=12);
        let day = self.rng.random_range(1..=28);
        let hour = self.rng.random_range(7..=18);
        let mut s = json!({
            "id": id,
            "organization_id": org.id,
            "name": name,
            "description": description,
            "url": format!("https://{}.example.org/angebote/{k}", org.slug),
            "email": format!("{}-{k}@example.org", org.slug),
            "status": "active",
            "last_modified": format!("2025-{month:02}-{day:02}T{hour:02}:00:00Z"),
        });
        if kind.code == "kind:jmd" {
            s["minimum_age"] = json!(12);
            s["maximum_age"] = json!(27);
        }
        s["organization"] = org.shallow.clone();
        s["phones"] = json!([{
            "id": self.next_id(),
            "service_id": id,
            "number": self.phone_number(),
            "type": "voice",
        }]);

        let mut schedules = Vec::new();
        let n_sched = self.rng.random_range(1..=2);
        let first_slot = self.rng.random_range(0..OPENING.len());
        for i in 0..n_sched {
            let (days, opens, closes, text) = OPENING[(first_slot + i * 2) % OPENING.len()];
            schedules.push(json!({
                "id": self.next_id(),
                "service_id": id,
                "freq": "WEEKLY",
                "interval": 1,
                "wkst": "MO",
                "byday": days,
                "opens_at": opens,
                "closes_at": closes,
                "description": text,
            }));
        }
        s["schedules"] = Value::Array(schedules);

        if self.rng.random_bool(0.3) {
            s["service_areas"] = json!([{
                "id": self.next_id(),
                "service_id": id,
                "name": town.district,
                "description": format!("Einzugsgebiet: {}", town.district),
            }]);
        }

        s["service_at_locations"] = Value::Array(
            chosen
                .iter()
                .map(|&i| {
                    let (loc_id, loc, _) = &org.locations[i];
                    json!({
                        "id": self.next_id(),
                        "service_id": id,
                        "location_id": loc_id,
                        "location": loc.clone(),
                    })
                })
                .collect(),
        );

        let n_lang = self.rng.random_range(0..=3);
        let mut languages = vec![json!({
            "id": self.next_id(),
            "service_id": id,
            "name": "Deutsch",
            "code": "de",
        })];
        let first_lang = self.rng.random_range(0..LANGUAGES.len());
        let step = self.rng.random_range(1..=4);
        for i in 0..n_lang {
            let (code, lname) = LANGUAGES[(first_lang + i * step) % LANGUAGES.len()];
            languages.push(json!({
                "id": self.next_id(),
                "service_id": id,
                "name": lname,
                "code": code,
            }));
        }
        s["languages"] = Value::Array(languages);

        if self.rng.random_bool(0.3) {
            let option = if self.rng.random_bool(0.8) {
                json!({ "id": self.next_id(), "service_id": id, "option": "Kostenlos", "currency": "EUR", "amount": 0 })
            } else {
                json!({
                    "id": self.next_id(),
                    "service_id": id,
                    "option": "Eigenanteil",
                    "currency": "EUR",
                    "amount": 10,
                    "amount_description": "Eigenanteil je Kurseinheit, Ermäßigung auf Anfrage",
                })
            };
            s["cost_options"] = json!([option]);
        }

        let attributes: Vec<Value> = std::iter::once(kind.code)
            .chain(needs)
            .chain(targets)
            .filter_map(|code| taxonomy::attribute_json("service", &id, code))
            .collect();
        s["attributes"] = Value::Array(attributes);
        s
    }
}

/// `n` distinct term codes: the first from `first` (typical for the kind), then mixed.
fn distinct_terms(
    rng: &mut ChaCha8Rng,
    first: &[&str],
    all: &[&'static Term],
    n: usize,
) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = Vec::with_capacity(n);
    if let Some(code) = pick(rng, first).and_then(taxonomy::term) {
        codes.push(code.code);
    }
    // Bounded: the vocabulary is far bigger than n.
    for _ in 0..n * 8 {
        if codes.len() >= n {
            break;
        }
        let candidate = if rng.random_bool(0.5) {
            pick(rng, first).and_then(taxonomy::term)
        } else {
            pick(rng, all)
        };
        if let Some(t) = candidate
            && !codes.contains(&t.code)
        {
            codes.push(t.code);
        }
    }
    codes
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// id → serialized content of every object with an id, asserting duplicates agree.
    fn assert_consistent(v: &Value, seen: &mut HashMap<String, String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(id)) = map.get("id") {
                    let text = v.to_string();
                    if let Some(prev) = seen.get(id) {
                        assert_eq!(prev, &text, "conflicting duplicates of {id}");
                    } else {
                        seen.insert(id.clone(), text);
                    }
                }
                map.values().for_each(|x| assert_consistent(x, seen));
            }
            Value::Array(items) => items.iter().for_each(|x| assert_consistent(x, seen)),
            _ => {}
        }
    }

    #[test]
    fn deterministic_and_prefix_stable() {
        let a = generate_array(300, 42).to_string();
        let b = generate_array(300, 42).to_string();
        assert_eq!(a, b);
        let c = generate_array(300, 43).to_string();
        assert_ne!(a, c);
        let small: Vec<Value> = generate(17, 42).collect();
        let big: Vec<Value> = generate(300, 42).take(17).collect();
        assert_eq!(small, big);
    }

    #[test]
    fn yields_n_complete_services() {
        for n in [0, 1, 7, 250] {
            let services: Vec<Value> = generate(n, 7).collect();
            assert_eq!(services.len(), n);
            assert_eq!(generate(n, 7).len(), n);
            for s in &services {
                for key in ["id", "name", "status", "organization_id"] {
                    assert!(s[key].is_string(), "{key} in {s}");
                }
                assert_eq!(s["organization"]["id"], s["organization_id"]);
                let sals = s["service_at_locations"].as_array().unwrap();
                assert!(!sals.is_empty() && sals.len() <= 2);
                for sal in sals {
                    let loc = &sal["location"];
                    assert!(loc["latitude"].is_f64() && loc["longitude"].is_f64());
                    assert_eq!(loc["organization_id"], s["organization_id"]);
                    assert_eq!(loc["addresses"][0]["country"], "DE");
                    assert_eq!(sal["location_id"], loc["id"]);
                }
                let attrs = s["attributes"].as_array().unwrap();
                let kinds = attrs.iter().filter(|a| a["link_type"] == "service_kind");
                assert_eq!(kinds.count(), 1);
                let needs = attrs.iter().filter(|a| a["link_type"] == "need").count();
                assert!((1..=4).contains(&needs));
                let targets = attrs.iter().filter(|a| a["link_type"] == "target_group");
                assert!((1..=2).contains(&targets.count()));
                let langs = s["languages"].as_array().unwrap();
                assert!((1..=4).contains(&langs.len()));
                assert!(s["email"].as_str().unwrap().ends_with("@example.org"));
                assert!(
                    s["phones"][0]["number"]
                        .as_str()
                        .unwrap()
                        .starts_with("0000 ")
                );
                // Shallow organization: no nested arrays.
                let org = s["organization"].as_object().unwrap();
                assert!(org.values().all(|v| !v.is_array() && !v.is_object()));
            }
        }
    }

    #[test]
    fn shared_objects_identical() {
        let services = generate_array(2000, 3);
        let mut seen = HashMap::new();
        assert_consistent(&services, &mut seen);
        // Sharing actually happens: some organizations have several services.
        let arr = services.as_array().unwrap();
        let mut per_org: HashMap<&str, usize> = HashMap::new();
        for s in arr {
            *per_org
                .entry(s["organization_id"].as_str().unwrap())
                .or_default() += 1;
        }
        assert!(per_org.values().any(|&n| n > 1));
        assert!(per_org.len() > 100);
    }

    #[test]
    fn valid_against_the_hsds_schema() {
        // The importer validates against the official compiled HSDS schemas.
        let text = generate_array(200, 11).to_string();
        let ds = beratungsnetz_core::hsds::read_json("generated.json", &text, None);
        assert!(ds.is_ok(), "{:?}", ds.err());
        // It does reject a broken service.
        let mut broken = generate_array(1, 11);
        broken[0]["status"] = json!("bogus");
        let text = broken.to_string();
        assert!(beratungsnetz_core::hsds::read_json("broken.json", &text, None).is_err());
    }

    /// `cargo test --release -p beratungsnetz-core generate -- --ignored --nocapture`
    #[test]
    #[ignore = "timing; run in release"]
    fn hundred_thousand_services() {
        let start = std::time::Instant::now();
        assert_eq!(generate(100_000, 1).count(), 100_000);
        println!("100k services generated in {:?}", start.elapsed());
        let start = std::time::Instant::now();
        let bytes: usize = generate(100_000, 1).map(|s| s.to_string().len()).sum();
        println!(
            "100k services, {bytes} bytes of JSON in {:?}",
            start.elapsed()
        );
    }
}
