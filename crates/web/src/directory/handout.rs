//! GET `/handzettel?id=…&id=…`: a printable sheet of chosen services in the client's
//! language and in German side by side.

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use super::detail::{DetailView, load, view};
use crate::AppState;
use crate::error::{AppError, HtmlError};
use crate::i18n::{Lang, Tr};
use crate::layout::{self, Frame};

/// Services one handout lists at most.
pub const MAX_SERVICES: usize = 20;

#[derive(Template)]
#[template(path = "handout.html")]
struct HandoutPage {
    tr: Tr,
    de: Tr,
    frame: Frame,
    bilingual: bool,
    items: Vec<(DetailView, DetailView)>,
}

pub async fn page(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let (pairs, lang, set_cookie) = match super::results::read_query(query, &headers) {
        Ok(read) => read,
        Err(error) => return error.into_response(),
    };
    match render(&state, &pairs, lang).await {
        Ok(html) => layout::page(html, lang, set_cookie),
        Err(error) => HtmlError { error, lang }.into_response(),
    }
}

/// The ids asked for: hyphenated UUIDs, at least one, at most [`MAX_SERVICES`].
pub fn ids(pairs: &[(String, String)]) -> Result<Vec<String>, AppError> {
    let mut ids: Vec<String> = Vec::new();
    for (k, v) in pairs {
        match k.as_str() {
            "lang" => {}
            "id" => {
                for id in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if id.len() != 36 || uuid::Uuid::parse_str(id).is_err() {
                        return Err(AppError::bad_request("id", "must be a UUID"));
                    }
                    if !ids.iter().any(|x| x == id) {
                        ids.push(id.to_string());
                    }
                }
            }
            other => {
                let name: String = other.chars().take(64).collect();
                return Err(AppError::bad_request(name, "unknown parameter"));
            }
        }
    }
    if ids.is_empty() {
        return Err(AppError::bad_request("id", "give at least one service id"));
    }
    if ids.len() > MAX_SERVICES {
        return Err(AppError::bad_request(
            "id",
            format!("at most {MAX_SERVICES} services"),
        ));
    }
    Ok(ids)
}

async fn render(
    state: &AppState,
    pairs: &[(String, String)],
    lang: Lang,
) -> Result<String, AppError> {
    let ids = ids(pairs)?;
    let mut items = Vec::new();
    for id in &ids {
        let (v, doc) = load(state, id).await?;
        items.push((view(&v, &doc, lang), view(&v, &doc, Lang::De)));
    }
    let keep: Vec<(&str, String)> = ids.iter().map(|id| ("id", id.clone())).collect();
    HandoutPage {
        tr: Tr::new(lang),
        de: Tr::new(Lang::De),
        frame: Frame::new(lang, "/handzettel", &keep),
        bilingual: lang != Lang::De,
        items,
    }
    .render()
    .map_err(AppError::from)
}
