//! `/passwort-vergessen` and `/passwort-neu/{token}`: a link by mail, valid for an hour,
//! once. The answer never tells whether an address has an account.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use beratungsnetz_core::accounts::{PasswordProblem, check_password, normalize_email};
use beratungsnetz_store::accounts::{AttemptLimit, OneTimeToken, TokenKind, TokenProblem};

use super::session::{self, check_anonymous_form, form_token};
use super::token::{hash_token, random_token};
use super::{notice, render, see_other};
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
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

pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: FormData,
) -> HtmlResult {
    let (lang, _) = Lang::choose(None, &headers);
    check_anonymous_form(&headers, &form, lang)?;
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

#[derive(Template)]
#[template(path = "set_password.html")]
pub struct SetPasswordPage {
    pub tr: Tr,
    pub frame: Frame,
    pub csrf: String,
    pub action: String,
    pub title_key: &'static str,
    pub intro_key: &'static str,
    pub email: String,
    /// False when the account has a password already (an invitation only adds a role).
    pub ask_password: bool,
    pub error_key: Option<&'static str>,
}

impl SetPasswordPage {
    /// The page of an invitation (`invitation`) or a password reset, posting to `action`.
    pub fn new(
        lang: Lang,
        csrf: String,
        action: String,
        invitation: bool,
        email: String,
        ask_password: bool,
        error_key: Option<&'static str>,
    ) -> SetPasswordPage {
        let (title_key, intro_key) = if invitation {
            ("invite-title", "invite-intro")
        } else {
            ("reset-title", "reset-intro")
        };
        SetPasswordPage {
            tr: Tr::new(lang),
            frame: Frame::new(lang, "/anmelden", &[]),
            csrf,
            action,
            title_key,
            intro_key,
            email,
            ask_password,
            error_key,
        }
    }
}

/// The page for a token that cannot be used: 404 unknown, 410 expired or used.
pub fn token_problem(lang: Lang, problem: TokenProblem) -> Response {
    match problem {
        TokenProblem::Unknown => notice(
            lang,
            StatusCode::NOT_FOUND,
            "token-unknown-title",
            "token-unknown",
            Some(("/anmelden".into(), "login-title")),
        ),
        TokenProblem::Expired => notice(
            lang,
            StatusCode::GONE,
            "token-expired-title",
            "token-expired",
            Some(("/anmelden".into(), "login-title")),
        ),
        TokenProblem::Used => notice(
            lang,
            StatusCode::GONE,
            "token-used-title",
            "token-used",
            Some(("/anmelden".into(), "login-title")),
        ),
    }
}

/// The one-time token of a link, or the page saying why it cannot be used.
pub async fn link_token(
    state: &AppState,
    token: &str,
    kind: TokenKind,
    lang: Lang,
) -> Result<Result<OneTimeToken, Response>, HtmlError> {
    let usable = usable(state, token, kind)
        .await
        .map_err(|error| HtmlError { error, lang })?;
    Ok(usable.map_err(|p| token_problem(lang, p)))
}

/// The token behind a link, if it is of `kind` and can still be used.
pub async fn usable(
    state: &AppState,
    token: &str,
    kind: TokenKind,
) -> Result<Result<OneTimeToken, TokenProblem>, AppError> {
    let Some(t) = state.store.token(&hash_token(token)).await? else {
        return Ok(Err(TokenProblem::Unknown));
    };
    Ok(if t.kind != kind {
        Err(TokenProblem::Unknown)
    } else if t.used_at.is_some() {
        Err(TokenProblem::Used)
    } else if t.expires_at <= state.clock.unix() {
        Err(TokenProblem::Expired)
    } else {
        Ok(t)
    })
}

/// Checks the two password fields; the message key of what is wrong.
pub fn checked_password(form: &FormData) -> Result<&str, &'static str> {
    let (p1, p2) = (form.get("password"), form.get("password_repeat"));
    match check_password(p1) {
        Err(PasswordProblem::TooShort) => Err("password-too-short"),
        Err(PasswordProblem::TooLong) => Err("password-too-long"),
        Ok(()) if p1 != p2 => Err("password-mismatch"),
        Ok(()) => Ok(p1),
    }
}

pub async fn new_password_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> HtmlResult {
    let (lang, _) = Lang::choose(None, &headers);
    let t = match link_token(&state, &token, TokenKind::PasswordReset, lang).await? {
        Ok(t) => t,
        Err(page) => return Ok(page),
    };
    let (csrf, cookie) = form_token(&state, &headers);
    let page = SetPasswordPage::new(
        lang,
        csrf,
        format!("/passwort-neu/{token}"),
        false,
        t.email,
        true,
        None,
    );
    Ok(render(page, lang, StatusCode::OK, cookie))
}

pub async fn new_password(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    form: FormData,
) -> HtmlResult {
    let (lang, _) = Lang::choose(None, &headers);
    check_anonymous_form(&headers, &form, lang)?;
    let html = |e: AppError| HtmlError { error: e, lang };
    let t = match link_token(&state, &token, TokenKind::PasswordReset, lang).await? {
        Ok(t) => t,
        Err(page) => return Ok(page),
    };
    let password = match checked_password(&form) {
        Ok(p) => p,
        Err(key) => {
            let page = SetPasswordPage::new(
                lang,
                form.get("csrf").to_string(),
                format!("/passwort-neu/{token}"),
                false,
                t.email,
                true,
                Some(key),
            );
            return Ok(render(page, lang, StatusCode::UNPROCESSABLE_ENTITY, None));
        }
    };
    let hash = super::password::hash(password).await.map_err(html)?;
    let account = match state
        .store
        .redeem_token(&hash_token(&token), Some(&hash), state.clock.unix())
        .await
        .map_err(|e| html(e.into()))?
    {
        Ok(a) => a,
        Err(p) => return Ok(token_problem(lang, p)),
    };
    tracing::info!("password reset");
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
    let cookie = session::start(&state, &account).await.map_err(html)?;
    Ok(see_other("/verwaltung", Some(cookie)))
}
