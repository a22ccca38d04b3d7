//! `/verwaltung/traeger/{id}`: an organization's details and its services with their
//! verification dates; editors confirm each with one click.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_core::directory::rules;
use beratungsnetz_core::hsds::{Entity, Record};
use beratungsnetz_core::ids::OrganizationId;
use beratungsnetz_store::Edit;
use serde_json::json;

use super::fields::record;
use super::freshness::{Freshness, freshness_of};
use super::service::TextField;
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::audit::audit;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;
use beratungsnetz_core::clock;

pub struct ServiceLine {
    pub id: String,
    pub name: String,
    pub verified: String,
    pub freshness: Freshness,
}

pub struct LocationLine {
    pub id: String,
    pub name: String,
    pub city: String,
}

#[derive(Template)]
#[template(path = "admin_organization.html")]
struct OrganizationPage {
    locations: Vec<LocationLine>,
    tr: Tr,
    frame: Frame,
    nav: Nav,
    id: String,
    name: String,
    may_edit: bool,
    fields: Vec<TextField>,
    version: i64,
    services: Vec<ServiceLine>,
    /// The addresses of everyone who edits this organization.
    editors: Vec<String>,
    saved: bool,
}

const FIELDS: [(&str, &str, &str, u8, usize); 4] = [
    ("name", "field-name", "text", 0, 200),
    ("description", "field-description", "text", 5, 5000),
    ("email", "field-email", "email", 0, 254),
    ("website", "field-url", "url", 0, 500),
];

async fn load(state: &AppState, staff: &Staff, id: &str) -> Result<Record, HtmlError> {
    state
        .store
        .fetch_by(Entity::Organization, "id", &[id.to_string()])
        .await
        .map_err(|e| staff.html_error(e))?
        .into_iter()
        .next()
        .ok_or_else(|| staff.html_error(AppError::NotFound))
}

async fn page_of(
    state: &AppState,
    staff: &Staff,
    org: &Record,
    values: &FormData,
    errors: &[(&'static str, &'static str)],
    saved: bool,
    version: i64,
) -> Result<OrganizationPage, HtmlError> {
    let tr = Tr::new(staff.lang);
    let today = staff.now.today();
    let mut services: Vec<ServiceLine> = state
        .store
        .fetch_by(
            Entity::Service,
            "organization_id",
            std::slice::from_ref(&org.id),
        )
        .await
        .map_err(|e| staff.html_error(e))?
        .into_iter()
        .map(|s| {
            let verified = s
                .str("assured_date")
                .or_else(|| s.str("last_modified"))
                .map(|d| d.chars().take(10).collect::<String>())
                .unwrap_or_default();
            ServiceLine {
                freshness: freshness_of(&verified, today),
                name: s.str("name").unwrap_or_default().to_string(),
                id: s.id,
                verified: crate::directory::detail::shown_date(&verified, staff.lang),
            }
        })
        .collect();
    services.sort_by(|a, b| a.name.cmp(&b.name));
    let html = |e: beratungsnetz_store::StoreError| staff.html_error(e);
    let location_records = state
        .store
        .fetch_by(
            Entity::Location,
            "organization_id",
            std::slice::from_ref(&org.id),
        )
        .await
        .map_err(html)?;
    let location_ids: Vec<String> = location_records.iter().map(|l| l.id.clone()).collect();
    let addresses = state
        .store
        .fetch_by(Entity::Address, "location_id", &location_ids)
        .await
        .map_err(html)?;
    let mut locations: Vec<LocationLine> = location_records
        .iter()
        .map(|l| LocationLine {
            id: l.id.clone(),
            name: l.str("name").unwrap_or_default().to_string(),
            city: addresses
                .iter()
                .find(|a| a.str("location_id") == Some(l.id.as_str()))
                .and_then(|a| a.str("city"))
                .unwrap_or_default()
                .to_string(),
        })
        .collect();
    locations.sort_by(|a, b| a.name.cmp(&b.name));
    let fields = FIELDS
        .iter()
        .map(|(name, key, kind, rows, _)| TextField {
            name,
            label: tr.t(key),
            value: if values.has(name) {
                values.get(name).to_string()
            } else {
                org.str(name).unwrap_or_default().to_string()
            },
            kind,
            rows: *rows,
            german: *kind == "text",
            required: *name == "name",
            error: errors.iter().find(|(f, _)| f == name).map(|(_, k)| tr.t(k)),
        })
        .collect();
    let editors = state
        .store
        .editors_of(&[OrganizationId::new(org.id.as_str())])
        .await
        .map_err(|e| staff.html_error(e))?
        .into_iter()
        .map(|e| e.email)
        .collect();
    Ok(OrganizationPage {
        editors,
        locations,
        frame: Frame::new(staff.lang, &format!("/verwaltung/traeger/{}", org.id), &[]),
        nav: Nav::new(staff, state),
        id: org.id.clone(),
        name: org.str("name").unwrap_or_default().to_string(),
        may_edit: staff.grants.may_edit(Some(&org.id)),
        version,
        fields,
        services,
        saved,
        tr,
    })
}

