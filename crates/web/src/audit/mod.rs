//! The audit log in the web layer: the entries handlers write, and the coordinators'
//! page at `/verwaltung/protokoll`.

pub mod page;

use axum::Router;
use axum::routing::get;
use beratungsnetz_store::audit::AuditEntry;

use crate::AppState;
use crate::accounts::session::Staff;

pub fn router() -> Router<AppState> {
    Router::new().route("/verwaltung/protokoll", get(page::page))
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
        account_id: Some(staff.account.id.to_string()),
        actor: staff.account.email.clone(),
        action: action.to_string(),
        entity: entity.to_string(),
        entity_id: entity_id.to_string(),
        organization_id: organization_id.map(str::to_string),
        before,
        after,
    }
}

/// An audit entry for an action of someone without an account (registering for the
/// Fachtag through its public form or a personal link): the actor is `public`.
pub fn anonymous(now: beratungsnetz_core::clock::Now, action: &str, entity: &str) -> AuditEntry {
    AuditEntry {
        seq: 0,
        at: now.unix,
        account_id: None,
        actor: "public".into(),
        action: action.to_string(),
        entity: entity.to_string(),
        entity_id: String::new(),
        organization_id: None,
        before: None,
        after: None,
    }
}

/// The audit entry of an action of `staff` on their own account.
pub fn account_audit(staff: &Staff, action: &str) -> AuditEntry {
    audit(
        staff,
        action,
        "account",
        staff.account.id.as_str(),
        None,
        None,
        None,
    )
}
