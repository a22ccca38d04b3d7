//! A service as people meet it, read from its nested HSDS form: what search indexes and
//! pages show.

use crate::{clock, geo, taxonomy};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A place a service is offered at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub lat: f64,
    pub lon: f64,
    pub city: Option<String>,
    pub postal_code: Option<String>,
}

/// One weekly opening slot: weekday 0 = Monday, minutes since midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Slot {
    pub weekday: u8,
    pub opens: u16,
    pub closes: u16,
}

/// One entry of a weekly schedule as people read it: when, how (`in_person`, `phone`,
/// `video`) and the schedule's own note ("offene Sprechstunde", "nur mit Termin").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hours {
    pub weekday: u8,
    pub opens: u16,
    pub closes: u16,
    pub mode: String,
    pub note: Option<String>,
}

/// Open on `weekday` (0 = Monday) at `minute` after midnight.
pub fn open_at(slots: &[Slot], weekday: u8, minute: u16) -> bool {
    slots
        .iter()
        .any(|s| s.weekday == weekday && s.opens <= minute && minute < s.closes)
}

/// When a slot next opens after `weekday` at `minute`, within a week: (weekday, minute).
pub fn next_opening(slots: &[Slot], weekday: u8, minute: u16) -> Option<(u8, u16)> {
    (0..=7u8).find_map(|ahead| {
        let day = (weekday + ahead) % 7;
        slots
            .iter()
            .filter(|s| s.weekday == day)
            .filter(|s| match ahead {
                0 => s.opens > minute,
                7 => s.opens <= minute,
                _ => true,
            })
            .map(|s| s.opens)
            .min()
            .map(|opens| (day, opens))
    })
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceDoc {
    pub id: String,
    pub name: String,
    pub organization: String,
    /// Free text: description, eligibility, alternate name and the German labels of the tags.
    pub text: String,
    pub description: String,
    /// Vocabulary codes (`kind:debt`, `need:debts`, `target:women`).
    pub tags: Vec<String>,
    /// ISO 639-1 codes of the languages offered.
    pub languages: Vec<String>,
    /// Official district keys (e.g. 15002 for Halle).
    pub districts: Vec<String>,
    pub places: Vec<Place>,
    pub statewide: bool,
    pub free: bool,
    pub barrier_free: bool,
    /// `in_person`, `phone`, `video`.
    pub modes: Vec<String>,
    /// When the service can be reached: its own schedule (of the service, or of the service
    /// at a location), else the hours of the building it is offered in.
    pub slots: Vec<Slot>,
    /// The same, with how and the notes, for pages.
    pub hours: Vec<Hours>,
    /// `hours` are the building's, not the service's own: pages say so.
    pub hours_of_location: bool,
    /// Notes of schedules without times ("Termine nach Vereinbarung").
    pub hours_notes: Vec<String>,
    /// Phone numbers: the service's, then its locations'.
    pub phones: Vec<String>,
    /// Days since 1970-01-01 of the last verification (assured_date, else last_modified).
    pub verified_day: Option<i64>,
    /// The ages the service is for (HSDS `minimum_age`, `maximum_age`), when it says.
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    /// Places free now (HSDS `service_capacity.available`, the first that says), when known.
    pub capacity: Option<f64>,
}

const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

pub fn weekday_code(day: u8) -> &'static str {
    WEEKDAYS.get(day as usize).copied().unwrap_or("MO")
}

pub fn parse_weekday(s: &str) -> Option<u8> {
    let up = s.trim().to_ascii_uppercase();
    WEEKDAYS
        .iter()
        .position(|d| up.starts_with(d))
        .map(|i| i as u8)
}

/// An age in years; HSDS allows fractions ("0.5"), which count as the year begun.
fn age_of(v: &Value, key: &str) -> Option<u8> {
    let years = v.get(key)?.as_f64()?;
    (0.0..=255.0).contains(&years).then(|| years.floor() as u8)
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

fn array<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// "09:30" → 570, "24:00" → 1440 (open until midnight).
fn minutes(s: &str) -> Option<u16> {
    clock::minute_of_day(s.trim())
}

pub use crate::clock::day_number;

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

/// How a schedule is attended: `in_person`, `phone` or `video`.
fn mode_of(sc: &Value) -> &'static str {
    match str_of(sc, "attending_type")
        .map(str::to_lowercase)
        .as_deref()
    {
        Some("phone" | "telephone") => "phone",
        Some("online" | "video" | "virtual") => "video",
        _ => "in_person",
    }
}

