//! GET `/verwaltung/verweisungen/statistik`: referral figures for coordinators — counts
//! per month and state over the last twelve months, from the referrals held and the
//! anonymous tallies of those deleted. No figure below five and no totals
//! ([`beratungsnetz_core::referrals::stats`]); coordinators see nothing else of referrals.

use askama::Template;
use axum::http::StatusCode;
use beratungsnetz_core::referrals::stats::{Figure, THRESHOLD, Table, last_months, state_codes};

use crate::accounts::session::StaffRequest;
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

#[derive(Template)]
#[template(path = "referral_stats.html")]
struct StatsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    months: Vec<String>,
    rows: Vec<Row>,
    threshold: i64,
}

/// One state's figures.
struct Row {
    state_key: String,
    /// The reason of a decline or the outcome of a close.
    detail_key: Option<String>,
    /// Per month; None where withheld.
    figures: Vec<Option<i64>>,
}

/// The message keys of a state code: `declined:no-capacity` is "declined" with the
/// reason "no capacity".
fn label_keys(code: &str) -> (String, Option<String>) {
    match code.split_once(':') {
        Some(("declined", reason)) => (
            "referral-state-declined".into(),
            Some(format!("referral-reason-{reason}")),
        ),
        Some(("closed", outcome)) => (
            "referral-state-closed".into(),
            Some(format!("referral-outcome-{outcome}")),
        ),
        _ => (format!("referral-state-{code}"), None),
    }
}

pub async fn page(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    let counts = state
        .store
        .referral_counts()
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?;
    let table = Table::build(counts, &last_months(staff.now.unix, 12), &state_codes());
    let page = StatsPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/verweisungen/statistik", &[]),
        nav: Nav::new(&staff, &state),
        months: table.months,
        rows: table
            .rows
            .into_iter()
            .map(|(code, figures)| {
                let figures = figures
                    .into_iter()
                    .map(|f| match f {
                        Figure::Count(n) => Some(n),
                        Figure::Withheld => None,
                    })
                    .collect();
                let (state_key, detail_key) = label_keys(&code);
                Row {
                    state_key,
                    detail_key,
                    figures,
                }
            })
            .collect(),
        threshold: THRESHOLD,
    };
    Ok(staff.render(page, StatusCode::OK))
}
