//! The Fachtag. Public: the list of Fachtage (`/fachtag`), each one's programme as a
//! timetable (`/fachtag/{year}`), its calendar file and the frab/pretalx schedule export;
//! registration with waiting lists (`register`), each person's page behind their
//! personal link (`personal`) and the offers of freed places (`offers`, `mails`); after
//! the day a certificate of attendance with a public check (`certificate`) and feedback
//! (`feedback`). Coordinators (`/verwaltung/fachtag`): create an event or copy last
//! year's, change it, its rooms and its sessions; check people in (`checkin`), download
//! the lists (`lists`) and read the year's figures and feedback (`evaluation`).

pub mod admin;
pub mod certificate;
pub mod checkin;
pub mod evaluation;
pub mod export;
pub mod feedback;
pub mod lists;
pub mod mails;
pub mod offers;
pub mod personal;
pub mod programme;
pub mod register;
pub mod results;
pub mod sessions;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::{get, post};
use beratungsnetz_core::clock::civil;
use beratungsnetz_core::conference::Programme;
use beratungsnetz_store::StoreError;
use beratungsnetz_store::audit::AuditEntry;

use crate::AppState;
use crate::accounts::session::Staff;
use crate::chrome::error::{AppError, HtmlError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/fachtag", get(programme::list))
        .route("/fachtag/{year}", get(programme::page))
        .route("/fachtag/{year}/programm.ics", get(export::ics))
        .route("/fachtag/{year}/schedule.xml", get(export::frab_xml))
        .route("/fachtag/{year}/schedule.json", get(export::frab_json))
        .route(
            "/fachtag/{year}/anmeldung",
            get(register::form).post(register::submit),
        )
        .route(
            "/fachtag/anmeldung/{token}",
            get(personal::show).post(personal::change),
        )
        .route(
            "/fachtag/anmeldung/{token}/abmelden",
            post(personal::cancel),
        )
        .route(
            "/fachtag/anmeldung/{token}/kalender.ics",
            get(personal::calendar),
        )
        .route(
            "/fachtag/anmeldung/{token}/bescheinigung.pdf",
            get(certificate::pdf),
        )
        .route(
            "/fachtag/anmeldung/{token}/rueckmeldung",
            get(feedback::form).post(feedback::submit),
        )
        .route("/fachtag/bescheinigung", get(certificate::check))
        .route(
            "/fachtag/angebot/{token}",
            get(offers::show).post(offers::answer),
        )
        .route("/verwaltung/fachtag", get(admin::list).post(admin::create))
        .route(
            "/verwaltung/fachtag/{year}",
            get(admin::event).post(admin::save_event),
        )
        .route("/verwaltung/fachtag/{year}/raeume", post(admin::save_room))
        .route(
            "/verwaltung/fachtag/{year}/einlass",
            get(checkin::page).post(checkin::admit),
        )
        .route(
            "/verwaltung/fachtag/{year}/teilnehmende.csv",
            get(lists::attendees),
        )
        .route(
            "/verwaltung/fachtag/{year}/teilnehmende.xlsx",
            get(lists::spreadsheet),
        )
        .route(
            "/verwaltung/fachtag/{year}/workshops.csv",
            get(lists::workshops),
        )
        .route(
            "/verwaltung/fachtag/{year}/auswertung",
            get(evaluation::page),
        )
        .route(
            "/verwaltung/fachtag/{year}/einlass/zahlen",
            get(checkin::counts),
        )
        .route(
            "/verwaltung/fachtag/{year}/sitzungen/{id}",
            get(sessions::form).post(sessions::save),
        )
        .route(
            "/verwaltung/fachtag/{year}/sitzungen/{id}/loeschen",
            post(sessions::delete),
        )
        .route(
            "/verwaltung/fachtag/{year}/sitzungen/{id}/ergebnisse",
            get(results::form).post(results::save),
        )
        .route(
            "/verwaltung/fachtag/{year}/sitzungen/{id}/ergebnisse/dateien/{file}/loeschen",
            post(results::delete),
        )
        .route("/fachtag/{year}/dateien/{file}", get(results::download))
}

/// The workshop results' file upload, with a body limit of its own (the rest of the site
/// takes forms of at most 1 MiB).
pub fn upload_router() -> Router<AppState> {
    Router::new()
        .route(
            "/verwaltung/fachtag/{year}/sitzungen/{id}/ergebnisse/dateien",
            post(results::upload),
        )
        .layer(axum::extract::DefaultBodyLimit::max(results::UPLOAD_LIMIT))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            results::UPLOAD_LIMIT,
        ))
}

/// The year an address names; None for anything but a plausible year.
fn year_of(raw: &str) -> Option<i32> {
    raw.parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y) && raw.len() == 4)
}

/// The programme of the year an address names; NotFound for none.
async fn load(state: &AppState, raw_year: &str) -> Result<Programme, AppError> {
    let year = year_of(raw_year).ok_or(AppError::NotFound)?;
    state.store.programme(year).await?.ok_or(AppError::NotFound)
}

/// The event of a year for a coordinator's page: 403 for anyone else, 404 for no such
/// year.
async fn coordinators_event(
    state: &AppState,
    staff: &Staff,
    raw_year: &str,
) -> Result<Programme, HtmlError> {
    staff.coordinator_only()?;
    load(state, raw_year).await.map_err(|e| staff.html_error(e))
}

/// The programme of the event with this id; None for none. (Events are few: the list is
/// read to find its year.)
async fn programme_of_event(
    state: &AppState,
    event_id: &str,
) -> Result<Option<Programme>, StoreError> {
    let year = state
        .store
        .events()
        .await?
        .into_iter()
        .find(|e| e.id == event_id)
        .map(|e| i32::try_from(e.year).unwrap_or_default());
    match year {
        Some(y) => state.store.programme(y).await,
        None => Ok(None),
    }
}

/// A random code of `len` characters of `alphabet` (codes people read and type).
fn random_code(alphabet: &[u8], len: usize) -> String {
    (0..len)
        .map(|_| char::from(alphabet[usize::from(rand::random::<u8>()) % alphabet.len()]))
        .collect()
}

/// The public address of a year's programme page (the exports' `url`).
fn public_url(state: &AppState, year: i32) -> String {
    format!(
        "{}/fachtag/{year}",
        state.config.public_url.trim_end_matches('/')
    )
}

/// "22.01.2020" of days since 1970.
fn date_text(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{d:02}.{m:02}.{y:04}")
}

/// A store error on the coordinators' pages: a lost race is 409, a missing row 404.
fn store_error(staff: &Staff, e: StoreError) -> HtmlError {
    match e {
        StoreError::Conflict(_) => staff.refuse(StatusCode::CONFLICT, "conference-conflict"),
        StoreError::NotFound => staff.html_error(AppError::NotFound),
        e => staff.html_error(AppError::from(e)),
    }
}

/// An audit entry about the Fachtag, its entity and id filled in by the store.
fn audit_entry(staff: &Staff, action: &str) -> AuditEntry {
    crate::audit::audit(staff, action, "conference_event", "", None, None, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_addresses() {
        assert_eq!(year_of("2020"), Some(2020));
        for bad in ["20", "02020", "+2020", "1999", "abcd", ""] {
            assert_eq!(year_of(bad), None, "{bad}");
        }
        assert_eq!(
            date_text(beratungsnetz_core::clock::day_number("2020-01-22").unwrap()),
            "22.01.2020"
        );
    }
}
