//! GET/POST `/fachtag/{year}/anmeldung`: registering for a Fachtag, alone or with
//! colleagues of the same organisation (who then wait together), with the event's
//! questions, a workshop per time slot and the consent. Open until the deadline; a full
//! event or workshop puts people on its waiting list. Each person gets a mail with a
//! personal link (and, with a place, a calendar file); the registrant's browser goes on
//! to their personal page.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::conference::Programme;
use beratungsnetz_core::conference::registration::{
    MAX_GROUP, PlaceState, places, read_registration, slots,
};
use beratungsnetz_core::directory::edit::FieldError;
use beratungsnetz_store::StoreError;
use beratungsnetz_store::accounts::AttemptLimit;
use beratungsnetz_store::conference::places::{Counts, NewPerson, NewRegistration};

use super::{date_text, load, mails};
use crate::AppState;
use crate::accounts::login::ClientAddr;
use crate::accounts::session::{AnonymousForm, form_token};
use crate::accounts::token::{hash_token, random_token};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame};

/// Whether registration is open on `today`: until the deadline, and never after the day.
pub fn open(p: &Programme, today: i64) -> bool {
    today <= p.event.registration_until && today <= p.event.day
}

/// One workshop to choose, with how its places stand.
pub struct WorkshopOption {
    pub id: String,
    pub title: String,
    pub room: String,
    /// Places left; 0: a choice goes on the waiting list.
    pub free: u64,
}

/// The workshops of one time slot.
pub struct SlotView {
    pub field: String,
    pub time: String,
    pub options: Vec<WorkshopOption>,
}

/// The workshop slots with places left, as the forms show them.
pub fn slot_views(p: &Programme, counts: &Counts) -> Vec<SlotView> {
    slots(p)
        .into_iter()
        .map(|slot| SlotView {
            field: slot.field,
            time: slot.time,
            options: slot
                .workshops
                .iter()
                .map(|w| {
                    let held = counts
                        .workshops
                        .iter()
                        .find(|(id, _, _)| id == &w.id)
                        .map_or(0, |(_, held, _)| *held);
                    WorkshopOption {
                        id: w.id.clone(),
                        title: w.text.title.clone(),
                        room: p.room_name(&w.text.room).to_string(),
                        free: u64::try_from(i64::from(places(p, w)) - held).unwrap_or(0),
                    }
                })
                .collect(),
        })
        .collect()
}

/// One input of the form as typed, with its problem.
pub struct InputView {
    pub name: String,
    pub label: String,
    /// `text`, `email` or `textarea`.
    pub kind: &'static str,
    pub autocomplete: &'static str,
    pub required: bool,
    pub hint: Option<String>,
    pub value: String,
    pub error: Option<String>,
}

/// A colleague's row: their number (1–4) and their two inputs.
pub struct ColleagueView {
    pub number: u64,
    pub inputs: Vec<InputView>,
}

#[derive(Template)]
#[template(path = "conference_register.html")]
struct RegisterPage {
    tr: Tr,
    frame: Frame,
    year: i32,
    title: String,
    date: String,
    venue: String,
    deadline: String,
    open: bool,
    /// Places left at the event; None: no limit.
    free: Option<i64>,
    waiting: i64,
    consent: String,
    slots: Vec<SlotView>,
    csrf: String,
    values: HashMap<String, String>,
    errors: Vec<FieldError>,
    you: Vec<InputView>,
    colleagues: Vec<ColleagueView>,
    questions: Vec<InputView>,
    /// Colleagues were typed: their part of the form starts open.
    with_colleagues: bool,
    free_count: u64,
}

impl RegisterPage {
    fn v(&self, field: &str) -> &str {
        self.values.get(field).map_or("", String::as_str)
    }

    fn error_for(&self, field: &str) -> Option<String> {
        self.tr.error_for(&self.errors, field)
    }

    fn chosen(&self, field: &str, id: &str) -> bool {
        self.v(field) == id
    }
}

