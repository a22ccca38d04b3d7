//! The Fachtag at rest, on SQLite always and on PostgreSQL when
//! BERATUNGSNETZ_TEST_DATABASE_URL is set: the sample events seed once, a year has one
//! event even when two coordinators create it at once, copying last year's event copies
//! its rooms and sessions with new ids, and sessions are numbered without repeats under
//! parallel writes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use beratungsnetz_core::clock::day_number;
use beratungsnetz_core::conference::{EventText, RoomText, SessionKind, SessionText};
use beratungsnetz_store::audit::AuditEntry;
use beratungsnetz_store::{Store, StoreError};
use beratungsnetz_testkit as testkit;

fn audit(at: i64) -> AuditEntry {
    AuditEntry {
        at,
        account_id: Some("coord".into()),
        actor: "coord@example.org".into(),
        action: "test".into(),
        entity: "conference_event".into(),
        ..AuditEntry::default()
    }
}

fn event(year: i32) -> EventText {
    let day = day_number(&format!("{year}-01-20")).unwrap();
    EventText {
        capacity: 100,
        registration_until: day - 7,
        consent: "Einverstanden.".into(),
        ..EventText::new(year, format!("Fachtag {year}"), day, "Magdeburg")
    }
}

fn session(room: &str, starts: u32, title: &str) -> SessionText {
    SessionText {
        title: title.into(),
        kind: SessionKind::Workshop,
        room: room.into(),
        starts,
        ends: starts + 90,
        description: String::new(),
        speakers: Vec::new(),
        capacity: Some(20),
    }
}

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[tokio::test]
async fn sample_events_seed_once_and_copy_into_next_year() {
    for db in testkit::engines("conference_seed").await {
        let (name, store) = (db.name, db.store.clone());
        let today = day_number("2026-12-03").unwrap();
        let seeds = beratungsnetz_demo::fachtage(today);
        assert_eq!(
            store.seed_events(&seeds, &new_id, 1).await.unwrap(),
            2,
            "{name}"
        );
        assert_eq!(
            store.seed_events(&seeds, &new_id, 2).await.unwrap(),
            0,
            "{name}"
        );
        let years: Vec<i64> = store
            .events()
            .await
            .unwrap()
            .iter()
            .map(|e| e.year)
            .collect();
        assert_eq!(years, vec![2027, 2020], "{name}");
        let old = store.programme(2020).await.unwrap().unwrap();
        assert_eq!(old.rooms.len(), 4, "{name}");
        assert_eq!(old.sessions.len(), seeds[0].sessions.len(), "{name}");
        // Every session in one of the event's own rooms, numbered 1, 2, …
        assert!(
            old.sessions
                .iter()
                .all(|s| old.room(&s.text.room).is_some())
        );
        let mut numbers: Vec<u32> = old.sessions.iter().map(|s| s.number).collect();
        numbers.sort_unstable();
        assert_eq!(numbers, (1..=old.sessions.len() as u32).collect::<Vec<_>>());

        store
            .copy_event(2020, "e2028", &event(2028), &audit(5))
            .await
            .unwrap();
        let copy = store.programme(2028).await.unwrap().unwrap();
        assert_eq!(copy.event.title, "Fachtag 2028", "{name}");
        assert_eq!(copy.rooms.len(), old.rooms.len(), "{name}");
        assert_eq!(copy.sessions.len(), old.sessions.len(), "{name}");
        assert!(
            copy.sessions
                .iter()
                .all(|s| copy.room(&s.text.room).is_some()),
            "{name}"
        );
        assert!(
            copy.sessions
                .iter()
                .all(|s| old.sessions.iter().all(|o| o.id != s.id))
        );
        let titles = |p: &beratungsnetz_core::conference::Programme| {
            let mut t: Vec<(u32, String)> = p
                .sessions
                .iter()
                .map(|s| (s.text.starts, s.text.title.clone()))
                .collect();
            t.sort();
            t
        };
        assert_eq!(titles(&copy), titles(&old), "{name}");
        // A year has one event; a copy from a year without one is NotFound.
        assert!(matches!(
            store
                .copy_event(2020, "again", &event(2028), &audit(6))
                .await,
            Err(StoreError::Conflict(_))
        ));
        assert!(matches!(
            store
                .copy_event(1999, "none", &event(2029), &audit(6))
                .await,
            Err(StoreError::NotFound)
        ));
        assert!(store.programme(2029).await.unwrap().is_none(), "{name}");
    }
}

