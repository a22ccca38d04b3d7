//! The Fachtag at rest: events by year with their rooms and sessions. Every write takes
//! the event's lock, so session numbers never repeat and a copy of last year's event is
//! made whole or not at all.

pub mod after;
pub mod places;
pub mod results;

use async_trait::async_trait;
use beratungsnetz_core::conference::{
    EventSeed, EventText, Programme, Room, RoomText, Session, SessionKind, SessionText, Speaker,
};

use crate::audit::{AuditEntry, insert_audit};
use crate::sql::{Exec, Tx, sql};
use crate::{Result, SqlStore, StoreError};

/// An event as listed: its id, year, title, day and whether it is sample data.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct EventRow {
    pub id: String,
    pub year: i64,
    pub title: String,
    pub day: i64,
    pub venue: String,
    pub registration_until: i64,
    pub example: i64,
}

#[async_trait]
pub trait Conference: Send + Sync {
    /// Every event, newest year first.
    async fn events(&self) -> Result<Vec<EventRow>>;
    /// The event of `year` with its rooms and sessions.
    async fn programme(&self, year: i32) -> Result<Option<Programme>>;
    /// A new event with no rooms or sessions; `Conflict` when its year has one.
    async fn create_event(&self, id: &str, event: &EventText, audit: &AuditEntry) -> Result<()>;
    /// Changes an event; `NotFound` for no such event, `Conflict` when another event has
    /// the new year.
    async fn update_event(&self, id: &str, event: &EventText, audit: &AuditEntry) -> Result<()>;
    /// A new event `event` with the rooms and sessions of the event of `from_year` (new
    /// ids, times kept): how next year's Fachtag starts. `NotFound` when `from_year` has
    /// none, `Conflict` when the new year has one.
    async fn copy_event(
        &self,
        from_year: i32,
        id: &str,
        event: &EventText,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Adds a room (`room_id` None) or changes one of the event's rooms.
    async fn save_room(
        &self,
        event_id: &str,
        room_id: &str,
        room: &RoomText,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Adds a session (numbered next) or changes one of the event's sessions; `NotFound`
    /// when the room is not the event's.
    async fn save_session(
        &self,
        event_id: &str,
        session_id: &str,
        session: &SessionText,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Removes one of the event's sessions; `NotFound` when it has no such session.
    async fn delete_conference_session(
        &self,
        event_id: &str,
        session_id: &str,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// The sample events whose years have none yet, with ids made by `new_id`; returns
    /// how many were written.
    async fn seed_events(
        &self,
        seeds: &[EventSeed],
        new_id: &(dyn Fn() -> String + Sync),
        now: i64,
    ) -> Result<u64>;
}

const EVENT_COLUMNS: &str = "title, day, venue, address, description, capacity, \
     registration_until, consent, offer_hours, delete_after_days";

#[derive(sqlx::FromRow)]
struct FullEventRow {
    id: String,
    year: i64,
    title: String,
    day: i64,
    venue: String,
    address: String,
    description: String,
    capacity: i64,
    registration_until: i64,
    consent: String,
    offer_hours: i64,
    delete_after_days: i64,
    updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct RoomRow {
    id: String,
    name: String,
    capacity: i64,
    accessible: i64,
    notes: String,
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id: String,
    number: i64,
    room_id: String,
    kind: String,
    title: String,
    starts: i64,
    ends: i64,
    description: String,
    speakers: String,
    capacity: Option<i64>,
}

fn small(n: i64) -> u32 {
    u32::try_from(n).unwrap_or_default()
}

impl RoomRow {
    fn into_room(self) -> Room {
        Room {
            id: self.id,
            text: RoomText {
                name: self.name,
                capacity: small(self.capacity),
                accessible: self.accessible != 0,
                notes: self.notes,
            },
        }
    }
}

impl SessionRow {
    fn into_session(self) -> Session {
        Session {
            id: self.id,
            number: small(self.number),
            text: SessionText {
                title: self.title,
                kind: SessionKind::parse(&self.kind).unwrap_or(SessionKind::Talk),
                room: self.room_id,
                starts: small(self.starts),
                ends: small(self.ends),
                description: self.description,
                speakers: serde_json::from_str::<Vec<Speaker>>(&self.speakers).unwrap_or_default(),
                capacity: self.capacity.map(small),
            },
        }
    }
}

async fn event_id_of_year(db: &impl Exec, year: i32) -> Result<Option<String>> {
    let row: Option<(String,)> = db
        .fetch_optional(
            sql("SELECT id FROM conference_event WHERE year = $1").bind(i64::from(year)),
        )
        .await?;
    Ok(row.map(|(id,)| id))
}

async fn insert_event(tx: &Tx, id: &str, e: &EventText, example: bool, now: i64) -> Result<()> {
    // Under the lock of all events, so two coordinators creating the same year get one
    // event and one Conflict.
    tx.lock_key("conference_event").await?;
    if event_id_of_year(tx, e.year).await?.is_some() {
        return Err(StoreError::Conflict(format!(
            "there is an event of {} already",
            e.year
        )));
    }
    tx.execute(
        sql(format!(
            "INSERT INTO conference_event (id, year, {EVENT_COLUMNS}, example, created_at, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)"
        ))
        .bind(id)
        .bind(i64::from(e.year))
        .bind(e.title.as_str())
        .bind(e.day)
        .bind(e.venue.as_str())
        .bind(e.address.as_str())
        .bind(e.description.as_str())
        .bind(i64::from(e.capacity))
        .bind(e.registration_until)
        .bind(e.consent.as_str())
        .bind(i64::from(e.offer_hours))
        .bind(i64::from(e.delete_after_days))
        .bind(i64::from(example))
        .bind(now),
    )
    .await?;
    Ok(())
}

async fn insert_room(tx: &Tx, event_id: &str, id: &str, position: i64, r: &RoomText) -> Result<()> {
    tx.execute(
        sql(
            "INSERT INTO conference_room (id, event_id, position, name, capacity, accessible, \
             notes) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(event_id)
        .bind(position)
        .bind(r.name.as_str())
        .bind(i64::from(r.capacity))
        .bind(i64::from(r.accessible))
        .bind(r.notes.as_str()),
    )
    .await?;
    Ok(())
}

async fn insert_session(
    tx: &Tx,
    event_id: &str,
    id: &str,
    number: i64,
    s: &SessionText,
) -> Result<()> {
    let speakers = serde_json::to_string(&s.speakers).unwrap_or_else(|_| "[]".into());
    tx.execute(
        sql(
            "INSERT INTO conference_session (id, event_id, number, room_id, kind, title, \
             starts, ends, description, speakers, capacity) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(id)
        .bind(event_id)
        .bind(number)
        .bind(s.room.as_str())
        .bind(s.kind.code())
        .bind(s.title.as_str())
        .bind(i64::from(s.starts))
        .bind(i64::from(s.ends))
        .bind(s.description.as_str())
        .bind(speakers)
        .bind(s.capacity.map(i64::from)),
    )
    .await?;
    Ok(())
}

async fn touch(tx: &Tx, event_id: &str, at: i64) -> Result<u64> {
    tx.execute(
        sql("UPDATE conference_event SET updated_at = $1 WHERE id = $2")
            .bind(at)
            .bind(event_id),
    )
    .await
}

/// Sets the number the event's next new session gets.
async fn numbered(tx: &Tx, event_id: &str, next: i64) -> Result<()> {
    tx.execute(
        sql("UPDATE conference_event SET next_number = $1 WHERE id = $2")
            .bind(next)
            .bind(event_id),
    )
    .await?;
    Ok(())
}

/// The event's lock, and NotFound when there is no such event.
async fn lock_event(tx: &Tx, event_id: &str, at: i64) -> Result<()> {
    tx.lock_key(&format!("conference_event:{event_id}")).await?;
    if touch(tx, event_id, at).await? == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

async fn load(db: &impl Exec, row: FullEventRow) -> Result<Programme> {
    let rooms: Vec<RoomRow> = db
        .fetch_all(
            sql(
                "SELECT id, name, capacity, accessible, notes FROM conference_room \
                 WHERE event_id = $1 ORDER BY position, id",
            )
            .bind(row.id.as_str()),
        )
        .await?;
    let sessions: Vec<SessionRow> = db
        .fetch_all(
            sql(
                "SELECT id, number, room_id, kind, title, starts, ends, description, \
                 speakers, capacity FROM conference_session WHERE event_id = $1 \
                 ORDER BY starts, number",
            )
            .bind(row.id.as_str()),
        )
        .await?;
    Ok(Programme {
        id: row.id,
        event: EventText {
            year: i32::try_from(row.year).unwrap_or_default(),
            title: row.title,
            day: row.day,
            venue: row.venue,
            address: row.address,
            description: row.description,
            capacity: small(row.capacity),
            registration_until: row.registration_until,
            consent: row.consent,
            offer_hours: small(row.offer_hours),
            delete_after_days: small(row.delete_after_days),
        },
        rooms: rooms.into_iter().map(RoomRow::into_room).collect(),
        sessions: sessions.into_iter().map(SessionRow::into_session).collect(),
        updated_at: row.updated_at,
    })
}

fn audit_of(audit: &AuditEntry, entity: &str, id: &str, after: String) -> AuditEntry {
    AuditEntry {
        entity: entity.to_string(),
        entity_id: id.to_string(),
        after: Some(after),
        ..audit.clone()
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

#[async_trait]
impl Conference for SqlStore {
    async fn events(&self) -> Result<Vec<EventRow>> {
        self.pool
            .fetch_all(sql(
                "SELECT id, year, title, day, venue, registration_until, example \
                 FROM conference_event ORDER BY year DESC",
            ))
            .await
    }

    async fn programme(&self, year: i32) -> Result<Option<Programme>> {
        let row: Option<FullEventRow> = self
            .pool
            .fetch_optional(
                sql(format!(
                    "SELECT id, year, {EVENT_COLUMNS}, updated_at FROM conference_event \
                     WHERE year = $1"
                ))
                .bind(i64::from(year)),
            )
            .await?;
        match row {
            Some(row) => Ok(Some(load(&self.pool, row).await?)),
            None => Ok(None),
        }
    }

    async fn create_event(&self, id: &str, event: &EventText, audit: &AuditEntry) -> Result<()> {
        let tx = self.pool.begin().await?;
        insert_event(&tx, id, event, false, audit.at).await?;
        insert_audit(&tx, &audit_of(audit, "conference_event", id, json(event))).await?;
        tx.commit().await
    }

    async fn update_event(&self, id: &str, e: &EventText, audit: &AuditEntry) -> Result<()> {
        let tx = self.pool.begin().await?;
        tx.lock_key("conference_event").await?;
        if event_id_of_year(&tx, e.year)
            .await?
            .is_some_and(|other| other != id)
        {
            return Err(StoreError::Conflict(format!(
                "there is an event of {} already",
                e.year
            )));
        }
        let changed = tx
            .execute(
                sql(
                    "UPDATE conference_event SET year = $1, title = $2, day = $3, venue = $4, \
                     address = $5, description = $6, capacity = $7, registration_until = $8, \
                     consent = $9, offer_hours = $10, delete_after_days = $11, \
                     updated_at = $12 WHERE id = $13",
                )
                .bind(i64::from(e.year))
                .bind(e.title.as_str())
                .bind(e.day)
                .bind(e.venue.as_str())
                .bind(e.address.as_str())
                .bind(e.description.as_str())
                .bind(i64::from(e.capacity))
                .bind(e.registration_until)
                .bind(e.consent.as_str())
                .bind(i64::from(e.offer_hours))
                .bind(i64::from(e.delete_after_days))
                .bind(audit.at)
                .bind(id),
            )
            .await?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&tx, &audit_of(audit, "conference_event", id, json(e))).await?;
        tx.commit().await
    }

    async fn copy_event(
        &self,
        from_year: i32,
        id: &str,
        event: &EventText,
        audit: &AuditEntry,
    ) -> Result<()> {
        let Some(from) = self.programme(from_year).await? else {
            return Err(StoreError::NotFound);
        };
        let tx = self.pool.begin().await?;
        insert_event(&tx, id, event, false, audit.at).await?;
        let mut rooms = std::collections::HashMap::new();
        for (position, room) in (0_i64..).zip(&from.rooms) {
            let room_id = format!("{id}-r{position}");
            insert_room(&tx, id, &room_id, position, &room.text).await?;
            rooms.insert(room.id.as_str(), room_id);
        }
        for s in &from.sessions {
            let Some(room) = rooms.get(s.text.room.as_str()) else {
                continue;
            };
            let text = SessionText {
                room: room.clone(),
                ..s.text.clone()
            };
            let session_id = format!("{id}-s{}", s.number);
            insert_session(&tx, id, &session_id, i64::from(s.number), &text).await?;
        }
        let last = from.sessions.iter().map(|s| s.number).max().unwrap_or(0);
        numbered(&tx, id, i64::from(last) + 1).await?;
        let after = serde_json::json!({ "from_year": from_year, "event": event }).to_string();
        insert_audit(&tx, &audit_of(audit, "conference_event", id, after)).await?;
        tx.commit().await
    }

    async fn save_room(
        &self,
        event_id: &str,
        room_id: &str,
        room: &RoomText,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        lock_event(&tx, event_id, audit.at).await?;
        let changed = tx
            .execute(
                sql(
                    "UPDATE conference_room SET name = $1, capacity = $2, accessible = $3, \
                     notes = $4 WHERE id = $5 AND event_id = $6",
                )
                .bind(room.name.as_str())
                .bind(i64::from(room.capacity))
                .bind(i64::from(room.accessible))
                .bind(room.notes.as_str())
                .bind(room_id)
                .bind(event_id),
            )
            .await?;
        if changed == 0 {
            let (position,): (i64,) = tx
                .fetch_one(
                    sql("SELECT COUNT(*) FROM conference_room WHERE event_id = $1").bind(event_id),
                )
                .await?;
            insert_room(&tx, event_id, room_id, position, room).await?;
        }
        insert_audit(
            &tx,
            &audit_of(audit, "conference_room", room_id, json(room)),
        )
        .await?;
        tx.commit().await
    }

    async fn save_session(
        &self,
        event_id: &str,
        session_id: &str,
        session: &SessionText,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        lock_event(&tx, event_id, audit.at).await?;
        let room: Option<(String,)> = tx
            .fetch_optional(
                sql("SELECT id FROM conference_room WHERE id = $1 AND event_id = $2")
                    .bind(session.room.as_str())
                    .bind(event_id),
            )
            .await?;
        if room.is_none() {
            return Err(StoreError::NotFound);
        }
        let existing: Option<(String, i64)> = tx
            .fetch_optional(
                sql("SELECT event_id, number FROM conference_session WHERE id = $1")
                    .bind(session_id),
            )
            .await?;
        match existing {
            Some((event, _)) if event != event_id => return Err(StoreError::NotFound),
            Some(_) => {
                tx.execute(
                    sql(
                        "UPDATE conference_session SET room_id = $1, kind = $2, title = $3, \
                         starts = $4, ends = $5, description = $6, speakers = $7, \
                         capacity = $8 WHERE id = $9",
                    )
                    .bind(session.room.as_str())
                    .bind(session.kind.code())
                    .bind(session.title.as_str())
                    .bind(i64::from(session.starts))
                    .bind(i64::from(session.ends))
                    .bind(session.description.as_str())
                    .bind(json(&session.speakers))
                    .bind(session.capacity.map(i64::from))
                    .bind(session_id),
                )
                .await?;
            }
            None => {
                let (number,): (i64,) = tx
                    .fetch_one(
                        sql("SELECT next_number FROM conference_event WHERE id = $1")
                            .bind(event_id),
                    )
                    .await?;
                insert_session(&tx, event_id, session_id, number, session).await?;
                numbered(&tx, event_id, number + 1).await?;
            }
        }
        insert_audit(
            &tx,
            &audit_of(audit, "conference_session", session_id, json(session)),
        )
        .await?;
        tx.commit().await
    }

    async fn delete_conference_session(
        &self,
        event_id: &str,
        session_id: &str,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        lock_event(&tx, event_id, audit.at).await?;
        let gone = tx
            .execute(
                sql("DELETE FROM conference_session WHERE id = $1 AND event_id = $2")
                    .bind(session_id)
                    .bind(event_id),
            )
            .await?;
        if gone == 0 {
            return Err(StoreError::NotFound);
        }
        results::delete_results(&tx, session_id).await?;
        insert_audit(
            &tx,
            &AuditEntry {
                entity: "conference_session".into(),
                entity_id: session_id.to_string(),
                ..audit.clone()
            },
        )
        .await?;
        tx.commit().await
    }

    async fn seed_events(
        &self,
        seeds: &[EventSeed],
        new_id: &(dyn Fn() -> String + Sync),
        now: i64,
    ) -> Result<u64> {
        let tx = self.pool.begin().await?;
        let mut written = 0;
        for seed in seeds {
            tx.lock_key("conference_event").await?;
            if event_id_of_year(&tx, seed.event.year).await?.is_some() {
                continue;
            }
            let id = new_id();
            insert_event(&tx, &id, &seed.event, true, now).await?;
            let mut rooms = Vec::new();
            for (position, room) in (0_i64..).zip(&seed.rooms) {
                let room_id = new_id();
                insert_room(&tx, &id, &room_id, position, room).await?;
                rooms.push(room_id);
            }
            for (number, s) in (1_i64..).zip(&seed.sessions) {
                let room = s
                    .room
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| rooms.get(i))
                    .ok_or_else(|| {
                        StoreError::Conflict(format!("sample session `{}` has no room", s.title))
                    })?;
                let text = SessionText {
                    room: room.clone(),
                    ..s.clone()
                };
                insert_session(&tx, &id, &new_id(), number, &text).await?;
            }
            let count = i64::try_from(seed.sessions.len()).unwrap_or(i64::MAX - 1);
            numbered(&tx, &id, count + 1).await?;
            written += 1;
        }
        tx.commit().await?;
        Ok(written)
    }
}
