//! `/verwaltung/ort/{id}`: a location of an organization — name, address (coordinates
//! from the postal code), accessibility. Every service offered there is re-indexed.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_core::directory::rules;
use beratungsnetz_core::geo;
use beratungsnetz_core::hsds::{Entity, Record};
use beratungsnetz_store::Edit;
use serde::Serialize;
use serde_json::{Map, json};

use super::fields::{child_id, record};
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

/// Rows of accessibility notes a form can carry.
const MAX_ACCESS: usize = 12;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LocationFields {
    pub name: String,
    pub address_1: String,
    pub postal_code: String,
    pub city: String,
    /// (description, details)
    pub accessibility: Vec<(String, String)>,
}

struct Current {
    location: Record,
    address: Option<Record>,
    accessibility: Vec<Record>,
    services: Vec<String>,
}

impl LocationFields {
    fn of(c: &Current) -> LocationFields {
        let s = |r: &Record, f: &str| r.str(f).unwrap_or_default().to_string();
        LocationFields {
            name: s(&c.location, "name"),
            address_1: c
                .address
                .as_ref()
                .map(|a| s(a, "address_1"))
                .unwrap_or_default(),
            postal_code: c
                .address
                .as_ref()
                .map(|a| s(a, "postal_code"))
                .unwrap_or_default(),
            city: c.address.as_ref().map(|a| s(a, "city")).unwrap_or_default(),
            accessibility: c
                .accessibility
                .iter()
                .map(|a| (s(a, "description"), s(a, "details")))
                .collect(),
        }
    }

    fn from_form(form: &FormData) -> (LocationFields, Vec<(String, &'static str)>) {
        let mut errors = Vec::new();
        let mut text = |name: &str, max: usize| {
            let (v, problem) = rules::text(form.get(name), max, name.starts_with("access_details"));
            if let Some(key) = problem {
                errors.push((name.to_string(), key));
            }
            v
        };
        let mut f = LocationFields {
            name: text("name", 200),
            address_1: text("address_1", 200),
            postal_code: text("postal_code", 5),
            city: text("city", 100),
            accessibility: Vec::new(),
        };
        for i in 0..MAX_ACCESS {
            let d = text(&format!("access_{i}"), 200);
            let details = text(&format!("access_details_{i}"), 1000);
            if !d.is_empty() || !details.is_empty() {
                f.accessibility.push((d, details));
            }
        }
        if f.name.is_empty() {
            errors.push(("name".into(), "field-required"));
        }
        if !f.postal_code.is_empty() && geo::gazetteer().by_plz(&f.postal_code).is_none() {
            errors.push(("postal_code".into(), "field-plz-unknown"));
        }
        // An address is whole or absent: HSDS requires street, postal code and town.
        let parts = [
            ("address_1", &f.address_1),
            ("postal_code", &f.postal_code),
            ("city", &f.city),
        ];
        if parts.iter().any(|(_, v)| !v.is_empty()) {
            for (name, v) in parts {
                if v.is_empty() {
                    errors.push((name.into(), "field-required"));
                }
            }
        }
        if form.has(&format!("access_{MAX_ACCESS}")) {
            errors.push(("accessibility".into(), "field-too-many"));
        }
        (f, errors)
    }
}

pub struct AccessRow {
    pub i: usize,
    pub description: String,
    pub details: String,
}

#[derive(Template)]
#[template(path = "admin_location.html")]
struct LocationPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    id: String,
    organization: String,
    version: i64,
    fields: Vec<TextField>,
    access: Vec<AccessRow>,
    errors: Vec<(String, String, String)>,
    access_error: Option<String>,
    saved: bool,
}

async fn load(state: &AppState, staff: &Staff, id: &str) -> Result<Current, HtmlError> {
    let store = state.store.as_ref();
    let ids = [id.to_string()];
    let html = |e: beratungsnetz_store::StoreError| staff.html_error(e);
    let location = store
        .fetch_by(Entity::Location, "id", &ids)
        .await
        .map_err(html)?
        .into_iter()
        .next()
        .ok_or_else(|| staff.html_error(AppError::NotFound))?;
    if !staff.grants.may_edit(location.str("organization_id")) {
        tracing::warn!("edit refused: not an editor of this organization");
        return Err(staff.refuse(StatusCode::FORBIDDEN, "error-not-yours"));
    }
    let address = store
        .fetch_by(Entity::Address, "location_id", &ids)
        .await
        .map_err(html)?
        .into_iter()
        .find(|a| a.str("address_type") != Some("postal"));
    let accessibility = store
        .fetch_by(Entity::Accessibility, "location_id", &ids)
        .await
        .map_err(html)?;
    let services = store
        .fetch_by(Entity::ServiceAtLocation, "location_id", &ids)
        .await
        .map_err(html)?
        .iter()
        .filter_map(|r| r.str("service_id").map(str::to_string))
        .collect();
    Ok(Current {
        location,
        address,
        accessibility,
        services,
    })
}

/// The label of a field, for the list of problems.
fn label_key(field: &str) -> &'static str {
    match field {
        "name" => "field-name",
        "address_1" => "field-street",
        "postal_code" => "field-postal-code",
        "city" => "field-city",
        _ => "location-section-access",
    }
}

