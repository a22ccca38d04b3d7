//! The forms of interface sheets, read from any [`FormInput`]: a coordinator's new
//! version and a counsellor's comment. Each problem names its field and a message key.

use crate::directory::edit::{FieldError, FormInput, TextKeys, checked_text};

use super::{FIRST_YEAR, MAX_SECTION, MAX_SOURCE, SECTIONS, Sections, SheetText};

fn problem(field: &str, key: &'static str) -> FieldError {
    FieldError::new(field, key)
}

/// The field's text, checked; line breaks as a browser sends them (CRLF) kept as LF, so
/// versions compare alike.
fn text(
    form: &impl FormInput,
    field: &str,
    max: usize,
    required: bool,
    problems: &mut Vec<FieldError>,
) -> String {
    const KEYS: TextKeys = TextKeys {
        required: "interface-error-required",
        too_long: "interface-error-too-long",
        control: "interface-error-control",
    };
    checked_text(form, field, max, required, &KEYS, problems).replace("\r\n", "\n")
}

/// A new version of a sheet from the coordinator's form; `this_year` bounds the year.
/// The first section (when to refer) is required, the others may stay empty.
pub fn read_sheet(form: &impl FormInput, this_year: i32) -> Result<SheetText, Vec<FieldError>> {
    let mut problems = Vec::new();
    let year = match form.get("year").parse::<i32>() {
        Ok(y) if (FIRST_YEAR..=this_year).contains(&y) => y,
        _ => {
            problems.push(problem("year", "interface-error-year"));
            0
        }
    };
    let source = text(form, "source", MAX_SOURCE, true, &mut problems);
    let mut sections = Sections::default();
    for (i, name) in SECTIONS.iter().enumerate() {
        let value = text(form, name, MAX_SECTION, i == 0, &mut problems);
        if let Some(next) = sections.with(name, &value) {
            sections = next;
        }
    }
    if problems.is_empty() {
        Ok(SheetText {
            year,
            source,
            sections,
        })
    } else {
        Err(problems)
    }
}

/// A counsellor's comment: a remark and, optionally, the new wording of one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentText {
    /// The section it is about (one of [`SECTIONS`]), if any.
    pub section: Option<String>,
    pub body: String,
    /// The proposed new text of `section`.
    pub proposal: Option<String>,
}

pub fn read_comment(form: &impl FormInput) -> Result<CommentText, Vec<FieldError>> {
    let mut problems = Vec::new();
    let section = match form.get("section") {
        "" => None,
        s if SECTIONS.contains(&s) => Some(s.to_string()),
        _ => {
            problems.push(problem("section", "interface-error-section"));
            None
        }
    };
    let body = text(form, "body", MAX_SECTION, true, &mut problems);
    let proposal = text(form, "proposal", MAX_SECTION, false, &mut problems);
    let proposal = (!proposal.is_empty()).then_some(proposal);
    if proposal.is_some() && section.is_none() && !problems.iter().any(|p| p.field == "section") {
        problems.push(problem("section", "interface-error-proposal-section"));
    }
    if problems.is_empty() {
        Ok(CommentText {
            section,
            body,
            proposal,
        })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::edit::test_form::{fields, form};

    #[test]
    fn a_sheet_needs_year_source_and_when_to_refer() {
        let ok = read_sheet(
            &form(&[
                ("year", "2025"),
                ("source", "Fachtag 2025"),
                ("when_to_refer", "Bei Pfändung\r\nsofort"),
                ("documents", "Mahnungen"),
            ]),
            2026,
        )
        .unwrap();
        assert_eq!(ok.year, 2025);
        assert_eq!(ok.sections.when_to_refer, "Bei Pfändung\nsofort");
        assert_eq!(ok.sections.documents, "Mahnungen");
        let bad = read_sheet(
            &form(&[("year", "2027"), ("clarify_first", &"x".repeat(2001))]),
            2026,
        )
        .unwrap_err();
        assert_eq!(
            fields(bad),
            vec![
                ("year".into(), "interface-error-year"),
                ("source".into(), "interface-error-required"),
                ("when_to_refer".into(), "interface-error-required"),
                ("clarify_first".into(), "interface-error-too-long"),
            ]
        );
        let bad = read_sheet(
            &form(&[
                ("year", "1999"),
                ("source", "a\u{0}b"),
                ("when_to_refer", "x"),
            ]),
            2026,
        )
        .unwrap_err();
        assert_eq!(
            fields(bad),
            vec![
                ("year".into(), "interface-error-year"),
                ("source".into(), "interface-error-control"),
            ]
        );
    }

    #[test]
    fn a_comment_may_propose_a_section() {
        let c = read_comment(&form(&[
            ("section", "waiting_time"),
            ("body", "Seit Herbst länger"),
            ("proposal", "8–10 Wochen"),
        ]))
        .unwrap();
        assert_eq!(c.section.as_deref(), Some("waiting_time"));
        assert_eq!(c.proposal.as_deref(), Some("8–10 Wochen"));
        let plain = read_comment(&form(&[("body", "Danke")])).unwrap();
        assert_eq!((plain.section, plain.proposal), (None, None));
        let bad = read_comment(&form(&[("section", "id"), ("body", "")])).unwrap_err();
        assert_eq!(
            fields(bad),
            vec![
                ("section".into(), "interface-error-section"),
                ("body".into(), "interface-error-required"),
            ]
        );
        let bad = read_comment(&form(&[("body", "x"), ("proposal", "y")])).unwrap_err();
        assert_eq!(
            fields(bad),
            vec![("section".into(), "interface-error-proposal-section")]
        );
    }
}
