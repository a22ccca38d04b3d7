//! GET `/verwaltung/verweisungen`: the work lists of a counsellor's organisations —
//! outgoing and incoming, those waiting for this side first. Nothing sealed is opened.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::referrals::{Direction, ReferralRow};

use super::counselling;
use crate::AppState;
use crate::accounts::render;
use crate::accounts::session::Staff;
use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// One line of a work list.
struct Line {
    id: String,
    service: String,
    state_key: String,
    urgency_key: String,
    changed: String,
    /// Waiting for this side to act.
    waiting: bool,
}

#[derive(Template)]
#[template(path = "referral_list.html")]
struct ListPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    /// (element id, heading key, lines): incoming first, what waits for this side.
    lists: Vec<(&'static str, &'static str, Vec<Line>)>,
}

async fn lines(
    state: &AppState,
    rows: Vec<ReferralRow>,
    direction: Direction,
) -> Result<Vec<Line>, AppError> {
    let ids: Vec<String> = rows.iter().map(|r| r.service_id.to_string()).collect();
    let services = state.store.fetch_by(Entity::Service, "id", &ids).await?;
    let name = |id: &str| {
        services
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.str("name"))
            .unwrap_or_default()
            .to_string()
    };
    let mut out: Vec<Line> = rows
        .into_iter()
        .map(|r| {
            let base = r.state.split(':').next().unwrap_or_default().to_string();
            let waiting = match direction {
                Direction::Incoming => matches!(base.as_str(), "sent" | "accepted"),
                Direction::Outgoing => base == "draft",
            };
            Line {
                service: name(r.service_id.as_str()),
                state_key: format!("referral-state-{base}"),
                urgency_key: format!("referral-urgency-{}", r.urgency),
                changed: beratungsnetz_core::clock::Now::at(r.updated_at)
                    .iso_timestamp()
                    .chars()
                    .take(10)
                    .collect(),
                waiting,
                id: r.id.into_string(),
            }
        })
        .collect();
    // Waiting first; within each, the list keeps last-changed-first.
    out.sort_by_key(|l| !l.waiting);
    Ok(out)
}

pub async fn page(State(state): State<AppState>, staff: Staff) -> Result<Response, HtmlError> {
    let orgs = counselling(&staff)?;
    let mut lists = Vec::new();
    for direction in [Direction::Outgoing, Direction::Incoming] {
        let rows = state
            .store
            .referral_list(&orgs, direction)
            .await
            .map_err(|e| staff.html_error(AppError::from(e)))?;
        lists.push(
            lines(&state, rows, direction)
                .await
                .map_err(|e| staff.html_error(e))?,
        );
    }
    let incoming = lists.pop().unwrap_or_default();
    let outgoing = lists.pop().unwrap_or_default();
    let lists = vec![
        ("incoming", "referral-incoming", incoming),
        ("outgoing", "referral-outgoing", outgoing),
    ];
    let page = ListPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/verweisungen", &[]),
        nav: Nav::new(&staff, &state),
        lists,
    };
    Ok(render(page, staff.lang, StatusCode::OK, None))
}
