//! Interface sheets in the signed-in area (`/verwaltung/schnittstellen`): the list of
//! every service kind's sheet, one sheet with its versions, the word diff of two, the
//! comments with their decisions, the coordinators' editor and the matrix of kinds and
//! needs. Anyone signed in reads; counsellors comment; coordinators edit and decide.
//! [`shown`] puts the sheet in force beside a service wherever a counsellor sees one.

pub mod api;
pub mod edit;
pub mod list;
pub mod matrix;
pub mod sheet;
pub mod shown;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::{get, post};
use beratungsnetz_core::interfaces::{SECTIONS, is_stale, kind_of_slug, slug};
use beratungsnetz_core::taxonomy::Term;
use beratungsnetz_store::StoreError;
use beratungsnetz_store::audit::AuditEntry;
use beratungsnetz_store::interfaces::SheetRow;

use crate::AppState;
use crate::accounts::session::Staff;
use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::Tr;
use crate::directory::labels;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/verwaltung/schnittstellen", get(list::page))
        .route(
            "/verwaltung/schnittstellen/matrix",
            get(matrix::page).post(matrix::save),
        )
        .route("/verwaltung/schnittstellen/{kind}", get(sheet::page))
        .route(
            "/verwaltung/schnittstellen/{kind}/vergleich",
            get(sheet::compare),
        )
        .route(
            "/verwaltung/schnittstellen/{kind}/bearbeiten",
            get(edit::form).post(edit::save),
        )
        .route(
            "/verwaltung/schnittstellen/{kind}/kommentare",
            post(sheet::comment),
        )
        .route(
            "/verwaltung/schnittstellen/{kind}/kommentare/{id}",
            post(sheet::decide),
        )
}

/// The service kind of an address part; 404 for anything else.
fn kind_of(staff: &Staff, slug: &str) -> Result<&'static Term, HtmlError> {
    kind_of_slug(slug).ok_or_else(|| staff.html_error(AppError::NotFound))
}

/// A store error on these pages: a lost race is 409, a missing row 404.
fn store_error(staff: &Staff, e: StoreError) -> HtmlError {
    match e {
        StoreError::Conflict(_) => staff.refuse(StatusCode::CONFLICT, "interface-conflict"),
        StoreError::NotFound => staff.html_error(AppError::NotFound),
        e => staff.html_error(AppError::from(e)),
    }
}

/// An audit entry about a sheet or comment, its id still to fill in.
fn audit_entry(staff: &Staff, action: &str) -> AuditEntry {
    crate::audit::audit(staff, action, "interface_sheet", "", None, None, None)
}

/// The two versions a comparison shows: `to` (by default the one in force) and `from`
/// (by default the one before it); None where either does not exist.
fn pair(
    versions: &[SheetRow],
    from: Option<i64>,
    to: Option<i64>,
) -> Option<(&SheetRow, &SheetRow)> {
    let to = to.unwrap_or_else(|| versions.last().map_or(0, |v| v.version));
    let from = from.unwrap_or(to - 1);
    let find = |n: i64| versions.iter().find(|v| v.version == n);
    Some((find(from)?, find(to)?))
}

/// A section's heading in the reader's language (`when_to_refer` → "Wann verweisen?").
fn section_heading(tr: &Tr, name: &str) -> String {
    tr.t(&format!("interface-section-{}", name.replace('_', "-")))
}

/// The calendar year (Berlin) of a moment.
fn year_of(now: beratungsnetz_core::clock::Now) -> i32 {
    i32::from(beratungsnetz_core::clock::civil(now.today()).0)
}

/// One version of a sheet as the pages show it.
pub struct SheetView {
    pub kind: &'static str,
    pub slug: String,
    /// The kind's name in the reader's language.
    pub label: String,
    pub version: i64,
    pub year: i32,
    pub source: String,
    pub example: bool,
    /// Agreed more than two years ago: due for revision.
    pub stale: bool,
    /// (section name, heading, text) of the sections with text, in order.
    pub sections: Vec<(&'static str, String, String)>,
}

impl SheetView {
    pub fn new(row: &SheetRow, tr: &Tr, this_year: i32) -> SheetView {
        let sections = row.sections();
        let kind = beratungsnetz_core::taxonomy::term(&row.kind).map_or("", |t| t.code);
        SheetView {
            kind,
            slug: slug(&row.kind).to_string(),
            label: labels::term_label(&row.kind, tr.lang().code()),
            version: row.version,
            year: row.year(),
            source: row.source.clone(),
            example: row.is_example(),
            stale: is_stale(row.year(), this_year),
            sections: SECTIONS
                .iter()
                .filter_map(|name| {
                    let text = sections.get(name).unwrap_or_default();
                    (!text.is_empty()).then(|| (*name, section_heading(tr, name), text.to_string()))
                })
                .collect(),
        }
    }

    pub fn href(&self) -> String {
        format!("/verwaltung/schnittstellen/{}", self.slug)
    }
}
