//! The rules every value of the directory meets, whether it comes from an editing form or
//! an import: one place, so a form never accepts what export could not re-import.
//!
//! Field checks answer a message key (`field-…`) the forms show next to the field; the
//! record check runs the same HSDS schema validator the importer runs.

use std::sync::OnceLock;

use jsonschema::Validator;
use serde_json::{Map, Value};

use crate::hsds::Entity;
use crate::hsds::schema;

/// A problem with one field of a record: the HSDS field name, the message key for forms,
/// and the validator's own words for logs and imports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub key: &'static str,
    pub detail: String,
}

/// Control characters break exports, terminals and mail headers; only line breaks and
/// tabs are text, and only where text may span lines.
pub fn has_control(value: &str, multiline: bool) -> bool {
    maybe_control(value.as_bytes())
        && value
            .chars()
            .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
}

/// Whether the UTF-8 text may hold a control character: a byte below 0x20, 0x7F, or
/// 0xC2 (which leads U+0080–U+009F, but also `§`, `°`, a no-break space). A quick pass
/// over the bytes, in blocks the compiler can check side by side, before the exact
/// one over characters: an import checks every text it reads.
fn maybe_control(bytes: &[u8]) -> bool {
    bytes.chunks(32).any(|block| {
        block.iter().fold(false, |hit, &b| {
            hit | (b < 0x20) | (b == 0x7F) | (b == 0xC2)
        })
    })
}

/// The names of a record's text fields that hold control characters (line breaks and
/// tabs are text): what forms and the importer both refuse.
pub fn fields_with_control(fields: &Map<String, Value>) -> impl Iterator<Item = &String> {
    fields
        .iter()
        .filter(|(_, v)| v.as_str().is_some_and(|s| has_control(s, true)))
        .map(|(name, _)| name)
}

/// A text field: at most `max` characters, no control characters (line breaks only when
/// `multiline`). Windows line ends become `\n`.
pub fn text(value: &str, max: usize, multiline: bool) -> (String, Option<&'static str>) {
    let v = value.replace("\r\n", "\n");
    let problem = if v.chars().count() > max {
        Some("field-too-long")
    } else if !multiline && v.contains('\n') {
        Some("field-one-line")
    } else if has_control(&v, multiline) {
        Some("field-control-chars")
    } else {
        None
    };
    (v, problem)
}

fn uri_validator() -> Option<&'static Validator> {
    static CELL: OnceLock<Option<Validator>> = OnceLock::new();
    CELL.get_or_init(|| {
        jsonschema::options()
            .should_validate_formats(true)
            .build(&serde_json::json!({"type": "string", "format": "uri"}))
            .ok()
    })
    .as_ref()
}

/// A web address as a form takes it: `http(s)://`, and a URI as the HSDS schema's
/// `format: uri` reads it (no spaces, nothing a re-import would refuse).
pub fn web_address(value: &str) -> bool {
    let scheme = value.starts_with("https://") || value.starts_with("http://");
    scheme
        && !value.contains(char::is_whitespace)
        && uri_validator().is_some_and(|v| v.is_valid(&Value::String(value.to_string())))
}

/// A phone number as people write it: digits, spaces and `+-/()`, at least three digits.
pub fn phone(value: &str) -> bool {
    value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-/()".contains(c))
        && value.chars().filter(char::is_ascii_digit).count() >= 3
}

/// The message key for a schema error on a field.
fn key_of(detail: &str) -> &'static str {
    if detail.contains("\"uri\"") {
        "field-url-invalid"
    } else if detail.contains("\"email\"") {
        "field-email-invalid"
    } else if detail.contains("is a required property") {
        "field-required"
    } else {
        "field-invalid"
    }
}

