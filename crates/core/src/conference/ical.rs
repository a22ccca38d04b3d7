//! Calendar files (.ics, RFC 5545) of a Fachtag: the whole programme, or the sessions one
//! person registered for. Times are written in UTC, which every calendar converts.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, EventLike};

use super::{Programme, Session};

fn utc(unix: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(unix, 0).unwrap_or_default()
}

/// A calendar of `sessions` of the event (all of them for the whole programme); `url` is
/// the programme page, `stamp` the moment the file is made. Each session keeps its UID,
/// so a calendar that imported an earlier file updates instead of doubling.
pub fn calendar(p: &Programme, sessions: &[&Session], url: &str, stamp: i64) -> String {
    let mut cal = Calendar::new();
    cal.name(&p.event.title);
    let place = [p.event.venue.as_str(), p.event.address.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    for s in sessions {
        let (from, to) = p.moments(&s.text);
        let speakers: Vec<String> = s.text.speakers.iter().map(|x| x.display()).collect();
        let description = [s.text.description.clone(), speakers.join("\n")]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        let location = match p.room_name(&s.text.room) {
            "" => place.clone(),
            room => format!("{room}, {place}"),
        };
        cal.push(
            icalendar::Event::new()
                .uid(&format!("{}@beratungsnetz", super::frab::guid(&s.id)))
                .timestamp(utc(stamp))
                .summary(&s.text.title)
                .description(&description)
                .location(&location)
                .url(&format!("{url}#s{}", s.number))
                .starts(utc(from))
                .ends(utc(to))
                .done(),
        );
    }
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conference::frab::tests::sample;

    #[test]
    fn sessions_in_utc_with_stable_uids() {
        let p = sample();
        let all: Vec<&Session> = p.sessions.iter().collect();
        let ics = calendar(&p, &all, "https://example.org/fachtag/2020", 1_700_000_000);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
        // 09:00 in Magdeburg on 22 January is 08:00 UTC.
        assert!(ics.contains("DTSTART:20200122T080000Z"), "{ics}");
        assert!(ics.contains("LOCATION:Saal\\, Magdeburg"), "{ics}");
        let mine = calendar(&p, &all[2..], "https://example.org/fachtag/2020", 1);
        assert_eq!(mine.matches("BEGIN:VEVENT").count(), 1);
        let uid = format!("UID:{}@beratungsnetz", crate::conference::frab::guid("s3"));
        assert!(ics.contains(&uid) && mine.contains(&uid));
    }
}
