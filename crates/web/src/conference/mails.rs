//! The Fachtag's mails, in the recipient's language with the German beneath: the
//! confirmation of a registration (with the personal link and, with a place, a calendar
//! file of the programme), the offer of a freed place (with its own link and deadline) and
//! the confirmation of an offered place taken, the reminder a few days before the day (with the check-in code and own programme).
//! They go out after the answer; the recipient's address is never logged.

use beratungsnetz_core::clock::{Now, berlin_day_minute};
use beratungsnetz_core::conference::registration::PlaceState;
use beratungsnetz_core::conference::{Programme, Session, SessionKind, acronym, clock_time, ical};
use beratungsnetz_store::conference::places::{Answered, NewPerson, Offer};

use crate::AppState;
use crate::chrome::i18n::{Lang, Tr};
use crate::outbox::{Attachment, with_german};

fn base(state: &AppState) -> String {
    state.config.public_url.trim_end_matches('/').to_string()
}

/// The sessions of a person's own calendar: everything but the workshops, and the
/// workshops in `mine`.
pub fn own_sessions<'a>(p: &'a Programme, mine: &[String]) -> Vec<&'a Session> {
    p.sessions
        .iter()
        .filter(|s| s.text.kind != SessionKind::Workshop || mine.contains(&s.id))
        .collect()
}

/// What an offer is for: the workshop's title, or the event's.
fn offered_what(p: &Programme, session_id: Option<&String>) -> String {
    match session_id {
        Some(id) => p
            .sessions
            .iter()
            .find(|s| &s.id == id)
            .map_or_else(String::new, |s| s.text.title.clone()),
        None => p.event.title.clone(),
    }
}

/// A person's own programme (the workshops in `mine`) as the mail's calendar file.
fn own_calendar(state: &AppState, now: Now, p: &Programme, mine: &[String]) -> Attachment {
    Attachment {
        name: format!("{}.ics", acronym(p.event.year)),
        content_type: "text/calendar; charset=utf-8",
        body: ical::calendar(
            p,
            &own_sessions(p, mine),
            &format!("{}/fachtag/{}", base(state), p.event.year),
            now.unix,
        )
        .into_bytes(),
    }
}

/// "22.01.2020, 14:30" in Germany's time.
fn deadline_text(unix: i64) -> String {
    let (day, minute) = berlin_day_minute(unix);
    format!("{}, {}", super::date_text(day), clock_time(minute))
}

/// Mails one person of a new registration their personal link; with a place, their own
/// programme (the workshops in `mine`) as a calendar file.
pub fn registered(
    state: &AppState,
    now: Now,
    p: &Programme,
    (person, token): (&NewPerson, &str),
    lang: Lang,
    confirmed: bool,
    mine: &[String],
) {
    let link = format!("{}/fachtag/anmeldung/{token}", base(state));
    let (subject_key, body_key) = if confirmed {
        (
            "mail-conference-confirmed-subject",
            "mail-conference-confirmed-body",
        )
    } else {
        (
            "mail-conference-waiting-subject",
            "mail-conference-waiting-body",
        )
    };
    let args = |l: Lang| {
        Tr::new(l).plain(
            body_key,
            &[
                ("name", person.name.clone()),
                ("event", p.event.title.clone()),
                ("date", super::date_text(p.event.day)),
                ("venue", p.event.venue.clone()),
                ("url", link.clone()),
            ],
        )
    };
    let subject = Tr::new(lang).plain(subject_key, &[("year", p.event.year.to_string())]);
    let body = with_german(lang, args);
    let attachment = confirmed.then(|| own_calendar(state, now, p, mine));
    let to = person.email.clone();
    let token = token.to_string();
    let mailing = state.clone();
    state.background.spawn("conference-mail", async move {
        mailing
            .mailer
            .send_with(
                mailing.store.as_ref(),
                now,
                &to,
                (&subject, &body),
                Some(&token),
                attachment.as_ref(),
            )
            .await
    });
}

/// Mails every offer its link and deadline.
pub fn offered(state: &AppState, now: Now, p: &Programme, offers: Vec<Offer>) {
    for offer in offers {
        let lang = Lang::from_code(&offer.lang).unwrap_or_default();
        let link = format!("{}/fachtag/angebot/{}", base(state), offer.token);
        let what = offered_what(p, offer.session_id.as_ref());
        let subject = Tr::new(lang).plain(
            "mail-conference-offer-subject",
            &[("year", p.event.year.to_string())],
        );
        let body = with_german(lang, |l| {
            Tr::new(l).plain(
                "mail-conference-offer-body",
                &[
                    ("name", offer.name.clone()),
                    ("what", what.clone()),
                    ("until", deadline_text(offer.until)),
                    ("url", link.clone()),
                ],
            )
        });
        let mailing = state.clone();
        state.background.spawn("conference-offer-mail", async move {
            mailing
                .mailer
                .send(
                    mailing.store.as_ref(),
                    now,
                    &offer.email,
                    &subject,
                    &body,
                    Some(&offer.token),
                )
                .await
        });
    }
}

