//! The form a counsellor fills in to refer a client: what it must hold, read from any
//! [`FormInput`], each problem naming its field and a message key.

use crate::directory::edit::{FieldError, FormInput, TextKeys, checked_text};
use crate::taxonomy::{self, Facet};

use super::case::{CaseDetails, Category, Consent, Contact, Given, Urgency};

/// Longest client reference: a file number or initials, never a whole name.
pub const MAX_CLIENT_REF: usize = 40;
pub const MAX_NOTE: usize = 2_000;
pub const MAX_TEXT: usize = 200;
/// Longest a consent may run, in days.
pub const MAX_CONSENT_DAYS: i64 = 730;

/// What the form asks for, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub urgency: Urgency,
    pub details: CaseDetails,
    pub consent: Consent,
    /// The last day the consent holds, as days since 1970-01-01.
    pub consent_until_day: i64,
    /// Send now, or keep as a draft.
    pub send: bool,
}

fn problem(field: &str, key: &'static str) -> FieldError {
    FieldError::new(field, key)
}

fn text(
    form: &impl FormInput,
    field: &'static str,
    max: usize,
    required: bool,
    problems: &mut Vec<FieldError>,
) -> String {
    const KEYS: TextKeys = TextKeys {
        required: "referral-error-required",
        too_long: "referral-error-too-long",
        control: "referral-error-control",
    };
    checked_text(form, field, max, required, &KEYS, problems).to_string()
}

