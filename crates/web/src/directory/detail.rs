//! GET `/angebot/{id}`: one service with everything a client needs to get there.

use askama::Template;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_search::ServiceDoc;
use beratungsnetz_search::doc::{Slot, next_opening, open_at};
use beratungsnetz_store::service_graph;
use serde_json::Value;

use super::labels;
use super::request::{check_id, choose_lang};
use crate::AppState;
use crate::accounts::session::Staff;
use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame, encode, href};
use beratungsnetz_core::clock::{self, Now};
use beratungsnetz_core::freshness;

const WEEKDAY_KEYS: [&str; 7] = [
    "weekday-mo",
    "weekday-tu",
    "weekday-we",
    "weekday-th",
    "weekday-fr",
    "weekday-sa",
    "weekday-su",
];

/// One weekday of a schedule.
pub struct HoursRow {
    pub day_key: &'static str,
    pub entries: Vec<HoursEntry>,
}

/// One time of a day: "13:00–15:00", how (a message key, when not in person) and the
/// schedule's note (German, as the organisation wrote it).
pub struct HoursEntry {
    pub time: String,
    pub mode_key: Option<&'static str>,
    pub note: Option<String>,
}

impl HoursRow {
    /// The row as one line of text (for the PDF).
    pub fn text(&self, tr: &Tr) -> String {
        self.entries
            .iter()
            .map(|e| {
                let mut t = e.time.clone();
                if let Some(k) = e.mode_key {
                    t.push_str(&format!(" ({})", tr.t(k)));
                }
                if let Some(n) = &e.note {
                    t.push_str(&format!(" – {n}"));
                }
                t
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// "Closed – opens Tuesday at 13:00" when not open at `now` (weekday, minute in Berlin);
/// `None` when open or never.
pub fn opens_next(tr: &Tr, slots: &[Slot], now: (u8, u16)) -> Option<String> {
    if open_at(slots, now.0, now.1) {
        return None;
    }
    let (day, minute) = next_opening(slots, now.0, now.1)?;
    Some(opening_text(tr, day, minute))
}

/// "Closed – opens Tuesday at 13:00" for the next opening on `day` (0 = Monday).
pub fn opening_text(tr: &Tr, day: u8, minute: u16) -> String {
    let day_key = WEEKDAY_KEYS
        .get(usize::from(day))
        .copied()
        .unwrap_or("weekday-mo");
    tr.plain(
        "hours-opens-next",
        &[("day", tr.t(day_key)), ("time", hhmm(minute))],
    )
}

pub struct LocationView {
    pub name: Option<String>,
    pub lines: Vec<String>,
    pub geo_href: Option<String>,
    pub osm_href: Option<String>,
    pub accessibility: Vec<String>,
}

pub struct Phone {
    pub number: String,
    pub href: String,
}

impl Phone {
    pub fn new(number: &str) -> Phone {
        Phone {
            number: number.to_string(),
            href: tel_href(number),
        }
    }
}

#[derive(Template)]
#[template(path = "detail.html")]
struct DetailPage {
    tr: Tr,
    frame: Frame,
    d: DetailView,
    search_href: String,
    handout_href: String,
    /// For a signed-in counsellor: where a referral to this service starts.
    refer_href: Option<String>,
    /// For a signed-in counsellor: the interface sheets of the service's kinds.
    sheets: Vec<crate::interfaces::SheetView>,
}

/// What the detail page and the handout show of one service, in one language.
pub struct DetailView {
    pub name: String,
    pub description: Option<String>,
    pub eligibility: Option<String>,
    pub organization: Option<(String, String)>,
    pub needs: Vec<String>,
    pub kinds: Vec<String>,
    pub targets: Vec<String>,
    pub languages: Vec<String>,
    pub hours: Vec<HoursRow>,
    /// The hours are the building's: the service has no schedule of its own.
    pub hours_of_location: bool,
    /// Notes of schedules without times ("Termine nach Vereinbarung").
    pub hours_notes: Vec<String>,
    pub open_now: bool,
    /// "Closed – opens Tuesday at 13:00".
    pub opens_next: Option<String>,
    /// Its locations describe their accessibility themselves (so no summary repeats it).
    pub access_details: bool,
    /// The districts it is offered in: (name, link to the district's page).
    pub districts: Vec<(String, String)>,
    pub locations: Vec<LocationView>,
    pub phones: Vec<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub barrier_free: bool,
    pub free: bool,
    pub fees: Option<String>,
    pub statewide: bool,
    pub verified: Option<String>,
    /// Not verified for twelve months.
    pub outdated: bool,
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn array<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// "09:00".
fn hhmm(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// An ISO date ("2025-01-15", also the date of a timestamp) as people in `lang` write it;
/// anything else as it is.
pub fn shown_date(iso: &str, lang: Lang) -> String {
    clock::day_number(iso).map_or_else(|| iso.to_string(), |d| date(d, lang))
}

/// A date as people in that language write it.
pub fn date(days: i64, lang: Lang) -> String {
    let (y, m, d) = clock::civil(days);
    match lang {
        Lang::De | Lang::Uk | Lang::Ru | Lang::Tr => format!("{d:02}.{m:02}.{y}"),
        Lang::En => format!("{d:02}/{m:02}/{y}"),
        Lang::Ar | Lang::Fa => clock::iso_date(days),
    }
}

/// A `tel:` link: digits and a leading plus only.
pub fn tel_href(number: &str) -> String {
    let mut out = String::from("tel:");
    for (i, c) in number.chars().enumerate() {
        if c.is_ascii_digit() || (c == '+' && i == 0) {
            out.push(c);
        }
    }
    out
}

pub async fn page(
    State(state): State<AppState>,
    headers: HeaderMap,
    staff: Option<Staff>,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let pairs = query.map(|Query(p)| p).unwrap_or_default();
    let (lang, set_cookie) = choose_lang(&pairs, &headers);
    // A counsellor signed in sees where to refer; the page is then theirs alone.
    let counsellor = staff.is_some_and(|s| s.grants.is_counsellor());
    let result = match check_id(path) {
        Ok(id) => render(&state, &id, lang, counsellor).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(html) if counsellor => layout::private(layout::page(html, lang, set_cookie)),
        Ok(html) => layout::page(html, lang, set_cookie),
        Err(error) => HtmlError { error, lang }.into_response(),
    }
}

async fn render(
    state: &AppState,
    id: &str,
    lang: Lang,
    counsellor: bool,
) -> Result<String, AppError> {
    let (v, doc) = load(state, id).await?;
    let tr = Tr::new(lang);
    let sheets = if counsellor {
        crate::interfaces::shown::Shown::load(state)
            .await?
            .of(doc.tags.iter().map(String::as_str), &tr)
    } else {
        Vec::new()
    };
    DetailPage {
        sheets,
        tr,
        frame: Frame::new(lang, &format!("/angebot/{id}"), &[]),
        d: view(&v, &doc, lang, state.clock.now()),
        search_href: href(lang, "/", &[]),
        handout_href: href(lang, "/handzettel", &[("id", id.to_string())]),
        refer_href: counsellor
            .then(|| format!("/verwaltung/verweisungen/neu?angebot={}", encode(id))),
    }
    .render()
    .map_err(AppError::from)
}

/// The nested service and what the index reads from it; NotFound if there is none.
pub async fn load(state: &AppState, id: &str) -> Result<(Value, ServiceDoc), AppError> {
    let ds = service_graph(state.store.as_ref(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let v = Nester::new(&ds)
        .service(id, &mut Seen::default())
        .ok_or(AppError::NotFound)?;
    let doc = ServiceDoc::from_nested(&v).ok_or(AppError::NotFound)?;
    Ok((v, doc))
}

/// The page's data in `lang`.
pub fn view(v: &Value, doc: &ServiceDoc, lang: Lang, now: Now) -> DetailView {
    let code = lang.code();

    let mut by_facet: [Vec<String>; 3] = Default::default();
    for c in &doc.tags {
        if let Some(t) = taxonomy::term(c) {
            let i = match t.facet {
                Facet::Need => 0,
                Facet::ServiceKind => 1,
                Facet::TargetGroup => 2,
            };
            by_facet[i].push(t.label(code).to_string());
        }
    }
    let [needs, kinds, targets] = by_facet;

    let mut hours: Vec<HoursRow> = Vec::new();
    for (day, key) in WEEKDAY_KEYS.iter().enumerate() {
        let entries: Vec<HoursEntry> = doc
            .hours
            .iter()
            .filter(|h| usize::from(h.weekday) == day)
            .map(|h| HoursEntry {
                time: format!("{}–{}", hhmm(h.opens), hhmm(h.closes)),
                mode_key: match h.mode.as_str() {
                    "phone" => Some("label-mode-phone"),
                    "video" => Some("label-mode-video"),
                    _ => None,
                },
                note: h.note.clone(),
            })
            .collect();
        if !entries.is_empty() {
            hours.push(HoursRow {
                day_key: key,
                entries,
            });
        }
    }
    let berlin = now.berlin_weekday_minute();
    let tr = Tr::new(lang);

    // The service's numbers, then its locations' (as the search reads them).
    let phones: Vec<Phone> = doc.phones.iter().map(|n| Phone::new(n)).collect();
    let mut locations: Vec<LocationView> = Vec::new();
    for sal in array(v, "service_at_locations") {
        let Some(loc) = sal.get("location") else {
            continue;
        };
        let address = array(loc, "addresses")
            .find(|a| text(a, "address_type").as_deref() != Some("postal"))
            .or_else(|| array(loc, "addresses").next());
        let mut lines: Vec<String> = Vec::new();
        if let Some(a) = address {
            for k in ["address_1", "address_2"] {
                if let Some(t) = text(a, k) {
                    lines.push(t);
                }
            }
            let town = [text(a, "postal_code"), text(a, "city")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            if !town.is_empty() {
                lines.push(town);
            }
        }
        let coords = match (
            loc.get("latitude").and_then(Value::as_f64),
            loc.get("longitude").and_then(Value::as_f64),
        ) {
            (Some(lat), Some(lon)) => Some((lat, lon)),
            _ => address
                .and_then(|a| text(a, "postal_code"))
                .and_then(|p| beratungsnetz_core::geo::gazetteer().by_plz(&p))
                .map(|p| (p.lat, p.lon)),
        };
        let query = lines.join(", ");
        // Each entry as one line: "Aufzug: bis ins 2. OG" rather than two loose ones.
        let accessibility: Vec<String> = array(loc, "accessibility")
            .filter_map(|a| match (text(a, "description"), text(a, "details")) {
                (Some(d), Some(x)) => Some(format!("{d}: {x}")),
                (d, x) => d.or(x),
            })
            .collect();
        locations.push(LocationView {
            name: text(loc, "name"),
            geo_href: coords.map(|(lat, lon)| format!("geo:{lat},{lon}?q={}", encode(&query))),
            osm_href: coords.map(|(lat, lon)| {
                format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
            }),
            lines,
            accessibility,
        });
    }

    let organization = v.get("organization").and_then(|o| {
        let id = text(o, "id")?;
        let name = text(o, "name").unwrap_or_default();
        Some((href(lang, &format!("/traeger/{id}"), &[]), name))
    });
    DetailView {
        name: text(v, "name").unwrap_or_default(),
        description: text(v, "description"),
        eligibility: text(v, "eligibility_description"),
        organization,
        needs,
        kinds,
        targets,
        languages: doc
            .languages
            .iter()
            .map(|l| labels::language_label(l, code))
            .collect(),
        hours,
        hours_of_location: doc.hours_of_location,
        hours_notes: doc.hours_notes.clone(),
        open_now: open_at(&doc.slots, berlin.0, berlin.1),
        opens_next: opens_next(&tr, &doc.slots, berlin),
        access_details: locations.iter().any(|l| !l.accessibility.is_empty()),
        districts: doc
            .districts
            .iter()
            .map(|d| {
                (
                    labels::district_label(d),
                    href(lang, &format!("/region/{d}"), &[]),
                )
            })
            .collect(),
        locations,
        phones,
        email: text(v, "email"),
        website: text(v, "url").filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        barrier_free: doc.barrier_free,
        free: doc.free,
        // "kostenlos (Kostenlos.)" says nothing twice.
        fees: text(v, "fees_description").filter(|f| {
            let plain = f.trim_end_matches('.').trim().to_lowercase();
            !(doc.free && ["kostenlos", "kostenfrei", "gratis", "free"].contains(&plain.as_str()))
        }),
        statewide: doc.statewide,
        verified: doc.verified_day.map(|d| date(d, lang)),
        outdated: freshness::outdated(doc.verified_day, now.today()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_links_and_dates() {
        assert_eq!(tel_href("+49 (345) 00-00"), "tel:+493450000");
        assert_eq!(tel_href("0345 000000"), "tel:0345000000");
        assert_eq!(hhmm(545), "09:05");
        assert_eq!(date(20_103, Lang::De), "15.01.2025");
        assert_eq!(date(20_103, Lang::Ar), "2025-01-15");
    }
}
