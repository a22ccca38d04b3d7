//! Registering for a Fachtag: one person or a group from one organisation (who wait
//! together), the questions of the event, a workshop choice per time slot and the
//! consent. [`slots`] says which workshops run at the same time; the form gives one
//! choice per slot.

use crate::accounts::normalize_email;
use crate::directory::edit::{FieldError, FormInput};

use super::form::text;
use super::{MAX_TITLE, Programme, Session, SessionKind, clock_time};

/// Most people one registration may bring (the registrant and four colleagues).
pub const MAX_GROUP: usize = 5;
/// Longest answer to one of the questions.
pub const MAX_ANSWER: usize = 500;

/// Where a registration or a workshop choice stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceState {
    /// Has a place.
    Confirmed,
    /// On the waiting list.
    Waiting,
    /// A freed place is held for them until the offer's deadline.
    Offered,
    /// Given back by the person.
    Cancelled,
    /// An offer not taken in time: off the list.
    Expired,
}

impl PlaceState {
    pub const ALL: [PlaceState; 5] = [
        PlaceState::Confirmed,
        PlaceState::Waiting,
        PlaceState::Offered,
        PlaceState::Cancelled,
        PlaceState::Expired,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PlaceState::Confirmed => "confirmed",
            PlaceState::Waiting => "waiting",
            PlaceState::Offered => "offered",
            PlaceState::Cancelled => "cancelled",
            PlaceState::Expired => "expired",
        }
    }

    pub fn parse(code: &str) -> Option<PlaceState> {
        PlaceState::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Holds a place (counts against capacity).
    pub fn holds_place(self) -> bool {
        matches!(self, PlaceState::Confirmed | PlaceState::Offered)
    }

    /// Still registered: not cancelled, not expired.
    pub fn active(self) -> bool {
        matches!(
            self,
            PlaceState::Confirmed | PlaceState::Waiting | PlaceState::Offered
        )
    }
}

/// A person of a registration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// Lower-cased.
    pub email: String,
}

/// A registration as the form gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistrationText {
    /// The registrant first, then colleagues of the same organisation.
    pub people: Vec<Person>,
    pub organisation: String,
    /// The district key of the organisation's postal code (empty when none was given):
    /// kept for the year's anonymous figures after personal data is deleted.
    pub district: String,
    pub role: String,
    pub dietary: String,
    pub accessibility: String,
    pub interpreting: String,
    /// The chosen workshop of each slot that has a choice (session ids).
    pub choices: Vec<String>,
}

/// Workshops that run at the same time: one may be chosen.
#[derive(Debug, PartialEq, Eq)]
pub struct Slot<'a> {
    /// The form field of the slot's choice (`slot-810` for 13:30).
    pub field: String,
    pub time: String,
    pub workshops: Vec<&'a Session>,
}

/// The slots of a programme with workshops, by time.
pub fn slots(p: &Programme) -> Vec<Slot<'_>> {
    p.timetable()
        .into_iter()
        .filter_map(|b| {
            let workshops: Vec<&Session> = b
                .items
                .into_iter()
                .filter(|s| s.text.kind == SessionKind::Workshop)
                .collect();
            (!workshops.is_empty()).then(|| Slot {
                field: format!("slot-{}", b.starts),
                time: format!("{}–{}", clock_time(b.starts), clock_time(b.ends)),
                workshops,
            })
        })
        .collect()
}

/// The places of a workshop: its own, or its room's.
pub fn places(p: &Programme, s: &Session) -> u32 {
    s.text
        .capacity
        .or_else(|| p.room(&s.text.room).map(|r| r.text.capacity))
        .unwrap_or(0)
}

