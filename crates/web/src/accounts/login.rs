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

use super::session::{self, Staff, check_anonymous_form, form_token, set_cookie};
use super::{render, see_other};
use crate::AppState;
use crate::clock::now_unix;
use crate::error::HtmlError;
use crate::form::FormData;
use crate::i18n::{Lang, Tr};
use crate::layout::Frame;

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
    if next.starts_with("/verwaltung") && !next.contains("//") && !next.contains('\\') {
        next.to_string()
    } else {
        "/verwaltung".to_string()
    }
}

/// The client's address when the server knows it (not behind a test harness).
pub struct ClientAddr(pub Option<SocketAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ClientAddr, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0),
        ))
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
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientAddr(client): ClientAddr,
    form: FormData,
) -> Result<Response, HtmlError> {
    let (lang, _) = Lang::choose(None, &headers);
    check_anonymous_form(&headers, &form, lang)?;
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
    let now = now_unix();
    let account_key = format!("account:{email}");
    let client_key = client.map(|c| format!("client:{}", c.ip()));
    let mut locked = state
        .store
        .login_failures(&account_key, now - WINDOW)
        .await
        .map_err(|e| html(e.into()))?
        >= MAX_FAILURES;
    if let Some(k) = &client_key {
        locked |= state
            .store
            .login_failures(k, now - WINDOW)
            .await
            .map_err(|e| html(e.into()))?
            >= MAX_FAILURES_PER_CLIENT;
    }
    if locked {
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
        let mut keys = vec![account_key];
        keys.extend(client_key);
        state
            .store
            .record_login_failure(&keys, now)
            .await
            .map_err(|e| html(e.into()))?;
        return Ok(again(StatusCode::UNAUTHORIZED, "login-failed"));
    };
    state
        .store
        .clear_login_failures(&account_key)
        .await
        .map_err(|e| html(e.into()))?;
    let cookie = session::start(&state, &account).await.map_err(html)?;
    tracing::info!("signed in");
    Ok(see_other(&next, Some(cookie)))
}

/// POST `/abmelden`: ends the session.
pub async fn sign_out(
    State(state): State<AppState>,
    staff: Staff,
    form: FormData,
) -> Result<Response, HtmlError> {
    staff.check_form(&form)?;
    staff
        .sign_out(&state)
        .await
        .map_err(|e| staff.html_error(e))?;
    Ok(see_other(
        "/anmelden",
        Some(set_cookie(&state, session::SESSION_COOKIE, "", 0)),
    ))
}
