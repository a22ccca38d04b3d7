//! Sample Fachtage: the one of 22 January 2020 (talks by the state secretary, the interior
//! ministry and the BAMF on changes in counselling, reception and housing; the 2019
//! migration package in the afternoon; workshops per service kind) and next year's, open
//! for registration. Speakers are named by role and institution only; every title ends in
//! " (Beispiel)" and the venue is no real address.

use beratungsnetz_core::clock::{civil, day_number, weekday};
use beratungsnetz_core::conference::{
    EventSeed, EventText, RoomText, SessionKind, SessionText, Speaker,
};

use crate::SAMPLE_SUFFIX;

const CONSENT: &str = "Ich bin einverstanden, dass meine Angaben zur Organisation des Fachtags \
     gespeichert und 90 Tage nach dem Fachtag gelöscht werden. Namen und Organisationen \
     erscheinen nicht im öffentlichen Programm. (Beispiel)";

fn speaker(role: &str, organisation: &str) -> Speaker {
    Speaker {
        name: String::new(),
        role: role.into(),
        organisation: organisation.into(),
    }
}

fn room(name: &str, capacity: u32, accessible: bool, notes: &str) -> RoomText {
    RoomText {
        name: name.into(),
        capacity,
        accessible,
        notes: notes.into(),
    }
}

fn hm(s: &str) -> u32 {
    beratungsnetz_core::conference::parse_clock_time(s).unwrap_or_default()
}

struct S<'a> {
    kind: SessionKind,
    room: usize,
    at: (&'a str, &'a str),
    title: &'a str,
    description: &'a str,
    speakers: Vec<Speaker>,
    capacity: Option<u32>,
}

fn session(s: S<'_>) -> SessionText {
    SessionText {
        title: s.title.into(),
        kind: s.kind,
        room: s.room.to_string(),
        starts: hm(s.at.0),
        ends: hm(s.at.1),
        description: s.description.into(),
        speakers: s.speakers,
        capacity: s.capacity,
    }
}

fn plenary(
    at: (&str, &str),
    kind: SessionKind,
    title: &str,
    description: &str,
    speakers: Vec<Speaker>,
) -> SessionText {
    session(S {
        kind,
        room: 0,
        at,
        title,
        description,
        speakers,
        capacity: None,
    })
}

fn pause(at: (&str, &str), title: &str) -> SessionText {
    plenary(at, SessionKind::Break, title, "", Vec::new())
}

fn workshop(
    room: usize,
    at: (&str, &str),
    title: &str,
    description: &str,
    experts: &str,
    capacity: u32,
) -> SessionText {
    session(S {
        kind: SessionKind::Workshop,
        room,
        at,
        title,
        description,
        speakers: vec![
            speaker("Fachberatung", experts),
            speaker("Moderation", "Landeskoordination Migrationsberatung"),
        ],
        capacity: Some(capacity),
    })
}

fn rooms() -> Vec<RoomText> {
    vec![
        room("Großer Saal", 120, true, "Erdgeschoss, Induktionsschleife"),
        room("Seminarraum 1", 20, true, "1. Obergeschoss, Aufzug"),
        room("Seminarraum 2", 20, true, "1. Obergeschoss, Aufzug"),
        room(
            "Seminarraum 3",
            16,
            false,
            "2. Obergeschoss, nur über Treppe",
        ),
    ]
}

fn event(year: i32, day: i64, description: &str) -> EventText {
    EventText {
        address: "39104 Magdeburg".into(),
        description: description.into(),
        capacity: 110,
        registration_until: day - 7,
        consent: CONSENT.into(),
        ..EventText::new(
            year,
            format!("Fachtag Migrationsberatung Sachsen-Anhalt {year}{SAMPLE_SUFFIX}"),
            day,
            format!("Tagungshaus in Magdeburg{SAMPLE_SUFFIX}"),
        )
    }
}

