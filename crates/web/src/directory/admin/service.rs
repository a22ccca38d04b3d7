//! `/verwaltung/angebot/{id}`: the form of one service (what, for whom, languages, hours,
//! contact, cost) and "still correct" with one click. Saved changes reach search on every
//! node through the change log.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_core::hsds::{Entity, Record};
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_store::Edit;

use super::fields::{
    Current, FieldError, Hours, LANGUAGE_CODES, MAX_HOURS, MODES, ServiceFields, WEEKDAYS,
};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::audit::audit;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;
use beratungsnetz_core::clock;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// A group of boxes: kinds, needs, target groups, languages.
pub struct Group {
    pub name: &'static str,
    pub legend: &'static str,
    pub choices: Vec<Choice>,
    pub error: Option<String>,
}

/// A text field of a form (`rows` > 0: a text area).
pub struct TextField {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub kind: &'static str,
    pub rows: u8,
    pub german: bool,
    pub required: bool,
    pub error: Option<String>,
}

pub struct HoursRow {
    pub i: usize,
    pub h: Hours,
    pub day_error: Option<String>,
    pub opens_error: Option<String>,
    pub closes_error: Option<String>,
}

#[derive(Template)]
#[template(path = "admin_service.html")]
struct ServicePage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    id: String,
    version: i64,
    organization: Option<(String, String)>,
    f: ServiceFields,
    /// (field, its label, the message).
    errors: Vec<(String, String, String)>,
    what: Vec<TextField>,
    contact: Vec<TextField>,
    access: Vec<TextField>,
    groups: Vec<Group>,
    status_error: Option<String>,
    statuses: Vec<(&'static str, String)>,
    hours_error: Option<String>,
    hours: Vec<HoursRow>,
    weekdays: Vec<(&'static str, String)>,
    modes: Vec<(&'static str, String)>,
    saved: bool,
    verified: Option<String>,
}

/// The label key of each field, for messages that name the field.
fn label_key(field: &str) -> &'static str {
    match field.split('_').next().unwrap_or_default() {
        "name" => "field-name",
        "alternate" => "field-alternate-name",
        "description" => "field-description",
        "email" => "field-email",
        "url" => "field-url",
        "status" => "field-status",
        "phone" => "field-phone",
        "fees" => "field-fees",
        "application" => "field-application",
        "eligibility" => "field-eligibility",
        "kinds" => "detail-kinds",
        "needs" => "detail-needs",
        "targets" => "detail-for-whom",
        "languages" => "label-languages",
        "locations" => "field-locations",
        "day" => "hours-day",
        "opens" => "hours-opens",
        "closes" => "hours-closes",
        "mode" => "hours-mode",
        "note" => "hours-note",
        _ => "detail-hours",
    }
}

/// The service and the records its form shows; 404 if there is none, 403 if `staff` may
/// not edit it.
async fn load(state: &AppState, staff: &Staff, id: &str) -> Result<Current, HtmlError> {
    let store = state.store.as_ref();
    let ids = [id.to_string()];
    let version = super::version_of(state, staff, Entity::Service, id).await?;
    let service = store
        .fetch_by(Entity::Service, "id", &ids)
        .await
        .map_err(|e| staff.html_error(e))?
        .into_iter()
        .next()
        .ok_or_else(|| staff.html_error(AppError::NotFound))?;
    if !staff.grants.may_edit(service.str("organization_id")) {
        tracing::warn!("edit refused: not an editor of this organization");
        return Err(staff.refuse(StatusCode::FORBIDDEN, "error-not-yours"));
    }
    let by_service = async |entity: Entity, column: &str| -> Result<Vec<Record>, HtmlError> {
        store
            .fetch_by(entity, column, &ids)
            .await
            .map_err(|e| staff.html_error(e))
    };
    let org = service.str("organization_id").map(str::to_string);
    let org_locations = match &org {
        Some(o) => store
            .fetch_by(Entity::Location, "organization_id", std::slice::from_ref(o))
            .await
            .map_err(|e| staff.html_error(e))?
            .into_iter()
            .map(|r| r.id)
            .collect(),
        None => Vec::new(),
    };
    Ok(Current {
        service_at_locations: by_service(Entity::ServiceAtLocation, "service_id").await?,
        org_locations,
        attributes: by_service(Entity::Attribute, "link_id").await?,
        languages: by_service(Entity::Language, "service_id").await?,
        schedules: by_service(Entity::Schedule, "service_id").await?,
        phones: by_service(Entity::Phone, "service_id").await?,
        cost_options: by_service(Entity::CostOption, "service_id").await?,
        service: Some(service),
        version,
    })
}

fn choices(facet: Facet, chosen: &std::collections::BTreeSet<String>, lang: &str) -> Vec<Choice> {
    taxonomy::terms_of(facet)
        .map(|t| Choice {
            value: t.code.to_string(),
            label: t.label(lang).to_string(),
            checked: chosen.contains(t.code),
        })
        .collect()
}

async fn page_of(
    state: &AppState,
    staff: &Staff,
    id: &str,
    current: &Current,
    f: ServiceFields,
    errors: Vec<FieldError>,
    saved: bool,
) -> ServicePage {
    let tr = Tr::new(staff.lang);
    let lang = staff.lang.code();
    let service = current.service.as_ref();
    let org_id = service
        .and_then(|s| s.str("organization_id"))
        .map(str::to_string);
    let organization = match &org_id {
        Some(o) => state
            .store
            .fetch_by(Entity::Organization, "id", std::slice::from_ref(o))
            .await
            .ok()
            .and_then(|v| v.into_iter().next())
            .map(|r| (r.id.clone(), r.str("name").unwrap_or_default().to_string())),
        None => None,
    };
    let error = |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| tr.t(e.key))
    };
    let mut rows: Vec<Hours> = f.hours.clone();
    // Room for three more rows.
    let n = rows.len();
    rows.extend((n..(n + 3).min(MAX_HOURS)).map(|_| Hours::default()));
    let hours = rows
        .into_iter()
        .enumerate()
        .map(|(i, h)| HoursRow {
            i,
            h,
            day_error: error(&format!("day_{i}")),
            opens_error: error(&format!("opens_{i}")),
            closes_error: error(&format!("closes_{i}")),
        })
        .collect();
    let field = |name: &'static str, value: &str, kind: &'static str, rows: u8| TextField {
        name,
        label: tr.t(label_key(name)),
        value: value.to_string(),
        kind,
        rows,
        german: kind == "text",
        required: name == "name",
        error: error(name),
    };
    let what = vec![
        field("name", &f.name, "text", 0),
        field("alternate_name", &f.alternate_name, "text", 0),
        field("description", &f.description, "text", 6),
    ];
    let contact = vec![
        field("phone", &f.phone, "tel", 0),
        field("email", &f.email, "email", 0),
        field("url", &f.url, "url", 0),
    ];
    let access = vec![
        field("fees_description", &f.fees_description, "text", 3),
        field("application_process", &f.application_process, "text", 3),
        field(
            "eligibility_description",
            &f.eligibility_description,
            "text",
            3,
        ),
    ];
    let group = |name: &'static str, choices: Vec<Choice>| Group {
        name,
        legend: label_key(name),
        choices,
        error: error(name),
    };
    let mut groups = vec![
        group("kinds", choices(Facet::ServiceKind, &f.kinds, lang)),
        group("needs", choices(Facet::Need, &f.needs, lang)),
        group("targets", choices(Facet::TargetGroup, &f.targets, lang)),
        group(
            "languages",
            LANGUAGE_CODES
                .iter()
                .map(|c| Choice {
                    value: (*c).to_string(),
                    label: crate::directory::labels::language_label(c, lang),
                    checked: f.languages.contains(*c),
                })
                .collect(),
        ),
    ];
    let mut location_ids: Vec<String> = current.org_locations.clone();
    for sal in &current.service_at_locations {
        if let Some(l) = sal.str("location_id")
            && !location_ids.iter().any(|x| x == l)
        {
            location_ids.push(l.to_string());
        }
    }
    let store = state.store.as_ref();
    let locations = store
        .fetch_by(Entity::Location, "id", &location_ids)
        .await
        .unwrap_or_default();
    let addresses = store
        .fetch_by(Entity::Address, "location_id", &location_ids)
        .await
        .unwrap_or_default();
    let location_choices = locations
        .iter()
        .map(|l| {
            let city = addresses
                .iter()
                .find(|a| a.str("location_id") == Some(l.id.as_str()))
                .and_then(|a| a.str("city"));
            let name = l.str("name").unwrap_or(&l.id);
            Choice {
                value: l.id.clone(),
                label: match city {
                    Some(c) => format!("{name} ({c})"),
                    None => name.to_string(),
                },
                checked: f.locations.contains(&l.id),
            }
        })
        .collect();
    groups.push(group("locations", location_choices));
    let status_error = error("status");
    let hours_error = error("hours");
    let error_list = errors
        .iter()
        .map(|e| (e.field.clone(), tr.t(label_key(&e.field)), tr.t(e.key)))
        .collect();
    ServicePage {
        frame: Frame::new(staff.lang, &format!("/verwaltung/angebot/{id}"), &[]),
        nav: Nav::new(staff, state),
        id: id.to_string(),
        version: current.version,
        organization,
        errors: error_list,
        what,
        contact,
        access,
        groups,
        status_error,
        statuses: super::fields::STATUSES
            .iter()
            .map(|st| (*st, tr.t(&format!("status-{}", st.replace(' ', "-")))))
            .collect(),
        hours_error,
        hours,
        weekdays: WEEKDAYS
            .iter()
            .map(|d| (*d, tr.t(&format!("weekday-{}", d.to_lowercase()))))
            .collect(),
        modes: MODES
            .iter()
            .map(|m| {
                let key = if *m == "online" { "video" } else { m };
                (*m, tr.t(&format!("label-mode-{key}")))
            })
            .collect(),
        verified: service
            .and_then(|s| s.str("assured_date").or_else(|| s.str("last_modified")))
            .map(|d| crate::directory::detail::shown_date(d, staff.lang)),
        f,
        saved,
        tr,
    }
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Path(id): Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> HtmlResult {
    let current = load(&state, &staff, &id).await?;
    let f = ServiceFields::from_records(&current);
    let saved = query.is_some_and(|q| q.contains("gespeichert=1"));
    let page = page_of(&state, &staff, &id, &current, f, Vec::new(), saved).await;
    Ok(staff.render(page, StatusCode::OK))
}

