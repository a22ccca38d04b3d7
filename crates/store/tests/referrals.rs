//! Referrals at rest, on SQLite always and on PostgreSQL when
//! BERATUNGSNETZ_TEST_DATABASE_URL is set: only the two organisations get one back, the
//! raw database holds no case detail in plaintext, state changes hold under a burst of
//! parallel requests, a withdrawn consent stops the referral, key rotation keeps every
//! referral readable.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use beratungsnetz_core::ids::{AccountId, OrganizationId, ReferralId};
use beratungsnetz_core::referrals::{
    CaseDetails, Category, Consent, ConsentStatus, Contact, DeclineReason, Event, Given, Outcome,
    Party, Refused, State, Urgency,
};
use beratungsnetz_store::Store;
use beratungsnetz_store::referrals::{Direction, NewReferral};
use beratungsnetz_store::sealing::Keyring;
use beratungsnetz_testkit::{self as testkit, Raw, TestDb};

const NOTE: &str = "Mahnung vom Energieversorger, Sperrandrohung";
const PHONE: &str = "0000 987654";
const CLIENT: &str = "MBE-2026-017";
const PURPOSE: &str = "Schuldnerberatung wegen Energieschulden";
const WITNESS: &str = "Berta Beispiel";

fn new_referral(id: &str, now: i64) -> NewReferral {
    NewReferral {
        id: id.into(),
        sender_org: "org-mbe".into(),
        sender_account: "acc-sender".into(),
        service_id: "svc-debt".into(),
        receiver_org: "org-debt".into(),
        urgency: Urgency::Soon,
        details: CaseDetails {
            client_ref: CLIENT.into(),
            needs: vec!["need:debts".into(), "need:energy".into()],
            languages: vec!["ar".into()],
            interpreter_needed: true,
            contact: Contact::Phone(PHONE.into()),
            note: NOTE.into(),
            slip_code: None,
        },
        consent: Consent {
            categories: vec![Category::Needs, Category::Contact],
            purpose: PURPOSE.into(),
            form_version: "2026-1".into(),
            given: Given::Oral {
                witness: WITNESS.into(),
            },
        },
        consent_valid_until: now + 90 * 86_400,
        slip_code_hash: None,
        service_kind: "kind:debt".into(),
        service_district: "15002".into(),
        now,
    }
}

/// The referral facts summed by everything they say, to compare before and after a
/// deletion.
async fn fact_sums(store: &dyn Store, keys: &Keyring) -> std::collections::BTreeMap<String, i64> {
    let mut sums = std::collections::BTreeMap::new();
    for f in store.referral_facts(Some(keys)).await.unwrap() {
        let mut needs = f.needs.clone();
        needs.sort();
        let key = format!(
            "{} {} {} {} {} {} {:?}",
            f.month,
            needs.join(","),
            f.kind,
            f.district,
            f.route.code(),
            f.state,
            f.contact_days
        );
        *sums.entry(key).or_default() += f.n;
    }
    sums
}

fn orgs(ids: &[&str]) -> Vec<OrganizationId> {
    ids.iter().map(|s| OrganizationId::new(*s)).collect()
}

fn rid(id: &str) -> ReferralId {
    ReferralId::new(id)
}

fn aid(id: &str) -> AccountId {
    AccountId::new(id)
}

/// Writes referral `id` at `at` and sends it a second later.
async fn sent(store: &dyn Store, keys: &Keyring, id: &str, at: i64) {
    store
        .create_referral(keys, &new_referral(id, at))
        .await
        .unwrap();
    store
        .apply_referral_event(&rid(id), Event::Send, Party::Sender, None, at + 1)
        .await
        .unwrap()
        .unwrap();
}

