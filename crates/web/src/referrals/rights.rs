//! GET/POST `/verwaltung/verweisungen/auskunft`: the client's rights for one client
//! reference — access (DSGVO Art. 15) as a list, as JSON and as a PDF in the client's
//! language beside German, and erasure (Art. 17). It covers what the counsellor's
//! organisations hold: the referrals they sent, and those they received whose reference
//! they may see. The reference travels only in the form's body, never in an address.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::clock::Now;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::ids::{OrganizationId, ReferralId};
use beratungsnetz_core::referrals::{Category, ConsentStatus, Contact, Given, Party, SeenDetails};
use beratungsnetz_store::referrals::{Referral, TimelineEntry};
use serde::Serialize;

use super::{audit, audit_entry, counselling, keys, names, sheet_beside_german};
use crate::AppState;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr, own_names};
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;
use crate::directory::labels;

/// Everything the organisations hold about one client reference.
#[derive(Serialize)]
pub struct ClientRecord {
    pub client_ref: String,
    /// UTC, RFC 3339.
    pub made_at: String,
    pub referrals: Vec<RecordEntry>,
}

/// One referral as the reader's side holds it.
#[derive(Serialize)]
pub struct RecordEntry {
    pub id: String,
    /// `sender` or `receiver`: which side the reader's organisation is on.
    pub side: &'static str,
    pub sending_organization: String,
    pub receiving_organization: String,
    pub service: String,
    pub state: String,
    pub fhir_status: &'static str,
    pub urgency: String,
    pub created_at: String,
    pub updated_at: String,
    /// What this side holds: withheld categories are `null`.
    pub details: SeenDetails,
    pub consent: ConsentRecord,
    pub timeline: Vec<TimelineRecord>,
}

/// The consent as the reader's side sees it: the receiving side sees what its case page
/// shows (categories, validity), not the purpose or how it was given (a witness's name).
#[derive(Serialize)]
pub struct ConsentRecord {
    pub categories: Vec<Category>,
    pub purpose: Option<String>,
    pub form_version: String,
    pub given: Option<Given>,
    pub valid_until: String,
    pub withdrawn_at: Option<String>,
}

#[derive(Serialize)]
pub struct TimelineRecord {
    pub at: String,
    pub party: String,
    pub event: String,
    pub state: String,
}

