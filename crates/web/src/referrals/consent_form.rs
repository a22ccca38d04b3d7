//! GET `/verwaltung/verweisungen/einwilligung`: the consent form (Schweigepflichtentbindung)
//! to print and sign, in the client's language beside German, with the receiving service
//! filled in when one is named. Its text is versioned: the version is printed on the
//! form and stored with every consent given ([`CONSENT_FORM_VERSION`]); a test holds the
//! German text to its version, so a changed text needs a new version.

use axum::extract::Query;
use axum::http::header;
use axum::response::IntoResponse;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::referrals::Category;
use beratungsnetz_core::referrals::draft::CONSENT_FORM_VERSION;
use serde::Deserialize;

use super::start::record;
use super::{counselling, sheet_beside_german};
use crate::accounts::session::StaffRequest;
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};

#[derive(Deserialize)]
pub struct FormQuery {
    /// The client's language.
    #[serde(default)]
    sprache: String,
    /// The receiving service, if chosen.
    #[serde(default)]
    angebot: String,
}

/// The message ids of the form's paragraphs, in order: the text the version stands for.
pub const TEXT_KEYS: [&str; 6] = [
    "consent-form-intro",
    "consent-form-what",
    "consent-form-voluntary",
    "consent-form-withdraw",
    "consent-form-keep",
    "consent-form-rights",
];

/// A line to write on.
const BLANK: &str = "______________________________";

/// The form in one language: who passes what to whom, for what and until when; the
/// client's rights; the signatures.
fn part(lang: Lang, sender: &str, receiver: &str) -> beratungsnetz_pdf::Part {
    let tr = Tr::new(lang);
    let t = |key: &str| tr.attr(key);
    let or_blank = |v: &str| {
        if v.is_empty() {
            BLANK.to_string()
        } else {
            v.to_string()
        }
    };
    let section = |heading: String| beratungsnetz_pdf::Section {
        heading,
        ..Default::default()
    };
    let mut parties = section(t("consent-form-parties"));
    parties.rows = vec![
        (t("consent-form-client"), BLANK.into(), false),
        (t("referral-sender-org"), or_blank(sender), false),
        (t("referral-to"), or_blank(receiver), false),
    ];
    let mut what = section(t("referral-consent-categories"));
    what.paragraphs = vec![t("consent-form-what")];
    what.rows = Category::ALL
        .iter()
        .map(|c| {
            (
                "[   ]".to_string(),
                t(&format!("referral-category-{}", c.code())),
                false,
            )
        })
        .collect();
    what.rows
        .push((t("referral-consent-purpose"), BLANK.into(), false));
    what.rows
        .push((t("referral-consent-until"), BLANK.into(), false));
    let mut rights = section(t("consent-form-rights-heading"));
    rights.paragraphs = TEXT_KEYS[2..].iter().map(|k| t(k)).collect();
    rights.signatures = vec![
        t("consent-form-sign-client"),
        t("consent-form-sign-counsellor"),
    ];
    beratungsnetz_pdf::Part {
        lang: lang.code().into(),
        rtl: lang.dir() == "rtl",
        title: t("consent-form-title"),
        intro: vec![t("consent-form-intro")],
        sections: vec![parties, what, rights],
    }
}

pub async fn pdf(
    StaffRequest { state, staff }: StaffRequest,
    Query(q): Query<FormQuery>,
) -> HtmlResult {
    let orgs = counselling(&staff)?;
    let lang = match q.sprache.as_str() {
        "" => Lang::De,
        code => Lang::from_code(code).ok_or_else(|| {
            staff.html_error(AppError::bad_request("sprache", "unknown language"))
        })?,
    };
    let receiver = if q.angebot.is_empty() {
        String::new()
    } else {
        let service = record(&state, Entity::Service, &q.angebot)
            .await
            .map_err(|e| staff.html_error(e))?
            .ok_or_else(|| staff.html_error(AppError::NotFound))?;
        let org = record(
            &state,
            Entity::Organization,
            service.str("organization_id").unwrap_or_default(),
        )
        .await
        .map_err(|e| staff.html_error(e))?;
        let org = org.as_ref().and_then(|o| o.str("name")).unwrap_or_default();
        format!("{} – {org}", service.str("name").unwrap_or_default())
    };
    // The sending organisation is printed when the counsellor counsels at one only.
    let sender = match orgs.as_slice() {
        [one] => record(&state, Entity::Organization, one.as_str())
            .await
            .map_err(|e| staff.html_error(e))?
            .and_then(|o| o.str("name").map(str::to_string))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let footer = format!(
        "{} {CONSENT_FORM_VERSION}",
        Tr::new(Lang::De).attr("consent-form-version")
    );
    let body = sheet_beside_german(lang, |l| part(l, &sender, &receiver), footer)
        .await
        .map_err(|e| staff.html_error(e))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "inline; filename=\"einwilligung-{CONSENT_FORM_VERSION}-{}.pdf\"",
                    lang.code()
                ),
            ),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// FNV-1a: a digest that stays the same across Rust releases.
    fn digest(text: &str) -> u64 {
        text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    /// Changing the German text of the form means a new version: bump
    /// `CONSENT_FORM_VERSION` and the digest here together.
    #[test]
    fn the_consent_text_is_held_to_its_version() {
        let tr = Tr::new(Lang::De);
        let text: Vec<String> = TEXT_KEYS.iter().map(|k| tr.attr(k)).collect();
        assert!(
            text.iter()
                .all(|t| !t.is_empty() && !t.starts_with("consent-form"))
        );
        let pinned = (CONSENT_FORM_VERSION, digest(&text.join("\n")));
        assert_eq!(
            pinned,
            ("2026-1", 582_322_766_398_768_830),
            "the text changed: a new version?"
        );
    }
}
