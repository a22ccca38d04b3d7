//! The Fachtag's forms, read from any [`FormInput`]: the coordinators' event, room and
//! session. Each problem names its field and a message key; nothing is half-read.

use crate::clock::day_number;
use crate::directory::edit::{FieldError, FormInput, TextKeys, checked_text};

use super::{
    DEFAULT_DELETE_AFTER_DAYS, DEFAULT_OFFER_HOURS, EventText, MAX_CAPACITY, MAX_SPEAKERS,
    MAX_TEXT, MAX_TITLE, RoomText, SessionKind, SessionText, Speaker, parse_clock_time,
};

/// The message keys of the Fachtag's text checks.
pub const KEYS: TextKeys = TextKeys {
    required: "conference-error-required",
    too_long: "conference-error-too-long",
    control: "conference-error-control",
};

/// A free-text field of the Fachtag's forms, checked; browser line breaks kept as LF.
pub fn text(
    form: &impl FormInput,
    field: &str,
    max: usize,
    required: bool,
    problems: &mut Vec<FieldError>,
) -> String {
    checked_text(form, field, max, required, &KEYS, problems).replace("\r\n", "\n")
}

/// A whole number in `min..=max`; `default` when the field is empty and one is given.
fn number(
    form: &impl FormInput,
    field: &str,
    (min, max): (u32, u32),
    default: Option<u32>,
    problems: &mut Vec<FieldError>,
) -> u32 {
    let raw = form.get(field);
    match (raw.parse::<u32>(), default) {
        (Ok(n), _) if (min..=max).contains(&n) => n,
        (_, Some(d)) if raw.is_empty() => d,
        _ => {
            problems.push(FieldError::new(field, "conference-error-number"));
            0
        }
    }
}

fn date(form: &impl FormInput, field: &str, problems: &mut Vec<FieldError>) -> i64 {
    let raw = form.get(field);
    match day_number(raw).filter(|_| raw.len() == 10) {
        Some(d) => d,
        None => {
            problems.push(FieldError::new(field, "conference-error-date"));
            0
        }
    }
}

fn done<T>(value: T, problems: Vec<FieldError>) -> Result<T, Vec<FieldError>> {
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(problems)
    }
}

/// An event from the coordinator's form. Registration closes on or before the day.
pub fn read_event(form: &impl FormInput) -> Result<EventText, Vec<FieldError>> {
    let mut problems = Vec::new();
    let year = match form.get("year").parse::<i32>() {
        Ok(y) if (2000..=2100).contains(&y) => y,
        _ => {
            problems.push(FieldError::new("year", "conference-error-year"));
            0
        }
    };
    let title = text(form, "title", MAX_TITLE, true, &mut problems);
    let day = date(form, "day", &mut problems);
    let venue = text(form, "venue", MAX_TITLE, true, &mut problems);
    let address = text(form, "address", MAX_TITLE, false, &mut problems);
    let description = text(form, "description", MAX_TEXT, false, &mut problems);
    let capacity = number(form, "capacity", (0, MAX_CAPACITY), Some(0), &mut problems);
    let registration_until = date(form, "registration_until", &mut problems);
    if day != 0 && registration_until != 0 && registration_until > day {
        problems.push(FieldError::new(
            "registration_until",
            "conference-error-deadline",
        ));
    }
    let consent = text(form, "consent", MAX_TEXT, true, &mut problems);
    let offer_hours = number(
        form,
        "offer_hours",
        (1, 24 * 14),
        Some(DEFAULT_OFFER_HOURS),
        &mut problems,
    );
    let delete_after_days = number(
        form,
        "delete_after_days",
        (1, 3 * 365),
        Some(DEFAULT_DELETE_AFTER_DAYS),
        &mut problems,
    );
    done(
        EventText {
            year,
            title,
            day,
            venue,
            address,
            description,
            capacity,
            registration_until,
            consent,
            offer_hours,
            delete_after_days,
        },
        problems,
    )
}

/// A room from the coordinator's form.
pub fn read_room(form: &impl FormInput) -> Result<RoomText, Vec<FieldError>> {
    let mut problems = Vec::new();
    let name = text(form, "name", MAX_TITLE, true, &mut problems);
    let capacity = number(form, "capacity", (1, MAX_CAPACITY), None, &mut problems);
    let accessible = form.has("accessible");
    let notes = text(form, "notes", MAX_TITLE, false, &mut problems);
    done(
        RoomText {
            name,
            capacity,
            accessible,
            notes,
        },
        problems,
    )
}

/// Speakers, one per line: "Name; Rolle; Organisation" (the name may stay empty).
fn speakers(form: &impl FormInput, problems: &mut Vec<FieldError>) -> Vec<Speaker> {
    let raw = text(form, "speakers", MAX_TEXT, false, problems);
    let lines: Vec<&str> = raw.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.len() > MAX_SPEAKERS {
        problems.push(FieldError::new("speakers", "conference-error-speakers"));
        return Vec::new();
    }
    let mut out = Vec::new();
    for line in lines {
        let mut parts = line.split(';').map(str::trim);
        let speaker = Speaker {
            name: parts.next().unwrap_or_default().to_string(),
            role: parts.next().unwrap_or_default().to_string(),
            organisation: parts.next().unwrap_or_default().to_string(),
        };
        let too_long = [&speaker.name, &speaker.role, &speaker.organisation]
            .iter()
            .any(|s| s.chars().count() > MAX_TITLE);
        if parts.next().is_some() || too_long || speaker.display().is_empty() {
            problems.push(FieldError::new("speakers", "conference-error-speakers"));
            return Vec::new();
        }
        out.push(speaker);
    }
    out
}

