//! The schedule export that frab and pretalx write and conference apps read, as JSON
//! (c3voc `schema.json`) and XML (`schedule.xml.xsd`); both are validated against the
//! published schemas in the tests (`schemas/frab`). Times carry Germany's offset.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{Programme, Session, SessionKind, acronym, clock_time, slugify};
use crate::clock::berlin_rfc3339;

/// The JSON schema of the export, as published.
pub const JSON_SCHEMA: &str = include_str!("../../schemas/frab/schema.json");
/// The XML schema of the export, as published.
pub const XML_SCHEMA: &str = include_str!("../../schemas/frab/schedule.xml.xsd");

const GENERATOR: &str = "beratungsnetz";

/// A stable UUID of anything of an event: the same id gives the same UUID in every export.
pub fn guid(id: &str) -> Uuid {
    Uuid::new_v5(
        &Uuid::NAMESPACE_URL,
        format!("urn:beratungsnetz:{id}").as_bytes(),
    )
}

fn event_type(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Talk => "talk",
        SessionKind::Panel => "discussion",
        SessionKind::Workshop => "workshop",
        SessionKind::Break => "other",
    }
}

/// "01:30" of minutes.
fn duration(minutes: u32) -> String {
    clock_time(minutes)
}

fn slug(p: &Programme, s: &Session) -> String {
    let title = slugify(&s.text.title, 40);
    let base = format!("{}-{:04}", acronym(p.event.year), s.number);
    if title.is_empty() {
        base
    } else {
        format!("{base}-{title}")
    }
}

/// Where the day's sessions begin and end (09:00–17:00 for a day without any).
fn day_span(p: &Programme) -> (String, String) {
    let starts = p
        .sessions
        .iter()
        .map(|s| s.text.starts)
        .min()
        .unwrap_or(9 * 60);
    let ends = p
        .sessions
        .iter()
        .map(|s| s.text.ends)
        .max()
        .unwrap_or(17 * 60);
    let at = |m| berlin_rfc3339(crate::clock::berlin_at(p.event.day, m));
    (at(starts), at(ends))
}

fn persons(s: &Session) -> Vec<String> {
    s.text
        .speakers
        .iter()
        .map(super::Speaker::display)
        .collect()
}

/// Sessions of a room, by time.
fn in_room<'a>(p: &'a Programme, room: &str) -> Vec<&'a Session> {
    let mut v: Vec<&Session> = p.sessions.iter().filter(|s| s.text.room == room).collect();
    v.sort_by_key(|s| (s.text.starts, s.number));
    v
}

/// The JSON form; `url` is the public programme page, each session's address an anchor
/// on it.
pub fn json(p: &Programme, url: &str) -> Value {
    let date = crate::clock::iso_date(p.event.day);
    let (day_start, day_end) = day_span(p);
    let mut rooms = serde_json::Map::new();
    for room in &p.rooms {
        let events: Vec<Value> = in_room(p, &room.id)
            .into_iter()
            .map(|s| {
                let (from, _) = p.moments(&s.text);
                json!({
                    "guid": guid(&s.id).to_string(),
                    "id": s.number,
                    "date": berlin_rfc3339(from),
                    "start": clock_time(s.text.starts),
                    "duration": duration(s.text.minutes()),
                    "room": room.text.name,
                    "slug": slug(p, s),
                    "url": format!("{url}#s{}", s.number),
                    "title": s.text.title,
                    "subtitle": "",
                    "track": s.text.kind.code(),
                    "type": event_type(s.text.kind),
                    "language": "de",
                    "abstract": s.text.description,
                    "description": s.text.description,
                    "persons": persons(s).into_iter().map(|n| json!({ "name": n })).collect::<Vec<_>>(),
                    "links": [],
                })
            })
            .collect();
        rooms.insert(room.text.name.clone(), Value::Array(events));
    }
    json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": { "name": GENERATOR, "version": env!("CARGO_PKG_VERSION") },
        "schedule": {
            "version": p.updated_at.to_string(),
            "base_url": url,
            "conference": {
                "acronym": acronym(p.event.year),
                "title": p.event.title,
                "description": p.event.description,
                "start": date,
                "end": date,
                "daysCount": 1,
                "timeslot_duration": "00:15",
                "time_zone_name": "Europe/Berlin",
                "url": url,
                "rooms": p.rooms.iter().map(|r| json!({
                    "name": r.text.name,
                    "guid": guid(&r.id).to_string(),
                    "capacity": r.text.capacity,
                    "description": r.text.notes,
                })).collect::<Vec<_>>(),
                "days": [{
                    "index": 1,
                    "date": date,
                    "day_start": day_start,
                    "day_end": day_end,
                    "rooms": rooms,
                }],
            },
        },
    })
}

fn text<W: io::Write>(w: &mut Writer<W>, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))
        .map(|_| ())
}

