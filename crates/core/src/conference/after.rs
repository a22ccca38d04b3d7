//! After the day: what a certificate of attendance names (the sessions a checked-in
//! person attended and the hours they make), its verification code, and the feedback form.

use serde::{Deserialize, Serialize};

use crate::directory::edit::{FieldError, FormInput};

use super::registration::MAX_ANSWER;
use super::{Programme, SessionKind, clock_time, form};

/// A session on a certificate: its title and times (minutes after midnight).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attended {
    pub title: String,
    pub starts: u32,
    pub ends: u32,
}

impl Attended {
    /// "09:30–10:15".
    pub fn time(&self) -> String {
        format!("{}–{}", clock_time(self.starts), clock_time(self.ends))
    }
}

/// The sessions someone with a place attended: every talk and panel (everyone's), and of
/// the workshops only their own; breaks are not attendance. In the order of the day.
pub fn attended(p: &Programme, own_workshops: &[String]) -> Vec<Attended> {
    let mut out: Vec<Attended> = p
        .sessions
        .iter()
        .filter(|s| match s.text.kind {
            SessionKind::Talk | SessionKind::Panel => true,
            SessionKind::Workshop => own_workshops.contains(&s.id),
            SessionKind::Break => false,
        })
        .map(|s| Attended {
            title: s.text.title.clone(),
            starts: s.text.starts,
            ends: s.text.ends,
        })
        .collect();
    out.sort_by_key(|a| (a.starts, a.ends));
    out
}

/// Minutes the sessions cover, time spent in two overlapping sessions counted once.
pub fn minutes(sessions: &[Attended]) -> u32 {
    let mut spans: Vec<(u32, u32)> = sessions.iter().map(|a| (a.starts, a.ends)).collect();
    spans.sort_unstable();
    let mut total = 0;
    let mut open: Option<(u32, u32)> = None;
    for (s, e) in spans {
        open = match open {
            Some((os, oe)) if s <= oe => Some((os, oe.max(e))),
            Some((os, oe)) => {
                total += oe - os;
                Some((s, e))
            }
            None => Some((s, e)),
        };
    }
    total + open.map_or(0, |(s, e)| e.saturating_sub(s))
}

/// Hours as a certificate states them, in quarter hours rounded down, German style:
/// 330 minutes → "5,5", 400 → "6,5", 60 → "1".
pub fn hours_text(minutes: u32) -> String {
    let quarters = minutes / 15;
    let (whole, rest) = (quarters / 4, quarters % 4);
    match rest {
        0 => whole.to_string(),
        1 => format!("{whole},25"),
        2 => format!("{whole},5"),
        _ => format!("{whole},75"),
    }
}

/// Characters of verification codes: no 0/O, 1/I/L, so a code read off paper is typed right.
pub const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Characters of a verification code, without its hyphens.
pub const CODE_LEN: usize = 12;

/// A verification code as stored and printed ("K7PX-3M9Q-2HTR") of what someone typed:
/// case, spaces and hyphens do not matter, and an O or I typed for 0 or 1 is not
/// guessed. None for anything that cannot be a code.
pub fn normal_code(typed: &str) -> Option<String> {
    let raw: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    if raw.len() != CODE_LEN || !raw.bytes().all(|b| CODE_ALPHABET.contains(&b)) {
        return None;
    }
    Some(format!("{}-{}-{}", &raw[0..4], &raw[4..8], &raw[8..12]))
}

/// Feedback as someone gave it: no name, no link to their registration.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackText {
    /// 1 (poor) to 5 (very good).
    pub overall: u8,
    /// 1 to 5: how useful the day was for their work.
    pub useful: u8,
    /// What was good, what should change.
    pub comment: String,
    /// Topics and interfaces for next year.
    pub wishes: String,
}

/// Grades of the feedback form.
pub const GRADES: [u8; 5] = [1, 2, 3, 4, 5];

fn grade(form: &impl FormInput, field: &str, problems: &mut Vec<FieldError>) -> u8 {
    match form.get(field).parse::<u8>() {
        Ok(g) if GRADES.contains(&g) => g,
        _ => {
            problems.push(FieldError::new(field, "conference-error-grade"));
            0
        }
    }
}

