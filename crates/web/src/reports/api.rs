//! The reports as JSON, for coordinators signed in with the session cookie of the pages:
//! `/api/v1/reports/gaps` (the same figures as the gap page and its downloads,
//! [`super::figures`]), `/api/v1/reports/referrals` (anonymous, suppressed as on the
//! page) and `/api/v1/reports/network`.

use std::collections::HashMap;

use axum::extract::Query;
use axum::response::Response;
use beratungsnetz_core::geo::district_label;
use beratungsnetz_core::referrals::stats::THRESHOLD;
use beratungsnetz_core::reports::coverage::{DistrictCoverage, Supply};
use beratungsnetz_core::reports::network::{Checked, network};
use beratungsnetz_core::reports::referrals::{By, Column, breakdown};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::figures::{API_PARAMS, compute, read};
use crate::AppState;
use crate::accounts::session::ApiStaff;
use crate::chrome::error::{AppError, ErrorBody};
use crate::chrome::layout::personal_json;

/// The query of `/api/v1/reports/gaps`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Describes the parameters; `figures::read` reads them.
pub struct GapQuery {
    /// A need or service kind, with its prefix (`need:debts`, `kind:debt`).
    #[param(
        example = "need:debts",
        default = "need:debts",
        pattern = "^(need|kind):[a-z][a-z-]*$"
    )]
    need: Option<String>,
    /// Only services offered in this language (ISO 639-1).
    #[param(pattern = "^[a-z]{2}$")]
    language: Option<String>,
    /// People further than this from the nearest fitting service count as beyond reach.
    #[param(minimum = 5, maximum = 200, default = 30)]
    beyond_km: Option<u32>,
    /// The catchment of the accessibility index.
    #[param(minimum = 5, maximum = 200, default = 50)]
    catchment_km: Option<u32>,
    /// Whom to count: everyone, or the foreign population (only where the uploaded
    /// population figures give it).
    #[param(value_type = Option<Basis>, inline)]
    basis: Option<String>,
}

/// Whom the figures count.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes a parameter's values.
#[schema(rename_all = "lowercase")]
pub enum Basis {
    Total,
    Foreign,
}

/// A fitting service and how far it is.
#[derive(Serialize, ToSchema)]
pub struct Nearest {
    pub service_id: String,
    pub name: String,
    /// The town of its first place.
    pub town: String,
    pub km: f64,
}

/// A district's figures.
#[derive(Serialize, ToSchema)]
pub struct DistrictFigures {
    /// Official district key (AGS).
    pub key: String,
    pub name: String,
    /// People counted (on the asked basis).
    pub population: f64,
    /// People further than `beyond_km` from the nearest fitting service.
    pub beyond: f64,
    /// `beyond` as a share of `population`, 0 to 1.
    pub beyond_share: f64,
    /// Fitting services per 100,000 people in reach (E2SFCA), population-weighted.
    pub access: f64,
    /// Fitting services with a place in the district.
    pub services_inside: u64,
    /// The fitting service nearest to the district's centre.
    pub nearest: Option<Nearest>,
    /// People beyond reach, or no fitting service inside.
    pub gap: bool,
}

/// One of the worst gaps over every need.
#[derive(Serialize, ToSchema)]
pub struct Gap {
    pub need: String,
    pub district: DistrictFigures,
}

/// The figures of one question.
#[derive(Serialize, ToSchema)]
pub struct GapReport {
    pub need: String,
    pub language: Option<String>,
    pub beyond_km: u32,
    pub catchment_km: u32,
    #[schema(value_type = Basis)]
    pub basis: &'static str,
    /// Source and year of the population figures.
    pub population_source: String,
    /// Fitting services by phone, video or statewide (not in the distances).
    pub remote_services: u64,
    /// Every district of the state, by key.
    pub districts: Vec<DistrictFigures>,
    /// The worst gaps over every need, worst first.
    pub worst: Vec<Gap>,
}

fn district(d: &DistrictCoverage, supply: &[Supply]) -> DistrictFigures {
    DistrictFigures {
        key: d.key.clone(),
        name: district_label(&d.key),
        population: d.population.round(),
        beyond: d.beyond.round(),
        beyond_share: d.beyond_share(),
        access: d.access,
        services_inside: u64::try_from(d.services_inside).unwrap_or(u64::MAX),
        nearest: d.nearest.and_then(|(j, km)| {
            supply.get(j).map(|s| Nearest {
                service_id: s.id.clone(),
                name: s.name.clone(),
                town: s.town.clone(),
                km,
            })
        }),
        gap: d.is_gap(),
    }
}

/// Where help is missing, for one need or service kind
///
/// Per district of the state: people counted, people beyond the distance, the E2SFCA
/// accessibility index and the nearest fitting service; and the worst gaps over every
/// need. For coordinators.
#[utoipa::path(
    get,
    path = "/api/v1/reports/gaps",
    tag = "reports",
    operation_id = "report_gaps",
    params(GapQuery),
    security(("session" = [])),
    responses(
        (status = 200, description = "The figures.", body = GapReport),
        (status = 400, description = "A parameter that is unknown or out of range, named.", body = ErrorBody),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "Signed in, but not a coordinator.", body = ErrorBody),
    ),
)]
pub async fn gaps(
    api: ApiStaff,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let ApiStaff { state, .. } = api.coordinator()?;
    let asked = read(&q, &API_PARAMS)?;
    let c = compute(&state, &asked, &API_PARAMS).await?;
    let mut districts: Vec<DistrictFigures> = c
        .coverage
        .districts
        .iter()
        .map(|d| district(d, &c.supply))
        .collect();
    districts.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(personal_json(GapReport {
        language: asked.language.clone(),
        beyond_km: asked.beyond_km,
        catchment_km: asked.catchment_km,
        basis: asked.basis.code(),
        population_source: c.population.source.clone(),
        remote_services: u64::try_from(c.coverage.remote).unwrap_or(u64::MAX),
        districts,
        worst: c
            .worst
            .iter()
            .map(|(need, d)| Gap {
                need: need.clone(),
                district: district(d, &c.supply),
            })
            .collect(),
        need: asked.need,
    }))
}

