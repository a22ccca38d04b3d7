//! Places at a Fachtag: registrations, workshop choices and the waiting lists. Every
//! change to who holds a place runs under the event's place lock, so two people taking
//! the last seat at once get one seat and one place on the waiting list, never two seats.
//!
//! The waiting lists are served strictly in order of arrival. People registered together
//! wait as a group: a freed place goes to the next group only when there are places for
//! all of it, and nobody behind it is served first. A freed place is *offered*: held for
//! the person until a deadline, accepted through a link of its own; an offer not taken in
//! time expires and the place moves on. A workshop's list serves only people who have a
//! place at the event.

use beratungsnetz_core::conference::registration::PlaceState;

use crate::audit::{AuditEntry, insert_audit};
use crate::sql::{Exec, Tx, sql};
use crate::{Result, StoreError};

/// One person of a new registration, with the secrets the web layer made for them.
#[derive(Clone, Debug)]
pub struct NewPerson {
    pub id: String,
    pub name: String,
    pub email: String,
    pub token_hash: String,
    pub checkin_code: String,
}

/// A registration as the store writes it: its people and what they share.
#[derive(Clone, Debug)]
pub struct NewRegistration {
    pub event_id: String,
    pub group_id: String,
    pub people: Vec<NewPerson>,
    pub organisation: String,
    pub role: String,
    pub dietary: String,
    pub accessibility: String,
    pub interpreting: String,
    pub lang: String,
    pub district: String,
    /// Chosen workshops (session ids of the event).
    pub choices: Vec<String>,
}

/// A freed place offered to someone: what the offer mail needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub event_id: String,
    pub registration_id: String,
    /// The workshop offered; None: a place at the event.
    pub session_id: Option<String>,
    pub name: String,
    pub email: String,
    pub lang: String,
    /// The token of the link that accepts or declines; only its hash is kept.
    pub token: String,
    pub until: i64,
}

/// Makes a link token and its hash: (token, hash).
pub type NewToken<'a> = &'a (dyn Fn() -> (String, String) + Sync);

/// Seconds of an hour.
const HOUR: i64 = 3600;

/// The event's place lock (separate from the programme's, so registering does not change
/// the schedule's version), and its capacity and offer hours; NotFound for no event.
pub(crate) async fn lock_places(tx: &Tx, event_id: &str) -> Result<(i64, i64)> {
    tx.lock_key(&format!("conference_places:{event_id}"))
        .await?;
    tx.fetch_optional(
        sql("SELECT capacity, offer_hours FROM conference_event WHERE id = $1").bind(event_id),
    )
    .await?
    .ok_or(StoreError::NotFound)
}

async fn count(db: &impl Exec, q: crate::sql::Sql) -> Result<i64> {
    let (n,): (i64,) = db.fetch_one(q).await?;
    Ok(n)
}

async fn held(tx: &Tx, event_id: &str) -> Result<i64> {
    count(
        tx,
        sql(
            "SELECT COUNT(*) FROM conference_registration WHERE event_id = $1 \
             AND state IN ('confirmed', 'offered')",
        )
        .bind(event_id),
    )
    .await
}

async fn anyone_waiting(tx: &Tx, event_id: &str) -> Result<bool> {
    Ok(count(
        tx,
        sql(
            "SELECT COUNT(*) FROM conference_registration WHERE event_id = $1 \
             AND state = 'waiting'",
        )
        .bind(event_id),
    )
    .await?
        > 0)
}

async fn next_position(tx: &Tx, event_id: &str) -> Result<i64> {
    let (max,): (Option<i64>,) = tx
        .fetch_one(
            sql("SELECT MAX(position) FROM conference_registration WHERE event_id = $1")
                .bind(event_id),
        )
        .await?;
    Ok(max.unwrap_or(0) + 1)
}

/// The places of a workshop of the event (its own, or its room's); NotFound for a session
/// that is not a workshop of the event.
async fn workshop_places(tx: &Tx, event_id: &str, session_id: &str) -> Result<i64> {
    let row: Option<(Option<i64>, i64)> = tx
        .fetch_optional(
            sql("SELECT s.capacity, r.capacity FROM conference_session s \
                 JOIN conference_room r ON r.id = s.room_id \
                 WHERE s.id = $1 AND s.event_id = $2 AND s.kind = 'workshop'")
            .bind(session_id)
            .bind(event_id),
        )
        .await?;
    let (own, room) = row.ok_or(StoreError::NotFound)?;
    Ok(own.unwrap_or(room))
}

/// Places a workshop has given out (confirmed or offered).
async fn workshop_held(tx: &Tx, session_id: &str) -> Result<i64> {
    count(
        tx,
        sql(
            "SELECT COUNT(*) FROM conference_choice WHERE session_id = $1 \
             AND state IN ('confirmed', 'offered')",
        )
        .bind(session_id),
    )
    .await
}

