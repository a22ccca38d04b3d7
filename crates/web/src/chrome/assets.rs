//! The site's own static files (stylesheet, scripts, the map), cached for a year: each
//! URL carries a version that changes with the file.

use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::error::AppError;

pub const CSS: &str = include_str!("../../static/style.css");

pub const SUGGEST_JS: &str = include_str!("../../static/suggest.js");

/// GET `/static/suggest.js`: suggestions while typing, cached for a year.
pub async fn suggest_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        SUGGEST_JS,
    )
        .into_response()
}

pub const CHECKIN_JS: &str = include_str!("../../static/checkin.js");

/// GET `/static/checkin.js`: the check-in desk's camera, live counts and offline queue.
pub async fn checkin_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        CHECKIN_JS,
    )
        .into_response()
}

/// GET `/static/leaflet/{file}`, `/static/map.js`: the map, served by this site.
pub async fn map_asset(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    let (body, kind): (&'static [u8], &str) = match file.as_str() {
        "leaflet.js" => (
            include_bytes!("../../static/vendor/leaflet/leaflet.js"),
            "text/javascript; charset=utf-8",
        ),
        "leaflet.css" => (
            include_bytes!("../../static/vendor/leaflet/leaflet.css"),
            "text/css; charset=utf-8",
        ),
        "map.js" => (
            include_bytes!("../../static/map.js"),
            "text/javascript; charset=utf-8",
        ),
        "marker-icon.png" => (
            include_bytes!("../../static/vendor/leaflet/images/marker-icon.png"),
            "image/png",
        ),
        "marker-icon-2x.png" => (
            include_bytes!("../../static/vendor/leaflet/images/marker-icon-2x.png"),
            "image/png",
        ),
        "marker-shadow.png" => (
            include_bytes!("../../static/vendor/leaflet/images/marker-shadow.png"),
            "image/png",
        ),
        _ => return AppError::NotFound.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response()
}

/// GET `/static/style.css`: the one stylesheet, cached for a year.
pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        CSS,
    )
        .into_response()
}
