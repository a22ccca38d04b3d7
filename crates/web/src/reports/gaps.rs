//! GET `/verwaltung/berichte/luecken?need=&sprache=&km=&einzug=&bezug=` (coordinators):
//! where help is missing in Sachsen-Anhalt. The worst gaps over every need, each said in
//! a sentence; for the chosen need (and language) a map of the places coloured by the
//! accessibility index and, beside it, the same figures by district: people beyond the
//! distance, services inside, the index, and the nearest alternative. The figures come
//! from [`super::figures`]; the same as CSV and XLSX from [`super::downloads`].

use std::collections::HashMap;
use std::sync::Arc;

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use beratungsnetz_core::directory::edit::LANGUAGE_CODES;
use beratungsnetz_core::geo::district_label;
use beratungsnetz_core::referrals::stats::THRESHOLD;
use beratungsnetz_core::reports::coverage::{DistrictCoverage, Supply};
use beratungsnetz_core::reports::population::Basis;
use beratungsnetz_core::taxonomy::{self, Facet};

use super::figures::{Asked, Computed, DISTANCES, PAGE_PARAMS, STATE_PREFIX, compute, read};
use super::map;
use crate::AppState;
use crate::accounts::session::{Staff, StaffRequest};
use crate::chrome::error::{HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;
use crate::chrome::numbers::{decimal, km, percent, whole};
use crate::chrome::staff::Nav;
use crate::directory::labels::{language_label, term_label};

/// A district's line of the table.
pub struct DistrictRow {
    pub name: String,
    pub population: String,
    pub inside: usize,
    pub beyond: String,
    pub access: String,
    pub nearest: String,
    pub gap: bool,
}

#[derive(Template)]
#[template(path = "report_gaps.html")]
struct GapsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    /// (code, label, chosen) of needs and kinds.
    needs: Vec<(&'static str, String, bool)>,
    kinds: Vec<(&'static str, String, bool)>,
    languages: Vec<(&'static str, String, bool)>,
    distances: Vec<(u32, bool)>,
    catchments: Vec<(u32, bool)>,
    need_label: String,
    /// The worst gaps over every need, each a sentence.
    worst: Vec<String>,
    map: String,
    rows: Vec<DistrictRow>,
    remote: String,
    source: String,
    /// Whether the figures give the foreign population, and whether it is asked.
    foreign_known: bool,
    foreign: bool,
    /// The downloads of the same figures.
    csv: String,
    xlsx: String,
    /// The report for the LIGA with these figures.
    pdf: String,
    /// Referrals for the need declined for lack of capacity: demand the map misses.
    no_capacity: String,
}

/// The nearest alternative, said: "Schuldnerberatung X (Halle), 41,2 km".
pub(super) fn alternative(
    supply: &[Supply],
    d: &DistrictCoverage,
    lang: Lang,
) -> Option<(String, String)> {
    d.nearest.map(|(j, dist)| {
        let s = &supply[j];
        let name = if s.town.is_empty() {
            s.name.clone()
        } else {
            format!("{} ({})", s.name, s.town)
        };
        (name, km(dist, lang))
    })
}

/// A gap said in a sentence.
pub(super) fn sentence(
    tr: &Tr,
    need: &str,
    d: &DistrictCoverage,
    supply: &[Supply],
    asked: &Asked,
) -> String {
    let lang = tr.lang();
    let mut args = vec![
        ("district", district_label(&d.key)),
        ("need", term_label(need, lang.code())),
        ("share", percent(d.beyond_share(), lang)),
        ("people", whole(d.beyond, lang)),
        ("km", asked.beyond_km.to_string()),
    ];
    match alternative(supply, d, lang) {
        Some((name, dist)) => {
            args.push(("nearest", name));
            args.push(("distance", dist));
            tr.plain("report-gap-sentence", &args)
        }
        None => tr.plain("report-gap-none", &args),
    }
}

/// A coordinator's question, read from a page's query string, and its figures.
pub async fn question(
    state: &AppState,
    staff: &Staff,
    q: &HashMap<String, String>,
) -> Result<(Asked, Arc<Computed>), HtmlError> {
    staff.coordinator_only()?;
    let asked = read(q, &PAGE_PARAMS).map_err(|e| staff.html_error(e))?;
    let computed = compute(state, &asked, &PAGE_PARAMS)
        .await
        .map_err(|e| staff.html_error(e))?;
    Ok((asked, computed))
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Query(q): Query<HashMap<String, String>>,
) -> HtmlResult {
    let (asked, c) = question(&state, &staff, &q).await?;
    let lang = staff.lang;
    let tr = Tr::new(lang);
    let need_label = term_label(&asked.need, lang.code());
    let legend = [
        tr.t("report-class-0"),
        tr.t("report-class-1"),
        tr.t("report-class-2"),
        tr.t("report-class-3"),
        tr.t("report-class-4"),
    ];
    let title = match &asked.language {
        Some(l) => format!("{need_label} · {}", language_label(l, lang.code())),
        None => need_label.clone(),
    };
    let mut districts: Vec<&DistrictCoverage> = c.coverage.districts.iter().collect();
    districts.sort_by_key(|d| district_label(&d.key));
    let rows = districts
        .into_iter()
        .map(|d| DistrictRow {
            name: district_label(&d.key),
            population: whole(d.population, lang),
            inside: d.services_inside,
            beyond: percent(d.beyond_share(), lang),
            access: decimal(d.access, lang),
            nearest: alternative(&c.supply, d, lang)
                .map(|(name, dist)| format!("{name}, {dist}"))
                .unwrap_or_else(|| tr.t("report-none")),
            gap: d.is_gap(),
        })
        .collect();
    let chosen = |code: &str| code == asked.need;
    let query = super::downloads::query_of(&asked);
    let facts = super::referrals::recent_facts(&state, staff.now.unix)
        .await
        .map_err(|e| staff.html_error(e))?;
    let declined: i64 = facts
        .iter()
        .filter(|f| f.state == "declined:no-capacity")
        .filter(|f| f.kind == asked.need || f.needs.contains(&asked.need))
        .map(|f| f.n)
        .sum();
    let no_capacity = if declined >= THRESHOLD {
        tr.plain("report-no-capacity", &[("count", declined.to_string())])
    } else {
        tr.t("report-no-capacity-withheld")
    };
    let page = GapsPage {
        frame: Frame::new(lang, "/verwaltung/berichte/luecken", &[]),
        nav: Nav::new(&staff, &state),
        needs: taxonomy::terms_of(Facet::Need)
            .map(|t| (t.code, t.label(lang.code()).to_string(), chosen(t.code)))
            .collect(),
        kinds: taxonomy::terms_of(Facet::ServiceKind)
            .map(|t| (t.code, t.label(lang.code()).to_string(), chosen(t.code)))
            .collect(),
        languages: LANGUAGE_CODES
            .iter()
            .map(|code| {
                (
                    *code,
                    language_label(code, lang.code()),
                    asked.language.as_deref() == Some(code),
                )
            })
            .collect(),
        distances: DISTANCES
            .iter()
            .map(|d| (*d, *d == asked.beyond_km))
            .collect(),
        catchments: DISTANCES
            .iter()
            .map(|d| (*d, *d == asked.catchment_km))
            .collect(),
        foreign_known: c.population.has_foreign(STATE_PREFIX),
        foreign: asked.basis == Basis::Foreign,
        map: map::svg(&c.demand, &c.coverage.points, 640.0, &title, &legend),
        need_label,
        worst: c
            .worst
            .iter()
            .map(|(need, d)| sentence(&tr, need, d, &c.supply, &asked))
            .collect(),
        rows,
        remote: tr.num(
            "report-remote",
            "count",
            u64::try_from(c.coverage.remote).unwrap_or(u64::MAX),
        ),
        source: c.population.source.clone(),
        csv: format!("/verwaltung/berichte/luecken.csv?{query}"),
        xlsx: format!("/verwaltung/berichte/luecken.xlsx?{query}"),
        pdf: format!("/verwaltung/berichte/bericht.pdf?{query}"),
        no_capacity,
        tr,
    };
    Ok(staff.render(page, StatusCode::OK))
}
