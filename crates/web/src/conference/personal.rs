//! A person's own registration, reached through the personal link of their mail
//! (`/fachtag/anmeldung/{token}`): where they stand (a place with its QR code for
//! check-in, or their place on the waiting list), their workshops, and forms to change
//! the answers and workshops or to cancel. The link is the only key: it is never logged,
//! pages are not cached, and an unknown link is 404.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use beratungsnetz_core::conference::registration::{MAX_ANSWER, PlaceState, read_choices};
use beratungsnetz_core::conference::{Programme, acronym, form, ical};
use beratungsnetz_core::directory::edit::FieldError;
use beratungsnetz_store::StoreError;
use beratungsnetz_store::conference::places::{ChoiceRow, RegistrationRow};

use super::register::{SlotView, slot_views};
use super::{date_text, mails};
use crate::AppState;
use crate::accounts::session::PageLang;
use crate::accounts::token::hash_token;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame};

/// The registration of a link with its event's programme; 404 for an unknown link.
pub(super) async fn find(
    state: &AppState,
    token: &str,
) -> Result<(RegistrationRow, Vec<ChoiceRow>, Programme), AppError> {
    if token.len() != 64 {
        return Err(AppError::NotFound);
    }
    let (r, choices) = state
        .store
        .registration(&hash_token(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let p = super::programme_of_event(state, &r.event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((r, choices, p))
}

/// A workshop of the person, with where they stand in it.
pub struct MyWorkshop {
    pub title: String,
    pub time: String,
    pub state: &'static str,
}

#[derive(Template)]
#[template(path = "conference_personal.html")]
struct PersonalPage {
    tr: Tr,
    frame: Frame,
    title: String,
    date: String,
    venue: String,
    programme_href: String,
    name: String,
    state: &'static str,
    /// How many wait ahead on the waiting list, said.
    ahead: Option<String>,
    /// The check-in code and its QR code, with a place.
    code: Option<(String, String)>,
    workshops: Vec<MyWorkshop>,
    slots: Vec<SlotView>,
    /// The chosen workshop of each slot field.
    chosen: HashMap<String, String>,
    answers: [(&'static str, String, String); 3],
    fresh: bool,
    /// Checked in: the certificate and the feedback form are open to them.
    arrived: bool,
    feedback_given: bool,
    can_change: bool,
    action: String,
    errors: Vec<FieldError>,
    max_answer: usize,
}

impl PersonalPage {
    fn is_chosen(&self, field: &str, id: &str) -> bool {
        self.chosen.get(field).is_some_and(|c| c == id)
    }

    fn error_for(&self, field: &str) -> Option<String> {
        self.tr.error_for(&self.errors, field)
    }
}

async fn page(
    state: &AppState,
    token: &str,
    lang: Lang,
    fresh: bool,
    edit: Option<(HashMap<String, String>, Vec<FieldError>)>,
) -> Result<Response, AppError> {
    let (r, choices, p) = find(state, token).await?;
    let tr = Tr::new(lang);
    let counts = state.store.place_counts(&p.id).await?;
    let place = r.state();
    let ahead = if place == PlaceState::Waiting {
        let all = state.store.registrations(&p.id).await?;
        let n = all
            .iter()
            .filter(|o| o.state() == PlaceState::Waiting && o.position < r.position)
            .count();
        Some(tr.num(
            "conference-ahead",
            "count",
            u64::try_from(n).unwrap_or(u64::MAX),
        ))
    } else {
        None
    };
    let code = (place == PlaceState::Confirmed).then(|| {
        let svg = crate::accounts::totp::qr_svg_sized(&r.checkin_code, 180).unwrap_or_default();
        (r.checkin_code.clone(), svg)
    });
    let workshops = choices
        .iter()
        .filter_map(|c| {
            let s = p.sessions.iter().find(|s| s.id == c.session_id)?;
            Some(MyWorkshop {
                title: s.text.title.clone(),
                time: format!(
                    "{}–{}",
                    beratungsnetz_core::conference::clock_time(s.text.starts),
                    beratungsnetz_core::conference::clock_time(s.text.ends)
                ),
                state: c.state().code(),
            })
        })
        .collect();
    let slots = slot_views(&p, &counts);
    let (typed, errors) = edit.unwrap_or_default();
    let chosen: HashMap<String, String> = if errors.is_empty() {
        slots
            .iter()
            .filter_map(|slot| {
                let id = slot
                    .options
                    .iter()
                    .find(|o| choices.iter().any(|c| c.session_id == o.id))?
                    .id
                    .clone();
                Some((slot.field.clone(), id))
            })
            .collect()
    } else {
        typed.clone()
    };
    let answer = |field: &'static str, stored: &str| {
        let value = typed
            .get(field)
            .cloned()
            .unwrap_or_else(|| stored.to_string());
        (field, tr.t(&format!("conference-field-{field}")), value)
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let open = super::register::open(&p, state.clock.now().today());
    let html = PersonalPage {
        frame: Frame::new(lang, &format!("/fachtag/{}", p.event.year), &[]),
        title: p.event.title.clone(),
        date: date_text(p.event.day),
        venue: p.event.venue.clone(),
        programme_href: layout::href(lang, &format!("/fachtag/{}", p.event.year), &[]),
        name: r.name.clone(),
        state: place.code(),
        ahead,
        code,
        workshops,
        slots,
        chosen,
        answers: [
            answer("dietary", &r.dietary),
            answer("accessibility", &r.accessibility),
            answer("interpreting", &r.interpreting),
        ],
        fresh,
        arrived: place == PlaceState::Confirmed && r.checked_in_at.is_some(),
        feedback_given: r.feedback_given != 0,
        can_change: place.active() && open,
        action: format!("/fachtag/anmeldung/{token}"),
        errors,
        max_answer: MAX_ANSWER,
        tr,
    }
    .render()?;
    Ok(behind_link(html, lang, status))
}

/// A page behind a personal link: never cached, and the link is not passed on as referrer.
pub(super) fn behind_link(html: String, lang: Lang, status: StatusCode) -> Response {
    let mut resp = layout::private(layout::page(html, lang, false));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::REFERRER_POLICY,
        axum::http::HeaderValue::from_static("no-referrer"),
    );
    resp
}

pub async fn show(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    PageLang(lang): PageLang,
) -> HtmlResult {
    page(&state, &token, lang, query.contains_key("neu"), None)
        .await
        .map_err(|e| HtmlError::new(e, lang))
}

/// A store error on these pages: a cancelled registration is 409, an unknown one 404.
fn refused(e: StoreError, lang: Lang) -> HtmlError {
    match e {
        StoreError::Conflict(_) => HtmlError::new(
            AppError::refused(StatusCode::CONFLICT, "conference-cancelled-already"),
            lang,
        ),
        StoreError::NotFound => HtmlError::new(AppError::NotFound, lang),
        e => HtmlError::new(AppError::from(e), lang),
    }
}

/// POST: new answers and workshops. The personal link is the key: no other token needed.
pub async fn change(
    State(state): State<AppState>,
    Path(token): Path<String>,
    PageLang(lang): PageLang,
    form: FormData,
) -> HtmlResult {
    let (r, _, p) = find(&state, &token)
        .await
        .map_err(|e| HtmlError::new(e, lang))?;
    let lang = Lang::from_code(&r.lang).unwrap_or(lang);
    let now = state.clock.now();
    if !super::register::open(&p, now.today()) {
        return Err(HtmlError::new(
            AppError::refused(StatusCode::CONFLICT, "conference-closed"),
            lang,
        ));
    }
    let mut errors = Vec::new();
    let answers: Vec<String> = ["dietary", "accessibility", "interpreting"]
        .iter()
        .map(|f| form::text(&form, f, MAX_ANSWER, false, &mut errors))
        .collect();
    let choices = read_choices(&form, &p, &mut errors);
    if !errors.is_empty() {
        let typed = form
            .pairs()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        return page(&state, &token, lang, false, Some((typed, errors)))
            .await
            .map_err(|e| HtmlError::new(e, lang));
    }
    let hash = hash_token(&token);
    let audit = crate::audit::anonymous(now, "change", "conference_registration");
    let [dietary, accessibility, interpreting] = [&answers[0], &answers[1], &answers[2]];
    let offers = state
        .store
        .change_registration(
            &hash,
            [dietary, accessibility, interpreting],
            &choices,
            &mails::new_offer_token,
            &audit,
        )
        .await
        .map_err(|e| refused(e, lang))?;
    mails::offered(&state, now, &p, offers);
    Ok(Redirect::to(&format!("/fachtag/anmeldung/{token}")).into_response())
}

/// POST `/fachtag/anmeldung/{token}/abmelden`: gives the place back; the next in line is
/// offered it. A second cancellation through the same link is 409.
pub async fn cancel(
    State(state): State<AppState>,
    Path(token): Path<String>,
    PageLang(lang): PageLang,
) -> HtmlResult {
    let (_, _, p) = find(&state, &token)
        .await
        .map_err(|e| HtmlError::new(e, lang))?;
    let now = state.clock.now();
    let audit = crate::audit::anonymous(now, "cancel", "conference_registration");
    let offers = state
        .store
        .cancel_registration(&hash_token(&token), &mails::new_offer_token, &audit)
        .await
        .map_err(|e| refused(e, lang))?;
    mails::offered(&state, now, &p, offers);
    Ok(Redirect::to(&format!("/fachtag/anmeldung/{token}")).into_response())
}

/// GET `/fachtag/anmeldung/{token}/kalender.ics`: the person's own programme.
pub async fn calendar(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (r, choices, p) = find(&state, &token).await?;
    if !r.state().active() {
        return Err(AppError::NotFound);
    }
    let mine: Vec<String> = choices
        .iter()
        .filter(|c| c.state() == PlaceState::Confirmed)
        .map(|c| c.session_id.clone())
        .collect();
    let url = format!(
        "{}/fachtag/{}",
        state.config.public_url.trim_end_matches('/'),
        p.event.year
    );
    let body = ical::calendar(
        &p,
        &mails::own_sessions(&p, &mine),
        &url,
        state.clock.now().unix,
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.ics\"", acronym(p.event.year)),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        body,
    )
        .into_response())
}