fn is_member(staff: &Staff, org: &str) -> bool {
    staff.grants.is_coordinator()
        || staff
            .grants
            .memberships
            .iter()
            .any(|m| m.organization_id.as_ref().is_some_and(|o| *o == org))
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Path(id): Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> HtmlResult {
    // Before looking it up: whether an id exists is not told to people it does not concern.
    if !is_member(&staff, &id) {
        return Err(staff.refuse(StatusCode::FORBIDDEN, "error-not-yours"));
    }
    let version = super::version_of(&state, &staff, Entity::Organization, &id).await?;
    let org = load(&state, &staff, &id).await?;
    let saved = query.is_some_and(|q| q.contains("gespeichert=1"));
    let page = page_of(
        &state,
        &staff,
        &org,
        &FormData::parse(b""),
        &[],
        saved,
        version,
    )
    .await?;
    Ok(staff.render(page, StatusCode::OK))
}

pub async fn save(
    Path(id): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    if !staff.grants.may_edit(Some(&id)) {
        tracing::warn!("edit refused: not an editor of this organization");
        return Err(staff.refuse(StatusCode::FORBIDDEN, "error-not-yours"));
    }
    let org = load(&state, &staff, &id).await?;
    let version = super::seen_version(&state, &staff, &form, Entity::Organization, &id).await?;
    let mut errors = Vec::new();
    for (name, _, _, rows, max) in FIELDS {
        if let (_, Some(key)) = rules::text(form.get(name), max, rows > 0) {
            errors.push((name, key));
        }
    }
    // HSDS requires both.
    for required in ["name", "description"] {
        if form.get(required).is_empty() {
            errors.push((required, "field-required"));
        }
    }
    let email = form.get("email");
    if !email.is_empty() && beratungsnetz_core::accounts::normalize_email(email).is_none() {
        errors.push(("email", "field-email-invalid"));
    }
    let web = form.get("website");
    if !(web.is_empty() || rules::web_address(web)) {
        errors.push(("website", "field-url-invalid"));
    }
    if !errors.is_empty() {
        let page = page_of(&state, &staff, &org, &form, &errors, false, version).await?;
        return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let mut fields = org.fields.clone();
    let mut before = serde_json::Map::new();
    let mut after = serde_json::Map::new();
    for (name, ..) in FIELDS {
        let old = org.str(name).unwrap_or_default();
        let new = form.get(name);
        if old != new {
            before.insert(name.into(), json!(old));
            after.insert(name.into(), json!(new));
        }
        if new.is_empty() {
            fields.remove(name);
        } else {
            fields.insert(name.into(), json!(new));
        }
    }
    if !after.is_empty() {
        let edit = Edit {
            upserts: vec![(Entity::Organization, record(&id, fields))],
            deletes: Vec::new(),
            services: Vec::new(),
            audit: vec![audit(
                &staff,
                "update",
                "organization",
                &id,
                Some(&id),
                Some(serde_json::Value::Object(before).to_string()),
                Some(serde_json::Value::Object(after).to_string()),
            )],
            expect: vec![(Entity::Organization, id.clone(), version)],
        };
        super::save_edit(&state, &staff, &edit).await?;
        tracing::info!("organization updated");
    }
    Ok(see_other(
        &format!("/verwaltung/traeger/{id}?gespeichert=1"),
        None,
    ))
}

/// The name a "new …" form sent: required, one line, at most 200 characters.
fn new_name<'a>(staff: &Staff, form: &'a FormData) -> Result<&'a str, HtmlError> {
    let name = form.get("name");
    if name.is_empty() || name.chars().count() > 200 || name.chars().any(char::is_control) {
        return Err(staff.refuse(StatusCode::UNPROCESSABLE_ENTITY, "error-name-required"));
    }
    Ok(name)
}

