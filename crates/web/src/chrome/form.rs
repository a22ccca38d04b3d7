//! Form bodies (`application/x-www-form-urlencoded`), read whole and kept as pairs, so
//! repeated fields (checkboxes) and unknown fields are both seen. Too large a body or a
//! wrong content type is refused with a page that says so.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::Lang;

/// Largest form accepted: the service form with every box ticked is about 10 KB.
pub const FORM_LIMIT: usize = 64 * 1024;

pub struct FormData {
    pairs: Vec<(String, String)>,
}

impl FormData {
    pub fn parse(body: &[u8]) -> FormData {
        FormData {
            pairs: form_urlencoded::parse(body).into_owned().collect(),
        }
    }

    /// The first value of a field, trimmed; "" if absent.
    pub fn get(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }

    /// Every value of a repeated field.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .collect()
    }

    pub fn has(&self, name: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == name)
    }

    /// Every (field, trimmed value), in the order sent: to show a form again as typed.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.trim()))
    }
}

impl beratungsnetz_core::directory::edit::FormInput for FormData {
    fn get(&self, name: &str) -> &str {
        FormData::get(self, name)
    }
    fn all(&self, name: &str) -> Vec<&str> {
        FormData::all(self, name)
    }
    fn has(&self, name: &str) -> bool {
        FormData::has(self, name)
    }
}

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<FormData, Response> {
        let (lang, _) = Lang::choose(None, req.headers());
        let refuse = |status: StatusCode, key: &'static str| {
            HtmlError {
                error: AppError::refused(status, key),
                lang,
            }
            .into_response()
        };
        let form_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !form_type {
            return Err(refuse(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "error-form-type",
            ));
        }
        let declared = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        if declared.is_some_and(|n| n > FORM_LIMIT) {
            return Err(refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                "error-form-too-large",
            ));
        }
        let req = req.map(|b| axum::body::Body::new(http_body_util::Limited::new(b, FORM_LIMIT)));
        match Bytes::from_request(req, state).await {
            Ok(bytes) => Ok(FormData::parse(&bytes)),
            Err(_) => Err(refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                "error-form-too-large",
            )),
        }
    }
}
