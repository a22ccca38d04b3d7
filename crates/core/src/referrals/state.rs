//! A referral's life: its states, what moves it on and who may, and the HL7 FHIR Task
//! status each state is (as the Gravity Project's SDOH Clinical Care guide uses Task).

use std::fmt;

/// Why a receiving service declines a referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DeclineReason {
    NoCapacity,
    NotEligible,
    NotOurField,
    Other,
}

/// How a referral ended once the receiving service had it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    GotHelp,
    CouldNotContact,
    NoLongerInterested,
    NotEligible,
    ReferredOn,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum State {
    /// Being written by the sender; nobody else sees it.
    Draft,
    /// Sent (or the client took the slip); waiting for the receiving service.
    Sent,
    Accepted,
    Declined(DeclineReason),
    /// The person arrived or was reached (first contact); the service works with them.
    InProgress,
    Closed(Outcome),
    /// Taken back by the sender, or stopped because the consent ended.
    Withdrawn,
    /// Not answered in the time the network set.
    Expired,
}

/// Who does something to a referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Party {
    /// A counsellor of the sending organisation.
    Sender,
    /// A counsellor of the receiving organisation.
    Receiver,
    /// The application itself: the expiry job, the end of a consent.
    System,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    Send,
    Accept,
    Decline(DeclineReason),
    /// The person arrived (the receiving service entered the slip's code) or was reached.
    FirstContact,
    Close(Outcome),
    Withdraw,
    /// The consent expired or was withdrawn: the referral stops at once.
    ConsentEnded,
    Expire,
}

/// Why an event cannot happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the referral has ended ({0}) and cannot change")]
    Ended(State),
    #[error("{party} cannot {event} a referral")]
    NotYours { party: Party, event: Event },
    #[error("a referral that is {state} cannot {event}")]
    NotNow { state: State, event: Event },
}

impl Event {
    /// The one party that may cause this event.
    pub fn party(self) -> Party {
        match self {
            Event::Send | Event::Withdraw => Party::Sender,
            Event::Accept | Event::Decline(_) | Event::FirstContact | Event::Close(_) => {
                Party::Receiver
            }
            Event::ConsentEnded | Event::Expire => Party::System,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Event::Send => "send",
            Event::Accept => "accept",
            Event::Decline(_) => "decline",
            Event::FirstContact => "first-contact",
            Event::Close(_) => "close",
            Event::Withdraw => "withdraw",
            Event::ConsentEnded => "consent-ended",
            Event::Expire => "expire",
        }
    }
}

