//! What a data package declares about a column's values (Frictionless Table Schema): the
//! form its type and format require, `enum`, `pattern`, lengths, range and `unique`.
//! `required` and foreign keys are checked per record (`check_record` in the ingest module
//! and the import ledger), the same way for both exchange forms.

use std::collections::HashMap;
use std::sync::OnceLock;

use jsonschema::Validator;
use regex::Regex;
use serde_json::{Value, json};

/// A value format a column can declare, checked as the JSON schemas check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Uuid,
    Email,
    Uri,
}

impl Format {
    fn parse(s: &str) -> Option<Format> {
        match s {
            "uuid" => Some(Format::Uuid),
            "email" => Some(Format::Email),
            "uri" => Some(Format::Uri),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Format::Uuid => "UUID",
            Format::Email => "e-mail address",
            Format::Uri => "URI",
        }
    }
}

/// A declared pattern; one that does not compile is reported, not ignored.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub source: String,
    pub regex: Result<Regex, String>,
}

/// The rules of one column besides its type.
#[derive(Clone, Debug, Default)]
pub struct Constraints {
    pub format: Option<Format>,
    pub one_of: Option<Vec<String>>,
    pub pattern: Option<Pattern>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub unique: bool,
}

impl Constraints {
    /// Reads a Table Schema field description (`format` and `constraints`).
    pub fn parse(field: &Value) -> Constraints {
        let c = field.get("constraints").unwrap_or(&Value::Null);
        let text = |v: &Value| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let number = |key: &str| c.get(key).and_then(Value::as_f64);
        let length = |key: &str| {
            c.get(key)
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok())
        };
        Constraints {
            format: field
                .get("format")
                .and_then(Value::as_str)
                .and_then(Format::parse),
            one_of: c
                .get("enum")
                .and_then(Value::as_array)
                .map(|values| values.iter().map(text).collect()),
            pattern: c.get("pattern").and_then(Value::as_str).map(|p| Pattern {
                source: p.to_string(),
                // Table Schema patterns match the whole value.
                regex: Regex::new(&format!("^(?:{p})$")).map_err(|e| e.to_string()),
            }),
            min_length: length("minLength"),
            max_length: length("maxLength"),
            minimum: number("minimum"),
            maximum: number("maximum"),
            unique: c.get("unique").and_then(Value::as_bool).unwrap_or(false),
        }
    }

    /// Adds the rules of `other` (a package's own declaration on top of the official one).
    pub fn and(&self, other: &Constraints) -> Constraints {
        Constraints {
            format: other.format.or(self.format),
            one_of: other.one_of.clone().or_else(|| self.one_of.clone()),
            pattern: other.pattern.clone().or_else(|| self.pattern.clone()),
            min_length: other.min_length.or(self.min_length),
            max_length: other.max_length.or(self.max_length),
            minimum: other.minimum.or(self.minimum),
            maximum: other.maximum.or(self.maximum),
            unique: self.unique || other.unique,
        }
    }

    /// Is there anything to check beyond the type?
    pub fn is_empty(&self) -> bool {
        self.format.is_none()
            && self.one_of.is_none()
            && self.pattern.is_none()
            && self.min_length.is_none()
            && self.max_length.is_none()
            && self.minimum.is_none()
            && self.maximum.is_none()
            && !self.unique
    }

    /// Checks one non-empty cell (`raw` as written, `value` as typed); the message says
    /// what the package requires.
    pub fn check(&self, raw: &str, value: &Value) -> Result<(), String> {
        if let Some(format) = self.format
            && value.is_string()
            && !format_validator(format).is_some_and(|v| v.is_valid(value))
        {
            return Err(format!("`{raw}` is not a valid {}", format.name()));
        }
        if let Some(values) = &self.one_of
            && !values.iter().any(|v| v == raw)
        {
            return Err(format!("`{raw}` is not one of: {}", values.join(", ")));
        }
        if let Some(p) = &self.pattern {
            match &p.regex {
                Ok(re) if !re.is_match(raw) => {
                    return Err(format!("`{raw}` does not match the pattern `{}`", p.source));
                }
                Ok(_) => {}
                Err(e) => {
                    return Err(format!(
                        "the declared pattern `{}` is invalid: {e}",
                        p.source
                    ));
                }
            }
        }
        let chars = raw.chars().count();
        if let Some(min) = self.min_length
            && chars < min
        {
            return Err(format!(
                "has {chars} characters, at least {min} are required"
            ));
        }
        if let Some(max) = self.max_length
            && chars > max
        {
            return Err(format!("has {chars} characters, at most {max} are allowed"));
        }
        if let Some(n) = value.as_f64() {
            if let Some(min) = self.minimum
                && n < min
            {
                return Err(format!("{n} is below the minimum {min}"));
            }
            if let Some(max) = self.maximum
                && n > max
            {
                return Err(format!("{n} is above the maximum {max}"));
            }
        }
        Ok(())
    }
}

