//! GET `/`: the list of services as a server-rendered page.

use std::collections::HashMap;

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use beratungsnetz_core::geo;
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_store::ServiceRow;

use super::{Window, load};
use crate::AppState;
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame, href};

/// Characters of a description the list shows.
const EXCERPT_CHARS: usize = 200;
/// Descriptions of demo records start with this word.
const SAMPLE_MARKER: &str = "Beispieldaten";

struct ServiceItem {
    href: String,
    name: Option<String>,
    organization: Option<String>,
    town: Option<String>,
    excerpt: Option<String>,
    sample: bool,
}

struct PageLink {
    href: String,
    page: u64,
}

/// A "browse by need" link.
struct NeedLink {
    href: String,
    label: String,
    icon: &'static str,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    tr: Tr,
    frame: Frame,
    total: u64,
    page: u64,
    total_pages: u64,
    services: Vec<ServiceItem>,
    has_sample: bool,
    prev: Option<PageLink>,
    next: Option<PageLink>,
    first_href: String,
    search_action: String,
    needs: Vec<NeedLink>,
    /// The state's districts, each leading to its page.
    districts: Vec<(String, String)>,
}

pub async fn page(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> HtmlResult {
    let params = match query {
        Ok(Query(params)) => params,
        Err(_) => {
            return Err(HtmlError {
                error: AppError::bad_request("query", "malformed query string"),
                lang: Lang::default(),
            });
        }
    };
    let (lang, set_cookie) = Lang::choose(params.get("lang").map(String::as_str), &headers);
    render(&state, &params, lang)
        .await
        .map(|html| layout::page(html, lang, set_cookie))
        .map_err(|error| HtmlError { error, lang })
}

async fn render(
    state: &AppState,
    params: &HashMap<String, String>,
    lang: Lang,
) -> Result<String, AppError> {
    let window = Window::from_query(params, false)?;
    let (total, rows) = load(state.store.as_ref(), window).await?;
    let total_pages = window.total_pages(total);
    let services: Vec<ServiceItem> = rows.into_iter().map(|r| item(r, lang)).collect();
    let link = |page: u64| PageLink {
        href: href(lang, "/", &[("page", page.to_string())]),
        page,
    };
    let page = window.page;
    let keep = if page > 1 {
        vec![("page", page.to_string())]
    } else {
        Vec::new()
    };
    HomePage {
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/", &keep),
        total,
        page,
        total_pages,
        has_sample: services.iter().any(|s| s.sample),
        services,
        prev: (page > 1 && page <= total_pages).then(|| link(page - 1)),
        next: (page < total_pages).then(|| link(page + 1)),
        first_href: href(lang, "/", &[]),
        search_action: "/suche".to_string(),
        needs: taxonomy::terms_of(Facet::Need)
            .map(|t| NeedLink {
                href: href(lang, "/suche", &[("need", t.code.to_string())]),
                label: t.label(lang.code()).to_string(),
                icon: super::icons::need_icon(t.code),
            })
            .collect(),
        districts: district_links(lang),
    }
    .render()
    .map_err(AppError::from)
}

/// (name, link) of every district of Sachsen-Anhalt, by name.
pub fn district_links(lang: Lang) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = geo::gazetteer()
        .districts(geo::SACHSEN_ANHALT)
        .into_iter()
        .map(|(code, _)| {
            (
                geo::district_label(&code),
                href(lang, &format!("/region/{code}"), &[]),
            )
        })
        .collect();
    out.sort();
    out
}

fn item(row: ServiceRow, lang: Lang) -> ServiceItem {
    let description = row.service.str("description").map(str::trim);
    ServiceItem {
        href: href(lang, &format!("/angebot/{}", row.service.id), &[]),
        name: non_empty(row.service.str("name")),
        organization: non_empty(row.organization.as_ref().and_then(|o| o.str("name"))),
        town: non_empty(row.city.as_deref()),
        excerpt: description.filter(|d| !d.is_empty()).map(excerpt),
        sample: description.is_some_and(|d| d.starts_with(SAMPLE_MARKER)),
    }
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// The first [`EXCERPT_CHARS`] characters, cut at a word boundary where there is one.
fn excerpt(text: &str) -> String {
    super::request::excerpt(text, EXCERPT_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_keep_short_text_and_cut_long_text_at_a_word() {
        assert_eq!(excerpt("kurz"), "kurz");
        let long = "Wort ".repeat(60);
        let cut = excerpt(&long);
        assert!(cut.chars().count() <= EXCERPT_CHARS + 1, "{cut}");
        assert!(cut.ends_with("Wort…"), "{cut}");
        // Multi-byte characters at the cut must not panic.
        let umlauts = "ä".repeat(300);
        assert_eq!(excerpt(&umlauts).chars().count(), EXCERPT_CHARS + 1);
    }
}