/// Mails the person who took an offered place what they hold now: the place, their
/// check-in code and their own programme as a calendar file.
pub async fn accepted(
    state: &AppState,
    now: Now,
    answered: &Answered,
) -> Result<(), beratungsnetz_store::StoreError> {
    let Some(p) = super::programme_of_event(state, &answered.event_id).await? else {
        return Ok(());
    };
    let Some(r) = state
        .store
        .registrations(&p.id)
        .await?
        .into_iter()
        .find(|r| r.id == answered.registration_id)
    else {
        return Ok(());
    };
    let mine: Vec<String> = state
        .store
        .event_choices(&p.id)
        .await?
        .into_iter()
        .filter(|c| c.registration_id == r.id && c.state() == PlaceState::Confirmed)
        .map(|c| c.session_id)
        .collect();
    let what = offered_what(&p, answered.session_id.as_ref());
    let lang = Lang::from_code(&r.lang).unwrap_or_default();
    let subject = Tr::new(lang).plain(
        "mail-conference-accepted-subject",
        &[("year", p.event.year.to_string())],
    );
    let body = with_german(lang, |l| {
        Tr::new(l).plain(
            "mail-conference-accepted-body",
            &[
                ("name", r.name.clone()),
                ("what", what.clone()),
                ("event", p.event.title.clone()),
                ("date", super::date_text(p.event.day)),
                ("venue", p.event.venue.clone()),
                ("code", r.checkin_code.clone()),
            ],
        )
    });
    let attachment = own_calendar(state, now, &p, &mine);
    let mailing = state.clone();
    state
        .background
        .spawn("conference-accepted-mail", async move {
            mailing
                .mailer
                .send_with(
                    mailing.store.as_ref(),
                    now,
                    &r.email,
                    (&subject, &body),
                    None,
                    Some(&attachment),
                )
                .await
        });
    Ok(())
}

/// The job: ends offers past their deadline and offers the places on, by mail.
pub async fn expire_offers(
    state: &AppState,
    now: Now,
) -> Result<(), beratungsnetz_store::StoreError> {
    let offers = state
        .store
        .expire_offers(now.unix, &new_offer_token)
        .await?;
    mail_offers(state, now, offers).await
}

/// Mails offers, each with its event's programme.
pub async fn mail_offers(
    state: &AppState,
    now: Now,
    offers: Vec<Offer>,
) -> Result<(), beratungsnetz_store::StoreError> {
    if offers.is_empty() {
        return Ok(());
    }
    for event in state.store.events().await? {
        let mine: Vec<Offer> = offers
            .iter()
            .filter(|o| o.event_id == event.id)
            .cloned()
            .collect();
        if mine.is_empty() {
            continue;
        }
        let year = i32::try_from(event.year).unwrap_or_default();
        if let Some(p) = state.store.programme(year).await? {
            offered(state, now, &p, mine);
        }
    }
    Ok(())
}

/// Days before the Fachtag the reminder goes out.
pub const REMIND_DAYS: i64 = 3;

/// The job: reminds everyone with a place of their Fachtag a few days ahead: the day, the
/// venue, their workshops and their check-in code, with their own calendar attached. Each
/// person is reminded once; a mail that fails is logged (without the address) and not
/// retried, as the confirmation holds the same.
pub async fn remind(state: &AppState, now: Now) -> Result<(), beratungsnetz_store::StoreError> {
    let due = state
        .store
        .claim_reminders(now.today(), REMIND_DAYS)
        .await?;
    if due.is_empty() {
        return Ok(());
    }
    for event in state.store.events().await? {
        if !due.iter().any(|r| r.event_id == event.id) {
            continue;
        }
        let year = i32::try_from(event.year).unwrap_or_default();
        let Some(p) = state.store.programme(year).await? else {
            continue;
        };
        let choices = state.store.event_choices(&p.id).await?;
        for r in due.iter().filter(|r| r.event_id == event.id) {
            let mine: Vec<String> = choices
                .iter()
                .filter(|c| c.registration_id == r.id && c.state() == PlaceState::Confirmed)
                .map(|c| c.session_id.clone())
                .collect();
            let sessions = own_sessions(&p, &mine);
            let workshops: Vec<String> = sessions
                .iter()
                .filter(|s| s.text.kind == SessionKind::Workshop)
                .map(|s| {
                    format!(
                        "{}–{} {} ({})",
                        clock_time(s.text.starts),
                        clock_time(s.text.ends),
                        s.text.title,
                        p.room_name(&s.text.room)
                    )
                })
                .collect();
            let lang = Lang::from_code(&r.lang).unwrap_or_default();
            let subject = Tr::new(lang).plain(
                "mail-conference-reminder-subject",
                &[
                    ("year", p.event.year.to_string()),
                    ("date", super::date_text(p.event.day)),
                ],
            );
            let body = with_german(lang, |l| {
                let tr = Tr::new(l);
                let listed = if workshops.is_empty() {
                    tr.plain("mail-conference-reminder-no-workshops", &[])
                } else {
                    workshops.join("\n")
                };
                tr.plain(
                    "mail-conference-reminder-body",
                    &[
                        ("name", r.name.clone()),
                        ("event", p.event.title.clone()),
                        ("date", super::date_text(p.event.day)),
                        ("venue", p.event.venue.clone()),
                        ("address", p.event.address.clone()),
                        ("workshops", listed),
                        ("code", r.checkin_code.clone()),
                    ],
                )
            });
            let attachment = own_calendar(state, now, &p, &mine);
            let sent = state
                .mailer
                .send_with(
                    state.store.as_ref(),
                    now,
                    &r.email,
                    (&subject, &body),
                    None,
                    Some(&attachment),
                )
                .await;
            if let Err(e) = sent {
                tracing::warn!(error = %e, "a Fachtag reminder could not be sent");
            }
        }
    }
    Ok(())
}

/// A new offer link's token and the hash the store keeps.
pub fn new_offer_token() -> (String, String) {
    let token = crate::accounts::token::random_token();
    let hash = crate::accounts::token::hash_token(&token);
    (token, hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_in_german_time() {
        // 2027-01-20 13:00 UTC is 14:00 in Magdeburg.
        assert_eq!(deadline_text(1_800_450_000), "20.01.2027, 14:00");
    }
}
