//! The coordinators' lists of a year (`/verwaltung/fachtag/{year}/…`): everyone registered,
//! in order of arrival, with their state, workshops, answers and arrival
//! (`teilnehmende.csv`), each workshop's people for its hosts (`workshops.csv`), and both
//! as worksheets of one spreadsheet (`teilnehmende.xlsx`). Personal data: never cached,
//! and each download is in the audit log.

use axum::extract::Path;
use beratungsnetz_core::clock::berlin_day_minute;
use beratungsnetz_core::conference::lists::{
    AttendeeLine, WorkshopLine, attendee_table, workshop_table,
};
use beratungsnetz_core::conference::{Programme, SessionKind, acronym, clock_time};
use beratungsnetz_core::tables::{Table, xlsx};

use super::{coordinators_event, store_error};
use crate::AppState;
use crate::accounts::session::{Staff, StaffRequest};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::attachment;

/// The year's attendee and workshop tables; the download is audited.
async fn tables(
    state: &AppState,
    staff: &Staff,
    year: &str,
    what: &str,
) -> Result<(Programme, Table, Table), HtmlError> {
    let p = coordinators_event(state, staff, year).await?;
    let rows = state
        .store
        .registrations(&p.id)
        .await
        .map_err(|e| store_error(staff, e))?;
    let choices = state
        .store
        .event_choices(&p.id)
        .await
        .map_err(|e| store_error(staff, e))?;
    // The lists are German, like the programme they go with.
    let tr = Tr::new(Lang::De);
    let state_name = |code: &str| tr.t(&format!("conference-state-{code}"));
    let arrived = |at: Option<i64>| {
        at.map(|at| clock_time(berlin_day_minute(at).1))
            .unwrap_or_default()
    };
    let attendees: Vec<AttendeeLine> = rows
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
                        state_name(c.state().code())
                    ))
                })
                .collect::<Vec<_>>()
                .join("; ");
            AttendeeLine {
                name: r.name.clone(),
                email: r.email.clone(),
                organisation: r.organisation.clone(),
                role: r.role.clone(),
                state: state_name(r.state().code()),
                workshops,
                dietary: r.dietary.clone(),
                accessibility: r.accessibility.clone(),
                interpreting: r.interpreting.clone(),
                arrived: arrived(r.checked_in_at),
            }
        })
        .collect();
    let mut workshops: Vec<&beratungsnetz_core::conference::Session> = p
        .sessions
        .iter()
        .filter(|s| s.text.kind == SessionKind::Workshop)
        .collect();
    workshops.sort_by_key(|s| (s.text.starts, s.number));
    // Each workshop's people: places first, then the waiting list, in order of arrival.
    let mut lines = Vec::new();
    for s in workshops {
        let mut people: Vec<_> = choices
            .iter()
            .filter(|c| c.session_id == s.id && c.state().active())
            .filter_map(|c| {
                let r = rows.iter().find(|r| r.id == c.registration_id)?;
                r.state().active().then_some((c, r))
            })
            .collect();
        people.sort_by_key(|(c, r)| (c.state().code() != "confirmed", r.position));
        lines.extend(people.into_iter().map(|(c, r)| WorkshopLine {
            time: format!("{}–{}", clock_time(s.text.starts), clock_time(s.text.ends)),
            workshop: s.text.title.clone(),
            room: p.room_name(&s.text.room).to_string(),
            name: r.name.clone(),
            organisation: r.organisation.clone(),
            state: state_name(c.state().code()),
            arrived: arrived(r.checked_in_at),
        }));
    }
    let audit = crate::audit::audit(staff, what, "conference_event", &p.id, None, None, None);
    state
        .store
        .append_audit(&audit)
        .await
        .map_err(|e| store_error(staff, e))?;
    Ok((p, attendee_table(&attendees), workshop_table(&lines)))
}

/// GET `teilnehmende.csv`.
pub async fn attendees(
    StaffRequest { state, staff }: StaffRequest,
    Path(year): Path<String>,
) -> HtmlResult {
    let (p, table, _) = tables(&state, &staff, &year, "download-attendees").await?;
    let body = table
        .csv()
        .map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("{}-teilnehmende.csv", acronym(p.event.year)),
        body.into_bytes(),
    ))
}

/// GET `workshops.csv`.
pub async fn workshops(
    StaffRequest { state, staff }: StaffRequest,
    Path(year): Path<String>,
) -> HtmlResult {
    let (p, _, table) = tables(&state, &staff, &year, "download-workshops").await?;
    let body = table
        .csv()
        .map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("{}-workshops.csv", acronym(p.event.year)),
        body.into_bytes(),
    ))
}

/// GET `teilnehmende.xlsx`: both lists, a worksheet each.
pub async fn spreadsheet(
    StaffRequest { state, staff }: StaffRequest,
    Path(year): Path<String>,
) -> HtmlResult {
    let (p, attendees, workshops) = tables(&state, &staff, &year, "download-attendees").await?;
    let body =
        xlsx(&[attendees, workshops]).map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("{}-teilnehmende.xlsx", acronym(p.event.year)),
        body,
    ))
}
