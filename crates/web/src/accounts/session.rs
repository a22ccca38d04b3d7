//! Signed-in sessions: a random token in an HttpOnly cookie, its hash in the database (so
//! any node serves any session), a CSRF token per session that every form carries.

use axum::extract::{FromRequest, FromRequestParts, OptionalFromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use beratungsnetz_core::accounts::Grants;
use beratungsnetz_core::clock::Now;
use beratungsnetz_store::accounts::Account;

use super::token::{hash_token, random_token, same};
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::form::FormData;
use crate::chrome::i18n::Lang;
use crate::chrome::layout::encode;

pub const SESSION_COOKIE: &str = "bn_session";
/// The CSRF cookie of forms sent before signing in (double submit).
pub const FORM_COOKIE: &str = "bn_form";
/// A working day; then sign in again.
pub const SESSION_SECONDS: i64 = 12 * 3600;
/// A session unused for this long ends, whatever its fixed end (a forgotten browser tab
/// on a shared office computer).
pub const IDLE_SECONDS: i64 = 2 * 3600;

/// The value of a cookie of the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

/// A path inside the signed-in area that a redirect may go to: no other site (`//`,
/// backslashes) and nothing that breaks a header (control characters).
pub fn admin_path(path: &str) -> bool {
    path.starts_with("/verwaltung")
        && !path.contains("//")
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Secure unless the site runs on plain
/// HTTP on this machine.
pub fn set_cookie(state: &AppState, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("bn_invalid=1"))
}

/// The signed-in person of a request.
#[derive(Clone, Debug)]
pub struct Staff {
    pub account: Account,
    pub grants: Grants,
    pub csrf: String,
    pub lang: Lang,
    /// The moment of the request: every rule of one request reads the same time.
    pub now: Now,
    token_hash: String,
}

impl Staff {
    /// A page for this person: in their language, with `status`, `no-store`.
    pub fn render(&self, page: impl askama::Template, status: StatusCode) -> Response {
        super::render(page, self.lang, status, None)
    }

    /// Refuses a form whose CSRF token is not this session's (403, nothing changed).
    pub fn check_form(&self, form: &FormData) -> Result<(), HtmlError> {
        self.check_token(form.get("csrf"))
    }

    /// The same for a token read from another kind of form (a file upload).
    pub fn check_token(&self, token: &str) -> Result<(), HtmlError> {
        if same(token, &self.csrf) {
            Ok(())
        } else {
            Err(self.refuse(StatusCode::FORBIDDEN, "error-csrf"))
        }
    }

    /// Refuses anyone but a coordinator (403).
    pub fn coordinator_only(&self) -> Result<(), HtmlError> {
        if self.grants.is_coordinator() {
            Ok(())
        } else {
            Err(self.refuse(StatusCode::FORBIDDEN, "error-coordinators-only"))
        }
    }

    pub fn refuse(&self, status: StatusCode, key: &'static str) -> HtmlError {
        HtmlError {
            error: AppError::refused(status, key),
            lang: self.lang,
        }
    }

    pub fn html_error(&self, error: impl Into<AppError>) -> HtmlError {
        HtmlError {
            error: error.into(),
            lang: self.lang,
        }
    }

    pub async fn sign_out(&self, state: &AppState) -> Result<(), AppError> {
        Ok(state.store.delete_session(&self.token_hash).await?)
    }
}

async fn staff_of(parts: &Parts, state: &AppState) -> Result<Option<Staff>, AppError> {
    let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let token_hash = hash_token(token);
    let now = state.clock.now();
    let Some(session) = state
        .store
        .session(&token_hash, now.unix, now.unix - IDLE_SECONDS)
        .await?
    else {
        return Ok(None);
    };
    let Some(account) = state.store.account(&session.account_id).await? else {
        return Ok(None);
    };
    let memberships = state.store.memberships(&account.id).await?;
    Ok(Some(Staff {
        account,
        grants: Grants { memberships },
        csrf: session.csrf,
        lang: lang_of(parts),
        now,
        token_hash,
    }))
}

/// The reader's language from the cookie or the browser (a form's own `lang` aside).
pub fn lang_of_headers(headers: &HeaderMap) -> Lang {
    Lang::choose(None, headers).0
}

pub fn lang_of(parts: &Parts) -> Lang {
    let query = parts.uri.query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.into_owned())
    });
    Lang::choose(query.as_deref(), &parts.headers).0
}

/// The application and the signed-in person of a JSON API request. Signed out: 401 with
/// the API's error body, not a redirect to the sign-in page.
pub struct ApiStaff {
    pub state: AppState,
    pub staff: Staff,
}

impl ApiStaff {
    /// The same, for coordinators only: anyone else 403, by the pages' own rule.
    pub fn coordinator(self) -> Result<ApiStaff, AppError> {
        self.staff.coordinator_only().map_err(|e| e.error)?;
        Ok(self)
    }
}

