//! `/einladung/{token}`: accepting an invitation. A new person sets a password; someone
//! with an account already gets the role added and signs in as usual.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use beratungsnetz_store::accounts::TokenKind;

use super::reset::{SetPasswordPage, checked_password, link_token, token_problem};
use super::session::{self, check_anonymous_form, form_token};
use super::token::hash_token;
use super::{notice, render, see_other};
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::Lang;

/// Invitations are valid for a week.
pub const INVITATION_SECONDS: i64 = 7 * 86_400;

async fn has_password(state: &AppState, email: &str) -> Result<bool, AppError> {
    Ok(state
        .store
        .account_by_email(email)
        .await?
        .is_some_and(|a| a.password_hash.is_some()))
}

pub async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> HtmlResult {
    let (lang, _) = Lang::choose(None, &headers);
    let html = |e: AppError| HtmlError { error: e, lang };
    let t = match link_token(&state, &token, TokenKind::Invitation, lang).await? {
        Ok(t) => t,
        Err(page) => return Ok(page),
    };
    let ask_password = !has_password(&state, &t.email).await.map_err(html)?;
    let (csrf, cookie) = form_token(&state, &headers);
    let page = SetPasswordPage::new(
        lang,
        csrf,
        format!("/einladung/{token}"),
        true,
        t.email,
        ask_password,
        None,
    );
    Ok(render(page, lang, StatusCode::OK, cookie))
}

pub async fn accept(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    form: FormData,
) -> HtmlResult {
    let (lang, _) = Lang::choose(None, &headers);
    check_anonymous_form(&headers, &form, lang)?;
    let html = |e: AppError| HtmlError { error: e, lang };
    let t = match link_token(&state, &token, TokenKind::Invitation, lang).await? {
        Ok(t) => t,
        Err(page) => return Ok(page),
    };
    let ask_password = !has_password(&state, &t.email).await.map_err(html)?;
    let hash = if ask_password {
        match checked_password(&form) {
            Ok(p) => Some(super::password::hash(p).await.map_err(html)?),
            Err(key) => {
                let page = SetPasswordPage::new(
                    lang,
                    form.get("csrf").to_string(),
                    format!("/einladung/{token}"),
                    true,
                    t.email,
                    ask_password,
                    Some(key),
                );
                return Ok(render(page, lang, StatusCode::UNPROCESSABLE_ENTITY, None));
            }
        }
    } else {
        None
    };
    let account = match state
        .store
        .redeem_token(&hash_token(&token), hash.as_deref(), state.clock.unix())
        .await
        .map_err(|e| html(e.into()))?
    {
        Ok(a) => a,
        Err(p) => return Ok(token_problem(lang, p)),
    };
    tracing::info!("invitation accepted");
    if ask_password {
        let cookie = session::start(&state, &account).await.map_err(html)?;
        Ok(see_other("/verwaltung", Some(cookie)))
    } else {
        Ok(notice(
            lang,
            StatusCode::OK,
            "invite-accepted-title",
            "invite-accepted",
            Some(("/anmelden".into(), "login-title")),
        ))
    }
}