/// The timed entries of schedules, in week order, and the notes of those without times.
fn read_schedules(schedules: &[&Value]) -> (Vec<Hours>, Vec<String>) {
    let mut hours = Vec::new();
    let mut notes = Vec::new();
    for sc in schedules {
        let note = str_of(sc, "description").map(|n| n.trim().to_string());
        match (
            str_of(sc, "opens_at").and_then(minutes),
            str_of(sc, "closes_at").and_then(minutes),
        ) {
            (Some(opens), Some(closes)) => {
                for day in str_of(sc, "byday").unwrap_or_default().split(',') {
                    if let Some(weekday) = parse_weekday(day) {
                        hours.push(Hours {
                            weekday,
                            opens,
                            closes,
                            mode: mode_of(sc).to_string(),
                            note: note.clone(),
                        });
                    }
                }
            }
            _ => notes.extend(note),
        }
    }
    hours.sort_by_key(|h| (h.weekday, h.opens, h.closes));
    hours.dedup();
    notes.dedup();
    (hours, notes)
}

impl ServiceDoc {
    /// Reads a fully nested HSDS service (as `Nester::service` gives it).
    pub fn from_nested(s: &Value) -> Option<ServiceDoc> {
        let mut doc = ServiceDoc {
            id: str_of(s, "id")?.to_string(),
            name: str_of(s, "name").unwrap_or_default().to_string(),
            organization: s
                .get("organization")
                .and_then(|o| str_of(o, "name"))
                .unwrap_or_default()
                .to_string(),
            description: str_of(s, "description").unwrap_or_default().to_string(),
            min_age: age_of(s, "minimum_age"),
            max_age: age_of(s, "maximum_age"),
            capacity: array(s, "capacities")
                .find_map(|c| c.get("available").and_then(Value::as_f64))
                .filter(|n| n.is_finite() && *n >= 0.0),
            ..ServiceDoc::default()
        };
        let mut text: Vec<&str> = ["alternate_name", "description", "eligibility_description"]
            .iter()
            .filter_map(|k| str_of(s, k))
            .collect();

        for a in array(s, "attributes") {
            let code = a
                .get("taxonomy_term")
                .and_then(|t| str_of(t, "code"))
                .or_else(|| str_of(a, "value"));
            if let Some(term) = code.and_then(taxonomy::term) {
                push_unique(&mut doc.tags, term.code.to_string());
                text.push(term.label("de"));
            }
        }

        for p in array(s, "phones") {
            if let Some(n) = str_of(p, "number") {
                push_unique(&mut doc.phones, n.trim().to_string());
            }
        }
        for loc in array(s, "service_at_locations").filter_map(|sal| sal.get("location")) {
            for p in array(loc, "phones") {
                if let Some(n) = str_of(p, "number") {
                    push_unique(&mut doc.phones, n.trim().to_string());
                }
            }
        }
        // The service's own schedules first; the building's only when it has none.
        let mut schedules: Vec<&Value> = array(s, "schedules").collect();
        let mut building: Vec<&Value> = Vec::new();
        let mut accessibility: Vec<String> = Vec::new();
        let mut languages: Vec<&Value> = array(s, "languages").collect();
        for sal in array(s, "service_at_locations") {
            schedules.extend(array(sal, "schedules"));
            let Some(loc) = sal.get("location") else {
                continue;
            };
            building.extend(array(loc, "schedules"));
            languages.extend(array(loc, "languages"));
            for a in array(loc, "accessibility") {
                for k in ["description", "details"] {
                    if let Some(t) = str_of(a, k) {
                        accessibility.push(t.to_lowercase());
                    }
                }
            }
            let address = array(loc, "addresses")
                .find(|a| str_of(a, "address_type") != Some("postal"))
                .or_else(|| array(loc, "addresses").next());
            let postal_code = address
                .and_then(|a| str_of(a, "postal_code"))
                .map(str::to_string);
            let city_text = address.and_then(|a| str_of(a, "city"));
            let city = city_text.map(str::to_string);
            let gazetteer = geo::gazetteer();
            let by_plz = postal_code.as_deref().and_then(|p| gazetteer.by_plz(p));
            if let Some(p) = by_plz {
                push_unique(&mut doc.districts, p.district_code.clone());
            }
            let coords = match (
                loc.get("latitude").and_then(Value::as_f64),
                loc.get("longitude").and_then(Value::as_f64),
            ) {
                (Some(lat), Some(lon))
                    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) =>
                {
                    Some((lat, lon))
                }
                _ => by_plz.map(|p| (p.lat, p.lon)),
            };
            if let Some((lat, lon)) = coords {
                if by_plz.is_none()
                    && let Some(r) = gazetteer.resolve(&format!("{lat},{lon}"))
                    && let Some(code) = r.district_code
                {
                    push_unique(&mut doc.districts, code);
                }
                doc.places.push(Place {
                    lat,
                    lon,
                    city: city.clone(),
                    postal_code: postal_code.clone(),
                });
            }
            if let Some(c) = city_text {
                text.push(c);
            }
        }