/// The Fachtag of 22 January 2020 as its report describes it.
fn fachtag_2020() -> EventSeed {
    let day = day_number("2020-01-22").unwrap_or_default();
    let ministry = "Ministerium für Arbeit, Soziales und Integration Sachsen-Anhalt";
    EventSeed {
        event: event(
            2020,
            day,
            "Am Vormittag: Änderungen in der Migrationsberatung, bei Aufnahme und \
             Unterbringung. Am Nachmittag: das Migrationspaket 2019 und Workshops, in denen \
             Fachdienste und Migrationsberatung ihre Schnittstellen ausarbeiten.",
        ),
        rooms: rooms(),
        sessions: vec![
            pause(("09:00", "09:30"), "Ankommen und Anmeldung"),
            plenary(
                ("09:30", "10:15"),
                SessionKind::Talk,
                "Begrüßung und Migrationsberatung im Land: was sich ändert",
                "Förderung, Aufgaben und Erwartungen des Landes an die Migrationsberatung.",
                vec![speaker("Staatssekretärin", ministry)],
            ),
            plenary(
                ("10:15", "11:00"),
                SessionKind::Talk,
                "Aufnahme und Unterbringung: Neuerungen in der Landesaufnahme",
                "Verteilung auf die Kommunen, Wohnsitzauflage, Unterbringung und was die \
                 Beratung davon wissen muss.",
                vec![speaker(
                    "Referatsleitung Ausländerrecht",
                    "Ministerium für Inneres und Sport Sachsen-Anhalt",
                )],
            ),
            pause(("11:00", "11:15"), "Kaffeepause"),
            plenary(
                ("11:15", "12:00"),
                SessionKind::Talk,
                "Migrationsberatung für erwachsene Zugewanderte (MBE): Neues vom Bund",
                "Förderrichtlinie, Fallzahlen, Verweisberatung und Kooperation mit den \
                 Integrationskursen.",
                vec![speaker(
                    "Regionalkoordination",
                    "Bundesamt für Migration und Flüchtlinge (BAMF)",
                )],
            ),
            pause(("12:00", "13:00"), "Mittagspause"),
            plenary(
                ("13:00", "14:00"),
                SessionKind::Panel,
                "Das Migrationspaket 2019: was sich für die Beratung ändert",
                "Fachkräfteeinwanderungsgesetz, Beschäftigungsduldung, Geordnete-Rückkehr-Gesetz \
                 und Ausländerbeschäftigungsförderung: Folgen für Ratsuchende und Beratung.",
                vec![
                    speaker(
                        "Fachanwältin für Migrationsrecht",
                        "Kanzlei in Halle (Saale)",
                    ),
                    speaker("Leitung", "Ausländerbehörde eines Landkreises"),
                    speaker("Referentin", "Flüchtlingsrat Sachsen-Anhalt"),
                ],
            ),
            workshop(
                1,
                ("14:15", "15:45"),
                "Workshop: Schnittstelle Schuldnerberatung",
                "Wann verweisen, welche Unterlagen, wie lange warten, was kommt zurück?",
                "Schuldner- und Insolvenzberatung",
                20,
            ),
            workshop(
                2,
                ("14:15", "15:45"),
                "Workshop: Schnittstelle Psychosoziales Zentrum",
                "Belastete Ratsuchende erkennen, Einverständnis, Dolmetschen, Wartezeiten.",
                "Psychosoziales Zentrum für Geflüchtete",
                20,
            ),
            workshop(
                3,
                ("14:15", "15:45"),
                "Workshop: Schnittstelle Jobcenter und Arbeitsmarkt",
                "Beschäftigungsduldung und Anerkennung: wer klärt was, in welcher Reihenfolge?",
                "Jobcenter und Anerkennungsberatung",
                16,
            ),
            plenary(
                ("16:00", "16:30"),
                SessionKind::Talk,
                "Ergebnisse der Workshops und Ausblick",
                "Die Workshops stellen ihre Schnittstellen vor; sie gehen in die \
                 Schnittstellenblätter ein.",
                vec![speaker(
                    "Landeskoordination",
                    "LIGA der Freien Wohlfahrtspflege",
                )],
            ),
        ],
    }
}

/// The third Wednesday of January of `year`: when the sample Fachtag takes place.
fn third_wednesday(year: i32) -> i64 {
    let first = day_number(&format!("{year:04}-01-01")).unwrap_or_default();
    let to_wednesday = (2 + 7 - i64::from(weekday(first))) % 7;
    first + to_wednesday + 14
}

/// Next year's Fachtag, open for registration until a week before.
fn fachtag_next(today: i64) -> EventSeed {
    let year = i32::from(civil(today).0) + 1;
    let day = third_wednesday(year);
    EventSeed {
        event: event(
            year,
            day,
            "Verweisberatung mit Rückmeldung, Wohnen und Gesundheit: die Schnittstellen des \
             kommenden Jahres. Am Nachmittag drei Workshops zur Auswahl.",
        ),
        rooms: rooms(),
        sessions: vec![
            pause(("09:00", "09:30"), "Ankommen und Anmeldung"),
            plenary(
                ("09:30", "10:15"),
                SessionKind::Talk,
                "Begrüßung: ein Jahr Verweisberatung im Netzwerk",
                "Was die Zahlen zeigen: Verweise, Rückmeldungen, Lücken im Angebot.",
                vec![speaker(
                    "Abteilungsleitung Integration",
                    "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung Sachsen-Anhalt",
                )],
            ),
            plenary(
                ("10:15", "11:15"),
                SessionKind::Panel,
                "Wohnen: Wohnungsverlust verhindern, bevor er droht",
                "Kommunen, Wohnungsnotfallhilfe und Migrationsberatung im Gespräch.",
                vec![
                    speaker("Sozialamt", "Landeshauptstadt Magdeburg"),
                    speaker("Leitung", "Wohnungsnotfallhilfe in Halle (Saale)"),
                ],
            ),
            pause(("11:15", "11:30"), "Kaffeepause"),
            plenary(
                ("11:30", "12:15"),
                SessionKind::Talk,
                "Gesundheitsversorgung ohne Krankenversicherung",
                "Clearingstellen, Anonymer Krankenschein und was Beratung vermitteln kann.",
                vec![speaker("Referentin", "Landesvereinigung für Gesundheit")],
            ),
            pause(("12:15", "13:15"), "Mittagspause"),
            workshop(
                1,
                ("13:15", "14:45"),
                "Workshop: Schnittstelle Wohnungsnotfallhilfe",
                "Räumungsklage, Mietschulden, Notunterkunft: wann und wie übergeben?",
                "Wohnungsnotfallhilfe",
                20,
            ),
            workshop(
                2,
                ("13:15", "14:45"),
                "Workshop: Schnittstelle Gesundheit und Krankenversicherung",
                "Clearingstelle, Krankenkasse, Sozialamt: wer klärt den Versicherungsschutz?",
                "Clearingstelle Krankenversicherung",
                20,
            ),
            workshop(
                3,
                ("13:15", "14:45"),
                "Workshop: Schnittstelle Beratung bei Arbeitsausbeutung",
                "Lohn nicht gezahlt, Unterkunft an den Job gebunden: Anzeichen und Wege.",
                "Beratung für faire Arbeit",
                16,
            ),
            plenary(
                ("15:00", "15:45"),
                SessionKind::Talk,
                "Ergebnisse der Workshops und Ausblick",
                "Die Workshops stellen ihre Schnittstellen vor.",
                vec![speaker(
                    "Landeskoordination",
                    "LIGA der Freien Wohlfahrtspflege",
                )],
            ),
        ],
    }
}

