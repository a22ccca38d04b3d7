//! The interface sheets as JSON, for anyone signed in (the session cookie of the pages):
//! GET `/api/v1/interfaces` (the sheet in force of every kind that has one),
//! `/api/v1/interfaces/{kind}` (every version) and `/api/v1/interfaces/{kind}/diff`.

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::response::Response;
use beratungsnetz_core::interfaces::{self, diff, is_stale, kind_of_slug};
use beratungsnetz_store::interfaces::SheetRow;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::year_of;
use crate::AppState;
use crate::accounts::session::ApiStaff;
use crate::chrome::error::{AppError, ErrorBody};
use crate::chrome::layout::personal_json;

/// One version of a sheet (the texts are German).
#[derive(Serialize, ToSchema)]
pub struct Sheet {
    /// The service kind's vocabulary code, e.g. `kind:debt`.
    pub kind: String,
    pub version: i64,
    /// The year it was agreed.
    pub year: i64,
    /// Where it was agreed, e.g. "Fachtag 2025, Workshop Schuldnerberatung".
    pub source: String,
    /// Part of the sample data.
    pub example: bool,
    /// Agreed more than two calendar years ago: due for revision.
    pub stale: bool,
    pub when_to_refer: String,
    pub clarify_first: String,
    pub documents: String,
    pub consent: String,
    pub waiting_time: String,
    pub contact: String,
    pub reports_back: String,
    /// UTC, RFC 3339.
    pub created_at: String,
}

fn sheet(row: SheetRow, this_year: i32) -> Sheet {
    Sheet {
        stale: is_stale(row.year(), this_year),
        example: row.is_example(),
        created_at: beratungsnetz_core::clock::Now::at(row.created_at).iso_timestamp(),
        kind: row.kind,
        version: row.version,
        year: row.year,
        source: row.source,
        when_to_refer: row.when_to_refer,
        clarify_first: row.clarify_first,
        documents: row.documents,
        consent: row.consent,
        waiting_time: row.waiting_time,
        contact: row.contact,
        reports_back: row.reports_back,
    }
}

#[derive(Serialize, ToSchema)]
pub struct SheetList {
    /// By kind code.
    pub sheets: Vec<Sheet>,
}

#[derive(Serialize, ToSchema)]
pub struct SheetVersions {
    pub kind: String,
    /// Oldest first; the last is in force.
    pub versions: Vec<Sheet>,
}

/// A run of text of a comparison.
#[derive(Serialize, ToSchema)]
pub struct Piece {
    /// `same`, `removed` or `added`.
    pub op: &'static str,
    pub text: String,
}

#[derive(Serialize, ToSchema)]
pub struct SectionDiff {
    /// The section's field name, e.g. `waiting_time`.
    pub section: &'static str,
    pub changed: bool,
    pub pieces: Vec<Piece>,
}

#[derive(Serialize, ToSchema)]
pub struct SheetDiff {
    pub kind: String,
    pub from: i64,
    pub to: i64,
    pub sections: Vec<SectionDiff>,
}

/// The query of the comparison.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Describes the parameters; the handler reads them by name.
pub struct DiffQuery {
    /// The older version (default: the one before `to`).
    from: Option<i64>,
    /// The newer version (default: the one in force).
    to: Option<i64>,
}

/// The sheet in force of every service kind that has one
#[utoipa::path(
    get,
    path = "/api/v1/interfaces",
    tag = "interfaces",
    operation_id = "interface_sheets",
    security(("session" = [])),
    responses(
        (status = 200, description = "The sheets in force.", body = SheetList),
        (status = 401, description = "Not signed in.", body = ErrorBody),
    ),
)]
pub async fn list(ApiStaff { state, staff }: ApiStaff) -> Result<Response, AppError> {
    let this_year = year_of(staff.now);
    let sheets = state
        .store
        .current_sheets()
        .await?
        .into_iter()
        .map(|r| sheet(r, this_year))
        .collect();
    Ok(personal_json(SheetList { sheets }))
}

/// The versions of a service kind, oldest first; 404 for a code that is no kind.
async fn versions_of(state: &AppState, kind: &str) -> Result<(String, Vec<SheetRow>), AppError> {
    let slug = interfaces::slug(kind);
    let term = kind_of_slug(slug).ok_or(AppError::NotFound)?;
    Ok((
        term.code.to_string(),
        state.store.sheet_versions(term.code).await?,
    ))
}

/// Every version of one kind's sheet
///
/// `kind` is the kind's code with or without its `kind:` prefix (`debt`, `kind:debt`).
/// A kind without a sheet answers an empty list.
#[utoipa::path(
    get,
    path = "/api/v1/interfaces/{kind}",
    tag = "interfaces",
    operation_id = "interface_sheet_versions",
    params(("kind" = String, Path, description = "A service kind, e.g. `debt`.")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The versions.", body = SheetVersions),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such service kind.", body = ErrorBody),
    ),
)]
pub async fn versions(
    ApiStaff { state, staff }: ApiStaff,
    Path(kind): Path<String>,
) -> Result<Response, AppError> {
    let this_year = year_of(staff.now);
    let (kind, rows) = versions_of(&state, &kind).await?;
    Ok(personal_json(SheetVersions {
        kind,
        versions: rows.into_iter().map(|r| sheet(r, this_year)).collect(),
    }))
}

/// What changed between two versions, word by word
#[utoipa::path(
    get,
    path = "/api/v1/interfaces/{kind}/diff",
    tag = "interfaces",
    operation_id = "interface_sheet_diff",
    params(("kind" = String, Path, description = "A service kind, e.g. `debt`."), DiffQuery),
    security(("session" = [])),
    responses(
        (status = 200, description = "Every section compared, in order.", body = SheetDiff),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 404, description = "No such service kind or version.", body = ErrorBody),
    ),
)]
pub async fn compare(
    ApiStaff { state, .. }: ApiStaff,
    Path(kind): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let number = |name: &str| -> Result<Option<i64>, AppError> {
        match params.get(name) {
            None => Ok(None),
            Some(v) => v
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| AppError::bad_request(name, "a version number")),
        }
    };
    if let Some(other) = params
        .keys()
        .find(|k| !["from", "to"].contains(&k.as_str()))
    {
        return Err(AppError::bad_request(other.clone(), "unknown parameter"));
    }
    let (from, to) = (number("from")?, number("to")?);
    let (kind, rows) = versions_of(&state, &kind).await?;
    let (a, b) = super::pair(&rows, from, to).ok_or(AppError::NotFound)?;
    let sections = diff::sheets(&a.sections(), &b.sections())
        .into_iter()
        .map(|d| SectionDiff {
            section: d.section,
            changed: d.changed,
            pieces: d
                .pieces
                .into_iter()
                .map(|p| match p {
                    diff::Piece::Same(text) => Piece { op: "same", text },
                    diff::Piece::Removed(text) => Piece {
                        op: "removed",
                        text,
                    },
                    diff::Piece::Added(text) => Piece { op: "added", text },
                })
                .collect(),
        })
        .collect();
    Ok(personal_json(SheetDiff {
        kind,
        from: a.version,
        to: b.version,
        sections,
    }))
}

pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(routes!(list))
        .routes(routes!(versions))
        .routes(routes!(compare))
}