/// Whether someone with a place at the event waits for this workshop.
async fn workshop_queue(tx: &Tx, session_id: &str) -> Result<bool> {
    Ok(count(
        tx,
        sql("SELECT COUNT(*) FROM conference_choice c \
             JOIN conference_registration g ON g.id = c.registration_id \
             WHERE c.session_id = $1 AND c.state = 'waiting' AND g.state = 'confirmed'")
        .bind(session_id),
    )
    .await?
        > 0)
}

/// Adds a choice of a workshop: a place when one is free and nobody with a place at the
/// event waits for it (and the registration has a place itself), else the waiting list.
async fn add_choice(
    tx: &Tx,
    event_id: &str,
    registration_id: &str,
    registration_state: PlaceState,
    session_id: &str,
    position: i64,
) -> Result<PlaceState> {
    let places = workshop_places(tx, event_id, session_id).await?;
    let free = places - workshop_held(tx, session_id).await?;
    let state = if registration_state == PlaceState::Confirmed
        && free > 0
        && !workshop_queue(tx, session_id).await?
    {
        PlaceState::Confirmed
    } else {
        PlaceState::Waiting
    };
    tx.execute(
        sql(
            "INSERT INTO conference_choice (registration_id, session_id, state, position) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(registration_id)
        .bind(session_id)
        .bind(state.code())
        .bind(position),
    )
    .await?;
    Ok(state)
}

/// Writes a registration; all its people get the same state: places when there are
/// places for all of them and nobody waits, else the waiting list. `Conflict` when one
/// of the addresses is registered already; `NotFound` for a workshop not of the event.
pub(crate) async fn register(
    tx: &Tx,
    r: &NewRegistration,
    audit: &AuditEntry,
) -> Result<PlaceState> {
    let (capacity, _) = lock_places(tx, &r.event_id).await?;
    for p in &r.people {
        let taken = count(
            tx,
            sql(
                "SELECT COUNT(*) FROM conference_registration WHERE event_id = $1 \
                 AND email = $2 AND state IN ('confirmed', 'waiting', 'offered') \
                 AND personal_deleted = 0",
            )
            .bind(r.event_id.as_str())
            .bind(p.email.as_str()),
        )
        .await?;
        if taken > 0 {
            return Err(StoreError::Conflict("registered already".into()));
        }
    }
    let size = i64::try_from(r.people.len()).unwrap_or(i64::MAX);
    let room = capacity == 0 || held(tx, &r.event_id).await? + size <= capacity;
    let state = if room && !anyone_waiting(tx, &r.event_id).await? {
        PlaceState::Confirmed
    } else {
        PlaceState::Waiting
    };
    let position = next_position(tx, &r.event_id).await?;
    for (i, p) in (0_i64..).zip(&r.people) {
        tx.execute(
            sql(
                "INSERT INTO conference_registration (id, event_id, group_id, state, position, \
                 name, email, organisation, role, dietary, accessibility, interpreting, lang, \
                 token_hash, checkin_code, district, created_at, updated_at) VALUES \
                 ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)",
            )
            .bind(p.id.as_str())
            .bind(r.event_id.as_str())
            .bind(r.group_id.as_str())
            .bind(state.code())
            .bind(position + i)
            .bind(p.name.as_str())
            .bind(p.email.as_str())
            .bind(r.organisation.as_str())
            .bind(r.role.as_str())
            .bind(r.dietary.as_str())
            .bind(r.accessibility.as_str())
            .bind(r.interpreting.as_str())
            .bind(r.lang.as_str())
            .bind(p.token_hash.as_str())
            .bind(p.checkin_code.as_str())
            .bind(r.district.as_str())
            .bind(audit.at),
        )
        .await?;
        for session in &r.choices {
            add_choice(tx, &r.event_id, &p.id, state, session, position + i).await?;
        }
    }
    // Who registered stays out of the log: only how many, and where they stand.
    let after = serde_json::json!({ "people": size, "state": state.code() }).to_string();
    insert_audit(
        tx,
        &AuditEntry {
            entity: "conference_registration".into(),
            entity_id: r.group_id.clone(),
            after: Some(after),
            ..audit.clone()
        },
    )
    .await?;
    Ok(state)
}

#[derive(sqlx::FromRow)]
struct Waiting {
    id: String,
    group_id: String,
    name: String,
    email: String,
    lang: String,
}

async fn offer_registration(
    tx: &Tx,
    event_id: &str,
    w: &Waiting,
    now: i64,
    until: i64,
    new_token: NewToken<'_>,
) -> Result<Offer> {
    let (token, hash) = new_token();
    tx.execute(
        sql(
            "UPDATE conference_registration SET state = 'offered', offer_until = $1, \
             offer_token_hash = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(until)
        .bind(hash)
        .bind(now)
        .bind(w.id.as_str()),
    )
    .await?;
    Ok(Offer {
        event_id: event_id.to_string(),
        registration_id: w.id.clone(),
        session_id: None,
        name: w.name.clone(),
        email: w.email.clone(),
        lang: w.lang.clone(),
        token,
        until,
    })
}

/// Offers the event's and its workshops' free places to the next in line; returns the
/// offers made, for their mails.
pub(crate) async fn advance(
    tx: &Tx,
    event_id: &str,
    now: i64,
    new_token: NewToken<'_>,
) -> Result<Vec<Offer>> {
    let (capacity, offer_hours) = lock_places(tx, event_id).await?;
    let until = now + offer_hours * HOUR;
    let mut offers = Vec::new();
    let waiting: Vec<Waiting> = tx
        .fetch_all(
            sql(
                "SELECT id, group_id, name, email, lang FROM conference_registration \
                 WHERE event_id = $1 AND state = 'waiting' ORDER BY position",
            )
            .bind(event_id),
        )
        .await?;
    let mut free = if capacity == 0 {
        i64::MAX
    } else {
        capacity - held(tx, event_id).await?
    };
    // Groups in the order their first member arrived.
    let mut groups: Vec<&str> = Vec::new();
    for w in &waiting {
        if !groups.contains(&w.group_id.as_str()) {
            groups.push(&w.group_id);
        }
    }
    for group in groups {
        let members: Vec<&Waiting> = waiting.iter().filter(|w| w.group_id == group).collect();
        let size = i64::try_from(members.len()).unwrap_or(i64::MAX);
        if size > free {
            break;
        }
        for w in members {
            offers.push(offer_registration(tx, event_id, w, now, until, new_token).await?);
        }
        free -= size;
    }
    offers.extend(advance_workshops(tx, event_id, until, new_token).await?);
    Ok(offers)
}

#[derive(sqlx::FromRow)]
struct WaitingChoice {
    registration_id: String,
    session_id: String,
    name: String,
    email: String,
    lang: String,
}

async fn advance_workshops(
    tx: &Tx,
    event_id: &str,
    until: i64,
    new_token: NewToken<'_>,
) -> Result<Vec<Offer>> {
    let sessions: Vec<(String,)> = tx
        .fetch_all(
            sql(
                "SELECT id FROM conference_session WHERE event_id = $1 AND kind = 'workshop' \
                 ORDER BY number",
            )
            .bind(event_id),
        )
        .await?;
    let mut offers = Vec::new();
    for (session_id,) in sessions {
        let mut free = workshop_places(tx, event_id, &session_id).await?
            - workshop_held(tx, &session_id).await?;
        if free <= 0 {
            continue;
        }
        let waiting: Vec<WaitingChoice> = tx
            .fetch_all(
                sql(
                    "SELECT c.registration_id, c.session_id, g.name, g.email, g.lang \
                     FROM conference_choice c JOIN conference_registration g \
                     ON g.id = c.registration_id WHERE c.session_id = $1 \
                     AND c.state = 'waiting' AND g.state = 'confirmed' ORDER BY c.position",
                )
                .bind(session_id.as_str()),
            )
            .await?;
        for w in waiting {
            if free <= 0 {
                break;
            }
            let (token, hash) = new_token();
            tx.execute(
                sql(
                    "UPDATE conference_choice SET state = 'offered', offer_until = $1, \
                     offer_token_hash = $2 WHERE registration_id = $3 AND session_id = $4",
                )
                .bind(until)
                .bind(hash)
                .bind(w.registration_id.as_str())
                .bind(w.session_id.as_str()),
            )
            .await?;
            free -= 1;
            offers.push(Offer {
                event_id: event_id.to_string(),
                registration_id: w.registration_id,
                session_id: Some(w.session_id),
                name: w.name,
                email: w.email,
                lang: w.lang,
                token,
                until,
            });
        }
    }
    Ok(offers)
}

/// A registration as its person and the coordinators see it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct RegistrationRow {
    pub id: String,
    pub event_id: String,
    pub group_id: String,
    pub state: String,
    pub position: i64,
    pub offer_until: Option<i64>,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub role: String,
    pub dietary: String,
    pub accessibility: String,
    pub interpreting: String,
    pub lang: String,
    pub checkin_code: String,
    pub checked_in_at: Option<i64>,
    pub created_at: i64,
    /// 1 once they gave feedback.
    pub feedback_given: i64,
}

impl RegistrationRow {
    pub fn state(&self) -> PlaceState {
        PlaceState::parse(&self.state).unwrap_or(PlaceState::Cancelled)
    }
}

/// A workshop choice of a registration.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ChoiceRow {
    pub registration_id: String,
    pub session_id: String,
    pub state: String,
    pub offer_until: Option<i64>,
}

