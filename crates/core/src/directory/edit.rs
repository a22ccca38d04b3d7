//! The editable fields of a service: read from its records, read from the form (checked,
//! each problem naming its field), and turned back into records. The audit log keeps
//! this view before and after each change.

use std::collections::BTreeSet;

use crate::clock;
use crate::hsds::error::At;
use crate::hsds::{Entity, Record, Source};
use crate::taxonomy::{self, Facet};
use serde::Serialize;
use serde_json::{Map, Value, json};
use uuid::Uuid;

/// What a submitted form offers: the web layer's form data implements it.
pub trait FormInput {
    /// The first value of a field, trimmed; "" if absent.
    fn get(&self, name: &str) -> &str;
    /// Every value of a repeated field.
    fn all(&self, name: &str) -> Vec<&str>;
    fn has(&self, name: &str) -> bool;
}

/// A form's fields as sent, in order: repeated fields (checkboxes) and unknown fields are
/// both kept. What the web layer reads a form body into.
#[derive(Clone, Debug, Default)]
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    /// The first value of a field, trimmed; "" if absent.
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }

    /// Every value of a repeated field, trimmed.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .collect()
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }

    /// Every (field, trimmed value), in the order sent: to show a form again as typed.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.trim()))
    }
}

impl FormInput for Pairs {
    fn get(&self, name: &str) -> &str {
        Pairs::get(self, name)
    }
    fn all(&self, name: &str) -> Vec<&str> {
        Pairs::all(self, name)
    }
    fn has(&self, name: &str) -> bool {
        Pairs::has(self, name)
    }
}

/// Languages a service can tick (ISO 639 codes with labels in `labels.ftl`).
pub const LANGUAGE_CODES: &[&str] = &[
    "de", "en", "ar", "fa", "ps", "uk", "ru", "tr", "ku", "ti", "am", "so", "fr", "es", "it", "pt",
    "pl", "ro", "bg", "hu", "el", "sq", "sr", "hr", "bs", "ur", "vi", "zh", "gsg",
];
pub const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
pub const MODES: [&str; 3] = ["in_person", "phone", "online"];
/// The HSDS 3.0 values of `service.status`.
pub const STATUSES: [&str; 4] = ["active", "inactive", "defunct", "temporarily closed"];
/// Rows of opening hours a form can carry.
pub const MAX_HOURS: usize = 28;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Hours {
    pub day: String,
    pub opens: String,
    pub closes: String,
    pub mode: String,
    pub note: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ServiceFields {
    pub name: String,
    pub alternate_name: String,
    pub description: String,
    pub email: String,
    pub url: String,
    pub status: String,
    pub phone: String,
    pub fees_description: String,
    pub free: bool,
    pub application_process: String,
    pub eligibility_description: String,
    pub kinds: BTreeSet<String>,
    pub needs: BTreeSet<String>,
    pub targets: BTreeSet<String>,
    pub languages: BTreeSet<String>,
    /// Locations (of the same organization) where the service is offered.
    pub locations: BTreeSet<String>,
    pub hours: Vec<Hours>,
}

/// Records to write, and records to delete.
pub type Changes = (Vec<(Entity, Record)>, Vec<(Entity, String)>);

/// A service's records the form touches.
#[derive(Clone, Debug, Default)]
pub struct Current {
    pub service: Option<Record>,
    pub attributes: Vec<Record>,
    pub languages: Vec<Record>,
    pub schedules: Vec<Record>,
    pub phones: Vec<Record>,
    pub cost_options: Vec<Record>,
    pub service_at_locations: Vec<Record>,
    /// Ids of the organization's locations: the ones the form may tick.
    pub org_locations: Vec<String>,
    /// The store's version of the service, read before the records: a save carries it,
    /// and the store refuses the save if the service has changed since.
    pub version: i64,
}

/// A problem with one field: its name in the form and the message key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub key: &'static str,
}

impl FieldError {
    pub fn new(field: &str, key: &'static str) -> FieldError {
        FieldError {
            field: field.to_string(),
            key,
        }
    }
}

/// The message keys of a form's text checks.
pub struct TextKeys {
    pub required: &'static str,
    pub too_long: &'static str,
    pub control: &'static str,
}

