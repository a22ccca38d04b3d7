//! What every page shares: the frame around the content and links.

use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};

use super::i18n::{Lang, Tr};

/// Changes whenever `static/style.css` (served by `assets`) does, so browsers may cache it for good.
pub const CSS_VERSION: &str = "16";
/// Changes whenever `static/suggest.js` does.
pub const JS_VERSION: &str = "3";

/// A rendered page; sets the language cookie when `?lang=` chose the language.
/// A public page shown with what only the signed-in reader may see (a referral link):
/// no cache keeps it, nor hands it to anyone else.
pub fn private(mut resp: Response) -> Response {
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    resp
}

/// A JSON answer for one signed-in reader: no cache keeps it, and none hands it on to
/// another cookie.
pub fn personal_json(body: impl serde::Serialize) -> Response {
    (
        [
            (header::CACHE_CONTROL, "no-store"),
            (header::VARY, "Cookie"),
        ],
        axum::Json(body),
    )
        .into_response()
}

/// A file to save (`attachment`), never kept by a cache: the lists and figures of the
/// signed-in area.
pub fn attachment(content_type: &str, file: &str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

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
    /// The Fachtag's programme, in the footer of every page.
    pub fachtag_href: String,
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
            fachtag_href: href(lang, "/fachtag", &[]),
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
