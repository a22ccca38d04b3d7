//! Reading what a page request says: its query, the reader's language, an id in the path;
//! and the short excerpts lists show.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query};
use axum::http::HeaderMap;

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

/// A page's query pairs, the reader's language, and whether to set the language cookie.
pub type PageQuery = (Vec<(String, String)>, Lang, bool);

/// The query pairs of a page and the reader's language (and whether to set its cookie);
/// a malformed query string is answered with a 400 page.
pub fn read_query(
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    headers: &HeaderMap,
) -> Result<PageQuery, HtmlError> {
    match query {
        Ok(Query(pairs)) => {
            let (lang, set_cookie) = choose_lang(&pairs, headers);
            Ok((pairs, lang, set_cookie))
        }
        Err(_) => {
            let (lang, _) = Lang::choose(None, headers);
            Err(HtmlError {
                error: AppError::bad_request("query", "malformed query string"),
                lang,
            })
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
