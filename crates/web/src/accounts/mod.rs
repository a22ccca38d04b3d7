//! Signing in and out, invitations, password resets; sessions and CSRF tokens.

pub mod account;
pub mod invitations;
pub mod invite;
pub mod link;
pub mod login;
pub mod password;
pub mod reset;
pub mod rights;
pub mod session;
pub mod token;
pub mod totp;

use askama::Template;
use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::AppState;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame};

/// A page that only says something: "the link has expired", "mail is on its way".
#[derive(Template)]
#[template(path = "notice.html")]
pub struct Notice {
    pub tr: Tr,
    pub frame: Frame,
    pub title_key: &'static str,
    pub message_key: &'static str,
    pub link: Option<(String, &'static str)>,
}

pub fn notice(
    lang: Lang,
    status: StatusCode,
    title_key: &'static str,
    message_key: &'static str,
    link: Option<(String, &'static str)>,
) -> Response {
    let page = Notice {
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/", &[]),
        title_key,
        message_key,
        link,
    };
    render(page, lang, status, None)
}

/// Renders a page with a status, `no-store` (signed-in and form pages are private), and
/// optionally a cookie.
pub fn render(
    page: impl Template,
    lang: Lang,
    status: StatusCode,
    cookie: Option<HeaderValue>,
) -> Response {
    match page.render() {
        Ok(html) => {
            let mut resp = layout::page(html, lang, false);
            *resp.status_mut() = status;
            resp.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            if let Some(c) = cookie {
                resp.headers_mut().append(header::SET_COOKIE, c);
            }
            resp
        }
        Err(e) => crate::chrome::error::HtmlError {
            error: e.into(),
            lang,
        }
        .into_response(),
    }
}

/// A redirect after a form (303: the browser follows with GET).
pub fn see_other(to: &str, cookie: Option<HeaderValue>) -> Response {
    let mut resp = axum::response::Redirect::to(to).into_response();
    if let Some(c) = cookie {
        resp.headers_mut().append(header::SET_COOKIE, c);
    }
    resp
}

/// Signing in and out, one's own account, password resets, invitations.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/anmelden", get(login::form).post(login::submit))
        .route("/anmelden/code", post(login::second_factor))
        .route("/abmelden", post(login::sign_out))
        .route("/verwaltung/konto", get(account::page))
        .route("/verwaltung/konto/passwort", post(account::change_password))
        .route("/verwaltung/konto/sprache", post(account::set_mail_lang))
        .route("/verwaltung/konto/name", post(account::set_first_name))
        .route("/verwaltung/konto/zwei-faktor", post(account::totp_start))
        .route(
            "/verwaltung/konto/zwei-faktor/bestaetigen",
            post(account::totp_confirm),
        )
        .route("/verwaltung/konto/zwei-faktor/aus", post(account::totp_off))
        .route("/passwort-vergessen", get(reset::form).post(reset::submit))
        .route(
            "/passwort-neu/{token}",
            get(reset::new_password_form).post(reset::new_password),
        )
        .route("/einladung/{token}", get(invite::form).post(invite::accept))
        .route(
            "/verwaltung/einladungen",
            get(invitations::page).post(invitations::send),
        )
        .route(
            "/verwaltung/konten/{id}/rolle-entfernen",
            post(rights::remove_role),
        )
        .route("/verwaltung/konten/{id}/sperren", post(rights::disable))
        .route("/verwaltung/konten/{id}/entsperren", post(rights::enable))
}
