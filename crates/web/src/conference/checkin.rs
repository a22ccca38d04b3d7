//! The check-in desk (`/verwaltung/fachtag/{year}/einlass`, coordinators): a code typed
//! or scanned from the QR code admits its person once; a second use is refused with the
//! time of the first. Live counts of arrivals for the event and each workshop. The page
//! works as a plain form; `static/checkin.js` adds the camera where the browser can read
//! QR codes, counts that refresh, and a queue that keeps codes through a network drop and
//! sends them when the connection returns.

use askama::Template;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use beratungsnetz_core::conference::Programme;
use beratungsnetz_store::StoreError;
use beratungsnetz_store::conference::places::{Arrivals, CheckIn};
use serde::Serialize;

use super::{coordinators_event, store_error};
use crate::AppState;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// Longest code accepted (the codes are ten characters).
const MAX_CODE: usize = 32;

/// A workshop's arrivals as the page shows them.
pub struct WorkshopCount {
    pub id: String,
    pub title: String,
    pub confirmed: i64,
    pub arrived: i64,
}

#[derive(Template)]
#[template(path = "conference_checkin.html")]
struct CheckinPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    year: i32,
    title: String,
    /// (kind: admitted/already/unknown, message) of the last code.
    result: Option<(&'static str, String)>,
    confirmed: i64,
    arrived: i64,
    workshops: Vec<WorkshopCount>,
}

/// The answer to a code, for the page and for the script.
#[derive(Serialize)]
struct Answer {
    result: &'static str,
    message: String,
    confirmed: i64,
    arrived: i64,
    workshops: Vec<(String, i64, i64)>,
}

fn workshop_counts(p: &Programme, a: &Arrivals) -> Vec<WorkshopCount> {
    a.workshops
        .iter()
        .filter_map(|(id, confirmed, arrived)| {
            let s = p.sessions.iter().find(|s| &s.id == id)?;
            Some(WorkshopCount {
                id: id.clone(),
                title: s.text.title.clone(),
                confirmed: *confirmed,
                arrived: *arrived,
            })
        })
        .collect()
}

async fn render(
    state: &AppState,
    staff: &Staff,
    p: &Programme,
    result: Option<(&'static str, String)>,
    status: StatusCode,
) -> HtmlResult {
    let a = state
        .store
        .arrivals(&p.id)
        .await
        .map_err(|e| store_error(staff, e))?;
    let page = CheckinPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(
            staff.lang,
            &format!("/verwaltung/fachtag/{}/einlass", p.event.year),
            &[],
        ),
        nav: Nav::new(staff, state),
        year: p.event.year,
        title: p.event.title.clone(),
        result,
        confirmed: a.confirmed,
        arrived: a.arrived,
        workshops: workshop_counts(p, &a),
    };
    let mut resp = staff.render(page, status);
    // The desk may use the camera to read QR codes; nothing else may.
    resp.headers_mut().insert(
        "permissions-policy",
        HeaderValue::from_static(
            "camera=(self), microphone=(), geolocation=(), interest-cohort=()",
        ),
    );
    Ok(resp)
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Path(year): Path<String>,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    render(&state, &staff, &p, None, StatusCode::OK).await
}

/// POST: checks a code in. 200 admitted, 409 used before, 404 unknown; as JSON when the
/// script asks for it (`Accept: application/json`).
pub async fn admit(
    Path(year): Path<String>,
    headers: HeaderMap,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    let code: String = form
        .get("code")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    if code.is_empty() || code.chars().count() > MAX_CODE {
        return Err(staff.html_error(AppError::bad_request("code", "a check-in code")));
    }
    let tr = Tr::new(staff.lang);
    let audit = crate::audit::audit(
        &staff,
        "check-in",
        "conference_registration",
        "",
        None,
        None,
        None,
    );
    let (result, message, status) = match state.store.check_in(&p.id, &code, &audit).await {
        Ok(CheckIn::Admitted { name, organisation }) => (
            "admitted",
            tr.plain(
                "conference-checkin-admitted",
                &[("name", name), ("organisation", organisation)],
            ),
            StatusCode::OK,
        ),
        Ok(CheckIn::Already { at }) => (
            "already",
            tr.plain(
                "conference-checkin-already",
                &[(
                    "time",
                    beratungsnetz_core::conference::clock_time(
                        beratungsnetz_core::clock::berlin_day_minute(at).1,
                    ),
                )],
            ),
            StatusCode::CONFLICT,
        ),
        Err(StoreError::NotFound) => (
            "unknown",
            tr.t("conference-checkin-unknown"),
            StatusCode::NOT_FOUND,
        ),
        Err(e) => return Err(store_error(&staff, e)),
    };
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    if wants_json {
        let a = state
            .store
            .arrivals(&p.id)
            .await
            .map_err(|e| store_error(&staff, e))?;
        let body = Answer {
            result,
            message,
            confirmed: a.confirmed,
            arrived: a.arrived,
            workshops: a.workshops,
        };
        return Ok((status, crate::chrome::layout::personal_json(body)).into_response());
    }
    render(&state, &staff, &p, Some((result, message)), status).await
}

/// GET `…/einlass/zahlen`: the live counts as JSON, for the page's script.
pub async fn counts(
    StaffRequest { state, staff }: StaffRequest,
    Path(year): Path<String>,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    let a = state
        .store
        .arrivals(&p.id)
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(crate::chrome::layout::personal_json(serde_json::json!({
        "confirmed": a.confirmed,
        "arrived": a.arrived,
        "workshops": a.workshops,
    })))
}
