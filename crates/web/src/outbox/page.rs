//! GET `/verwaltung/postausgang`: without an SMTP server, outgoing mail stays in the
//! database; coordinators read it here (development and demo mode).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use beratungsnetz_store::outbox::StoredMail;

use crate::AppState;
use crate::accounts::render;
use crate::accounts::session::Staff;
use crate::chrome::error::HtmlError;
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

#[derive(Template)]
#[template(path = "admin_mails.html")]
struct MailsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    mails: Vec<StoredMail>,
}

pub async fn page(State(state): State<AppState>, staff: Staff) -> Result<Response, HtmlError> {
    staff.coordinator_only()?;
    let mut mails = state
        .store
        .mails(100)
        .await
        .map_err(|e| staff.html_error(e))?;
    for m in &mut mails {
        if m.recipient != staff.account.email {
            m.body = redact_reset_links(&m.body);
        }
    }
    let page = MailsPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/postausgang", &[]),
        nav: Nav::new(&staff, &state),
        mails,
    };
    Ok(render(page, staff.lang, StatusCode::OK, None))
}

/// Password-reset links open someone else's account: coordinators see that one was sent,
/// not the link. (Invitation links stay: coordinators hand them on in development mode.)
fn redact_reset_links(body: &str) -> String {
    const MARK: &str = "/passwort-neu/";
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find(MARK) {
        let (head, tail) = rest.split_at(at + MARK.len());
        out.push_str(head);
        let token_len = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push('…');
        rest = &tail[token_len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reset_links_are_redacted() {
        let body = format!("Link: http://x/passwort-neu/{} bis bald", "ab12".repeat(16));
        assert_eq!(
            redact_reset_links(&body),
            "Link: http://x/passwort-neu/… bis bald"
        );
        assert_eq!(
            redact_reset_links("http://x/einladung/ab12"),
            "http://x/einladung/ab12"
        );
    }
}
