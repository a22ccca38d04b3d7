//! GET `/handzettel?id=…&id=…`: a printable sheet of chosen services in the client's
//! language and in German side by side.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::HANDOUT_LIMIT;
use super::detail::{DetailView, load, view};
use super::request::PageQuery;
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame};

#[derive(Template)]
#[template(path = "handout.html")]
struct HandoutPage {
    tr: Tr,
    de: Tr,
    frame: Frame,
    bilingual: bool,
    /// Per item: the reader's and the German view, the live entry's address and its QR
    /// code (inline SVG).
    items: Vec<(DetailView, DetailView, String, String)>,
    /// The day it was printed, as the reader writes dates.
    date: String,
    pdf_href: String,
}

pub async fn page(
    State(state): State<AppState>,
    PageQuery {
        pairs,
        lang,
        set_cookie,
    }: PageQuery,
) -> Response {
    match render(&state, &pairs, lang).await {
        Ok(html) => layout::page(html, lang, set_cookie),
        Err(error) => HtmlError { error, lang }.into_response(),
    }
}

/// GET `/handzettel.pdf?id=…`: the same handout as a PDF document to download.
pub async fn pdf(
    State(state): State<AppState>,
    PageQuery {
        pairs,
        lang,
        set_cookie: _,
    }: PageQuery,
) -> Response {
    match pdf_bytes(&state, &pairs, lang).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"handzettel.pdf\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            bytes,
        )
            .into_response(),
        Err(error) => HtmlError { error, lang }.into_response(),
    }
}

async fn pdf_bytes(
    state: &AppState,
    pairs: &[(String, String)],
    lang: Lang,
) -> Result<Vec<u8>, AppError> {
    let ids = ids(pairs)?;
    let now = state.clock.now();
    let mut items = Vec::new();
    for id in &ids {
        let (v, doc) = load(state, id).await?;
        let mut columns = vec![column(&view(&v, &doc, lang, now), lang)];
        if lang != Lang::De {
            columns.push(column(&view(&v, &doc, Lang::De, now), Lang::De));
        }
        items.push(columns);
    }
    let (tr, de) = (Tr::new(lang), Tr::new(Lang::De));
    let handout = beratungsnetz_pdf::Handout {
        lang: lang.code().into(),
        rtl: lang.dir() == "rtl",
        title: tr.attr("handout-title"),
        intro: tr.attr("handout-intro"),
        german: (lang != Lang::De).then(|| (de.attr("handout-title"), de.attr("handout-intro"))),
        items,
        date: format!(
            "{} {}",
            tr.attr("handout-date"),
            super::detail::date(now.today(), lang)
        ),
        appointment: tr.attr("handout-appointment"),
        links: ids.iter().map(|id| entry_link(state, id)).collect(),
    };
    // Typesetting takes tens of milliseconds: off the async threads.
    tokio::task::spawn_blocking(move || beratungsnetz_pdf::handout(&handout))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)
}

/// One service in one language, as the handout page's card shows it.
fn column(v: &DetailView, lang: Lang) -> beratungsnetz_pdf::Column {
    let t = Tr::new(lang);
    let sep = lang.list_sep();
    let mut rows = Vec::new();
    if let Some((_, org)) = &v.organization {
        rows.push((t.attr("label-organization"), org.clone(), true));
    }
    if !v.needs.is_empty() {
        rows.push((t.attr("detail-needs"), v.needs.join(sep), false));
    }
    if !v.languages.is_empty() {
        rows.push((t.attr("label-languages"), v.languages.join(sep), false));
    }
    let cost = if v.free { "cost-free" } else { "cost-paid" };
    rows.push((t.attr("label-cost"), t.attr(cost), false));
    for l in &v.locations {
        rows.push((t.attr("detail-address"), l.lines.join(", "), true));
    }
    if !v.phones.is_empty() {
        let numbers: Vec<String> = v.phones.iter().map(|p| unbreakable(&p.number)).collect();
        rows.push((t.attr("detail-phone"), numbers.join(", "), true));
    }
    beratungsnetz_pdf::Column {
        lang: lang.code().into(),
        rtl: lang.dir() == "rtl",
        name: if v.name.is_empty() {
            t.attr("service-unnamed")
        } else {
            v.name.clone()
        },
        rows,
        hours_label: if v.hours_of_location {
            format!(
                "{} ({})",
                t.attr("detail-hours"),
                t.attr("hours-of-building-short")
            )
        } else {
            t.attr("detail-hours")
        },
        hours: v
            .hours
            .iter()
            .map(|h| (t.attr(h.day_key), h.text(&t)))
            .chain(v.hours_notes.iter().map(|n| (String::new(), n.clone())))
            .collect(),
        no_hours: t.attr("hours-none"),
    }
}

/// The address of a service's live entry, for people who keep the paper, and its QR code
/// (SVG; empty if it cannot be drawn).
fn entry_link(state: &AppState, id: &str) -> (String, String) {
    let url = format!("{}/angebot/{id}", state.config.public_url);
    let qr = crate::accounts::totp::qr_svg_sized(&url, 96).unwrap_or_default();
    (url, qr)
}

/// Phone numbers that never break across lines: non-breaking spaces and hyphens.
fn unbreakable(number: &str) -> String {
    number.replace(' ', "\u{00A0}").replace('-', "\u{2011}")
}

/// The ids asked for: hyphenated UUIDs, at least one, at most [`HANDOUT_LIMIT`].
pub fn ids(pairs: &[(String, String)]) -> Result<Vec<String>, AppError> {
    let mut ids: Vec<String> = Vec::new();
    // Other parameters (a shared link's `fbclid`, `utm_source`, …) are ignored: the page
    // still opens.
    for (_, v) in pairs.iter().filter(|(k, _)| k == "id") {
        for id in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if id.len() != 36 || uuid::Uuid::parse_str(id).is_err() {
                return Err(AppError::bad_request("id", "must be a UUID"));
            }
            if !ids.iter().any(|x| x == id) {
                ids.push(id.to_string());
            }
        }
    }
    if ids.is_empty() {
        return Err(AppError::bad_request("id", "give at least one service id"));
    }
    if ids.len() > HANDOUT_LIMIT {
        return Err(AppError::bad_request(
            "id",
            format!("at most {HANDOUT_LIMIT} services"),
        ));
    }
    Ok(ids)
}

async fn render(
    state: &AppState,
    pairs: &[(String, String)],
    lang: Lang,
) -> Result<String, AppError> {
    let ids = ids(pairs)?;
    let now = state.clock.now();
    let mut items = Vec::new();
    for id in &ids {
        let (v, doc) = load(state, id).await?;
        let (url, qr) = entry_link(state, id);
        items.push((
            view(&v, &doc, lang, now),
            view(&v, &doc, Lang::De, now),
            url,
            qr,
        ));
    }
    let keep: Vec<(&str, String)> = ids.iter().map(|id| ("id", id.clone())).collect();
    HandoutPage {
        tr: Tr::new(lang),
        de: Tr::new(Lang::De),
        frame: Frame::new(lang, "/handzettel", &keep),
        bilingual: lang != Lang::De,
        date: super::detail::date(now.today(), lang),
        items,
        pdf_href: layout::href(lang, "/handzettel.pdf", &keep),
    }
    .render()
    .map_err(AppError::from)
}
