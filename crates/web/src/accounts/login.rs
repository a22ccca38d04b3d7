//! `/anmelden`, `/abmelden`: e-mail and password; ten wrong passwords for an address
//! within 15 minutes lock it for the rest of that time, on every node.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use beratungsnetz_core::accounts::normalize_email;
use serde::Deserialize;

use beratungsnetz_store::accounts::{AttemptLimit, OneTimeToken, TokenKind};

use super::session::{self, AnonymousForm, StaffForm, form_token, set_cookie};
use super::token::{hash_token, random_token};
use super::{render, see_other};
use crate::AppState;
use crate::chrome::error::{HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;

/// Failed sign-ins per address within [`WINDOW`] before it is locked.
pub const MAX_FAILURES: u64 = 10;
/// Failed sign-ins per client address within [`WINDOW`] (many accounts tried from one place).
pub const MAX_FAILURES_PER_CLIENT: u64 = 50;
pub const WINDOW: i64 = 15 * 60;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    tr: Tr,
    frame: Frame,
    csrf: String,
    email: String,
    next: String,
    error_key: Option<&'static str>,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
    lang: Option<String>,
}

/// Only paths of this site: `next` must not send anyone elsewhere.
fn safe_next(next: &str) -> String {
    if session::admin_path(next) {
        next.to_string()
    } else {
        "/verwaltung".to_string()
    }
}

/// The client's address when the server knows it (not behind a test harness). Behind a
/// reverse proxy (`--trust-proxy`) it is the address the proxy appended to
/// `X-Forwarded-For`; otherwise every client would share the proxy's address.
pub struct ClientAddr(pub Option<std::net::IpAddr>);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<ClientAddr, Self::Rejection> {
        let forwarded = state.config.trust_proxy.then(|| {
            parts
                .headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|a| a.trim().parse::<std::net::IpAddr>().ok())
                .next_back()
        });
        let direct = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(ClientAddr(forwarded.flatten().or(direct)))
    }
}

pub async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<LoginQuery>,
) -> Response {
    let (lang, _) = Lang::choose(q.lang.as_deref(), &headers);
    let (csrf, cookie) = form_token(&state, &headers);
    let page = LoginPage {
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/anmelden", &[]),
        csrf,
        email: String::new(),
        next: safe_next(q.next.as_deref().unwrap_or_default()),
        error_key: None,
    };
    render(page, lang, StatusCode::OK, cookie)
}

pub async fn submit(
    ClientAddr(client): ClientAddr,
    AnonymousForm { state, lang, form }: AnonymousForm,
) -> HtmlResult {
    let html = |e| HtmlError { error: e, lang };
    let email = normalize_email(form.get("email")).unwrap_or_default();
    let next = safe_next(form.get("next"));
    let again = |status: StatusCode, key: &'static str| {
        let page = LoginPage {
            tr: Tr::new(lang),
            frame: Frame::new(lang, "/anmelden", &[]),
            csrf: form.get("csrf").to_string(),
            email: form.get("email").to_string(),
            next: next.clone(),
            error_key: Some(key),
        };
        render(page, lang, status, None)
    };
    let now = state.clock.unix();
    let account_key = format!("account:{email}");
    let mut limits = vec![AttemptLimit {
        key: account_key.clone(),
        max: MAX_FAILURES,
        since: now - WINDOW,
    }];
    limits.extend(client.map(|ip| AttemptLimit {
        key: format!("client:{ip}"),
        max: MAX_FAILURES_PER_CLIENT,
        since: now - WINDOW,
    }));
    // Counted before the password is checked, so a parallel burst cannot pass the limit.
    let attempt = random_token();
    if !state
        .store
        .reserve_attempt(&attempt, &limits, now)
        .await
        .map_err(|e| html(e.into()))?
    {
        tracing::warn!("sign-in refused: too many failed attempts");
        return Ok(again(StatusCode::TOO_MANY_REQUESTS, "login-locked"));
    }
    let account = if email.is_empty() {
        None
    } else {
        state
            .store
            .account_by_email(&email)
            .await
            .map_err(|e| html(e.into()))?
    };
    let stored = account.as_ref().and_then(|a| a.password_hash.as_deref());
    let ok = super::password::verify(form.get("password"), stored)
        .await
        .map_err(html)?
        && account.as_ref().is_some_and(|a| !a.disabled);
    let Some(account) = account.filter(|_| ok) else {
        // The reserved attempt stays: it was a failure.
        return Ok(again(StatusCode::UNAUTHORIZED, "login-failed"));
    };
    state
        .store
        .release_attempt(&attempt)
        .await
        .map_err(|e| html(e.into()))?;
    if account.totp_secret.is_some() {
        // The password was right; the code of the second factor comes next.
        let token = random_token();
        state
            .store
            .create_token(
                &hash_token(&token),
                &OneTimeToken {
                    kind: TokenKind::SecondFactor,
                    email: account.email.clone(),
                    membership: None,
                    created_by: None,
                    created_at: now,
                    expires_at: now + CODE_SECONDS,
                    used_at: None,
                    lang: None,
                },
                None,
            )
            .await
            .map_err(|e| html(e.into()))?;
        let page = CodePage {
            tr: Tr::new(lang),
            frame: Frame::new(lang, "/anmelden", &[]),
            csrf: form.get("csrf").to_string(),
            token,
            next,
            error_key: None,
        };
        return Ok(render(page, lang, StatusCode::OK, None));
    }
    signed_in(&state, &account, &account_key, &next)
        .await
        .map_err(html)
}

