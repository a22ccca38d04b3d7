//! Feedback after the day (`/fachtag/anmeldung/{token}/rueckmeldung`): someone checked
//! in grades the day and says what to keep and change, once. The feedback is stored apart
//! from their registration, so coordinators read it without knowing whose it is.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use beratungsnetz_core::conference::after::{FeedbackText, GRADES, read_feedback};
use beratungsnetz_core::conference::registration::MAX_ANSWER;
use beratungsnetz_core::directory::edit::FieldError;
use beratungsnetz_store::StoreError;

use super::personal;
use crate::AppState;
use crate::accounts::session::PageLang;
use crate::accounts::token::hash_token;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;

#[derive(Template)]
#[template(path = "conference_feedback.html")]
struct FeedbackPage {
    tr: Tr,
    frame: Frame,
    event: String,
    back: String,
    action: String,
    given: bool,
    grades: [u8; 5],
    typed: FeedbackText,
    errors: Vec<FieldError>,
    max_text: usize,
}

impl FeedbackPage {
    fn error_for(&self, field: &str) -> Option<String> {
        self.tr.error_for(&self.errors, field)
    }

    fn is_graded(&self, field: &str, grade: &u8) -> bool {
        let chosen = match field {
            "overall" => self.typed.overall,
            _ => self.typed.useful,
        };
        chosen == *grade
    }
}

async fn page(
    state: &AppState,
    token: &str,
    lang: Lang,
    typed: FeedbackText,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let (r, _, p) = personal::find(state, token).await?;
    // Only those who were there give feedback.
    if r.checked_in_at.is_none() {
        return Err(AppError::NotFound);
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let html = FeedbackPage {
        frame: Frame::new(lang, &format!("/fachtag/{}", p.event.year), &[]),
        event: p.event.title.clone(),
        back: format!("/fachtag/anmeldung/{token}"),
        action: format!("/fachtag/anmeldung/{token}/rueckmeldung"),
        given: r.feedback_given != 0,
        grades: GRADES,
        typed,
        errors,
        max_text: MAX_ANSWER * 4,
        tr: Tr::new(lang),
    }
    .render()?;
    Ok(personal::behind_link(html, lang, status))
}

pub async fn form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    PageLang(lang): PageLang,
) -> HtmlResult {
    page(&state, &token, lang, FeedbackText::default(), Vec::new())
        .await
        .map_err(|e| HtmlError::new(e, lang))
}

/// POST: the feedback, once; a second is 409 and changes nothing.
pub async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    PageLang(lang): PageLang,
    form: FormData,
) -> HtmlResult {
    let feedback = match read_feedback(&form) {
        Ok(f) => f,
        Err(errors) => {
            let typed = FeedbackText {
                overall: form.get("overall").parse().unwrap_or_default(),
                useful: form.get("useful").parse().unwrap_or_default(),
                comment: form.get("comment").to_string(),
                wishes: form.get("wishes").to_string(),
            };
            return page(&state, &token, lang, typed, errors)
                .await
                .map_err(|e| HtmlError::new(e, lang));
        }
    };
    if token.len() != 64 {
        return Err(HtmlError::new(AppError::NotFound, lang));
    }
    let now = state.clock.now();
    let audit = crate::audit::anonymous(now, "feedback", "conference_event");
    let id = uuid::Uuid::new_v4().to_string();
    state
        .store
        .give_feedback(&hash_token(&token), &id, &feedback, &audit)
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => HtmlError::new(
                AppError::refused(StatusCode::CONFLICT, "conference-feedback-given"),
                lang,
            ),
            StoreError::NotFound => HtmlError::new(AppError::NotFound, lang),
            e => HtmlError::new(AppError::from(e), lang),
        })?;
    Ok(Redirect::to(&format!("/fachtag/anmeldung/{token}/rueckmeldung")).into_response())
}
