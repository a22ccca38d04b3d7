//! The work lists of a counsellor's organisations — outgoing and incoming, filtered by
//! state, overdue first, then what waits for this side — as the page
//! `/verwaltung/verweisungen` and as JSON (`/api/v1/referrals`, in `api.rs`).
//! Nothing sealed is opened: a work list shows the service, the state and the dates.

use askama::Template;
use axum::extract::RawQuery;
use axum::http::StatusCode;
use beratungsnetz_core::clock::Now;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::ids::OrganizationId;
use beratungsnetz_core::referrals::State as Stage;
use beratungsnetz_store::referrals::{Direction, ReferralRow};
use serde::Serialize;
use utoipa::ToSchema;

use super::{counselling, names};
use crate::AppState;
use crate::accounts::session::StaffRequest;
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// Which side of a referral a work list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// Referrals the reader's organisations sent.
    Outgoing,
    /// Referrals sent to the reader's organisations.
    Incoming,
}

impl Side {
    fn direction(self) -> Direction {
        match self {
            Side::Outgoing => Direction::Outgoing,
            Side::Incoming => Direction::Incoming,
        }
    }

    pub fn parse(code: &str) -> Option<Side> {
        match code {
            "outgoing" => Some(Side::Outgoing),
            "incoming" => Some(Side::Incoming),
            _ => None,
        }
    }
}

/// One referral on a work list.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct WorkItem {
    /// Opens at `/verwaltung/verweisungen/{id}`.
    pub id: String,
    pub side: Side,
    pub service_id: String,
    pub service_name: String,
    /// The state's code: `draft`, `sent`, `accepted`, `declined:<reason>`, `in-progress`,
    /// `closed:<outcome>`, `withdrawn`, `expired`.
    #[schema(example = "sent")]
    pub state: String,
    /// The state as an HL7 FHIR `Task.status`.
    #[schema(example = "requested")]
    pub fhir_status: String,
    /// `routine`, `soon` or `urgent`.
    pub urgency: String,
    /// UTC, RFC 3339.
    pub created_at: String,
    /// UTC, RFC 3339: the last step.
    pub updated_at: String,
    /// The next step is this side's.
    pub waiting: bool,
    /// Late by the reminder rules: sent and not answered, or accepted and not moved on,
    /// for longer than the configured working days.
    pub overdue: bool,
}

/// A work list's filter: which sides and which states (bases, `declined` for every
/// reason). Empty: all.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub sides: Vec<Side>,
    pub states: Vec<&'static str>,
}

impl Filter {
    /// A state's base code as a filter value; `None` for a value that is none.
    pub fn state(value: &str) -> Option<&'static str> {
        Stage::BASES.into_iter().find(|b| *b == value)
    }
}

/// The work list of `orgs` at `now`: overdue first, then what waits for this side, then
/// last changed first.
pub async fn work(
    state: &AppState,
    orgs: &[OrganizationId],
    now: Now,
    filter: &Filter,
) -> Result<Vec<WorkItem>, AppError> {
    let deadlines = state.config.referral_periods.deadlines(now);
    let mut rows: Vec<(Side, ReferralRow)> = Vec::new();
    for side in [Side::Incoming, Side::Outgoing] {
        if !filter.sides.is_empty() && !filter.sides.contains(&side) {
            continue;
        }
        for row in state.store.referral_list(orgs, side.direction()).await? {
            rows.push((side, row));
        }
    }
    let services = names(
        state,
        Entity::Service,
        rows.iter().map(|(_, r)| r.service_id.to_string()),
    )
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for (side, r) in rows {
        let Some(stage) = Stage::parse(&r.state) else {
            return Err(AppError::internal(format!(
                "referral {} has an unknown state",
                r.id
            )));
        };
        if !filter.states.is_empty() && !filter.states.contains(&stage.base()) {
            continue;
        }
        let waiting = match side {
            Side::Incoming => matches!(stage, Stage::Sent | Stage::Accepted),
            Side::Outgoing => stage == Stage::Draft,
        };
        out.push(WorkItem {
            service_name: services
                .get(r.service_id.as_str())
                .cloned()
                .unwrap_or_default(),
            id: r.id.into_string(),
            side,
            service_id: r.service_id.into_string(),
            fhir_status: stage.fhir_status().to_string(),
            overdue: deadlines.overdue(&r.state, r.updated_at),
            state: r.state,
            urgency: r.urgency,
            created_at: Now::at(r.created_at).iso_timestamp(),
            updated_at: Now::at(r.updated_at).iso_timestamp(),
            waiting,
        });
    }
    // Stable: within each group the store's last-changed-first order stays.
    out.sort_by_key(|w| (!w.overdue, !w.waiting));
    Ok(out)
}

/// One line of a work list on the page.
struct Line {
    id: String,
    service: String,
    state_key: String,
    urgency_key: String,
    changed: String,
    waiting: bool,
    overdue: bool,
}

impl From<WorkItem> for Line {
    fn from(w: WorkItem) -> Line {
        let base = w.state.split(':').next().unwrap_or_default();
        Line {
            state_key: format!("referral-state-{base}"),
            urgency_key: format!("referral-urgency-{}", w.urgency),
            changed: w.updated_at.chars().take(10).collect(),
            waiting: w.waiting,
            overdue: w.overdue,
            service: w.service_name,
            id: w.id,
        }
    }
}

#[derive(Template)]
#[template(path = "referral_list.html")]
struct ListPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    /// The states to filter by: (code, message key, chosen).
    states: Vec<(&'static str, String, bool)>,
    /// (element id, heading key, lines): incoming first.
    lists: Vec<(&'static str, &'static str, Vec<Line>)>,
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    RawQuery(query): RawQuery,
) -> HtmlResult {
    let orgs = counselling(&staff)?;
    let mut filter = Filter::default();
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match name.as_ref() {
            "zustand" if value.is_empty() => {}
            "zustand" => filter.states.push(Filter::state(&value).ok_or_else(|| {
                staff.html_error(AppError::bad_request("zustand", "unknown state"))
            })?),
            _ => {}
        }
    }
    let items = work(&state, &orgs, staff.now, &filter)
        .await
        .map_err(|e| staff.html_error(e))?;
    let (incoming, outgoing): (Vec<WorkItem>, Vec<WorkItem>) =
        items.into_iter().partition(|w| w.side == Side::Incoming);
    let lines = |items: Vec<WorkItem>| items.into_iter().map(Line::from).collect();
    let page = ListPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/verweisungen", &[]),
        nav: Nav::new(&staff, &state),
        states: Stage::BASES
            .into_iter()
            .map(|b| (b, format!("referral-state-{b}"), filter.states.contains(&b)))
            .collect(),
        lists: vec![
            ("incoming", "referral-incoming", lines(incoming)),
            ("outgoing", "referral-outgoing", lines(outgoing)),
        ],
    };
    Ok(staff.render(page, StatusCode::OK))
}
