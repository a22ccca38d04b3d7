//! The query parameters the HSDS 3.1 API description defines, each read once: a bad value
//! is a 400 naming the parameter, an empty one counts as absent.

use std::collections::HashMap;

use axum::Json;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query};
use beratungsnetz_core::{clock, geo};
use beratungsnetz_search::Near;
use beratungsnetz_store::Filter;
use serde_json::Value;

use crate::chrome::error::AppError;
use crate::directory::{Window, hsds_page, search};

/// The query string of an HSDS endpoint, or why it could not be read (a 400 naming it).
pub type ListQuery = Result<Query<HashMap<String, String>>, QueryRejection>;
/// The `{id}` of an HSDS record's path, or why it could not be read.
pub type IdPath = Result<Path<String>, PathRejection>;
/// What an HSDS endpoint answers.
pub type HsdsResult = Result<Json<Value>, AppError>;

/// Largest `proximity` in metres.
const MAX_PROXIMITY_M: f64 = 500_000.0;
/// Ids one filter may list (comma-separated).
const MAX_IDS: usize = 100;

/// The query string of one HSDS API request.
pub struct Params(HashMap<String, String>);

impl Params {
    pub fn parse(query: ListQuery) -> Result<Params, AppError> {
        let Query(params) =
            query.map_err(|_| AppError::bad_request("query", "malformed query string"))?;
        Ok(Params(params))
    }

    /// A parameter's value, trimmed; None when absent or empty.
    fn value(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
    }

    /// `page` and `per_page`; and `format`, of which only `json` is served (`ndjson`, the
    /// description's other one, would answer in a content type it does not declare).
    pub fn window(&self) -> Result<Window, AppError> {
        if let Some(format) = self.value("format")
            && !format.eq_ignore_ascii_case("json")
        {
            return Err(AppError::bad_request("format", "only json is supported"));
        }
        Window::from_query(&self.0, true)
    }

    /// A boolean: `true` or `false` (absent: false).
    pub fn flag(&self, name: &str) -> Result<bool, AppError> {
        match self.value(name) {
            None => Ok(false),
            Some(v) if v.eq_ignore_ascii_case("true") => Ok(true),
            Some(v) if v.eq_ignore_ascii_case("false") => Ok(false),
            Some(_) => Err(AppError::bad_request(name, "must be true or false")),
        }
    }

    /// Comma-separated record ids (UUIDs, as HSDS writes them); empty when absent.
    pub fn ids(&self, name: &str) -> Result<Vec<String>, AppError> {
        let ids: Vec<String> = self
            .value(name)
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if ids.len() > MAX_IDS {
            return Err(AppError::bad_request(
                name,
                format!("at most {MAX_IDS} ids"),
            ));
        }
        if let Some(bad) = ids.iter().find(|id| !is_uuid(id)) {
            return Err(AppError::bad_request(
                name,
                format!("`{bad}` is not a UUID"),
            ));
        }
        Ok(ids)
    }

    /// The conditions of `taxonomy_term_id` and `taxonomy_id` (each when given), made
    /// conditions on the listed records by `tagged` (a term given to the record itself,
    /// or to something it stands for).
    pub fn term_filters(&self, tagged: impl Fn(Filter) -> Filter) -> Result<Vec<Filter>, AppError> {
        let mut filters = Vec::new();
        let terms = self.ids("taxonomy_term_id")?;
        if !terms.is_empty() {
            filters.push(tagged(Filter::In("id", terms)));
        }
        let taxonomies = self.ids("taxonomy_id")?;
        if !taxonomies.is_empty() {
            filters.push(tagged(Filter::In("taxonomy_id", taxonomies)));
        }
        Ok(filters)
    }

    /// Free text (`search`), within the length the search accepts.
    pub fn text(&self, name: &str) -> Result<Option<String>, AppError> {
        let text = search::check_text(name, self.value(name))?;
        Ok(Some(text).filter(|t| !t.is_empty()))
    }

    /// `modified_after` as a UTC timestamp that compares with stored ones as text.
    pub fn modified_after(&self) -> Result<Option<String>, AppError> {
        self.value("modified_after")
            .map(|raw| {
                clock::utc_timestamp(raw).ok_or_else(|| {
                    AppError::bad_request(
                        "modified_after",
                        "must be a date (2025-01-15) or a date-time with offset \
                         (2025-01-15T09:00:00Z)",
                    )
                })
            })
            .transpose()
    }

    /// `postcode` (a German postal code, whose centroid is the point) and `proximity` (metres
    /// around it; without it the search's default radius).
    pub fn place(&self) -> Result<Option<Near>, AppError> {
        let proximity = self
            .value("proximity")
            .map(|raw| {
                raw.parse::<f64>()
                    .ok()
                    .filter(|m| m.is_finite() && *m > 0.0 && *m <= MAX_PROXIMITY_M)
                    .ok_or_else(|| {
                        AppError::bad_request(
                            "proximity",
                            format!(
                                "must be a distance in metres above 0 and at most {MAX_PROXIMITY_M}"
                            ),
                        )
                    })
            })
            .transpose()?;
        match (self.value("postcode"), proximity) {
            (None, Some(_)) => Err(AppError::bad_request("proximity", "needs `postcode`")),
            (None, None) => Ok(None),
            (Some(plz), proximity) => {
                let place = (plz.len() == 5 && plz.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| geo::gazetteer().by_plz(plz))
                    .flatten()
                    .ok_or_else(|| {
                        AppError::bad_request(
                            "postcode",
                            format!("unknown German postcode `{plz}`"),
                        )
                    })?;
                Ok(Some(Near {
                    lat: place.lat,
                    lon: place.lon,
                    radius_km: proximity.map_or(search::DEFAULT_RADIUS_KM, |m| m / 1000.0),
                }))
            }
        }
    }
}

/// Only the hyphenated form, which is how HSDS writes ids.
pub fn is_uuid(id: &str) -> bool {
    id.len() == 36 && uuid::Uuid::parse_str(id).is_ok()
}

/// The `{id}` of a path: a UUID, or a 400 naming `id`.
pub fn path_id(
    path: Result<axum::extract::Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<String, AppError> {
    let not_uuid = || AppError::bad_request("id", "must be a UUID");
    let axum::extract::Path(id) = path.map_err(|_| not_uuid())?;
    if is_uuid(&id) {
        Ok(id)
    } else {
        Err(not_uuid())
    }
}

/// Where a window starts, never overflowing (a far page is simply empty).
pub fn offset(window: Window) -> u64 {
    window
        .page
        .saturating_sub(1)
        .saturating_mul(window.per_page)
}

/// An HSDS `Page` of `contents`.
pub fn page(total: u64, window: Window, contents: Vec<Value>) -> Value {
    hsds_page(total, window, contents)
}
