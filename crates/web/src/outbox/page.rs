//! GET `/verwaltung/postausgang`: without an SMTP server, outgoing mail stays in the
//! database; coordinators read it here (development and demo mode). A kept mail's link
//! does not work from the database: a coordinator makes a new one to hand on
//! (POST `…/{seq}/link`), which replaces the old, and sees it once.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_store::outbox::{LINK_MARK, StoredMail};

use crate::AppState;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::accounts::token::{hash_token, random_token};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

#[derive(Template)]
#[template(path = "admin_mails.html")]
struct MailsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    /// Each mail, and whether this coordinator may make a new link for it.
    mails: Vec<(StoredMail, bool)>,
}

/// Whether `staff` may make a new link for a kept mail: invitations, and password resets
/// of their own account only (a reset link opens the account).
fn may_reveal(staff: &Staff, m: &StoredMail) -> bool {
    m.link_token_hash.is_some()
        && (!m.body.contains("/passwort-neu/") || m.recipient == staff.account.email)
}

async fn page_of(
    state: &AppState,
    staff: &Staff,
    revealed: Option<(i64, String)>,
) -> Result<MailsPage, HtmlError> {
    let mails = state
        .store
        .mails(100)
        .await
        .map_err(|e| staff.html_error(e))?;
    let mails = mails
        .into_iter()
        .map(|mut m| {
            if m.recipient != staff.account.email {
                // Mail kept before links were sealed.
                m.body = redact_reset_links(&m.body);
            }
            let reveal = may_reveal(staff, &m);
            if let Some((seq, body)) = &revealed
                && *seq == m.seq
            {
                m.body = body.clone();
            }
            (m, reveal)
        })
        .collect();
    Ok(MailsPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/postausgang", &[]),
        nav: Nav::new(staff, state),
        mails,
    })
}

pub async fn page(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    let page = page_of(&state, &staff, None).await?;
    Ok(staff.render(page, StatusCode::OK))
}

/// POST `/verwaltung/postausgang/{seq}/link`: a new working link for a kept mail, shown
/// once in the mail; the link made before stops working. Audited.
pub async fn new_link(
    Path(seq): Path<i64>,
    StaffForm { state, staff, .. }: StaffForm,
) -> HtmlResult {
    staff.coordinator_only()?;
    let mail = state
        .store
        .mail(seq)
        .await
        .map_err(|e| staff.html_error(e))?
        .ok_or_else(|| staff.html_error(AppError::NotFound))?;
    if !may_reveal(&staff, &mail) {
        return Err(staff.refuse(StatusCode::FORBIDDEN, "outbox-link-not-yours"));
    }
    let token = random_token();
    let entry = crate::audit::audit(
        &staff,
        "new-link",
        "mail",
        &mail.recipient,
        None,
        None,
        None,
    );
    let made = state
        .store
        .reissue_link(seq, &hash_token(&token), staff.now.unix, &entry)
        .await
        .map_err(|e| staff.html_error(e))?;
    if !made {
        return Err(staff.refuse(StatusCode::GONE, "outbox-link-gone"));
    }
    tracing::info!("outbox link made anew");
    let body = mail.body.replace(LINK_MARK, &token);
    let page = page_of(&state, &staff, Some((seq, body))).await?;
    Ok(staff.render(page, StatusCode::OK))
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
