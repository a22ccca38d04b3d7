//! GET `/verwaltung/fallkonstellation`: the form (needs, place, radius, languages, age,
//! constraints) and, once asked, the answer per need — what fits and why, what was left
//! out and why, a need with nothing in reach said plainly with the nearest alternative —
//! with the services serving several needs first, one handout for all, and a referral
//! to start from each service. Works without JavaScript: the form is a GET.

use askama::Template;
use axum::extract::RawQuery;
use axum::http::StatusCode;
use beratungsnetz_core::matching::{Assessment, Why, WhyNot, serving_several};
use beratungsnetz_core::taxonomy;

use super::case::{Asked, Found, RADII, answer_blocking, read};
use crate::accounts::session::StaffRequest;
use crate::chrome::error::HtmlResult;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{Frame, encode};
use crate::chrome::numbers::km;
use crate::chrome::staff::Nav;
use crate::directory::labels;
use crate::interfaces::shown::Shown;

/// A service as the answer lists it.
struct Line {
    id: String,
    name: String,
    organization: String,
    /// "2,4 km", or empty for a service without a place.
    distance: String,
    /// Why it fits, or why it was left out, in the reader's language.
    reasons: Vec<String>,
    /// The interface sheets of its kinds (for the services that fit).
    sheets: Vec<crate::interfaces::SheetView>,
}

