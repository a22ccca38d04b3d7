//! GET/POST `/verwaltung/schnittstellen/matrix`: service kinds × needs, for coordinators.
//! A ticked cell says the kind usually serves the need; each kind shows whether its sheet
//! is in force, due for revision (older than two years) or missing, and each need whether
//! any kind serving it has a sheet in force — where an interface is missing. The ticks
//! are the coordinators' to curate (a form: it works without JavaScript) and print.

use askama::Template;
use axum::http::StatusCode;
use beratungsnetz_core::interfaces::scope::effective;
use beratungsnetz_core::interfaces::{is_stale, slug};
use beratungsnetz_core::taxonomy::{self, Facet};

use super::{audit_entry, store_error, year_of};
use crate::accounts::see_other;
use crate::accounts::session::{StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// A sheet's standing in the matrix.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Current,
    Stale,
    Missing,
}

impl Standing {
    pub fn key(self) -> &'static str {
        match self {
            Standing::Current => "interface-current",
            Standing::Stale => "interface-stale",
            Standing::Missing => "interface-missing",
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Standing::Current => "ok",
            Standing::Stale => "warn",
            Standing::Missing => "gap",
        }
    }
}

pub struct KindRow {
    pub code: &'static str,
    pub href: String,
    pub label: String,
    pub standing: Standing,
    /// The year of the sheet in force.
    pub year: Option<i32>,
    /// One per need, in column order: whether this kind serves it.
    pub cells: Vec<bool>,
}

#[derive(Template)]
#[template(path = "interface_matrix.html")]
struct MatrixPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    /// (code, label) of every need: the columns.
    needs: Vec<(&'static str, String)>,
    kinds: Vec<KindRow>,
    /// Per need: the best standing of the kinds serving it.
    coverage: Vec<Standing>,
    saved: bool,
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> HtmlResult {
    staff.coordinator_only()?;
    let lang = staff.lang.code();
    let sheets = state
        .store
        .current_sheets()
        .await
        .map_err(|e| store_error(&staff, e))?;
    let curated = state
        .store
        .kind_needs()
        .await
        .map_err(|e| store_error(&staff, e))?;
    let this_year = year_of(staff.now);
    let needs: Vec<(&'static str, String)> = taxonomy::terms_of(Facet::Need)
        .map(|t| (t.code, t.label(lang).to_string()))
        .collect();
    let kinds: Vec<KindRow> = effective(&curated)
        .into_iter()
        .map(|(code, served)| {
            let sheet = sheets.iter().find(|s| s.kind == code);
            let standing = match sheet {
                None => Standing::Missing,
                Some(s) if is_stale(s.year(), this_year) => Standing::Stale,
                Some(_) => Standing::Current,
            };
            KindRow {
                code,
                href: format!("/verwaltung/schnittstellen/{}", slug(code)),
                label: taxonomy::term(code)
                    .map_or(code, |t| t.label(lang))
                    .to_string(),
                standing,
                year: sheet.map(|s| s.year()),
                cells: needs.iter().map(|(n, _)| served.contains(n)).collect(),
            }
        })
        .collect();
    let coverage = (0..needs.len())
        .map(|i| {
            let standings = kinds.iter().filter(|k| k.cells[i]).map(|k| k.standing);
            let mut best = Standing::Missing;
            for s in standings {
                if s == Standing::Current || (s == Standing::Stale && best == Standing::Missing) {
                    best = s;
                }
            }
            best
        })
        .collect();
    let page = MatrixPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/schnittstellen/matrix", &[]),
        nav: Nav::new(&staff, &state),
        needs,
        kinds,
        coverage,
        saved: query.as_deref() == Some("gespeichert"),
    };
    Ok(staff.render(page, StatusCode::OK))
}

/// Saves the ticks: every kind's needs as the form holds them.
pub async fn save(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    staff.coordinator_only()?;
    let mut pairs = Vec::new();
    for value in form.all("serves") {
        let known = value.split_once('|').and_then(|(k, n)| {
            let kind = taxonomy::term(k).filter(|t| t.facet == Facet::ServiceKind)?;
            let need = taxonomy::term(n).filter(|t| t.facet == Facet::Need)?;
            Some((kind.code, need.code))
        });
        match known {
            Some(pair) => pairs.push(pair),
            None => {
                return Err(staff.html_error(AppError::bad_request(
                    "serves",
                    "a service kind and a need, as kind:…|need:…",
                )));
            }
        }
    }
    let kinds: Vec<&str> = taxonomy::terms_of(Facet::ServiceKind)
        .map(|t| t.code)
        .collect();
    state
        .store
        .set_kind_needs(&kinds, &pairs, &audit_entry(&staff, "curate-matrix"))
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        "/verwaltung/schnittstellen/matrix?gespeichert",
        None,
    ))
}