/// Checks one record (its own fields, as stored) against the HSDS schema of its kind, as
/// the importer does, and for control characters in any text. Kinds without a schema of
/// their own are checked for control characters only.
pub fn check_record(entity: Entity, fields: &Map<String, Value>) -> Vec<FieldProblem> {
    let mut problems: Vec<FieldProblem> = fields_with_control(fields)
        .map(|name| FieldProblem {
            field: name.clone(),
            key: "field-control-chars",
            detail: format!("{name} contains control characters"),
        })
        .collect();
    if let Some(v) = schema::validator(entity) {
        let value = Value::Object(fields.clone());
        for err in v.iter_errors(&value).take(20) {
            let path = err.instance_path().as_str().to_string();
            let detail = err.to_string();
            // A missing required property names itself in the message, not the path.
            let field = path
                .trim_start_matches('/')
                .split('/')
                .next()
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .unwrap_or_else(|| detail.split('"').nth(1).unwrap_or_default().to_string());
            problems.push(FieldProblem {
                field,
                key: key_of(&detail),
                detail: format!("{detail} (HSDS {entity} schema)"),
            });
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn control_characters_are_found_wherever_they_stand() {
        let exact = |s: &str| {
            s.chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        };
        // Every control character, C0, DEL and C1, at every place of a long text.
        let controls = (0u32..0x20).chain(0x7F..0xA0).filter_map(char::from_u32);
        for c in controls {
            for at in [0, 1, 31, 32, 33, 70] {
                let mut s: String = "Schuldnerberatung für Familien ".repeat(3);
                s.insert(at, c);
                assert_eq!(has_control(&s, true), exact(&s), "{c:?} at {at}");
                assert!(has_control(&s, false), "{c:?} at {at}");
            }
        }
        // Text that only looks like it in bytes: § ° « » and a no-break space lead with
        // 0xC2 as U+0080–U+009F do.
        for s in [
            "§ 24 AufenthG",
            "20 °C",
            "«Hilfe»",
            "Halle\u{a0}(Saale)",
            "",
            "مرحبا",
        ] {
            assert!(!has_control(s, true), "{s}");
        }
        assert!(!has_control("Zeile 1\nZeile 2\tmit Tab", true));
        assert!(has_control("Zeile 1\nZeile 2", false));
    }

    #[test]
    fn web_addresses_are_what_the_schema_reads_as_uri() {
        assert!(web_address("https://example.org/beratung?x=1"));
        assert!(web_address("http://example.org"));
        // Issue 13: accepted by the form, refused by the re-import.
        assert!(!web_address("https://example.org/a b"));
        assert!(!web_address("javascript:alert(1)"));
        assert!(!web_address("example.org"));
        assert!(!web_address("https://exa mple.org"));
    }

    #[test]
    fn text_refuses_control_characters_and_overlong_values() {
        assert_eq!(text("a\r\nb", 10, true), ("a\nb".to_string(), None));
        assert_eq!(text("a\nb", 10, false).1, Some("field-one-line"));
        assert_eq!(text("a\u{0}b", 10, true).1, Some("field-control-chars"));
        assert_eq!(text("a\u{1b}[31m", 10, true).1, Some("field-control-chars"));
        assert_eq!(
            text("ä".repeat(11).as_str(), 10, true).1,
            Some("field-too-long")
        );
        assert!(phone("0000 123-45"));
        assert!(!phone("12"));
        assert!(!phone("call me"));
    }

    #[test]
    fn records_are_checked_against_the_hsds_schema() {
        let org = |website: &str| {
            json!({
                "id": "0b000000-0000-4000-8000-0000000000a1",
                "name": "Träger (Beispiel)",
                "description": "Beispieldaten",
                "website": website,
            })
            .as_object()
            .cloned()
            .unwrap_or_default()
        };
        assert_eq!(
            check_record(Entity::Organization, &org("https://example.org/")),
            []
        );
        let problems = check_record(Entity::Organization, &org("https://example.org/a b"));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, "website");
        assert_eq!(problems[0].key, "field-url-invalid");
        let mut nul = org("https://example.org/");
        nul.insert("description".into(), json!("a\u{0}b"));
        assert_eq!(
            check_record(Entity::Organization, &nul)[0].key,
            "field-control-chars"
        );
        let mut missing = org("https://example.org/");
        missing.remove("name");
        let problems = check_record(Entity::Organization, &missing);
        assert_eq!(
            (problems[0].field.as_str(), problems[0].key),
            ("name", "field-required")
        );
    }
}