/// An area's label and its needs: (code, label, ticked).
type NeedGroup = (String, Vec<(&'static str, String, bool)>);

/// One need's part of the answer.
struct NeedView {
    id: String,
    label: String,
    fitting: Vec<Line>,
    left_out: Vec<Line>,
    nearest: Option<Line>,
}

#[derive(Template)]
#[template(path = "matching.html")]
struct MatchingPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    /// Every need by area.
    needs: Vec<NeedGroup>,
    situation: String,
    near: String,
    radii: Vec<(u32, bool)>,
    languages: String,
    age: String,
    free: bool,
    barrier_free: bool,
    remote: bool,
    /// The place the answer is around, once asked.
    place: Option<String>,
    radius: String,
    /// A problem with the form, as a message key.
    problem: Option<&'static str>,
    /// (service line, labels of the needs it serves).
    several: Vec<(Line, String)>,
    answers: Vec<NeedView>,
    handout_href: Option<String>,
    counsellor: bool,
}

fn why_text(tr: &Tr, lang: Lang, w: &Why) -> String {
    let code = lang.code();
    match w {
        Why::Need { code: need } => {
            tr.arg("match-why-need", "need", &labels::term_label(need, code))
        }
        Why::Language { code: l } => tr.arg(
            "match-why-language",
            "language",
            &labels::language_label(l, code),
        ),
        Why::Near { km: d } => tr.arg("match-why-near", "km", &km(*d, lang)),
        Why::Statewide => tr.t("match-why-statewide"),
        Why::Remote => tr.t("match-why-remote"),
        Why::AlsoServes { codes } => {
            let needs: Vec<String> = codes.iter().map(|c| labels::term_label(c, code)).collect();
            tr.arg("match-why-also", "needs", &needs.join(lang.list_sep()))
        }
        Why::OpenNow => tr.t("filter-open-now"),
        Why::Capacity { available } => tr.num(
            "match-why-capacity",
            "n",
            // Places are whole; what a service reports is not trusted to be.
            available.floor().clamp(0.0, 1e9) as u64,
        ),
        Why::Opens { weekday, minute } => {
            crate::directory::detail::opening_text(tr, *weekday, *minute)
        }
    }
}

fn why_not_text(tr: &Tr, lang: Lang, w: &WhyNot) -> String {
    match w {
        WhyNot::Language => tr.t("match-why-not-language"),
        WhyNot::Age { min, max } => {
            let ages = match (min, max) {
                (Some(a), Some(b)) => tr.plain(
                    "match-ages-range",
                    &[("min", a.to_string()), ("max", b.to_string())],
                ),
                (Some(a), None) => tr.plain("match-ages-from", &[("min", a.to_string())]),
                (None, Some(b)) => tr.plain("match-ages-to", &[("max", b.to_string())]),
                (None, None) => String::new(),
            };
            tr.arg("match-why-not-age", "ages", &ages)
        }
        WhyNot::NotFree => tr.t("match-why-not-free"),
        WhyNot::NotBarrierFree => tr.t("match-why-not-barrier-free"),
        WhyNot::Full => tr.t("match-why-not-full"),
        WhyNot::OutOfReach { km: d } => tr.arg("match-why-not-far", "km", &km(*d, lang)),
    }
}

fn line(
    tr: &Tr,
    lang: Lang,
    a: &Assessment,
    found: &[Found],
    fitting: bool,
    shown: Option<&Shown>,
) -> Line {
    let f = found.iter().find(|f| f.summary.id == a.id);
    let sheets = match (shown, f) {
        (Some(shown), Some(f)) => shown.of(f.summary.tags.iter().map(String::as_str), tr),
        _ => Vec::new(),
    };
    let reasons = if fitting {
        a.why.iter().map(|w| why_text(tr, lang, w)).collect()
    } else {
        a.why_not
            .iter()
            .map(|w| why_not_text(tr, lang, w))
            .collect()
    };
    Line {
        id: a.id.clone(),
        name: f.map(|f| f.summary.name.clone()).unwrap_or_default(),
        organization: f
            .map(|f| f.summary.organization.clone())
            .unwrap_or_default(),
        distance: a
            .distance_km
            .filter(|d| d.is_finite())
            .map(|d| km(d, lang))
            .unwrap_or_default(),
        reasons,
        sheets,
    }
}

/// The radii to choose from, with the one asked for among them (an address may ask for
/// another than the form offers; sent again, the form keeps it).
fn radii(asked: f64) -> Vec<(u32, bool)> {
    let mut all: Vec<u32> = RADII.to_vec();
    // The reader only takes whole kilometres from 1 to 500.
    let asked_km = asked as u32;
    if !all.contains(&asked_km) {
        all.push(asked_km);
        all.sort_unstable();
    }
    all.into_iter().map(|r| (r, r == asked_km)).collect()
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    RawQuery(query): RawQuery,
) -> HtmlResult {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.as_deref().unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let lang = staff.lang;
    let asked_at_all = pairs.iter().any(|(k, _)| k != "lang");
    let asked: Asked = read(&pairs).map_err(|e| staff.html_error(e))?;
    let problem = match (
        asked_at_all,
        asked.case.needs.is_empty(),
        asked.place.is_none(),
    ) {
        (false, _, _) => None,
        (true, true, _) => Some("match-needs-needed"),
        (true, false, true) => Some("match-place-needed"),
        _ => None,
    };
    let (answers, found) = if problem.is_none() {
        answer_blocking(state.search.clone(), asked.clone(), staff.now)
            .await
            .map_err(|e| staff.html_error(e))?
    } else {
        (Vec::new(), Vec::new())
    };
    let tr = Tr::new(lang);
    let code = lang.code();
    let several = serving_several(&answers)
        .into_iter()
        .filter_map(|(id, needs)| {
            let a = answers
                .iter()
                .flat_map(|n| n.fitting.iter())
                .find(|a| a.id == id)?;
            let labels: Vec<String> = needs.iter().map(|n| labels::term_label(n, code)).collect();
            Some((
                line(&tr, lang, a, &found, true, None),
                labels.join(lang.list_sep()),
            ))
        })
        .collect();
    // One handout for all needs: the best fit of each, in the client's language when the
    // site speaks it.
    let mut handout_ids: Vec<&str> = Vec::new();
    for a in answers.iter().filter_map(|n| n.fitting.first()) {
        if !handout_ids.contains(&a.id.as_str()) {
            handout_ids.push(&a.id);
        }
    }
    let client_lang = asked
        .case
        .languages
        .iter()
        .find_map(|l| Lang::from_code(l))
        .unwrap_or(Lang::De);
    let handout_href = (!handout_ids.is_empty()).then(|| {
        let ids: Vec<String> = handout_ids
            .iter()
            .map(|id| format!("id={}", encode(id)))
            .collect();
        format!("/handzettel?{}&lang={}", ids.join("&"), client_lang.code())
    });
    let shown = Shown::load(&state).await.map_err(|e| staff.html_error(e))?;
    let views = answers
        .iter()
        .map(|n| NeedView {
            id: n.need.trim_start_matches("need:").to_string(),
            label: labels::term_label(&n.need, code),
            fitting: n
                .fitting
                .iter()
                .map(|a| line(&tr, lang, a, &found, true, Some(&shown)))
                .collect(),
            left_out: n
                .left_out
                .iter()
                .map(|a| line(&tr, lang, a, &found, false, None))
                .collect(),
            nearest: n
                .nearest
                .as_ref()
                .map(|a| line(&tr, lang, a, &found, true, Some(&shown))),
        })
        .collect();
    let c = &asked.case;
    let page = MatchingPage {
        frame: Frame::new(lang, "/verwaltung/fallkonstellation", &[]),
        nav: Nav::new(&staff, &state),
        needs: taxonomy::areas()
            .map(|area| {
                let items = area
                    .needs()
                    .map(|t| {
                        (
                            t.code,
                            t.label(code).to_string(),
                            c.needs.iter().any(|n| n == t.code),
                        )
                    })
                    .collect();
                (area.label(code).to_string(), items)
            })
            .collect(),
        situation: asked.situation.clone(),
        near: asked.near.clone(),
        radii: radii(c.radius_km),
        languages: c.languages.join(", "),
        age: c.age.map(|a| a.to_string()).unwrap_or_default(),
        free: c.free_only,
        barrier_free: c.barrier_free,
        remote: c.remote_ok,
        place: asked.place.as_ref().map(|(label, _, _)| label.clone()),
        radius: format!("{}", c.radius_km),
        problem,
        several,
        answers: views,
        handout_href,
        counsellor: staff.grants.is_counsellor(),
        tr,
    };
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    // `render` sends it `no-store`: the case is in the address, no cache keeps it.
    Ok(staff.render(page, status))
}