/// The XML form (`schedule.xml`); `url` as for [`json`].
pub fn xml(p: &Programme, url: &str) -> io::Result<String> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let date = crate::clock::iso_date(p.event.day);
    let (day_start, day_end) = day_span(p);
    w.create_element("schedule").write_inner_content(|w| {
        w.create_element("generator")
            .with_attribute(("name", GENERATOR))
            .with_attribute(("version", env!("CARGO_PKG_VERSION")))
            .write_empty()?;
        text(w, "version", &p.updated_at.to_string())?;
        w.create_element("conference").write_inner_content(|w| {
            text(w, "title", &p.event.title)?;
            text(w, "acronym", &acronym(p.event.year))?;
            text(w, "start", &date)?;
            text(w, "end", &date)?;
            text(w, "days", "1")?;
            text(w, "timeslot_duration", "00:15")?;
            text(w, "time_zone_name", "Europe/Berlin")?;
            if url.starts_with("http") {
                text(w, "url", url)?;
            }
            Ok(())
        })?;
        w.create_element("day")
            .with_attribute(("index", "1"))
            .with_attribute(("date", date.as_str()))
            .with_attribute(("start", day_start.as_str()))
            .with_attribute(("end", day_end.as_str()))
            .write_inner_content(|w| {
                for room in &p.rooms {
                    w.create_element("room")
                        .with_attribute(("name", room.text.name.as_str()))
                        .with_attribute(("guid", guid(&room.id).to_string().as_str()))
                        .write_inner_content(|w| {
                            for s in in_room(p, &room.id) {
                                write_session(w, p, s, &room.text.name, url)?;
                            }
                            Ok(())
                        })?;
                }
                Ok(())
            })?;
        Ok(())
    })?;
    String::from_utf8(w.into_inner()).map_err(io::Error::other)
}

fn write_session<W: io::Write>(
    w: &mut Writer<W>,
    p: &Programme,
    s: &Session,
    room: &str,
    url: &str,
) -> io::Result<()> {
    let (from, _) = p.moments(&s.text);
    w.create_element("event")
        .with_attribute(("id", s.number.to_string().as_str()))
        .with_attribute(("guid", guid(&s.id).to_string().as_str()))
        .write_inner_content(|w| {
            text(w, "room", room)?;
            text(w, "title", &s.text.title)?;
            text(w, "subtitle", "")?;
            text(w, "type", event_type(s.text.kind))?;
            text(w, "date", &berlin_rfc3339(from))?;
            text(w, "start", &clock_time(s.text.starts))?;
            text(w, "duration", &duration(s.text.minutes()))?;
            text(w, "abstract", &s.text.description)?;
            text(w, "slug", &slug(p, s))?;
            text(w, "track", s.text.kind.code())?;
            w.create_element("persons").write_inner_content(|w| {
                for name in persons(s) {
                    text(w, "person", &name)?;
                }
                Ok(())
            })?;
            text(w, "language", "de")?;
            text(w, "description", &s.text.description)?;
            if url.starts_with("http") {
                text(w, "url", &format!("{url}#s{}", s.number))?;
            }
            Ok(())
        })?;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::clock::day_number;
    use crate::conference::{EventText, Room, RoomText, SessionText, Speaker};

    /// A small Fachtag: a talk in the hall and two parallel workshops.
    pub(crate) fn sample() -> Programme {
        let room = |id: &str, name: &str| Room {
            id: id.into(),
            text: RoomText {
                name: name.into(),
                capacity: 40,
                accessible: true,
                notes: String::new(),
            },
        };
        let session = |n: u32, room: &str, kind, (starts, ends), title: &str| Session {
            id: format!("s{n}"),
            number: n,
            text: SessionText {
                title: title.into(),
                kind,
                room: room.into(),
                starts,
                ends,
                description: "Änderungen & <Neues>".into(),
                speakers: vec![Speaker {
                    name: String::new(),
                    role: "Referatsleitung".into(),
                    organisation: "Ministerium".into(),
                }],
                capacity: None,
            },
        };
        Programme {
            id: "e1".into(),
            event: EventText::new(
                2020,
                "Fachtag Migrationsberatung 2020",
                day_number("2020-01-22").unwrap_or_default(),
                "Magdeburg",
            ),
            rooms: vec![room("r1", "Saal"), room("r2", "Raum 2")],
            sessions: vec![
                session(1, "r1", SessionKind::Talk, (540, 600), "Begrüßung"),
                session(
                    2,
                    "r1",
                    SessionKind::Workshop,
                    (780, 870),
                    "Workshop Schulden",
                ),
                session(3, "r2", SessionKind::Workshop, (780, 870), "ورشة"),
            ],
            updated_at: 1_700_000_000,
        }
    }

    #[test]
    fn json_names_times_with_offset_and_sessions_by_room() {
        let v = json(&sample(), "https://example.org/fachtag/2020");
        let day = &v["schedule"]["conference"]["days"][0];
        assert_eq!(day["day_start"], "2020-01-22T09:00:00+01:00");
        assert_eq!(day["day_end"], "2020-01-22T14:30:00+01:00");
        let hall = day["rooms"]["Saal"].as_array().unwrap();
        assert_eq!(hall.len(), 2);
        assert_eq!(hall[1]["duration"], "01:30");
        assert_eq!(hall[0]["slug"], "fachtag_2020-0001-begruessung");
        assert_eq!(day["rooms"]["Raum 2"][0]["slug"], "fachtag_2020-0003");
        assert_eq!(
            hall[0]["persons"][0]["name"],
            "Referatsleitung, Ministerium"
        );
        assert_eq!(guid("s1"), guid("s1"));
        assert_ne!(guid("s1"), guid("s2"));
    }

    #[test]
    fn xml_escapes_text() {
        let x = xml(&sample(), "https://example.org/fachtag/2020").unwrap();
        assert!(x.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assert!(x.contains("<abstract>Änderungen &amp; &lt;Neues&gt;</abstract>"));
        assert!(x.contains("<room name=\"Raum 2\""));
        assert!(x.contains("<date>2020-01-22T13:00:00+01:00</date>"));
    }

    #[test]
    fn json_is_valid_against_the_published_schema() {
        let schema: Value = serde_json::from_str(JSON_SCHEMA).unwrap();
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap();
        let doc = json(&sample(), "https://example.org/fachtag/2020");
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
