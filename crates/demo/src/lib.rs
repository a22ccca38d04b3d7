//! Sample data (Beispieldaten) for Sachsen-Anhalt: HSDS 3.0 nested service objects.
//!
//! [`demo_services`] returns about two hundred invented counselling services of about one
//! hundred invented organizations in all 14 districts of Sachsen-Anhalt, in the shape of the
//! compiled HSDS schema `service_package.json`. Every organization name ends with
//! " (Beispiel)", every description starts with "Beispieldaten: ", phone numbers are in the
//! fictional "0000" range and all e-mail addresses and websites use `example.org`.
//! Towns, postal codes and coordinates are real ("Postal code data: GeoNames, CC BY 4.0"),
//! street addresses are not.
//!
//! [`generate`] makes larger synthetic data sets for load tests and benchmarks. Both live
//! apart from the domain crate: neither is a rule of the product.
//!
//! Ids are UUID v5 of stable keys ("org:awo-halle", "svc:awo-halle:mbe",
//! "loc:awo-halle:1", child records "<parent key>/<kind>/<index>") in [`DEMO_NAMESPACE`], so
//! the data is the same on every run. An organization or location that appears in several
//! services is serialized identically each time.

mod data;
mod fachtag;
pub mod generate;
mod sheets;

pub use fachtag::{fachtage, workshop_results_2020};
pub use sheets::interface_sheets;

use serde_json::{Map, Value, json};
use uuid::Uuid;

use data::{
    ACCESS, DISTRICTS, Hours, LANGUAGES, Org, Remote, Site, TEMPLATES, TOWNS, Template, Town,
};

/// Namespace of the UUID v5 ids of the sample data.
pub const DEMO_NAMESPACE: Uuid = Uuid::from_u128(0x5b0e_7f3a_1c44_4d2e_9a86_3e1d_b7c2_0a15);

/// Prefix of every description in the sample data.
pub const SAMPLE_PREFIX: &str = "Beispieldaten: ";

/// Suffix of every organization name in the sample data.
pub const SAMPLE_SUFFIX: &str = " (Beispiel)";

/// Date of the last change recorded in the sample data.
const LAST_MODIFIED: &str = "2025-01-15T09:00:00Z";

/// The id (UUID v5 in [`DEMO_NAMESPACE`]) of a sample record with the given stable key.
pub fn demo_id(key: &str) -> String {
    Uuid::new_v5(&DEMO_NAMESPACE, key.as_bytes()).to_string()
}

/// All sample services as HSDS 3.0 nested service objects (`service_package.json`).
pub fn demo_services() -> Vec<Value> {
    let mut services = Vec::new();
    for org in data::ORGS {
        let organization = organization_json(org);
        let locations: Vec<Option<Location>> = org
            .sites
            .iter()
            .enumerate()
            .map(|(i, site)| location(org, i, site))
            .collect();
        for (template_key, sites) in org.offers {
            let Some(template) = TEMPLATES.iter().find(|t| t.key == *template_key) else {
                continue;
            };
            let at: Vec<&Location> = sites
                .iter()
                .filter_map(|&i| locations.get(i).and_then(Option::as_ref))
                .collect();
            services.push(service_json(org, &organization, template, &at));
        }
    }
    services
}

/// A location of an organization, built once and shared by its services.
struct Location {
    key: String,
    id: String,
    name: &'static str,
    town: &'static Town,
    json: Value,
}

/// 64-bit FNV-1a: a stable hash to vary numbers and streets deterministically.
pub fn hash(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A fictional phone number: "0000 " and six digits.
fn phone_number(key: &str) -> String {
    format!("0000 {:06}", 100_000 + hash(key) % 900_000)
}

fn round5(x: f64) -> f64 {
    (x * 100_000.0).round() / 100_000.0
}

fn town(key: &str) -> Option<&'static Town> {
    TOWNS.iter().find(|t| t.key == key)
}

fn district_name(town: &Town) -> &'static str {
    DISTRICTS
        .get(town.district)
        .copied()
        .unwrap_or("Sachsen-Anhalt")
}

/// The German name of a language of the sample data (ISO 639 code); "" if unknown.
pub fn language_name(code: &str) -> &'static str {
    LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, name)| name)
}

fn website(org: &Org) -> String {
    format!("https://{}.example.org", org.key)
}

fn organization_json(org: &Org) -> Value {
    let about = if org.about.is_empty() {
        org.family.about()
    } else {
        org.about
    };
    json!({
        "id": demo_id(&format!("org:{}", org.key)),
        "name": format!("{}{SAMPLE_SUFFIX}", org.name),
        "description": format!("{SAMPLE_PREFIX}{about}"),
        "email": format!("{}@example.org", org.key),
        "website": website(org),
    })
}