/// Speakers as the form shows them again, one per line.
pub fn speakers_text(speakers: &[Speaker]) -> String {
    speakers
        .iter()
        .map(|s| format!("{}; {}; {}", s.name, s.role, s.organisation))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A session from the coordinator's form; `rooms` are the ids of the event's rooms.
pub fn read_session(form: &impl FormInput, rooms: &[&str]) -> Result<SessionText, Vec<FieldError>> {
    let mut problems = Vec::new();
    let title = text(form, "title", MAX_TITLE, true, &mut problems);
    let kind = SessionKind::parse(form.get("kind")).unwrap_or_else(|| {
        problems.push(FieldError::new("kind", "conference-error-kind"));
        SessionKind::Talk
    });
    let room = form.get("room");
    if !rooms.contains(&room) {
        problems.push(FieldError::new("room", "conference-error-room"));
    }
    let mut time = |field: &str| {
        parse_clock_time(form.get(field)).unwrap_or_else(|| {
            problems.push(FieldError::new(field, "conference-error-time"));
            0
        })
    };
    let (starts, ends) = (time("starts"), time("ends"));
    if ends <= starts
        && !problems
            .iter()
            .any(|p| p.field == "starts" || p.field == "ends")
    {
        problems.push(FieldError::new("ends", "conference-error-ends"));
    }
    let description = text(form, "description", MAX_TEXT, false, &mut problems);
    let speakers = speakers(form, &mut problems);
    let capacity = match form.get("capacity") {
        "" => None,
        _ => Some(number(
            form,
            "capacity",
            (1, MAX_CAPACITY),
            None,
            &mut problems,
        )),
    };
    done(
        SessionText {
            title,
            kind,
            room: room.to_string(),
            starts,
            ends,
            description,
            speakers,
            capacity,
        },
        problems,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::edit::test_form::{fields, form};

    #[test]
    fn an_event_with_defaults_and_its_problems() {
        let ok = read_event(&form(&[
            ("year", "2027"),
            ("title", "Fachtag Migrationsberatung 2027"),
            ("day", "2027-01-20"),
            ("venue", "Landeszentrale, Magdeburg"),
            ("registration_until", "2027-01-13"),
            ("consent", "Ich bin einverstanden."),
        ]))
        .unwrap();
        assert_eq!(ok.day, day_number("2027-01-20").unwrap());
        assert_eq!((ok.capacity, ok.offer_hours), (0, 48));
        assert_eq!(ok.delete_after_days, 90);
        let bad = read_event(&form(&[
            ("year", "27"),
            ("day", "2027-01-20"),
            ("venue", "x"),
            ("registration_until", "2027-01-21"),
            ("capacity", "-3"),
            ("offer_hours", "0"),
        ]))
        .unwrap_err();
        assert_eq!(
            fields(bad),
            vec![
                ("year".into(), "conference-error-year"),
                ("title".into(), "conference-error-required"),
                ("capacity".into(), "conference-error-number"),
                ("registration_until".into(), "conference-error-deadline"),
                ("consent".into(), "conference-error-required"),
                ("offer_hours".into(), "conference-error-number"),
            ]
        );
        let bad =
            read_event(&form(&[("day", "2027-02-30"), ("registration_until", "x")])).unwrap_err();
        assert!(fields(bad).contains(&("day".into(), "conference-error-date")));
    }

    #[test]
    fn a_session_in_one_of_the_rooms_with_speakers_per_line() {
        let ok = read_session(
            &form(&[
                ("title", "Workshop Schuldnerberatung"),
                ("kind", "workshop"),
                ("room", "r2"),
                ("starts", "13:30"),
                ("ends", "15:00"),
                (
                    "speakers",
                    "; Fachberaterin; Schuldnerberatung Halle\r\nA. Beispiel; Moderation;",
                ),
                ("capacity", "20"),
            ]),
            &["r1", "r2"],
        )
        .unwrap();
        assert_eq!((ok.starts, ok.ends, ok.minutes()), (810, 900, 90));
        assert_eq!(ok.speakers.len(), 2);
        assert_eq!(
            ok.speakers[0].display(),
            "Fachberaterin, Schuldnerberatung Halle"
        );
        assert_eq!(ok.speakers[1].name, "A. Beispiel");
        assert_eq!(ok.capacity, Some(20));
        assert_eq!(
            read_session(&form(&[("speakers", &speakers_text(&ok.speakers))]), &[])
                .unwrap_err()
                .iter()
                .filter(|p| p.field == "speakers")
                .count(),
            0
        );
        let bad = read_session(
            &form(&[
                ("title", "x"),
                ("kind", "keynote"),
                ("room", "r9"),
                ("starts", "15:00"),
                ("ends", "14:00"),
                ("speakers", "a;b;c;d"),
                ("capacity", "0"),
            ]),
            &["r1"],
        )
        .unwrap_err();
        assert_eq!(
            fields(bad),
            vec![
                ("kind".into(), "conference-error-kind"),
                ("room".into(), "conference-error-room"),
                ("ends".into(), "conference-error-ends"),
                ("speakers".into(), "conference-error-speakers"),
                ("capacity".into(), "conference-error-number"),
            ]
        );
    }

    #[test]
    fn a_room_needs_name_and_capacity() {
        let ok = read_room(&form(&[
            ("name", "Saal"),
            ("capacity", "120"),
            ("accessible", "on"),
        ]))
        .unwrap();
        assert!(ok.accessible);
        let bad = read_room(&form(&[("capacity", "0")])).unwrap_err();
        assert_eq!(
            fields(bad),
            vec![
                ("name".into(), "conference-error-required"),
                ("capacity".into(), "conference-error-number"),
            ]
        );
    }
}
