//! GET `/verwaltung/berichte/verweisungen` (coordinators): how the hand-overs of the last
//! twelve months worked out, by need, service kind, district of the service, month of
//! sending and route — anonymous counts only, none below five and none to work one out
//! from ([`beratungsnetz_core::reports::referrals`]); `verweisungen.xlsx` holds the same
//! tables.

use std::collections::HashMap;

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use beratungsnetz_core::geo::district_label;
use beratungsnetz_core::referrals::stats::{THRESHOLD, last_months};
use beratungsnetz_core::reports::referrals::{Breakdown, By, Column, Fact, breakdown};
use beratungsnetz_core::tables::{Table, xlsx};

use super::chart::{Bar, bars};
use crate::AppState;
use crate::accounts::session::StaffRequest;
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{Frame, attachment};
use crate::chrome::numbers::percent;
use crate::chrome::staff::Nav;
use crate::directory::labels::term_label;

/// Months the figures cover.
const MONTHS: usize = 12;

/// The facts of the referrals sent in the last twelve months.
pub async fn recent_facts(state: &AppState, now: i64) -> Result<Vec<Fact>, AppError> {
    let months = last_months(now, MONTHS);
    let mut facts = state.store.referral_facts(state.keys.as_deref()).await?;
    facts.retain(|f| months.contains(&f.month));
    Ok(facts)
}

/// How a row's key reads.
fn label(by: By, key: &str, tr: &Tr) -> String {
    let lang = tr.lang();
    if key.is_empty() {
        return tr.t("refstats-unknown");
    }
    match by {
        By::Need | By::Kind => term_label(key, lang.code()),
        By::District => district_label(key),
        By::Month => key.to_string(),
        By::Route => tr.t(&format!("refstats-route-{key}")),
    }
}

/// A figure's cell: the count and its share of the row, or withheld.
struct Cell {
    count: Option<i64>,
    share: String,
}

struct Line {
    label: String,
    total: Option<i64>,
    cells: Vec<Cell>,
    median: Option<i64>,
    p90: Option<i64>,
}

/// One dimension's table.
struct Section {
    id: &'static str,
    heading_key: &'static str,
    key_heading: &'static str,
    lines: Vec<Line>,
}

#[derive(Template)]
#[template(path = "report_referrals.html")]
struct ReferralsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    threshold: i64,
    columns: Vec<String>,
    sections: Vec<Section>,
    chart: String,
    empty: bool,
}

fn heading_keys(by: By) -> (&'static str, &'static str) {
    match by {
        By::Need => ("refstats-by-need", "refstats-key-need"),
        By::Kind => ("refstats-by-kind", "refstats-key-kind"),
        By::District => ("refstats-by-district", "refstats-key-district"),
        By::Month => ("refstats-by-month", "refstats-key-month"),
        By::Route => ("refstats-by-route", "refstats-key-route"),
    }
}

fn lines(b: &Breakdown, by: By, tr: &Tr) -> Vec<Line> {
    let lang = tr.lang();
    b.rows
        .iter()
        .map(|r| Line {
            label: label(by, &r.key, tr),
            total: r.total,
            cells: r
                .cells
                .iter()
                .map(|c| Cell {
                    count: *c,
                    share: match (c, r.total) {
                        (Some(n), Some(t)) if t > 0 => {
                            // Counts stay far below f64's exact integers.
                            #[allow(clippy::cast_precision_loss)]
                            let share = *n as f64 / t as f64;
                            percent(share, lang)
                        }
                        _ => String::new(),
                    },
                })
                .collect(),
            median: r.contact_median,
            p90: r.contact_p90,
        })
        .collect()
}

pub async fn page(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    let facts = recent_facts(&state, staff.now.unix)
        .await
        .map_err(|e| staff.html_error(e))?;
    let lang = staff.lang;
    let tr = Tr::new(lang);
    let sections: Vec<Section> = By::ALL
        .iter()
        .map(|by| {
            let (heading_key, key_heading) = heading_keys(*by);
            Section {
                id: by.code(),
                heading_key,
                key_heading,
                lines: lines(&breakdown(&facts, *by), *by, &tr),
            }
        })
        .collect();
    let chart_bars: Vec<Bar> = sections
        .first()
        .map(|s| {
            s.lines
                .iter()
                .filter_map(|l| {
                    l.total.map(|t| Bar {
                        label: l.label.clone(),
                        value: f64::from(u32::try_from(t).unwrap_or(u32::MAX)),
                        text: t.to_string(),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let page = ReferralsPage {
        frame: Frame::new(lang, "/verwaltung/berichte/verweisungen", &[]),
        nav: Nav::new(&staff, &state),
        threshold: THRESHOLD,
        columns: Column::ALL
            .iter()
            .map(|c| tr.t(&format!("refstats-col-{}", c.code())))
            .collect(),
        chart: bars(
            "chart-needs",
            &tr.attr("refstats-chart-need"),
            &chart_bars,
            640.0,
            None,
        ),
        empty: facts.is_empty(),
        sections,
        tr,
    };
    Ok(staff.render(page, StatusCode::OK))
}

/// A dimension's figures as a table (German headings; withheld cells empty).
fn table(b: &Breakdown, by: By, tr: &Tr, name: &str) -> Table {
    let mut headings = vec![
        tr.plain(heading_keys(by).1, &[]),
        tr.plain("refstats-total", &[]),
    ];
    headings.extend(
        Column::ALL
            .iter()
            .map(|c| tr.plain(&format!("refstats-col-{}", c.code()), &[])),
    );
    headings.push(tr.plain("refstats-median", &[]));
    headings.push(tr.plain("refstats-p90", &[]));
    let shown = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    let numeric = (1..headings.len()).collect();
    Table {
        name: name.into(),
        headings,
        rows: b
            .rows
            .iter()
            .map(|r| {
                let mut row = vec![label(by, &r.key, tr), shown(r.total)];
                row.extend(r.cells.iter().map(|c| shown(*c)));
                row.push(shown(r.contact_median));
                row.push(shown(r.contact_p90));
                row
            })
            .collect(),
        numeric,
    }
}

/// GET `verweisungen.csv?nach=need|kind|district|month|route`: one dimension's table.
pub async fn csv(
    StaffRequest { state, staff }: StaffRequest,
    Query(q): Query<HashMap<String, String>>,
) -> HtmlResult {
    staff.coordinator_only()?;
    let wanted = q.get("nach").map(String::as_str).unwrap_or("need");
    let by = By::ALL
        .into_iter()
        .find(|b| b.code() == wanted)
        .ok_or_else(|| {
            staff.html_error(AppError::bad_request(
                "nach",
                "need, kind, district, month or route",
            ))
        })?;
    let facts = recent_facts(&state, staff.now.unix)
        .await
        .map_err(|e| staff.html_error(e))?;
    let body = table(&breakdown(&facts, by), by, &Tr::new(Lang::De), by.code())
        .csv()
        .map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("verweisungen-{}.csv", by.code()),
        body.into_bytes(),
    ))
}

/// GET `verweisungen.xlsx`: a worksheet per dimension.
pub async fn spreadsheet(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    let facts = recent_facts(&state, staff.now.unix)
        .await
        .map_err(|e| staff.html_error(e))?;
    let de = Tr::new(Lang::De);
    let names = ["Bedarfe", "Angebotsarten", "Kreise", "Monate", "Wege"];
    let tables: Vec<Table> = By::ALL
        .iter()
        .zip(names)
        .map(|(by, name)| table(&breakdown(&facts, *by), *by, &de, name))
        .collect();
    let body = xlsx(&tables).map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "verweisungen.xlsx",
        body,
    ))
}
