//! Referrals in the signed-in area: start one from a service (with consent), the work
//! lists, and one referral's page with its timeline and the steps each side may take.
//! A referral exists only for counsellors of its two organisations: everyone else,
//! coordinators included, gets the same 404 as for an id that was never used. Every
//! read and change is audited (the referral's id only: no client data, no service).

pub mod api;
pub mod case;
pub mod consent_form;
pub mod list;
pub mod notify;
pub mod rights;
pub mod slip;
pub mod start;
pub mod stats;
pub mod upkeep;

use std::sync::Arc;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::get;
use beratungsnetz_core::ids::{OrganizationId, ReferralId};
use beratungsnetz_store::audit::AuditEntry;
use beratungsnetz_store::sealing::Keyring;

use crate::AppState;
use crate::accounts::session::Staff;
use crate::chrome::error::{AppError, HtmlError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/verwaltung/verweisungen", get(list::page))
        .route(
            "/verwaltung/verweisungen/neu",
            get(start::form).post(start::create),
        )
        .route(
            "/verwaltung/verweisungen/ankunft",
            get(slip::arrival_form).post(slip::arrival),
        )
        .route(
            "/verwaltung/verweisungen/auskunft",
            get(rights::form).post(rights::act),
        )
        .route("/verwaltung/verweisungen/statistik", get(stats::page))
        .route(
            "/verwaltung/verweisungen/einwilligung",
            get(consent_form::pdf),
        )
        .route(
            "/verwaltung/verweisungen/{id}",
            get(case::page).post(case::act),
        )
        .route("/verwaltung/verweisungen/{id}/zettel", get(slip::page))
}

/// The organisations whose referrals `staff` works with; counsellors only (403 else).
fn counselling(staff: &Staff) -> Result<Vec<OrganizationId>, HtmlError> {
    let orgs = staff.grants.counselling_organizations();
    if orgs.is_empty() {
        return Err(staff.refuse(StatusCode::FORBIDDEN, "referral-counsellors-only"));
    }
    Ok(orgs)
}

/// The names of the records of `entity` (services, organisations) with these ids: what
/// the referral pages show of the records a referral points to.
async fn names(
    state: &AppState,
    entity: beratungsnetz_core::hsds::Entity,
    ids: impl IntoIterator<Item = String>,
) -> Result<std::collections::HashMap<String, String>, AppError> {
    let ids: Vec<String> = ids.into_iter().collect();
    Ok(state
        .store
        .fetch_by(entity, "id", &ids)
        .await?
        .into_iter()
        .map(|r| {
            let name = r.str("name").unwrap_or_default().to_string();
            (r.id, name)
        })
        .collect())
}

/// A PDF sheet in `lang` beside German (German alone for German), typeset off the async
/// threads (it takes tens of milliseconds): the client's record and the consent form.
async fn sheet_beside_german(
    lang: crate::chrome::i18n::Lang,
    part: impl Fn(crate::chrome::i18n::Lang) -> beratungsnetz_pdf::Part,
    footer: String,
) -> Result<Vec<u8>, AppError> {
    use crate::chrome::i18n::Lang;
    let mut parts = vec![part(lang)];
    if lang != Lang::De {
        parts.push(part(Lang::De));
    }
    let sheet = beratungsnetz_pdf::Sheet { parts, footer };
    tokio::task::spawn_blocking(move || beratungsnetz_pdf::sheet(&sheet))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)
}

/// The keys that open case data; 503 when the server has none.
fn keys(state: &AppState, staff: &Staff) -> Result<Arc<Keyring>, HtmlError> {
    state
        .keys
        .clone()
        .ok_or_else(|| staff.refuse(StatusCode::SERVICE_UNAVAILABLE, "referral-no-keys"))
}

/// An audit entry about a referral, its id still to fill in: who did what, nothing more.
fn audit_entry(staff: &Staff, action: &str) -> AuditEntry {
    crate::audit::audit(staff, action, "referral", "", None, None, None)
}

/// Writes one audit entry about a referral: who did what to which id, nothing more.
async fn audit(
    state: &AppState,
    staff: &Staff,
    id: &ReferralId,
    action: &str,
) -> Result<(), HtmlError> {
    let entry = AuditEntry {
        entity_id: id.to_string(),
        ..audit_entry(staff, action)
    };
    state
        .store
        .append_audit(&entry)
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))
}