const STREETS: &[&str] = &[
    "Beispielstraße",
    "Musterstraße",
    "Beispielweg",
    "Musterallee",
    "Am Beispielplatz",
    "Musterring",
    "Beispielgasse",
    "Mustergasse",
    "Am Musterpark",
    "Beispielufer",
];

fn location(org: &Org, index: usize, site: &Site) -> Option<Location> {
    let town = town(site.town)?;
    let key = format!("loc:{}:{}", org.key, index + 1);
    let id = demo_id(&key);
    let h = hash(&key);
    let (latitude, longitude) = if site.anonymous {
        // Protected address: only the approximate position of the town.
        (
            (town.latitude * 100.0).round() / 100.0,
            (town.longitude * 100.0).round() / 100.0,
        )
    } else {
        // Spread offices over the town so that no two share a point.
        let dlat = ((h % 1001) as f64 - 500.0) * 0.000_008;
        let dlon = (((h >> 16) % 1001) as f64 - 500.0) * 0.000_012;
        (round5(town.latitude + dlat), round5(town.longitude + dlon))
    };
    let mut loc = Map::new();
    loc.insert("id".into(), json!(id));
    loc.insert("location_type".into(), json!("physical"));
    loc.insert(
        "organization_id".into(),
        json!(demo_id(&format!("org:{}", org.key))),
    );
    loc.insert("name".into(), json!(site.label));
    if site.anonymous {
        loc.insert(
            "description".into(),
            json!(
                "Die Adresse wird zum Schutz der Bewohnerinnen nicht veröffentlicht. Die \
                 Aufnahme erfolgt nach telefonischer Absprache."
            ),
        );
    } else {
        let transportation = if town.urban {
            "Straßenbahn- und Bushaltestelle in etwa fünf Minuten Fußweg."
        } else {
            "Bushaltestelle in der Nähe; vom Bahnhof etwa zehn Minuten Fußweg."
        };
        loc.insert("transportation".into(), json!(transportation));
    }
    loc.insert("latitude".into(), json!(latitude));
    loc.insert("longitude".into(), json!(longitude));
    let addresses: Vec<Value> = if site.anonymous {
        Vec::new()
    } else {
        let street = STREETS
            .get((h >> 32) as usize % STREETS.len())
            .copied()
            .unwrap_or("Beispielstraße");
        let number = 1 + (h >> 40) % 60;
        vec![json!({
            "id": demo_id(&format!("{key}/address/0")),
            "location_id": id,
            "address_1": format!("{street} {number}"),
            "city": town.city,
            "region": district_name(town),
            "state_province": "Sachsen-Anhalt",
            "postal_code": town.postal_code,
            "country": "DE",
            "address_type": "physical",
        })]
    };
    loc.insert("addresses".into(), Value::Array(addresses));
    let phone_description = if site.anonymous {
        "Aufnahme rund um die Uhr"
    } else {
        "Empfang"
    };
    loc.insert(
        "phones".into(),
        json!([{
            "id": demo_id(&format!("{key}/phone/0")),
            "location_id": id,
            "number": phone_number(&format!("{key}/phone/0")),
            "type": "voice",
            "description": phone_description,
        }]),
    );
    let accessibility: Vec<Value> = ACCESS
        .get(site.access)
        .copied()
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, (description, details))| {
            json!({
                "id": demo_id(&format!("{key}/accessibility/{i}")),
                "location_id": id,
                "description": description,
                "details": details,
            })
        })
        .collect();
    loc.insert("accessibility".into(), Value::Array(accessibility));
    let schedules: Vec<Value> = if site.anonymous {
        Vec::new()
    } else {
        OFFICE_HOURS
            .iter()
            .enumerate()
            .map(|(i, &(day, opens, closes))| {
                json!({
                    "id": demo_id(&format!("{key}/schedule/{i}")),
                    "location_id": id,
                    "freq": "WEEKLY",
                    "byday": day,
                    "opens_at": opens,
                    "closes_at": closes,
                    "description": "Öffnungszeiten des Hauses",
                    "attending_type": "in_person",
                })
            })
            .collect()
    };
    loc.insert("schedules".into(), Value::Array(schedules));
    Some(Location {
        key,
        id,
        name: site.label,
        town,
        json: Value::Object(loc),
    })
}

const OFFICE_HOURS: &[(&str, &str, &str)] = &[
    ("MO", "08:00", "16:00"),
    ("TU", "08:00", "18:00"),
    ("WE", "08:00", "16:00"),
    ("TH", "08:00", "16:00"),
    ("FR", "08:00", "13:00"),
];

