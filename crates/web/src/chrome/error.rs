//! One error type for every handler. JSON for the API; pages wrap it in [`HtmlError`].

use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;
use thiserror::Error;
use utoipa::ToSchema;

use askama::Template;

use super::i18n::{Lang, Tr};
use super::layout::Frame;

/// The body of every error the JSON API answers.
#[derive(Serialize, ToSchema)]
#[schema(as = Error)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// The HTTP status again.
    #[schema(example = 400)]
    pub status: u16,
    /// What is wrong, in English.
    #[schema(
        example = "unknown place: give a German postcode (\"06108\"), a town (\"Halle (Saale)\") or \"lat,lon\""
    )]
    pub message: String,
    /// The query or path parameter at fault (400 only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "near")]
    pub parameter: Option<String>,
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[derive(Debug, Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("invalid parameter `{param}`: {message}")]
    BadRequest { param: String, message: String },
    /// The request is understood and refused: the key names the message shown.
    #[error("refused ({status}): {key}")]
    Refused {
        status: StatusCode,
        key: &'static str,
    },
    /// Logged, never shown: the client sees a generic message.
    #[error("internal error: {0}")]
    Internal(BoxError),
}

impl AppError {
    pub fn bad_request(param: impl Into<String>, message: impl Into<String>) -> AppError {
        AppError::BadRequest {
            param: param.into(),
            message: message.into(),
        }
    }

    pub fn refused(status: StatusCode, key: &'static str) -> AppError {
        AppError::Refused { status, key }
    }

    pub fn internal(error: impl Into<BoxError>) -> AppError {
        AppError::Internal(error.into())
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            AppError::Refused { status, .. } => *status,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Records internal errors; the rest are the client's and not worth a log line.
    pub(crate) fn log(&self) {
        if let AppError::Internal(e) = self {
            tracing::error!(error = %e, "request failed");
        }
    }

    fn body(&self) -> ErrorBody {
        let message = match self {
            AppError::NotFound => "not found".to_string(),
            AppError::BadRequest { message, .. } => message.clone(),
            AppError::Refused { key, .. } => crate::chrome::i18n::Tr::new(Lang::De).t(key),
            AppError::Internal(_) => "internal server error".to_string(),
        };
        let parameter = match self {
            AppError::BadRequest { param, .. } => Some(param.clone()),
            _ => None,
        };
        ErrorBody {
            error: ErrorDetail {
                status: self.status().as_u16(),
                message,
                parameter,
            },
        }
    }
}

impl From<beratungsnetz_store::StoreError> for AppError {
    fn from(e: beratungsnetz_store::StoreError) -> AppError {
        AppError::internal(e)
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> AppError {
        AppError::internal(e)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        (self.status(), Json(self.body())).into_response()
    }
}

/// What a handler of a page or a form answers.
pub type HtmlResult = Result<Response, HtmlError>;

/// An error on an HTML page: the same error, shown as a page in the reader's language.
#[derive(Debug)]
pub struct HtmlError {
    pub error: AppError,
    pub lang: Lang,
}

impl HtmlError {
    pub fn new(error: impl Into<AppError>, lang: Lang) -> HtmlError {
        HtmlError {
            error: error.into(),
            lang,
        }
    }
}

impl IntoResponse for HtmlError {
    fn into_response(self) -> Response {
        self.error.log();
        let status = self.error.status();
        match error_page(self.lang, &self.error) {
            Ok(html) => (status, Html(html)).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                status.into_response()
            }
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    tr: Tr,
    frame: Frame,
    title_key: &'static str,
    message_key: &'static str,
    param: Option<String>,
}

pub fn error_page(lang: Lang, error: &AppError) -> Result<String, askama::Error> {
    let (title_key, message_key) = match error {
        AppError::NotFound => ("error-not-found-title", "error-not-found"),
        AppError::BadRequest { .. } => ("error-bad-request-title", "error-bad-request"),
        AppError::Refused { key, .. } => ("error-refused-title", *key),
        AppError::Internal(_) => ("error-internal-title", "error-internal"),
    };
    ErrorPage {
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/", &[]),
        title_key,
        message_key,
        param: match error {
            AppError::BadRequest { param, .. } => Some(param.clone()),
            _ => None,
        },
    }
    .render()
}