/// Writes one new record with its audit entry; returns its id.
async fn create(
    state: &AppState,
    staff: &Staff,
    entity: Entity,
    org: Option<&str>,
    fields: serde_json::Map<String, serde_json::Value>,
) -> Result<String, HtmlError> {
    let id = uuid::Uuid::new_v4().to_string();
    // A new organization is its own.
    let org = org.unwrap_or(&id).to_string();
    let mut fields = fields;
    fields.insert("id".into(), json!(id));
    let after = serde_json::Value::Object(fields.clone()).to_string();
    let edit = Edit {
        upserts: vec![(entity, record(&id, fields))],
        deletes: Vec::new(),
        services: Vec::new(),
        audit: vec![audit(
            staff,
            "create",
            entity.table(),
            &id,
            Some(&org),
            None,
            Some(after),
        )],
        expect: Vec::new(),
    };
    super::save_edit(state, staff, &edit).await?;
    tracing::info!(entity = entity.table(), "record created");
    Ok(id)
}

/// The first fields of a record a "new …" form of an organization's page adds (its
/// organization, the name sent), once the person may add to that organization.
async fn new_in(
    state: &AppState,
    staff: &Staff,
    org: &str,
    form: &FormData,
) -> Result<serde_json::Map<String, serde_json::Value>, HtmlError> {
    load(state, staff, org).await?;
    if !staff.grants.may_edit(Some(org)) {
        return Err(staff.refuse(StatusCode::FORBIDDEN, "error-not-yours"));
    }
    let name = new_name(staff, form)?;
    let mut fields = serde_json::Map::new();
    fields.insert("organization_id".into(), json!(org));
    fields.insert("name".into(), json!(name));
    Ok(fields)
}

/// POST `/verwaltung/traeger/{id}/angebot-neu`: a new service of the organization.
pub async fn new_service(
    Path(org): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let mut fields = new_in(&state, &staff, &org, &form).await?;
    fields.insert("status".into(), json!("active"));
    fields.insert("last_modified".into(), json!(staff.now.iso_timestamp()));
    fields.insert(
        "assured_date".into(),
        json!(clock::iso_date(staff.now.today())),
    );
    let id = create(&state, &staff, Entity::Service, Some(&org), fields).await?;
    Ok(see_other(&format!("/verwaltung/angebot/{id}"), None))
}

/// POST `/verwaltung/traeger/{id}/ort-neu`: a new location of the organization.
pub async fn new_location(
    Path(org): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let mut fields = new_in(&state, &staff, &org, &form).await?;
    fields.insert("location_type".into(), json!("physical"));
    let id = create(&state, &staff, Entity::Location, Some(&org), fields).await?;
    Ok(see_other(&format!("/verwaltung/ort/{id}"), None))
}

/// POST `/verwaltung/traeger-neu`: coordinators take a new organization into the network.
pub async fn new_organization(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    staff.coordinator_only()?;
    let name = new_name(&staff, &form)?;
    let mut fields = serde_json::Map::new();
    fields.insert("name".into(), json!(name));
    // HSDS requires a description; the editors write the real one.
    fields.insert("description".into(), json!(name));
    let id = create(&state, &staff, Entity::Organization, None, fields).await?;
    Ok(see_other(&format!("/verwaltung/traeger/{id}"), None))
}