/// One weekly time slot: day, opens, closes, attending type, description.
type Slot = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const COUNSELLING: &[&[Slot]] = &[
    &[
        ("MO", "09:00", "12:00", "in_person", "Offene Sprechstunde"),
        (
            "TU",
            "13:00",
            "17:00",
            "in_person",
            "Termine nach Vereinbarung",
        ),
        (
            "TH",
            "09:00",
            "12:00",
            "in_person",
            "Termine nach Vereinbarung",
        ),
    ],
    &[
        ("TU", "09:00", "12:00", "in_person", "Offene Sprechstunde"),
        (
            "WE",
            "13:00",
            "16:00",
            "in_person",
            "Termine nach Vereinbarung",
        ),
        (
            "TH",
            "13:00",
            "18:00",
            "in_person",
            "Termine nach Vereinbarung",
        ),
    ],
    &[
        (
            "MO",
            "08:00",
            "12:00",
            "in_person",
            "Termine nach Vereinbarung",
        ),
        ("WE", "08:00", "12:00", "in_person", "Offene Sprechstunde"),
        (
            "FR",
            "09:00",
            "12:00",
            "in_person",
            "Termine nach Vereinbarung",
        ),
    ],
    &[
        (
            "MO",
            "13:00",
            "16:00",
            "in_person",
            "Termine nach Vereinbarung",
        ),
        ("TU", "09:00", "12:00", "in_person", "Offene Sprechstunde"),
        (
            "TH",
            "09:00",
            "15:00",
            "in_person",
            "Termine nach Vereinbarung",
        ),
    ],
];

const OFFICE: &[Slot] = &[
    ("TU", "09:00", "12:00", "in_person", "Sprechzeit"),
    ("TU", "13:00", "18:00", "in_person", "Sprechzeit"),
    ("TH", "09:00", "12:00", "in_person", "Sprechzeit"),
    ("TH", "13:00", "15:00", "in_person", "Sprechzeit"),
    ("FR", "09:00", "12:00", "in_person", "Sprechzeit"),
];

const COURSE: &[Slot] = &[
    ("MO", "08:30", "11:45", "in_person", "Unterricht"),
    ("TU", "08:30", "11:45", "in_person", "Unterricht"),
    ("WE", "08:30", "11:45", "in_person", "Unterricht"),
    ("TH", "08:30", "11:45", "in_person", "Unterricht"),
    ("FR", "08:30", "11:45", "in_person", "Unterricht"),
];

const EVENING: &[Slot] = &[
    ("MO", "17:30", "20:45", "in_person", "Abendkurs"),
    ("WE", "17:30", "20:45", "in_person", "Abendkurs"),
    (
        "SA",
        "09:00",
        "13:00",
        "in_person",
        "Intensivkurs am Samstag",
    ),
];

const DROP_IN: &[Slot] = &[
    ("MO", "08:00", "14:00", "in_person", "Tagestreff"),
    ("TU", "08:00", "14:00", "in_person", "Tagestreff"),
    ("WE", "08:00", "14:00", "in_person", "Tagestreff"),
    ("TH", "08:00", "14:00", "in_person", "Tagestreff"),
    ("FR", "08:00", "14:00", "in_person", "Tagestreff"),
    ("SA", "09:00", "12:00", "in_person", "Frühstück"),
];

const AROUND_THE_CLOCK: &[Slot] = &[
    (
        "MO",
        "00:00",
        "23:59",
        "phone",
        "Telefonische Aufnahme rund um die Uhr",
    ),
    (
        "TU",
        "00:00",
        "23:59",
        "phone",
        "Telefonische Aufnahme rund um die Uhr",
    ),
    (
        "WE",
        "00:00",
        "23:59",
        "phone",
        "Telefonische Aufnahme rund um die Uhr",
    ),
    (
        "TH",
        "00:00",
        "23:59",
        "phone",
        "Telefonische Aufnahme rund um die Uhr",
    ),
    (
        "FR",
        "00:00",
        "23:59",
        "phone",
        "Telefonische Aufnahme rund um die Uhr",
    ),
    (
        "SA",
        "00:00",
        "23:59",
        "phone",
        "Telefonische Aufnahme rund um die Uhr",
    ),
    (
        "SU",
        "00:00",
        "23:59",
        "phone",
        "Telefonische Aufnahme rund um die Uhr",
    ),
];

const PHONE_SLOT: Slot = ("WE", "10:00", "12:00", "phone", "Telefonberatung");
const ONLINE_SLOT: Slot = (
    "FR",
    "10:00",
    "12:00",
    "online",
    "Video- und Onlineberatung nach Terminvereinbarung",
);

