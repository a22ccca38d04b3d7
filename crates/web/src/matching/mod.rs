//! Case matching for counsellors ("Fallkonstellation", `/verwaltung/fallkonstellation`):
//! several needs of one client at once, answered per need by the rules in
//! `beratungsnetz_core::matching` over the services the search index finds near the
//! place. Nothing about the client is stored; the case travels in the address only.

pub mod api;
pub mod case;
pub mod page;

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/verwaltung/fallkonstellation", get(page::page))
}