/// Reads the form; `today` (days since 1970-01-01) bounds the consent's end.
pub fn read(form: &impl FormInput, today: i64) -> Result<Draft, Vec<FieldError>> {
    let mut problems = Vec::new();
    let urgency = Urgency::parse(form.get("urgency")).unwrap_or_else(|| {
        problems.push(problem("urgency", "referral-error-choose"));
        Urgency::Routine
    });
    // A client who goes with the slip may stay anonymous: the code is the reference.
    let self_contact = form.get("contact_way") == "client-calls";
    let client_ref = text(
        form,
        "client_ref",
        MAX_CLIENT_REF,
        !self_contact,
        &mut problems,
    );
    let mut needs = Vec::new();
    for code in form.all("need") {
        match taxonomy::term(code) {
            Some(t) if t.facet == Facet::Need => needs.push(t.code.to_string()),
            _ => problems.push(problem("need", "referral-error-choose")),
        }
    }
    if needs.is_empty() && !problems.iter().any(|p| p.field == "need") {
        problems.push(problem("need", "referral-error-need"));
    }
    let mut languages = Vec::new();
    for code in form
        .get("languages")
        .split([',', ' '])
        .filter(|c| !c.is_empty())
    {
        let code = code.to_ascii_lowercase();
        if (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase()) {
            if !languages.contains(&code) {
                languages.push(code);
            }
        } else {
            problems.push(problem("languages", "referral-error-language"));
            break;
        }
    }
    let contact_value = text(form, "contact_value", MAX_TEXT, false, &mut problems);
    let contact = match form.get("contact_way") {
        "client-calls" => Contact::ClientCalls,
        way @ ("phone" | "email" | "other") => {
            if contact_value.is_empty() {
                problems.push(problem("contact_value", "referral-error-required"));
            }
            match way {
                "phone" => Contact::Phone(contact_value),
                "email" => Contact::Email(contact_value),
                _ => Contact::Other(contact_value),
            }
        }
        _ => {
            problems.push(problem("contact_way", "referral-error-choose"));
            Contact::ClientCalls
        }
    };
    let note = text(form, "note", MAX_NOTE, false, &mut problems);
    let mut categories = Vec::new();
    for code in form.all("consent_category") {
        match Category::parse(code) {
            Some(c) if !categories.contains(&c) => categories.push(c),
            Some(_) => {}
            None => problems.push(problem("consent_category", "referral-error-choose")),
        }
    }
    categories.sort();
    let purpose = text(form, "consent_purpose", MAX_TEXT, true, &mut problems);
    let until = form.get("consent_until");
    let until = (until.len() == 10).then(|| crate::clock::day_number(until));
    let consent_until_day = match until.flatten() {
        Some(day) if day >= today && day <= today + MAX_CONSENT_DAYS => day,
        Some(_) => {
            problems.push(problem("consent_until", "referral-error-consent-until"));
            today
        }
        None => {
            problems.push(problem("consent_until", "referral-error-date"));
            today
        }
    };
    let given = match form.get("consent_given") {
        "signed-form" => Given::SignedForm,
        "oral" => {
            let witness = text(form, "consent_witness", MAX_TEXT, true, &mut problems);
            Given::Oral { witness }
        }
        _ => {
            problems.push(problem("consent_given", "referral-error-choose"));
            Given::SignedForm
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Draft {
        urgency,
        details: CaseDetails {
            client_ref,
            needs,
            languages,
            interpreter_needed: form.has("interpreter"),
            contact,
            note,
            slip_code: None,
        },
        consent: Consent {
            categories,
            purpose,
            form_version: CONSENT_FORM_VERSION.to_string(),
            given,
        },
        consent_until_day,
        send: form.get("action") == "send",
    })
}

/// The version of the consent form's text; a new text gets a new version.
pub const CONSENT_FORM_VERSION: &str = "2026-1";

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    struct Form(Vec<(&'static str, &'static str)>);

    impl FormInput for Form {
        fn get(&self, name: &str) -> &str {
            self.0
                .iter()
                .find(|(k, _)| *k == name)
                .map_or("", |(_, v)| v.trim())
        }
        fn all(&self, name: &str) -> Vec<&str> {
            self.0
                .iter()
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| *v)
                .collect()
        }
        fn has(&self, name: &str) -> bool {
            self.0.iter().any(|(k, _)| *k == name)
        }
    }

    const TODAY: i64 = 20_000; // 2024-10-04

    fn good() -> Vec<(&'static str, &'static str)> {
        vec![
            ("urgency", "soon"),
            ("client_ref", "MBE-17"),
            ("need", "need:debts"),
            ("languages", "ar, de"),
            ("contact_way", "phone"),
            ("contact_value", "0000 123456"),
            ("note", "Mahnung"),
            ("consent_category", "needs"),
            ("consent_category", "contact"),
            ("consent_purpose", "Schuldnerberatung"),
            ("consent_until", "2024-12-31"),
            ("consent_given", "oral"),
            ("consent_witness", "B. Beispiel"),
            ("action", "send"),
        ]
    }

    #[test]
    fn a_whole_form_reads() {
        let d = read(&Form(good()), TODAY).unwrap();
        assert_eq!(d.urgency, Urgency::Soon);
        assert_eq!(d.details.languages, ["ar", "de"]);
        assert_eq!(d.consent.categories, [Category::Contact, Category::Needs]);
        assert_eq!(d.details.contact, Contact::Phone("0000 123456".into()));
        assert!(d.send);
        assert_eq!(d.consent_until_day, 20_088);
    }

    #[test]
    fn each_problem_names_its_field() {
        let cases: [(&str, &str, &str); 8] = [
            ("client_ref", "", "referral-error-required"),
            ("need", "kind:debt", "referral-error-choose"),
            ("urgency", "now!", "referral-error-choose"),
            ("languages", "arabic", "referral-error-language"),
            (
                "consent_until",
                "2031-01-01",
                "referral-error-consent-until",
            ),
            ("consent_until", "morgen", "referral-error-date"),
            ("consent_witness", "", "referral-error-required"),
            ("contact_value", "", "referral-error-required"),
        ];
        for (field, value, key) in cases {
            let mut form = good();
            for pair in form.iter_mut() {
                if pair.0 == field {
                    pair.1 = value;
                }
            }
            let problems = read(&Form(form), TODAY).unwrap_err();
            assert!(
                problems.iter().any(|p| p.field == field && p.key == key),
                "{field}={value:?}: {problems:?}"
            );
        }
        let mut long = good();
        long.retain(|p| p.0 != "need");
        let problems = read(&Form(long), TODAY).unwrap_err();
        assert_eq!(problems[0].field, "need");
    }
}
