//! Reading what a page request says: its query, the reader's language, an id in the path;
//! and the short excerpts lists show.

use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::Lang;

/// The first characters of a text, cut at a word.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    let Some((cut, _)) = text.char_indices().nth(max) else {
        return text.to_string();
    };
    let head = &text[..cut];
    let head = head
        .rfind(char::is_whitespace)
        .map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end())
}

/// The reader's language from the query pairs and headers.
pub fn choose_lang(pairs: &[(String, String)], headers: &HeaderMap) -> (Lang, bool) {
    let q = pairs
        .iter()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v.as_str());
    Lang::choose(q, headers)
}

/// A page request's query pairs and the reader's language (and whether to set its
/// cookie). As an extractor, a malformed query string is answered with a 400 page.
pub struct PageQuery {
    pub pairs: Vec<(String, String)>,
    pub lang: Lang,
    pub set_cookie: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for PageQuery {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<PageQuery, Response> {
        match Query::<Vec<(String, String)>>::from_request_parts(parts, state).await {
            Ok(Query(pairs)) => {
                let (lang, set_cookie) = choose_lang(&pairs, &parts.headers);
                Ok(PageQuery {
                    pairs,
                    lang,
                    set_cookie,
                })
            }
            Err(_) => {
                let (lang, _) = Lang::choose(None, &parts.headers);
                Err(HtmlError {
                    error: AppError::bad_request("query", "malformed query string"),
                    lang,
                }
                .into_response())
            }
        }
    }
}

/// Checks a path id: a hyphenated UUID.
pub fn check_id(path: Result<Path<String>, PathRejection>) -> Result<String, AppError> {
    let not_uuid = || AppError::bad_request("id", "must be a UUID");
    let Path(id) = path.map_err(|_| not_uuid())?;
    if id.len() != 36 || uuid::Uuid::parse_str(&id).is_err() {
        return Err(not_uuid());
    }
    Ok(id)
}