/// The inputs of the form, with what was typed and the problems found.
fn inputs(
    tr: &Tr,
    values: &HashMap<String, String>,
    errors: &[FieldError],
) -> (Vec<InputView>, Vec<ColleagueView>, Vec<InputView>) {
    let input = |name: String, label: &str, kind, autocomplete, required| InputView {
        label: tr.t(&format!("conference-field-{label}")),
        kind,
        autocomplete,
        required,
        hint: (label == "postcode").then(|| tr.t("conference-postcode-hint")),
        value: values.get(&name).cloned().unwrap_or_default(),
        error: errors.iter().find(|e| e.field == name).map(|e| tr.t(e.key)),
        name,
    };
    let you = vec![
        input("name".into(), "name", "text", "name", true),
        input("email".into(), "email", "email", "email", true),
        input(
            "organisation".into(),
            "organisation",
            "text",
            "organization",
            true,
        ),
        input("postcode".into(), "postcode", "text", "postal-code", false),
        input("role".into(), "role", "text", "organization-title", false),
    ];
    let colleagues = (2..=MAX_GROUP)
        .map(|i| ColleagueView {
            number: (i - 1) as u64,
            inputs: vec![
                input(format!("name_{i}"), "name", "text", "off", false),
                input(format!("email_{i}"), "email", "email", "off", false),
            ],
        })
        .collect();
    let questions = ["dietary", "accessibility", "interpreting"]
        .iter()
        .map(|q| input((*q).to_string(), q, "textarea", "off", false))
        .collect();
    (you, colleagues, questions)
}

struct Shown {
    values: HashMap<String, String>,
    errors: Vec<FieldError>,
}

async fn page(
    state: &AppState,
    p: &Programme,
    lang: Lang,
    csrf: String,
    shown: Shown,
) -> Result<RegisterPage, AppError> {
    let counts = state.store.place_counts(&p.id).await?;
    let capacity = i64::from(p.event.capacity);
    let tr = Tr::new(lang);
    let (you, colleagues, questions) = inputs(&tr, &shown.values, &shown.errors);
    let free = (capacity > 0).then(|| (capacity - counts.held).max(0));
    Ok(RegisterPage {
        tr,
        frame: Frame::new(lang, &format!("/fachtag/{}/anmeldung", p.event.year), &[]),
        year: p.event.year,
        title: p.event.title.clone(),
        date: date_text(p.event.day),
        venue: p.event.venue.clone(),
        deadline: date_text(p.event.registration_until),
        open: open(p, state.clock.now().today()),
        free,
        free_count: free.map_or(0, |f| u64::try_from(f).unwrap_or(0)),
        waiting: counts.waiting,
        consent: p.event.consent.clone(),
        slots: slot_views(p, &counts),
        csrf,
        with_colleagues: (2..=MAX_GROUP).any(|i| {
            [format!("name_{i}"), format!("email_{i}")]
                .iter()
                .any(|f| shown.values.get(f).is_some_and(|v| !v.is_empty()))
        }),
        values: shown.values,
        errors: shown.errors,
        you,
        colleagues,
        questions,
    })
}

fn respond(
    html: String,
    (lang, set_lang): (Lang, bool),
    status: StatusCode,
    cookie: Option<axum::http::HeaderValue>,
) -> Response {
    let mut resp = layout::private(layout::page(html, lang, set_lang));
    *resp.status_mut() = status;
    if let Some(c) = cookie {
        resp.headers_mut().append(header::SET_COOKIE, c);
    }
    resp
}