/// A free-text field as typed: a problem when it is required and empty, longer than `max`
/// characters, or holds control characters other than line breaks and tabs.
pub fn checked_text<'a>(
    form: &'a impl FormInput,
    field: &str,
    max: usize,
    required: bool,
    keys: &TextKeys,
    problems: &mut Vec<FieldError>,
) -> &'a str {
    let value = form.get(field);
    if required && value.is_empty() {
        problems.push(FieldError::new(field, keys.required));
    } else if value.chars().count() > max {
        problems.push(FieldError::new(field, keys.too_long));
    } else if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        problems.push(FieldError::new(field, keys.control));
    }
    value
}

fn s(r: &Record, f: &str) -> String {
    r.str(f).unwrap_or_default().to_string()
}

fn is_free(c: &Record) -> bool {
    c.f64("amount") == Some(0.0)
        || c.str("option")
            .is_some_and(|o| o.to_lowercase().contains("kostenlos"))
}

fn ours(a: &Record) -> Option<&'static taxonomy::Term> {
    a.str("value").and_then(taxonomy::term)
}

impl ServiceFields {
    pub fn from_records(c: &Current) -> ServiceFields {
        let mut f = ServiceFields::default();
        if let Some(r) = &c.service {
            f.name = s(r, "name");
            f.alternate_name = s(r, "alternate_name");
            f.description = s(r, "description");
            f.email = s(r, "email");
            f.url = s(r, "url");
            f.status = s(r, "status");
            f.fees_description = s(r, "fees_description");
            f.application_process = s(r, "application_process");
            f.eligibility_description = s(r, "eligibility_description");
        }
        f.phone = c
            .phones
            .iter()
            .find(|p| p.str("type").is_none_or(|t| t == "voice"))
            .map(|p| s(p, "number"))
            .unwrap_or_default();
        f.free = c.cost_options.iter().any(is_free);
        for a in &c.attributes {
            if let Some(t) = ours(a) {
                let set = match t.facet {
                    Facet::ServiceKind => &mut f.kinds,
                    Facet::Need => &mut f.needs,
                    Facet::TargetGroup => &mut f.targets,
                };
                set.insert(t.code.to_string());
            }
        }
        for l in &c.languages {
            if let Some(code) = l.str("code").map(str::to_lowercase)
                && LANGUAGE_CODES.contains(&code.as_str())
            {
                f.languages.insert(code);
            }
        }
        for sal in &c.service_at_locations {
            if let Some(l) = sal.str("location_id") {
                f.locations.insert(l.to_string());
            }
        }
        f.hours = c
            .schedules
            .iter()
            .filter(|sc| form_shaped(sc))
            .flat_map(|sc| {
                s(sc, "byday")
                    .split(',')
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .map(|d| Hours {
                        day: d.to_uppercase(),
                        opens: minutes(&s(sc, "opens_at")).map(hhmm).unwrap_or_default(),
                        closes: minutes(&s(sc, "closes_at")).map(hhmm).unwrap_or_default(),
                        mode: match s(sc, "attending_type").as_str() {
                            "phone" | "telephone" => "phone".into(),
                            "online" | "video" | "virtual" => "online".into(),
                            _ => "in_person".into(),
                        },
                        note: s(sc, "description"),
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        // In the order of the week, as people read a timetable.
        f.hours.sort_by_key(|h| {
            (
                super::view::parse_weekday(&h.day).unwrap_or(7),
                h.opens.clone(),
            )
        });
        f
    }

    /// Reads and checks the form. Every problem names its field; the fields come back
    /// either way, so the form can be shown again as it was sent.
    pub fn from_form(form: &impl FormInput, c: &Current) -> (ServiceFields, Vec<FieldError>) {
        let mut errors = Vec::new();
        let mut err = |field: &str, key: &'static str| {
            errors.push(FieldError {
                field: field.to_string(),
                key,
            });
        };
        let text = |name: &str, max: usize, err: &mut dyn FnMut(&str, &'static str)| {
            let (v, problem) = super::rules::text(form.get(name), max, true);
            if let Some(key) = problem {
                err(name, key);
            }
            v
        };
        let mut f = ServiceFields {
            name: text("name", 200, &mut err),
            alternate_name: text("alternate_name", 200, &mut err),
            description: text("description", 5000, &mut err),
            email: text("email", 254, &mut err),
            url: text("url", 500, &mut err),
            status: form.get("status").to_string(),
            phone: text("phone", 40, &mut err),
            fees_description: text("fees_description", 1000, &mut err),
            free: form.get("free") == "1",
            application_process: text("application_process", 2000, &mut err),
            eligibility_description: text("eligibility_description", 2000, &mut err),
            ..ServiceFields::default()
        };
        if f.name.is_empty() {
            err("name", "field-required");
        }
        if f.name.contains('\n') {
            err("name", "field-one-line");
        }
        if !f.email.is_empty() && crate::accounts::normalize_email(&f.email).is_none() {
            err("email", "field-email-invalid");
        }
        if !(f.url.is_empty() || super::rules::web_address(&f.url)) {
            err("url", "field-url-invalid");
        }
        if !STATUSES.contains(&f.status.as_str()) {
            err("status", "field-choice-invalid");
        }
        if !f.phone.is_empty() && !super::rules::phone(&f.phone) {
            err("phone", "field-phone-invalid");
        }
        for (name, facet) in [
            ("kinds", Facet::ServiceKind),
            ("needs", Facet::Need),
            ("targets", Facet::TargetGroup),
        ] {
            for code in form.all(name) {
                match taxonomy::term(code) {
                    Some(t) if t.facet == facet => {
                        let set = match facet {
                            Facet::ServiceKind => &mut f.kinds,
                            Facet::Need => &mut f.needs,
                            Facet::TargetGroup => &mut f.targets,
                        };
                        set.insert(code.to_string());
                    }
                    _ => err(name, "field-choice-invalid"),
                }
            }
        }
        for id in form.all("locations") {
            // Locations of the organization, or ones the service already had.
            let known = c.org_locations.iter().any(|l| l == id)
                || c.service_at_locations
                    .iter()
                    .any(|s| s.str("location_id") == Some(id));
            if known {
                f.locations.insert(id.to_string());
            } else {
                err("locations", "field-choice-invalid");
            }
        }
        for code in form.all("languages") {
            if LANGUAGE_CODES.contains(&code) {
                f.languages.insert(code.to_string());
            } else {
                err("languages", "field-choice-invalid");
            }
        }
        for i in 0..MAX_HOURS {
            let field = |n: &str| format!("{n}_{i}");
            let day = form.get(&field("day")).to_uppercase();
            let (opens, closes) = (form.get(&field("opens")), form.get(&field("closes")));
            if day.is_empty() && opens.is_empty() && closes.is_empty() {
                continue;
            }
            if !WEEKDAYS.contains(&day.as_str()) {
                err(&field("day"), "field-choice-invalid");
            }
            let (o, c) = (minutes(opens), minutes(closes));
            if o.is_none() {
                err(&field("opens"), "field-time-invalid");
            }
            if c.is_none() {
                err(&field("closes"), "field-time-invalid");
            }
            if let (Some(o), Some(c)) = (o, c)
                && o >= c
            {
                err(&field("closes"), "field-time-order");
            }
            let mode = form.get(&field("mode"));
            let mode = if mode.is_empty() { "in_person" } else { mode };
            if !MODES.contains(&mode) {
                err(&field("mode"), "field-choice-invalid");
            }
            let note = text(&field("note"), 200, &mut err);
            f.hours.push(Hours {
                day,
                opens: opens.to_string(),
                closes: closes.to_string(),
                mode: mode.to_string(),
                note,
            });
        }
        // A forged form may carry more rows than the page offers.
        if form.has(&format!("day_{MAX_HOURS}")) {
            err("hours", "field-too-many");
        }
        (f, errors)
    }

    /// The records to write and delete so the service says what `self` says. Records and
    /// fields the form does not show are kept as they are.
    /// The records that change; `language_name` gives the German name of a language code
    /// (the HSDS `language.name` of a newly ticked language).
    pub fn to_records(
        &self,
        c: &Current,
        service_id: &str,
        now_iso: &str,
        language_name: impl Fn(&str) -> String,
    ) -> Changes {
        let before = ServiceFields::from_records(c);
        let mut upserts = Vec::new();
        let mut deletes = Vec::new();
        let mut fields = c
            .service
            .as_ref()
            .map(|r| r.fields.clone())
            .unwrap_or_default();
        fields.insert("id".into(), json!(service_id));
        for (k, v) in [
            ("name", &self.name),
            ("alternate_name", &self.alternate_name),
            ("description", &self.description),
            ("email", &self.email),
            ("url", &self.url),
            ("status", &self.status),
            ("fees_description", &self.fees_description),
            ("application_process", &self.application_process),
            ("eligibility_description", &self.eligibility_description),
        ] {
            if v.is_empty() && k != "name" && k != "status" {
                fields.remove(k);
            } else {
                fields.insert(k.into(), json!(v));
            }
        }
        fields.insert("last_modified".into(), json!(now_iso));
        // Whoever saves the form has looked at the entry: it counts as verified today.
        fields.insert(
            "assured_date".into(),
            json!(now_iso.get(..10).unwrap_or(now_iso)),
        );
        upserts.push((Entity::Service, record(service_id, fields)));

        // Attributes: ours follow the boxes; third-party ones stay.
        let wanted: BTreeSet<&str> = self
            .kinds
            .iter()
            .chain(&self.needs)
            .chain(&self.targets)
            .map(String::as_str)
            .collect();
        let mut have = BTreeSet::new();
        for a in &c.attributes {
            if let Some(t) = ours(a) {
                if wanted.contains(t.code) {
                    have.insert(t.code);
                } else {
                    deletes.push((Entity::Attribute, a.id.clone()));
                }
            }
        }
        if wanted.iter().any(|c| !have.contains(c))
            && let Value::Object(t) = taxonomy::taxonomy_json()
            && let Some(id) = t.get("id").and_then(Value::as_str)
        {
            upserts.push((Entity::Taxonomy, record(id, t.clone())));
        }
        for code in wanted.iter().filter(|c| !have.contains(*c)) {
            let Some(term) = taxonomy::term(code) else {
                continue;
            };
            if let Value::Object(t) = taxonomy::term_json(term) {
                upserts.push((Entity::TaxonomyTerm, record(&term.id(), t)));
            }
            if let Some(Value::Object(mut a)) =
                taxonomy::attribute_json("service", service_id, code)
            {
                a.remove("taxonomy_term");
                let id = a
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                upserts.push((Entity::Attribute, record(&id, a)));
            }
        }

        // Languages: kept records keep their notes; ones the form does not offer stay.
        let mut kept = BTreeSet::new();
        for l in &c.languages {
            let code = l.str("code").unwrap_or_default().to_lowercase();
            if !LANGUAGE_CODES.contains(&code.as_str())
                || (self.languages.contains(&code) && kept.insert(code))
            {
                continue;
            }
            deletes.push((Entity::Language, l.id.clone()));
        }
        for code in self.languages.iter().filter(|c| !kept.contains(*c)) {
            let id = child_id(service_id, "language", code);
            let mut m = Map::new();
            m.insert("id".into(), json!(id));
            m.insert("service_id".into(), json!(service_id));
            m.insert("code".into(), json!(code));
            m.insert("name".into(), json!(language_name(code)));
            upserts.push((Entity::Language, record(&id, m)));
        }

        // Locations: one service_at_location per ticked box.
        let mut linked = BTreeSet::new();
        for sal in &c.service_at_locations {
            let loc = sal.str("location_id").unwrap_or_default();
            if self.locations.contains(loc) && linked.insert(loc.to_string()) {
                continue;
            }
            deletes.push((Entity::ServiceAtLocation, sal.id.clone()));
        }
        for loc in self.locations.iter().filter(|l| !linked.contains(*l)) {
            let id = child_id(service_id, "service_at_location", loc);
            let mut m = Map::new();
            m.insert("id".into(), json!(id));
            m.insert("service_id".into(), json!(service_id));
            m.insert("location_id".into(), json!(loc));
            upserts.push((Entity::ServiceAtLocation, record(&id, m)));
        }

        // Opening hours: the service's own schedules are replaced by the rows — only when
        // they changed, so fields the form does not show survive other edits.
        let hours_changed = before.hours != self.hours;
        let new_ids: Vec<String> = (0..self.hours.len())
            .map(|i| child_id(service_id, "schedule", &i.to_string()))
            .collect();
        // Schedules the form cannot show (other frequencies, no times) stay as they are.
        for sc in c
            .schedules
            .iter()
            .filter(|sc| hours_changed && form_shaped(sc))
        {
            if !new_ids.contains(&sc.id) {
                deletes.push((Entity::Schedule, sc.id.clone()));
            }
        }
        for (h, id) in self.hours.iter().zip(&new_ids).filter(|_| hours_changed) {
            let mut m = Map::new();
            m.insert("id".into(), json!(id));
            m.insert("service_id".into(), json!(service_id));
            m.insert("freq".into(), json!("WEEKLY"));
            m.insert("byday".into(), json!(h.day));
            m.insert("opens_at".into(), json!(h.opens));
            m.insert("closes_at".into(), json!(h.closes));
            m.insert("attending_type".into(), json!(h.mode));
            if !h.note.is_empty() {
                m.insert("description".into(), json!(h.note));
            }
            upserts.push((Entity::Schedule, record(id, m)));
        }

        // Phone: the first voice number.
        let voice = c
            .phones
            .iter()
            .find(|p| p.str("type").is_none_or(|t| t == "voice"));
        match (voice, self.phone.is_empty()) {
            _ if before.phone == self.phone => {}
            (Some(p), true) => deletes.push((Entity::Phone, p.id.clone())),
            (Some(p), false) => {
                let mut m = p.fields.clone();
                m.insert("number".into(), json!(self.phone));
                upserts.push((Entity::Phone, record(&p.id, m)));
            }
            (None, false) => {
                let id = child_id(service_id, "phone", "voice");
                let mut m = Map::new();
                m.insert("id".into(), json!(id));
                m.insert("service_id".into(), json!(service_id));
                m.insert("number".into(), json!(self.phone));
                m.insert("type".into(), json!("voice"));
                upserts.push((Entity::Phone, record(&id, m)));
            }
            (None, true) => {}
        }

        // Free of charge: one cost option with amount 0; paid options stay.
        let free_options: Vec<&Record> = c.cost_options.iter().filter(|o| is_free(o)).collect();
        if self.free && free_options.is_empty() {
            let id = child_id(service_id, "cost_option", "free");
            let mut m = Map::new();
            m.insert("id".into(), json!(id));
            m.insert("service_id".into(), json!(service_id));
            m.insert("option".into(), json!("kostenlos"));
            m.insert("currency".into(), json!("EUR"));
            m.insert("amount".into(), json!(0));
            upserts.push((Entity::CostOption, record(&id, m)));
        } else if !self.free {
            for o in free_options {
                deletes.push((Entity::CostOption, o.id.clone()));
            }
        }
        (upserts, deletes)
    }
}

/// A stable id for a record the form adds, so saving twice does not pile up copies.
pub fn child_id(service_id: &str, kind: &str, key: &str) -> String {
    Uuid::new_v5(
        &Uuid::NAMESPACE_OID,
        format!("beratungsnetz:{service_id}/{kind}/{key}").as_bytes(),
    )
    .to_string()
}

/// A short fingerprint of a record as stored: a form carries it, and a save over a record
/// that changed since the form was shown is refused.
pub fn version_of(fields: &Map<String, Value>) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(Value::Object(fields.clone()).to_string().as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

pub fn record(id: &str, fields: Map<String, Value>) -> Record {
    Record {
        id: id.to_string(),
        fields,
        source: Source {
            file: "edit".into(),
            at: At::Internal,
        },
    }
}

/// "09:00".
fn hhmm(minute: u32) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// A weekly schedule with days and times: one the form shows as rows.
fn form_shaped(sc: &Record) -> bool {
    let weekly = sc
        .str("freq")
        .is_none_or(|f| f.eq_ignore_ascii_case("weekly"));
    let days = sc.str("byday").unwrap_or_default();
    weekly
        && !days.trim().is_empty()
        && days
            .split(',')
            .all(|d| WEEKDAYS.contains(&d.trim().to_uppercase().as_str()))
        && sc.str("opens_at").and_then(minutes).is_some()
        && sc.str("closes_at").and_then(minutes).is_some()
}

/// "09:30" → 570; None unless a time of day ([`clock::minute_of_day`]) within the day:
/// the form's time fields give 00:00 to 23:59, so "24:00" is refused, as it always was.
fn minutes(t: &str) -> Option<u32> {
    clock::minute_of_day(t)
        .filter(|m| *m < 24 * 60)
        .map(u32::from)
}

/// A form as tests type it: fields and values, read as a browser's form is.
#[cfg(test)]
pub mod test_form {
    use std::collections::HashMap;

    use super::{FieldError, FormInput};

    pub struct Form(HashMap<String, String>);

    impl FormInput for Form {
        fn get(&self, name: &str) -> &str {
            self.0.get(name).map_or("", |v| v.trim())
        }
        fn all(&self, name: &str) -> Vec<&str> {
            self.0
                .get(name)
                .map(|v| vec![v.as_str()])
                .unwrap_or_default()
        }
        fn has(&self, name: &str) -> bool {
            self.0.contains_key(name)
        }
    }

    pub fn form(pairs: &[(&str, &str)]) -> Form {
        Form(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    /// (field, message key) of each problem, in order.
    pub fn fields(e: Vec<FieldError>) -> Vec<(String, &'static str)> {
        e.into_iter().map(|p| (p.field, p.key)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the `service_form` fuzz target: a huge hour overflowed before the range
    /// was checked (a panic where arithmetic is checked, as in tests).
    #[test]
    fn times_out_of_range_are_none_however_large() {
        for t in [
            "33383339:33",
            "65535:59",
            "4294967295:00",
            "24:60",
            "99:99:99",
        ] {
            assert_eq!(minutes(t), None, "{t}");
        }
        assert_eq!(minutes("09:30"), Some(570));
    }

    fn form(pairs: &[(&str, &str)]) -> Pairs {
        Pairs(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn a_valid_form_reads_back() {
        let (f, errors) = ServiceFields::from_form(
            &form(&[
                ("name", "Schuldnerberatung"),
                ("status", "active"),
                ("email", "team@example.org"),
                ("needs", "need:debts"),
                ("languages", "ar"),
                ("day_0", "mo"),
                ("opens_0", "09:00"),
                ("closes_0", "12:00"),
                ("free", "1"),
                ("locations", "l1"),
            ]),
            &Current {
                org_locations: vec!["l1".into()],
                ..Current::default()
            },
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(f.hours[0].day, "MO");
        assert!(f.free && f.needs.contains("need:debts") && f.languages.contains("ar"));
        assert!(f.locations.contains("l1"));
    }

    #[test]
    fn each_problem_names_its_field() {
        let (_, errors) = ServiceFields::from_form(
            &form(&[
                ("name", ""),
                ("status", "deleted"),
                ("email", "nobody"),
                ("url", "javascript:alert(1)"),
                ("phone", "call me"),
                ("needs", "kind:debt"),
                ("languages", "xx"),
                ("day_0", "MO"),
                ("opens_0", "14:00"),
                ("closes_0", "09:00"),
                ("day_1", "XX"),
                ("opens_1", "25:00"),
                ("closes_1", "10:00"),
                ("locations", "fremder-ort"),
            ]),
            &Current::default(),
        );
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        for f in [
            "name",
            "status",
            "email",
            "url",
            "phone",
            "needs",
            "languages",
            "closes_0",
            "day_1",
            "opens_1",
        ] {
            assert!(fields.contains(&f), "{f} missing in {fields:?}");
        }
    }

    #[test]
    fn times() {
        assert_eq!(minutes("09:30"), Some(570));
        assert_eq!(minutes("09:30:00"), Some(570));
        assert_eq!(minutes("24:00"), None);
        assert_eq!(minutes("9"), None);
    }
}