/// The weekly slots of a service, each with the location it applies to when the service
/// is offered in several places.
fn slots(template: &Template, key: &str, at: &[&Location]) -> Vec<(Slot, Option<&'static str>)> {
    let h = hash(key) as usize;
    let several = at.len() > 1;
    let mut out = Vec::new();
    for (i, loc) in at.iter().enumerate() {
        let place = several.then_some(loc.name);
        let pattern: &[Slot] = match template.hours {
            Hours::Counselling => COUNSELLING
                .get((h + i) % COUNSELLING.len())
                .copied()
                .unwrap_or_default(),
            Hours::Office => OFFICE,
            Hours::Course => COURSE,
            Hours::Evening => EVENING,
            Hours::DropIn => DROP_IN,
            Hours::AroundTheClock => AROUND_THE_CLOCK,
        };
        // Branch offices have a shorter timetable (the first two slots).
        let take = if i == 0 { pattern.len() } else { 2 };
        out.extend(pattern.iter().take(take).map(|&slot| (slot, place)));
    }
    if matches!(template.remote, Remote::Phone | Remote::PhoneOnline) {
        out.push((PHONE_SLOT, None));
    }
    if matches!(template.remote, Remote::Online | Remote::PhoneOnline) {
        out.push((ONLINE_SLOT, None));
    }
    out
}

fn remote_sentence(remote: Remote) -> &'static str {
    match remote {
        Remote::None => "",
        Remote::Phone => " Beratung auch telefonisch möglich.",
        Remote::Online => " Beratung auch per Video oder Online-Chat möglich.",
        Remote::PhoneOnline => " Beratung auch telefonisch, per Video oder Online-Chat möglich.",
    }
}

