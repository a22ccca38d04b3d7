//! The one-time links that end in setting a password, `/einladung/{token}` and
//! `/passwort-neu/{token}`: one page, one check of the token and the password, and each
//! link's own ending in `invite` and `reset`.

use askama::Template;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use beratungsnetz_core::accounts::{PasswordProblem, check_password};
use beratungsnetz_store::accounts::{Account, OneTimeToken, TokenKind, TokenProblem};

use super::session::{AnonymousForm, form_token};
use super::token::hash_token;
use super::{notice, render};
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;

/// The two links that set a password.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Link {
    Invitation,
    PasswordReset,
}

impl Link {
    fn kind(self) -> TokenKind {
        match self {
            Link::Invitation => TokenKind::Invitation,
            Link::PasswordReset => TokenKind::PasswordReset,
        }
    }

    fn action(self, token: &str) -> String {
        match self {
            Link::Invitation => format!("/einladung/{token}"),
            Link::PasswordReset => format!("/passwort-neu/{token}"),
        }
    }

    /// An invitation of someone with an account already only adds a role: no password.
    async fn asks_password(self, state: &AppState, email: &str) -> Result<bool, AppError> {
        Ok(match self {
            Link::PasswordReset => true,
            Link::Invitation => state
                .store
                .account_by_email(email)
                .await?
                .is_none_or(|a| a.password_hash.is_none()),
        })
    }
}

#[derive(Template)]
#[template(path = "set_password.html")]
struct SetPasswordPage {
    tr: Tr,
    frame: Frame,
    csrf: String,
    action: String,
    title_key: &'static str,
    intro_key: &'static str,
    email: String,
    /// False when the account has a password already (an invitation only adds a role).
    ask_password: bool,
    error_key: Option<&'static str>,
}

impl SetPasswordPage {
    fn new(
        lang: Lang,
        link: Link,
        token: &str,
        csrf: String,
        email: String,
        ask_password: bool,
        error_key: Option<&'static str>,
    ) -> SetPasswordPage {
        let (title_key, intro_key) = match link {
            Link::Invitation => ("invite-title", "invite-intro"),
            Link::PasswordReset => ("reset-title", "reset-intro"),
        };
        SetPasswordPage {
            tr: Tr::new(lang),
            frame: Frame::new(lang, "/anmelden", &[]),
            csrf,
            action: link.action(token),
            title_key,
            intro_key,
            email,
            ask_password,
            error_key,
        }
    }
}

/// GET: the page of a link, or the page saying why it cannot be used.
pub async fn show(state: &AppState, headers: &HeaderMap, token: &str, link: Link) -> HtmlResult {
    let (lang, _) = Lang::choose(None, headers);
    let t = match link_token(state, token, link.kind(), lang).await? {
        Ok(t) => t,
        Err(page) => return Ok(page),
    };
    let ask_password = link
        .asks_password(state, &t.email)
        .await
        .map_err(|error| HtmlError { error, lang })?;
    let (csrf, cookie) = form_token(state, headers);
    let page = SetPasswordPage::new(lang, link, token, csrf, t.email, ask_password, None);
    Ok(render(page, lang, StatusCode::OK, cookie))
}

/// A link used: the account, and whether it has just set its password.
pub struct Redeemed {
    pub account: Account,
    pub set_password: bool,
}

/// POST: checks the token and the password, then uses the token up (setting the password
/// where one was asked for). `Err` is the page to answer with instead: the form again with
/// what is wrong (422), or why the link cannot be used.
pub async fn redeem(
    posted: &AnonymousForm,
    token: &str,
    link: Link,
) -> Result<Result<Redeemed, Response>, HtmlError> {
    let (state, lang, form) = (&posted.state, posted.lang, &posted.form);
    let html = |error: AppError| HtmlError { error, lang };
    let t = match link_token(state, token, link.kind(), lang).await? {
        Ok(t) => t,
        Err(page) => return Ok(Err(page)),
    };
    let ask_password = link.asks_password(state, &t.email).await.map_err(html)?;
    let hash = if ask_password {
        match checked_password(form) {
            Ok(p) => Some(super::password::hash(p).await.map_err(html)?),
            Err(key) => {
                let csrf = form.get("csrf").to_string();
                let page = SetPasswordPage::new(lang, link, token, csrf, t.email, true, Some(key));
                return Ok(Err(render(
                    page,
                    lang,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                )));
            }
        }
    } else {
        None
    };
    let redeemed = state
        .store
        .redeem_token(&hash_token(token), hash.as_deref(), state.clock.unix())
        .await
        .map_err(|e| html(e.into()))?;
    Ok(match redeemed {
        Ok(account) => Ok(Redeemed {
            account,
            set_password: ask_password,
        }),
        Err(p) => Err(token_problem(lang, p)),
    })
}

/// The page for a token that cannot be used: 404 unknown, 410 expired or used.
pub fn token_problem(lang: Lang, problem: TokenProblem) -> Response {
    let (status, title_key, message_key) = match problem {
        TokenProblem::Unknown => (
            StatusCode::NOT_FOUND,
            "token-unknown-title",
            "token-unknown",
        ),
        TokenProblem::Expired => (StatusCode::GONE, "token-expired-title", "token-expired"),
        TokenProblem::Used => (StatusCode::GONE, "token-used-title", "token-used"),
    };
    notice(
        lang,
        status,
        title_key,
        message_key,
        Some(("/anmelden".into(), "login-title")),
    )
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
async fn usable(
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
