//! GET/POST `/verwaltung/verweisungen/{id}`: one referral for one of its two sides — the
//! case details as the consent lets that side see them, the timeline, and the steps that
//! side may take now. Anyone else gets a 404.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::ids::{AccountId, OrganizationId, ReferralId};
use beratungsnetz_core::referrals::{
    ConsentStatus, Contact, DeclineReason, Event, Outcome, Party, SeenDetails, State as Stage,
};
use beratungsnetz_store::referrals::{Referral, TimelineEntry};

use super::{audit, keys, names, notify};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;
use crate::directory::labels;

#[derive(Template)]
#[template(path = "referral_case.html")]
struct CasePage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    id: String,
    service: String,
    /// Which side this reader is on, as a message key.
    side_key: &'static str,
    state_key: String,
    urgency: String,
    seen: SeenDetails,
    needs: Vec<String>,
    contact: Option<(String, String)>,
    consent_status: &'static str,
    consent_until: String,
    consent_categories: Vec<String>,
    /// (when, side key, "first name, organisation", event key).
    timeline: Vec<(String, String, String, String)>,
    /// The events this side may cause now, as form actions.
    actions: Vec<&'static str>,
    decline_reasons: Vec<&'static str>,
    outcomes: Vec<&'static str>,
}

/// The side `orgs` are on: sender first when an organisation refers to itself.
fn side(r: &Referral, orgs: &[OrganizationId]) -> Party {
    if orgs.contains(&r.row.sender_org) {
        Party::Sender
    } else {
        Party::Receiver
    }
}

/// The events a side may cause in a state (the state machine decides).
fn actions(state: Stage, side: Party) -> Vec<&'static str> {
    let candidates: [(&'static str, Event); 6] = [
        ("send", Event::Send),
        ("accept", Event::Accept),
        ("decline", Event::Decline(DeclineReason::Other)),
        ("first-contact", Event::FirstContact),
        ("close", Event::Close(Outcome::Other)),
        ("withdraw", Event::Withdraw),
    ];
    candidates
        .into_iter()
        .filter(|(_, e)| state.apply(*e, side).is_ok())
        .map(|(a, _)| a)
        .collect()
}

async fn opened(
    state: &AppState,
    staff: &Staff,
    id: &ReferralId,
) -> Result<(Referral, Vec<OrganizationId>), HtmlError> {
    // Not a counsellor: the same 404 as for a referral of other organisations.
    let orgs = staff.grants.counselling_organizations();
    if orgs.is_empty() {
        return Err(staff.html_error(AppError::NotFound));
    }
    let keys = keys(state, staff)?;
    let referral = state
        .store
        .referral_for(&keys, id, &orgs)
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?
        .ok_or_else(|| staff.html_error(AppError::NotFound))?;
    Ok((referral, orgs))
}

/// The timeline as each step is shown: when, which side, who ("Amira, Caritas Halle":
/// the first name where the person gave one, and the side's organisation), what.
async fn who(
    state: &AppState,
    r: &Referral,
    timeline: Vec<TimelineEntry>,
) -> Result<Vec<(String, String, String, String)>, AppError> {
    let orgs = names(
        state,
        Entity::Organization,
        [r.row.sender_org.to_string(), r.row.receiver_org.to_string()],
    )
    .await?;
    let org_name = |id: &OrganizationId| orgs.get(id.as_str()).cloned().unwrap_or_default();
    let mut first_names: std::collections::HashMap<String, Option<String>> =
        std::collections::HashMap::new();
    let mut out = Vec::with_capacity(timeline.len());
    for t in timeline {
        let org = match t.party.as_str() {
            "sender" => Some(org_name(&r.row.sender_org)),
            "receiver" => Some(org_name(&r.row.receiver_org)),
            _ => None,
        };
        let first = match &t.account_id {
            Some(id) => {
                if !first_names.contains_key(id) {
                    let account = AccountId::new(id.as_str());
                    let name = state
                        .store
                        .account(&account)
                        .await?
                        .and_then(|a| a.first_name);
                    first_names.insert(id.clone(), name);
                }
                first_names.get(id).cloned().flatten()
            }
            None => None,
        };
        let who = [first, org]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        out.push((
            beratungsnetz_core::clock::Now::at(t.at).berlin_minute_text(),
            format!("referral-party-{}", t.party),
            who,
            format!("referral-event-{}", t.event),
        ));
    }
    Ok(out)
}