impl ChoiceRow {
    pub fn state(&self) -> PlaceState {
        PlaceState::parse(&self.state).unwrap_or(PlaceState::Cancelled)
    }
}

/// How a place stands: (held, waiting) for the event and each workshop.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub held: i64,
    pub waiting: i64,
    /// (session id, held, waiting) of every workshop with choices.
    pub workshops: Vec<(String, i64, i64)>,
}

pub(crate) const REGISTRATION_COLUMNS: &str = "id, event_id, group_id, state, position, \
     offer_until, name, email, organisation, role, dietary, accessibility, interpreting, lang, \
     checkin_code, checked_in_at, created_at, feedback_given";

pub(crate) async fn by_token(db: &impl Exec, token_hash: &str) -> Result<Option<RegistrationRow>> {
    db.fetch_optional(
        sql(format!(
            "SELECT {REGISTRATION_COLUMNS} FROM conference_registration WHERE token_hash = $1"
        ))
        .bind(token_hash),
    )
    .await
}

pub(crate) async fn choices_of(db: &impl Exec, registration_id: &str) -> Result<Vec<ChoiceRow>> {
    db.fetch_all(
        sql(
            "SELECT registration_id, session_id, state, offer_until FROM conference_choice \
             WHERE registration_id = $1 AND state IN ('confirmed', 'waiting', 'offered')",
        )
        .bind(registration_id),
    )
    .await
}