/// One row of a referral breakdown; null where a figure is withheld.
#[derive(Serialize, ToSchema)]
pub struct FigureRow {
    /// A need or kind code, a district key, a month (`YYYY-MM`) or a route (`code`,
    /// `data`); empty: unknown.
    pub key: String,
    pub total: Option<i64>,
    /// Per column of `columns`.
    pub cells: Vec<Option<i64>>,
    pub contact_median_days: Option<i64>,
    pub contact_p90_days: Option<i64>,
}

/// The referrals broken down by one dimension.
#[derive(Serialize, ToSchema)]
pub struct FigureTable {
    /// `need`, `kind`, `district`, `month` or `route`.
    pub by: &'static str,
    pub rows: Vec<FigureRow>,
}

/// The referrals of the last twelve months in anonymous figures.
#[derive(Serialize, ToSchema)]
pub struct ReferralFigures {
    /// No figure below this is given, nor one it could be worked out from.
    pub threshold: i64,
    /// What the cells count: `waiting`, `accepted`, `arrived`, `declined-{reason}`, `ended`.
    pub columns: Vec<String>,
    pub tables: Vec<FigureTable>,
}

/// Referrals in anonymous figures
///
/// The referrals sent in the last twelve months (with those already deleted) by need,
/// service kind, district of the service, month and route. Figures below five, and
/// figures a withheld one could be worked out from, are null. For coordinators.
#[utoipa::path(
    get,
    path = "/api/v1/reports/referrals",
    tag = "reports",
    operation_id = "report_referrals",
    security(("session" = [])),
    responses(
        (status = 200, description = "The figures.", body = ReferralFigures),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "Signed in, but not a coordinator.", body = ErrorBody),
    ),
)]
pub async fn referrals(api: ApiStaff) -> Result<Response, AppError> {
    let ApiStaff { state, staff } = api.coordinator()?;
    let facts = super::referrals::recent_facts(&state, staff.now.unix).await?;
    let tables = By::ALL
        .iter()
        .map(|by| FigureTable {
            by: by.code(),
            rows: breakdown(&facts, *by)
                .rows
                .into_iter()
                .map(|r| FigureRow {
                    key: r.key,
                    total: r.total,
                    cells: r.cells,
                    contact_median_days: r.contact_median,
                    contact_p90_days: r.contact_p90,
                })
                .collect(),
        })
        .collect();
    Ok(personal_json(ReferralFigures {
        threshold: THRESHOLD,
        columns: Column::ALL.iter().map(|c| c.code()).collect(),
        tables,
    }))
}

/// Services of a group and how many were checked within a year.
#[derive(Serialize, ToSchema)]
pub struct CheckedGroup {
    /// An organisation's name or a district key (empty: no place).
    pub key: String,
    pub services: u64,
    pub verified: u64,
}

/// A vocabulary or language code and its services.
#[derive(Serialize, ToSchema)]
pub struct CodeCount {
    pub code: String,
    pub services: u64,
}

/// The network in figures.
#[derive(Serialize, ToSchema)]
pub struct NetworkFigures {
    pub services: u64,
    /// Checked within a year.
    pub verified: u64,
    pub by_district: Vec<CheckedGroup>,
    pub by_organisation: Vec<CheckedGroup>,
    pub by_kind: Vec<CodeCount>,
    pub by_language: Vec<CodeCount>,
}

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn groups(g: &[Checked]) -> Vec<CheckedGroup> {
    g.iter()
        .map(|c| CheckedGroup {
            key: c.key.clone(),
            services: count(c.services),
            verified: count(c.verified),
        })
        .collect()
}

fn codes(c: &[(String, usize)]) -> Vec<CodeCount> {
    c.iter()
        .map(|(code, n)| CodeCount {
            code: code.clone(),
            services: count(*n),
        })
        .collect()
}

/// The network in figures
///
/// Entries checked within a year by district and organisation; services per kind and
/// per language. For coordinators.
#[utoipa::path(
    get,
    path = "/api/v1/reports/network",
    tag = "reports",
    operation_id = "report_network",
    security(("session" = [])),
    responses(
        (status = 200, description = "The figures.", body = NetworkFigures),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "Signed in, but not a coordinator.", body = ErrorBody),
    ),
)]
pub async fn network_figures(api: ApiStaff) -> Result<Response, AppError> {
    let ApiStaff { state, staff } = api.coordinator()?;
    let (_, supply) = super::supply(&state).await?;
    let n = network(&supply, staff.now.today());
    Ok(personal_json(NetworkFigures {
        services: count(n.all.services),
        verified: count(n.all.verified),
        by_district: groups(&n.by_district),
        by_organisation: groups(&n.by_organisation),
        by_kind: codes(&n.by_kind),
        by_language: codes(&n.by_language),
    }))
}

pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(routes!(gaps))
        .routes(routes!(referrals))
        .routes(routes!(network_figures))
}