/// The feedback form: both grades required, the texts optional and bounded.
pub fn read_feedback(f: &impl FormInput) -> Result<FeedbackText, Vec<FieldError>> {
    let mut problems = Vec::new();
    let fb = FeedbackText {
        overall: grade(f, "overall", &mut problems),
        useful: grade(f, "useful", &mut problems),
        comment: form::text(f, "comment", MAX_ANSWER * 4, false, &mut problems),
        wishes: form::text(f, "wishes", MAX_ANSWER * 4, false, &mut problems),
    };
    if problems.is_empty() {
        Ok(fb)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conference::{EventText, Session, SessionText};
    use crate::directory::edit::test_form::form as test_form;

    fn session(id: &str, kind: SessionKind, starts: u32, ends: u32) -> Session {
        Session {
            id: id.into(),
            number: 1,
            text: SessionText {
                title: format!("S {id}"),
                kind,
                room: "r".into(),
                starts,
                ends,
                description: String::new(),
                speakers: Vec::new(),
                capacity: None,
            },
        }
    }

    fn programme() -> Programme {
        Programme {
            id: "e".into(),
            event: EventText {
                registration_until: 19_990,
                ..EventText::new(2027, "Fachtag", 20_000, "Magdeburg")
            },
            rooms: Vec::new(),
            sessions: vec![
                session("talk", SessionKind::Talk, 9 * 60, 10 * 60 + 30),
                session("lunch", SessionKind::Break, 12 * 60, 13 * 60),
                session("w1", SessionKind::Workshop, 13 * 60, 15 * 60),
                session("w2", SessionKind::Workshop, 13 * 60, 15 * 60),
                session("panel", SessionKind::Panel, 10 * 60, 11 * 60),
            ],
            updated_at: 0,
        }
    }

    #[test]
    fn attendance_is_the_plenary_and_ones_own_workshops_without_breaks() {
        let a = attended(&programme(), &["w2".to_string()]);
        let titles: Vec<&str> = a.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["S talk", "S panel", "S w2"]);
        // 09:00–11:00 (talk and panel overlap 30 minutes) and 13:00–15:00.
        assert_eq!(minutes(&a), 240);
        assert_eq!(a[0].time(), "09:00–10:30");
        assert_eq!(minutes(&[]), 0);
    }

    #[test]
    fn hours_are_quarter_hours_rounded_down() {
        assert_eq!(hours_text(330), "5,5");
        assert_eq!(hours_text(400), "6,5");
        assert_eq!(hours_text(60), "1");
        assert_eq!(hours_text(74), "1");
        assert_eq!(hours_text(75), "1,25");
        assert_eq!(hours_text(14), "0");
    }

    #[test]
    fn codes_are_read_forgivingly_but_never_guessed() {
        assert_eq!(
            normal_code(" k7px 3m9q-2htr "),
            Some("K7PX-3M9Q-2HTR".into())
        );
        assert_eq!(normal_code("K7PX-3M9Q-2HTR"), Some("K7PX-3M9Q-2HTR".into()));
        for bad in [
            "",
            "K7PX-3M9Q",
            "K7PX-3M9Q-2HTO",
            "K7PX-3M9Q-2HT1",
            "K7PX-3M9Q-2HTRX",
            "ÄÄÄÄ-ÄÄÄÄ-ÄÄÄÄ",
        ] {
            assert_eq!(normal_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn feedback_needs_both_grades_in_range() {
        let ok = read_feedback(&test_form(&[
            ("overall", "5"),
            ("useful", "4"),
            ("comment", "Gut\r\norganisiert"),
        ]))
        .unwrap();
        assert_eq!((ok.overall, ok.useful), (5, 4));
        assert_eq!(ok.comment, "Gut\norganisiert");
        let bad = read_feedback(&test_form(&[("overall", "6"), ("useful", "")])).unwrap_err();
        let fields: Vec<&str> = bad.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["overall", "useful"]);
        let long = "x".repeat(MAX_ANSWER * 4 + 1);
        let bad = read_feedback(&test_form(&[
            ("overall", "3"),
            ("useful", "3"),
            ("wishes", long.as_str()),
        ]))
        .unwrap_err();
        assert_eq!(bad[0].field, "wishes");
    }
}
