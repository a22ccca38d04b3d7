//! The annual Fachtag: an event of one day with rooms and sessions (talks, panels,
//! workshops), each with its speakers. [`form`] reads the coordinators' forms,
//! [`timetable`] lays the sessions out as the programme page shows them (parallel
//! sessions side by side), [`frab`] writes the schedule export conference apps read and
//! [`ical`] the calendar files.

pub mod after;
pub mod files;
pub mod form;
pub mod frab;
pub mod ical;
pub mod lists;
pub mod registration;
pub mod timetable;

use serde::{Deserialize, Serialize};

/// Longest title (event, session) and longest name, role or organisation.
pub const MAX_TITLE: usize = 200;
/// Longest description and consent text.
pub const MAX_TEXT: usize = 4_000;
/// Most speakers of one session.
pub const MAX_SPEAKERS: usize = 12;
/// Largest capacity of an event, a room or a workshop.
pub const MAX_CAPACITY: u32 = 10_000;
/// How long a freed place stays offered to the next on the waiting list, by default.
pub const DEFAULT_OFFER_HOURS: u32 = 48;
/// How many days after the event attendees' personal data is deleted, by default.
pub const DEFAULT_DELETE_AFTER_DAYS: u32 = 90;

/// What a session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SessionKind {
    Talk,
    Panel,
    /// Parallel, with a capacity, chosen at registration.
    Workshop,
    /// A break or lunch: on the timetable, without speakers.
    Break,
}

impl SessionKind {
    pub const ALL: [SessionKind; 4] = [
        SessionKind::Talk,
        SessionKind::Panel,
        SessionKind::Workshop,
        SessionKind::Break,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SessionKind::Talk => "talk",
            SessionKind::Panel => "panel",
            SessionKind::Workshop => "workshop",
            SessionKind::Break => "break",
        }
    }

    pub fn parse(code: &str) -> Option<SessionKind> {
        SessionKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Someone speaking in a session. The sample data names roles and institutions only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
}

impl Speaker {
    /// How the programme names them: "Name (Rolle, Organisation)", or the role and
    /// organisation alone where no name is given.
    pub fn display(&self) -> String {
        let about: Vec<&str> = [self.role.as_str(), self.organisation.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        match (self.name.is_empty(), about.is_empty()) {
            (true, _) => about.join(", "),
            (false, true) => self.name.clone(),
            (false, false) => format!("{} ({})", self.name, about.join(", ")),
        }
    }
}

/// An event as a coordinator writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventText {
    pub year: i32,
    pub title: String,
    /// The day it takes place (days since 1970-01-01).
    pub day: i64,
    pub venue: String,
    pub address: String,
    pub description: String,
    /// Places in all; 0 for no limit beyond the rooms.
    pub capacity: u32,
    /// The last day registration is open.
    pub registration_until: i64,
    /// What people agree to when they register.
    pub consent: String,
    /// Hours a freed place stays offered to the next person waiting.
    pub offer_hours: u32,
    /// Days after the event when attendees' personal data is deleted.
    pub delete_after_days: u32,
}

impl EventText {
    /// An event with its year, title, day and venue; the rest as a new event's form
    /// starts: no limit, no text, registration open until the day itself.
    pub fn new(year: i32, title: impl Into<String>, day: i64, venue: impl Into<String>) -> Self {
        EventText {
            year,
            title: title.into(),
            day,
            venue: venue.into(),
            address: String::new(),
            description: String::new(),
            capacity: 0,
            registration_until: day,
            consent: String::new(),
            offer_hours: DEFAULT_OFFER_HOURS,
            delete_after_days: DEFAULT_DELETE_AFTER_DAYS,
        }
    }
}

/// A room of an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomText {
    pub name: String,
    pub capacity: u32,
    /// Step-free access.
    pub accessible: bool,
    /// Anything else about access: hearing loop, lift, floor.
    pub notes: String,
}

/// A session as a coordinator writes it; `room` is the id of one of the event's rooms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionText {
    pub title: String,
    pub kind: SessionKind,
    pub room: String,
    /// Minutes after local midnight of the event's day.
    pub starts: u32,
    pub ends: u32,
    pub description: String,
    pub speakers: Vec<Speaker>,
    /// Places of a workshop; None: the room's.
    pub capacity: Option<u32>,
}

impl SessionText {
    pub fn minutes(&self) -> u32 {
        self.ends.saturating_sub(self.starts)
    }
}

