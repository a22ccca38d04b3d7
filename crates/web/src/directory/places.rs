//! GET `/traeger/{id}` (an organization and its services) and `/region/{district}` (the
//! services of one district).

use askama::Template;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::geo;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::taxonomy::{self, Facet};

use super::request::{check_id, choose_lang, excerpt};
use super::{labels, search};
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame, href};

/// Services a region page lists at most.
const REGION_LIMIT: u64 = 100;

pub struct Item {
    pub href: String,
    pub name: String,
    pub organization: Option<String>,
    pub city: Option<String>,
    pub excerpt: Option<String>,
}

/// What a district page adds to its list: a search within the district, and which needs
/// the district's services cover (with links) and which none of them does.
pub struct RegionView {
    pub key: String,
    pub covered: Vec<(String, String, u64)>,
    pub missing: Vec<String>,
}

/// Where an organisation is and how to call it.
#[derive(Default)]
pub struct ContactView {
    pub addresses: Vec<Vec<String>>,
    pub phones: Vec<super::detail::Phone>,
    pub email: Option<String>,
}

#[derive(Template)]
#[template(path = "listing.html")]
struct ListingPage {
    tr: Tr,
    frame: Frame,
    title: String,
    description: Option<String>,
    website: Option<String>,
    list_heading_key: &'static str,
    total: u64,
    items: Vec<Item>,
    region: Option<RegionView>,
    contact: Option<ContactView>,
}

fn respond(result: Result<String, AppError>, lang: Lang, set_cookie: bool) -> Response {
    match result {
        Ok(html) => layout::page(html, lang, set_cookie),
        Err(error) => HtmlError { error, lang }.into_response(),
    }
}

