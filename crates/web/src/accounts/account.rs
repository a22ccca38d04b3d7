//! `/verwaltung/konto`: one's own account — a new password, and the optional second factor
//! (set up by scanning a QR code and confirming one code; off again with the password).

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::session::{self, Staff, StaffForm, StaffRequest};
use super::{see_other, totp};
use crate::AppState;
use crate::audit::account_audit;
use crate::chrome::error::{HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    totp_on: bool,
    /// While setting up: (QR code SVG, the secret to type instead).
    pending: Option<(String, String)>,
    /// (form, message key): which form a problem or success belongs to.
    message: Option<(&'static str, &'static str)>,
    /// The UI languages with their own names, and the one the person reads mail in.
    langs: Vec<(&'static str, String)>,
    mail_lang: String,
    first_name: String,
}

fn page_of(
    state: &AppState,
    staff: &Staff,
    message: Option<(&'static str, &'static str)>,
) -> AccountPage {
    let a = &staff.account;
    AccountPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/konto", &[]),
        nav: Nav::new(staff, state),
        totp_on: a.totp_secret.is_some(),
        // Shown to its owner while setting up; unreadable (no key): set up again.
        pending: a
            .totp_pending
            .as_ref()
            .and_then(|s| totp::open(state, &a.id, "totp_pending", s).ok())
            .map(|s| {
                let svg = totp::qr_svg(&totp::otpauth_uri(&a.email, &s)).unwrap_or_default();
                let grouped: Vec<String> = s
                    .as_bytes()
                    .chunks(4)
                    .map(|c| String::from_utf8_lossy(c).into_owned())
                    .collect();
                (svg, grouped.join(" "))
            }),
        message,
        langs: crate::chrome::i18n::own_names(),
        mail_lang: a.lang.clone().unwrap_or_else(|| "de".to_string()),
        first_name: a.first_name.clone().unwrap_or_default(),
    }
}

/// The page again with a problem at one of its forms (422, nothing changed).
fn refused(state: &AppState, staff: &Staff, form: &'static str, key: &'static str) -> Response {
    let page = page_of(state, staff, Some((form, key)));
    staff.render(page, StatusCode::UNPROCESSABLE_ENTITY)
}

pub async fn page(StaffRequest { state, staff }: StaffRequest) -> Response {
    staff.render(page_of(&state, &staff, None), StatusCode::OK)
}

/// Re-reads the account after a change, for the page that follows.
async fn reloaded(state: &AppState, mut staff: Staff) -> Result<Staff, HtmlError> {
    if let Some(a) = state
        .store
        .account(&staff.account.id)
        .await
        .map_err(|e| staff.html_error(e))?
    {
        staff.account = a;
    }
    Ok(staff)
}

async fn password_ok(staff: &Staff, form: &FormData) -> Result<bool, HtmlError> {
    super::password::verify(
        form.get("current_password"),
        staff.account.password_hash.as_deref(),
    )
    .await
    .map_err(|e| staff.html_error(e))
}

/// POST `/verwaltung/konto/passwort`: a new password; every other session ends.
pub async fn change_password(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    if !password_ok(&staff, &form).await? {
        return Ok(refused(
            &state,
            &staff,
            "password",
            "account-wrong-password",
        ));
    }
    let new = match super::link::checked_password(&form) {
        Ok(p) => p,
        Err(key) => {
            return Ok(refused(&state, &staff, "password", key));
        }
    };
    let hash = super::password::hash(new)
        .await
        .map_err(|e| staff.html_error(e))?;
    let store = state.store.as_ref();
    store
        .set_password(
            &staff.account.id,
            &hash,
            Some(&account_audit(&staff, "password")),
        )
        .await
        .map_err(|e| staff.html_error(e))?;
    // All sessions ended with the new password; this browser gets a new one.
    let cookie = session::start(&state, &staff.account)
        .await
        .map_err(|e| staff.html_error(e))?;
    tracing::info!("password changed");
    Ok(see_other("/verwaltung/konto", Some(cookie)))
}

