//! GET `/traeger/{id}` (an organization and its services) and `/region/{district}` (the
//! services of one district).

use askama::Template;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::hsds::Entity;

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
    ListingPage {
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

/// GET `/region/{district}`: a district key such as 15089.
pub async fn region(
    State(state): State<AppState>,
    headers: HeaderMap,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let (lang, set_cookie) = lang_of(&headers, query);
    let result = match path {
        Ok(Path(key)) => render_region(&state, &key, lang),
        Err(_) => Err(AppError::bad_request("district", "must be a district key")),
    };
    respond(result, lang, set_cookie)
}

fn render_region(state: &AppState, key: &str, lang: Lang) -> Result<String, AppError> {
    if key.len() != 5 || !key.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::bad_request(
            "district",
            "must be a district key of five digits",
        ));
    }
    if !labels::is_district(key) {
        return Err(AppError::NotFound);
    }
    let pairs = vec![
        ("district".to_string(), key.to_string()),
        ("sort".to_string(), "name".to_string()),
    ];
    let parsed = search::parse(pairs, state.clock.now())?;
    let resp = search::run(state, parsed.request.clone(), 1, REGION_LIMIT)?;
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
    }
    .render()
    .map_err(AppError::from)
}