impl State {
    /// Nothing moves a referral on from here; it waits for the retention purge.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            State::Declined(_) | State::Closed(_) | State::Withdrawn | State::Expired
        )
    }

    /// The state `event` caused by `party` leads to, or why it cannot happen.
    pub fn apply(self, event: Event, party: Party) -> Result<State, Refused> {
        if self.is_final() {
            return Err(Refused::Ended(self));
        }
        if event.party() != party {
            return Err(Refused::NotYours { party, event });
        }
        use State as S;
        let next = match (self, event) {
            (S::Draft, Event::Send) => S::Sent,
            (S::Sent, Event::Accept) => S::Accepted,
            (S::Sent, Event::Decline(reason)) => S::Declined(reason),
            // The code route skips accepting: the person simply turns up.
            (S::Sent | S::Accepted, Event::FirstContact) => S::InProgress,
            (S::Accepted | S::InProgress, Event::Close(outcome)) => S::Closed(outcome),
            (S::Sent | S::Accepted | S::InProgress, Event::Withdraw | Event::ConsentEnded) => {
                S::Withdrawn
            }
            (S::Sent, Event::Expire) => S::Expired,
            (state, event) => return Err(Refused::NotNow { state, event }),
        };
        Ok(next)
    }

    /// The HL7 FHIR Task status of this state (`Task.status`; the reason or outcome goes
    /// in `Task.statusReason` / `Task.output`).
    pub fn fhir_status(self) -> &'static str {
        match self {
            State::Draft => "draft",
            State::Sent => "requested",
            State::Accepted => "accepted",
            State::Declined(_) => "rejected",
            State::InProgress => "in-progress",
            State::Closed(Outcome::CouldNotContact) => "failed",
            State::Closed(_) => "completed",
            State::Withdrawn => "cancelled",
            State::Expired => "failed",
        }
    }

    /// The stable code stored and shown in the API (`declined:no-capacity`, …).
    pub fn code(self) -> String {
        match self {
            State::Declined(r) => format!("declined:{}", r.code()),
            State::Closed(o) => format!("closed:{}", o.code()),
            other => other.base().to_string(),
        }
    }

    /// The codes of [`State::base`], in the order of the flow: what a work list filters by.
    pub const BASES: [&'static str; 8] = [
        "draft",
        "sent",
        "accepted",
        "declined",
        "in-progress",
        "closed",
        "withdrawn",
        "expired",
    ];

    /// The state without its reason or outcome (`declined`, `closed`, …).
    pub fn base(self) -> &'static str {
        match self {
            State::Draft => "draft",
            State::Sent => "sent",
            State::Accepted => "accepted",
            State::Declined(_) => "declined",
            State::InProgress => "in-progress",
            State::Closed(_) => "closed",
            State::Withdrawn => "withdrawn",
            State::Expired => "expired",
        }
    }

    pub fn parse(code: &str) -> Option<State> {
        let (base, detail) = match code.split_once(':') {
            Some((b, d)) => (b, Some(d)),
            None => (code, None),
        };
        let state = match (base, detail) {
            ("draft", None) => State::Draft,
            ("sent", None) => State::Sent,
            ("accepted", None) => State::Accepted,
            ("declined", Some(r)) => State::Declined(DeclineReason::parse(r)?),
            ("in-progress", None) => State::InProgress,
            ("closed", Some(o)) => State::Closed(Outcome::parse(o)?),
            ("withdrawn", None) => State::Withdrawn,
            ("expired", None) => State::Expired,
            _ => return None,
        };
        Some(state)
    }
}

