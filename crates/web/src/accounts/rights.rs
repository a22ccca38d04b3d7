//! Taking rights away: coordinators remove a role or disable an account from the list of
//! accounts (`/verwaltung/einladungen`). Either ends the person's sessions at once and is
//! written to the audit log; a coordinator cannot lock themselves out this way.

use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_core::accounts::{Membership, Role};
use beratungsnetz_core::ids::{AccountId, OrganizationId};
use beratungsnetz_store::audit::AuditEntry;

use super::see_other;
use super::session::{Staff, StaffForm};
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};

/// Where the list of accounts is.
const BACK: &str = "/verwaltung/einladungen#accounts-h";

/// The account a coordinator's form names, and the entry its change leaves in the audit log.
async fn target(
    state: &AppState,
    staff: &Staff,
    id: &AccountId,
    action: &str,
) -> Result<(beratungsnetz_store::accounts::Account, AuditEntry), HtmlError> {
    staff.coordinator_only()?;
    let account = state
        .store
        .account(id)
        .await
        .map_err(|e| staff.html_error(e))?
        .ok_or_else(|| staff.html_error(AppError::NotFound))?;
    let entry = crate::audit::audit(staff, action, "account", &account.email, None, None, None);
    Ok((account, entry))
}

/// POST `/verwaltung/konten/{id}/rolle-entfernen`: `role` and, for editors and
/// counsellors, `organization`.
pub async fn remove_role(
    Path(id): Path<AccountId>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let (account, mut entry) = target(&state, &staff, &id, "remove-role").await?;
    let role: Role = form
        .get("role")
        .parse()
        .map_err(|_| staff.refuse(StatusCode::UNPROCESSABLE_ENTITY, "field-choice-invalid"))?;
    if account.id == staff.account.id && role == Role::Coordinator {
        return Err(staff.refuse(StatusCode::UNPROCESSABLE_ENTITY, "error-own-account"));
    }
    let organization = form.get("organization");
    let membership = Membership {
        role,
        organization_id: (!role.is_network_wide()).then(|| OrganizationId::new(organization)),
    };
    entry.organization_id = membership.organization_id.as_ref().map(|o| o.to_string());
    entry.before = Some(
        serde_json::json!({"role": role.as_str(), "organization_id": membership.organization_id})
            .to_string(),
    );
    let removed = state
        .store
        .remove_membership(&account.id, &membership, &entry)
        .await
        .map_err(|e| staff.html_error(e))?;
    if !removed {
        return Err(staff.html_error(AppError::NotFound));
    }
    tracing::info!(role = role.as_str(), "role removed");
    Ok(see_other(BACK, None))
}

/// POST `/verwaltung/konten/{id}/sperren` and `/entsperren`.
pub async fn disable(Path(id): Path<AccountId>, posted: StaffForm) -> HtmlResult {
    set_disabled(id, posted, true).await
}

pub async fn enable(Path(id): Path<AccountId>, posted: StaffForm) -> HtmlResult {
    set_disabled(id, posted, false).await
}

async fn set_disabled(id: AccountId, posted: StaffForm, disabled: bool) -> HtmlResult {
    let StaffForm { state, staff, .. } = posted;
    let action = if disabled { "disable" } else { "enable" };
    let (account, entry) = target(&state, &staff, &id, action).await?;
    if account.id == staff.account.id {
        return Err(staff.refuse(StatusCode::UNPROCESSABLE_ENTITY, "error-own-account"));
    }
    // Already so: nothing to write, and the answer is the same.
    state
        .store
        .set_disabled(&account.id, disabled, &entry)
        .await
        .map_err(|e| staff.html_error(e))?;
    tracing::info!(action, "account access changed");
    Ok(see_other(BACK, None))
}
