//! The coordinators' Fachtag pages: `/verwaltung/fachtag` lists the events and creates one
//! (empty, or as a copy of an earlier year's rooms and sessions);
//! `/verwaltung/fachtag/{year}` changes the event, adds or changes its rooms and lists
//! its sessions.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_core::clock::iso_date;
use beratungsnetz_core::conference::form::{read_event, read_room};
use beratungsnetz_core::conference::{
    DEFAULT_DELETE_AFTER_DAYS, DEFAULT_OFFER_HOURS, EventText, MAX_TEXT, MAX_TITLE, Programme,
    clock_time,
};
use beratungsnetz_core::directory::edit::FieldError;
use beratungsnetz_store::conference::EventRow;

use super::{audit_entry, date_text, load, store_error, year_of};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// The fields of the event form, as typed or as stored, with the problems found.
pub struct EventForm {
    pub values: std::collections::HashMap<&'static str, String>,
    pub errors: Vec<FieldError>,
    pub max_title: usize,
    pub max_text: usize,
}

const EVENT_FIELDS: [&str; 11] = [
    "year",
    "title",
    "day",
    "venue",
    "address",
    "description",
    "capacity",
    "registration_until",
    "consent",
    "offer_hours",
    "delete_after_days",
];

impl EventForm {
    fn new(value: impl Fn(&str) -> String, errors: Vec<FieldError>) -> EventForm {
        EventForm {
            values: EVENT_FIELDS.iter().map(|f| (*f, value(f))).collect(),
            errors,
            max_title: MAX_TITLE,
            max_text: MAX_TEXT,
        }
    }

    fn of(e: &EventText) -> EventForm {
        EventForm::new(
            |field| match field {
                "year" => e.year.to_string(),
                "title" => e.title.clone(),
                "day" => iso_date(e.day),
                "venue" => e.venue.clone(),
                "address" => e.address.clone(),
                "description" => e.description.clone(),
                "capacity" => e.capacity.to_string(),
                "registration_until" => iso_date(e.registration_until),
                "consent" => e.consent.clone(),
                "offer_hours" => e.offer_hours.to_string(),
                "delete_after_days" => e.delete_after_days.to_string(),
                _ => String::new(),
            },
            Vec::new(),
        )
    }

    fn v(&self, field: &str) -> &str {
        self.values.get(field).map_or("", String::as_str)
    }

    /// Every field as the form shows it: single lines, then the two texts.
    pub fn fields(&self, tr: &Tr) -> Vec<FieldView> {
        EVENT_FIELDS
            .iter()
            .map(|name| FieldView {
                name,
                label: tr.t(&format!("conference-field-{}", name.replace('_', "-"))),
                input: match *name {
                    "year" | "capacity" | "offer_hours" | "delete_after_days" => "number",
                    "day" | "registration_until" => "date",
                    "description" | "consent" => "textarea",
                    _ => "text",
                },
                max: if matches!(*name, "description" | "consent") {
                    self.max_text
                } else {
                    self.max_title
                },
                value: self.v(name).to_string(),
                error: self
                    .errors
                    .iter()
                    .find(|e| e.field == *name)
                    .map(|e| tr.t(e.key)),
            })
            .collect()
    }
}

/// One field of the event form.
pub struct FieldView {
    pub name: &'static str,
    pub label: String,
    /// `text`, `number`, `date` or `textarea`.
    pub input: &'static str,
    pub max: usize,
    pub value: String,
    pub error: Option<String>,
}

pub struct EventItem {
    pub year: i64,
    pub title: String,
    pub date: String,
    pub example: bool,
}

#[derive(Template)]
#[template(path = "conference_admin.html")]
struct ListPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    events: Vec<EventItem>,
    form: EventForm,
    copy_from: String,
}

fn list_page(
    staff: &Staff,
    state: &AppState,
    rows: Vec<EventRow>,
    form: EventForm,
    copy_from: String,
) -> ListPage {
    ListPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/fachtag", &[]),
        nav: Nav::new(staff, state),
        events: rows
            .into_iter()
            .map(|r| EventItem {
                year: r.year,
                title: r.title,
                date: date_text(r.day),
                example: r.example != 0,
            })
            .collect(),
        form,
        copy_from,
    }
}

pub async fn list(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    let rows = state
        .store
        .events()
        .await
        .map_err(|e| store_error(&staff, e))?;
    // A new event starts as next year's, copying the newest one.
    let next = rows.first().map_or(
        beratungsnetz_core::clock::civil(staff.now.today()).0.into(),
        |r| r.year + 1,
    );
    let copy_from = rows.first().map(|r| r.year.to_string()).unwrap_or_default();
    let form = EventForm::new(
        |field| match field {
            "year" => next.to_string(),
            "offer_hours" => DEFAULT_OFFER_HOURS.to_string(),
            "delete_after_days" => DEFAULT_DELETE_AFTER_DAYS.to_string(),
            "capacity" => "0".into(),
            _ => String::new(),
        },
        Vec::new(),
    );
    let page = list_page(&staff, &state, rows, form, copy_from);
    Ok(staff.render(page, StatusCode::OK))
}

