//! GET/POST `/verwaltung/verweisungen/neu?angebot=ID`: refer a client to a service. The
//! service's capacity is shown first (no personal data involved); nothing is saved
//! without a consent record; "send" sends at once, "draft" keeps it for the sender.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use beratungsnetz_core::directory::edit::FieldError;
use beratungsnetz_core::hsds::{Entity, Record};
use beratungsnetz_core::ids::{OrganizationId, ReferralId, ServiceId};
use beratungsnetz_core::referrals::draft::{self, Draft};
use beratungsnetz_core::referrals::{Category, Contact, Event, Party, Urgency, slip};
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_store::referrals::NewReferral;
use serde::Deserialize;

use super::{audit, counselling, keys, notify};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::accounts::token::hash_token;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

#[derive(Deserialize)]
pub struct StartQuery {
    #[serde(default)]
    angebot: String,
}

/// The service referred to, as the form shows it.
struct Target {
    id: ServiceId,
    name: String,
    organization_id: OrganizationId,
    organization: String,
    /// What the receiving organisation says of its capacity.
    capacities: Vec<String>,
    /// Its first service kind and district, for the anonymous figures.
    kind: String,
    district: String,
}

#[derive(Template)]
#[template(path = "referral_start.html")]
struct StartPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    target: Target,
    /// The sender's organisations (a choice when there are several), with names.
    orgs: Vec<(String, String)>,
    needs: Vec<(String, String)>,
    urgencies: Vec<&'static str>,
    categories: Vec<&'static str>,
    form: FormData,
    errors: Vec<FieldError>,
    /// The languages the consent form prints in: (code, own name).
    consent_langs: Vec<(&'static str, String)>,
    /// The interface sheets of the service's kinds.
    sheets: Vec<crate::interfaces::SheetView>,
}

impl StartPage {
    fn value(&self, field: &str) -> &str {
        self.form.get(field)
    }

    fn checked(&self, field: &str, value: &str) -> bool {
        self.form.all(field).contains(&value)
    }

    fn error_for(&self, field: &str) -> Option<String> {
        self.tr.error_for(&self.errors, field)
    }
}

pub(super) async fn record(
    state: &AppState,
    entity: Entity,
    id: &str,
) -> Result<Option<Record>, AppError> {
    Ok(state
        .store
        .fetch_by(entity, "id", &[id.to_string()])
        .await?
        .into_iter()
        .next())
}

