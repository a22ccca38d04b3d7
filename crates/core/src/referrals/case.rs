//! What a referral carries about the client, and the consent that lets it travel. Both are
//! sealed at rest; the consent decides, on every read, what the receiving side may see.

use serde::{Deserialize, Serialize};

/// How soon the client needs the service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    Routine,
    Soon,
    Urgent,
}

impl Urgency {
    pub const ALL: [Urgency; 3] = [Urgency::Routine, Urgency::Soon, Urgency::Urgent];

    pub fn code(self) -> &'static str {
        match self {
            Urgency::Routine => "routine",
            Urgency::Soon => "soon",
            Urgency::Urgent => "urgent",
        }
    }

    pub fn parse(code: &str) -> Option<Urgency> {
        Urgency::ALL.into_iter().find(|u| u.code() == code)
    }
}

/// How the receiving service reaches the client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "way", content = "value", rename_all = "kebab-case")]
pub enum Contact {
    /// The client gets in touch themselves (with the slip's code): nothing to pass on.
    ClientCalls,
    Phone(String),
    Email(String),
    /// Through the sending counsellor, or as noted.
    Other(String),
}

/// What the sender writes about the client. The reference is pseudonymous: the sender's
/// own file number or initials, never a full name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetails {
    pub client_ref: String,
    /// Vocabulary codes (`need:debts`).
    pub needs: Vec<String>,
    /// ISO 639 codes of the languages the client speaks.
    pub languages: Vec<String>,
    pub interpreter_needed: bool,
    pub contact: Contact,
    pub note: String,
    /// The slip's code, for the sender to print again (the receiving side types it in).
    #[serde(default)]
    pub slip_code: Option<String>,
}

/// What the client agreed may be passed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Contact,
    Note,
    Needs,
    Documents,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::Contact,
        Category::Note,
        Category::Needs,
        Category::Documents,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Category::Contact => "contact",
            Category::Note => "note",
            Category::Needs => "needs",
            Category::Documents => "documents",
        }
    }

    pub fn parse(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// How the consent was given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "how", rename_all = "kebab-case")]
pub enum Given {
    /// A signed consent form is on file with the sender.
    SignedForm,
    /// Given orally, witnessed by the counsellor named.
    Oral { witness: String },
}

/// The consent (Schweigepflichtentbindung) a referral travels under.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub categories: Vec<Category>,
    pub purpose: String,
    /// The version of the consent form's text the client agreed to.
    pub form_version: String,
    pub given: Given,
}

/// Where a consent stands at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentStatus {
    Valid,
    Expired,
    Withdrawn,
}

impl ConsentStatus {
    /// `valid_until` and `withdrawn_at` in seconds since the epoch.
    pub fn at(now: i64, valid_until: i64, withdrawn_at: Option<i64>) -> ConsentStatus {
        match withdrawn_at {
            Some(t) if t <= now => ConsentStatus::Withdrawn,
            _ if now >= valid_until => ConsentStatus::Expired,
            _ => ConsentStatus::Valid,
        }
    }
}

impl CaseDetails {
    /// What the receiving side may see: only the categories consented to, and nothing
    /// once the consent has ended. The sender always sees what they wrote.
    pub fn as_seen_by_receiver(&self, consent: &Consent, status: ConsentStatus) -> SeenDetails {
        let allowed =
            |c: Category| status == ConsentStatus::Valid && consent.categories.contains(&c);
        SeenDetails {
            client_ref: (status == ConsentStatus::Valid).then(|| self.client_ref.clone()),
            needs: allowed(Category::Needs).then(|| self.needs.clone()),
            languages: (status == ConsentStatus::Valid).then(|| self.languages.clone()),
            interpreter_needed: (status == ConsentStatus::Valid).then_some(self.interpreter_needed),
            contact: allowed(Category::Contact).then(|| self.contact.clone()),
            note: allowed(Category::Note).then(|| self.note.clone()),
            slip_code: None,
        }
    }

    pub fn as_seen_by_sender(&self) -> SeenDetails {
        SeenDetails {
            client_ref: Some(self.client_ref.clone()),
            needs: Some(self.needs.clone()),
            languages: Some(self.languages.clone()),
            interpreter_needed: Some(self.interpreter_needed),
            contact: Some(self.contact.clone()),
            note: Some(self.note.clone()),
            slip_code: self.slip_code.clone(),
        }
    }
}

/// Case details as one side may see them: `None` is withheld.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SeenDetails {
    pub client_ref: Option<String>,
    pub needs: Option<Vec<String>>,
    pub languages: Option<Vec<String>>,
    pub interpreter_needed: Option<bool>,
    pub contact: Option<Contact>,
    pub note: Option<String>,
    /// The slip's code: the sender's to print, never shown to the receiving side.
    pub slip_code: Option<String>,
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn details() -> CaseDetails {
        CaseDetails {
            client_ref: "MBE-17".into(),
            needs: vec!["need:debts".into()],
            languages: vec!["ar".into()],
            interpreter_needed: true,
            contact: Contact::Phone("0000 123456".into()),
            note: "Mahnung vom Energieversorger".into(),
            slip_code: None,
        }
    }

    fn consent(categories: Vec<Category>) -> Consent {
        Consent {
            categories,
            purpose: "Schuldnerberatung".into(),
            form_version: "2026-1".into(),
            given: Given::SignedForm,
        }
    }

    #[test]
    fn the_receiver_sees_only_what_was_consented_to() {
        let seen =
            details().as_seen_by_receiver(&consent(vec![Category::Needs]), ConsentStatus::Valid);
        assert_eq!(seen.needs, Some(vec!["need:debts".to_string()]));
        assert_eq!(seen.contact, None);
        assert_eq!(seen.note, None);
        assert_eq!(seen.client_ref.as_deref(), Some("MBE-17"));
        let all =
            details().as_seen_by_receiver(&consent(Category::ALL.to_vec()), ConsentStatus::Valid);
        assert!(all.contact.is_some() && all.note.is_some());
    }

    #[test]
    fn an_ended_consent_hides_everything_from_the_receiver() {
        for status in [ConsentStatus::Expired, ConsentStatus::Withdrawn] {
            let seen = details().as_seen_by_receiver(&consent(Category::ALL.to_vec()), status);
            assert_eq!(
                seen,
                SeenDetails {
                    client_ref: None,
                    needs: None,
                    languages: None,
                    interpreter_needed: None,
                    contact: None,
                    note: None,
                    slip_code: None,
                }
            );
        }
        assert!(details().as_seen_by_sender().note.is_some());
    }

    #[test]
    fn consent_status_follows_time_and_withdrawal() {
        assert_eq!(ConsentStatus::at(10, 20, None), ConsentStatus::Valid);
        assert_eq!(ConsentStatus::at(20, 20, None), ConsentStatus::Expired);
        assert_eq!(ConsentStatus::at(10, 20, Some(5)), ConsentStatus::Withdrawn);
        assert_eq!(ConsentStatus::at(10, 20, Some(15)), ConsentStatus::Valid);
    }

    #[test]
    fn codes_round_trip() {
        for u in Urgency::ALL {
            assert_eq!(Urgency::parse(u.code()), Some(u));
        }
        for c in Category::ALL {
            assert_eq!(Category::parse(c.code()), Some(c));
        }
        let json = serde_json::to_string(&details()).unwrap();
        assert_eq!(
            serde_json::from_str::<CaseDetails>(&json).unwrap(),
            details()
        );
    }
}