pub async fn create(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    staff.coordinator_only()?;
    let copy_from = match form.get("copy_from") {
        "" => None,
        raw => Some(year_of(raw).ok_or_else(|| {
            staff.html_error(AppError::bad_request("copy_from", "a year with a Fachtag"))
        })?),
    };
    let event = match read_event(&form) {
        Ok(e) => e,
        Err(errors) => {
            let rows = state
                .store
                .events()
                .await
                .map_err(|e| store_error(&staff, e))?;
            let typed = EventForm::new(|f| form.get(f).to_string(), errors);
            let page = list_page(&staff, &state, rows, typed, form.get("copy_from").into());
            return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let id = uuid::Uuid::new_v4().to_string();
    let audit = audit_entry(&staff, "create");
    let written = match copy_from {
        Some(from) => state.store.copy_event(from, &id, &event, &audit).await,
        None => state.store.create_event(&id, &event, &audit).await,
    };
    written.map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/fachtag/{}", event.year),
        None,
    ))
}

/// A room as its form shows it.
pub struct RoomItem {
    pub id: String,
    pub name: String,
    pub capacity: u32,
    pub accessible: bool,
    pub notes: String,
}

/// A session in the coordinators' list.
pub struct SessionItem {
    pub href: String,
    pub time: String,
    pub title: String,
    pub kind_label: String,
    pub room: String,
}

#[derive(Template)]
#[template(path = "conference_event.html")]
struct EventPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    year: i32,
    title: String,
    form: EventForm,
    rooms: Vec<RoomItem>,
    room_errors: Vec<FieldError>,
    sessions: Vec<SessionItem>,
    /// The day attendees' personal data is deleted.
    deletion: String,
}

fn event_page(
    staff: &Staff,
    state: &AppState,
    p: &Programme,
    form: EventForm,
    room_errors: Vec<FieldError>,
) -> EventPage {
    let tr = Tr::new(staff.lang);
    let year = p.event.year;
    EventPage {
        frame: Frame::new(staff.lang, &format!("/verwaltung/fachtag/{year}"), &[]),
        nav: Nav::new(staff, state),
        year,
        title: p.event.title.clone(),
        form,
        rooms: p
            .rooms
            .iter()
            .map(|r| RoomItem {
                id: r.id.clone(),
                name: r.text.name.clone(),
                capacity: r.text.capacity,
                accessible: r.text.accessible,
                notes: r.text.notes.clone(),
            })
            .collect(),
        room_errors,
        deletion: date_text(p.event.day + i64::from(p.event.delete_after_days) + 1),
        sessions: p
            .timetable()
            .into_iter()
            .flat_map(|b| b.items)
            .map(|s| SessionItem {
                href: format!("/verwaltung/fachtag/{year}/sitzungen/{}", s.id),
                time: format!("{}–{}", clock_time(s.text.starts), clock_time(s.text.ends)),
                title: s.text.title.clone(),
                kind_label: tr.t(&format!("conference-kind-{}", s.text.kind.code())),
                room: p.room_name(&s.text.room).to_string(),
            })
            .collect(),
        tr,
    }
}

impl EventPage {
    fn room_error(&self) -> Vec<String> {
        self.room_errors
            .iter()
            .map(|e| {
                format!(
                    "{}: {}",
                    self.tr.t(&format!("conference-room-{}", e.field)),
                    self.tr.t(e.key)
                )
            })
            .collect()
    }
}

async fn programme(state: &AppState, staff: &Staff, year: &str) -> Result<Programme, HtmlError> {
    load(state, year).await.map_err(|e| staff.html_error(e))
}

pub async fn event(
    StaffRequest { state, staff }: StaffRequest,
    Path(year): Path<String>,
) -> HtmlResult {
    staff.coordinator_only()?;
    let p = programme(&state, &staff, &year).await?;
    let page = event_page(&staff, &state, &p, EventForm::of(&p.event), Vec::new());
    Ok(staff.render(page, StatusCode::OK))
}

pub async fn save_event(
    Path(year): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    staff.coordinator_only()?;
    let p = programme(&state, &staff, &year).await?;
    let event = match read_event(&form) {
        Ok(e) => e,
        Err(errors) => {
            let typed = EventForm::new(|f| form.get(f).to_string(), errors);
            let page = event_page(&staff, &state, &p, typed, Vec::new());
            return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    state
        .store
        .update_event(&p.id, &event, &audit_entry(&staff, "update"))
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/fachtag/{}", event.year),
        None,
    ))
}

/// POST `/verwaltung/fachtag/{year}/raeume`: a new room (no `room_id`) or a change to one.
pub async fn save_room(
    Path(year): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    staff.coordinator_only()?;
    let p = programme(&state, &staff, &year).await?;
    let room_id = match form.get("room_id") {
        "" => uuid::Uuid::new_v4().to_string(),
        id if p.room(id).is_some() => id.to_string(),
        _ => return Err(staff.html_error(AppError::NotFound)),
    };
    let room = match read_room(&form) {
        Ok(r) => r,
        Err(errors) => {
            let page = event_page(&staff, &state, &p, EventForm::of(&p.event), errors);
            return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    state
        .store
        .save_room(&p.id, &room_id, &room, &audit_entry(&staff, "room"))
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/fachtag/{}#rooms", p.event.year),
        None,
    ))
}
