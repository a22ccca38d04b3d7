//! GET `/fachtag` (every Fachtag, newest first) and `/fachtag/{year}`: the programme as a
//! timetable. Parallel sessions stand side by side on a wide screen and one below the
//! other on a phone; the page prints as it reads. Titles and descriptions are German.
//! After the day, each workshop shows its results: notes, files and the interface sheets
//! it revised.

use std::collections::HashMap;

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use beratungsnetz_core::conference::{Programme, Session, SessionKind, clock_time};
use beratungsnetz_core::interfaces::slug;
use beratungsnetz_core::taxonomy::{self, Facet};

use super::{date_text, load};
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame, href};

/// The reader's language, from `?lang=`, the cookie or the browser.
fn language(
    query: &Result<Query<HashMap<String, String>>, QueryRejection>,
    headers: &HeaderMap,
) -> (Lang, bool) {
    let wanted = query
        .as_ref()
        .ok()
        .and_then(|Query(q)| q.get("lang").map(String::as_str));
    Lang::choose(wanted, headers)
}

pub struct EventLink {
    pub href: String,
    pub year: i32,
    pub title: String,
    pub date: String,
    pub venue: String,
}

#[derive(Template)]
#[template(path = "conference_list.html")]
struct ListPage {
    tr: Tr,
    frame: Frame,
    events: Vec<EventLink>,
}

pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> HtmlResult {
    let (lang, set_cookie) = language(&query, &headers);
    let rows = state
        .store
        .events()
        .await
        .map_err(|e| HtmlError::new(AppError::from(e), lang))?;
    let events = rows
        .into_iter()
        .map(|r| {
            let year = i32::try_from(r.year).unwrap_or_default();
            EventLink {
                href: href(lang, &format!("/fachtag/{year}"), &[]),
                year,
                title: r.title,
                date: date_text(r.day),
                venue: r.venue,
            }
        })
        .collect();
    let page = ListPage {
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/fachtag", &[]),
        events,
    };
    let html = page
        .render()
        .map_err(|e| HtmlError::new(AppError::from(e), lang))?;
    Ok(layout::page(html, lang, set_cookie))
}

/// A session as the timetable shows it.
pub struct SessionView {
    pub id: String,
    /// The anchor (`s3`) the exports link to.
    pub anchor: String,
    pub time: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub title: String,
    pub room: String,
    pub speakers: Vec<String>,
    pub description: String,
    /// The places of a workshop, said ("20 Plätze").
    pub places: Option<String>,
    pub results: Option<ResultView>,
}

impl SessionView {
    pub fn new(p: &Programme, s: &Session, tr: &Tr) -> SessionView {
        let room = p.room(&s.text.room);
        SessionView {
            id: s.id.clone(),
            anchor: format!("s{}", s.number),
            time: format!("{}–{}", clock_time(s.text.starts), clock_time(s.text.ends)),
            kind: s.text.kind.code(),
            kind_label: tr.t(&format!("conference-kind-{}", s.text.kind.code())),
            title: s.text.title.clone(),
            room: room.map(|r| r.text.name.clone()).unwrap_or_default(),
            speakers: s.text.speakers.iter().map(|x| x.display()).collect(),
            description: s.text.description.clone(),
            places: match s.text.kind {
                SessionKind::Workshop => s
                    .text
                    .capacity
                    .or_else(|| room.map(|r| r.text.capacity))
                    .map(|n| tr.num("conference-places", "count", u64::from(n))),
                _ => None,
            },
            results: None,
        }
    }
}

/// What a workshop produced, as the programme shows it after the day.
pub struct ResultView {
    pub notes: String,
    pub files: Vec<super::results::FileItem>,
    /// (address, label) of the interface sheets it revised.
    pub sheets: Vec<(String, String)>,
}

/// Sessions at one time: one across the width, or several side by side.
pub struct BlockView {
    pub time: String,
    pub parallel: bool,
    pub sessions: Vec<SessionView>,
}

/// The timetable of a programme.
pub fn blocks(p: &Programme, tr: &Tr) -> Vec<BlockView> {
    p.timetable()
        .into_iter()
        .map(|b| BlockView {
            time: format!("{}–{}", clock_time(b.starts), clock_time(b.ends)),
            parallel: b.parallel(),
            sessions: b.items.iter().map(|s| SessionView::new(p, s, tr)).collect(),
        })
        .collect()
}

/// A room as the access table shows it.
pub struct RoomView {
    pub name: String,
    pub capacity: u32,
    pub accessible: bool,
    pub notes: String,
}

#[derive(Template)]
#[template(path = "conference_programme.html")]
struct ProgrammePage {
    tr: Tr,
    frame: Frame,
    title: String,
    date: String,
    venue: String,
    address: String,
    description: String,
    blocks: Vec<BlockView>,
    rooms: Vec<RoomView>,
    ics_href: String,
    xml_href: String,
    json_href: String,
    /// The registration form while registration is open.
    register_href: Option<String>,
    deadline: String,
}

pub async fn page(
    State(state): State<AppState>,
    Path(year): Path<String>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> HtmlResult {
    let (lang, set_cookie) = language(&query, &headers);
    let p = load(&state, &year)
        .await
        .map_err(|e| HtmlError::new(e, lang))?;
    let tr = Tr::new(lang);
    let base = format!("/fachtag/{}", p.event.year);
    let results = state
        .store
        .workshop_results(&p.id)
        .await
        .map_err(|e| HtmlError::new(AppError::from(e), lang))?;
    let mut blocks = blocks(&p, &tr);
    for view in blocks.iter_mut().flat_map(|b| b.sessions.iter_mut()) {
        let Some(r) = results.iter().find(|r| r.session_id == view.id) else {
            continue;
        };
        view.results = Some(ResultView {
            notes: r.notes.clone(),
            files: super::results::file_items(p.event.year, &r.session_id, &r.files),
            sheets: r
                .sheets
                .iter()
                .map(|kind| {
                    let label = taxonomy::terms_of(Facet::ServiceKind)
                        .find(|t| t.code == kind)
                        .map_or_else(|| kind.clone(), |t| t.label(lang.code()).to_string());
                    (format!("/verwaltung/schnittstellen/{}", slug(kind)), label)
                })
                .collect(),
        });
    }
    let page = ProgrammePage {
        frame: Frame::new(lang, &base, &[]),
        title: p.event.title.clone(),
        date: date_text(p.event.day),
        venue: p.event.venue.clone(),
        address: p.event.address.clone(),
        description: p.event.description.clone(),
        blocks,
        rooms: p
            .rooms
            .iter()
            .map(|r| RoomView {
                name: r.text.name.clone(),
                capacity: r.text.capacity,
                accessible: r.text.accessible,
                notes: r.text.notes.clone(),
            })
            .collect(),
        register_href: super::register::open(&p, state.clock.now().today())
            .then(|| href(lang, &format!("{base}/anmeldung"), &[])),
        deadline: date_text(p.event.registration_until),
        ics_href: format!("{base}/programm.ics"),
        xml_href: format!("{base}/schedule.xml"),
        json_href: format!("{base}/schedule.json"),
        tr,
    };
    let html = page
        .render()
        .map_err(|e| HtmlError::new(AppError::from(e), lang))?;
    Ok(layout::page(html, lang, set_cookie))
}