fn lang_of(
    headers: &HeaderMap,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> (Lang, bool) {
    let pairs = query.map(|Query(p)| p).unwrap_or_default();
    choose_lang(&pairs, headers)
}

/// GET `/traeger/{id}`.
pub async fn organization(
    State(state): State<AppState>,
    headers: HeaderMap,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let (lang, set_cookie) = lang_of(&headers, query);
    let result = match check_id(path) {
        Ok(id) => render_organization(&state, &id, lang).await,
        Err(e) => Err(e),
    };
    respond(result, lang, set_cookie)
}

async fn render_organization(state: &AppState, id: &str, lang: Lang) -> Result<String, AppError> {
    let ids = [id.to_string()];
    let org = state
        .store
        .fetch_by(Entity::Organization, "id", &ids)
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let mut services = state
        .store
        .fetch_by(Entity::Service, "organization_id", &ids)
        .await?;
    services.sort_by(|a, b| a.str("name").cmp(&b.str("name")));
    let items: Vec<Item> = services
        .iter()
        .map(|s| Item {
            href: href(lang, &format!("/angebot/{}", s.id), &[]),
            name: s.str("name").unwrap_or_default().to_string(),
            organization: None,
            city: None,
            excerpt: s
                .str("description")
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(|d| excerpt(d, 160)),
        })
        .collect();
    let text = |k: &str| {
        org.str(k)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let service_ids: Vec<String> = services.iter().map(|s| s.id.clone()).collect();
    let contact = contact_of(state, id, &service_ids, text("email")).await?;
    ListingPage {
        region: None,
        contact: Some(contact),
        tr: Tr::new(lang),
        frame: Frame::new(lang, &format!("/traeger/{id}"), &[]),
        title: text("name").unwrap_or_default(),
        description: text("description"),
        website: text("website").filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        list_heading_key: "org-services",
        total: items.len() as u64,
        items,
    }
    .render()
    .map_err(AppError::from)
}

/// The organisation's addresses (of its locations) and phone numbers (its own, then its
/// locations').
async fn contact_of(
    state: &AppState,
    org: &str,
    services: &[String],
    email: Option<String>,
) -> Result<ContactView, AppError> {
    let ids = [org.to_string()];
    let locations = state
        .store
        .fetch_by(Entity::Location, "organization_id", &ids)
        .await?;
    let mut location_ids: Vec<String> = locations.iter().map(|l| l.id.clone()).collect();
    // Where its services are offered counts too (locations need not name their owner).
    for sal in state
        .store
        .fetch_by(Entity::ServiceAtLocation, "service_id", services)
        .await?
    {
        if let Some(l) = sal.str("location_id")
            && !location_ids.iter().any(|x| x == l)
        {
            location_ids.push(l.to_string());
        }
    }
    let addresses = state
        .store
        .fetch_by(Entity::Address, "location_id", &location_ids)
        .await?;
    let mut phones = state
        .store
        .fetch_by(Entity::Phone, "organization_id", &ids)
        .await?;
    phones.extend(
        state
            .store
            .fetch_by(Entity::Phone, "location_id", &location_ids)
            .await?,
    );
    let mut view = ContactView {
        email,
        ..ContactView::default()
    };
    for a in addresses
        .iter()
        .filter(|a| a.str("address_type") != Some("postal"))
    {
        let town = [a.str("postal_code"), a.str("city")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let lines: Vec<String> = [a.str("address_1").map(str::to_string), Some(town)]
            .into_iter()
            .flatten()
            .filter(|l| !l.trim().is_empty())
            .collect();
        if !lines.is_empty() && !view.addresses.contains(&lines) {
            view.addresses.push(lines);
        }
    }
    for p in &phones {
        if let Some(n) = p.str("number").map(str::trim).filter(|n| !n.is_empty())
            && !view.phones.iter().any(|x| x.number == n)
        {
            view.phones.push(super::detail::Phone::new(n));
        }
    }
    Ok(view)
}

/// GET `/region/{district}`: a district key such as 15089.
pub async fn region(
    State(state): State<AppState>,
    headers: HeaderMap,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let (lang, set_cookie) = lang_of(&headers, query);
    // `/region/salzlandkreis`: a name instead of the key leads to its district.
    if let Ok(Path(name)) = &path
        && !name.bytes().all(|b| b.is_ascii_digit())
        && let Some(key) = geo::district_by_name(&name.replace('-', " "))
    {
        return axum::response::Redirect::permanent(&href(lang, &format!("/region/{key}"), &[]))
            .into_response();
    }
    let result = match path {
        Ok(Path(key)) => render_region(&state, &key, lang),
        Err(_) => Err(AppError::bad_request("district", "must be a district key")),
    };
    respond(result, lang, set_cookie)
}

fn render_region(state: &AppState, key: &str, lang: Lang) -> Result<String, AppError> {
    if key.len() != 5 || !key.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::NotFound);
    }
    if !labels::is_district(key) {
        return Err(AppError::NotFound);
    }
    let pairs = vec![
        ("district".to_string(), key.to_string()),
        ("sort".to_string(), "name".to_string()),
    ];
    let parsed = search::parse(pairs, state.clock.now())?;
    let mut request = parsed.request.clone();
    request.facets = true;
    let resp = search::run(state, request, 1, REGION_LIMIT)?;
    let code = lang.code();
    let needs = resp.facets.get("need");
    let mut covered = Vec::new();
    let mut missing = Vec::new();
    for term in taxonomy::terms_of(Facet::Need) {
        let label = term.label(code).to_string();
        match needs.and_then(|n| n.get(term.code)).copied().unwrap_or(0) {
            0 => missing.push(label),
            n => {
                let need = term.code.trim_start_matches("need:").to_string();
                let link = href(
                    lang,
                    "/suche",
                    &[("district", key.to_string()), ("need", need)],
                );
                covered.push((label, link, n));
            }
        }
    }
    let items: Vec<Item> = resp
        .hits
        .iter()
        .map(|h| Item {
            href: href(lang, &format!("/angebot/{}", h.summary.id), &[]),
            name: h.summary.name.clone(),
            organization: Some(h.summary.organization.clone()).filter(|o| !o.is_empty()),
            city: search::hit_city(h, &parsed),
            excerpt: None,
        })
        .collect();
    let tr = Tr::new(lang);
    ListingPage {
        title: tr.arg("region-title", "name", &labels::district_label(key)),
        tr,
        frame: Frame::new(lang, &format!("/region/{key}"), &[]),
        description: None,
        website: None,
        list_heading_key: "results-title",
        total: resp.total,
        items,
        region: Some(RegionView {
            key: key.to_string(),
            covered,
            missing,
        }),
        contact: None,
    }
    .render()
    .map_err(AppError::from)
}
