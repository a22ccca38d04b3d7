//! `/passwort-vergessen` and `/passwort-neu/{token}`: a link by mail, valid for an hour,
//! once. The answer never tells whether an address has an account.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use beratungsnetz_core::accounts::normalize_email;
use beratungsnetz_store::accounts::{AttemptLimit, OneTimeToken, TokenKind};

use super::link::{self, Link};
use super::session::{self, AnonymousForm, form_token};
use super::token::{hash_token, random_token};
use super::{notice, render, see_other};
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;

pub const RESET_SECONDS: i64 = 3600;
/// Reset mails per address and hour.
const MAX_RESETS: u64 = 5;

#[derive(Template)]
#[template(path = "forgot.html")]
struct ForgotPage {
    tr: Tr,
    frame: Frame,
    csrf: String,
}

pub async fn form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (lang, _) = Lang::choose(None, &headers);
    let (csrf, cookie) = form_token(&state, &headers);
    let page = ForgotPage {
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/passwort-vergessen", &[]),
        csrf,
    };
    render(page, lang, StatusCode::OK, cookie)
}

pub async fn submit(AnonymousForm { state, lang, form }: AnonymousForm) -> HtmlResult {
    let html = |e: AppError| HtmlError { error: e, lang };
    if let Some(email) = normalize_email(form.get("email")) {
        let now = state.clock.unix();
        let account = state
            .store
            .account_by_email(&email)
            .await
            .map_err(|e| html(e.into()))?;
        if let Some(account) = account.filter(|a| !a.disabled) {
            // In the background: the answer takes as long whether an account exists or not.
            let mailing = state.clone();
            state.background.spawn("password-reset-mail", async move {
                send_reset(&mailing, &account.email, now, lang).await
            });
        }
    }
    Ok(notice(
        lang,
        StatusCode::OK,
        "reset-sent-title",
        "reset-sent",
        None,
    ))
}

/// Makes a reset link and mails it.
async fn send_reset(state: &AppState, email: &str, now: i64, lang: Lang) -> Result<(), AppError> {
    let limit = AttemptLimit {
        key: format!("reset:{email}"),
        max: MAX_RESETS,
        since: now - 3600,
    };
    // Reserved, so a burst of requests sends no more mails than the limit.
    if !state
        .store
        .reserve_attempt(&random_token(), &[limit], now)
        .await?
    {
        return Ok(());
    }
    let token = random_token();
    state
        .store
        .create_token(
            &hash_token(&token),
            &OneTimeToken {
                kind: TokenKind::PasswordReset,
                email: email.to_string(),
                membership: None,
                created_by: None,
                created_at: now,
                expires_at: now + RESET_SECONDS,
                used_at: None,
                lang: None,
            },
            None,
        )
        .await?;
    let tr = Tr::new(lang);
    let link = format!("{}/passwort-neu/{token}", state.config.public_url);
    let body = tr.plain("mail-reset-body", &[("link", link)]);
    state
        .mailer
        .send(
            state.store.as_ref(),
            state.clock.now(),
            email,
            &tr.attr("mail-reset-subject"),
            &body,
            Some(&token),
        )
        .await
        .map_err(AppError::internal)
}

pub async fn new_password_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> HtmlResult {
    link::show(&state, &headers, &token, Link::PasswordReset).await
}

pub async fn new_password(Path(token): Path<String>, posted: AnonymousForm) -> HtmlResult {
    let account = match link::redeem(&posted, &token, Link::PasswordReset).await? {
        Ok(r) => r.account,
        Err(page) => return Ok(page),
    };
    tracing::info!("password reset");
    let lang = posted.lang;
    if account.totp_secret.is_some() {
        // A mailbox alone must not pass the second factor: sign in with the code.
        return Ok(notice(
            lang,
            StatusCode::OK,
            "reset-done-title",
            "reset-done-sign-in",
            Some(("/anmelden".into(), "login-title")),
        ));
    }
    let cookie = session::start(&posted.state, &account)
        .await
        .map_err(|error| HtmlError { error, lang })?;
    Ok(see_other("/verwaltung", Some(cookie)))
}
