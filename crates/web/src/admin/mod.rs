//! `/verwaltung`: the signed-in area. Organizations keep their own entries, coordinators
//! see what is stale, who changed what, and invite people.

pub mod audit;
pub mod fields;
pub mod freshness;
pub mod home;
pub mod invitations;
pub mod location;
pub mod mails;
pub mod organization;
pub mod service;
pub mod vocabulary;

use beratungsnetz_store::audit::AuditEntry;

use crate::accounts::session::Staff;

/// The navigation of the signed-in area.
pub struct Nav {
    pub email: String,
    pub csrf: String,
    pub coordinator: bool,
    pub outbox: bool,
}

impl Nav {
    pub fn new(staff: &Staff, state: &crate::AppState) -> Nav {
        Nav {
            email: staff.account.email.clone(),
            csrf: staff.csrf.clone(),
            coordinator: staff.grants.is_coordinator(),
            outbox: state.mailer.is_outbox(),
        }
    }
}

/// An audit entry for an action of `staff`.
pub fn audit(
    staff: &Staff,
    action: &str,
    entity: &str,
    entity_id: &str,
    organization_id: Option<&str>,
    before: Option<String>,
    after: Option<String>,
) -> AuditEntry {
    AuditEntry {
        seq: 0,
        at: staff.now.unix,
        account_id: Some(staff.account.id.clone()),
        actor: staff.account.email.clone(),
        action: action.to_string(),
        entity: entity.to_string(),
        entity_id: entity_id.to_string(),
        organization_id: organization_id.map(str::to_string),
        before,
        after,
    }
}

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

/// The audit entry of an action of `staff` on their own account.
pub fn account_audit(staff: &Staff, action: &str) -> AuditEntry {
    audit(
        staff,
        action,
        "account",
        &staff.account.id,
        None,
        None,
        None,
    )
}