/// POST `/verwaltung/konto/sprache`: the language one's mail comes in (German beneath).
pub async fn set_mail_lang(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    let Some(lang) = Lang::from_code(form.get("lang")) else {
        return Ok(refused(&state, &staff, "lang", "account-lang-unknown"));
    };
    state
        .store
        .set_mail_lang(
            &staff.account.id,
            lang.code(),
            &account_audit(&staff, "mail-language"),
        )
        .await
        .map_err(|e| staff.html_error(e))?;
    let staff = reloaded(&state, staff).await?;
    let page = page_of(&state, &staff, Some(("lang", "account-lang-saved")));
    Ok(staff.render(page, StatusCode::OK))
}

/// The longest first name taken.
const FIRST_NAME_MAX: usize = 40;

/// POST `/verwaltung/konto/name`: the first name shown on referral timelines (empty:
/// none, only the organisation shows).
pub async fn set_first_name(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    let name = form.get("first_name").trim();
    if name.chars().count() > FIRST_NAME_MAX || name.chars().any(char::is_control) {
        return Ok(refused(
            &state,
            &staff,
            "name",
            "account-first-name-invalid",
        ));
    }
    state
        .store
        .set_first_name(
            &staff.account.id,
            (!name.is_empty()).then_some(name),
            &account_audit(&staff, "first-name"),
        )
        .await
        .map_err(|e| staff.html_error(e))?;
    let staff = reloaded(&state, staff).await?;
    let page = page_of(&state, &staff, Some(("name", "account-first-name-saved")));
    Ok(staff.render(page, StatusCode::OK))
}

/// POST `/verwaltung/konto/zwei-faktor`: starts setting up the second factor.
pub async fn totp_start(StaffForm { state, staff, .. }: StaffForm) -> HtmlResult {
    // A stolen session must not swap the secret: switching off takes the password.
    if staff.account.totp_secret.is_some() {
        return Err(staff.refuse(StatusCode::CONFLICT, "account-totp-already-on"));
    }
    let sealed = totp::seal(
        &state,
        &staff.account.id,
        "totp_pending",
        &totp::new_secret(),
    )
    .map_err(|e| staff.html_error(e))?;
    state
        .store
        .set_totp_pending(&staff.account.id, Some(&sealed))
        .await
        .map_err(|e| staff.html_error(e))?;
    Ok(see_other("/verwaltung/konto#totp", None))
}

/// POST `/verwaltung/konto/zwei-faktor/bestaetigen`: the first code turns it on.
pub async fn totp_confirm(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    if staff.account.totp_secret.is_some() {
        return Err(staff.refuse(StatusCode::CONFLICT, "account-totp-already-on"));
    }
    let Some(pending) = staff.account.totp_pending.as_deref() else {
        return Ok(see_other("/verwaltung/konto", None));
    };
    let secret = totp::open(&state, &staff.account.id, "totp_pending", pending)
        .map_err(|e| staff.html_error(e))?;
    let Some(step) = totp::check(&secret, form.get("code"), state.clock.unix()) else {
        return Ok(refused(&state, &staff, "totp", "login-code-wrong"));
    };
    // The code that confirms the set-up is used: it does not sign in once more.
    if !state
        .store
        .use_totp_step(&staff.account.id, step)
        .await
        .map_err(|e| staff.html_error(e))?
    {
        return Ok(refused(&state, &staff, "totp", "login-code-wrong"));
    }
    state
        .store
        .set_totp(
            &staff.account.id,
            Some(
                &totp::seal(&state, &staff.account.id, "totp_secret", &secret)
                    .map_err(|e| staff.html_error(e))?,
            ),
            Some(&account_audit(&staff, "second-factor-on")),
        )
        .await
        .map_err(|e| staff.html_error(e))?;
    tracing::info!("second factor on");
    let staff = reloaded(&state, staff).await?;
    let page = page_of(&state, &staff, Some(("totp", "account-totp-on-now")));
    Ok(staff.render(page, StatusCode::OK))
}

/// POST `/verwaltung/konto/zwei-faktor/aus`: off again, with the password.
pub async fn totp_off(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    if !password_ok(&staff, &form).await? {
        return Ok(refused(&state, &staff, "totp", "account-wrong-password"));
    }
    state
        .store
        .set_totp(
            &staff.account.id,
            None,
            Some(&account_audit(&staff, "second-factor-off")),
        )
        .await
        .map_err(|e| staff.html_error(e))?;
    tracing::info!("second factor off");
    let staff = reloaded(&state, staff).await?;
    let page = page_of(&state, &staff, Some(("totp", "account-totp-off-now")));
    Ok(staff.render(page, StatusCode::OK))
}
