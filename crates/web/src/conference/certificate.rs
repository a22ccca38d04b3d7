//! Certificates of attendance (Teilnahmebescheinigung). Someone checked in at the door
//! downloads theirs through their personal link
//! (`/fachtag/anmeldung/{token}/bescheinigung.pdf`): event, date, the sessions they
//! attended (the plenary and their own workshops) and the hours these make, and a code.
//! Anyone handed the certificate checks the code at `/fachtag/bescheinigung`. The
//! certificate is German, the language of the offices it is shown to.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::clock::berlin_day_minute;
use beratungsnetz_core::conference::after::{
    CODE_ALPHABET, CODE_LEN, attended, hours_text, minutes, normal_code,
};
use beratungsnetz_core::conference::registration::PlaceState;
use beratungsnetz_store::StoreError;
use beratungsnetz_store::conference::after::{CertificateRow, NewCertificate};

use super::{date_text, personal};
use crate::AppState;
use crate::accounts::session::PageLang;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame};

/// A new verification code: 12 characters of an alphabet without look-alikes (about 59
/// bits), grouped in fours.
fn new_code() -> String {
    let raw = super::random_code(CODE_ALPHABET, CODE_LEN);
    normal_code(&raw).unwrap_or(raw)
}

/// The address that confirms a code.
fn check_url(state: &AppState, code: &str) -> String {
    format!(
        "{}/fachtag/bescheinigung?code={code}",
        state.config.public_url.trim_end_matches('/')
    )
}

/// The certificate as a sheet: German, one part.
fn sheet(
    cert: &CertificateRow,
    p: &beratungsnetz_core::conference::Programme,
    url: &str,
) -> beratungsnetz_pdf::Sheet {
    let tr = Tr::new(Lang::De);
    let t = |key: &str| tr.attr(key);
    let date = date_text(p.event.day);
    let sessions = cert.sessions();
    let hours = hours_text(u32::try_from(cert.minutes).unwrap_or_default());
    let mut table = vec![vec![
        t("conference-certificate-time"),
        t("conference-certificate-session"),
    ]];
    table.extend(sessions.iter().map(|a| vec![a.time(), a.title.clone()]));
    let attendance = beratungsnetz_pdf::Section {
        heading: t("conference-certificate-attended"),
        rows: vec![(t("conference-certificate-hours"), hours.clone(), false)],
        table,
        ..Default::default()
    };
    let check = beratungsnetz_pdf::Section {
        heading: t("conference-certificate-check"),
        paragraphs: vec![t("conference-certificate-check-text")],
        rows: vec![
            (t("conference-certificate-code"), cert.code.clone(), true),
            (
                t("conference-certificate-check-page"),
                url.to_string(),
                true,
            ),
        ],
        ..Default::default()
    };
    let issued = date_text(berlin_day_minute(cert.issued_at).0);
    beratungsnetz_pdf::Sheet {
        parts: vec![beratungsnetz_pdf::Part {
            lang: "de".into(),
            rtl: false,
            title: t("conference-certificate-title"),
            intro: vec![tr.plain(
                "conference-certificate-intro",
                &[
                    ("name", cert.name.clone()),
                    ("organisation", cert.organisation.clone()),
                    ("event", p.event.title.clone()),
                    ("date", date),
                    ("venue", p.event.venue.clone()),
                    ("hours", hours),
                ],
            )],
            sections: vec![attendance, check],
        }],
        footer: tr.plain(
            "conference-certificate-footer",
            &[("event", p.event.title.clone()), ("issued", issued)],
        ),
    }
}

/// GET: the person's certificate as PDF; 404 for anyone not checked in.
pub async fn pdf(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (r, choices, p) = personal::find(&state, &token).await?;
    if r.state() != PlaceState::Confirmed || r.checked_in_at.is_none() {
        return Err(AppError::NotFound);
    }
    let own: Vec<String> = choices
        .iter()
        .filter(|c| c.state() == PlaceState::Confirmed)
        .map(|c| c.session_id.clone())
        .collect();
    let sessions = attended(&p, &own);
    let new = NewCertificate {
        code: new_code(),
        registration_id: r.id.clone(),
        minutes: minutes(&sessions),
        sessions,
    };
    let cert = state
        .store
        .certificate_for(&new, state.clock.now().unix)
        .await
        .map_err(|e| match e {
            StoreError::NotFound => AppError::NotFound,
            e => AppError::from(e),
        })?;
    let doc = sheet(&cert, &p, &check_url(&state, &cert.code));
    let body = tokio::task::spawn_blocking(move || beratungsnetz_pdf::sheet(&doc))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"teilnahmebescheinigung-{}.pdf\"",
                    p.event.year
                ),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
            (header::REFERRER_POLICY, "no-referrer".to_string()),
        ],
        body,
    )
        .into_response())
}

/// What the check found.
pub struct Found {
    pub name: String,
    pub organisation: String,
    pub event: String,
    pub date: String,
    pub hours: String,
    pub sessions: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "conference_certificate_check.html")]
struct CheckPage {
    tr: Tr,
    frame: Frame,
    lang: &'static str,
    code: String,
    /// None: nothing asked yet; Some(None): no such certificate.
    found: Option<Option<Found>>,
}