/// Every byte the database keeps: the SQLite file with its write-ahead log, or every
/// referral and timeline row as PostgreSQL prints them (sealed columns as escaped text,
/// so readable bytes stay readable).
async fn raw_dump(db: &TestDb) -> Vec<u8> {
    match &db.raw {
        Raw::Sqlite(path) => {
            let mut bytes = std::fs::read(path).unwrap();
            let wal = path.with_extension("db-wal");
            if let Ok(more) = std::fs::read(&wal) {
                bytes.extend(more);
            }
            bytes
        }
        Raw::Postgres(_) => {
            let mut out = String::new();
            for query in [
                "SELECT r::text, encode(details, 'escape'), encode(consent, 'escape') \
                 FROM referral r",
                "SELECT e::text FROM referral_event e",
            ] {
                for row in db.strings(query).await {
                    for v in row.into_iter().flatten() {
                        out.push_str(&v);
                        out.push('\n');
                    }
                }
            }
            out.into_bytes()
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn only_the_two_organisations_see_a_referral_and_nothing_is_plaintext_at_rest() {
    for db in testkit::engines("referrals_rest").await {
        let (name, store) = (db.name, db.store.clone());
        let keys = Keyring::generate().unwrap();
        store
            .create_referral(&keys, &new_referral("r1", 1_000))
            .await
            .unwrap();
        // A draft is the sender's alone.
        assert!(
            store
                .referral_for(&keys, &rid("r1"), &orgs(&["org-debt"]))
                .await
                .unwrap()
                .is_none(),
            "{name}: the receiving side sees no draft"
        );
        assert!(
            store
                .referral_list(&orgs(&["org-debt"]), Direction::Incoming)
                .await
                .unwrap()
                .is_empty(),
            "{name}"
        );
        store
            .apply_referral_event(&rid("r1"), Event::Send, Party::Sender, None, 1_001)
            .await
            .unwrap()
            .unwrap();
        for party in [&["org-mbe"][..], &["org-debt"], &["org-x", "org-debt"]] {
            let r = store
                .referral_for(&keys, &rid("r1"), &orgs(party))
                .await
                .unwrap()
                .unwrap_or_else(|| panic!("{name}: {party:?} should see it"));
            assert_eq!(r.state, State::Sent, "{name}");
            assert_eq!(r.details.note, NOTE, "{name}");
            assert_eq!(r.consent_status(2_000), ConsentStatus::Valid, "{name}");
        }
        for outsider in [&[][..], &["org-x"], &["org-mbe2", "org"]] {
            assert!(
                store
                    .referral_for(&keys, &rid("r1"), &orgs(outsider))
                    .await
                    .unwrap()
                    .is_none(),
                "{name}: {outsider:?} must not see it"
            );
        }
        assert!(
            store
                .referral_for(&keys, &rid("nope"), &orgs(&["org-mbe"]))
                .await
                .unwrap()
                .is_none()
        );
        // Work lists: each side its own, nothing for others.
        let out = store
            .referral_list(&orgs(&["org-mbe"]), Direction::Outgoing)
            .await
            .unwrap();
        assert_eq!(out.len(), 1, "{name}");
        let incoming = store
            .referral_list(&orgs(&["org-debt"]), Direction::Incoming)
            .await
            .unwrap();
        assert_eq!(incoming, out, "{name}");
        assert!(
            store
                .referral_list(&orgs(&["org-mbe"]), Direction::Incoming)
                .await
                .unwrap()
                .is_empty()
        );
        // Another key opens nothing.
        let other = Keyring::generate().unwrap();
        assert!(
            store
                .referral_for(&other, &rid("r1"), &orgs(&["org-mbe"]))
                .await
                .is_err(),
            "{name}"
        );

        let dump = raw_dump(&db).await;
        assert!(
            contains(&dump, "org-debt"),
            "{name}: the dump reads the table"
        );
        for secret in [NOTE, PHONE, CLIENT, PURPOSE, WITNESS, "need:energy"] {
            assert!(!contains(&dump, secret), "{name}: `{secret}` in plaintext");
        }
    }
}

#[tokio::test]
async fn the_life_of_a_referral_is_kept_on_one_timeline() {
    for db in testkit::engines("referrals_life").await {
        let (name, store) = (db.name, db.store.clone());
        let keys = Keyring::generate().unwrap();
        store
            .create_referral(&keys, &new_referral("r1", 100))
            .await
            .unwrap();
        let steps = [
            (Event::Send, Party::Sender, Some("acc-sender"), State::Sent),
            (
                Event::Accept,
                Party::Receiver,
                Some("acc-r"),
                State::Accepted,
            ),
            (
                Event::FirstContact,
                Party::Receiver,
                Some("acc-r"),
                State::InProgress,
            ),
            (
                Event::Close(Outcome::GotHelp),
                Party::Receiver,
                Some("acc-r"),
                State::Closed(Outcome::GotHelp),
            ),
        ];
        for (i, (event, party, account, want)) in steps.into_iter().enumerate() {
            let got = store
                .apply_referral_event(
                    &rid("r1"),
                    event,
                    party,
                    account.map(aid).as_ref(),
                    200 + i as i64,
                )
                .await
                .unwrap();
            assert_eq!(got, Ok(want), "{name} {event:?}");
        }
        // Ended: nothing moves it, and nothing is written.
        let refused = store
            .apply_referral_event(
                &rid("r1"),
                Event::Withdraw,
                Party::Sender,
                Some(&aid("acc-sender")),
                300,
            )
            .await
            .unwrap();
        assert!(matches!(refused, Err(Refused::Ended(_))), "{name}");
        let timeline = store.timeline(&rid("r1")).await.unwrap();
        let events: Vec<&str> = timeline.iter().map(|t| t.event.as_str()).collect();
        assert_eq!(
            events,
            ["create", "send", "accept", "first-contact", "close"],
            "{name}"
        );
        assert_eq!(timeline.last().unwrap().state, "closed:got-help");
        assert_eq!(timeline[1].party, "sender");
        // The wrong party, an unknown referral.
        store
            .create_referral(&keys, &new_referral("r2", 100))
            .await
            .unwrap();
        let wrong = store
            .apply_referral_event(&rid("r2"), Event::Send, Party::Receiver, None, 400)
            .await
            .unwrap();
        assert!(matches!(wrong, Err(Refused::NotYours { .. })), "{name}");
        assert!(
            store
                .apply_referral_event(&rid("zz"), Event::Send, Party::Sender, None, 400)
                .await
                .is_err()
        );
    }
}

#[tokio::test]
async fn of_parallel_answers_exactly_one_wins() {
    for db in testkit::engines("referrals_race").await {
        let (name, store) = (db.name, db.store.clone());
        let keys = Keyring::generate().unwrap();
        sent(store.as_ref(), &keys, "r1", 100).await;
        // Twelve receivers answer at once, half accepting, half declining.
        let mut tasks = Vec::new();
        for i in 0..12 {
            let store: Arc<dyn Store> = store.clone();
            tasks.push(tokio::spawn(async move {
                let event = if i % 2 == 0 {
                    Event::Accept
                } else {
                    Event::Decline(DeclineReason::NoCapacity)
                };
                store
                    .apply_referral_event(&rid("r1"), event, Party::Receiver, None, 200 + i)
                    .await
            }));
        }
        let mut won = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(Ok(_)) => won += 1,
                Ok(Err(_)) => {}
                Err(e) => panic!("{name}: {e}"),
            }
        }
        assert_eq!(won, 1, "{name}");
        let timeline = store.timeline(&rid("r1")).await.unwrap();
        assert_eq!(timeline.len(), 3, "{name}: create, send and one answer");
    }
}

#[tokio::test]
async fn a_withdrawn_consent_hides_the_details_and_stops_the_referral() {
    for db in testkit::engines("referrals_consent").await {
        let (name, store) = (db.name, db.store.clone());
        let keys = Keyring::generate().unwrap();
        sent(store.as_ref(), &keys, "r1", 100).await;
        store
            .withdraw_consent(&rid("r1"), &aid("acc-sender"), 500)
            .await
            .unwrap();
        // Twice is the same as once.
        store
            .withdraw_consent(&rid("r1"), &aid("acc-sender"), 600)
            .await
            .unwrap();
        let r = store
            .referral_for(&keys, &rid("r1"), &orgs(&["org-debt"]))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(r.state, State::Withdrawn, "{name}");
        assert_eq!(r.consent_status(501), ConsentStatus::Withdrawn);
        let seen = r
            .details
            .as_seen_by_receiver(&r.consent, r.consent_status(501));
        assert_eq!(seen.contact, None);
        assert_eq!(seen.needs, None);
        let events: Vec<String> = store
            .timeline(&rid("r1"))
            .await
            .unwrap()
            .into_iter()
            .map(|t| t.event)
            .collect();
        assert_eq!(
            events,
            ["create", "send", "consent-withdrawn", "consent-ended"],
            "{name}"
        );
        assert!(
            store
                .withdraw_consent(&rid("zz"), &aid("acc"), 1)
                .await
                .is_err()
        );
    }
}

#[tokio::test]
async fn key_rotation_keeps_every_referral_readable() {
    for db in testkit::engines("referrals_keys").await {
        let (name, store) = (db.name, db.store.clone());
        let mut keys = Keyring::generate().unwrap();
        for i in 0..3 {
            store
                .create_referral(&keys, &new_referral(&format!("r{i}"), 100))
                .await
                .unwrap();
        }
        // A second factor set up before secrets were sealed: in plaintext.
        let account = store
            .create_account("totp@example.org", None, 100)
            .await
            .unwrap();
        store
            .set_totp(&account.id, Some(TOTP_SECRET), None)
            .await
            .unwrap();
        assert_eq!(store.plain_secrets().await.unwrap(), 1, "{name}");
        keys.add_version().unwrap();
        let resealed = store.reseal_referrals(&keys).await.unwrap();
        assert_eq!((resealed.referrals, resealed.secrets), (3, 1), "{name}");
        assert_eq!(store.plain_secrets().await.unwrap(), 0, "{name}");
        let raw = db
            .strings("SELECT totp_secret FROM account WHERE email = 'totp@example.org'")
            .await;
        let stored = raw[0][0].clone().unwrap();
        assert!(
            stored.starts_with("sealed:") && !stored.contains(TOTP_SECRET),
            "{name}"
        );
        // Only the new key is needed now.
        let only_new = Keyring::parse(
            &keys
                .to_text()
                .lines()
                .filter(|l| !l.starts_with("v1 "))
                .collect::<Vec<_>>()
                .join("\n"),
        )
        .unwrap();
        for i in 0..3 {
            let r = store
                .referral_for(&only_new, &rid(&format!("r{i}")), &orgs(&["org-mbe"]))
                .await
                .unwrap()
                .unwrap();
            assert_eq!(r.details.note, NOTE, "{name}");
            assert_eq!(
                r.consent.given,
                Given::Oral {
                    witness: WITNESS.into()
                }
            );
        }
        let place = beratungsnetz_store::referrals::secret_place(&account.id, "totp_secret");
        assert_eq!(only_new.open_text(place, &stored).unwrap(), TOTP_SECRET);
        // Bound to its row: another account's column does not open it.
        let elsewhere = beratungsnetz_store::referrals::secret_place("someone-else", "totp_secret");
        assert!(only_new.open_text(elsewhere, &stored).is_err(), "{name}");
    }
}

const TOTP_SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

#[tokio::test]
async fn the_purge_deletes_exactly_what_ended_long_enough_ago_and_counts_it() {
    const DAY: i64 = 86_400;
    for db in testkit::engines("referrals_purge").await {
        let (name, store) = (db.name, db.store.clone());
        let keys = Keyring::generate().unwrap();
        let t0 = 1_767_225_600; // 2026-01-01
        // (id, events after sending, when the last one happened)
        let plan: [(&str, &[Event], i64); 6] = [
            (
                "closed-old",
                &[Event::Accept, Event::Close(Outcome::GotHelp)],
                t0,
            ),
            (
                "declined-old",
                &[Event::Decline(DeclineReason::NoCapacity)],
                t0,
            ),
            ("withdrawn-old", &[Event::Withdraw], t0 + DAY),
            (
                "closed-new",
                &[Event::Accept, Event::Close(Outcome::GotHelp)],
                t0 + 200 * DAY,
            ),
            ("open-old", &[Event::Accept], t0),
            ("sent-old", &[], t0),
        ];
        for (id, events, at) in plan {
            sent(store.as_ref(), &keys, id, at - 10).await;
            for e in events {
                let party = e.party();
                store
                    .apply_referral_event(&rid(id), *e, party, None, at)
                    .await
                    .unwrap()
                    .unwrap();
            }
        }
        // Unanswered: sent and nothing since.
        assert_eq!(
            store.unanswered_referrals(t0 + DAY).await.unwrap(),
            [rid("sent-old")],
            "{name}"
        );
        let facts_before = fact_sums(store.as_ref(), &keys).await;
        assert_eq!(facts_before.values().sum::<i64>(), 6, "{name}");
        assert!(
            facts_before
                .keys()
                .all(|k| k.contains("need:debts,need:energy kind:debt 15002 data")),
            "{name}: {facts_before:?}"
        );
        // 180 days after 2026-01-10: the three ended in early January go, nothing else.
        let n = store
            .purge_referrals(Some(&keys), t0 + 190 * DAY)
            .await
            .unwrap();
        assert_eq!(n, 3, "{name}");
        for gone in ["closed-old", "declined-old", "withdrawn-old"] {
            assert!(
                store
                    .referral_for(&keys, &rid(gone), &orgs(&["org-mbe"]))
                    .await
                    .unwrap()
                    .is_none(),
                "{name}: {gone}"
            );
            assert!(
                store.timeline(&rid(gone)).await.unwrap().is_empty(),
                "{name}"
            );
        }
        for kept in ["closed-new", "open-old", "sent-old"] {
            assert!(
                store
                    .referral_for(&keys, &rid(kept), &orgs(&["org-mbe"]))
                    .await
                    .unwrap()
                    .is_some(),
                "{name}: {kept}"
            );
        }
        assert_eq!(
            store.referral_tallies().await.unwrap(),
            [
                ("2026-01".to_string(), "closed:got-help".to_string(), 1),
                ("2026-01".to_string(), "declined:no-capacity".to_string(), 1),
                ("2026-01".to_string(), "withdrawn".to_string(), 1),
            ],
            "{name}"
        );
        // The figures count the deleted ones as before, from their tallies.
        assert_eq!(
            fact_sums(store.as_ref(), &keys).await,
            facts_before,
            "{name}"
        );
        // Again: nothing more is due, the counts stay.
        assert_eq!(
            store
                .purge_referrals(Some(&keys), t0 + 190 * DAY)
                .await
                .unwrap(),
            0
        );
        assert_eq!(store.referral_tallies().await.unwrap().len(), 3);
        // Consent: runs out 90 days after creation for every referral here.
        let past = store.referrals_past_consent(t0 + 95 * DAY).await.unwrap();
        assert_eq!(past, [rid("open-old"), rid("sent-old")], "{name}");
    }
}
