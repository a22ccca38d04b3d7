//! GET `/verwaltung/postausgang`: without an SMTP server, outgoing mail stays in the
//! database; coordinators read it here (development and demo mode).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use beratungsnetz_store::accounts::StoredMail;

use super::Nav;
use crate::AppState;
use crate::accounts::render;
use crate::accounts::session::Staff;
use crate::error::HtmlError;
use crate::i18n::Tr;
use crate::layout::Frame;

#[derive(Template)]
#[template(path = "admin_mails.html")]
struct MailsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    mails: Vec<StoredMail>,
}

pub async fn page(State(state): State<AppState>, staff: Staff) -> Result<Response, HtmlError> {
    if !staff.grants.is_coordinator() {
        return Err(staff.refuse(StatusCode::FORBIDDEN, "error-coordinators-only"));
    }
    let mails = state
        .store
        .mails(100)
        .await
        .map_err(|e| staff.html_error(e))?;
    let page = MailsPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/postausgang", &[]),
        nav: Nav::new(&staff, &state),
        mails,
    };
    Ok(render(page, staff.lang, StatusCode::OK, None))
}