async fn target(state: &AppState, id: &str) -> Result<Target, AppError> {
    let service = record(state, Entity::Service, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let organization_id = OrganizationId::new(service.str("organization_id").unwrap_or_default());
    let organization = record(state, Entity::Organization, organization_id.as_str())
        .await?
        .and_then(|o| o.str("name").map(str::to_string))
        .unwrap_or_default();
    let capacities = state
        .store
        .fetch_by(Entity::ServiceCapacity, "service_id", &[id.to_string()])
        .await?
        .iter()
        .map(|c| {
            let available = c
                .fields
                .get("available")
                .map(|v| v.to_string())
                .unwrap_or_default();
            let description = c.str("description").unwrap_or_default();
            format!("{available} {description}").trim().to_string()
        })
        .collect();
    let (kind, district) = match crate::directory::detail::load(state, id).await {
        Ok((_, doc)) => (
            doc.tags
                .iter()
                .find(|t| t.starts_with("kind:"))
                .cloned()
                .unwrap_or_default(),
            doc.districts.first().cloned().unwrap_or_default(),
        ),
        Err(AppError::NotFound) => (String::new(), String::new()),
        Err(e) => return Err(e),
    };
    Ok(Target {
        id: ServiceId::new(service.id.clone()),
        name: service.str("name").unwrap_or_default().to_string(),
        organization_id,
        organization,
        capacities,
        kind,
        district,
    })
}

async fn page_of(
    state: &AppState,
    staff: &Staff,
    target: Target,
    form: FormData,
    errors: Vec<FieldError>,
) -> Result<StartPage, HtmlError> {
    let mut orgs = Vec::new();
    for id in counselling(staff)? {
        let name = record(state, Entity::Organization, id.as_str())
            .await
            .map_err(|e| staff.html_error(e))?
            .and_then(|o| o.str("name").map(str::to_string))
            .unwrap_or_else(|| id.to_string());
        orgs.push((id.into_string(), name));
    }
    let needs = taxonomy::terms()
        .iter()
        .filter(|t| t.facet == Facet::Need)
        .map(|t| (t.code.to_string(), t.label(staff.lang.code()).to_string()))
        .collect();
    // The agreed way to hand over to this kind of service, beside the form.
    let tr = Tr::new(staff.lang);
    let tags = match crate::directory::detail::load(state, target.id.as_str()).await {
        Ok((_, doc)) => doc.tags,
        Err(AppError::NotFound) => Vec::new(),
        Err(e) => return Err(staff.html_error(e)),
    };
    let sheets = crate::interfaces::shown::Shown::load(state)
        .await
        .map_err(|e| staff.html_error(e))?
        .of(tags.iter().map(String::as_str), &tr);
    Ok(StartPage {
        tr,
        sheets,
        frame: Frame::new(staff.lang, "/verwaltung/verweisungen/neu", &[]),
        nav: Nav::new(staff, state),
        target,
        orgs,
        needs,
        urgencies: Urgency::ALL.iter().map(|u| u.code()).collect(),
        categories: Category::ALL.iter().map(|c| c.code()).collect(),
        form,
        errors,
        consent_langs: crate::chrome::i18n::own_names(),
    })
}

pub async fn form(
    StaffRequest { state, staff }: StaffRequest,
    Query(q): Query<StartQuery>,
) -> HtmlResult {
    counselling(&staff)?;
    let target = target(&state, &q.angebot)
        .await
        .map_err(|e| staff.html_error(e))?;
    let page = page_of(&state, &staff, target, FormData::parse(b""), Vec::new()).await?;
    Ok(staff.render(page, StatusCode::OK))
}

pub async fn create(
    Query(q): Query<StartQuery>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let orgs = counselling(&staff)?;
    let keys = keys(&state, &staff)?;
    let target = target(&state, &q.angebot)
        .await
        .map_err(|e| staff.html_error(e))?;
    // The sending organisation: one of the counsellor's own, chosen when there are several.
    let sender_org = match form.get("sender_org") {
        "" if orgs.len() == 1 => orgs[0].clone(),
        chosen => match orgs.iter().find(|o| o.as_str() == chosen) {
            Some(o) => o.clone(),
            None => {
                let errors = vec![FieldError {
                    field: "sender_org".into(),
                    key: "referral-error-choose",
                }];
                let page = page_of(&state, &staff, target, form, errors).await?;
                return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
            }
        },
    };
    let draft: Draft = match draft::read(&form, staff.now.today()) {
        Ok(d) => d,
        Err(errors) => {
            let page = page_of(&state, &staff, target, form, errors).await?;
            return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let id = ReferralId::new(uuid::Uuid::new_v4().to_string());
    let account = staff.account.id.clone();
    // A client who goes themselves takes a slip with a code; only its hash is looked up.
    let mut details = draft.details;
    if details.contact == Contact::ClientCalls {
        details.slip_code = Some(slip::generate(|n| rand::random_range(0..n)));
    }
    let slip_code_hash = details.slip_code.as_deref().map(hash_token);
    let new = NewReferral {
        id: id.clone(),
        sender_org,
        sender_account: account.clone(),
        service_id: target.id.clone(),
        receiver_org: target.organization_id.clone(),
        urgency: draft.urgency,
        details,
        consent: draft.consent,
        // The consent holds to the end of its last day, Berlin time.
        consent_valid_until: beratungsnetz_core::clock::berlin_midnight(
            draft.consent_until_day + 1,
        ),
        slip_code_hash,
        service_kind: target.kind.clone(),
        service_district: target.district.clone(),
        now: staff.now.unix,
    };
    state
        .store
        .create_referral(&keys, &new)
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?;
    audit(&state, &staff, &id, "referral-create").await?;
    if draft.send {
        state
            .store
            .apply_referral_event(
                &id,
                Event::Send,
                Party::Sender,
                Some(&account),
                staff.now.unix,
            )
            .await
            .map_err(|e| staff.html_error(AppError::from(e)))?
            .map_err(|_| staff.refuse(StatusCode::CONFLICT, "referral-refused"))?;
        audit(&state, &staff, &id, "referral-send").await?;
        notify::tell(
            &state,
            staff.now,
            &id,
            notify::Whom::Receivers(target.organization_id.clone()),
            true,
        );
    }
    Ok(see_other(&format!("/verwaltung/verweisungen/{id}"), None))
}
