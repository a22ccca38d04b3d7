//! The route without any data travelling. GET `/verwaltung/verweisungen/{id}/zettel`:
//! the slip the sender prints for the client — in the client's language and German, with
//! the service's address, phone and a code. GET/POST `/verwaltung/verweisungen/ankunft`:
//! the receiving service types the code in when the person arrives, which records the
//! first contact; the sender then sees "arrived" and nothing else.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use beratungsnetz_core::clock::Now;
use beratungsnetz_core::directory::view::ServiceDoc;
use beratungsnetz_core::ids::ReferralId;
use beratungsnetz_core::referrals::{Event, Party, slip};
use serde::Deserialize;

use super::{audit, counselling, keys};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::accounts::token::hash_token;
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// One language's half of the slip.
struct Half {
    tr: Tr,
    lang: &'static str,
    dir: &'static str,
    /// The opening hours in this language: (day, times), then notes with an empty day.
    hours: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "referral_slip.html")]
struct SlipPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    id: String,
    code: String,
    service: ServiceDoc,
    /// "Street 1, 06108 Halle (Saale)" of each place the service is offered at.
    addresses: Vec<String>,
    /// The client's language first (when it is a UI language other than German), then German.
    halves: Vec<Half>,
}

#[derive(Deserialize)]
pub struct SlipQuery {
    /// The client's language for the slip.
    #[serde(default)]
    sprache: String,
}

fn half(lang: Lang, nested: &serde_json::Value, service: &ServiceDoc, now: Now) -> Half {
    let tr = Tr::new(lang);
    let v = crate::directory::detail::view(nested, service, lang, now);
    let hours = v
        .hours
        .iter()
        .map(|h| (tr.attr(h.day_key), h.text(&tr)))
        .chain(v.hours_notes.iter().map(|n| (String::new(), n.clone())))
        .collect();
    Half {
        lang: lang.code(),
        dir: lang.dir(),
        hours,
        tr,
    }
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Path(id): Path<String>,
    Query(q): Query<SlipQuery>,
) -> HtmlResult {
    let id = ReferralId::new(id);
    let orgs = staff.grants.counselling_organizations();
    let keys = keys(&state, &staff)?;
    // Only the sender prints the slip; for anyone else there is no such page.
    let r = state
        .store
        .referral_for(&keys, &id, &orgs)
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?
        .filter(|r| orgs.contains(&r.row.sender_org))
        .ok_or_else(|| staff.html_error(AppError::NotFound))?;
    let code = r
        .details
        .slip_code
        .clone()
        .ok_or_else(|| staff.html_error(AppError::NotFound))?;
    let (nested, service) = crate::directory::detail::load(&state, r.row.service_id.as_str())
        .await
        .map_err(|e| staff.html_error(e))?;
    // The client's language: the one asked for, else the first UI language they speak.
    let client = Lang::from_code(&q.sprache)
        .or_else(|| r.details.languages.iter().find_map(|l| Lang::from_code(l)));
    let mut halves = Vec::new();
    if let Some(lang) = client.filter(|l| *l != Lang::De) {
        halves.push(half(lang, &nested, &service, staff.now));
    }
    halves.push(half(Lang::De, &nested, &service, staff.now));
    audit(&state, &staff, &id, "referral-slip").await?;
    let page = SlipPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(
            staff.lang,
            &format!("/verwaltung/verweisungen/{id}/zettel"),
            &[],
        ),
        nav: Nav::new(&staff, &state),
        id: id.into_string(),
        code,
        service,
        addresses: addresses(&nested),
        halves,
    };
    Ok(staff.render(page, StatusCode::OK))
}

/// The postal addresses of a nested service's locations.
fn addresses(service: &serde_json::Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let sals = service["service_at_locations"]
        .as_array()
        .into_iter()
        .flatten();
    for sal in sals {
        for a in sal["location"]["addresses"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let text = |k: &str| a[k].as_str().unwrap_or_default().trim().to_string();
            let line = [
                text("address_1"),
                format!("{} {}", text("postal_code"), text("city")),
            ]
            .into_iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            if !line.is_empty() && !out.contains(&line) {
                out.push(line);
            }
        }
    }
    out
}

#[derive(Template)]
#[template(path = "referral_arrival.html")]
struct ArrivalPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    code: String,
    unknown: bool,
}

fn arrival_page(state: &AppState, staff: &Staff, code: String, unknown: bool) -> ArrivalPage {
    ArrivalPage {
        tr: Tr::new(staff.lang),
        frame: Frame::new(staff.lang, "/verwaltung/verweisungen/ankunft", &[]),
        nav: Nav::new(staff, state),
        code,
        unknown,
    }
}

pub async fn arrival_form(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    counselling(&staff)?;
    let page = arrival_page(&state, &staff, String::new(), false);
    Ok(staff.render(page, StatusCode::OK))
}

/// The code of a slip typed in: the referral to this organisation it belongs to moves to
/// "in progress". An unknown code (or one of another organisation's referral) gets the
/// same answer: 404 and the form again.
pub async fn arrival(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    let orgs = counselling(&staff)?;
    let typed = form.get("code");
    let found = match slip::normalize(typed) {
        Some(code) => state
            .store
            .referral_by_slip(&hash_token(&code), &orgs)
            .await
            .map_err(|e| staff.html_error(AppError::from(e)))?,
        None => None,
    };
    let Some((id, sender)) = found else {
        let page = arrival_page(&state, &staff, typed.to_string(), true);
        return Ok(staff.render(page, StatusCode::NOT_FOUND));
    };
    state
        .store
        .apply_referral_event(
            &id,
            Event::FirstContact,
            Party::Receiver,
            Some(&staff.account.id),
            staff.now.unix,
        )
        .await
        .map_err(|e| staff.html_error(AppError::from(e)))?
        .map_err(|_| staff.refuse(StatusCode::CONFLICT, "referral-refused"))?;
    audit(&state, &staff, &id, "referral-first-contact").await?;
    // The sender sees "arrived"; the mail says only that something changed.
    super::notify::tell(
        &state,
        staff.now,
        &id,
        super::notify::Whom::Sender(sender),
        false,
    );
    Ok(see_other(&format!("/verwaltung/verweisungen/{id}"), None))
}