pub async fn save(
    Path(id): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let current = load(&state, &staff, &id).await?;
    let service = current.service.as_ref();
    super::check_seen(&staff, &form, current.version)?;
    let (f, errors) = ServiceFields::from_form(&form, &current);
    if !errors.is_empty() {
        let page = page_of(&state, &staff, &id, &current, f, errors, false).await;
        return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let before = ServiceFields::from_records(&current);
    if before == f {
        return Ok(see_other(
            &format!("/verwaltung/angebot/{id}?gespeichert=1"),
            None,
        ));
    }
    let (upserts, deletes) = f.to_records(&current, &id, &staff.now.iso_timestamp(), |code| {
        crate::directory::labels::language_label(code, "de")
    });
    let org = service.and_then(|s| s.str("organization_id"));
    let to_json = |v: &ServiceFields| serde_json::to_string(v).ok();
    let edit = Edit {
        upserts,
        deletes,
        services: vec![id.clone()],
        audit: vec![audit(
            &staff,
            "update",
            "service",
            &id,
            org,
            to_json(&before),
            to_json(&f),
        )],
        expect: vec![(Entity::Service, id.clone(), current.version)],
    };
    super::save_edit(&state, &staff, &edit).await?;
    tracing::info!("service updated");
    Ok(see_other(
        &format!("/verwaltung/angebot/{id}?gespeichert=1"),
        None,
    ))
}

/// POST `/verwaltung/angebot/{id}/bestaetigen`: "still correct" sets the verification
/// date to today.
pub async fn confirm(
    Path(id): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let current = load(&state, &staff, &id).await?;
    let Some(service) = current.service else {
        return Err(staff.html_error(AppError::NotFound));
    };
    let today = clock::iso_date(staff.now.today());
    let before = service.str("assured_date").map(str::to_string);
    let mut fields = service.fields.clone();
    fields.insert("assured_date".into(), serde_json::json!(today));
    let org = service.str("organization_id").map(str::to_string);
    let edit = Edit {
        upserts: vec![(Entity::Service, super::fields::record(&id, fields))],
        deletes: Vec::new(),
        services: Vec::new(),
        audit: vec![audit(
            &staff,
            "confirm",
            "service",
            &id,
            org.as_deref(),
            before.map(|d| serde_json::json!({ "assured_date": d }).to_string()),
            Some(serde_json::json!({ "assured_date": today }).to_string()),
        )],
        // The fields were copied from what was read: refuse if they changed since.
        expect: vec![(Entity::Service, id.clone(), current.version)],
    };
    super::save_edit(&state, &staff, &edit).await?;
    let back = form.get("back");
    let back = if crate::accounts::session::admin_path(back) {
        back.to_string()
    } else {
        format!("/verwaltung/angebot/{id}")
    };
    Ok(see_other(&back, None))
}
