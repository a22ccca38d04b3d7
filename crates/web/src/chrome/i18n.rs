//! UI languages and Fluent lookups. Every UI string lives in `locales/*/*.ftl` (pages in
//! `main.ftl`, the signed-in area in `admin.ftl`, referrals in `referrals.ftl`, case
//! matching in `matching.ftl`, interface sheets in `interfaces.ftl`, vocabulary
//! labels in `labels.ftl`).

use std::borrow::{Borrow, Cow};
use std::collections::HashMap;

use beratungsnetz_core::directory::edit::FieldError;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};

static_loader! {
    // Body text: keeps Fluent's isolation marks around placeables, which right-to-left
    // languages need.
    static TEXT = {
        locales: "./locales",
        fallback_language: "de",
    };
}

static_loader! {
    // Attribute values: isolation marks would end up as stray characters there.
    static ATTR = {
        locales: "./locales",
        fallback_language: "de",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language of the user interface, by its code. German comes first and is the fallback.
// In the API document it describes parameters' values; handlers read `Lang::from_code`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, utoipa::ToSchema)]
#[schema(rename_all = "lowercase", default = "de")]
pub enum Lang {
    #[default]
    De,
    En,
    Ar,
    Fa,
    Uk,
    Ru,
    Tr,
}

impl Lang {
    pub const ALL: [Lang; 7] = [
        Lang::De,
        Lang::En,
        Lang::Ar,
        Lang::Fa,
        Lang::Uk,
        Lang::Ru,
        Lang::Tr,
    ];

    /// The BCP 47 tag, as used in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Tr => "tr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language a `?lang=` value asks for; German if absent or unknown.
    pub fn from_query(params: &HashMap<String, String>) -> Lang {
        params
            .get("lang")
            .and_then(|c| Lang::from_code(c))
            .unwrap_or_default()
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::De => langid!("de"),
            Lang::En => langid!("en"),
            Lang::Ar => langid!("ar"),
            Lang::Fa => langid!("fa"),
            Lang::Uk => langid!("uk"),
            Lang::Ru => langid!("ru"),
            Lang::Tr => langid!("tr"),
        }
    }

    /// What separates the items of a list: the Arabic comma in Arabic and Persian.
    pub fn list_sep(self) -> &'static str {
        match self {
            Lang::Ar | Lang::Fa => "، ",
            _ => ", ",
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar | Lang::Fa => "rtl",
            _ => "ltr",
        }
    }

    /// The first language of an `Accept-Language` header we offer, by quality.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(Lang, f32)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default().trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            if let Some(lang) = Lang::from_code(primary)
                && q > 0.0
                && best.is_none_or(|(_, b)| q > b)
            {
                best = Some((lang, q));
            }
        }
        best.map(|(l, _)| l)
    }

    /// The reader's language: `?lang=`, then the `lang` cookie, then `Accept-Language`,
    /// then German. The flag says whether `?lang=` chose it (and a cookie should be set).
    pub fn choose(query: Option<&str>, headers: &axum::http::HeaderMap) -> (Lang, bool) {
        if let Some(l) = query.and_then(Lang::from_code) {
            return (l, true);
        }
        let cookie = headers
            .get_all(axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|c| c.trim().split_once('='))
            .find(|(k, _)| *k == "lang")
            .and_then(|(_, v)| Lang::from_code(v.trim()));
        if let Some(l) = cookie {
            return (l, false);
        }
        let accept = headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Lang::from_accept_language);
        (accept.unwrap_or_default(), false)
    }

    /// The `Set-Cookie` value that remembers this language for a year.
    pub fn cookie(self) -> String {
        format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
            self.code()
        )
    }
}

/// Looks up UI strings in one language; templates call it.
#[derive(Clone, Debug)]
pub struct Tr {
    lang: Lang,
    id: LanguageIdentifier,
}

/// Every UI language with its own name ("Deutsch", "العربية"): for choosing the language
/// of mail, a PDF or a form.
pub fn own_names() -> Vec<(&'static str, String)> {
    Lang::ALL
        .into_iter()
        .map(|l| (l.code(), Tr::new(l).attr("language-name")))
        .collect()
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr {
            lang,
            id: lang.id(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message of the error at `field`, if the form has one there.
    pub fn error_for(&self, errors: &[FieldError], field: &str) -> Option<String> {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| self.t(e.key))
    }

    /// A message for element content.
    pub fn t(&self, key: &str) -> String {
        lookup(&TEXT, &self.id, key, None)
    }

    /// A message for an attribute value (no isolation marks).
    pub fn attr(&self, key: &str) -> String {
        lookup(&ATTR, &self.id, key, None)
    }

    /// A message with one text argument, for element content.
    pub fn arg(&self, key: &str, name: &str, value: &str) -> String {
        let args: Args = HashMap::from([(
            Cow::Owned(name.to_string()),
            FluentValue::from(value.to_string()),
        )]);
        lookup(&TEXT, &self.id, key, Some(args))
    }

    /// A message for plain text such as e-mail (no isolation marks), with text arguments.
    pub fn plain(&self, key: &str, args: &[(&str, String)]) -> String {
        let args: Args = args
            .iter()
            .map(|(k, v)| (Cow::Owned((*k).to_string()), FluentValue::from(v.clone())))
            .collect();
        lookup(&ATTR, &self.id, key, Some(args))
    }

    // Numbers are taken by `Borrow` because templates pass references.
    /// A message with one numeric argument, for element content.
    pub fn num(&self, key: &str, arg: &str, n: impl Borrow<u64>) -> String {
        lookup(&TEXT, &self.id, key, Some(num_args(arg, *n.borrow())))
    }

    /// A message with one numeric argument, for an attribute value.
    pub fn attr_num(&self, key: &str, arg: &str, n: impl Borrow<u64>) -> String {
        lookup(&ATTR, &self.id, key, Some(num_args(arg, *n.borrow())))
    }

    /// A message with two numeric arguments, for element content.
    pub fn num2(
        &self,
        key: &str,
        a: &str,
        a_n: impl Borrow<u64>,
        b: &str,
        b_n: impl Borrow<u64>,
    ) -> String {
        let mut args = num_args(a, *a_n.borrow());
        args.extend(num_args(b, *b_n.borrow()));
        lookup(&TEXT, &self.id, key, Some(args))
    }
}

/// A label for the JSON API in any language of the vocabulary (`de`, `en`, `ar`, `fa`, `uk`,
/// `ru`, `tr`; see `locales/*/labels.ftl`), German where that language lacks it; None when no
/// language has the key.
pub fn label(lang: &str, key: &str) -> Option<String> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_else(|_| langid!("de"));
    ATTR.try_lookup(&id, key)
}