#[tokio::test]
async fn a_year_gets_one_event_when_two_create_it_at_once() {
    for db in testkit::engines("conference_race").await {
        let (name, store) = (db.name, db.store.clone());
        let mut tasks = Vec::new();
        for i in 0..8 {
            let store: Arc<dyn Store> = store.clone();
            tasks.push(tokio::spawn(async move {
                store
                    .create_event(&format!("e{i}"), &event(2030), &audit(i))
                    .await
            }));
        }
        let mut won = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(()) => won += 1,
                Err(StoreError::Conflict(_)) => {}
                Err(e) => panic!("{name}: {e}"),
            }
        }
        assert_eq!(won, 1, "{name}");
        assert_eq!(store.events().await.unwrap().len(), 1, "{name}");
    }
}

#[tokio::test]
async fn sessions_are_numbered_without_repeats_and_stay_in_their_event() {
    for db in testkit::engines("conference_sessions").await {
        let (name, store) = (db.name, db.store.clone());
        store
            .create_event("a", &event(2031), &audit(1))
            .await
            .unwrap();
        store
            .create_event("b", &event(2032), &audit(1))
            .await
            .unwrap();
        let room = RoomText {
            name: "Saal".into(),
            capacity: 80,
            accessible: true,
            notes: String::new(),
        };
        store.save_room("a", "ra", &room, &audit(2)).await.unwrap();
        store.save_room("b", "rb", &room, &audit(2)).await.unwrap();
        // A room of another event, or an event that does not exist, is NotFound.
        assert!(matches!(
            store
                .save_session("a", "x", &session("rb", 540, "x"), &audit(3))
                .await,
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            store.save_room("nope", "r", &room, &audit(3)).await,
            Err(StoreError::NotFound)
        ));
        let mut tasks = Vec::new();
        for i in 0..10_u32 {
            let store: Arc<dyn Store> = store.clone();
            tasks.push(tokio::spawn(async move {
                store
                    .save_session(
                        "a",
                        &format!("s{i}"),
                        &session("ra", 540 + i * 100, "W"),
                        &audit(4),
                    )
                    .await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        let p = store.programme(2031).await.unwrap().unwrap();
        let mut numbers: Vec<u32> = p.sessions.iter().map(|s| s.number).collect();
        numbers.sort_unstable();
        assert_eq!(numbers, (1..=10).collect::<Vec<_>>(), "{name}");
        // A change keeps the number; a session of event a cannot be changed through b.
        let before = p.sessions.iter().find(|s| s.id == "s3").unwrap().number;
        store
            .save_session("a", "s3", &session("ra", 600, "Neu"), &audit(5))
            .await
            .unwrap();
        assert!(matches!(
            store
                .save_session("b", "s3", &session("rb", 600, "Fremd"), &audit(5))
                .await,
            Err(StoreError::NotFound)
        ));
        let p = store.programme(2031).await.unwrap().unwrap();
        let s3 = p.sessions.iter().find(|s| s.id == "s3").unwrap();
        assert_eq!(
            (s3.number, s3.text.title.as_str()),
            (before, "Neu"),
            "{name}"
        );
        store
            .delete_conference_session("a", "s3", &audit(6))
            .await
            .unwrap();
        assert!(matches!(
            store.delete_conference_session("a", "s3", &audit(6)).await,
            Err(StoreError::NotFound)
        ));
        // A new session after a deletion never reuses a number in use.
        store
            .save_session("a", "s10", &session("ra", 2000, "Spät"), &audit(7))
            .await
            .unwrap();
        let p = store.programme(2031).await.unwrap().unwrap();
        assert_eq!(
            p.sessions.iter().find(|s| s.id == "s10").unwrap().number,
            11,
            "{name}"
        );
        // Changing the year to one that has an event is a conflict.
        assert!(matches!(
            store.update_event("a", &event(2032), &audit(8)).await,
            Err(StoreError::Conflict(_))
        ));
        store
            .update_event("a", &event(2033), &audit(8))
            .await
            .unwrap();
        assert!(store.programme(2033).await.unwrap().is_some(), "{name}");
    }
}

mod places {
    use super::*;
    use beratungsnetz_core::conference::registration::PlaceState;
    use beratungsnetz_store::conference::places::{NewPerson, NewRegistration, Offer};

    fn token() -> (String, String) {
        let t = uuid::Uuid::new_v4().to_string();
        (t.clone(), format!("hash-{t}"))
    }

    fn person(email: &str) -> NewPerson {
        NewPerson {
            id: format!("p-{email}"),
            name: "N".into(),
            email: email.into(),
            token_hash: format!("t-{email}"),
            checkin_code: format!("C-{email}"),
        }
    }

    fn registration(
        event: &str,
        group: &str,
        emails: &[&str],
        choices: &[&str],
    ) -> NewRegistration {
        NewRegistration {
            event_id: event.into(),
            group_id: group.into(),
            people: emails.iter().map(|e| person(e)).collect(),
            organisation: "Migrationsberatung".into(),
            role: String::new(),
            dietary: String::new(),
            accessibility: String::new(),
            interpreting: String::new(),
            lang: "de".into(),
            district: "15003".into(),
            choices: choices.iter().map(|c| c.to_string()).collect(),
        }
    }

    /// An event of `capacity` places with one workshop of `places` places.
    async fn small_event(store: &Arc<dyn Store>, id: &str, year: i32, capacity: u32, places: u32) {
        let mut e = event(year);
        e.capacity = capacity;
        store.create_event(id, &e, &audit(1)).await.unwrap();
        let room = RoomText {
            name: "Raum".into(),
            capacity: 50,
            accessible: true,
            notes: String::new(),
        };
        store
            .save_room(id, &format!("{id}-r"), &room, &audit(1))
            .await
            .unwrap();
        let mut w = session(&format!("{id}-r"), 800, "Workshop");
        w.capacity = Some(places);
        store
            .save_session(id, &format!("{id}-w"), &w, &audit(1))
            .await
            .unwrap();
    }

    fn offered_to(offers: &[Offer]) -> Vec<String> {
        offers.iter().map(|o| o.email.clone()).collect()
    }

    #[tokio::test]
    async fn two_people_taking_the_last_seat_at_once_get_one_seat() {
        for db in testkit::engines("conference_last_seat").await {
            let (name, store) = (db.name, db.store.clone());
            small_event(&store, "ev", 2040, 3, 2).await;
            // Two seats go first; then twelve people race for the last one.
            for e in ["a@example.org", "b@example.org"] {
                let r = registration("ev", e, &[e], &["ev-w"]);
                assert_eq!(
                    store.register(&r, &audit(2)).await.unwrap(),
                    PlaceState::Confirmed
                );
            }
            let mut tasks = Vec::new();
            for i in 0..12 {
                let store: Arc<dyn Store> = store.clone();
                tasks.push(tokio::spawn(async move {
                    let email = format!("race{i}@example.org");
                    let r = registration("ev", &email, &[&email], &["ev-w"]);
                    store.register(&r, &audit(3)).await
                }));
            }
            let mut states = Vec::new();
            for t in tasks {
                states.push(t.await.unwrap().unwrap());
            }
            let seats = states
                .iter()
                .filter(|s| **s == PlaceState::Confirmed)
                .count();
            assert_eq!(seats, 1, "{name}: {states:?}");
            let counts = store.place_counts("ev").await.unwrap();
            assert_eq!((counts.held, counts.waiting), (3, 11), "{name}");
            // The workshop had two places: both went to the first two.
            assert_eq!(
                counts.workshops,
                vec![("ev-w".to_string(), 2, 12)],
                "{name}"
            );
            // Registering twice with one address is refused, and nothing is written.
            let again = registration("ev", "g", &["a@example.org"], &[]);
            assert!(matches!(
                store.register(&again, &audit(4)).await,
                Err(StoreError::Conflict(_))
            ));
            let group = registration("ev", "g2", &["new@example.org", "b@example.org"], &[]);
            assert!(matches!(
                store.register(&group, &audit(4)).await,
                Err(StoreError::Conflict(_))
            ));
            assert_eq!(store.registrations("ev").await.unwrap().len(), 14, "{name}");
        }
    }

    #[tokio::test]
    async fn a_freed_place_is_offered_in_order_and_moves_on_when_not_taken() {
        for db in testkit::engines("conference_waiting").await {
            let (name, store) = (db.name, db.store.clone());
            small_event(&store, "ev", 2041, 2, 1).await;
            let reg = |group: &str, emails: &[&str]| registration("ev", group, emails, &[]);
            store
                .register(&reg("1", &["a@example.org"]), &audit(1))
                .await
                .unwrap();
            store
                .register(&reg("2", &["b@example.org"]), &audit(1))
                .await
                .unwrap();
            // A group of two waits first, then a single person.
            let g = reg("g", &["g1@example.org", "g2@example.org"]);
            assert_eq!(
                store.register(&g, &audit(2)).await.unwrap(),
                PlaceState::Waiting
            );
            let single = reg("s", &["s@example.org"]);
            assert_eq!(
                store.register(&single, &audit(3)).await.unwrap(),
                PlaceState::Waiting
            );

            // One place frees: too small for the group at the head, and nobody jumps it.
            let offers = store
                .cancel_registration("t-a@example.org", &token, &audit(10))
                .await
                .unwrap();
            assert!(offers.is_empty(), "{name}: {offers:?}");
            // A second cancellation through the same link changes nothing.
            assert!(matches!(
                store
                    .cancel_registration("t-a@example.org", &token, &audit(11))
                    .await,
                Err(StoreError::Conflict(_))
            ));
            // The second place frees: the group of two is offered both, with a deadline.
            let offers = store
                .cancel_registration("t-b@example.org", &token, &audit(20))
                .await
                .unwrap();
            assert_eq!(
                offered_to(&offers),
                vec!["g1@example.org", "g2@example.org"],
                "{name}"
            );
            assert!(
                offers
                    .iter()
                    .all(|o| o.until == 20 + 48 * 3600 && o.session_id.is_none())
            );

            // g1 accepts in time; g2 lets the offer run out.
            let (answered, more) = store
                .answer_offer(
                    &format!("hash-{}", offers[0].token),
                    true,
                    &token,
                    &audit(30),
                )
                .await
                .unwrap();
            assert!(answered.accepted && more.is_empty(), "{name}");
            // The link works once.
            assert!(matches!(
                store
                    .answer_offer(
                        &format!("hash-{}", offers[0].token),
                        true,
                        &token,
                        &audit(31)
                    )
                    .await,
                Err(StoreError::NotFound)
            ));
            // Too early to expire anything; after the deadline, g2's place goes to s.
            assert!(store.expire_offers(100, &token).await.unwrap().is_empty());
            let late = 20 + 48 * 3600 + 1;
            assert!(matches!(
                store
                    .answer_offer(
                        &format!("hash-{}", offers[1].token),
                        true,
                        &token,
                        &audit(late)
                    )
                    .await,
                Err(StoreError::Conflict(_))
            ));
            let moved = store.expire_offers(late, &token).await.unwrap();
            assert_eq!(offered_to(&moved), vec!["s@example.org"], "{name}");
            let state_of = |email: &'static str| {
                let store = store.clone();
                async move {
                    store
                        .registration(&format!("t-{email}"))
                        .await
                        .unwrap()
                        .unwrap()
                        .0
                        .state()
                }
            };
            assert_eq!(
                state_of("g1@example.org").await,
                PlaceState::Confirmed,
                "{name}"
            );
            assert_eq!(
                state_of("g2@example.org").await,
                PlaceState::Expired,
                "{name}"
            );
            assert_eq!(
                state_of("s@example.org").await,
                PlaceState::Offered,
                "{name}"
            );
            // s declines: nobody is left waiting, the place stays free.
            let (_, none) = store
                .answer_offer(
                    &format!("hash-{}", moved[0].token),
                    false,
                    &token,
                    &audit(late + 1),
                )
                .await
                .unwrap();
            assert!(none.is_empty());
            let counts = store.place_counts("ev").await.unwrap();
            assert_eq!((counts.held, counts.waiting), (1, 0), "{name}");
        }
    }

    #[tokio::test]
    async fn a_workshop_place_goes_to_the_next_with_a_place_at_the_event() {
        for db in testkit::engines("conference_workshop").await {
            let (name, store) = (db.name, db.store.clone());
            small_event(&store, "ev", 2042, 0, 1).await;
            for e in ["a@example.org", "b@example.org", "c@example.org"] {
                store
                    .register(&registration("ev", e, &[e], &["ev-w"]), &audit(1))
                    .await
                    .unwrap();
            }
            let choices = |email: &'static str| {
                let store = store.clone();
                async move {
                    store
                        .registration(&format!("t-{email}"))
                        .await
                        .unwrap()
                        .unwrap()
                        .1
                }
            };
            assert_eq!(
                choices("a@example.org").await[0].state(),
                PlaceState::Confirmed
            );
            assert_eq!(
                choices("b@example.org").await[0].state(),
                PlaceState::Waiting
            );
            // a gives the workshop up (keeps the event): b is offered it.
            let offers = store
                .change_choices("t-a@example.org", &[], &token, &audit(5))
                .await
                .unwrap();
            assert_eq!(offered_to(&offers), vec!["b@example.org"], "{name}");
            assert_eq!(offers[0].session_id.as_deref(), Some("ev-w"));
            assert!(choices("a@example.org").await.is_empty());
            // A workshop not of this event is refused.
            assert!(matches!(
                store
                    .change_choices("t-c@example.org", &["other".into()], &token, &audit(6))
                    .await,
                Err(StoreError::NotFound)
            ));
            assert_eq!(
                choices("c@example.org").await[0].state(),
                PlaceState::Waiting,
                "{name}"
            );
        }
    }
}

mod deletion {
    use super::*;
    use beratungsnetz_store::conference::places::{NewPerson, NewRegistration};

    #[tokio::test]
    async fn attendee_data_goes_after_the_set_days_and_the_counts_stay() {
        for db in testkit::engines("conference_deletion").await {
            let (name, store) = (db.name, db.store.clone());
            let e = event(2043);
            store.create_event("ev", &e, &audit(1)).await.unwrap();
            let r = NewRegistration {
                event_id: "ev".into(),
                group_id: "g".into(),
                people: vec![NewPerson {
                    id: "p1".into(),
                    name: "A. Beispiel".into(),
                    email: "a@example.org".into(),
                    token_hash: "t1".into(),
                    checkin_code: "CODE1".into(),
                }],
                organisation: "Beratung".into(),
                role: String::new(),
                dietary: "vegetarisch".into(),
                accessibility: String::new(),
                interpreting: String::new(),
                lang: "de".into(),
                district: "15003".into(),
                choices: Vec::new(),
            };
            store.register(&r, &audit(2)).await.unwrap();
            store.check_in("ev", "CODE1", &audit(3)).await.unwrap();
            let due = e.day + i64::from(e.delete_after_days);
            assert_eq!(
                store.delete_attendee_data(due, &audit(4)).await.unwrap(),
                0,
                "{name}"
            );
            assert_eq!(
                store
                    .delete_attendee_data(due + 1, &audit(5))
                    .await
                    .unwrap(),
                1,
                "{name}"
            );
            assert_eq!(
                store
                    .delete_attendee_data(due + 2, &audit(6))
                    .await
                    .unwrap(),
                0,
                "{name}"
            );
            // Nothing personal is left, the link and the code are dead, the counts stay.
            assert!(store.registration("t1").await.unwrap().is_none(), "{name}");
            let rows = store.registrations("ev").await.unwrap();
            assert_eq!(rows.len(), 1);
            let row = &rows[0];
            assert_eq!(
                (
                    row.name.as_str(),
                    row.email.as_str(),
                    row.organisation.as_str(),
                    row.dietary.as_str()
                ),
                ("", "", "", ""),
                "{name}"
            );
            assert!(row.checked_in_at.is_some(), "{name}");
            assert!(matches!(
                store.check_in("ev", "CODE1", &audit(7)).await,
                Err(StoreError::NotFound)
            ));
            let arrivals = store.arrivals("ev").await.unwrap();
            assert_eq!((arrivals.confirmed, arrivals.arrived), (1, 1), "{name}");
            // The address may register again for another event: the unique index ignores it.
            let mut again = r.clone();
            again.people[0].token_hash = "t2".into();
            again.people[0].checkin_code = "CODE2".into();
            again.people[0].id = "p2".into();
            store.register(&again, &audit(8)).await.unwrap();
        }
    }
}

mod after_the_day {
    use super::*;
    use beratungsnetz_core::conference::after::{Attended, FeedbackText};
    use beratungsnetz_store::conference::after::NewCertificate;
    use beratungsnetz_store::conference::places::{NewPerson, NewRegistration};

    fn registration(id: &str, email: &str, organisation: &str, district: &str) -> NewRegistration {
        NewRegistration {
            event_id: "ev".into(),
            group_id: format!("g-{id}"),
            people: vec![NewPerson {
                id: id.into(),
                name: format!("Name {id}"),
                email: email.into(),
                token_hash: format!("t-{id}"),
                checkin_code: format!("C-{id}"),
            }],
            organisation: organisation.into(),
            role: String::new(),
            dietary: String::new(),
            accessibility: String::new(),
            interpreting: String::new(),
            lang: "de".into(),
            district: district.into(),
            choices: Vec::new(),
        }
    }

    fn certificate(registration: &str, code: &str) -> NewCertificate {
        NewCertificate {
            code: code.into(),
            registration_id: registration.into(),
            minutes: 330,
            sessions: vec![Attended {
                title: "Begrüßung".into(),
                starts: 570,
                ends: 600,
            }],
        }
    }

    fn feedback(overall: u8) -> FeedbackText {
        FeedbackText {
            overall,
            useful: 4,
            comment: "Gut".into(),
            wishes: String::new(),
        }
    }

    #[tokio::test]
    async fn certificates_feedback_reminders_and_figures() {
        for db in testkit::engines("conference_after").await {
            let (name, store) = (db.name, db.store.clone());
            let e = event(2044);
            store.create_event("ev", &e, &audit(1)).await.unwrap();
            for (id, org, district) in [
                ("p1", "Caritas Halle", "15002"),
                ("p2", " caritas halle ", "15002"),
                ("p3", "AWO Magdeburg", "15003"),
            ] {
                let r = registration(id, &format!("{id}@example.org"), org, district);
                store.register(&r, &audit(2)).await.unwrap();
            }
            store
                .cancel_registration("t-p3", &|| ("x".into(), "y".into()), &audit(2))
                .await
                .unwrap();

            // Reminders: not too early, then each person with a place once, even to
            // two runs at once; the cancelled one never.
            assert!(
                store
                    .claim_reminders(e.day - 4, 3)
                    .await
                    .unwrap()
                    .is_empty()
            );
            let (a, b) = tokio::join!(
                store.claim_reminders(e.day - 3, 3),
                store.claim_reminders(e.day - 3, 3)
            );
            let mut reminded: Vec<String> = a
                .unwrap()
                .into_iter()
                .chain(b.unwrap())
                .map(|r| r.id)
                .collect();
            reminded.sort();
            assert_eq!(reminded, ["p1", "p2"], "{name}");
            assert!(
                store.claim_reminders(e.day, 3).await.unwrap().is_empty(),
                "{name}"
            );

            // A certificate only for someone checked in; the first one issued stays,
            // even when two are asked for at once.
            assert!(matches!(
                store
                    .certificate_for(&certificate("p1", "AAAA-AAAA-AAAA"), 10)
                    .await,
                Err(StoreError::NotFound)
            ));
            store.check_in("ev", "C-p1", &audit(3)).await.unwrap();
            let mut tasks = Vec::new();
            for code in ["AAAA-AAAA-AAAA", "BBBB-BBBB-BBBB", "CCCC-CCCC-CCCC"] {
                let store: Arc<dyn Store> = store.clone();
                tasks.push(tokio::spawn(async move {
                    store.certificate_for(&certificate("p1", code), 11).await
                }));
            }
            let mut codes = Vec::new();
            for t in tasks {
                codes.push(t.await.unwrap().unwrap().code);
            }
            codes.dedup();
            assert_eq!(codes.len(), 1, "{name}: {codes:?}");
            let cert = store.certificate(&codes[0]).await.unwrap().unwrap();
            assert_eq!(
                (cert.name.as_str(), cert.minutes),
                ("Name p1", 330),
                "{name}"
            );
            assert_eq!(cert.sessions()[0].title, "Begrüßung");
            assert!(store.certificate("ZZZZ-ZZZZ-ZZZZ").await.unwrap().is_none());

            // Feedback: not before check-in, once, and not traceable.
            assert!(matches!(
                store
                    .give_feedback("t-p2", "f0", &feedback(5), &audit(4))
                    .await,
                Err(StoreError::NotFound)
            ));
            let (good, poor, at) = (feedback(5), feedback(1), audit(4));
            let (a, b) = tokio::join!(
                store.give_feedback("t-p1", "f1", &good, &at),
                store.give_feedback("t-p1", "f2", &poor, &at)
            );
            assert!(
                a.is_ok() != b.is_ok(),
                "{name}: exactly one counts: {a:?} {b:?}"
            );
            assert!(matches!(
                store
                    .give_feedback("t-p1", "f3", &feedback(3), &audit(4))
                    .await,
                Err(StoreError::Conflict(_))
            ));
            let given = store.feedback("ev").await.unwrap();
            assert_eq!(given.len(), 1, "{name}");

            // The figures, before and after the attendee data is deleted.
            let figures = |all: Vec<beratungsnetz_store::conference::after::YearFigures>| {
                all.into_iter().find(|y| y.year == 2044).unwrap()
            };
            let before = figures(store.year_figures().await.unwrap());
            assert_eq!(
                (
                    before.registered,
                    before.confirmed,
                    before.cancelled,
                    before.attended
                ),
                (3, 2, 1, 1),
                "{name}"
            );
            assert_eq!(
                before.organisations, 2,
                "{name}: case and spaces do not count"
            );
            assert_eq!(
                before.districts,
                vec![("15002".to_string(), 2), ("15003".to_string(), 1)],
                "{name}"
            );
            assert_eq!(before.feedback, 1, "{name}");
            assert!(before.overall.is_some());
            let due = e.day + i64::from(e.delete_after_days) + 1;
            store.delete_attendee_data(due, &audit(9)).await.unwrap();
            assert_eq!(
                figures(store.year_figures().await.unwrap()),
                before,
                "{name}"
            );
            // The certificate still verifies, without the name.
            let cert = store.certificate(&codes[0]).await.unwrap().unwrap();
            assert_eq!(
                (cert.name.as_str(), cert.organisation.as_str()),
                ("", ""),
                "{name}"
            );
            assert_eq!(cert.minutes, 330, "{name}");
        }
    }
}

mod workshop_results {
    use super::*;
    use beratungsnetz_store::conference::results::NewFile;

    fn file(id: &str) -> NewFile {
        NewFile {
            id: id.into(),
            name: format!("{id}.pdf"),
            content_type: "application/pdf".into(),
            body: b"%PDF-1.7 sample".to_vec(),
        }
    }

    #[tokio::test]
    async fn notes_sheets_and_files_stay_with_their_workshop() {
        for db in testkit::engines("conference_results").await {
            let (name, store) = (db.name, db.store.clone());
            for (id, year) in [("ev", 2045), ("other", 2046)] {
                store
                    .create_event(id, &event(year), &audit(1))
                    .await
                    .unwrap();
                let room = RoomText {
                    name: "Raum".into(),
                    capacity: 30,
                    accessible: true,
                    notes: String::new(),
                };
                store
                    .save_room(id, &format!("{id}-r"), &room, &audit(1))
                    .await
                    .unwrap();
                store
                    .save_session(
                        id,
                        &format!("{id}-w"),
                        &session(&format!("{id}-r"), 800, "W"),
                        &audit(1),
                    )
                    .await
                    .unwrap();
                let mut talk = session(&format!("{id}-r"), 540, "Vortrag");
                talk.kind = SessionKind::Talk;
                talk.capacity = None;
                store
                    .save_session(id, &format!("{id}-t"), &talk, &audit(1))
                    .await
                    .unwrap();
            }
            // Only a workshop of the event has results.
            let kinds = vec![
                "debt_counselling".to_string(),
                "debt_counselling".to_string(),
            ];
            for (event, session) in [("ev", "ev-t"), ("ev", "other-w"), ("nope", "ev-w")] {
                assert!(
                    matches!(
                        store
                            .save_workshop_result(event, session, "x", &kinds, &audit(2))
                            .await,
                        Err(StoreError::NotFound)
                    ),
                    "{name}: {event} {session}"
                );
            }
            store
                .save_workshop_result("ev", "ev-w", "Ergebnis", &kinds, &audit(2))
                .await
                .unwrap();
            // A burst of uploads does not pass the limit.
            let mut tasks = Vec::new();
            for i in 0..8 {
                let store: Arc<dyn Store> = store.clone();
                tasks.push(tokio::spawn(async move {
                    store
                        .add_workshop_file("ev", "ev-w", &file(&format!("f{i}")), 3, &audit(3))
                        .await
                }));
            }
            let mut added = 0;
            for t in tasks {
                match t.await.unwrap() {
                    Ok(()) => added += 1,
                    Err(StoreError::Conflict(_)) => {}
                    Err(e) => panic!("{name}: {e}"),
                }
            }
            assert_eq!(added, 3, "{name}");
            let results = store.workshop_results("ev").await.unwrap();
            assert_eq!(results.len(), 1, "{name}");
            let r = &results[0];
            assert_eq!(
                (r.notes.as_str(), r.sheets.clone()),
                ("Ergebnis", vec!["debt_counselling".to_string()])
            );
            assert_eq!(r.files.len(), 3, "{name}");
            let id = r.files[0].id.clone();
            let (meta, body) = store.workshop_file("ev", &id).await.unwrap().unwrap();
            assert_eq!(
                (meta.size, body),
                (15, b"%PDF-1.7 sample".to_vec()),
                "{name}"
            );
            // Another event's address does not reach it.
            assert!(store.workshop_file("other", &id).await.unwrap().is_none());
            assert!(matches!(
                store.delete_workshop_file("other", &id, &audit(4)).await,
                Err(StoreError::NotFound)
            ));
            store
                .delete_workshop_file("ev", &id, &audit(4))
                .await
                .unwrap();
            assert!(store.workshop_file("ev", &id).await.unwrap().is_none());
            // The sheet names the workshop; deleting the workshop takes its results.
            let linked = store.sheet_workshops("debt_counselling").await.unwrap();
            assert_eq!(linked.len(), 1, "{name}");
            assert_eq!((linked[0].year, linked[0].title.as_str()), (2045, "W"));
            store
                .delete_conference_session("ev", "ev-w", &audit(5))
                .await
                .unwrap();
            assert!(
                store.workshop_results("ev").await.unwrap().is_empty(),
                "{name}"
            );
            assert!(
                store
                    .sheet_workshops("debt_counselling")
                    .await
                    .unwrap()
                    .is_empty()
            );
        }
    }
}