fn contact_text(c: &Contact) -> (String, String) {
    match c {
        Contact::ClientCalls => ("referral-contact-client-calls".into(), String::new()),
        Contact::Phone(v) => ("referral-contact-phone".into(), v.clone()),
        Contact::Email(v) => ("referral-contact-email".into(), v.clone()),
        Contact::Other(v) => ("referral-contact-other".into(), v.clone()),
    }
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Path(id): Path<String>,
) -> HtmlResult {
    let id = ReferralId::new(id);
    let (r, orgs) = opened(&state, &staff, &id).await?;
    audit(&state, &staff, &id, "referral-read").await?;
    let side = side(&r, &orgs);
    let status = r.consent_status(staff.now.unix);
    let seen = match side {
        Party::Sender => r.details.as_seen_by_sender(),
        _ => r.details.as_seen_by_receiver(&r.consent, status),
    };
    let lang = staff.lang.code();
    let service = names(&state, Entity::Service, [r.row.service_id.to_string()])
        .await
        .map_err(|e| staff.html_error(e))?
        .remove(r.row.service_id.as_str())
        .unwrap_or_default();
    let timeline: Vec<TimelineEntry> = state
        .store
        .timeline(&id)
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?;
    let timeline = who(&state, &r, timeline)
        .await
        .map_err(|e| staff.html_error(e))?;
    let mut actions = actions(r.state, side);
    if side == Party::Sender && status == ConsentStatus::Valid {
        actions.push("withdraw-consent");
    }
    let page = CasePage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, &format!("/verwaltung/verweisungen/{id}"), &[]),
        nav: Nav::new(&staff, &state),
        service,
        side_key: match side {
            Party::Sender => "referral-side-sender",
            _ => "referral-side-receiver",
        },
        state_key: format!(
            "referral-state-{}",
            r.state.code().split(':').next().unwrap_or_default()
        ),
        urgency: format!("referral-urgency-{}", r.row.urgency),
        needs: seen
            .needs
            .iter()
            .flatten()
            .map(|c| labels::term_label(c, lang))
            .collect(),
        contact: seen.contact.as_ref().map(contact_text),
        seen,
        consent_status: match status {
            ConsentStatus::Valid => "referral-consent-valid",
            ConsentStatus::Expired => "referral-consent-expired",
            ConsentStatus::Withdrawn => "referral-consent-withdrawn",
        },
        consent_until: beratungsnetz_core::clock::Now::at(r.consent_valid_until - 1)
            .iso_timestamp()
            .chars()
            .take(10)
            .collect(),
        consent_categories: r
            .consent
            .categories
            .iter()
            .map(|c| format!("referral-category-{}", c.code()))
            .collect(),
        timeline,
        actions,
        decline_reasons: DeclineReason::ALL.iter().map(|d| d.code()).collect(),
        outcomes: Outcome::ALL.iter().map(|o| o.code()).collect(),
        id: id.into_string(),
    };
    Ok(staff.render(page, StatusCode::OK))
}

/// One step: `action` names it (with `reason` / `outcome` where it needs one).
pub async fn act(
    Path(id): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let id = ReferralId::new(id);
    let account = staff.account.id.clone();
    let (r, orgs) = opened(&state, &staff, &id).await?;
    let party = side(&r, &orgs);
    // An organisation referring to itself acts as receiver for the receiver's steps.
    let receiver = orgs.contains(&r.row.receiver_org);
    let bad = || staff.refuse(StatusCode::UNPROCESSABLE_ENTITY, "referral-refused");
    let (event, party) = match form.get("action") {
        "withdraw-consent" if party == Party::Sender => {
            state
                .store
                .withdraw_consent(&id, &account, staff.now.unix)
                .await
                .map_err(|e| staff.html_error(AppError::from(e)))?;
            audit(&state, &staff, &id, "referral-withdraw-consent").await?;
            let whom = notify::Whom::Receivers(r.row.receiver_org.clone());
            notify::tell(&state, staff.now, &id, whom, false);
            return Ok(see_other(&format!("/verwaltung/verweisungen/{id}"), None));
        }
        "send" => (Event::Send, party),
        "withdraw" => (Event::Withdraw, party),
        "accept" if receiver => (Event::Accept, Party::Receiver),
        "first-contact" if receiver => (Event::FirstContact, Party::Receiver),
        "decline" if receiver => {
            let reason = DeclineReason::parse(form.get("reason")).ok_or_else(bad)?;
            (Event::Decline(reason), Party::Receiver)
        }
        "close" if receiver => {
            let outcome = Outcome::parse(form.get("outcome")).ok_or_else(bad)?;
            (Event::Close(outcome), Party::Receiver)
        }
        _ => return Err(bad()),
    };
    state
        .store
        .apply_referral_event(&id, event, party, Some(&account), staff.now.unix)
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?
        .map_err(|_| staff.refuse(StatusCode::CONFLICT, "referral-refused"))?;
    audit(&state, &staff, &id, &format!("referral-{}", event.code())).await?;
    // The other side hears of it: a sent referral is new to the receivers.
    let whom = match party {
        Party::Receiver => notify::Whom::Sender(r.sender_account.clone()),
        _ => notify::Whom::Receivers(r.row.receiver_org.clone()),
    };
    notify::tell(&state, staff.now, &id, whom, event == Event::Send);
    Ok(see_other(&format!("/verwaltung/verweisungen/{id}"), None))
}
