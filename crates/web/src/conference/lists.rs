//! GET `/verwaltung/fachtag/{year}/teilnehmende.csv` (coordinators): everyone registered,
//! in order of arrival, with their state, workshops, answers and arrival. Personal data:
//! never cached, and each download is in the audit log.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::clock::berlin_day_minute;
use beratungsnetz_core::conference::lists::{AttendeeLine, attendee_csv};
use beratungsnetz_core::conference::{acronym, clock_time};

use super::{load, store_error};
use crate::AppState;
use crate::accounts::session::Staff;
use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::{Lang, Tr};

pub async fn attendees(
    State(state): State<AppState>,
    staff: Staff,
    Path(year): Path<String>,
) -> Result<Response, HtmlError> {
    staff.coordinator_only()?;
    let p = load(&state, &year).await.map_err(|e| staff.html_error(e))?;
    let rows = state
        .store
        .registrations(&p.id)
        .await
        .map_err(|e| store_error(&staff, e))?;
    let choices = state
        .store
        .event_choices(&p.id)
        .await
        .map_err(|e| store_error(&staff, e))?;
    // The list is German, like the programme it goes with.
    let tr = Tr::new(Lang::De);
    let lines: Vec<AttendeeLine> = rows
        .iter()
        .map(|r| {
            let workshops = choices
                .iter()
                .filter(|c| c.registration_id == r.id && c.state().active())
                .filter_map(|c| {
                    let s = p.sessions.iter().find(|s| s.id == c.session_id)?;
                    Some(format!(
                        "{} {} ({})",
                        clock_time(s.text.starts),
                        s.text.title,
                        tr.t(&format!("conference-state-{}", c.state().code()))
                    ))
                })
                .collect::<Vec<_>>()
                .join("; ");
            AttendeeLine {
                name: r.name.clone(),
                email: r.email.clone(),
                organisation: r.organisation.clone(),
                role: r.role.clone(),
                state: tr.t(&format!("conference-state-{}", r.state().code())),
                workshops,
                dietary: r.dietary.clone(),
                accessibility: r.accessibility.clone(),
                interpreting: r.interpreting.clone(),
                arrived: r
                    .checked_in_at
                    .map(|at| clock_time(berlin_day_minute(at).1))
                    .unwrap_or_default(),
            }
        })
        .collect();
    let body = attendee_csv(&lines).map_err(|e| staff.html_error(AppError::internal(e)))?;
    let audit = crate::audit::audit(
        &staff,
        "download-attendees",
        "conference_event",
        &p.id,
        None,
        None,
        None,
    );
    state
        .store
        .append_audit(&audit)
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}-teilnehmende.csv\"",
                    acronym(p.event.year)
                ),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        body,
    )
        .into_response())
}
