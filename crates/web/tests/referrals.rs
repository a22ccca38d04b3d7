//! Referrals through HTTP: who sees a referral (the authorization matrix, on every
//! engine), the consent deciding what travels, the slip route, the work lists as a page
//! and as JSON, the client's access and erasure, and the coordinators' figures.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::StatusCode;
use beratungsnetz_core::accounts::Role;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::audit::AuditFilter;
use common::signed_in::*;

#[tokio::test]
async fn a_referral_reaches_only_its_two_sides_and_the_consent_decides_what_travels() {
    for w in worlds("referral_matrix").await {
        only_its_two_sides(&w).await;
    }
}

async fn only_its_two_sides(w: &World) {
    let third = w.third_org().await;
    // The sender counsels at another organisation than the service's.
    let mut sender = w
        .person("sender@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    let mut receiver = w
        .person("receiver@example.org", Role::Counsellor, Some(&w.org))
        .await;

    let start = format!("/verwaltung/verweisungen/neu?angebot={}", w.service);
    let form = sender.get(&start).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains("id=\"capacity\""));
    // A form without consent purpose or needs is refused, naming the fields; nothing saved.
    let mut missing = referral_form(&csrf(&form.body), "send");
    missing.retain(|(k, _)| *k != "consent_purpose" && *k != "need");
    let refused = post_pairs(&mut sender, &start, &missing).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("id=\"consent_purpose-error\""));
    assert!(refused.body.contains("id=\"need-error\""));
    let sent = post_pairs(
        &mut sender,
        &start,
        &referral_form(&csrf(&form.body), "send"),
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let case = sent.location.unwrap();
    assert!(case.starts_with("/verwaltung/verweisungen/"));

    // The receiving organisation's counsellors are told, with nothing but the link: no
    // person, no need, not even the kind of service.
    w.state.background.idle().await;
    let mails = w.state.store.mails(100).await.unwrap();
    let new = mails
        .iter()
        .find(|m| m.recipient == "receiver@example.org")
        .expect("a mail to the receiving side");
    assert!(new.body.contains(&case), "{}", new.body);
    let service_name = w.service_name().await;
    for secret in [
        "MBE-2026",
        "0000 987654",
        "Sperrandrohung",
        "Schulden",
        &service_name,
    ] {
        assert!(
            !new.body.contains(secret) && !new.subject.contains(secret),
            "{secret}"
        );
    }

    // The sender sees everything they wrote; the receiver only what was consented to.
    let mine = sender.get(&case).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert!(mine.body.contains("Sperrandrohung"));
    let theirs = receiver.get(&case).await;
    assert_eq!(theirs.status, StatusCode::OK, "{}", theirs.body);
    assert!(theirs.body.contains("0000 987654"));
    assert!(
        !theirs.body.contains("Sperrandrohung"),
        "the note was not consented to"
    );
    assert!(theirs.body.contains("value=\"accept\""));

    // Everyone else: as if it did not exist. The matrix is printed.
    // Everyone × every referral page and endpoint: only the two sides see anything; for
    // everyone else the referral does not exist. The matrix is printed.
    let mut people: Vec<(&str, Option<Browser>, Seen)> = vec![
        ("counsellor, sending organisation", None, Seen::SENDER),
        ("counsellor, receiving organisation", None, Seen::RECEIVER),
    ];
    let others: [(&str, Role, Option<&str>, Seen); 4] = [
        (
            "editor, sending organisation",
            Role::Editor,
            Some(&w.other_org),
            Seen::NOT_A_COUNSELLOR,
        ),
        (
            "editor, receiving organisation",
            Role::Editor,
            Some(&w.org),
            Seen::NOT_A_COUNSELLOR,
        ),
        (
            "counsellor, third organisation",
            Role::Counsellor,
            Some(&third),
            Seen::THIRD_COUNSELLOR,
        ),
        ("coordinator", Role::Coordinator, None, Seen::COORDINATOR),
    ];
    for (i, (who, role, org, expected)) in others.into_iter().enumerate() {
        let b = w.person(&format!("other{i}@example.org"), role, org).await;
        people.push((who, Some(b), expected));
    }
    people.push(("anonymous", Some(Browser::new(&w.app)), Seen::ANONYMOUS));
    println!(
        "who gets what about one referral ({}): page, step, slip, work list, API list, \
         access request, figures",
        w.engine
    );
    for (who, b, expected) in &mut people {
        let b = match b {
            Some(b) => b,
            None if who.contains("sending") => &mut sender,
            None => &mut receiver,
        };
        let got = Seen::of(b, &case).await;
        println!("  {who:<36} {got}");
        assert_eq!(got, *expected, "{who}");
    }
    // Not in the coordinators' audit log page either, not even asked for by kind.
    let coordinator = people
        .iter_mut()
        .find(|(who, _, _)| *who == "coordinator")
        .and_then(|(_, b, _)| b.as_mut())
        .unwrap();
    for log in [
        "/verwaltung/protokoll",
        "/verwaltung/protokoll?entity=referral",
    ] {
        let page = coordinator.get(log).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(id_of(&case)), "{log}");
    }

    // The receiver moves it on; both see the same timeline.
    for (action, extra) in [
        ("accept", None),
        ("first-contact", None),
        ("close", Some(("outcome", "got-help"))),
    ] {
        let page = receiver.get(&case).await;
        let mut pairs = vec![("csrf", csrf(&page.body)), ("action", action.to_string())];
        if let Some((k, v)) = extra {
            pairs.push((k, v.to_string()));
        }
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let done = receiver.post(&case, &pairs).await;
        assert_eq!(
            done.status,
            StatusCode::SEE_OTHER,
            "{action}: {}",
            done.body
        );
    }
    w.state.background.idle().await;
    let to_sender = w
        .state
        .store
        .mails(100)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.recipient == "sender@example.org")
        .count();
    assert_eq!(
        to_sender, 3,
        "accepted, arrived, closed: the sender hears each"
    );
    let closed = sender.get(&case).await;
    assert!(closed.body.contains("Hilfe erhalten") || closed.body.contains("abgeschlossen"));
    assert!(closed.body.contains("Person angekommen"));
    // Ended: a step now is refused, nothing changes.
    let late = sender
        .post(
            &case,
            &[("csrf", &csrf(&closed.body)), ("action", "withdraw")],
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    // A side cannot take the other side's step.
    let page = receiver.get(&case).await;
    let wrong = receiver
        .post(
            &case,
            &[("csrf", &csrf(&page.body)), ("action", "nonsense")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A draft is the sender's alone until it is sent.
    let form = sender.get(&start).await;
    let kept = post_pairs(
        &mut sender,
        &start,
        &referral_form(&csrf(&form.body), "draft"),
    )
    .await;
    let draft = kept.location.unwrap();
    assert!(sender.get(&draft).await.body.contains("Entwurf"));
    assert_eq!(receiver.get(&draft).await.status, StatusCode::NOT_FOUND);
    let page = sender.get(&draft).await;
    let sent = sender
        .post(&draft, &[("csrf", &csrf(&page.body)), ("action", "send")])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(receiver.get(&draft).await.status, StatusCode::OK);

    // A second referral: the consent withdrawn hides the contact from the receiver at once.
    let form = sender.get(&start).await;
    let sent = post_pairs(
        &mut sender,
        &start,
        &referral_form(&csrf(&form.body), "send"),
    )
    .await;
    let second = sent.location.unwrap();
    let page = sender.get(&second).await;
    let withdrawn = sender
        .post(
            &second,
            &[("csrf", &csrf(&page.body)), ("action", "withdraw-consent")],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    let theirs = receiver.get(&second).await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(!theirs.body.contains("0000 987654"));
    assert!(theirs.body.contains("zurückgezogen"));
    // Work lists: the receiver's incoming list holds both, the sender's outgoing too.
    let list = receiver.get("/verwaltung/verweisungen").await;
    assert!(list.body.contains(&case) && list.body.contains(&second));
    // Every read and step is in the audit log, by id only.
    let id = case.rsplit('/').next().unwrap();
    let audit = w
        .state
        .store
        .audit(&AuditFilter {
            entity: Some("referral".into()),
            limit: 1000,
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = audit
        .iter()
        .filter(|e| e.entity_id == id)
        .map(|e| e.action.as_str())
        .collect();
    for a in [
        "referral-create",
        "referral-send",
        "referral-read",
        "referral-accept",
    ] {
        assert!(actions.contains(&a), "{a} not audited: {actions:?}");
    }
    assert!(audit.iter().all(|e| !e.actor.contains("MBE-2026")));
}

#[tokio::test]
async fn the_slip_route_records_the_arrival_with_nothing_about_the_person_stored() {
    let w = world().await;
    let (mut sender, mut receiver, mut stranger) = w.counsellors().await;

    let start = format!("/verwaltung/verweisungen/neu?angebot={}", w.service);
    let form = sender.get(&start).await;
    // Anonymous: no reference, no contact, no note — only the need and the consent.
    let mut pairs = referral_form(&csrf(&form.body), "send");
    pairs.retain(|(k, _)| !matches!(*k, "client_ref" | "contact_value" | "note" | "languages"));
    for (k, v) in pairs.iter_mut() {
        if *k == "contact_way" {
            *v = "client-calls".into();
        }
    }
    let sent = post_pairs(&mut sender, &start, &pairs).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let case = sent.location.unwrap();
    let id = case.rsplit('/').next().unwrap().to_string();
    let mine = sender.get(&case).await;
    let code = strong_in(&mine.body, "slip");
    assert_eq!(code.len(), 9, "{code}");

    // The slip: the sender's to print, nobody else's.
    let slip = sender.get(&format!("{case}/zettel?sprache=ar")).await;
    assert_eq!(slip.status, StatusCode::OK);
    assert!(slip.body.contains(&code));
    assert!(
        slip.body.contains("lang=\"ar\" dir=\"rtl\""),
        "an Arabic half"
    );
    assert!(slip.body.contains("Verweisungszettel"), "a German half");
    // The opening hours are printed on the slip itself, in both languages.
    assert_eq!(slip.body.matches("class=\"slip-hours\"").count(), 2);
    assert!(slip.body.contains("Montag") || slip.body.contains("Dienstag"));
    assert_eq!(
        receiver.get(&format!("{case}/zettel")).await.status,
        StatusCode::NOT_FOUND
    );
    let theirs = receiver.get(&case).await;
    assert!(
        !theirs.body.contains(&code),
        "the receiving side never sees the code"
    );

    // Another organisation's counsellor with the right code, a wrong code: the same 404.
    let page = stranger.get("/verwaltung/verweisungen/ankunft").await;
    let tried = stranger
        .post(
            "/verwaltung/verweisungen/ankunft",
            &[("csrf", &csrf(&page.body)), ("code", &code)],
        )
        .await;
    assert_eq!(tried.status, StatusCode::NOT_FOUND);
    let page = receiver.get("/verwaltung/verweisungen/ankunft").await;
    assert_eq!(page.status, StatusCode::OK);
    let wrong = receiver
        .post(
            "/verwaltung/verweisungen/ankunft",
            &[("csrf", &csrf(&page.body)), ("code", "AAAA-AAAA")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    assert!(wrong.body.contains("id=\"unknown-code\""));
    // Typed as people type: lower case, a space for the dash.
    let typed = code.to_lowercase().replace('-', " ");
    let arrived = receiver
        .post(
            "/verwaltung/verweisungen/ankunft",
            &[("csrf", &csrf(&page.body)), ("code", &typed)],
        )
        .await;
    assert_eq!(arrived.status, StatusCode::SEE_OTHER, "{}", arrived.body);
    assert_eq!(arrived.location.as_deref(), Some(case.as_str()));
    let seen = sender.get(&case).await;
    assert!(seen.body.contains("Person angekommen"));
    assert!(seen.body.contains("in Arbeit"));

    // What is stored about the person: nothing but the need and the consent.
    let keys = w.state.keys.clone().unwrap();
    let r = w
        .state
        .store
        .referral_for(&keys, &id.as_str().into(), &[w.org.as_str().into()])
        .await
        .unwrap()
        .unwrap();
    assert_eq!(r.details.client_ref, "");
    assert_eq!(r.details.note, "");
    assert_eq!(
        r.details.contact,
        beratungsnetz_core::referrals::Contact::ClientCalls
    );
    assert!(r.details.languages.is_empty());
}

/// What one person gets about one referral from every referral page and endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Seen {
    /// GET the referral's page.
    page: u16,
    /// POST a step to it (one that no state allows: found and refused, or not found).
    step: u16,
    /// GET its slip.
    slip: u16,
    /// The work list page names it.
    list: bool,
    /// GET `/api/v1/referrals`, and whether it lists the referral.
    api: (u16, bool),
    /// The access request for the client's reference, and whether it finds the referral.
    rights: (u16, bool),
    /// The coordinators' figures.
    figures: u16,
}

impl Seen {
    const SENDER: Seen = Seen {
        page: 200,
        step: 422,
        // This referral reaches the client by phone: it has no slip. Who gets a slip is
        // in the slip route's own test.
        slip: 404,
        list: true,
        api: (200, true),
        rights: (200, true),
        figures: 403,
    };
    const RECEIVER: Seen = Seen::SENDER;
    const THIRD_COUNSELLOR: Seen = Seen {
        page: 404,
        step: 404,
        slip: 404,
        list: false,
        api: (200, false),
        rights: (200, false),
        figures: 403,
    };
    const NOT_A_COUNSELLOR: Seen = Seen {
        list: false,
        api: (403, false),
        rights: (403, false),
        step: 404,
        ..Seen::THIRD_COUNSELLOR
    };
    const COORDINATOR: Seen = Seen {
        figures: 200,
        ..Seen::NOT_A_COUNSELLOR
    };
    const ANONYMOUS: Seen = Seen {
        page: 303,
        step: 303,
        slip: 303,
        list: false,
        api: (401, false),
        rights: (303, false),
        figures: 303,
    };

    async fn of(b: &mut Browser, case: &str) -> Seen {
        let id = id_of(case);
        let page = b.get(case).await;
        if page.status != StatusCode::OK {
            assert!(!page.body.contains("MBE-2026-017"));
        }
        let home = b.get("/verwaltung").await;
        let token = if home.status == StatusCode::OK {
            csrf(&home.body)
        } else {
            "none".into()
        };
        let step = b
            .post(case, &[("csrf", &token), ("action", "nonsense")])
            .await;
        let slip = b.get(&format!("{case}/zettel")).await;
        let list = b.get("/verwaltung/verweisungen").await;
        let api = b.get("/api/v1/referrals").await;
        let rights = b
            .post(
                RIGHTS,
                &[
                    ("csrf", &token),
                    ("ref", "MBE-2026-017"),
                    ("action", "show"),
                ],
            )
            .await;
        let figures = b.get("/verwaltung/verweisungen/statistik").await;
        for r in [&list, &api, &rights, &figures, &slip, &step] {
            assert!(!r.body.contains("MBE-2026-017") || r.status == StatusCode::OK);
        }
        Seen {
            page: page.status.as_u16(),
            step: step.status.as_u16(),
            slip: slip.status.as_u16(),
            list: list.status == StatusCode::OK && list.body.contains(id),
            api: (api.status.as_u16(), api.body.contains(id)),
            rights: (rights.status.as_u16(), rights.body.contains(id)),
            figures: figures.status.as_u16(),
        }
    }
}

impl std::fmt::Display for Seen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let yes = |b: bool| if b { "listed" } else { "-" };
        write!(
            f,
            "{} {} {} {:<6} {} {:<6} {} {:<6} {}",
            self.page,
            self.step,
            self.slip,
            yes(self.list),
            self.api.0,
            yes(self.api.1),
            self.rights.0,
            yes(self.rights.1),
            self.figures
        )
    }
}

/// Sends the referral form from `b` to the world's service: the referral's page.
async fn send_referral(w: &World, b: &mut Browser, changes: &[(&'static str, &str)]) -> String {
    let start = format!("/verwaltung/verweisungen/neu?angebot={}", w.service);
    let form = b.get(&start).await;
    let mut pairs = referral_form(&csrf(&form.body), "send");
    for (k, v) in changes {
        pairs.retain(|(key, _)| key != k);
        pairs.push((k, v.to_string()));
    }
    let sent = post_pairs(b, &start, &pairs).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    sent.location.unwrap()
}

/// Takes one step on a referral's page.
async fn step(b: &mut Browser, case: &str, action: &str, extra: &[(&str, &str)]) {
    let page = b.get(case).await;
    let token = csrf(&page.body);
    let mut pairs = vec![("csrf", token.as_str()), ("action", action)];
    pairs.extend_from_slice(extra);
    let done = b.post(case, &pairs).await;
    assert_eq!(
        done.status,
        StatusCode::SEE_OTHER,
        "{action}: {}",
        done.body
    );
}

const RIGHTS: &str = "/verwaltung/verweisungen/auskunft";

/// Sends the access-and-erasure form.
async fn ask(b: &mut Browser, pairs: Vec<(&'static str, String)>) -> Resp {
    post_pairs(b, RIGHTS, &pairs).await
}

fn id_of(case: &str) -> &str {
    case.rsplit('/').next().unwrap()
}

#[tokio::test]
async fn work_lists_filter_by_state_put_overdue_first_and_answer_as_json() {
    // A Monday morning; two working days later a sent referral is overdue.
    let clock = std::sync::Arc::new(
        beratungsnetz_core::clock::FixedClock::at_berlin("2026-11-30T10:00").unwrap(),
    );
    let w = world_at(clock.clone()).await;
    let mut sender = w
        .person("sender@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    let old = send_referral(&w, &mut sender, &[]).await;
    // Thursday: the sessions of Monday have ended.
    clock.advance(3 * 86_400);
    let mut sender = w
        .person("sender2@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    let new = send_referral(&w, &mut sender, &[]).await;
    let mut receiver = w
        .person("receiver@example.org", Role::Counsellor, Some(&w.org))
        .await;

    let json = receiver.get("/api/v1/referrals?side=incoming").await;
    assert_eq!(json.status, StatusCode::OK, "{}", json.body);
    assert_eq!(json.headers["cache-control"], "no-store");
    let list: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let items = list["referrals"].as_array().unwrap();
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [id_of(&old), id_of(&new)], "overdue first");
    assert_eq!(items[0]["overdue"], true);
    assert_eq!(items[1]["overdue"], false);
    assert_eq!(items[1]["waiting"], true);
    assert_eq!(items[0]["state"], "sent");
    assert_eq!(items[0]["fhir_status"], "requested");
    assert_eq!(items[0]["side"], "incoming");
    // Nothing sealed in a work list.
    assert!(!json.body.contains("MBE-2026"), "{}", json.body);
    // The sender's side: both outgoing, neither waits for them.
    let theirs = sender.get("/api/v1/referrals?side=outgoing").await;
    let theirs: serde_json::Value = serde_json::from_str(&theirs.body).unwrap();
    assert_eq!(theirs["referrals"].as_array().unwrap().len(), 2);
    assert!(
        receiver
            .get("/api/v1/referrals?side=outgoing")
            .await
            .body
            .contains("\"referrals\":[]")
    );

    // Accepted: no longer in the "sent" filter, in the "accepted" one.
    step(&mut receiver, &new, "accept", &[]).await;
    let sent_only = receiver.get("/api/v1/referrals?state=sent").await;
    assert!(sent_only.body.contains(id_of(&old)) && !sent_only.body.contains(id_of(&new)));
    let accepted = receiver
        .get("/api/v1/referrals?state=accepted,closed")
        .await;
    assert!(!accepted.body.contains(id_of(&old)) && accepted.body.contains(id_of(&new)));
    let page = receiver
        .get("/verwaltung/verweisungen?zustand=accepted")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&new) && !page.body.contains(&old));
    let page = receiver.get("/verwaltung/verweisungen").await;
    let (first, second) = (page.body.find(&old).unwrap(), page.body.find(&new).unwrap());
    assert!(first < second, "overdue first on the page too");
    assert!(page.body.contains("überfällig"));

    // Wrong parameters are named; the signed-out get 401, the non-counsellors 403.
    for (query, param) in [
        ("state=nonsense", "state"),
        ("side=both", "side"),
        ("q=x", "q"),
    ] {
        let bad = receiver.get(&format!("/api/v1/referrals?{query}")).await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{query}");
        let body: serde_json::Value = serde_json::from_str(&bad.body).unwrap();
        assert_eq!(body["error"]["parameter"], param, "{query}");
    }
    assert_eq!(
        receiver
            .get("/verwaltung/verweisungen?zustand=bogus")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let anonymous = Browser::new(&w.app).get("/api/v1/referrals").await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert!(anonymous.body.contains("\"status\":401"));
    let mut editor = w
        .person("editor@example.org", Role::Editor, Some(&w.org))
        .await;
    assert_eq!(
        editor.get("/api/v1/referrals").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_client_gets_a_record_of_everything_held_and_its_erasure() {
    let w = world().await;
    let (mut sender, mut receiver, mut stranger) = w.counsellors().await;
    // The sender is shown by first name on the timeline; a name too long is refused.
    let account = sender.get("/verwaltung/konto").await;
    let token = csrf(&account.body);
    let long = "A".repeat(41);
    let refused = sender
        .post(
            "/verwaltung/konto/name",
            &[("csrf", &token), ("first_name", &long)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let named = sender
        .post(
            "/verwaltung/konto/name",
            &[("csrf", &token), ("first_name", " Amira ")],
        )
        .await;
    assert_eq!(named.status, StatusCode::OK, "{}", named.body);
    assert!(named.body.contains("value=\"Amira\""));

    let one = send_referral(&w, &mut sender, &[]).await;
    let two = send_referral(&w, &mut sender, &[]).await;
    let other = send_referral(&w, &mut sender, &[("client_ref", "XYZ-9")]).await;
    step(&mut receiver, &one, "accept", &[]).await;
    let sender_org = w
        .state
        .store
        .fetch_by(
            Entity::Organization,
            "id",
            std::slice::from_ref(&w.other_org),
        )
        .await
        .unwrap()[0]
        .str("name")
        .unwrap()
        .to_string();
    let page = receiver.get(&one).await;
    assert!(
        page.body.contains(&format!("Amira, {sender_org}")),
        "first name and organisation on the timeline"
    );

    let rights = RIGHTS;
    let form = sender.get(rights).await;
    assert_eq!(form.status, StatusCode::OK);
    let token = csrf(&form.body);
    // Written as people write it: other case, spaces around.
    let shown = ask(
        &mut sender,
        vec![
            ("csrf", token.clone()),
            ("ref", " mbe-2026-017 ".into()),
            ("action", "show".into()),
        ],
    )
    .await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    assert!(shown.body.contains(&one) && shown.body.contains(&two));
    assert!(!shown.body.contains(&other));

    // The record as JSON: everything the sender wrote, the consent and the timeline.
    let json = ask(
        &mut sender,
        vec![
            ("csrf", token.clone()),
            ("ref", "MBE-2026-017".into()),
            ("action", "json".into()),
        ],
    )
    .await;
    assert_eq!(json.status, StatusCode::OK);
    assert_eq!(json.headers["content-type"], "application/json");
    assert!(
        json.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let record: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let referrals = record["referrals"].as_array().unwrap();
    assert_eq!(referrals.len(), 2);
    assert_eq!(referrals[0]["side"], "sender");
    assert_eq!(
        referrals[0]["details"]["note"],
        "Sperrandrohung vom Energieversorger"
    );
    assert_eq!(referrals[0]["consent"]["purpose"], "Schuldnerberatung");
    let accepted = referrals.iter().find(|r| r["id"] == id_of(&one)).unwrap();
    let events: Vec<&str> = accepted["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["event"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["create", "send", "accept"]);
    // The receiving side's record holds only what was consented to.
    let rtoken = csrf(&receiver.get(rights).await.body);
    let json = ask(
        &mut receiver,
        vec![
            ("csrf", rtoken.clone()),
            ("ref", "MBE-2026-017".into()),
            ("action", "json".into()),
        ],
    )
    .await;
    let record: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let referrals = record["referrals"].as_array().unwrap();
    assert_eq!(referrals.len(), 2);
    assert_eq!(referrals[0]["side"], "receiver");
    // Not the purpose nor who witnessed the consent: the receiving case page shows neither.
    assert!(referrals[0]["consent"]["purpose"].is_null());
    assert!(referrals[0]["consent"]["given"].is_null());
    assert!(referrals[0]["details"]["note"].is_null());
    assert_eq!(referrals[0]["details"]["contact"]["value"], "0000 987654");
    // A third organisation holds nothing under the reference.
    let stoken = csrf(&stranger.get(rights).await.body);
    let none = ask(
        &mut stranger,
        vec![
            ("csrf", stoken),
            ("ref", "MBE-2026-017".into()),
            ("action", "show".into()),
        ],
    )
    .await;
    assert!(none.body.contains("id=\"none-found\""));
    assert!(!none.body.contains(&one));
    // A readable PDF in Arabic beside German.
    let pdf = ask(
        &mut sender,
        vec![
            ("csrf", token.clone()),
            ("ref", "MBE-2026-017".into()),
            ("action", "pdf".into()),
            ("pdf_lang", "ar".into()),
        ],
    )
    .await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.headers["content-type"], "application/pdf");
    assert!(pdf.body.starts_with("%PDF-"));
    // Bad input is named and changes nothing.
    for (pairs, status) in [
        (
            vec![
                ("csrf", token.clone()),
                ("ref", "".into()),
                ("action", "show".into()),
            ],
            StatusCode::BAD_REQUEST,
        ),
        (
            vec![
                ("csrf", token.clone()),
                ("ref", "MBE-2026-017".into()),
                ("action", "pdf".into()),
                ("pdf_lang", "xx".into()),
            ],
            StatusCode::BAD_REQUEST,
        ),
        (
            vec![
                ("csrf", "forged".into()),
                ("ref", "MBE-2026-017".into()),
                ("action", "erase".into()),
                ("confirm", "yes".into()),
            ],
            StatusCode::FORBIDDEN,
        ),
        (
            vec![
                ("csrf", token.clone()),
                ("ref", "MBE-2026-017".into()),
                ("action", "erase".into()),
            ],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        assert_eq!(ask(&mut sender, pairs).await.status, status);
    }
    assert_eq!(
        sender.get(&one).await.status,
        StatusCode::OK,
        "nothing erased"
    );
    // Only what the list showed is erased: the ids shown for one reference do not erase
    // under another.
    let switched = ask(
        &mut sender,
        vec![
            ("csrf", token.clone()),
            ("ref", "XYZ-9".into()),
            ("id", id_of(&one).into()),
            ("action", "erase".into()),
            ("confirm", "yes".into()),
        ],
    )
    .await;
    assert_eq!(switched.status, StatusCode::OK);
    assert_eq!(sender.get(&one).await.status, StatusCode::OK);
    assert_eq!(sender.get(&other).await.status, StatusCode::OK);

    // Erasure: both referrals gone for both sides, the other client's stays, counts remain.
    let erased = ask(
        &mut sender,
        vec![
            ("csrf", token.clone()),
            ("ref", "MBE-2026-017".into()),
            ("id", id_of(&one).into()),
            ("id", id_of(&two).into()),
            ("action", "erase".into()),
            ("confirm", "yes".into()),
        ],
    )
    .await;
    assert_eq!(erased.status, StatusCode::OK, "{}", erased.body);
    assert!(erased.body.contains("id=\"erased\""));
    for case in [&one, &two] {
        assert_eq!(sender.get(case).await.status, StatusCode::NOT_FOUND);
        assert_eq!(receiver.get(case).await.status, StatusCode::NOT_FOUND);
    }
    assert_eq!(sender.get(&other).await.status, StatusCode::OK);
    let tallies = w.state.store.referral_tallies().await.unwrap();
    assert_eq!(tallies.iter().map(|(_, _, n)| n).sum::<i64>(), 2);
    let audit = w
        .state
        .store
        .audit(&AuditFilter {
            entity: Some("referral".into()),
            limit: 1000,
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    for case in [&one, &two] {
        assert!(
            audit
                .iter()
                .any(|e| e.entity_id == id_of(case) && e.action == "referral-erase")
        );
    }
    assert!(audit.iter().all(|e| !e.actor.contains("MBE")));
}

#[tokio::test]
async fn coordinators_see_figures_and_none_below_five() {
    let w = world().await;
    let mut sender = w
        .person("sender@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    let mut receiver = w
        .person("receiver@example.org", Role::Counsellor, Some(&w.org))
        .await;
    let mut cases = Vec::new();
    for _ in 0..7 {
        cases.push(send_referral(&w, &mut sender, &[]).await);
    }
    for case in &cases[..2] {
        step(&mut receiver, case, "decline", &[("reason", "no-capacity")]).await;
    }
    let mut coordinator = w
        .person("koordination@example.org", Role::Coordinator, None)
        .await;
    let page = coordinator.get("/verwaltung/verweisungen/statistik").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let row = |label: &str| {
        let at = page.body.find(label).unwrap_or_else(|| panic!("{label}"));
        let rest = &page.body[at..];
        rest[..rest.find("</tr>").unwrap()].to_string()
    };
    // Five still sent: shown. Two declined for lack of capacity: withheld.
    assert!(
        row("gesendet</th>").contains(">5</td>"),
        "{}",
        row("gesendet</th>")
    );
    let declined = row("keine Kapazität");
    assert!(
        declined.contains("&lt; 5") && !declined.contains(">2<"),
        "{declined}"
    );
    // Nothing but figures: no service, no reference.
    assert!(!page.body.contains("MBE-2026") && !page.body.contains(&w.service_name().await));
    // Counsellors do not see the figures page.
    assert_eq!(
        sender
            .get("/verwaltung/verweisungen/statistik")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_consent_form_prints_in_the_clients_language_beside_german() {
    let w = world().await;
    let mut counsellor = w
        .person("beratung@example.org", Role::Counsellor, Some(&w.other_org))
        .await;
    // A counsellor starts a referral from the service's page or a search hit; nobody
    // else is offered one, and the page is then not for any cache to keep.
    let refer = format!("/verwaltung/verweisungen/neu?angebot={}", w.service);
    let detail = counsellor.get(&format!("/angebot/{}", w.service)).await;
    assert!(
        detail.body.contains(&refer),
        "the service page offers a referral"
    );
    assert_eq!(detail.headers["cache-control"], "private, no-store");
    let hits = counsellor.get("/suche?q=Beratung").await;
    assert!(hits.body.contains("/verwaltung/verweisungen/neu?angebot="));
    let public = Browser::new(&w.app)
        .get(&format!("/angebot/{}", w.service))
        .await;
    assert!(!public.body.contains("verweisungen/neu"));
    assert!(public.headers.get("cache-control").is_none());
    let mut editor = w
        .person("redaktion@example.org", Role::Editor, Some(&w.org))
        .await;
    let theirs = editor.get(&format!("/angebot/{}", w.service)).await;
    assert!(
        !theirs.body.contains("verweisungen/neu"),
        "editors do not refer"
    );
    let start = counsellor.get(&refer).await;
    let link = format!(
        "/verwaltung/verweisungen/einwilligung?angebot={}&amp;sprache=fa",
        w.service
    );
    assert!(start.body.contains(&link), "the referral form links to it");
    let pdf = counsellor.get(&link.replace("&amp;", "&")).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.headers["content-type"], "application/pdf");
    assert!(pdf.body.starts_with("%PDF-"));
    assert!(
        pdf.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains(beratungsnetz_core::referrals::draft::CONSENT_FORM_VERSION)
    );
    for (query, status) in [
        ("sprache=xx", StatusCode::BAD_REQUEST),
        ("angebot=nope", StatusCode::NOT_FOUND),
        ("", StatusCode::OK),
    ] {
        let r = counsellor
            .get(&format!("/verwaltung/verweisungen/einwilligung?{query}"))
            .await;
        assert_eq!(r.status, status, "{query}");
    }
    let mut editor = w
        .person("editor@example.org", Role::Editor, Some(&w.org))
        .await;
    assert_eq!(
        editor
            .get("/verwaltung/verweisungen/einwilligung")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
