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

/// Writes an edit (records, change log, audit) in one transaction.
pub async fn save_edit(
    state: &crate::AppState,
    staff: &Staff,
    edit: &beratungsnetz_store::Edit,
) -> Result<(), crate::HtmlError> {
    state
        .store
        .apply_edit(edit)
        .await
        .map_err(|e| staff.html_error(e))
}