/// GET `/fachtag/bescheinigung?code=…`: confirms a certificate by its code; 404 with the
/// form again for a code that is no certificate's.
pub async fn check(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    PageLang(lang): PageLang,
) -> HtmlResult {
    let typed = query.get("code").map(|c| c.trim()).unwrap_or_default();
    let found = if typed.is_empty() {
        None
    } else {
        Some(
            lookup(&state, typed)
                .await
                .map_err(|e| HtmlError::new(e, lang))?,
        )
    };
    let status = match found {
        Some(None) => StatusCode::NOT_FOUND,
        _ => StatusCode::OK,
    };
    let html = CheckPage {
        frame: Frame::new(lang, "/fachtag/bescheinigung", &[]),
        lang: lang.code(),
        code: typed.chars().take(40).collect(),
        found,
        tr: Tr::new(lang),
    }
    .render()
    .map_err(|e| HtmlError::new(AppError::from(e), lang))?;
    let mut resp = layout::page(html, lang, false);
    *resp.status_mut() = status;
    // The result names a person: not for shared caches.
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("private, no-store"),
    );
    Ok(resp)
}

async fn lookup(state: &AppState, typed: &str) -> Result<Option<Found>, AppError> {
    let Some(code) = normal_code(typed) else {
        return Ok(None);
    };
    let Some(cert) = state.store.certificate(&code).await? else {
        return Ok(None);
    };
    let p = super::programme_of_event(state, &cert.event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Some(Found {
        name: cert.name.clone(),
        organisation: cert.organisation.clone(),
        event: p.event.title,
        date: date_text(p.event.day),
        hours: hours_text(u32::try_from(cert.minutes).unwrap_or_default()),
        sessions: cert
            .sessions()
            .iter()
            .map(|a| (a.time(), a.title.clone()))
            .collect(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use beratungsnetz_core::conference::after::Attended;
    use beratungsnetz_core::conference::{EventText, Programme};

    fn programme() -> Programme {
        Programme {
            id: "e".into(),
            event: EventText::new(
                2020,
                "Fachtag Migrationsberatung Sachsen-Anhalt 2020",
                beratungsnetz_core::clock::day_number("2020-01-22").unwrap_or_default(),
                "Magdeburg",
            ),
            rooms: Vec::new(),
            sessions: Vec::new(),
            updated_at: 0,
        }
    }

    /// Renders the certificate's first page and looks at it: an A4 page with the title
    /// at the top, the table of sessions below, and nothing running into the margins even
    /// with a very long session title. The PNG is kept for a person to look at.
    #[test]
    fn the_certificate_renders_on_one_a4_page_within_its_margins() {
        let sessions = vec![
            Attended {
                title: "Begrüßung durch die Staatssekretärin".into(),
                starts: 9 * 60 + 30,
                ends: 10 * 60,
            },
            Attended {
                title: "Workshop Schuldnerberatung: Schnittstelle zur Migrationsberatung, \
                        Unterlagen, Einwilligung und Rückmeldung an die verweisende Stelle"
                    .into(),
                starts: 13 * 60,
                ends: 15 * 60,
            },
        ];
        let cert = CertificateRow {
            code: "K7PX-3M9Q-2HTR".into(),
            registration_id: "r".into(),
            event_id: "e".into(),
            name: "Beispiel Teilnehmerin".into(),
            organisation: "Migrationsberatung Halle (Beispiel)".into(),
            minutes: i64::from(minutes(&sessions)),
            sessions: serde_json::to_string(&sessions).unwrap_or_default(),
            issued_at: 1_579_700_000,
        };
        let doc = sheet(
            &cert,
            &programme(),
            "https://beratungsnetz.example.org/fachtag/bescheinigung?code=K7PX-3M9Q-2HTR",
        );
        let pic = beratungsnetz_pdf::sheet_picture(&doc, 0).unwrap_or_else(|e| panic!("{e}"));
        let out = std::env::temp_dir().join("beratungsnetz-certificate.png");
        std::fs::write(&out, &pic.png).unwrap_or_else(|e| panic!("{e}"));
        eprintln!("certificate page: {}", out.display());
        // A4 at 2 px per point: 595 × 842 pt.
        assert_eq!((pic.width, pic.height), (1191, 1684));
        let dark = |x: u32, y: u32| {
            let i = usize::try_from((y * pic.width + x) * 4).unwrap_or_default();
            pic.rgba[i..i + 3].iter().all(|c| *c < 128)
        };
        let ink = |xs: std::ops::Range<u32>, ys: std::ops::Range<u32>| {
            ys.flat_map(|y| xs.clone().map(move |x| (x, y)))
                .filter(|(x, y)| dark(*x, *y))
                .count()
        };
        let w = pic.width;
        // 1.8 cm margins are 51 pt, 102 px; the title sits in the top band.
        assert!(ink(102..w - 102, 100..160) > 500, "the title at the top");
        assert!(
            ink(102..w - 102, 300..900) > 5_000,
            "text and the table below"
        );
        assert_eq!(ink(0..90, 0..1684), 0, "nothing in the left margin");
        assert_eq!(ink(w - 90..w, 0..1684), 0, "nothing in the right margin");
        assert!(
            beratungsnetz_pdf::sheet_picture(&doc, 1).is_err(),
            "one page"
        );
    }

    #[test]
    fn new_codes_are_well_formed_and_differ() {
        let a = new_code();
        assert_eq!(a.len(), CODE_LEN + 2, "{a}");
        assert_eq!(normal_code(&a), Some(a.clone()));
        assert_ne!(a, new_code());
    }
}