/// The registration of a personal link, locked with its event's places; NotFound for an
/// unknown link, Conflict for one cancelled or expired.
pub(crate) async fn active_by_token(tx: &Tx, token_hash: &str) -> Result<RegistrationRow> {
    let r = by_token(tx, token_hash)
        .await?
        .ok_or(StoreError::NotFound)?;
    lock_places(tx, &r.event_id).await?;
    // Read again under the lock: a parallel cancellation may have come first.
    let r = by_token(tx, token_hash)
        .await?
        .ok_or(StoreError::NotFound)?;
    if !r.state().active() {
        return Err(StoreError::Conflict(
            "the registration was cancelled".into(),
        ));
    }
    Ok(r)
}

fn audit_of(audit: &AuditEntry, id: &str, after: serde_json::Value) -> AuditEntry {
    AuditEntry {
        entity: "conference_registration".into(),
        entity_id: id.to_string(),
        after: Some(after.to_string()),
        ..audit.clone()
    }
}

pub(crate) async fn cancel(
    tx: &Tx,
    token_hash: &str,
    new_token: NewToken<'_>,
    audit: &AuditEntry,
) -> Result<Vec<Offer>> {
    let r = active_by_token(tx, token_hash).await?;
    tx.execute(
        sql(
            "UPDATE conference_registration SET state = 'cancelled', offer_token_hash = NULL, \
             updated_at = $1 WHERE id = $2",
        )
        .bind(audit.at)
        .bind(r.id.as_str()),
    )
    .await?;
    tx.execute(sql("DELETE FROM conference_choice WHERE registration_id = $1").bind(r.id.as_str()))
        .await?;
    insert_audit(
        tx,
        &audit_of(audit, &r.id, serde_json::json!({ "state": "cancelled" })),
    )
    .await?;
    advance(tx, &r.event_id, audit.at, new_token).await
}

/// What an offer link answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answered {
    pub registration_id: String,
    pub event_id: String,
    /// The workshop of the offer; None: the event.
    pub session_id: Option<String>,
    pub accepted: bool,
}

pub(crate) async fn answer_offer(
    tx: &Tx,
    offer_hash: &str,
    accept: bool,
    new_token: NewToken<'_>,
    audit: &AuditEntry,
) -> Result<(Answered, Vec<Offer>)> {
    let now = audit.at;
    let event: Option<(String, String, Option<i64>)> = tx
        .fetch_optional(
            sql(
                "SELECT id, event_id, offer_until FROM conference_registration \
                 WHERE offer_token_hash = $1 AND state = 'offered'",
            )
            .bind(offer_hash),
        )
        .await?;
    let workshop: Option<(String, String, String, Option<i64>)> = tx
        .fetch_optional(
            sql(
                "SELECT c.registration_id, g.event_id, c.session_id, c.offer_until \
                 FROM conference_choice c JOIN conference_registration g \
                 ON g.id = c.registration_id \
                 WHERE c.offer_token_hash = $1 AND c.state = 'offered'",
            )
            .bind(offer_hash),
        )
        .await?;
    let (registration_id, event_id, session_id, until) = match (event, workshop) {
        (Some((r, e, u)), _) => (r, e, None, u),
        (None, Some((r, e, s, u))) => (r, e, Some(s), u),
        (None, None) => return Err(StoreError::NotFound),
    };
    lock_places(tx, &event_id).await?;
    if until.is_some_and(|u| u < now) {
        return Err(StoreError::Conflict("the offer has expired".into()));
    }
    // Taken or declined under the lock: exactly one answer counts.
    let (state, choice_state) = if accept {
        ("confirmed", "confirmed")
    } else {
        ("cancelled", "expired")
    };
    let answered = match &session_id {
        None => {
            tx.execute(
                sql(
                    "UPDATE conference_registration SET state = $1, offer_token_hash = NULL, \
                     offer_until = NULL, updated_at = $2 WHERE id = $3 AND state = 'offered'",
                )
                .bind(state)
                .bind(now)
                .bind(registration_id.as_str()),
            )
            .await?
        }
        Some(s) => {
            tx.execute(
                sql(
                    "UPDATE conference_choice SET state = $1, offer_token_hash = NULL, \
                     offer_until = NULL WHERE registration_id = $2 AND session_id = $3 \
                     AND state = 'offered'",
                )
                .bind(choice_state)
                .bind(registration_id.as_str())
                .bind(s.as_str()),
            )
            .await?
        }
    };
    if answered != 1 {
        return Err(StoreError::Conflict(
            "the offer was answered already".into(),
        ));
    }
    if !accept && session_id.is_none() {
        tx.execute(
            sql("DELETE FROM conference_choice WHERE registration_id = $1")
                .bind(registration_id.as_str()),
        )
        .await?;
    }
    let after = serde_json::json!({ "offer": session_id.is_some(), "accepted": accept });
    insert_audit(tx, &audit_of(audit, &registration_id, after)).await?;
    let offers = advance(tx, &event_id, now, new_token).await?;
    Ok((
        Answered {
            registration_id,
            event_id,
            session_id,
            accepted: accept,
        },
        offers,
    ))
}