/// What the workshops of the sample 2020 Fachtag worked out: (title the workshop's starts
/// with, notes, the service kind of the interface sheet it revised). Sample text.
pub fn workshop_results_2020() -> [(&'static str, &'static str, &'static str); 3] {
    [
        (
            "Workshop: Schnittstelle Schuldnerberatung",
            "(Beispiel) Verweisen, sobald Forderungen oder Pfändungen im Raum stehen, nicht \
             erst bei der Räumungsklage. Vorher klären: Einkommen, Schreiben der Gläubiger \
             sammeln, Einwilligung zur Weitergabe. Wartezeit derzeit vier bis sechs Wochen; \
             bei Kontopfändung am selben Tag anrufen. Rückmeldung an die Migrationsberatung, \
             wenn der Ersttermin stattgefunden hat.",
            "kind:debt",
        ),
        (
            "Workshop: Schnittstelle Psychosoziales Zentrum",
            "(Beispiel) Belastung ansprechen, ohne zu diagnostizieren; das Zentrum klärt im \
             Erstgespräch. Dolmetschen organisiert das Zentrum. Einwilligung schriftlich in der \
             Sprache der Ratsuchenden. Wartezeit zwei bis drei Monate; in Krisen die \
             Notfallnummer des Zentrums.",
            "kind:psz",
        ),
        (
            "Workshop: Schnittstelle Jobcenter und Arbeitsmarkt",
            "(Beispiel) Zuerst Aufenthaltsstatus und Arbeitserlaubnis klären, dann \
             Anerkennung des Abschlusses, dann Vermittlung. Unterlagen: Zeugnisse mit \
             Übersetzung, Bescheid der Ausländerbehörde. Feste Ansprechperson je Jobcenter \
             vereinbart.",
            "kind:labour",
        ),
    ]
}

/// The sample Fachtage: 2020 and next year's (as seen from `today`, days since 1970).
pub fn fachtage(today: i64) -> Vec<EventSeed> {
    vec![fachtag_2020(), fachtag_next(today)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use beratungsnetz_core::clock::iso_date;
    use beratungsnetz_core::conference::timetable::room_clash;

    #[test]
    fn the_2020_fachtag_and_next_years_open_for_registration() {
        let today = day_number("2026-12-03").unwrap();
        let seeds = fachtage(today);
        assert_eq!(iso_date(seeds[0].event.day), "2020-01-22");
        assert_eq!(seeds[1].event.year, 2027);
        assert_eq!(iso_date(seeds[1].event.day), "2027-01-20");
        assert!(seeds[1].event.registration_until > today);
        for seed in &seeds {
            assert!(seed.event.title.ends_with(SAMPLE_SUFFIX));
            let workshops = seed
                .sessions
                .iter()
                .filter(|s| s.kind == SessionKind::Workshop)
                .count();
            assert!(workshops >= 3);
            for s in &seed.sessions {
                let room: usize = s.room.parse().unwrap();
                assert!(room < seed.rooms.len(), "{}", s.title);
                assert!(s.starts < s.ends, "{}", s.title);
                // Speakers by role and institution, never by name.
                assert!(s.speakers.iter().all(|x| x.name.is_empty()));
            }
            assert!(room_clash(&seed.sessions, |s| &s.room, |s| (s.starts, s.ends)).is_none());
        }
        assert_eq!(iso_date(third_wednesday(2020)), "2020-01-15");
    }
}
