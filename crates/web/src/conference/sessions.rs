//! GET/POST `/verwaltung/fachtag/{year}/sitzungen/{id}` (`neu` for a new one): a
//! coordinator writes a session — title, kind, room, times, speakers, description and a
//! workshop's places. Two sessions in one room at once are refused with the clash named.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_core::conference::form::{read_session, speakers_text};
use beratungsnetz_core::conference::timetable::overlaps;
use beratungsnetz_core::conference::{
    MAX_TEXT, MAX_TITLE, Programme, Session, SessionKind, SessionText, clock_time,
};
use beratungsnetz_core::directory::edit::FieldError;

use super::{audit_entry, coordinators_event, store_error};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// The address part of a session not yet written.
const NEW: &str = "neu";

#[derive(Template)]
#[template(path = "conference_session.html")]
struct SessionPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    year: i32,
    event_title: String,
    /// The session's id, or `neu`.
    id: String,
    is_new: bool,
    /// (code, label) of every kind.
    kinds: Vec<(&'static str, String)>,
    /// (id, name) of every room.
    rooms: Vec<(String, String)>,
    values: std::collections::HashMap<&'static str, String>,
    errors: Vec<FieldError>,
    /// The other session a clash is with.
    clash: Option<String>,
    max_title: usize,
    max_text: usize,
}

impl SessionPage {
    fn v(&self, field: &str) -> &str {
        self.values.get(field).map_or("", String::as_str)
    }

    fn error_for(&self, field: &str) -> Option<String> {
        self.tr.error_for(&self.errors, field)
    }
}

const FIELDS: [&str; 8] = [
    "title",
    "kind",
    "room",
    "starts",
    "ends",
    "description",
    "speakers",
    "capacity",
];

fn values_of(s: &SessionText) -> impl Fn(&str) -> String + '_ {
    move |field| match field {
        "title" => s.title.clone(),
        "kind" => s.kind.code().to_string(),
        "room" => s.room.clone(),
        "starts" => clock_time(s.starts),
        "ends" => clock_time(s.ends),
        "description" => s.description.clone(),
        "speakers" => speakers_text(&s.speakers),
        "capacity" => s.capacity.map(|c| c.to_string()).unwrap_or_default(),
        _ => String::new(),
    }
}

struct Draft<'a> {
    id: &'a str,
    value: &'a dyn Fn(&str) -> String,
    errors: Vec<FieldError>,
    clash: Option<String>,
}

fn page(staff: &Staff, state: &AppState, p: &Programme, d: Draft<'_>) -> SessionPage {
    let tr = Tr::new(staff.lang);
    let year = p.event.year;
    SessionPage {
        frame: Frame::new(
            staff.lang,
            &format!("/verwaltung/fachtag/{year}/sitzungen/{}", d.id),
            &[],
        ),
        nav: Nav::new(staff, state),
        year,
        event_title: p.event.title.clone(),
        id: d.id.to_string(),
        is_new: d.id == NEW,
        kinds: SessionKind::ALL
            .iter()
            .map(|k| (k.code(), tr.t(&format!("conference-kind-{}", k.code()))))
            .collect(),
        rooms: p
            .rooms
            .iter()
            .map(|r| (r.id.clone(), r.text.name.clone()))
            .collect(),
        values: FIELDS.iter().map(|f| (*f, (d.value)(f))).collect(),
        errors: d.errors,
        clash: d.clash,
        max_title: MAX_TITLE,
        max_text: MAX_TEXT,
        tr,
    }
}

/// The session an address names (None for `neu`); NotFound for one of no such id.
fn existing<'a>(
    staff: &Staff,
    p: &'a Programme,
    id: &str,
) -> Result<Option<&'a Session>, HtmlError> {
    if id == NEW {
        return Ok(None);
    }
    p.sessions
        .iter()
        .find(|s| s.id == id)
        .map(Some)
        .ok_or_else(|| staff.html_error(AppError::NotFound))
}

pub async fn form(
    StaffRequest { state, staff }: StaffRequest,
    Path((year, id)): Path<(String, String)>,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    let blank = SessionText {
        title: String::new(),
        kind: SessionKind::Talk,
        room: p.rooms.first().map(|r| r.id.clone()).unwrap_or_default(),
        starts: 9 * 60,
        ends: 10 * 60,
        description: String::new(),
        speakers: Vec::new(),
        capacity: None,
    };
    let text = existing(&staff, &p, &id)?.map_or(blank, |s| s.text.clone());
    let value = values_of(&text);
    let draft = Draft {
        id: &id,
        value: &value,
        errors: Vec::new(),
        clash: None,
    };
    Ok(staff.render(page(&staff, &state, &p, draft), StatusCode::OK))
}

pub async fn save(
    Path((year, id)): Path<(String, String)>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    existing(&staff, &p, &id)?;
    let rooms: Vec<&str> = p.rooms.iter().map(|r| r.id.as_str()).collect();
    let typed = |f: &str| form.get(f).to_string();
    let refuse = |errors, clash| {
        let draft = Draft {
            id: &id,
            value: &typed,
            errors,
            clash,
        };
        staff.render(
            page(&staff, &state, &p, draft),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    let text = match read_session(&form, &rooms) {
        Ok(t) => t,
        Err(errors) => return Ok(refuse(errors, None)),
    };
    // Two sessions in one room at once: name the other one.
    let span = (text.starts, text.ends);
    let other = p.sessions.iter().find(|s| {
        s.id != id && s.text.room == text.room && overlaps((s.text.starts, s.text.ends), span)
    });
    if let Some(other) = other {
        let clash = format!(
            "{}–{} {}",
            clock_time(other.text.starts),
            clock_time(other.text.ends),
            other.text.title
        );
        let errors = vec![FieldError::new("room", "conference-error-clash")];
        return Ok(refuse(errors, Some(clash)));
    }
    let session_id = if id == NEW {
        uuid::Uuid::new_v4().to_string()
    } else {
        id.clone()
    };
    state
        .store
        .save_session(&p.id, &session_id, &text, &audit_entry(&staff, "session"))
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/fachtag/{}#sessions", p.event.year),
        None,
    ))
}

pub async fn delete(
    Path((year, id)): Path<(String, String)>,
    StaffForm { state, staff, .. }: StaffForm,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    state
        .store
        .delete_conference_session(&p.id, &id, &audit_entry(&staff, "delete-session"))
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/fachtag/{}#sessions", p.event.year),
        None,
    ))
}