pub(crate) async fn change_choices(
    tx: &Tx,
    token_hash: &str,
    choices: &[String],
    new_token: NewToken<'_>,
    audit: &AuditEntry,
) -> Result<Vec<Offer>> {
    let r = active_by_token(tx, token_hash).await?;
    let old = choices_of(tx, &r.id).await?;
    for c in old.iter().filter(|c| !choices.contains(&c.session_id)) {
        tx.execute(
            sql("DELETE FROM conference_choice WHERE registration_id = $1 AND session_id = $2")
                .bind(r.id.as_str())
                .bind(c.session_id.as_str()),
        )
        .await?;
    }
    for session in choices
        .iter()
        .filter(|s| !old.iter().any(|c| &c.session_id == *s))
    {
        // A choice made later queues behind everyone already waiting for the workshop.
        let (max,): (Option<i64>,) = tx
            .fetch_one(
                sql("SELECT MAX(position) FROM conference_choice WHERE session_id = $1")
                    .bind(session.as_str()),
            )
            .await?;
        let position = max.unwrap_or(0).max(r.position) + 1;
        tx.execute(
            sql("DELETE FROM conference_choice WHERE registration_id = $1 AND session_id = $2")
                .bind(r.id.as_str())
                .bind(session.as_str()),
        )
        .await?;
        add_choice(tx, &r.event_id, &r.id, r.state(), session, position).await?;
    }
    insert_audit(
        tx,
        &audit_of(
            audit,
            &r.id,
            serde_json::json!({ "choices": choices.len() }),
        ),
    )
    .await?;
    advance(tx, &r.event_id, audit.at, new_token).await
}

pub(crate) async fn update_answers(
    tx: &Tx,
    token_hash: &str,
    answers: [&str; 3],
    audit: &AuditEntry,
) -> Result<()> {
    let r = active_by_token(tx, token_hash).await?;
    tx.execute(
        sql(
            "UPDATE conference_registration SET dietary = $1, accessibility = $2, \
             interpreting = $3, updated_at = $4 WHERE id = $5",
        )
        .bind(answers[0])
        .bind(answers[1])
        .bind(answers[2])
        .bind(audit.at)
        .bind(r.id.as_str()),
    )
    .await?;
    insert_audit(
        tx,
        &audit_of(audit, &r.id, serde_json::json!({ "answers": true })),
    )
    .await
}

/// Ends the offers past their deadline in one event and offers the places on.
pub(crate) async fn expire(
    tx: &Tx,
    event_id: &str,
    now: i64,
    new_token: NewToken<'_>,
) -> Result<Vec<Offer>> {
    lock_places(tx, event_id).await?;
    let gone: Vec<(String,)> = tx
        .fetch_all(
            sql(
                "SELECT id FROM conference_registration WHERE event_id = $1 \
                 AND state = 'offered' AND offer_until < $2",
            )
            .bind(event_id)
            .bind(now),
        )
        .await?;
    for (id,) in &gone {
        tx.execute(
            sql(
                "UPDATE conference_registration SET state = 'expired', offer_token_hash = NULL, \
                 updated_at = $1 WHERE id = $2",
            )
            .bind(now)
            .bind(id.as_str()),
        )
        .await?;
        tx.execute(
            sql("DELETE FROM conference_choice WHERE registration_id = $1").bind(id.as_str()),
        )
        .await?;
    }
    tx.execute(
        sql(
            "UPDATE conference_choice SET state = 'expired', offer_token_hash = NULL \
             WHERE state = 'offered' AND offer_until < $1 AND registration_id IN \
             (SELECT id FROM conference_registration WHERE event_id = $2)",
        )
        .bind(now)
        .bind(event_id),
    )
    .await?;
    advance(tx, event_id, now, new_token).await
}