        for l in languages {
            if let Some(code) = str_of(l, "code") {
                let code = code.trim().to_lowercase();
                let code = code
                    .split(['-', '_'])
                    .next()
                    .unwrap_or_default()
                    .to_string();
                if !code.is_empty() {
                    push_unique(&mut doc.languages, code);
                }
            }
        }

        // A service area naming the whole state, or a service without any place, is
        // reachable from everywhere.
        doc.statewide = array(s, "service_areas").any(|a| {
            let n = str_of(a, "name").unwrap_or_default().to_lowercase();
            n == "sachsen-anhalt" || n.contains("landesweit") || n == "deutschland"
        }) || doc.places.is_empty();

        let costs: Vec<&Value> = array(s, "cost_options").collect();
        let fees = str_of(s, "fees_description")
            .unwrap_or_default()
            .to_lowercase();
        doc.free = if costs.is_empty() {
            fees.contains("kostenlos") || fees.contains("kostenfrei") || fees.contains("free")
        } else {
            // Free for someone counts: a fee for extras does not make the counselling paid.
            costs.iter().any(|c| {
                c.get("amount").and_then(Value::as_f64) == Some(0.0)
                    || str_of(c, "option").is_some_and(|o| o.to_lowercase().contains("kostenlos"))
            })
        };

        doc.barrier_free = accessibility.iter().any(|a| {
            !a.contains("nicht")
                && [
                    "rollstuhl",
                    "barrierefrei",
                    "stufenlos",
                    "rampe",
                    "aufzug",
                    "wheelchair",
                ]
                .iter()
                .any(|w| a.contains(w))
        });

        let (own, own_notes) = read_schedules(&schedules);
        let (house, house_notes) = read_schedules(&building);
        let (hours, notes) = if own.is_empty() && !house.is_empty() {
            doc.hours_of_location = true;
            (house, house_notes)
        } else {
            (own, own_notes)
        };
        for h in &hours {
            push_unique(&mut doc.modes, h.mode.clone());
        }
        for sc in schedules
            .iter()
            .filter(|sc| str_of(sc, "opens_at").is_none())
        {
            push_unique(&mut doc.modes, mode_of(sc).to_string());
        }
        doc.slots = hours
            .iter()
            .map(|h| Slot {
                weekday: h.weekday,
                opens: h.opens,
                closes: h.closes,
            })
            .collect();
        doc.hours = hours;
        doc.hours_notes = notes;
        if doc.modes.is_empty() && !doc.places.is_empty() {
            doc.modes.push("in_person".into());
        }

        doc.verified_day = str_of(s, "assured_date")
            .and_then(day_number)
            .or_else(|| str_of(s, "last_modified").and_then(day_number));
        text.push(&doc.organization);
        doc.text = text.join("\n");
        Some(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dates_and_times() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-01-15T09:00:00Z"), Some(20_103));
        assert_eq!(day_number("2025-13-01"), None);
        assert_eq!(minutes("09:30"), Some(570));
        assert_eq!(parse_weekday("we"), Some(2));
    }

    #[test]
    fn reads_the_structured_fields() {
        let s = json!({
            "id": "a", "name": "Schuldnerberatung", "status": "active",
            "organization": {"id": "o", "name": "AWO"},
            "fees_description": "Kostenlos.",
            "attributes": [{"taxonomy_term": {"code": "kind:debt"}}],
            "languages": [{"code": "AR"}, {"code": "de-DE"}],
            "schedules": [{"byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:00", "attending_type": "phone"}],
            "service_at_locations": [{"location": {
                "latitude": 51.48, "longitude": 11.97,
                "accessibility": [{"description": "Rollstuhlgerechter Zugang"}],
                "addresses": [{"postal_code": "06108", "city": "Halle (Saale)"}]
            }}]
        });
        let d = ServiceDoc::from_nested(&s).unwrap();
        assert_eq!(d.tags, ["kind:debt"]);
        assert_eq!(d.languages, ["ar", "de"]);
        assert_eq!(d.districts, ["15002"]);
        assert!(d.free && d.barrier_free && !d.statewide);
        assert_eq!(d.modes, ["phone"]);
        assert_eq!(d.slots.len(), 2);
        assert!(!d.hours_of_location);
        assert!(d.text.contains("Schuldner- und Insolvenzberatung") || d.text.contains("Schuld"));
        assert_eq!(d.capacity, None, "unknown when it does not say");
    }

