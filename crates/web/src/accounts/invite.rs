//! `/einladung/{token}`: accepting an invitation. A new person sets a password; someone
//! with an account already gets the role added and signs in as usual.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};

use super::link::{self, Link, Redeemed};
use super::session::{self, AnonymousForm};
use super::{notice, see_other};
use crate::AppState;
use crate::chrome::error::{HtmlError, HtmlResult};

/// Invitations are valid for a week.
pub const INVITATION_SECONDS: i64 = 7 * 86_400;

pub async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> HtmlResult {
    link::show(&state, &headers, &token, Link::Invitation).await
}

pub async fn accept(Path(token): Path<String>, posted: AnonymousForm) -> HtmlResult {
    let Redeemed {
        account,
        set_password,
    } = match link::redeem(&posted, &token, Link::Invitation).await? {
        Ok(r) => r,
        Err(page) => return Ok(page),
    };
    tracing::info!("invitation accepted");
    let lang = posted.lang;
    if set_password {
        let cookie = session::start(&posted.state, &account)
            .await
            .map_err(|error| HtmlError { error, lang })?;
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
