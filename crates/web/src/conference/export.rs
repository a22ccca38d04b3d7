//! A Fachtag's programme for other software: `programm.ics` (every session, for a
//! calendar), `schedule.xml` and `schedule.json` (the frab/pretalx schedule conference
//! apps read). Public like the programme page; a year without a Fachtag is 404.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::conference::{Session, acronym, frab, ical};

use super::{load, public_url};
use crate::AppState;
use crate::chrome::error::AppError;

/// A download: its type, file name and body; caches may keep it for five minutes.
fn file(content_type: &'static str, name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "public, max-age=300".to_string()),
        ],
        body,
    )
        .into_response()
}

pub async fn ics(
    State(state): State<AppState>,
    Path(year): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &year).await?;
    let all: Vec<&Session> = p.sessions.iter().collect();
    let url = public_url(&state, p.event.year);
    let body = ical::calendar(&p, &all, &url, state.clock.now().unix);
    Ok(file(
        "text/calendar; charset=utf-8",
        &format!("{}.ics", acronym(p.event.year)),
        body,
    ))
}

pub async fn frab_xml(
    State(state): State<AppState>,
    Path(year): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &year).await?;
    let body = frab::xml(&p, &public_url(&state, p.event.year)).map_err(AppError::internal)?;
    Ok(file(
        "application/xml; charset=utf-8",
        &format!("{}-schedule.xml", acronym(p.event.year)),
        body,
    ))
}

pub async fn frab_json(
    State(state): State<AppState>,
    Path(year): Path<String>,
) -> Result<Response, AppError> {
    let p = load(&state, &year).await?;
    let body = frab::json(&p, &public_url(&state, p.event.year)).to_string();
    Ok(file(
        "application/json",
        &format!("{}-schedule.json", acronym(p.event.year)),
        body,
    ))
}