pub(crate) async fn counts(db: &impl Exec, event_id: &str) -> Result<Counts> {
    let by_state: Vec<(String, i64)> = db
        .fetch_all(
            sql(
                "SELECT state, COUNT(*) FROM conference_registration WHERE event_id = $1 \
                 GROUP BY state",
            )
            .bind(event_id),
        )
        .await?;
    let of = |states: &[&str]| {
        by_state
            .iter()
            .filter(|(s, _)| states.contains(&s.as_str()))
            .map(|(_, n)| n)
            .sum::<i64>()
    };
    let workshops: Vec<(String, i64, i64)> = db
        .fetch_all(
            sql("SELECT c.session_id, \
                 SUM(CASE WHEN c.state IN ('confirmed', 'offered') THEN 1 ELSE 0 END), \
                 SUM(CASE WHEN c.state = 'waiting' THEN 1 ELSE 0 END) \
                 FROM conference_choice c JOIN conference_session s ON s.id = c.session_id \
                 WHERE s.event_id = $1 GROUP BY c.session_id ORDER BY c.session_id")
            .bind(event_id),
        )
        .await?;
    Ok(Counts {
        held: of(&["confirmed", "offered"]),
        waiting: of(&["waiting"]),
        workshops,
    })
}

/// Registrations and waiting lists at rest; each call is one transaction under the
/// event's place lock.
#[async_trait::async_trait]
pub trait Places: Send + Sync {
    /// Writes a registration (see [`register`]); returns the state its people got.
    async fn register(&self, r: &NewRegistration, audit: &AuditEntry) -> Result<PlaceState>;
    /// The registration of a personal link, and its workshop choices.
    async fn registration(
        &self,
        token_hash: &str,
    ) -> Result<Option<(RegistrationRow, Vec<ChoiceRow>)>>;
    /// Cancels through a personal link and offers the place on. NotFound for an unknown
    /// link, Conflict when it was cancelled already.
    async fn cancel_registration(
        &self,
        token_hash: &str,
        new_token: NewToken<'_>,
        audit: &AuditEntry,
    ) -> Result<Vec<Offer>>;
    /// Accepts or declines an offer through its link. NotFound for an unknown or used
    /// link, Conflict for an expired offer.
    async fn answer_offer(
        &self,
        offer_hash: &str,
        accept: bool,
        new_token: NewToken<'_>,
        audit: &AuditEntry,
    ) -> Result<(Answered, Vec<Offer>)>;
    /// Replaces the workshop choices of a registration (ids already checked against the
    /// programme); a workshop given up is offered on.
    async fn change_choices(
        &self,
        token_hash: &str,
        choices: &[String],
        new_token: NewToken<'_>,
        audit: &AuditEntry,
    ) -> Result<Vec<Offer>>;
    /// Changes the answers (dietary, accessibility, interpreting) and the workshops of a
    /// registration in one transaction: both or neither.
    async fn change_registration(
        &self,
        token_hash: &str,
        answers: [&str; 3],
        choices: &[String],
        new_token: NewToken<'_>,
        audit: &AuditEntry,
    ) -> Result<Vec<Offer>>;
    /// Ends every offer past its deadline and offers the places on (the job).
    async fn expire_offers(&self, now: i64, new_token: NewToken<'_>) -> Result<Vec<Offer>>;
    /// How places stand at an event.
    async fn place_counts(&self, event_id: &str) -> Result<Counts>;
    /// Every registration of an event, in order of arrival.
    async fn registrations(&self, event_id: &str) -> Result<Vec<RegistrationRow>>;
    /// The workshop choices of every registration of an event.
    async fn event_choices(&self, event_id: &str) -> Result<Vec<ChoiceRow>>;
    /// Checks a person in by their code (see [`check_in`]).
    async fn check_in(&self, event_id: &str, code: &str, audit: &AuditEntry) -> Result<CheckIn>;
    /// Who has arrived, for the check-in page's live counts.
    async fn arrivals(&self, event_id: &str) -> Result<Arrivals>;
    /// Deletes the personal data of the attendees of every event whose deletion day
    /// (its day plus its `delete_after_days`) is before `today`: names, addresses,
    /// organisations, answers and links are emptied, the rows stay for the year's counts
    /// (state, district, arrival). Returns how many people's data was deleted.
    async fn delete_attendee_data(&self, today: i64, audit: &AuditEntry) -> Result<u64>;
}

#[async_trait::async_trait]
impl Places for crate::SqlStore {
    async fn register(&self, r: &NewRegistration, audit: &AuditEntry) -> Result<PlaceState> {
        let tx = self.pool.begin().await?;
        let state = register(&tx, r, audit).await?;
        tx.commit().await?;
        Ok(state)
    }

