//! GET/POST `/fachtag/angebot/{token}`: a freed place offered by mail. The page names
//! the place and the deadline; the person accepts or declines. The link works once: a
//! used, forged or expired link is refused and changes nothing.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use beratungsnetz_store::StoreError;

use super::mails;
use crate::AppState;
use crate::accounts::session::PageLang;
use crate::accounts::token::hash_token;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame};

#[derive(Template)]
#[template(path = "conference_offer.html")]
struct OfferPage {
    tr: Tr,
    frame: Frame,
    action: String,
    /// After an answer: `accepted` or `declined`.
    answered: Option<&'static str>,
}

fn render(lang: Lang, action: String, answered: Option<&'static str>) -> HtmlResult {
    let html = OfferPage {
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/fachtag", &[]),
        action,
        answered,
    }
    .render()
    .map_err(|e| HtmlError::new(AppError::from(e), lang))?;
    Ok(layout::private(layout::page(html, lang, false)))
}

/// The form to answer; what is offered stands in the mail (the link alone shows no one's
/// registration).
pub async fn show(Path(token): Path<String>, PageLang(lang): PageLang) -> HtmlResult {
    render(lang, format!("/fachtag/angebot/{token}"), None)
}

pub async fn answer(
    State(state): State<AppState>,
    Path(token): Path<String>,
    PageLang(lang): PageLang,
    form: FormData,
) -> HtmlResult {
    let accept = match form.get("answer") {
        "accept" => true,
        "decline" => false,
        _ => {
            return Err(HtmlError::new(
                AppError::bad_request("answer", "accept or decline"),
                lang,
            ));
        }
    };
    let now = state.clock.now();
    let audit = crate::audit::anonymous(now, "offer", "conference_registration");
    let (answered, offers) = state
        .store
        .answer_offer(&hash_token(&token), accept, &mails::new_offer_token, &audit)
        .await
        .map_err(|e| match e {
            StoreError::NotFound => HtmlError::new(
                AppError::refused(StatusCode::NOT_FOUND, "conference-offer-unknown"),
                lang,
            ),
            StoreError::Conflict(_) => HtmlError::new(
                AppError::refused(StatusCode::GONE, "conference-offer-expired"),
                lang,
            ),
            e => HtmlError::new(AppError::from(e), lang),
        })?;
    mails::mail_offers(&state, now, offers)
        .await
        .map_err(|e| HtmlError::new(AppError::from(e), lang))?;
    if answered.accepted {
        mails::accepted(&state, now, &answered)
            .await
            .map_err(|e| HtmlError::new(AppError::from(e), lang))?;
    }
    render(
        lang,
        format!("/fachtag/angebot/{token}"),
        Some(if accept { "accepted" } else { "declined" }),
    )
}