pub async fn form(
    State(state): State<AppState>,
    Path(year): Path<String>,
    axum::extract::Query(query): axum::extract::Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> HtmlResult {
    let (lang, set_lang) = Lang::choose(query.get("lang").map(String::as_str), &headers);
    let p = load(&state, &year)
        .await
        .map_err(|e| HtmlError::new(e, lang))?;
    let (csrf, cookie) = form_token(&state, &headers);
    let shown = Shown {
        values: HashMap::new(),
        errors: Vec::new(),
    };
    let html = page(&state, &p, lang, csrf, shown)
        .await
        .and_then(|page| page.render().map_err(AppError::from))
        .map_err(|e| HtmlError::new(e, lang))?;
    Ok(respond(html, (lang, set_lang), StatusCode::OK, cookie))
}

/// A code of ten letters and digits that cannot be mistaken for one another (no 0/O,
/// 1/I): what the QR code at check-in holds and what staff type when a camera fails.
pub fn checkin_code() -> String {
    super::random_code(b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10)
}

/// Registrations one client may send in an hour: an organisation behind one address
/// registers its colleagues, a script filling the list does not get far.
pub const MAX_PER_CLIENT_HOUR: u64 = 30;

/// Counts a registration against its client's hourly limit, before anything is read, so
/// a burst passes at most the limit; 429 beyond it. Without a known address, no limit.
async fn within_limit(
    state: &AppState,
    client: Option<std::net::IpAddr>,
    now: i64,
    lang: Lang,
) -> Result<(), HtmlError> {
    let Some(ip) = client else {
        return Ok(());
    };
    let limit = AttemptLimit {
        key: format!("conference-register:{ip}"),
        max: MAX_PER_CLIENT_HOUR,
        since: now - 3600,
    };
    let reserved = state
        .store
        .reserve_attempt(&random_token(), &[limit], now)
        .await
        .map_err(|e| HtmlError::new(AppError::from(e), lang))?;
    if reserved {
        Ok(())
    } else {
        tracing::warn!("Fachtag registration refused: too many from one client");
        Err(HtmlError::new(
            AppError::refused(StatusCode::TOO_MANY_REQUESTS, "conference-too-many"),
            lang,
        ))
    }
}

pub async fn submit(
    Path(year): Path<String>,
    ClientAddr(client): ClientAddr,
    AnonymousForm { state, lang, form }: AnonymousForm,
) -> HtmlResult {
    let now = state.clock.now();
    within_limit(&state, client, now.unix, lang).await?;
    let p = load(&state, &year)
        .await
        .map_err(|e| HtmlError::new(e, lang))?;
    if !open(&p, now.today()) {
        return Err(HtmlError::new(
            AppError::refused(StatusCode::CONFLICT, "conference-closed"),
            lang,
        ));
    }
    let text = match read_registration(&form, &p) {
        Ok(t) => t,
        Err(errors) => {
            let shown = Shown {
                values: form
                    .pairs()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                errors,
            };
            let html = page(&state, &p, lang, form.get("csrf").to_string(), shown)
                .await
                .and_then(|page| page.render().map_err(AppError::from))
                .map_err(|e| HtmlError::new(e, lang))?;
            return Ok(respond(
                html,
                (lang, false),
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
            ));
        }
    };
    let tokens: Vec<String> = text.people.iter().map(|_| random_token()).collect();
    let registration = NewRegistration {
        event_id: p.id.clone(),
        group_id: uuid::Uuid::new_v4().to_string(),
        people: text
            .people
            .iter()
            .zip(&tokens)
            .map(|(person, token)| NewPerson {
                id: uuid::Uuid::new_v4().to_string(),
                name: person.name.clone(),
                email: person.email.clone(),
                token_hash: hash_token(token),
                checkin_code: checkin_code(),
            })
            .collect(),
        organisation: text.organisation.clone(),
        role: text.role.clone(),
        dietary: text.dietary.clone(),
        accessibility: text.accessibility.clone(),
        interpreting: text.interpreting.clone(),
        lang: lang.code().to_string(),
        district: text.district.clone(),
        choices: text.choices.clone(),
    };
    let audit = crate::audit::anonymous(now, "register", "conference_registration");
    let placed = match state.store.register(&registration, &audit).await {
        Ok(s) => s,
        Err(StoreError::Conflict(_)) => {
            return Err(HtmlError::new(
                AppError::refused(StatusCode::CONFLICT, "conference-registered-already"),
                lang,
            ));
        }
        Err(e) => return Err(HtmlError::new(AppError::from(e), lang)),
    };
    for (person, token) in registration.people.iter().zip(&tokens) {
        // The calendar of the confirmation holds the workshops they have a place in.
        let mine: Vec<String> = state
            .store
            .registration(&person.token_hash)
            .await
            .map_err(|e| HtmlError::new(AppError::from(e), lang))?
            .map(|(_, choices)| {
                choices
                    .iter()
                    .filter(|c| c.state() == PlaceState::Confirmed)
                    .map(|c| c.session_id.clone())
                    .collect()
            })
            .unwrap_or_default();
        mails::registered(
            &state,
            now,
            &p,
            (person, token),
            lang,
            placed == PlaceState::Confirmed,
            &mine,
        );
    }
    let first = tokens.first().cloned().unwrap_or_default();
    let to = layout::href(
        lang,
        &format!("/fachtag/anmeldung/{first}"),
        &[("neu", "1".into())],
    );
    let mut resp = axum::response::Redirect::to(&to).into_response();
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(resp)
}