    async fn registration(
        &self,
        token_hash: &str,
    ) -> Result<Option<(RegistrationRow, Vec<ChoiceRow>)>> {
        let Some(r) = by_token(&self.pool, token_hash).await? else {
            return Ok(None);
        };
        let choices = choices_of(&self.pool, &r.id).await?;
        Ok(Some((r, choices)))
    }

    async fn cancel_registration(
        &self,
        token_hash: &str,
        new_token: NewToken<'_>,
        audit: &AuditEntry,
    ) -> Result<Vec<Offer>> {
        let tx = self.pool.begin().await?;
        let offers = cancel(&tx, token_hash, new_token, audit).await?;
        tx.commit().await?;
        Ok(offers)
    }

    async fn answer_offer(
        &self,
        offer_hash: &str,
        accept: bool,
        new_token: NewToken<'_>,
        audit: &AuditEntry,
    ) -> Result<(Answered, Vec<Offer>)> {
        let tx = self.pool.begin().await?;
        let out = answer_offer(&tx, offer_hash, accept, new_token, audit).await?;
        tx.commit().await?;
        Ok(out)
    }

    async fn change_choices(
        &self,
        token_hash: &str,
        choices: &[String],
        new_token: NewToken<'_>,
        audit: &AuditEntry,
    ) -> Result<Vec<Offer>> {
        let tx = self.pool.begin().await?;
        let offers = change_choices(&tx, token_hash, choices, new_token, audit).await?;
        tx.commit().await?;
        Ok(offers)
    }

    async fn change_registration(
        &self,
        token_hash: &str,
        answers: [&str; 3],
        choices: &[String],
        new_token: NewToken<'_>,
        audit: &AuditEntry,
    ) -> Result<Vec<Offer>> {
        let tx = self.pool.begin().await?;
        update_answers(&tx, token_hash, answers, audit).await?;
        let offers = change_choices(&tx, token_hash, choices, new_token, audit).await?;
        tx.commit().await?;
        Ok(offers)
    }

    async fn expire_offers(&self, now: i64, new_token: NewToken<'_>) -> Result<Vec<Offer>> {
        let events: Vec<(String,)> = self
            .pool
            .fetch_all(
                sql("SELECT DISTINCT g.event_id FROM conference_registration g \
                     WHERE g.state = 'offered' AND g.offer_until < $1 \
                     UNION SELECT DISTINCT g.event_id FROM conference_choice c \
                     JOIN conference_registration g ON g.id = c.registration_id \
                     WHERE c.state = 'offered' AND c.offer_until < $1")
                .bind(now),
            )
            .await?;
        let mut offers = Vec::new();
        // One transaction per event: a failure in one leaves the others done.
        for (event_id,) in events {
            let tx = self.pool.begin().await?;
            offers.extend(expire(&tx, &event_id, now, new_token).await?);
            tx.commit().await?;
        }
        Ok(offers)
    }

    async fn place_counts(&self, event_id: &str) -> Result<Counts> {
        counts(&self.pool, event_id).await
    }

    async fn event_choices(&self, event_id: &str) -> Result<Vec<ChoiceRow>> {
        self.pool
            .fetch_all(
                sql(
                    "SELECT c.registration_id, c.session_id, c.state, c.offer_until \
                     FROM conference_choice c JOIN conference_registration g \
                     ON g.id = c.registration_id WHERE g.event_id = $1 \
                     ORDER BY c.registration_id, c.session_id",
                )
                .bind(event_id),
            )
            .await
    }

    async fn check_in(&self, event_id: &str, code: &str, audit: &AuditEntry) -> Result<CheckIn> {
        let tx = self.pool.begin().await?;
        let found = check_in(&tx, event_id, code, audit).await?;
        tx.commit().await?;
        Ok(found)
    }

    async fn arrivals(&self, event_id: &str) -> Result<Arrivals> {
        arrivals(&self.pool, event_id).await
    }