fn page_of(
    state: &AppState,
    staff: &Staff,
    c: &Current,
    f: &LocationFields,
    errors: &[(String, &'static str)],
    saved: bool,
    version: i64,
) -> LocationPage {
    let tr = Tr::new(staff.lang);
    let error = |name: &str| errors.iter().find(|(f, _)| f == name).map(|(_, k)| tr.t(k));
    let field = |name: &'static str, key: &str, value: &str, kind: &'static str| TextField {
        name,
        label: tr.t(key),
        value: value.to_string(),
        kind,
        rows: 0,
        german: kind == "text",
        required: name == "name",
        error: error(name),
    };
    let fields = vec![
        field("name", "field-name", &f.name, "text"),
        field("address_1", "field-street", &f.address_1, "text"),
        field("postal_code", "field-postal-code", &f.postal_code, "text"),
        field("city", "field-city", &f.city, "text"),
    ];
    let mut access: Vec<AccessRow> = f
        .accessibility
        .iter()
        .enumerate()
        .map(|(i, (d, x))| AccessRow {
            i,
            description: d.clone(),
            details: x.clone(),
        })
        .collect();
    let n = access.len();
    access.extend((n..(n + 2).min(MAX_ACCESS)).map(|i| AccessRow {
        i,
        description: String::new(),
        details: String::new(),
    }));
    LocationPage {
        frame: Frame::new(
            staff.lang,
            &format!("/verwaltung/ort/{}", c.location.id),
            &[],
        ),
        nav: Nav::new(staff, state),
        id: c.location.id.clone(),
        organization: c
            .location
            .str("organization_id")
            .unwrap_or_default()
            .to_string(),
        version,
        fields,
        access,
        errors: errors
            .iter()
            .map(|(f, k)| (f.clone(), tr.t(label_key(f)), tr.t(k)))
            .collect(),
        access_error: error("accessibility"),
        saved,
        tr,
    }
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Path(id): Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> HtmlResult {
    let version = super::version_of(&state, &staff, Entity::Location, &id).await?;
    let c = load(&state, &staff, &id).await?;
    let saved = query.is_some_and(|q| q.contains("gespeichert=1"));
    let page = page_of(
        &state,
        &staff,
        &c,
        &LocationFields::of(&c),
        &[],
        saved,
        version,
    );
    Ok(staff.render(page, StatusCode::OK))
}

pub async fn save(
    Path(id): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let version = super::seen_version(&state, &staff, &form, Entity::Location, &id).await?;
    let c = load(&state, &staff, &id).await?;
    let (f, errors) = LocationFields::from_form(&form);
    if !errors.is_empty() {
        let page = page_of(&state, &staff, &c, &f, &errors, false, version);
        return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let before = LocationFields::of(&c);
    if before != f {
        let (upserts, deletes) = records(&c, &before, &f);
        let org = c.location.str("organization_id").map(str::to_string);
        let edit = Edit {
            upserts,
            deletes,
            services: c.services.clone(),
            audit: vec![audit(
                &staff,
                "update",
                "location",
                &id,
                org.as_deref(),
                serde_json::to_string(&before).ok(),
                serde_json::to_string(&f).ok(),
            )],
            expect: vec![(Entity::Location, id.clone(), version)],
        };
        super::save_edit(&state, &staff, &edit).await?;
        tracing::info!("location updated");
    }
    Ok(see_other(
        &format!("/verwaltung/ort/{id}?gespeichert=1"),
        None,
    ))
}

/// The records that make the location say what `f` says.
fn records(c: &Current, before: &LocationFields, f: &LocationFields) -> super::fields::Changes {
    let id = &c.location.id;
    let mut upserts = Vec::new();
    let mut deletes = Vec::new();
    let place = geo::gazetteer().by_plz(&f.postal_code);
    let mut loc = c.location.fields.clone();
    loc.insert("name".into(), json!(f.name));
    if let Some(p) = place
        && (f.postal_code != before.postal_code || loc.get("latitude").is_none())
    {
        loc.insert("latitude".into(), json!(p.lat));
        loc.insert("longitude".into(), json!(p.lon));
    }
    upserts.push((Entity::Location, record(id, loc)));

    let empty = f.address_1.is_empty() && f.postal_code.is_empty() && f.city.is_empty();
    match (&c.address, empty) {
        (Some(a), true) => deletes.push((Entity::Address, a.id.clone())),
        (_, false) => {
            let address_id = c
                .address
                .as_ref()
                .map_or_else(|| child_id(id, "address", "0"), |a| a.id.clone());
            let mut a: Map<String, serde_json::Value> = c
                .address
                .as_ref()
                .map(|a| a.fields.clone())
                .unwrap_or_default();
            a.insert("id".into(), json!(address_id));
            a.insert("location_id".into(), json!(id));
            a.insert("address_1".into(), json!(f.address_1));
            a.insert("city".into(), json!(f.city));
            a.insert("postal_code".into(), json!(f.postal_code));
            a.insert("country".into(), json!("DE"));
            a.entry("address_type").or_insert(json!("physical"));
            a.entry("state_province").or_insert(json!("Sachsen-Anhalt"));
            if let Some(p) = place {
                a.insert("region".into(), json!(p.district));
                let state = geo::state_name(&p.state_code).unwrap_or(&p.state_code);
                a.insert("state_province".into(), json!(state));
            }
            upserts.push((Entity::Address, record(&address_id, a)));
        }
        (None, true) => {}
    }

    if before.accessibility != f.accessibility {
        let ids: Vec<String> = (0..f.accessibility.len())
            .map(|i| child_id(id, "accessibility", &i.to_string()))
            .collect();
        for a in &c.accessibility {
            if !ids.contains(&a.id) {
                deletes.push((Entity::Accessibility, a.id.clone()));
            }
        }
        for ((d, x), aid) in f.accessibility.iter().zip(&ids) {
            let mut m = Map::new();
            m.insert("id".into(), json!(aid));
            m.insert("location_id".into(), json!(id));
            m.insert("description".into(), json!(d));
            if !x.is_empty() {
                m.insert("details".into(), json!(x));
            }
            upserts.push((Entity::Accessibility, record(aid, m)));
        }
    }
    (upserts, deletes)
}