/// A registration from the public form. People: `name`/`email` for the registrant and
/// `name_2`/`email_2` … `name_5`/`email_5` for colleagues (a row left empty is none).
/// Consent (`consent`) is required; one address may not come twice.
pub fn read_registration(
    form: &impl FormInput,
    p: &Programme,
) -> Result<RegistrationText, Vec<FieldError>> {
    let mut problems = Vec::new();
    let mut people = Vec::new();
    for i in 1..=MAX_GROUP {
        let suffix = if i == 1 {
            String::new()
        } else {
            format!("_{i}")
        };
        let (name_field, email_field) = (format!("name{suffix}"), format!("email{suffix}"));
        let first = i == 1;
        if !first && form.get(&name_field).is_empty() && form.get(&email_field).is_empty() {
            continue;
        }
        let name = text(form, &name_field, MAX_TITLE, true, &mut problems);
        let raw = form.get(&email_field);
        let email = match normalize_email(raw).filter(|e| e.len() <= 254) {
            Some(e) if people.iter().any(|p: &Person| p.email == e) => {
                problems.push(FieldError::new(
                    &email_field,
                    "conference-error-email-twice",
                ));
                e
            }
            Some(e) => e,
            None => {
                let key = if raw.is_empty() {
                    "conference-error-required"
                } else {
                    "conference-error-email"
                };
                problems.push(FieldError::new(&email_field, key));
                String::new()
            }
        };
        people.push(Person { name, email });
    }
    let organisation = text(form, "organisation", MAX_TITLE, true, &mut problems);
    let district = match form.get("postcode") {
        "" => String::new(),
        plz => match crate::geo::gazetteer().by_plz(plz) {
            Some(place) if plz.len() == 5 => place.district_code.clone(),
            _ => {
                problems.push(FieldError::new("postcode", "conference-error-postcode"));
                String::new()
            }
        },
    };
    let role = text(form, "role", MAX_TITLE, false, &mut problems);
    let dietary = text(form, "dietary", MAX_ANSWER, false, &mut problems);
    let accessibility = text(form, "accessibility", MAX_ANSWER, false, &mut problems);
    let interpreting = text(form, "interpreting", MAX_ANSWER, false, &mut problems);
    let choices = read_choices(form, p, &mut problems);
    if !form.has("consent") {
        problems.push(FieldError::new("consent", "conference-error-consent"));
    }
    if problems.is_empty() {
        Ok(RegistrationText {
            people,
            organisation,
            district,
            role,
            dietary,
            accessibility,
            interpreting,
            choices,
        })
    } else {
        Err(problems)
    }
}

/// The workshop chosen in each slot (empty: none), each one of that slot's workshops.
pub fn read_choices(
    form: &impl FormInput,
    p: &Programme,
    problems: &mut Vec<FieldError>,
) -> Vec<String> {
    let mut choices = Vec::new();
    for slot in slots(p) {
        match form.get(&slot.field) {
            "" => {}
            id if slot.workshops.iter().any(|w| w.id == id) => choices.push(id.to_string()),
            _ => problems.push(FieldError::new(&slot.field, "conference-error-workshop")),
        }
    }
    choices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conference::frab::tests::sample;
    use crate::directory::edit::test_form::{fields, form};

    #[test]
    fn parallel_workshops_form_one_slot() {
        let p = sample();
        let s = slots(&p);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].field, "slot-780");
        assert_eq!(s[0].time, "13:00–14:30");
        let ids: Vec<&str> = s[0].workshops.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(ids, vec!["s2", "s3"]);
        assert_eq!(places(&p, s[0].workshops[0]), 40);
    }

    #[test]
    fn a_group_registers_with_one_choice_per_slot() {
        let p = sample();
        let ok = read_registration(
            &form(&[
                ("name", "A. Beispiel"),
                ("email", " A.Beispiel@Example.org "),
                ("name_3", "B. Beispiel"),
                ("email_3", "b@example.org"),
                ("organisation", "Migrationsberatung Dessau"),
                ("postcode", "06844"),
                ("slot-780", "s3"),
                ("consent", "on"),
            ]),
            &p,
        )
        .unwrap();
        assert_eq!(ok.people.len(), 2);
        assert_eq!(ok.people[0].email, "a.beispiel@example.org");
        assert_eq!(ok.choices, vec!["s3".to_string()]);
        assert_eq!(ok.district, "15001");

        let bad = read_registration(
            &form(&[
                ("name", ""),
                ("email", "kein-at"),
                ("name_2", "C"),
                ("email_2", "kein-at"),
                ("email_4", "a@example.org"),
                ("name_5", "E"),
                ("email_5", "A@example.org"),
                ("slot-780", "s1"),
                ("postcode", "99999"),
                ("dietary", &"x".repeat(501)),
            ]),
            &p,
        )
        .unwrap_err();
        assert_eq!(
            fields(bad),
            vec![
                ("name".into(), "conference-error-required"),
                ("email".into(), "conference-error-email"),
                ("email_2".into(), "conference-error-email"),
                ("name_4".into(), "conference-error-required"),
                ("email_5".into(), "conference-error-email-twice"),
                ("organisation".into(), "conference-error-required"),
                ("postcode".into(), "conference-error-postcode"),
                ("dietary".into(), "conference-error-too-long"),
                ("slot-780".into(), "conference-error-workshop"),
                ("consent".into(), "conference-error-consent"),
            ]
        );
    }

    #[test]
    fn states_hold_places_while_confirmed_or_offered() {
        for s in PlaceState::ALL {
            assert_eq!(PlaceState::parse(s.code()), Some(s));
        }
        assert!(PlaceState::Offered.holds_place() && !PlaceState::Waiting.holds_place());
        assert!(PlaceState::Waiting.active() && !PlaceState::Expired.active());
    }
}