impl FromRequestParts<AppState> for ApiStaff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<ApiStaff, AppError> {
        let staff = staff_of(parts, state)
            .await?
            .ok_or_else(|| AppError::refused(StatusCode::UNAUTHORIZED, "error-signed-out"))?;
        Ok(ApiStaff {
            state: state.clone(),
            staff,
        })
    }
}

/// The reader's language as an extractor: the address's `?lang=`, else the cookie's or
/// the browser's. For the pages and forms anyone with a personal link opens.
pub struct PageLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _: &S,
    ) -> Result<PageLang, std::convert::Infallible> {
        Ok(PageLang(lang_of(parts)))
    }
}

/// Pages under `/verwaltung` take `Staff`: without a session the browser goes to the
/// sign-in page and comes back afterwards.
impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Staff, Response> {
        match staff_of(parts, state).await {
            Ok(Some(staff)) => Ok(staff),
            Ok(None) => {
                let next = parts
                    .uri
                    .path_and_query()
                    .map_or("/verwaltung", |p| p.as_str());
                Err(Redirect::to(&format!("/anmelden?next={}", encode(next))).into_response())
            }
            Err(e) => Err(HtmlError {
                error: e,
                lang: lang_of(parts),
            }
            .into_response()),
        }
    }
}

/// The application and the signed-in person of a request, in one extractor; signed out:
/// to the sign-in page.
pub struct StaffRequest {
    pub state: AppState,
    pub staff: Staff,
}

impl FromRequestParts<AppState> for StaffRequest {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<StaffRequest, Response> {
        Ok(StaffRequest {
            state: state.clone(),
            staff: <Staff as FromRequestParts<AppState>>::from_request_parts(parts, state).await?,
        })
    }
}

/// A form posted by someone signed in, its CSRF token already checked: a handler that
/// takes one cannot forget the check. Signed out: to the sign-in page; a form that is
/// no form: 415 or 413; a forged one: 403, before the handler runs.
pub struct StaffForm {
    pub state: AppState,
    pub staff: Staff,
    pub form: FormData,
}

impl FromRequest<AppState> for StaffForm {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<StaffForm, Response> {
        let (mut parts, body) = req.into_parts();
        let staff =
            <Staff as FromRequestParts<AppState>>::from_request_parts(&mut parts, state).await?;
        let form = FormData::from_request(Request::from_parts(parts, body), state).await?;
        staff
            .check_form(&form)
            .map_err(IntoResponse::into_response)?;
        Ok(StaffForm {
            state: state.clone(),
            staff,
            form,
        })
    }
}

/// A form posted before signing in (sign-in, password reset, invitation, Fachtag
/// registration), its double-submit token already checked: a form that is no form is 415
/// or 413, a forged one 403, before the handler runs. The language is the form's own
/// `lang` field, else the cookie's or the browser's.
pub struct AnonymousForm {
    pub state: AppState,
    pub lang: Lang,
    pub form: FormData,
}

impl FromRequest<AppState> for AnonymousForm {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<AnonymousForm, Response> {
        let headers = req.headers().clone();
        let form = FormData::from_request(req, state).await?;
        let lang = Lang::from_code(form.get("lang")).unwrap_or_else(|| lang_of_headers(&headers));
        check_anonymous_form(&headers, &form, lang).map_err(IntoResponse::into_response)?;
        Ok(AnonymousForm {
            state: state.clone(),
            lang,
            form,
        })
    }
}

impl OptionalFromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Staff>, Response> {
        staff_of(parts, state).await.map_err(|e| {
            HtmlError {
                error: e,
                lang: lang_of(parts),
            }
            .into_response()
        })
    }
}

/// Starts a session for `account`: returns the cookie to set.
pub async fn start(state: &AppState, account: &Account) -> Result<HeaderValue, AppError> {
    let token = random_token();
    let now = state.clock.unix();
    state
        .store
        .create_session(
            &hash_token(&token),
            &account.id,
            &random_token(),
            now,
            now + SESSION_SECONDS,
        )
        .await?;
    Ok(set_cookie(state, SESSION_COOKIE, &token, SESSION_SECONDS))
}

/// The token forms carry before anyone is signed in: the cookie's, or a new one to set.
pub fn form_token(state: &AppState, headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    match cookie(headers, FORM_COOKIE).filter(|t| t.len() == 64) {
        Some(t) => (t.to_string(), None),
        None => {
            let t = random_token();
            let c = set_cookie(state, FORM_COOKIE, &t, SESSION_SECONDS);
            (t, Some(c))
        }
    }
}

/// Checks the double-submit token of a form sent before signing in.
fn check_anonymous_form(headers: &HeaderMap, form: &FormData, lang: Lang) -> Result<(), HtmlError> {
    let ok =
        cookie(headers, FORM_COOKIE).is_some_and(|c| c.len() == 64 && same(c, form.get("csrf")));
    if ok {
        Ok(())
    } else {
        Err(HtmlError {
            error: AppError::refused(StatusCode::FORBIDDEN, "error-csrf"),
            lang,
        })
    }
}
