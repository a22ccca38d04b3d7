//! What every page shares, in one place: the frame around the content (`layout`), the
//! language and its strings (`i18n`), errors and error pages (`error`), forms and their
//! CSRF token (`form`), numbers as each language writes them (`numbers`), response headers (`security`), the navigation of the signed-in
//! area (`staff`) and the site's static files (`assets`).

pub mod assets;
pub mod error;
pub mod form;
pub mod i18n;
pub mod layout;
pub mod numbers;
pub mod security;
pub mod staff;

use axum::Router;
use axum::routing::get;

use crate::AppState;

/// The static files.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/static/style.css", get(assets::stylesheet))
        .route("/static/suggest.js", get(assets::suggest_script))
        .route("/static/checkin.js", get(assets::checkin_script))
        .route("/static/leaflet/{file}", get(assets::map_asset))
        .route("/static/leaflet/images/{file}", get(assets::map_asset))
}
