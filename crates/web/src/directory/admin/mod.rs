//! Editing the directory in the signed-in area (`/verwaltung`): organizations keep their
//! own services and locations, coordinators see what is stale and curate the vocabulary.

/// The editable service model lives in core.
pub use beratungsnetz_core::directory::edit as fields;
pub mod freshness;
pub mod home;
pub mod location;
pub mod organization;
pub mod service;
pub mod vocabulary;

use crate::accounts::session::Staff;

/// Writes an edit (records, change log, audit) in one transaction. A record the editor
/// saw at an older version ([`beratungsnetz_store::Edit::expect`]) answers 409.
pub async fn save_edit(
    state: &crate::AppState,
    staff: &Staff,
    edit: &beratungsnetz_store::Edit,
) -> Result<(), crate::HtmlError> {
    // The importer's rules: what a form writes, export can re-import.
    for (entity, record) in &edit.upserts {
        let problems = beratungsnetz_core::directory::rules::check_record(*entity, &record.fields);
        if let Some(p) = problems.first() {
            tracing::warn!(entity = entity.table(), field = %p.field, "edit refused: breaks the HSDS schema");
            return Err(staff.refuse(axum::http::StatusCode::UNPROCESSABLE_ENTITY, p.key));
        }
    }
    match state.store.apply_edit(edit).await {
        Err(beratungsnetz_store::StoreError::Conflict(_)) => {
            tracing::info!("edit refused: changed by someone else since the form was shown");
            Err(staff.refuse(axum::http::StatusCode::CONFLICT, "error-edit-conflict"))
        }
        other => other.map_err(|e| staff.html_error(e)),
    }
}

/// The version a form shows; read before the record, so it is never newer than the data.
pub async fn version_of(
    state: &crate::AppState,
    staff: &Staff,
    entity: beratungsnetz_core::hsds::Entity,
    id: &str,
) -> Result<i64, crate::HtmlError> {
    state
        .store
        .version(entity, id)
        .await
        .map_err(|e| staff.html_error(e))
}

/// The version a saved form carries, checked against the current one (409 if it is not):
/// returned for [`beratungsnetz_store::Edit::expect`], which checks it again in the write.
pub async fn seen_version(
    state: &crate::AppState,
    staff: &Staff,
    form: &crate::chrome::form::FormData,
    entity: beratungsnetz_core::hsds::Entity,
    id: &str,
) -> Result<i64, crate::HtmlError> {
    let current = version_of(state, staff, entity, id).await?;
    check_seen(staff, form, current)
}

/// The form's version if it is `current` (409 if it is not).
pub fn check_seen(
    staff: &Staff,
    form: &crate::chrome::form::FormData,
    current: i64,
) -> Result<i64, crate::HtmlError> {
    match form.get("version").parse::<i64>() {
        Ok(seen) if seen == current => Ok(seen),
        _ => Err(staff.refuse(axum::http::StatusCode::CONFLICT, "error-edit-conflict")),
    }
}
