//! What every page shares: the frame around the content, links, error pages.

use askama::Template;

use crate::error::AppError;
use crate::i18n::{Lang, Tr};

/// A link to the current page in another language.
pub struct LangLink {
    pub href: String,
    pub code: &'static str,
    pub name: String,
}

/// Header and navigation data of `base.html`.
pub struct Frame {
    pub home_href: String,
    pub languages: Vec<LangLink>,
}

impl Frame {
    /// `params` are the query parameters that the language links keep.
    pub fn new(lang: Lang, path: &str, params: &[(&str, String)]) -> Frame {
        let languages = Lang::ALL
            .into_iter()
            .filter(|l| *l != lang)
            .map(|l| {
                let mut with_lang = params.to_vec();
                with_lang.push(("lang", l.code().to_string()));
                LangLink {
                    href: build_href(path, &with_lang),
                    code: l.code(),
                    name: Tr::new(l).t("language-name"),
                }
            })
            .collect();
        Frame {
            home_href: href(lang, "/", &[]),
            languages,
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

// Values are numbers and language codes, so they need no percent-encoding.
fn build_href(path: &str, params: &[(&str, String)]) -> String {
    let query: Vec<String> = params.iter().map(|(k, v)| format!("{k}={v}")).collect();
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    tr: Tr,
    frame: Frame,
    title_key: &'static str,
    message_key: &'static str,
}

pub fn error_page(lang: Lang, error: &AppError) -> Result<String, askama::Error> {
    let (title_key, message_key) = match error {
        AppError::NotFound => ("error-not-found-title", "error-not-found"),
        AppError::BadRequest { .. } => ("error-bad-request-title", "error-bad-request"),
        AppError::Internal(_) => ("error-internal-title", "error-internal"),
    };
    ErrorPage {
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/", &[]),
        title_key,
        message_key,
    }
    .render()
}
