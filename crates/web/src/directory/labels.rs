//! Labels for codes the API returns: languages, flags and ways of contact (district names
//! live in `beratungsnetz_core::geo`).

pub use beratungsnetz_core::geo::{district_by_name, district_label, is_district};
use beratungsnetz_core::taxonomy;

use crate::chrome::i18n;

/// The name of a language (ISO 639 code) in `lang`; the code itself if we have none.
pub fn language_label(code: &str, lang: &str) -> String {
    i18n::label(lang, &format!("label-language-{code}")).unwrap_or_else(|| code.to_string())
}

/// `free`, `barrier_free`, `statewide` in `lang`.
pub fn flag_label(flag: &str, lang: &str) -> String {
    i18n::label(lang, &format!("label-flag-{flag}")).unwrap_or_else(|| flag.to_string())
}

/// `in_person`, `phone`, `video` in `lang`.
pub fn mode_label(mode: &str, lang: &str) -> String {
    i18n::label(lang, &format!("label-mode-{mode}")).unwrap_or_else(|| mode.to_string())
}

/// A vocabulary code's label in `lang`; the code itself if unknown.
pub fn term_label(code: &str, lang: &str) -> String {
    taxonomy::term(code).map_or_else(|| code.to_string(), |t| t.label(lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_the_clients_language() {
        assert_eq!(language_label("ar", "de"), "Arabisch");
        assert_eq!(language_label("ar", "ar"), "العربية");
        assert_eq!(language_label("xx", "de"), "xx");
        // Issue 12: Dari and Hebrew showed as raw codes beside "Persisch (Farsi, Dari)".
        assert_eq!(language_label("prs", "de"), "Dari");
        assert_eq!(language_label("prs", "fa"), "دری");
        assert_eq!(language_label("he", "de"), "Hebräisch");
        assert_eq!(language_label("fa", "de"), "Persisch (Farsi)");
        assert_eq!(flag_label("free", "en"), "free of charge");
        assert_eq!(mode_label("phone", "tr"), "telefonla");
        assert_eq!(term_label("need:debts", "de"), "Schulden");
        assert_eq!(term_label("need:debts", "uk"), "Борги");
        assert_eq!(term_label("need:nothing", "de"), "need:nothing");
    }
}