    async fn delete_attendee_data(&self, today: i64, audit: &AuditEntry) -> Result<u64> {
        let tx = self.pool.begin().await?;
        keep_organisations(&tx, today).await?;
        // The id keeps the two unique columns unique once emptied.
        let deleted = tx
            .execute(
                sql("UPDATE conference_registration SET name = '', email = '', \
                     organisation = '', role = '', dietary = '', accessibility = '', \
                     interpreting = '', token_hash = 'deleted:' || id, \
                     checkin_code = 'deleted:' || id, offer_token_hash = NULL, \
                     personal_deleted = 1, updated_at = $1 \
                     WHERE personal_deleted = 0 AND event_id IN (SELECT id FROM \
                     conference_event WHERE day + delete_after_days < $2)")
                .bind(audit.at)
                .bind(today),
            )
            .await?;
        if deleted > 0 {
            let after = serde_json::json!({ "deleted": deleted }).to_string();
            insert_audit(
                &tx,
                &AuditEntry {
                    entity: "conference_registration".into(),
                    after: Some(after),
                    ..audit.clone()
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(deleted)
    }

    async fn registrations(&self, event_id: &str) -> Result<Vec<RegistrationRow>> {
        self.pool
            .fetch_all(
                sql(format!(
                    "SELECT {REGISTRATION_COLUMNS} FROM conference_registration \
                     WHERE event_id = $1 ORDER BY position"
                ))
                .bind(event_id),
            )
            .await
    }
}

/// Organisations as counted: case and surrounding spaces do not make two.
pub(crate) const ORGANISATIONS: &str = "SELECT COUNT(DISTINCT LOWER(TRIM(organisation))) \
     FROM conference_registration WHERE event_id = $1 AND organisation <> ''";

/// Writes the organisations count of every event whose attendee data is about to be
/// deleted, before the names go (called by the deletion, in its transaction).
pub(crate) async fn keep_organisations(db: &impl Exec, today: i64) -> Result<()> {
    db.execute(
        sql(format!(
            "UPDATE conference_event SET organisations = ({}) \
             WHERE organisations IS NULL AND day + delete_after_days < $1",
            ORGANISATIONS.replace("event_id = $1", "event_id = conference_event.id")
        ))
        .bind(today),
    )
    .await?;
    // The name goes with the rest; the certificate still verifies by its code.
    db.execute(
        sql(
            "UPDATE conference_certificate SET name = '', organisation = '' \
             WHERE event_id IN (SELECT id FROM conference_event \
             WHERE day + delete_after_days < $1)",
        )
        .bind(today),
    )
    .await?;
    Ok(())
}

/// What a check-in found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckIn {
    /// Checked in now: their name and organisation, for staff to see who it is.
    Admitted { name: String, organisation: String },
    /// The code was used before, at this moment.
    Already { at: i64 },
}

/// How many with a place have arrived: for the event, and each workshop by session id
/// (places held, arrived).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Arrivals {
    pub confirmed: i64,
    pub arrived: i64,
    pub workshops: Vec<(String, i64, i64)>,
}

/// Checks a person in by their code: once. `NotFound` for a code of no one with a place
/// at this event.
pub(crate) async fn check_in(
    tx: &Tx,
    event_id: &str,
    code: &str,
    audit: &AuditEntry,
) -> Result<CheckIn> {
    let row: Option<(String, String, String, Option<i64>)> = tx
        .fetch_optional(
            sql(
                "SELECT id, name, organisation, checked_in_at FROM conference_registration \
                 WHERE event_id = $1 AND checkin_code = $2 AND state = 'confirmed' \
                 AND personal_deleted = 0",
            )
            .bind(event_id)
            .bind(code),
        )
        .await?;
    let (id, name, organisation, at) = row.ok_or(StoreError::NotFound)?;
    if let Some(at) = at {
        return Ok(CheckIn::Already { at });
    }
    // Only the first of two desks scanning the same code at once admits.
    let admitted = tx
        .execute(
            sql("UPDATE conference_registration SET checked_in_at = $1 \
                 WHERE id = $2 AND checked_in_at IS NULL")
            .bind(audit.at)
            .bind(id.as_str()),
        )
        .await?;
    if admitted != 1 {
        return Ok(CheckIn::Already { at: audit.at });
    }
    insert_audit(
        tx,
        &audit_of(audit, &id, serde_json::json!({ "checked_in": true })),
    )
    .await?;
    Ok(CheckIn::Admitted { name, organisation })
}

pub(crate) async fn arrivals(db: &impl Exec, event_id: &str) -> Result<Arrivals> {
    let (confirmed, arrived): (i64, i64) = db
        .fetch_one(
            sql("SELECT COUNT(*), \
                 COALESCE(SUM(CASE WHEN checked_in_at IS NULL THEN 0 ELSE 1 END), 0) \
                 FROM conference_registration WHERE event_id = $1 AND state = 'confirmed'")
            .bind(event_id),
        )
        .await?;
    let workshops = db
        .fetch_all(
            sql("SELECT c.session_id, COUNT(*), \
                 COALESCE(SUM(CASE WHEN g.checked_in_at IS NULL THEN 0 ELSE 1 END), 0) \
                 FROM conference_choice c JOIN conference_registration g \
                 ON g.id = c.registration_id WHERE g.event_id = $1 \
                 AND g.state = 'confirmed' AND c.state = 'confirmed' \
                 GROUP BY c.session_id ORDER BY c.session_id")
            .bind(event_id),
        )
        .await?;
    Ok(Arrivals {
        confirmed,
        arrived,
        workshops,
    })
}
