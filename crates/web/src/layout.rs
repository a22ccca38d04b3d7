//! What every page shares: the frame around the content, links, error pages.

use askama::Template;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};

use crate::error::AppError;
use crate::i18n::{Lang, Tr};

/// Changes whenever `static/style.css` does, so browsers may cache it for good.
pub const CSS_VERSION: &str = "11";
pub const CSS: &str = include_str!("../static/style.css");

/// Changes whenever `static/suggest.js` does.
pub const JS_VERSION: &str = "1";
pub const SUGGEST_JS: &str = include_str!("../static/suggest.js");

/// GET `/static/suggest.js`: suggestions while typing, cached for a year.
pub async fn suggest_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        SUGGEST_JS,
    )
        .into_response()
}

/// GET `/static/leaflet/{file}`, `/static/map.js`: the map, served by this site.
pub async fn map_asset(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    let (body, kind): (&'static [u8], &str) = match file.as_str() {
        "leaflet.js" => (
            include_bytes!("../static/leaflet/leaflet.js"),
            "text/javascript; charset=utf-8",
        ),
        "leaflet.css" => (
            include_bytes!("../static/leaflet/leaflet.css"),
            "text/css; charset=utf-8",
        ),
        "map.js" => (
            include_bytes!("../static/map.js"),
            "text/javascript; charset=utf-8",
        ),
        "marker-icon.png" => (
            include_bytes!("../static/leaflet/images/marker-icon.png"),
            "image/png",
        ),
        "marker-icon-2x.png" => (
            include_bytes!("../static/leaflet/images/marker-icon-2x.png"),
            "image/png",
        ),
        "marker-shadow.png" => (
            include_bytes!("../static/leaflet/images/marker-shadow.png"),
            "image/png",
        ),
        _ => return AppError::NotFound.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response()
}

/// GET `/static/style.css`: the one stylesheet, cached for a year.
pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        CSS,
    )
        .into_response()
}

/// A rendered page; sets the language cookie when `?lang=` chose the language.
pub fn page(html: String, lang: Lang, set_cookie: bool) -> Response {
    let mut resp = Html(html).into_response();
    // The language can come from the cookie or Accept-Language: caches must keep them apart.
    resp.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    if set_cookie && let Ok(v) = HeaderValue::from_str(&lang.cookie()) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    resp
}

/// A link to the current page in another language.
pub struct LangLink {
    pub href: String,
    pub code: &'static str,
    pub name: String,
    pub current: bool,
}

/// Header and navigation data of `base.html`.
pub struct Frame {
    pub home_href: String,
    pub languages: Vec<LangLink>,
    pub css_href: String,
    pub js_href: String,
}

impl Frame {
    /// `params` are the query parameters that the language links keep.
    pub fn new(lang: Lang, path: &str, params: &[(&str, String)]) -> Frame {
        let languages = Lang::ALL
            .into_iter()
            .map(|l| {
                let mut with_lang = params.to_vec();
                with_lang.push(("lang", l.code().to_string()));
                LangLink {
                    href: build_href(path, &with_lang),
                    code: l.code(),
                    name: Tr::new(l).t("language-name"),
                    current: l == lang,
                }
            })
            .collect();
        Frame {
            home_href: href(lang, "/", &[]),
            languages,
            css_href: format!("/static/style.css?v={CSS_VERSION}"),
            js_href: format!("/static/suggest.js?v={JS_VERSION}"),
        }
    }
}

/// A link within the site that keeps the reader's language (German needs no parameter).
pub fn href(lang: Lang, path: &str, params: &[(&str, String)]) -> String {
    let mut all = params.to_vec();
    if lang != Lang::default() {
        all.push(("lang", lang.code().to_string()));
    }
    build_href(path, &all)
}

fn build_href(path: &str, params: &[(&str, String)]) -> String {
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// Percent-encodes a query value.
pub fn encode(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b':' => {
                out.push(char::from(b));
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    tr: Tr,
    frame: Frame,
    title_key: &'static str,
    message_key: &'static str,
    param: Option<String>,
}

pub fn error_page(lang: Lang, error: &AppError) -> Result<String, askama::Error> {
    let (title_key, message_key) = match error {
        AppError::NotFound => ("error-not-found-title", "error-not-found"),
        AppError::BadRequest { .. } => ("error-bad-request-title", "error-bad-request"),
        AppError::Refused { key, .. } => ("error-refused-title", *key),
        AppError::Internal(_) => ("error-internal-title", "error-internal"),
    };
    ErrorPage {
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/", &[]),
        title_key,
        message_key,
        param: match error {
            AppError::BadRequest { param, .. } => Some(param.clone()),
            _ => None,
        },
    }
    .render()
}