/// The JSON Schema format checks the importer's JSON path uses, for the same rules in CSV.
fn format_validator(format: Format) -> Option<&'static Validator> {
    fn build(name: &str) -> Option<Validator> {
        jsonschema::options()
            .should_validate_formats(true)
            .build(&json!({ "type": "string", "format": name }))
            .ok()
    }
    static UUID: OnceLock<Option<Validator>> = OnceLock::new();
    static EMAIL: OnceLock<Option<Validator>> = OnceLock::new();
    static URI: OnceLock<Option<Validator>> = OnceLock::new();
    match format {
        Format::Uuid => UUID.get_or_init(|| build("uuid")).as_ref(),
        Format::Email => EMAIL.get_or_init(|| build("email")).as_ref(),
        Format::Uri => URI.get_or_init(|| build("uri")).as_ref(),
    }
}

/// Values already seen in the columns declared unique (besides `id`, which the import
/// ledger checks across all files), each with the line it was first seen on.
#[derive(Debug, Default)]
pub struct Uniques {
    seen: HashMap<String, HashMap<String, u64>>,
}

impl Uniques {
    /// Notes `raw` in column `column`; if it was seen before, the line it was seen on.
    pub fn note(&mut self, column: &str, raw: &str, line: u64) -> Option<u64> {
        if !self.seen.contains_key(column) {
            self.seen.insert(column.to_string(), HashMap::new());
        }
        let seen = self.seen.get_mut(column)?;
        match seen.get(raw) {
            Some(&first) => Some(first),
            None => {
                seen.insert(raw.to_string(), line);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(field: Value) -> Constraints {
        Constraints::parse(&field)
    }

    #[test]
    fn formats_follow_the_json_schema_checks() {
        let uuid = rules(json!({"format": "uuid"}));
        let s = |t: &str| Value::String(t.into());
        assert!(
            uuid.check("x", &s("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
                .is_ok()
        );
        assert!(uuid.check("x", &s("not-a-uuid")).is_err());
        let email = rules(json!({"format": "email"}));
        assert!(email.check("a", &s("beratung@example.org")).is_ok());
        assert!(email.check("a", &s("beratung at example.org")).is_err());
        let uri = rules(json!({"format": "uri"}));
        assert!(uri.check("u", &s("https://example.org/a")).is_ok());
        assert!(uri.check("u", &s("example org")).is_err());
    }

    #[test]
    fn enum_pattern_length_and_range() {
        let status = rules(json!({"constraints": {"enum": ["active", "inactive"]}}));
        assert!(status.check("active", &json!("active")).is_ok());
        let err = status.check("open", &json!("open")).unwrap_err();
        assert!(err.contains("not one of: active, inactive"), "{err}");

        let plz = rules(json!({"constraints": {"pattern": "[0-9]{5}"}}));
        assert!(plz.check("06108", &json!("06108")).is_ok());
        // Anchored: a longer value containing a match is still wrong.
        assert!(plz.check("061080", &json!("061080")).is_err());
        let broken = rules(json!({"constraints": {"pattern": "[0-9"}}));
        assert!(
            broken
                .check("1", &json!("1"))
                .unwrap_err()
                .contains("invalid")
        );

        let len = rules(json!({"constraints": {"minLength": 2, "maxLength": 3}}));
        assert!(len.check("ab", &json!("ab")).is_ok());
        assert!(len.check("a", &json!("a")).is_err());
        assert!(len.check("äöüß", &json!("äöüß")).is_err());
        let age = rules(json!({"constraints": {"minimum": 0, "maximum": 120}}));
        assert!(age.check("18", &json!(18)).is_ok());
        assert!(age.check("-1", &json!(-1)).is_err());
        assert!(age.check("121", &json!(121)).is_err());
    }

    #[test]
    fn unique_values_name_their_first_line() {
        let mut u = Uniques::default();
        assert_eq!(u.note("code", "A1", 2), None);
        assert_eq!(u.note("name", "A1", 3), None);
        assert_eq!(u.note("code", "A1", 7), Some(2));
    }
}
