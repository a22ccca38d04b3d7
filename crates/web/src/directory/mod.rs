//! The directory of counselling services: the public list page, the HSDS API and search.

pub mod api;
pub mod cache;
pub mod detail;
pub mod handout;
pub mod home;
pub mod icons;
pub mod labels;
pub mod places;
pub mod results;
pub mod search;
pub mod suggest;

use std::collections::HashMap;

use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::{ServiceRow, Store};

use crate::error::AppError;

/// Services per page on the HTML list and the API default.
pub const PER_PAGE: u64 = 25;
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