/// Time to type the code after the password.
const CODE_SECONDS: i64 = 300;

#[derive(Template)]
#[template(path = "login_code.html")]
struct CodePage {
    tr: Tr,
    frame: Frame,
    csrf: String,
    token: String,
    next: String,
    error_key: Option<&'static str>,
}

/// Starts the session and sends the browser on.
async fn signed_in(
    state: &AppState,
    account: &beratungsnetz_store::accounts::Account,
    account_key: &str,
    next: &str,
) -> Result<Response, crate::chrome::error::AppError> {
    state.store.clear_attempts(account_key).await?;
    let cookie = session::start(state, account).await?;
    tracing::info!("signed in");
    Ok(see_other(next, Some(cookie)))
}

/// POST `/anmelden/code`: the second factor's code after a correct password. Wrong codes
/// count towards the same lock as wrong passwords.
pub async fn second_factor(AnonymousForm { state, lang, form }: AnonymousForm) -> HtmlResult {
    let html = |e| HtmlError { error: e, lang };
    let token = form.get("token");
    let next = safe_next(form.get("next"));
    let t = match super::link::link_token(&state, token, TokenKind::SecondFactor, lang).await? {
        Ok(t) => t,
        Err(page) => return Ok(page),
    };
    let now = state.clock.unix();
    let account_key = format!("account:{}", t.email);
    let attempt = random_token();
    let limit = AttemptLimit {
        key: account_key.clone(),
        max: MAX_FAILURES,
        since: now - WINDOW,
    };
    if !state
        .store
        .reserve_attempt(&attempt, std::slice::from_ref(&limit), now)
        .await
        .map_err(|e| html(e.into()))?
    {
        tracing::warn!("second factor refused: too many failed attempts");
        return Ok(super::notice(
            lang,
            StatusCode::TOO_MANY_REQUESTS,
            "login-title",
            "login-locked",
            None,
        ));
    }
    let account = state
        .store
        .account_by_email(&t.email)
        .await
        .map_err(|e| html(e.into()))?;
    let secret = match account.as_ref().filter(|a| !a.disabled) {
        Some(a) => match a.totp_secret.as_deref() {
            Some(s) => Some(super::totp::open(&state, &a.id, "totp_secret", s).map_err(html)?),
            None => None,
        },
        None => None,
    };
    let step = secret
        .as_deref()
        .and_then(|s| super::totp::check(s, form.get("code"), now));
    // A code that signed in once does not sign in again.
    let ok = match (&account, step) {
        (Some(a), Some(step)) => state
            .store
            .use_totp_step(&a.id, step)
            .await
            .map_err(|e| html(e.into()))?,
        _ => false,
    };
    let Some(account) = account.filter(|_| ok) else {
        let page = CodePage {
            tr: Tr::new(lang),
            frame: Frame::new(lang, "/anmelden", &[]),
            csrf: form.get("csrf").to_string(),
            token: token.to_string(),
            next,
            error_key: Some("login-code-wrong"),
        };
        return Ok(render(page, lang, StatusCode::UNAUTHORIZED, None));
    };
    // Once: a code page cannot be replayed after signing in.
    if let Err(p) = state
        .store
        .redeem_token(&hash_token(token), None, now)
        .await
        .map_err(|e| html(e.into()))?
    {
        return Ok(super::link::token_problem(lang, p));
    }
    signed_in(&state, &account, &account_key, &next)
        .await
        .map_err(html)
}

/// POST `/abmelden`: ends the session.
pub async fn sign_out(StaffForm { state, staff, .. }: StaffForm) -> HtmlResult {
    staff
        .sign_out(&state)
        .await
        .map_err(|e| staff.html_error(e))?;
    Ok(see_other(
        "/anmelden",
        Some(set_cookie(&state, session::SESSION_COOKIE, "", 0)),
    ))
}
