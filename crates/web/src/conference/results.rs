//! Workshop results. Coordinators write a workshop's notes, tick the interface sheets it
//! revised and upload its files (`/verwaltung/fachtag/{year}/sitzungen/{id}/ergebnisse`);
//! the public programme shows them under the workshop, files download from
//! `/fachtag/{year}/dateien/{file}`, and each interface sheet names the workshops that
//! revised it.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::conference::files::{
    MAX_FILE_BYTES, MAX_FILES, MAX_NOTES, content_type, safe_name,
};
use beratungsnetz_core::conference::{Programme, SessionKind, form};
use beratungsnetz_core::directory::edit::FieldError;
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_store::StoreError;
use beratungsnetz_store::conference::results::{FileMeta, NewFile};

use super::{audit_entry, coordinators_event, load, store_error};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// Largest upload request: one file and the form around it.
pub const UPLOAD_LIMIT: usize = MAX_FILE_BYTES + 64 * 1024;

/// A file as the pages list it.
pub struct FileItem {
    pub href: String,
    pub name: String,
    /// "2,4 MB".
    pub size: String,
    pub delete: String,
}

/// "2,4 MB", "310 kB".
pub fn size_text(bytes: i64) -> String {
    if bytes >= 1_000_000 {
        format!("{},{} MB", bytes / 1_000_000, (bytes % 1_000_000) / 100_000)
    } else {
        format!("{} kB", (bytes + 999) / 1000)
    }
}

pub fn file_items(year: i32, session_id: &str, files: &[FileMeta]) -> Vec<FileItem> {
    files
        .iter()
        .map(|f| FileItem {
            href: format!("/fachtag/{year}/dateien/{}", f.id),
            name: f.name.clone(),
            size: size_text(f.size),
            delete: format!(
                "/verwaltung/fachtag/{year}/sitzungen/{session_id}/ergebnisse/dateien/{}/loeschen",
                f.id
            ),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "conference_results.html")]
struct ResultsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    year: i32,
    event_title: String,
    title: String,
    action: String,
    notes: String,
    /// (code, label, ticked) of every service kind.
    sheets: Vec<(&'static str, String, bool)>,
    files: Vec<FileItem>,
    errors: Vec<FieldError>,
    max_notes: usize,
    max_files: i64,
    max_mb: usize,
}

impl ResultsPage {
    fn error_for(&self, field: &str) -> Option<String> {
        self.tr.error_for(&self.errors, field)
    }
}

/// The workshop an address names; NotFound for a session that is no workshop.
fn workshop<'a>(
    staff: &Staff,
    p: &'a Programme,
    id: &str,
) -> Result<&'a beratungsnetz_core::conference::Session, HtmlError> {
    p.sessions
        .iter()
        .find(|s| s.id == id && s.text.kind == SessionKind::Workshop)
        .ok_or_else(|| staff.html_error(AppError::NotFound))
}

async fn page(
    state: &AppState,
    staff: &Staff,
    p: &Programme,
    id: &str,
    typed: Option<(String, Vec<String>)>,
    errors: Vec<FieldError>,
) -> HtmlResult {
    let s = workshop(staff, p, id)?;
    let results = state
        .store
        .workshop_results(&p.id)
        .await
        .map_err(|e| store_error(staff, e))?;
    let stored = results.into_iter().find(|r| r.session_id == id);
    let (notes, ticked) = match typed {
        Some(t) => t,
        None => stored
            .as_ref()
            .map(|r| (r.notes.clone(), r.sheets.clone()))
            .unwrap_or_default(),
    };
    let files = stored.map(|r| r.files).unwrap_or_default();
    let year = p.event.year;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let action = format!("/verwaltung/fachtag/{year}/sitzungen/{id}/ergebnisse");
    let page = ResultsPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, &action, &[]),
        nav: Nav::new(staff, state),
        year,
        event_title: p.event.title.clone(),
        title: s.text.title.clone(),
        notes,
        sheets: taxonomy::terms_of(Facet::ServiceKind)
            .map(|t| {
                (
                    t.code,
                    t.label(staff.lang.code()).to_string(),
                    ticked.iter().any(|k| k == t.code),
                )
            })
            .collect(),
        files: file_items(year, id, &files),
        action,
        errors,
        max_notes: MAX_NOTES,
        max_files: MAX_FILES,
        max_mb: MAX_FILE_BYTES / (1024 * 1024),
    };
    Ok(staff.render(page, status))
}

pub async fn form(
    StaffRequest { state, staff }: StaffRequest,
    Path((year, id)): Path<(String, String)>,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    page(&state, &staff, &p, &id, None, Vec::new()).await
}