    #[test]
    fn capacity_is_what_the_service_says_is_free() {
        let with = |capacities: serde_json::Value| {
            ServiceDoc::from_nested(&json!({"id": "a", "capacities": capacities}))
                .unwrap()
                .capacity
        };
        assert_eq!(with(json!([{"available": 3, "maximum": 10}])), Some(3.0));
        assert_eq!(with(json!([{"maximum": 10}, {"available": 0}])), Some(0.0));
        assert_eq!(with(json!([{"available": -2}])), None);
        assert_eq!(with(json!([{"available": "drei"}])), None);
        assert_eq!(with(json!([])), None);
    }

    /// Issue 12: pages showed the building's hours, so a service's own schedule (and its
    /// edit) never appeared. The service's schedule wins; the building's is the fallback,
    /// marked as such.
    #[test]
    fn the_services_own_schedule_wins_over_the_buildings() {
        let location = json!({"latitude": 51.48, "longitude": 11.97,
            "schedules": [{"byday": "MO,TU,WE,TH,FR", "opens_at": "08:00", "closes_at": "16:00"}]});
        let own = json!({"id": "a", "name": "Beratung",
            "schedules": [
                {"byday": "TU", "opens_at": "13:00", "closes_at": "15:00", "description": "offene Sprechstunde"},
                {"byday": "TH", "opens_at": "09:00", "closes_at": "11:00", "attending_type": "phone"},
                {"description": "Termine nach Vereinbarung"}
            ],
            "service_at_locations": [{"location": location}]});
        let d = ServiceDoc::from_nested(&own).unwrap();
        assert!(!d.hours_of_location);
        assert_eq!(d.slots.len(), 2, "{:?}", d.slots);
        assert_eq!(d.hours[0].note.as_deref(), Some("offene Sprechstunde"));
        assert_eq!(d.hours[1].mode, "phone");
        assert_eq!(d.hours_notes, ["Termine nach Vereinbarung"]);
        // Monday 10:00: the building is open, the counselling is not; it opens Tuesday 13:00.
        assert!(!open_at(&d.slots, 0, 600));
        assert_eq!(next_opening(&d.slots, 0, 600), Some((1, 780)));
        // Friday evening: next Tuesday. Thursday 09:00 is open.
        assert_eq!(next_opening(&d.slots, 4, 1200), Some((1, 780)));
        assert!(open_at(&d.slots, 3, 540));

        let house_only = json!({"id": "b", "name": "Beratung",
            "service_at_locations": [{"location": location}]});
        let d = ServiceDoc::from_nested(&house_only).unwrap();
        assert!(d.hours_of_location);
        assert_eq!(d.slots.len(), 5);
        assert!(open_at(&d.slots, 0, 600));
        assert_eq!(
            next_opening(&d.slots[..1], 0, 600),
            Some((0, 480)),
            "next week"
        );
    }

    /// Times as HSDS writes them, which the CSV import accepts, were lost on the pages:
    /// "09:00Z" and "12:00:00+01:00" read as no time at all, so the hours vanished.
    #[test]
    fn hours_keep_times_given_with_a_zone_and_end_at_midnight() {
        let s = json!({"id": "a", "name": "Beratung",
        "schedules": [
            {"byday": "MO", "opens_at": "09:00Z", "closes_at": "12:00:00+01:00"},
            {"byday": "FR", "opens_at": "18:00:00", "closes_at": "24:00"},
            {"byday": "SA", "opens_at": "9", "closes_at": "24:30"}
        ]});
        let d = ServiceDoc::from_nested(&s).unwrap();
        let hours: Vec<_> = d
            .hours
            .iter()
            .map(|h| (h.weekday, h.opens, h.closes))
            .collect();
        assert_eq!(hours, [(0, 540, 720), (4, 1080, 1440)]);
        assert!(open_at(&d.slots, 4, 1439));
    }
}