#[derive(Template)]
#[template(path = "referral_rights.html")]
struct RightsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    client_ref: String,
    /// Whether a reference was looked up (else only the form shows).
    searched: bool,
    /// (id, service, side key, state key, created) of what was found.
    found: Vec<(String, String, &'static str, String, String)>,
    /// Referrals just erased.
    erased: Option<u64>,
    /// The languages a PDF can be made in: (code, own name, chosen).
    langs: Vec<(&'static str, String, bool)>,
    confirm_missing: bool,
}

fn iso(t: i64) -> String {
    Now::at(t).iso_timestamp()
}

/// The referrals `orgs` hold about `client_ref` that this side may see now: all it sent,
/// and those it received while the consent lets it see the reference.
async fn held(
    state: &AppState,
    staff: &Staff,
    orgs: &[OrganizationId],
    client_ref: &str,
) -> Result<Vec<(Referral, Party)>, HtmlError> {
    let keys = keys(state, staff)?;
    let found = state
        .store
        .referrals_of_client(&keys, orgs, client_ref)
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?;
    Ok(found
        .into_iter()
        .filter_map(|r| {
            if orgs.contains(&r.row.sender_org) {
                Some((r, Party::Sender))
            } else if r.consent_status(staff.now.unix) == ConsentStatus::Valid {
                Some((r, Party::Receiver))
            } else {
                None
            }
        })
        .collect())
}

async fn record(
    state: &AppState,
    staff: &Staff,
    client_ref: &str,
    held: &[(Referral, Party)],
) -> Result<ClientRecord, AppError> {
    let services = names(
        state,
        Entity::Service,
        held.iter().map(|(r, _)| r.row.service_id.to_string()),
    )
    .await?;
    let orgs = names(
        state,
        Entity::Organization,
        held.iter()
            .flat_map(|(r, _)| [r.row.sender_org.to_string(), r.row.receiver_org.to_string()]),
    )
    .await?;
    let name = |map: &std::collections::HashMap<String, String>, id: &str| {
        map.get(id).cloned().unwrap_or_default()
    };
    let mut referrals = Vec::with_capacity(held.len());
    for (r, side) in held {
        let timeline: Vec<TimelineEntry> = state.store.timeline(&r.row.id).await?;
        referrals.push(RecordEntry {
            id: r.row.id.to_string(),
            side: if *side == Party::Sender {
                "sender"
            } else {
                "receiver"
            },
            sending_organization: name(&orgs, r.row.sender_org.as_str()),
            receiving_organization: name(&orgs, r.row.receiver_org.as_str()),
            service: name(&services, r.row.service_id.as_str()),
            state: r.state.code(),
            fhir_status: r.state.fhir_status(),
            urgency: r.row.urgency.clone(),
            created_at: iso(r.row.created_at),
            updated_at: iso(r.row.updated_at),
            details: match side {
                Party::Sender => r.details.as_seen_by_sender(),
                _ => r
                    .details
                    .as_seen_by_receiver(&r.consent, r.consent_status(staff.now.unix)),
            },
            consent: ConsentRecord {
                categories: r.consent.categories.clone(),
                purpose: (*side == Party::Sender).then(|| r.consent.purpose.clone()),
                form_version: r.consent.form_version.clone(),
                given: (*side == Party::Sender).then(|| r.consent.given.clone()),
                valid_until: iso(r.consent_valid_until),
                withdrawn_at: r.consent_withdrawn_at.map(iso),
            },
            timeline: timeline
                .into_iter()
                .map(|t| TimelineRecord {
                    at: iso(t.at),
                    party: t.party,
                    event: t.event,
                    state: t.state,
                })
                .collect(),
        });
    }
    Ok(ClientRecord {
        client_ref: client_ref.to_string(),
        made_at: iso(staff.now.unix),
        referrals,
    })
}

/// The record as a sheet part in one language.
fn part(record: &ClientRecord, lang: Lang) -> beratungsnetz_pdf::Part {
    let tr = Tr::new(lang);
    let code = lang.code();
    let state_label = |s: &str| {
        tr.attr(&format!(
            "referral-state-{}",
            s.split(':').next().unwrap_or_default()
        ))
    };
    let sections = record
        .referrals
        .iter()
        .map(|e| {
            let d = &e.details;
            let withheld = || tr.attr("referral-withheld");
            let mut rows = vec![
                (tr.attr("referral-service"), e.service.clone(), false),
                (
                    tr.attr("referral-sender-org"),
                    e.sending_organization.clone(),
                    false,
                ),
                (
                    tr.attr("referral-to"),
                    e.receiving_organization.clone(),
                    false,
                ),
                (tr.attr("referral-state"), state_label(&e.state), false),
                (
                    tr.attr("referral-urgency"),
                    tr.attr(&format!("referral-urgency-{}", e.urgency)),
                    false,
                ),
                (
                    tr.attr("referral-rights-created"),
                    e.created_at.clone(),
                    true,
                ),
            ];
            let needs = d.needs.as_ref().map_or_else(withheld, |n| {
                n.iter()
                    .map(|c| labels::term_label(c, code))
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            rows.push((tr.attr("referral-needs"), needs, false));
            let languages = d.languages.as_ref().map_or_else(withheld, |l| l.join(", "));
            rows.push((tr.attr("referral-languages"), languages, true));
            let contact = match &d.contact {
                None => withheld(),
                Some(Contact::ClientCalls) => tr.attr("referral-contact-client-calls"),
                Some(Contact::Phone(v) | Contact::Email(v) | Contact::Other(v)) => v.clone(),
            };
            rows.push((tr.attr("referral-contact"), contact, false));
            rows.push((
                tr.attr("referral-note"),
                d.note.clone().unwrap_or_else(withheld),
                false,
            ));
            rows.push((
                tr.attr("referral-consent-categories"),
                e.consent
                    .categories
                    .iter()
                    .map(|c| tr.attr(&format!("referral-category-{}", c.code())))
                    .collect::<Vec<_>>()
                    .join(", "),
                false,
            ));
            if let Some(purpose) = &e.consent.purpose {
                rows.push((tr.attr("referral-consent-purpose"), purpose.clone(), false));
            }
            rows.push((
                tr.attr("referral-consent-until"),
                e.consent.valid_until.clone(),
                true,
            ));
            if let Some(at) = &e.consent.withdrawn_at {
                rows.push((tr.attr("referral-consent-withdrawn"), at.clone(), true));
            }
            let mut table = vec![vec![
                tr.attr("referral-rights-when"),
                tr.attr("referral-rights-who"),
                tr.attr("referral-rights-what"),
            ]];
            table.extend(e.timeline.iter().map(|t| {
                vec![
                    t.at.clone(),
                    tr.attr(&format!("referral-party-{}", t.party)),
                    tr.attr(&format!("referral-event-{}", t.event)),
                ]
            }));
            beratungsnetz_pdf::Section {
                heading: format!("{} {}", tr.attr("referral-title"), e.id),
                rows,
                table,
                ..Default::default()
            }
        })
        .collect();
    beratungsnetz_pdf::Part {
        lang: code.into(),
        rtl: lang.dir() == "rtl",
        title: tr.attr("referral-rights-pdf-title"),
        intro: vec![
            tr.plain(
                "referral-rights-pdf-intro",
                &[("ref", record.client_ref.clone())],
            ),
            if record.referrals.is_empty() {
                tr.attr("referral-rights-none")
            } else {
                String::new()
            },
        ],
        sections,
    }
}

async fn pdf(record: ClientRecord, lang: Lang) -> Result<Vec<u8>, AppError> {
    let footer = format!(
        "{} · {}",
        Tr::new(lang).attr("referral-rights-pdf-title"),
        record.made_at
    );
    sheet_beside_german(lang, |l| part(&record, l), footer).await
}

fn download(body: Vec<u8>, content_type: &'static str, name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

fn page_of(state: &AppState, staff: &Staff, client_ref: &str, pdf_lang: Lang) -> RightsPage {
    RightsPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/verweisungen/auskunft", &[]),
        nav: Nav::new(staff, state),
        client_ref: client_ref.to_string(),
        searched: false,
        found: Vec::new(),
        erased: None,
        langs: own_names()
            .into_iter()
            .map(|(code, name)| (code, name, code == pdf_lang.code()))
            .collect(),
        confirm_missing: false,
    }
}

pub async fn form(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    counselling(&staff)?;
    let page = page_of(&state, &staff, "", staff.lang);
    Ok(staff.render(page, StatusCode::OK))
}

/// `action`: `show` (the list), `json`, `pdf` (in `pdf_lang`) or `erase` (with `confirm`).
pub async fn act(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    let orgs = counselling(&staff)?;
    let client_ref = form.get("ref").trim().to_string();
    if client_ref.is_empty() || client_ref.chars().count() > 100 {
        return Err(staff.html_error(AppError::bad_request("ref", "give the client reference")));
    }
    let pdf_lang = match form.get("pdf_lang") {
        "" => staff.lang,
        code => Lang::from_code(code).ok_or_else(|| {
            staff.html_error(AppError::bad_request("pdf_lang", "unknown language"))
        })?,
    };
    let held = held(&state, &staff, &orgs, &client_ref).await?;
    let mut page = page_of(&state, &staff, &client_ref, pdf_lang);
    let mut status = StatusCode::OK;
    match form.get("action") {
        "show" => {}
        action @ ("json" | "pdf") => {
            for (r, _) in &held {
                audit(&state, &staff, &r.row.id, "referral-export").await?;
            }
            let record = record(&state, &staff, &client_ref, &held)
                .await
                .map_err(|e| staff.html_error(e))?;
            let day = staff
                .now
                .iso_timestamp()
                .chars()
                .take(10)
                .collect::<String>();
            return Ok(if action == "json" {
                let body = serde_json::to_vec_pretty(&record)
                    .map_err(|e| staff.html_error(AppError::internal(e)))?;
                download(body, "application/json", &format!("auskunft-{day}.json"))
            } else {
                let body = pdf(record, pdf_lang)
                    .await
                    .map_err(|e| staff.html_error(e))?;
                download(body, "application/pdf", &format!("auskunft-{day}.pdf"))
            });
        }
        // Only what was shown is erased: the ids the list sent along that still match.
        "erase" if form.get("confirm") == "yes" && !form.all("id").is_empty() => {
            let shown = form.all("id");
            let ids: Vec<ReferralId> = held
                .iter()
                .map(|(r, _)| r.row.id.clone())
                .filter(|id| shown.contains(&id.as_str()))
                .collect();
            // The erasure and its audit entries in one transaction.
            let erased = state
                .store
                .erase_referrals(
                    state.keys.as_deref(),
                    &ids,
                    &orgs,
                    &audit_entry(&staff, "referral-erase"),
                )
                .await
                .map_err(|e| staff.html_error(AppError::from(e)))?;
            page.erased = Some(erased);
            page.searched = true;
            return Ok(staff.render(page, StatusCode::OK));
        }
        "erase" => {
            page.confirm_missing = true;
            status = StatusCode::UNPROCESSABLE_ENTITY;
        }
        _ => {
            return Err(staff.html_error(AppError::bad_request("action", "unknown action")));
        }
    }
    for (r, _) in &held {
        audit(&state, &staff, &r.row.id, "referral-read").await?;
    }
    let services = names(
        &state,
        Entity::Service,
        held.iter().map(|(r, _)| r.row.service_id.to_string()),
    )
    .await
    .map_err(|e| staff.html_error(e))?;
    page.searched = true;
    page.found = held
        .iter()
        .map(|(r, side)| {
            (
                r.row.id.to_string(),
                services
                    .get(r.row.service_id.as_str())
                    .cloned()
                    .unwrap_or_default(),
                if *side == Party::Sender {
                    "referral-side-sender"
                } else {
                    "referral-side-receiver"
                },
                format!("referral-state-{}", r.state.base()),
                iso(r.row.created_at).chars().take(10).collect(),
            )
        })
        .collect();
    Ok(staff.render(page, status))
}