/// POST: the notes and the sheets revised.
pub async fn save(
    Path((year, id)): Path<(String, String)>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    workshop(&staff, &p, &id)?;
    let mut errors = Vec::new();
    let notes = form::text(&form, "notes", MAX_NOTES, false, &mut errors);
    let kinds: Vec<String> = form.all("sheet").into_iter().map(str::to_string).collect();
    if kinds
        .iter()
        .any(|k| !taxonomy::terms_of(Facet::ServiceKind).any(|t| t.code == k))
    {
        errors.push(FieldError::new("sheet", "conference-error-sheet"));
    }
    if !errors.is_empty() {
        return page(&state, &staff, &p, &id, Some((notes, kinds)), errors).await;
    }
    state
        .store
        .save_workshop_result(&p.id, &id, &notes, &kinds, &audit_entry(&staff, "results"))
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/fachtag/{year}/sitzungen/{id}/ergebnisse"),
        None,
    ))
}

/// A broken upload: cut off by the size limit (too large), or no readable file.
fn upload_problem(e: &axum::extract::multipart::MultipartError) -> FieldError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        FieldError::new("file", "conference-file-too-large")
    } else {
        FieldError::new("file", "conference-file-empty")
    }
}

/// The form token and the file of an upload; a problem named by its field.
async fn read_upload(mut multipart: Multipart) -> Result<(String, String, Vec<u8>), FieldError> {
    let (mut csrf, mut file) = (String::new(), None);
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            // Cut off by the size limit, or not multipart at all.
            Err(e) => return Err(upload_problem(&e)),
        };
        match field.name() {
            Some("csrf") => {
                csrf = field.text().await.unwrap_or_default();
            }
            Some("file") => {
                let name = safe_name(field.file_name().unwrap_or_default());
                let bytes = field.bytes().await.map_err(|e| upload_problem(&e))?;
                file = Some((name, bytes.to_vec()));
            }
            _ => {}
        }
    }
    let (name, bytes) = file.ok_or_else(|| FieldError::new("file", "conference-file-empty"))?;
    Ok((csrf, name, bytes))
}

/// POST `…/ergebnisse/dateien` (multipart): one file, checked by its bytes.
pub async fn upload(
    StaffRequest { state, staff }: StaffRequest,
    Path((year, id)): Path<(String, String)>,
    multipart: Multipart,
) -> HtmlResult {
    let (csrf, name, bytes) = match read_upload(multipart).await {
        Ok(upload) => upload,
        Err(problem) => {
            let p = coordinators_event(&state, &staff, &year).await?;
            return page(&state, &staff, &p, &id, None, vec![problem]).await;
        }
    };
    staff.check_token(&csrf)?;
    let p = coordinators_event(&state, &staff, &year).await?;
    workshop(&staff, &p, &id)?;
    let kind = match content_type(&name, &bytes) {
        Ok(k) => k,
        Err(problem) => {
            let error = FieldError::new("file", problem.key());
            return page(&state, &staff, &p, &id, None, vec![error]).await;
        }
    };
    let file = NewFile {
        id: uuid::Uuid::new_v4().to_string(),
        name,
        content_type: kind.to_string(),
        body: bytes,
    };
    let added = state
        .store
        .add_workshop_file(&p.id, &id, &file, MAX_FILES, &audit_entry(&staff, "file"))
        .await;
    match added {
        Ok(()) => Ok(see_other(
            &format!("/verwaltung/fachtag/{year}/sitzungen/{id}/ergebnisse"),
            None,
        )),
        Err(StoreError::Conflict(_)) => {
            Err(staff.refuse(StatusCode::CONFLICT, "conference-file-too-many"))
        }
        Err(e) => Err(store_error(&staff, e)),
    }
}

/// POST `…/dateien/{file}/loeschen`.
pub async fn delete(
    Path((year, id, file)): Path<(String, String, String)>,
    StaffForm { state, staff, .. }: StaffForm,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    state
        .store
        .delete_workshop_file(&p.id, &file, &audit_entry(&staff, "delete-file"))
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/fachtag/{year}/sitzungen/{id}/ergebnisse"),
        None,
    ))
}

/// GET `/fachtag/{year}/dateien/{file}`: a workshop's file, as a download (never shown
/// in the page's origin, so an uploaded document cannot run there).
pub async fn download(
    State(state): State<AppState>,
    Path((year, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let p = load(&state, &year).await?;
    let (meta, body) = state
        .store
        .workshop_file(&p.id, &file)
        .await?
        .ok_or(AppError::NotFound)?;
    let disposition = format!(
        "attachment; filename=\"{}\"",
        meta.name.replace(|c: char| !c.is_ascii() || c == '"', "_")
    );
    Ok((
        [
            (header::CONTENT_TYPE, meta.content_type),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; sandbox".to_string(),
            ),
            (header::CACHE_CONTROL, "public, max-age=3600".to_string()),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_said_in_kilo_and_megabytes() {
        assert_eq!(size_text(310_000), "310 kB");
        assert_eq!(size_text(1), "1 kB");
        assert_eq!(size_text(2_400_000), "2,4 MB");
    }
}
