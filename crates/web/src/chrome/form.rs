//! Form bodies (`application/x-www-form-urlencoded`), read whole and kept as pairs, so
//! repeated fields (checkboxes) and unknown fields are both seen. Too large a body or a
//! wrong content type is refused with a page that says so.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use beratungsnetz_core::directory::edit::{FormInput, Pairs};

use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::Lang;

/// Largest form accepted: the service form with every box ticked is about 10 KB.
pub const FORM_LIMIT: usize = 64 * 1024;

/// A form body's fields as sent ([`Pairs`]: the first value of a field, every value of a
/// repeated one, in order), read from a request.
pub struct FormData(Pairs);

impl FormData {
    pub fn parse(body: &[u8]) -> FormData {
        FormData(Pairs(form_urlencoded::parse(body).into_owned().collect()))
    }
}

impl std::ops::Deref for FormData {
    type Target = Pairs;
    fn deref(&self) -> &Pairs {
        &self.0
    }
}

impl FormInput for FormData {
    fn get(&self, name: &str) -> &str {
        self.0.get(name)
    }
    fn all(&self, name: &str) -> Vec<&str> {
        self.0.all(name)
    }
    fn has(&self, name: &str) -> bool {
        self.0.has(name)
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