fn service_json(org: &Org, organization: &Value, template: &Template, at: &[&Location]) -> Value {
    let key = format!("svc:{}:{}", org.key, template.key);
    let id = demo_id(&key);
    let org_id = demo_id(&format!("org:{}", org.key));
    let host = format!("{}.{}.example.org", template.key, org.key);
    let mut svc = Map::new();
    svc.insert("id".into(), json!(id));
    svc.insert("organization_id".into(), json!(org_id));
    svc.insert("name".into(), json!(template.name));
    if !template.alternate_name.is_empty() {
        svc.insert("alternate_name".into(), json!(template.alternate_name));
    }
    svc.insert(
        "description".into(),
        json!(format!(
            "{SAMPLE_PREFIX}{}{}",
            template.description,
            remote_sentence(template.remote)
        )),
    );
    svc.insert("url".into(), json!(format!("https://{host}")));
    svc.insert(
        "email".into(),
        json!(format!("{}.{}@example.org", org.key, template.key)),
    );
    svc.insert("status".into(), json!("active"));
    if !template.interpretation.is_empty() {
        svc.insert(
            "interpretation_services".into(),
            json!(template.interpretation),
        );
    }
    svc.insert("application_process".into(), json!(template.application));
    svc.insert("fees_description".into(), json!(template.fees));
    if !template.wait_time.is_empty() {
        svc.insert("wait_time".into(), json!(template.wait_time));
    }
    svc.insert(
        "eligibility_description".into(),
        json!(template.eligibility),
    );
    if let Some(age) = template.minimum_age {
        svc.insert("minimum_age".into(), json!(age));
    }
    if let Some(age) = template.maximum_age {
        svc.insert("maximum_age".into(), json!(age));
    }
    svc.insert("last_modified".into(), json!(LAST_MODIFIED));

    let mut phones = vec![json!({
        "id": demo_id(&format!("{key}/phone/0")),
        "service_id": id,
        "number": phone_number(&format!("{key}/phone/0")),
        "type": "voice",
        "description": if template.hours == Hours::AroundTheClock {
            "Aufnahme und Beratung rund um die Uhr"
        } else {
            "Terminvereinbarung"
        },
    })];
    if template.remote != Remote::None {
        phones.push(json!({
            "id": demo_id(&format!("{key}/phone/1")),
            "service_id": id,
            "number": phone_number(&format!("{key}/phone/1")),
            "type": "text",
            "description": "SMS und Messenger",
        }));
    }
    svc.insert("phones".into(), Value::Array(phones));

    let schedules: Vec<Value> = slots(template, &key, at)
        .into_iter()
        .enumerate()
        .map(
            |(i, ((day, opens, closes, attending, description), place))| {
                let description = match place {
                    Some(place) => format!("{description} ({place})"),
                    None => description.to_owned(),
                };
                json!({
                    "id": demo_id(&format!("{key}/schedule/{i}")),
                    "service_id": id,
                    "freq": "WEEKLY",
                    "byday": day,
                    "opens_at": opens,
                    "closes_at": closes,
                    "description": description,
                    "attending_type": attending,
                })
            },
        )
        .collect();
    svc.insert("schedules".into(), Value::Array(schedules));

    let areas: Vec<(&str, String)> = if template.statewide {
        vec![(
            "Sachsen-Anhalt",
            "Landesweites Angebot für ganz Sachsen-Anhalt.".to_owned(),
        )]
    } else {
        let mut names: Vec<&'static str> = Vec::new();
        for loc in at {
            let name = district_name(loc.town);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
            .into_iter()
            .map(|name| {
                (
                    name,
                    format!("Angebot für Einwohnerinnen und Einwohner: {name}."),
                )
            })
            .collect()
    };
    let service_areas: Vec<Value> = areas
        .into_iter()
        .enumerate()
        .map(|(i, (name, description))| {
            json!({
                "id": demo_id(&format!("{key}/service_area/{i}")),
                "service_id": id,
                "name": name,
                "description": description,
            })
        })
        .collect();
    svc.insert("service_areas".into(), Value::Array(service_areas));

    let service_at_locations: Vec<Value> = at
        .iter()
        .map(|loc| {
            let sal_key = format!("sal:{}:{}", template.key, loc.key);
            json!({
                "id": demo_id(&sal_key),
                "service_id": id,
                "location_id": loc.id,
                "location": loc.json,
            })
        })
        .collect();
    svc.insert(
        "service_at_locations".into(),
        Value::Array(service_at_locations),
    );

    let mut codes: Vec<&str> = template.languages.to_vec();
    if template.kind != "kind:language-course" {
        for code in org.languages {
            if !codes.contains(code) {
                codes.push(code);
            }
        }
    }
    let languages: Vec<Value> = codes
        .iter()
        .enumerate()
        .map(|(i, &code)| {
            let mut lang = Map::new();
            lang.insert("id".into(), json!(demo_id(&format!("{key}/language/{i}"))));
            lang.insert("service_id".into(), json!(id));
            lang.insert("name".into(), json!(language_name(code)));
            lang.insert("code".into(), json!(code));
            let note = if code == "de" {
                ""
            } else if template.languages.contains(&code) {
                template.language_note
            } else {
                "durch mehrsprachige Mitarbeitende"
            };
            if !note.is_empty() {
                lang.insert("note".into(), json!(note));
            }
            Value::Object(lang)
        })
        .collect();
    svc.insert("languages".into(), Value::Array(languages));

    svc.insert("organization".into(), organization.clone());

    let cost_options: Vec<Value> = template
        .costs
        .iter()
        .enumerate()
        .map(|(i, cost)| {
            json!({
                "id": demo_id(&format!("{key}/cost_option/{i}")),
                "service_id": id,
                "option": cost.option,
                "currency": "EUR",
                "amount": cost.amount,
                "amount_description": cost.description,
            })
        })
        .collect();
    svc.insert("cost_options".into(), Value::Array(cost_options));

    let contact_name = if template.alternate_name.is_empty() {
        "Beratungsteam".to_owned()
    } else {
        format!("Beratungsteam {}", template.alternate_name)
    };
    svc.insert(
        "contacts".into(),
        json!([{
            "id": demo_id(&format!("{key}/contact/0")),
            "service_id": id,
            "name": contact_name,
            "department": template.name,
            "email": format!("{}.{}@example.org", org.key, template.key),
        }]),
    );

    // HSDS 3.1 capacity: the women's shelters say how many places are free, as they do
    // in the state's shelter list (sample figures: some full, some with a few free).
    if template.key == "shelter" {
        let available = hash(&format!("{key}/capacity")) % 4;
        svc.insert(
            "capacities".into(),
            json!([{
                "id": demo_id(&format!("{key}/capacity/0")),
                "service_id": id,
                "unit": {"id": demo_id("unit:places"), "name": "Plätze"},
                "available": available,
                "maximum": 8,
                "description": "Freie Plätze für Frauen und ihre Kinder",
                "updated": LAST_MODIFIED,
            }]),
        );
    }

    let attributes: Vec<Value> = std::iter::once(template.kind)
        .chain(template.needs.iter().copied())
        .chain(template.targets.iter().copied())
        .filter_map(|code| beratungsnetz_core::taxonomy::attribute_json("service", &id, code))
        .collect();
    svc.insert("attributes".into(), Value::Array(attributes));

    Value::Object(svc)
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashMap, HashSet};

    use super::*;

    const KINDS: &[&str] = &[
        "kind:mbe",
        "kind:jmd",
        "kind:state-migration",
        "kind:psz",
        "kind:debt",
        "kind:addiction",
        "kind:pregnancy",
        "kind:family",
        "kind:violence",
        "kind:homelessness",
        "kind:disability",
        "kind:health",
        "kind:legal-residence",
        "kind:labour",
        "kind:language-course",
        "kind:social-counselling",
        "kind:anti-discrimination",
        "kind:fair-work",
        "kind:victim-support",
        "kind:care-counselling",
        "kind:tenancy",
    ];

    /// Official keys of the districts in [`DISTRICTS`], in the same order.
    const DISTRICT_KEYS: [&str; 14] = [
        "15001", "15002", "15003", "15081", "15082", "15083", "15084", "15085", "15086", "15087",
        "15088", "15089", "15090", "15091",
    ];

    fn str_of<'a>(v: &'a Value, field: &str) -> &'a str {
        v.get(field).and_then(Value::as_str).unwrap_or("")
    }

    fn array<'a>(v: &'a Value, field: &str) -> &'a [Value] {
        v.get(field)
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }

    /// Records every object with an id under the entity it belongs to (named by the key it
    /// is nested under) and checks that one id always carries the same content.
    fn collect(
        entity: &str,
        v: &Value,
        seen: &mut HashMap<(String, String), String>,
        errors: &mut Vec<String>,
    ) {
        match v {
            Value::Array(items) => {
                for item in items {
                    collect(entity, item, seen, errors);
                }
            }
            Value::Object(obj) => {
                if let Some(id) = obj.get("id").and_then(Value::as_str) {
                    if Uuid::parse_str(id).is_err() {
                        errors.push(format!("{entity} id {id} is not a UUID"));
                    }
                    let content = v.to_string();
                    let slot = (entity.to_owned(), id.to_owned());
                    match seen.get(&slot) {
                        Some(previous) if *previous != content => {
                            errors.push(format!("{entity} {id} appears with different content"));
                        }
                        Some(_) => {}
                        None => {
                            seen.insert(slot, content);
                        }
                    }
                }
                for (key, child) in obj {
                    if child.is_object() || child.is_array() {
                        collect(key, child, seen, errors);
                    }
                }
            }
            _ => {}
        }
    }

    fn check_urls_and_contacts(v: &Value, errors: &mut Vec<String>) {
        match v {
            Value::Array(items) => items
                .iter()
                .for_each(|i| check_urls_and_contacts(i, errors)),
            Value::Object(obj) => {
                for (key, child) in obj {
                    match (key.as_str(), child) {
                        ("email", Value::String(s)) if !s.ends_with("@example.org") => {
                            errors.push(format!("e-mail {s}"));
                        }
                        ("number", Value::String(s)) if !s.starts_with("0000 ") => {
                            errors.push(format!("phone {s}"));
                        }
                        ("url" | "website", Value::String(s))
                            if !(s.starts_with("https://") && s.ends_with(".example.org")) =>
                        {
                            errors.push(format!("url {s}"));
                        }
                        _ => check_urls_and_contacts(child, errors),
                    }
                }
            }
            _ => {}
        }
    }

    #[test]
    fn tables_are_consistent() {
        for org in data::ORGS {
            assert!(!org.sites.is_empty(), "{} has no site", org.key);
            for site in org.sites {
                assert!(
                    town(site.town).is_some(),
                    "{}: unknown town {}",
                    org.key,
                    site.town
                );
                assert!(ACCESS.get(site.access).is_some(), "{}: access", org.key);
            }
            for (template, sites) in org.offers {
                assert!(
                    TEMPLATES.iter().any(|t| t.key == *template),
                    "{}: unknown template {template}",
                    org.key
                );
                assert!(!sites.is_empty());
                assert!(
                    sites.iter().all(|&i| i < org.sites.len()),
                    "{}: site",
                    org.key
                );
            }
            for code in org.languages {
                assert!(
                    !language_name(code).is_empty(),
                    "{}: language {code}",
                    org.key
                );
            }
        }
        for template in TEMPLATES {
            assert!(KINDS.contains(&template.kind), "{}", template.key);
            for code in template.languages {
                assert!(!language_name(code).is_empty(), "{}: {code}", template.key);
            }
        }
        for t in TOWNS {
            assert!(t.district < DISTRICTS.len());
        }
    }

    #[test]
    fn demo_is_valid_hsds() {
        let services = demo_services();
        let mut errors = Vec::new();

        assert!(services.len() >= 150, "only {} services", services.len());
        let orgs: HashSet<&str> = services
            .iter()
            .map(|s| str_of(&s["organization"], "id"))
            .collect();
        assert!(orgs.len() >= 80, "only {} organizations", orgs.len());

        // Ids: valid UUIDs, one content per id and entity; services unique.
        let mut seen = HashMap::new();
        collect(
            "services",
            &Value::Array(services.clone()),
            &mut seen,
            &mut errors,
        );
        let service_ids: HashSet<&str> = services.iter().map(|s| str_of(s, "id")).collect();
        assert_eq!(
            service_ids.len(),
            services.len(),
            "service ids are not unique"
        );
        // No id is shared between different kinds of records (taxonomy terms excepted:
        // they are shared vocabulary).
        let mut kinds_of_id: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        for (entity, id) in seen.keys() {
            if entity != "taxonomy_term" && entity != "taxonomy_detail" {
                kinds_of_id.entry(id).or_default().insert(entity);
            }
        }
        for (id, kinds) in &kinds_of_id {
            if kinds.len() > 1 {
                errors.push(format!("id {id} used by {kinds:?}"));
            }
        }

        check_urls_and_contacts(&Value::Array(services.clone()), &mut errors);

        let mut districts = BTreeSet::new();
        let mut kinds_used = BTreeSet::new();
        let mut points: HashMap<String, String> = HashMap::new();
        let mut streets: HashMap<String, String> = HashMap::new();
        for svc in &services {
            let id = str_of(svc, "id");
            let name = str_of(svc, "name");
            let org = &svc["organization"];
            if str_of(svc, "organization_id") != str_of(org, "id") {
                errors.push(format!("{name}: organization_id"));
            }
            if !str_of(org, "name").ends_with(SAMPLE_SUFFIX) {
                errors.push(format!("organization name {}", str_of(org, "name")));
            }
            for text in [str_of(svc, "description"), str_of(org, "description")] {
                if !text.starts_with(SAMPLE_PREFIX) {
                    errors.push(format!("{name}: description {text}"));
                }
            }
            if org
                .as_object()
                .is_some_and(|o| o.values().any(|v| v.is_array() || v.is_object()))
            {
                errors.push(format!("{name}: nested organization is not shallow"));
            }
            for field in [
                "phones",
                "languages",
                "schedules",
                "service_areas",
                "cost_options",
                "contacts",
                "service_at_locations",
            ] {
                let items = array(svc, field);
                if items.is_empty() {
                    errors.push(format!("{name}: no {field}"));
                }
                for item in items {
                    if str_of(item, "service_id") != id {
                        errors.push(format!("{name}: {field} without service_id"));
                    }
                }
            }
            for schedule in array(svc, "schedules") {
                if str_of(schedule, "freq") != "WEEKLY"
                    || str_of(schedule, "byday").len() != 2
                    || str_of(schedule, "opens_at").len() != 5
                    || str_of(schedule, "closes_at").len() != 5
                    || !["in_person", "phone", "online"]
                        .contains(&str_of(schedule, "attending_type"))
                {
                    errors.push(format!("{name}: schedule {schedule}"));
                }
            }
            for cost in array(svc, "cost_options") {
                if str_of(cost, "currency") != "EUR" || !cost["amount"].is_number() {
                    errors.push(format!("{name}: cost {cost}"));
                }
            }
            // Vocabulary: exactly one kind, 1–4 needs, 1–3 target groups.
            let mut counts = [0usize; 3];
            for attribute in array(svc, "attributes") {
                if str_of(attribute, "link_id") != id {
                    errors.push(format!("{name}: attribute link_id"));
                }
                let code = str_of(&attribute["taxonomy_term"], "code");
                if let Some(kind) = code.strip_prefix("kind:") {
                    counts[0] += 1;
                    kinds_used.insert(format!("kind:{kind}"));
                } else if code.starts_with("need:") {
                    counts[1] += 1;
                } else if code.starts_with("target:") {
                    counts[2] += 1;
                } else {
                    errors.push(format!("{name}: attribute code {code:?}"));
                }
            }
            if counts[0] != 1 || !(1..=4).contains(&counts[1]) || !(1..=3).contains(&counts[2]) {
                errors.push(format!("{name}: attribute counts {counts:?}"));
            }
            if name.starts_with("Jugendmigrationsdienst")
                && (svc["minimum_age"] != json!(12) || svc["maximum_age"] != json!(27))
            {
                errors.push(format!("{name}: JMD ages"));
            }
            for sal in array(svc, "service_at_locations") {
                let loc = &sal["location"];
                let loc_id = str_of(loc, "id");
                if str_of(sal, "location_id") != loc_id {
                    errors.push(format!("{name}: service_at_location.location_id"));
                }
                if str_of(loc, "organization_id") != str_of(org, "id") {
                    errors.push(format!("{name}: location.organization_id"));
                }
                for field in ["addresses", "phones", "accessibility", "schedules"] {
                    for item in array(loc, field) {
                        if str_of(item, "location_id") != loc_id {
                            errors.push(format!("{name}: location {field} without location_id"));
                        }
                    }
                }
                let (Some(lat), Some(lon)) = (loc["latitude"].as_f64(), loc["longitude"].as_f64())
                else {
                    errors.push(format!("{name}: location without coordinates"));
                    continue;
                };
                if !(50.9..=53.1).contains(&lat) || !(10.5..=13.3).contains(&lon) {
                    errors.push(format!("{name}: location outside Sachsen-Anhalt"));
                }
                let point = format!("{lat},{lon}");
                if let Some(other) = points.insert(point, loc_id.to_owned())
                    && other != loc_id
                {
                    errors.push(format!("{name}: two locations on one point"));
                }
                for address in array(loc, "addresses") {
                    let postal_code = str_of(address, "postal_code");
                    let region = str_of(address, "region");
                    match TOWNS.iter().find(|t| t.postal_code == postal_code) {
                        Some(t)
                            if district_name(t) == region && t.city == str_of(address, "city") =>
                        {
                            districts.insert(t.district);
                        }
                        _ => errors.push(format!("{name}: address {postal_code} {region}")),
                    }
                    let street = format!("{postal_code} {}", str_of(address, "address_1"));
                    if let Some(other) = streets.insert(street.clone(), loc_id.to_owned())
                        && other != loc_id
                    {
                        errors.push(format!("two locations at {street}"));
                    }
                }
            }
        }
        assert_eq!(districts.len(), 14, "districts covered: {districts:?}");
        let missing: Vec<&&str> = KINDS.iter().filter(|k| !kinds_used.contains(**k)).collect();
        assert!(missing.is_empty(), "service kinds not used: {missing:?}");
        assert!(
            errors.is_empty(),
            "{} problems:\n{}",
            errors.len(),
            errors.join("\n")
        );
    }

    #[test]
    fn demo_is_deterministic() {
        assert_eq!(demo_services(), demo_services());
        assert_eq!(
            demo_id("org:awo-halle"),
            Uuid::new_v5(&DEMO_NAMESPACE, b"org:awo-halle").to_string()
        );
    }

    /// The project's gazetteer places every address in the district the data claims, and
    /// the addresses cover all 14 districts of Sachsen-Anhalt.
    #[test]
    fn demo_covers_all_districts_by_postal_code() {
        let gazetteer = beratungsnetz_core::geo::gazetteer();
        let mut codes = BTreeSet::new();
        for svc in demo_services() {
            for sal in array(&svc, "service_at_locations") {
                for address in array(&sal["location"], "addresses") {
                    let plz = str_of(address, "postal_code");
                    let place = gazetteer.by_plz(plz).unwrap();
                    assert_eq!(
                        place.state_code,
                        beratungsnetz_core::geo::SACHSEN_ANHALT,
                        "{plz}"
                    );
                    let town = TOWNS.iter().find(|t| t.postal_code == plz).unwrap();
                    assert_eq!(
                        place.district_code,
                        DISTRICT_KEYS[town.district],
                        "{plz} {}",
                        str_of(address, "region")
                    );
                    codes.insert(place.district_code.clone());
                }
            }
        }
        assert_eq!(codes.len(), 14, "{codes:?}");
    }

    /// The project's own HSDS reader takes the sample data without a complaint: no
    /// conflicting duplicates, no missing required fields, no dangling references.
    #[test]
    fn demo_imports_into_hsds_dataset() {
        let text = serde_json::to_string(&demo_services()).unwrap();
        let ds = beratungsnetz_core::hsds::read_json("demo.json", &text, None).unwrap();
        let (problems, unresolved) = ds.check();
        assert!(problems.is_empty(), "{problems:?}");
        assert!(
            unresolved.is_empty(),
            "{} unresolved references",
            unresolved.len()
        );
        assert_eq!(
            ds.count(beratungsnetz_core::hsds::Entity::Service),
            demo_services().len()
        );
        assert!(ds.count(beratungsnetz_core::hsds::Entity::Organization) >= 80);
    }

    /// Writes the sample data to /tmp/demo.json for validation with an external tool.
    #[test]
    #[ignore = "writes /tmp/demo.json"]
    fn dump_demo_json() {
        let text = serde_json::to_string_pretty(&demo_services()).unwrap();
        std::fs::write("/tmp/demo.json", text).unwrap();
    }
}
