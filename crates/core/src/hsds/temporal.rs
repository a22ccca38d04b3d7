//! The form Table Schema's default formats give dates, date-times and times in a CSV cell.

use std::sync::OnceLock;

use jsonschema::Validator;
use serde_json::{Value, json};

use super::package::FieldType;

/// Checks that a date, datetime or time cell has the form Table Schema's default format
/// gives it (ISO 8601; the JSON schemas' `date` and `date-time`). Times may leave out the
/// seconds and may carry `Z` or an offset, as HSDS's own examples write them.
pub fn check_temporal(raw: &str, kind: FieldType) -> Result<(), String> {
    static DATE: OnceLock<Option<Validator>> = OnceLock::new();
    static DATE_TIME: OnceLock<Option<Validator>> = OnceLock::new();
    let build = |name: &str| {
        jsonschema::options()
            .should_validate_formats(true)
            .build(&json!({ "type": "string", "format": name }))
            .ok()
    };
    let value = Value::String(raw.to_string());
    let ok = match kind {
        FieldType::Date => DATE
            .get_or_init(|| build("date"))
            .as_ref()
            .is_some_and(|v| v.is_valid(&value)),
        FieldType::DateTime => DATE_TIME
            .get_or_init(|| build("date-time"))
            .as_ref()
            .is_some_and(|v| v.is_valid(&value)),
        FieldType::Time => is_time(raw),
        _ => true,
    };
    if ok {
        return Ok(());
    }
    let form = match kind {
        FieldType::Date => "a date (YYYY-MM-DD)",
        FieldType::DateTime => "a date and time with its offset (YYYY-MM-DDThh:mm:ssZ)",
        _ => "a time (hh:mm or hh:mm:ss, optionally with Z or an offset)",
    };
    Err(format!("`{raw}` is not {form}"))
}

/// `hh:mm[:ss[.fraction]]` followed by nothing, `Z` or `±hh:mm`.
fn is_time(raw: &str) -> bool {
    let (clock, offset) = match raw.find(['Z', 'z', '+', '-']) {
        Some(i) => raw.split_at(i),
        None => (raw, ""),
    };
    let offset_ok = match offset {
        "" | "Z" | "z" => true,
        o => {
            let o = &o[1..];
            o.len() == 5 && two_digits(&o[..2], 23) && &o[2..3] == ":" && two_digits(&o[3..], 59)
        }
    };
    let mut parts = clock.split(':');
    let hours = parts.next().is_some_and(|h| two_digits(h, 23));
    let minutes = parts.next().is_some_and(|m| two_digits(m, 59));
    let seconds = match parts.next() {
        None => true,
        Some(s) => {
            let (whole, fraction) = s.split_once('.').unwrap_or((s, "0"));
            two_digits(whole, 60)
                && !fraction.is_empty()
                && fraction.bytes().all(|b| b.is_ascii_digit())
        }
    };
    offset_ok && hours && minutes && seconds && parts.next().is_none()
}

fn two_digits(s: &str, max: u8) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<u8>().is_ok_and(|n| n <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_datetimes_and_times() {
        assert!(check_temporal("2024-02-29", FieldType::Date).is_ok());
        assert!(check_temporal("2023-02-29", FieldType::Date).is_err());
        assert!(check_temporal("29.02.2024", FieldType::Date).is_err());
        assert!(check_temporal("2023-03-15T10:30:45.123Z", FieldType::DateTime).is_ok());
        assert!(check_temporal("2024-09-25T14:23:06.5+01:00", FieldType::DateTime).is_ok());
        assert!(check_temporal("2023-03-15 10:30", FieldType::DateTime).is_err());
        for ok in [
            "10:00",
            "10:00:00",
            "09:00-05:00",
            "18:30:00Z",
            "23:59:59.5",
        ] {
            assert!(check_temporal(ok, FieldType::Time).is_ok(), "{ok}");
        }
        for bad in [
            "10",
            "25:00",
            "10:60",
            "10:00:00:00",
            "10.00",
            "9:00",
            "10:00+5",
        ] {
            assert!(check_temporal(bad, FieldType::Time).is_err(), "{bad}");
        }
    }
}