/// A stored room: its id and text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Room {
    pub id: String,
    #[serde(flatten)]
    pub text: RoomText,
}

/// A stored session: its id, its number within the event (1, 2, …; what the schedule
/// export's `id` is) and its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Session {
    pub id: String,
    pub number: u32,
    #[serde(flatten)]
    pub text: SessionText,
}

/// An event with its rooms (in their order) and sessions: what the programme page, the
/// schedule exports and the calendar files are made from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Programme {
    pub id: String,
    #[serde(flatten)]
    pub event: EventText,
    pub rooms: Vec<Room>,
    pub sessions: Vec<Session>,
    /// When anything of it last changed (Unix seconds): the schedule's version.
    pub updated_at: i64,
}

impl Programme {
    pub fn room(&self, id: &str) -> Option<&Room> {
        self.rooms.iter().find(|r| r.id == id)
    }

    /// The room's name, empty for an unknown room.
    pub fn room_name(&self, id: &str) -> &str {
        self.room(id).map_or("", |r| r.text.name.as_str())
    }

    /// Sessions by time, parallel ones in their rooms' order.
    pub fn timetable(&self) -> Vec<timetable::Block<'_, Session>> {
        let order = |s: &Session| self.rooms.iter().position(|r| r.id == s.text.room);
        let mut sorted: Vec<&Session> = self.sessions.iter().collect();
        sorted.sort_by_key(|s| (order(s), s.number));
        timetable::blocks(sorted, |s| (s.text.starts, s.text.ends))
    }

    /// The moments (Unix seconds) a session starts and ends.
    pub fn moments(&self, s: &SessionText) -> (i64, i64) {
        (
            crate::clock::berlin_at(self.event.day, s.starts),
            crate::clock::berlin_at(self.event.day, s.ends),
        )
    }
}

/// A programme as sample data holds it: each session's `room` is the index of its room
/// in `rooms`, written as text ("0", "1", …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventSeed {
    pub event: EventText,
    pub rooms: Vec<RoomText>,
    pub sessions: Vec<SessionText>,
}

/// "09:30" of minutes after midnight.
pub fn clock_time(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Minutes after midnight of "09:30" (or "9:30"); None for anything else.
pub fn parse_clock_time(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The short lower-case name of an event in exports and addresses: `fachtag_2020`.
pub fn acronym(year: i32) -> String {
    format!("fachtag_{year}")
}

/// A word of a title as it may stand in an address: German letters spelt out, anything
/// else but letters and digits a hyphen, at most `max` characters.
pub fn slugify(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let spelt = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        if spelt == "-" && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push_str(spelt);
    }
    let mut cut: String = out.chars().take(max).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_are_named_by_role_where_no_name_is_given() {
        let s = Speaker {
            name: String::new(),
            role: "Staatssekretärin".into(),
            organisation: "Ministerium für Inneres".into(),
        };
        assert_eq!(s.display(), "Staatssekretärin, Ministerium für Inneres");
        let named = Speaker {
            name: "A. Beispiel".into(),
            ..s.clone()
        };
        assert_eq!(
            named.display(),
            "A. Beispiel (Staatssekretärin, Ministerium für Inneres)"
        );
        assert_eq!(
            Speaker {
                name: "B".into(),
                ..Speaker::default()
            }
            .display(),
            "B"
        );
    }

    #[test]
    fn clock_times_round_trip_and_refuse_nonsense() {
        assert_eq!(parse_clock_time("09:30"), Some(570));
        assert_eq!(parse_clock_time("9:05"), Some(545));
        assert_eq!(clock_time(570), "09:30");
        for bad in [
            "24:00", "12:60", "1230", "", "ab:cd", "12:5", "-1:30", "123:00",
        ] {
            assert_eq!(parse_clock_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn slugs_spell_out_umlauts_and_end_in_a_letter_or_digit() {
        assert_eq!(
            slugify("Begrüßung & Einführung", 40),
            "begruessung-einfuehrung"
        );
        assert_eq!(slugify("  Änderungen!  ", 40), "aenderungen");
        assert_eq!(slugify("Workshop Schuldnerberatung", 12), "workshop-sch");
        assert_eq!(slugify("ab cd", 3), "ab");
        assert_eq!(slugify("ورشة", 40), "");
    }

    #[test]
    fn kinds_round_trip() {
        for k in SessionKind::ALL {
            assert_eq!(SessionKind::parse(k.code()), Some(k));
        }
        assert_eq!(SessionKind::parse("keynote"), None);
    }
}
