//! GET `/verwaltung/schnittstellen`: every service kind with the sheet in force, its year
//! and whether it is due for revision; a kind without a sheet says so.

use askama::Template;
use axum::http::StatusCode;
use beratungsnetz_core::interfaces::slug;
use beratungsnetz_core::taxonomy::{self, Facet};

use super::shown::Shown;
use crate::accounts::session::StaffRequest;
use crate::chrome::error::HtmlResult;
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

pub struct Row {
    pub href: String,
    pub label: String,
    /// (version, year, stale, example) of the sheet in force.
    pub sheet: Option<(i64, i32, bool, bool)>,
}

#[derive(Template)]
#[template(path = "interface_list.html")]
struct ListPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    rows: Vec<Row>,
}

pub async fn page(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    let tr = Tr::new(staff.lang);
    let shown = Shown::load(&state).await.map_err(|e| staff.html_error(e))?;
    let rows = taxonomy::terms_of(Facet::ServiceKind)
        .map(|t| Row {
            href: format!("/verwaltung/schnittstellen/{}", slug(t.code)),
            label: t.label(staff.lang.code()).to_string(),
            sheet: shown
                .of([t.code], &tr)
                .first()
                .map(|s| (s.version, s.year, s.stale, s.example)),
        })
        .collect();
    let page = ListPage {
        frame: Frame::new(staff.lang, "/verwaltung/schnittstellen", &[]),
        nav: Nav::new(&staff, &state),
        tr,
        rows,
    };
    Ok(staff.render(page, StatusCode::OK))
}
