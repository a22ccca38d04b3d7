//! Sample interface sheets (Beispiel-Schnittstellenblätter): one per service kind, some in
//! two versions of different Fachtage, so the version list and the diff have something to
//! show. Every source ends in " (Beispiel)"; no sheet names a person, phone or address.

use beratungsnetz_core::interfaces::SheetText;
use serde_json::Value;

/// (service kind code, versions oldest first) of every sample sheet.
pub fn interface_sheets() -> Result<Vec<(String, Vec<SheetText>)>, serde_json::Error> {
    let all: Vec<Value> = serde_json::from_str(include_str!("interface_sheets.json"))?;
    all.into_iter()
        .map(|entry| {
            let kind = entry["kind"].as_str().unwrap_or_default().to_string();
            let versions: Vec<SheetText> = serde_json::from_value(entry["versions"].clone())?;
            Ok((kind, versions))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use beratungsnetz_core::interfaces::{MAX_SECTION, MAX_SOURCE};
    use beratungsnetz_core::taxonomy::{self, Facet};

    #[test]
    fn every_kind_has_an_example_sheet() {
        let sheets = interface_sheets().unwrap();
        for kind in taxonomy::terms_of(Facet::ServiceKind) {
            let Some((_, versions)) = sheets.iter().find(|(k, _)| k == kind.code) else {
                panic!("no sample sheet for {}", kind.code);
            };
            assert!(!versions.is_empty(), "{}", kind.code);
            for pair in versions.windows(2) {
                assert!(
                    pair[0].year <= pair[1].year,
                    "{}: years in order",
                    kind.code
                );
            }
            for v in versions {
                assert!(
                    v.source.ends_with("(Beispiel)"),
                    "{}: {}",
                    kind.code,
                    v.source
                );
                assert!(v.source.chars().count() <= MAX_SOURCE);
                assert!(!v.sections.when_to_refer.is_empty(), "{}", kind.code);
                for (name, text) in v.sections.iter() {
                    assert!(text.chars().count() <= MAX_SECTION, "{} {name}", kind.code);
                    assert!(!text.contains('@'), "{} {name}: an address", kind.code);
                }
            }
        }
        for (kind, _) in &sheets {
            assert!(
                taxonomy::term(kind).is_some_and(|t| t.facet == Facet::ServiceKind),
                "{kind} is no service kind"
            );
        }
        let two = sheets.iter().filter(|(_, v)| v.len() > 1).count();
        assert!(two >= 3, "versions to compare: {two}");
    }
}