impl DeclineReason {
    pub const ALL: [DeclineReason; 4] = [
        DeclineReason::NoCapacity,
        DeclineReason::NotEligible,
        DeclineReason::NotOurField,
        DeclineReason::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DeclineReason::NoCapacity => "no-capacity",
            DeclineReason::NotEligible => "not-eligible",
            DeclineReason::NotOurField => "not-our-field",
            DeclineReason::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<DeclineReason> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::GotHelp,
        Outcome::CouldNotContact,
        Outcome::NoLongerInterested,
        Outcome::NotEligible,
        Outcome::ReferredOn,
        Outcome::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::GotHelp => "got-help",
            Outcome::CouldNotContact => "could-not-contact",
            Outcome::NoLongerInterested => "no-longer-interested",
            Outcome::NotEligible => "not-eligible",
            Outcome::ReferredOn => "referred-on",
            Outcome::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Outcome> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Party::Sender => "the sending service",
            Party::Receiver => "the receiving service",
            Party::System => "the system",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states() -> Vec<State> {
        let mut all = vec![
            State::Draft,
            State::Sent,
            State::Accepted,
            State::InProgress,
            State::Withdrawn,
            State::Expired,
        ];
        all.extend(DeclineReason::ALL.map(State::Declined));
        all.extend(Outcome::ALL.map(State::Closed));
        all
    }

    fn events() -> Vec<Event> {
        let mut all = vec![
            Event::Send,
            Event::Accept,
            Event::FirstContact,
            Event::Withdraw,
            Event::ConsentEnded,
            Event::Expire,
        ];
        all.extend(DeclineReason::ALL.map(Event::Decline));
        all.extend(Outcome::ALL.map(Event::Close));
        all
    }

    const PARTIES: [Party; 3] = [Party::Sender, Party::Receiver, Party::System];

    /// The allowed moves, written out once more as a table: every (state, event, party)
    /// not in it must be refused, and every one in it must lead where it says.
    fn allowed(state: State, event: Event, party: Party) -> Option<State> {
        use State as S;
        let table: Vec<(State, Event, Party, State)> = {
            let mut t = vec![
                (S::Draft, Event::Send, Party::Sender, S::Sent),
                (S::Sent, Event::Accept, Party::Receiver, S::Accepted),
                (S::Sent, Event::FirstContact, Party::Receiver, S::InProgress),
                (
                    S::Accepted,
                    Event::FirstContact,
                    Party::Receiver,
                    S::InProgress,
                ),
                (S::Sent, Event::Expire, Party::System, S::Expired),
            ];
            for from in [S::Sent, S::Accepted, S::InProgress] {
                t.push((from, Event::Withdraw, Party::Sender, S::Withdrawn));
                t.push((from, Event::ConsentEnded, Party::System, S::Withdrawn));
            }
            for r in DeclineReason::ALL {
                t.push((S::Sent, Event::Decline(r), Party::Receiver, S::Declined(r)));
            }
            for o in Outcome::ALL {
                for from in [S::Accepted, S::InProgress] {
                    t.push((from, Event::Close(o), Party::Receiver, S::Closed(o)));
                }
            }
            t
        };
        table
            .into_iter()
            .find(|(s, e, p, _)| (*s, *e, *p) == (state, event, party))
            .map(|(_, _, _, to)| to)
    }

    #[test]
    fn every_transition_is_allowed_or_refused_exactly_as_the_table_says() {
        let mut allowed_count = 0;
        for s in states() {
            for e in events() {
                for p in PARTIES {
                    let got = s.apply(e, p);
                    match allowed(s, e, p) {
                        Some(to) => {
                            assert_eq!(got, Ok(to), "{s} {e} by {p}");
                            allowed_count += 1;
                        }
                        None => assert!(got.is_err(), "{s} {e} by {p} should be refused"),
                    }
                }
            }
        }
        assert_eq!(allowed_count, 5 + 6 + 4 + 12);
    }

    #[test]
    fn final_states_accept_nothing_and_say_so() {
        for s in states().into_iter().filter(|s| s.is_final()) {
            for e in events() {
                for p in PARTIES {
                    assert_eq!(s.apply(e, p), Err(Refused::Ended(s)));
                }
            }
        }
    }

    #[test]
    fn only_the_party_of_an_event_may_cause_it() {
        for e in events() {
            for p in PARTIES.into_iter().filter(|p| *p != e.party()) {
                assert_eq!(
                    State::Sent.apply(e, p),
                    Err(Refused::NotYours { party: p, event: e })
                );
            }
        }
    }

    #[test]
    fn every_open_state_can_still_end() {
        // From each state that is not final, some event leads (in steps) to a final one.
        for s in states().into_iter().filter(|s| !s.is_final()) {
            let mut frontier = vec![s];
            let mut ends = false;
            for _ in 0..4 {
                let mut next = Vec::new();
                for f in &frontier {
                    for e in events() {
                        if let Ok(to) = f.apply(e, e.party()) {
                            ends |= to.is_final();
                            next.push(to);
                        }
                    }
                }
                frontier = next;
            }
            assert!(ends, "{s} cannot end");
        }
    }

    #[test]
    fn codes_round_trip_and_fhir_statuses_are_valid() {
        let fhir = [
            "draft",
            "requested",
            "received",
            "accepted",
            "rejected",
            "ready",
            "cancelled",
            "in-progress",
            "on-hold",
            "failed",
            "completed",
            "entered-in-error",
        ];
        for s in states() {
            assert_eq!(State::parse(&s.code()), Some(s), "{s}");
            assert!(fhir.contains(&s.fhir_status()), "{s}");
        }
        assert_eq!(State::parse("declined"), None);
        assert_eq!(State::parse("closed:sunshine"), None);
        assert_eq!(State::parse("sent:extra"), None);
    }
}