type Args = HashMap<Cow<'static, str>, FluentValue<'static>>;

fn num_args(name: &str, n: u64) -> Args {
    HashMap::from([(Cow::Owned(name.to_string()), FluentValue::from(n))])
}

fn lookup(
    loader: &fluent_templates::StaticLoader,
    id: &LanguageIdentifier,
    key: &str,
    args: Option<Args>,
) -> String {
    let found = match &args {
        Some(args) => loader.try_lookup_with_args(id, key, args),
        None => loader.try_lookup(id, key),
    };
    found.unwrap_or_else(|| {
        // A missing key is a bug; show the key rather than fail the page.
        tracing::warn!(key, "missing Fluent message");
        key.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(ftl: &str) -> Vec<&str> {
        ftl.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim()))
            .collect()
    }

    /// Every language has every message of every file, in the same order as German.
    #[test]
    fn every_language_has_the_same_messages() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let read = |lang: &str, file: &str| {
            std::fs::read_to_string(dir.join(lang).join(format!("{file}.ftl")))
                .unwrap_or_else(|e| panic!("{lang}/{file}.ftl: {e}"))
        };
        for file in [
            "main",
            "admin",
            "referrals",
            "matching",
            "interfaces",
            "conference",
            "reports",
        ] {
            let german = read("de", file);
            let de = keys(&german);
            assert!(de.len() > 10, "{file}");
            for code in ["en", "ar", "fa", "uk", "ru", "tr"] {
                let other = read(code, file);
                assert_eq!(keys(&other), de, "{code}/{file}.ftl");
            }
        }
    }

    #[test]
    fn every_language_has_the_same_labels() {
        let files = [
            include_str!("../../locales/de/labels.ftl"),
            include_str!("../../locales/en/labels.ftl"),
            include_str!("../../locales/ar/labels.ftl"),
            include_str!("../../locales/fa/labels.ftl"),
            include_str!("../../locales/uk/labels.ftl"),
            include_str!("../../locales/ru/labels.ftl"),
            include_str!("../../locales/tr/labels.ftl"),
        ];
        let de = keys(files[0]);
        assert!(de.len() > 30);
        for f in files {
            assert_eq!(keys(f), de);
        }
        assert_eq!(
            label("ar", "label-language-de").as_deref(),
            Some("الألمانية")
        );
        assert_eq!(
            label("en", "label-flag-free").as_deref(),
            Some("free of charge")
        );
        // German where a language lacks a key; nothing where none has it.
        assert_eq!(
            label("xx", "label-mode-phone").as_deref(),
            Some("am Telefon")
        );
        assert_eq!(label("de", "label-language-xyz"), None);
    }

    #[test]
    fn attributes_carry_no_isolation_marks_but_text_does() {
        let tr = Tr::new(Lang::De);
        let attr = tr.attr_num("pagination-next-label", "page", 3);
        assert!(attr.contains('3') && !attr.contains('\u{2068}'), "{attr:?}");
        let text = tr.num("services-total", "count", 3);
        assert!(text.contains("\u{2068}3\u{2069}"), "{text:?}");
    }

    #[test]
    fn plural_forms_follow_the_count() {
        let de = Tr::new(Lang::De);
        assert_ne!(
            de.num("services-total", "count", 1).replace('1', ""),
            de.num("services-total", "count", 2).replace('2', "")
        );
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn language_from_query_cookie_and_accept_language() {
        use axum::http::{HeaderMap, HeaderValue, header};
        let mut h = HeaderMap::new();
        assert_eq!(Lang::choose(None, &h), (Lang::De, false));
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("fr-FR, ar;q=0.8, en;q=0.9"),
        );
        assert_eq!(Lang::choose(None, &h), (Lang::En, false));
        h.insert(header::COOKIE, HeaderValue::from_static("a=b; lang=fa"));
        assert_eq!(Lang::choose(None, &h), (Lang::Fa, false));
        assert_eq!(Lang::choose(Some("uk"), &h), (Lang::Uk, true));
        assert_eq!(Lang::choose(Some("xx"), &h), (Lang::Fa, false));
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Tr.dir(), "ltr");
    }
}
