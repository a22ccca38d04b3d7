//! The directory of counselling services: the public list page, the HSDS API and search.

pub mod admin;
pub mod cache;
pub mod detail;
pub mod handout;
pub mod home;
pub mod hsds;
pub mod icons;
pub mod labels;
pub mod places;
pub mod reminders;
pub mod request;
pub mod results;
pub mod search;
pub mod search_answer;
pub mod search_query;
pub mod suggest;
pub mod way_forward;

use std::collections::HashMap;

use axum::Router;
use axum::routing::{get, post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::{ServiceRow, Store};

use serde_json::{Value, json};

use crate::AppState;
use crate::chrome::error::AppError;

/// Services per page on the HTML list and the API default.
pub const PER_PAGE: u64 = 25;
/// Services on one handout at most.
pub const HANDOUT_LIMIT: usize = 20;
/// Largest `per_page` the API accepts.
pub const MAX_PER_PAGE: u64 = 100;

/// One page of the service list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// 1-based.
    pub page: u64,
    pub per_page: u64,
}

impl Window {
    /// Reads `page`, and `per_page` where the caller may choose it.
    pub fn from_query(
        params: &HashMap<String, String>,
        per_page_param: bool,
    ) -> Result<Window, AppError> {
        let page = match params.get("page") {
            None => 1,
            Some(raw) => parse_positive(raw, u64::MAX).ok_or_else(|| {
                AppError::bad_request("page", "must be a whole number of at least 1")
            })?,
        };
        let per_page = match params.get("per_page") {
            Some(raw) if per_page_param => parse_positive(raw, MAX_PER_PAGE).ok_or_else(|| {
                AppError::bad_request(
                    "per_page",
                    format!("must be a whole number from 1 to {MAX_PER_PAGE}"),
                )
            })?,
            _ => PER_PAGE,
        };
        Ok(Window { page, per_page })
    }

    pub fn total_pages(&self, total: u64) -> u64 {
        total.div_ceil(self.per_page)
    }
}

fn parse_positive(raw: &str, max: u64) -> Option<u64> {
    raw.parse::<u64>().ok().filter(|n| (1..=max).contains(n))
}

/// The total number of services and the rows of one window of them, ordered by name.
pub async fn load(store: &dyn Store, window: Window) -> Result<(u64, Vec<ServiceRow>), AppError> {
    let total = store.count(Entity::Service).await?;
    // Pages past the end are empty; this also keeps huge offsets away from SQL.
    if window.page > window.total_pages(total) {
        return Ok((total, Vec::new()));
    }
    let offset = (window.page - 1) * window.per_page;
    let rows = store.services_page(offset, window.per_page).await?;
    Ok((total, rows))
}

/// An HSDS `Page`.
pub fn hsds_page(total: u64, window: Window, contents: Vec<Value>) -> Value {
    let total_pages = window.total_pages(total);
    json!({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": window.page,
        "size": contents.len(),
        "first_page": window.page == 1,
        "last_page": window.page >= total_pages,
        "empty": contents.is_empty(),
        "contents": contents,
    })
}

/// The JSON API: each route with its operation in the OpenAPI document.
pub fn api() -> OpenApiRouter<AppState> {
    use hsds::aliases;
    OpenApiRouter::default()
        .routes(routes!(search::search))
        .routes(routes!(suggest::suggest))
        .routes(routes!(aliases::list_v1))
        .routes(routes!(aliases::one_v1))
        .routes(routes!(aliases::list_root))
        .routes(routes!(aliases::one_root))
        .merge(hsds::api())
}

/// The public pages and editing in the signed-in area.
pub fn router() -> Router<AppState> {
    use admin::{freshness, location, organization, service, vocabulary};
    Router::new()
        .route("/", get(home::page))
        .route("/suche", get(results::page))
        .route("/angebot/{id}", get(detail::page))
        .route("/handzettel", get(handout::page))
        .route("/handzettel.pdf", get(handout::pdf))
        .route("/traeger/{id}", get(places::organization))
        .route("/region/{district}", get(places::region))
        .route("/verwaltung", get(admin::home::page))
        .route(
            "/verwaltung/traeger/{id}",
            get(organization::page).post(organization::save),
        )
        .route(
            "/verwaltung/traeger/{id}/angebot-neu",
            post(organization::new_service),
        )
        .route(
            "/verwaltung/traeger/{id}/ort-neu",
            post(organization::new_location),
        )
        .route(
            "/verwaltung/traeger-neu",
            post(organization::new_organization),
        )
        .route(
            "/verwaltung/ort/{id}",
            get(location::page).post(location::save),
        )
        .route(
            "/verwaltung/angebot/{id}",
            get(service::page).post(service::save),
        )
        .route(
            "/verwaltung/angebot/{id}/bestaetigen",
            post(service::confirm),
        )
        .route("/verwaltung/aktualitaet", get(freshness::page))
        .route(
            "/verwaltung/taxonomie",
            get(vocabulary::page).post(vocabulary::change),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn window_defaults_and_bounds() {
        assert_eq!(
            Window::from_query(&q(&[]), true).unwrap(),
            Window {
                page: 1,
                per_page: 25
            }
        );
        let w = Window::from_query(&q(&[("page", "3"), ("per_page", "100")]), true).unwrap();
        assert_eq!(
            w,
            Window {
                page: 3,
                per_page: 100
            }
        );
        assert_eq!(w.total_pages(201), 3);
        for (k, v) in [
            ("page", "0"),
            ("page", "-1"),
            ("page", ""),
            ("per_page", "101"),
        ] {
            match Window::from_query(&q(&[(k, v)]), true) {
                Err(AppError::BadRequest { param, .. }) => assert_eq!(param, k),
                other => panic!("{k}={v}: {other:?}"),
            }
        }
        // The HTML list has a fixed page size and ignores per_page.
        let w = Window::from_query(&q(&[("per_page", "1000")]), false).unwrap();
        assert_eq!(w.per_page, PER_PAGE);
    }
}
