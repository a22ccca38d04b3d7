//! GET/POST `/verwaltung/schnittstellen/{kind}/bearbeiten`: a coordinator writes a new
//! version of a sheet, starting from the one in force. The form carries the version it
//! started from; if another version was written meanwhile the save is refused (409), so
//! nobody overwrites a revision they have not seen.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_core::directory::edit::FieldError;
use beratungsnetz_core::interfaces::form::read_sheet;
use beratungsnetz_core::interfaces::{MAX_SECTION, MAX_SOURCE, SECTIONS};
use beratungsnetz_core::taxonomy::Term;

use super::{audit_entry, kind_of, section_heading, store_error, year_of};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

#[derive(Template)]
#[template(path = "interface_edit.html")]
struct EditPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    kind_label: String,
    slug: String,
    /// The version this edit starts from ("" for a first sheet).
    base: String,
    /// (field, heading, text) of every section.
    sections: Vec<(&'static str, String, String)>,
    year: String,
    source: String,
    max_section: usize,
    max_source: usize,
    errors: Vec<FieldError>,
}

impl EditPage {
    fn error_for(&self, field: &str) -> Option<String> {
        self.tr.error_for(&self.errors, field)
    }
}

fn page(
    staff: &Staff,
    state: &AppState,
    kind: &'static Term,
    base: String,
    values: impl Fn(&str) -> String,
    errors: Vec<FieldError>,
) -> EditPage {
    let tr = Tr::new(staff.lang);
    let slug = beratungsnetz_core::interfaces::slug(kind.code).to_string();
    EditPage {
        frame: Frame::new(
            staff.lang,
            &format!("/verwaltung/schnittstellen/{slug}/bearbeiten"),
            &[],
        ),
        nav: Nav::new(staff, state),
        kind_label: kind.label(staff.lang.code()).to_string(),
        slug,
        base,
        sections: SECTIONS
            .iter()
            .map(|name| (*name, section_heading(&tr, name), values(name)))
            .collect(),
        year: values("year"),
        source: values("source"),
        max_section: MAX_SECTION,
        max_source: MAX_SOURCE,
        errors,
        tr,
    }
}

pub async fn form(
    StaffRequest { state, staff }: StaffRequest,
    Path(slug): Path<String>,
) -> HtmlResult {
    staff.coordinator_only()?;
    let kind = kind_of(&staff, &slug)?;
    let latest = state
        .store
        .sheet_versions(kind.code)
        .await
        .map_err(|e| store_error(&staff, e))?
        .pop();
    let sections = latest.as_ref().map(|l| l.sections()).unwrap_or_default();
    let this_year = year_of(staff.now).to_string();
    let page = page(
        &staff,
        &state,
        kind,
        latest
            .as_ref()
            .map(|l| l.version.to_string())
            .unwrap_or_default(),
        |name| match name {
            // A revision is of this year and names its own source.
            "year" => this_year.clone(),
            "source" => String::new(),
            name => sections.get(name).unwrap_or_default().to_string(),
        },
        Vec::new(),
    );
    Ok(staff.render(page, StatusCode::OK))
}

pub async fn save(
    Path(slug): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    staff.coordinator_only()?;
    let kind = kind_of(&staff, &slug)?;
    let base = match form.get("base") {
        "" => None,
        b => Some(
            b.parse::<i64>()
                .map_err(|_| staff.html_error(AppError::bad_request("base", "a version number")))?,
        ),
    };
    let text = match read_sheet(&form, year_of(staff.now)) {
        Ok(text) => text,
        Err(errors) => {
            let page = page(
                &staff,
                &state,
                kind,
                form.get("base").to_string(),
                |name| form.get(name).to_string(),
                errors,
            );
            return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    state
        .store
        .add_sheet_version(kind.code, base, &text, &audit_entry(&staff, "new-version"))
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/schnittstellen/{slug}"),
        None,
    ))
}
