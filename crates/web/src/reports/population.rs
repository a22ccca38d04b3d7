//! `/verwaltung/berichte/bevoelkerung` (coordinators): the population figures the
//! reports count — shipped, or uploaded as a CSV in their place (with the foreign
//! population, if the source gives it), downloaded in the same form to edit, or reset to
//! the shipped ones. A file with any problem is refused whole, naming its line.

use askama::Template;
use axum::extract::Multipart;
use axum::http::StatusCode;
use beratungsnetz_core::clock::{berlin_day_minute, civil};
use beratungsnetz_core::geo::district_label;
use beratungsnetz_core::reports::population::{DistrictPopulation, Figures, parse};
use beratungsnetz_core::tables::Table;

use super::figures::{STATE_PREFIX, population};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::{Frame, attachment};
use crate::chrome::numbers::whole;
use crate::chrome::staff::Nav;

const PATH: &str = "/verwaltung/berichte/bevoelkerung";
/// Longest source text, characters.
const MAX_SOURCE: usize = 200;

/// A district's line.
struct Line {
    name: String,
    population: String,
    foreign: Option<String>,
}

#[derive(Template)]
#[template(path = "report_population.html")]
struct PopulationPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    source: String,
    /// "03.12.2026" when uploaded; None: the shipped figures.
    uploaded: Option<String>,
    districts: usize,
    lines: Vec<Line>,
    /// What was typed as the source, kept after a refused upload.
    typed_source: String,
    errors: Vec<(String, String)>,
}

impl PopulationPage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

async fn page(
    state: &AppState,
    staff: &Staff,
    typed_source: String,
    errors: Vec<(String, String)>,
) -> HtmlResult {
    let figures = population(state).await.map_err(|e| staff.html_error(e))?;
    let lang = staff.lang;
    let lines = figures
        .districts
        .values()
        .filter(|d| d.key.starts_with(STATE_PREFIX))
        .map(|d| Line {
            name: district_label(&d.key),
            #[allow(clippy::cast_precision_loss)] // Populations are far below 2^52.
            population: whole(d.population as f64, lang),
            #[allow(clippy::cast_precision_loss)]
            foreign: d.foreign.map(|f| whole(f as f64, lang)),
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = PopulationPage {
        tr: Tr::new(lang),
        frame: Frame::new(lang, PATH, &[]),
        nav: Nav::new(staff, state),
        source: figures.source.clone(),
        uploaded: figures.uploaded_at.map(|at| {
            let (day, _) = berlin_day_minute(at);
            let (y, m, d) = civil(day);
            format!("{d:02}.{m:02}.{y}")
        }),
        districts: figures.districts.len(),
        lines,
        typed_source,
        errors,
    };
    Ok(staff.render(page, status))
}

pub async fn form(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    page(&state, &staff, String::new(), Vec::new()).await
}

/// The fields of an upload: token, source, file.
#[derive(Default)]
struct Upload {
    csrf: String,
    source: String,
    file: Option<Vec<u8>>,
}

/// Reads the multipart form; a broken or cut-off upload is a problem of the file field.
async fn read_upload(mut multipart: Multipart) -> Result<Upload, ()> {
    let mut up = Upload::default();
    while let Some(field) = multipart.next_field().await.map_err(|_| ())? {
        match field.name() {
            Some("csrf") => up.csrf = field.text().await.map_err(|_| ())?,
            Some("source") => up.source = field.text().await.map_err(|_| ())?,
            Some("file") => up.file = Some(field.bytes().await.map_err(|_| ())?.to_vec()),
            _ => {}
        }
    }
    Ok(up)
}

/// The source as typed, or the key of what is wrong with it.
fn source_of(raw: &str) -> Result<String, &'static str> {
    let source = raw.trim();
    if source.is_empty() {
        Err("population-source-required")
    } else if source.chars().count() > MAX_SOURCE || source.chars().any(char::is_control) {
        Err("population-source-invalid")
    } else {
        Ok(source.to_string())
    }
}

/// The districts of a file, or the message of its first problem.
fn districts_of(tr: &Tr, bytes: &[u8]) -> Result<Vec<DistrictPopulation>, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| tr.t("population-error-encoding"))?;
    let rows = parse(text).map_err(|e| tr.plain(e.key(), &[("line", e.line().to_string())]))?;
    let figures = Figures {
        source: String::new(),
        uploaded_at: None,
        districts: rows.iter().map(|d| (d.key.clone(), d.clone())).collect(),
    };
    let missing = figures.missing(STATE_PREFIX);
    if let Some(first) = missing.first() {
        return Err(tr.plain(
            "population-error-missing",
            &[
                ("district", district_label(first)),
                ("count", missing.len().to_string()),
            ],
        ));
    }
    Ok(rows)
}

/// POST (multipart): new figures in place of those in force.
pub async fn upload(
    StaffRequest { state, staff }: StaffRequest,
    multipart: Multipart,
) -> HtmlResult {
    let tr = Tr::new(staff.lang);
    let Ok(up) = read_upload(multipart).await else {
        staff.coordinator_only()?;
        let error = ("file".to_string(), tr.t("population-error-file"));
        return page(&state, &staff, String::new(), vec![error]).await;
    };
    staff.check_token(&up.csrf)?;
    staff.coordinator_only()?;
    let mut errors = Vec::new();
    let source =
        source_of(&up.source).map_err(|key| errors.push(("source".to_string(), tr.t(key))));
    let rows = match up.file.as_deref() {
        None | Some([]) => Err(tr.t("population-error-file")),
        Some(bytes) => districts_of(&tr, bytes),
    }
    .map_err(|m| errors.push(("file".to_string(), m)));
    let (Ok(source), Ok(rows)) = (source, rows) else {
        return page(&state, &staff, up.source.trim().to_string(), errors).await;
    };
    let audit = crate::audit::audit(&staff, "upload", "report_population", "", None, None, None);
    state
        .store
        .replace_population(&source, &rows, staff.now.unix, &audit)
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?;
    Ok(see_other(PATH, None))
}

/// POST `…/zuruecksetzen`: the shipped figures count again.
pub async fn reset(StaffForm { state, staff, .. }: StaffForm) -> HtmlResult {
    staff.coordinator_only()?;
    let audit = crate::audit::audit(&staff, "reset", "report_population", "", None, None, None);
    state
        .store
        .reset_population(&audit)
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?;
    Ok(see_other(PATH, None))
}

/// GET `….csv`: the figures in force, in the form an upload takes.
pub async fn download(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    let figures = population(&state).await.map_err(|e| staff.html_error(e))?;
    let table = Table {
        name: "Bevölkerung".into(),
        headings: ["AGS", "name", "population", "foreign"]
            .map(str::to_string)
            .to_vec(),
        rows: figures
            .districts
            .values()
            .map(|d| {
                vec![
                    d.key.clone(),
                    d.name.clone(),
                    d.population.to_string(),
                    d.foreign.map(|f| f.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
        numeric: vec![2, 3],
    };
    let body = table
        .csv_with(b';')
        .map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        "bevoelkerung.csv",
        body.into_bytes(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_is_needed_and_short() {
        assert_eq!(source_of("  Destatis 2023 "), Ok("Destatis 2023".into()));
        assert_eq!(source_of(" "), Err("population-source-required"));
        assert_eq!(
            source_of(&"x".repeat(201)),
            Err("population-source-invalid")
        );
        assert_eq!(source_of("a\u{7}b"), Err("population-source-invalid"));
    }
}
