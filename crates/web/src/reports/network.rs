//! GET `/verwaltung/berichte/netz` (coordinators): the network in figures — entries
//! checked within a year by district and organisation, services per kind and per
//! language — each chart as SVG beside its table; `netz.xlsx` holds the same tables.

use std::collections::HashMap;

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use beratungsnetz_core::geo::district_label;
use beratungsnetz_core::reports::network::{Checked, Network, network};
use beratungsnetz_core::tables::{Table, xlsx};

use super::chart::{Bar, bars};
use crate::AppState;
use crate::accounts::session::{Staff, StaffRequest};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{Frame, attachment};
use crate::chrome::numbers::percent;
use crate::chrome::staff::Nav;
use crate::directory::labels::{language_label, term_label};

/// A group's line: name, services, checked, share.
struct CheckedLine {
    name: String,
    services: usize,
    verified: usize,
    share: String,
}

#[derive(Template)]
#[template(path = "report_network.html")]
struct NetworkPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    summary: String,
    districts_chart: String,
    districts: Vec<CheckedLine>,
    organisations: Vec<CheckedLine>,
    kinds_chart: String,
    kinds: Vec<(String, usize)>,
    languages_chart: String,
    languages: Vec<(String, usize)>,
}

async fn figures(state: &AppState, staff: &Staff) -> Result<Network, HtmlError> {
    staff.coordinator_only()?;
    let (_, supply) = super::supply(state)
        .await
        .map_err(|e| staff.html_error(e))?;
    Ok(network(&supply, staff.now.today()))
}

fn district_name(tr: &Tr, key: &str) -> String {
    if key.is_empty() {
        tr.t("network-no-place")
    } else {
        district_label(key)
    }
}

fn lines(tr: &Tr, groups: &[Checked], name: impl Fn(&str) -> String) -> Vec<CheckedLine> {
    groups
        .iter()
        .map(|c| CheckedLine {
            name: name(&c.key),
            services: c.services,
            verified: c.verified,
            share: percent(c.share(), tr.lang()),
        })
        .collect()
}

fn count(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

pub async fn page(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    let n = figures(&state, &staff).await?;
    let lang = staff.lang;
    let tr = Tr::new(lang);
    let districts = lines(&tr, &n.by_district, |k| district_name(&tr, k));
    let kinds: Vec<(String, usize)> = n
        .by_kind
        .iter()
        .map(|(code, c)| (term_label(code, lang.code()), *c))
        .collect();
    let languages: Vec<(String, usize)> = n
        .by_language
        .iter()
        .map(|(code, c)| (language_label(code, lang.code()), *c))
        .collect();
    let count_bars = |items: &[(String, usize)]| -> Vec<Bar> {
        items
            .iter()
            .map(|(label, c)| Bar {
                label: label.clone(),
                value: count(*c),
                text: c.to_string(),
            })
            .collect()
    };
    let share_bars: Vec<Bar> = districts
        .iter()
        .zip(&n.by_district)
        .map(|(line, c)| Bar {
            label: line.name.clone(),
            value: c.share(),
            text: line.share.clone(),
        })
        .collect();
    let page = NetworkPage {
        frame: Frame::new(lang, "/verwaltung/berichte/netz", &[]),
        nav: Nav::new(&staff, &state),
        summary: tr.plain(
            "network-verified-summary",
            &[
                ("verified", n.all.verified.to_string()),
                ("total", n.all.services.to_string()),
                ("share", percent(n.all.share(), lang)),
            ],
        ),
        districts_chart: bars(
            "chart-districts",
            &tr.attr("network-chart-district"),
            &share_bars,
            640.0,
            Some(1.0),
        ),
        organisations: lines(&tr, &n.by_organisation, str::to_string),
        districts,
        kinds_chart: bars(
            "chart-kinds",
            &tr.attr("network-chart-kind"),
            &count_bars(&kinds),
            640.0,
            None,
        ),
        languages_chart: bars(
            "chart-languages",
            &tr.attr("network-chart-language"),
            &count_bars(&languages),
            640.0,
            None,
        ),
        kinds,
        languages,
        tr,
    };
    Ok(staff.render(page, StatusCode::OK))
}

fn checked_table(
    name: &str,
    first: &str,
    groups: &[Checked],
    label: impl Fn(&str) -> String,
) -> Table {
    Table {
        name: name.into(),
        headings: vec![
            first.into(),
            "Angebote".into(),
            "im letzten Jahr geprüft".into(),
            "Anteil (%)".into(),
        ],
        rows: groups
            .iter()
            .map(|c| {
                vec![
                    label(&c.key),
                    c.services.to_string(),
                    c.verified.to_string(),
                    format!("{:.1}", c.share() * 100.0),
                ]
            })
            .collect(),
        numeric: vec![1, 2, 3],
    }
}

fn count_table(
    name: &str,
    first: &str,
    counts: &[(String, usize)],
    label: impl Fn(&str) -> String,
) -> Table {
    Table {
        name: name.into(),
        headings: vec![first.into(), "Angebote".into()],
        rows: counts
            .iter()
            .map(|(code, c)| vec![label(code), c.to_string()])
            .collect(),
        numeric: vec![1],
    }
}

/// The page's tables, headings German, with the names their CSV files go by.
fn tables(n: &Network) -> [(&'static str, Table); 4] {
    let de = Tr::new(Lang::De);
    [
        (
            "kreise",
            checked_table("Kreise", "Kreis", &n.by_district, |k| district_name(&de, k)),
        ),
        (
            "organisationen",
            checked_table(
                "Organisationen",
                "Organisation",
                &n.by_organisation,
                str::to_string,
            ),
        ),
        (
            "angebotsarten",
            count_table("Angebotsarten", "Angebotsart", &n.by_kind, |c| {
                term_label(c, "de")
            }),
        ),
        (
            "sprachen",
            count_table("Sprachen", "Sprache", &n.by_language, |c| {
                language_label(c, "de")
            }),
        ),
    ]
}

/// GET `netz.xlsx`: the page's tables, a worksheet each.
pub async fn spreadsheet(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    let n = figures(&state, &staff).await?;
    let tables: Vec<Table> = tables(&n).into_iter().map(|(_, t)| t).collect();
    let body = xlsx(&tables).map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "netz.xlsx",
        body,
    ))
}

/// GET `netz.csv?tabelle=kreise|organisationen|angebotsarten|sprachen`: one table.
pub async fn csv(
    StaffRequest { state, staff }: StaffRequest,
    Query(q): Query<HashMap<String, String>>,
) -> HtmlResult {
    let n = figures(&state, &staff).await?;
    let wanted = q.get("tabelle").map(String::as_str).unwrap_or("kreise");
    let (name, table) = tables(&n)
        .into_iter()
        .find(|(name, _)| *name == wanted)
        .ok_or_else(|| {
            staff.html_error(AppError::bad_request(
                "tabelle",
                "kreise, organisationen, angebotsarten or sprachen",
            ))
        })?;
    let body = table
        .csv()
        .map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("netz-{name}.csv"),
        body.into_bytes(),
    ))
}
