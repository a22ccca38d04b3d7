//! The coordinators' evaluation of a year (`/verwaltung/fachtag/{year}/auswertung`): the
//! anonymous figures of every year side by side (registrations, places, cancellations,
//! attendance, organisations, districts; they stay after the attendee data is deleted),
//! the districts people came from, and the year's feedback with its grades and texts.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use beratungsnetz_core::conference::after::GRADES;
use beratungsnetz_core::geo::district_label;
use beratungsnetz_store::conference::after::{FeedbackRow, YearFigures};

use super::{coordinators_event, store_error};
use crate::accounts::session::StaffRequest;
use crate::chrome::error::HtmlResult;
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// How many gave each grade, 1 to 5, for one question.
pub struct Distribution {
    pub question: &'static str,
    /// "4,3" or "–".
    pub average: String,
    pub counts: Vec<(u8, usize)>,
}

#[derive(Template)]
#[template(path = "conference_evaluation.html")]
struct EvaluationPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    year: i32,
    year_key: i64,
    title: String,
    years: Vec<YearFigures>,
    /// (district, people) of this year.
    districts: Vec<(String, i64)>,
    /// "12 Rückmeldungen", said.
    feedback_count: String,
    grades: Vec<Distribution>,
    comments: Vec<String>,
    wishes: Vec<String>,
}

/// "4,3": one decimal, German.
fn decimal(x: f64) -> String {
    format!("{x:.1}").replace('.', ",")
}

impl EvaluationPage {
    fn average(&self, y: &YearFigures) -> String {
        y.overall.map_or_else(|| "–".to_string(), decimal)
    }
}

fn distribution(rows: &[FeedbackRow], question: &'static str) -> Distribution {
    let grade = |r: &FeedbackRow| {
        if question == "overall" {
            r.overall
        } else {
            r.useful
        }
    };
    let counts: Vec<(u8, usize)> = GRADES
        .iter()
        .map(|g| {
            (
                *g,
                rows.iter().filter(|r| grade(r) == i64::from(*g)).count(),
            )
        })
        .collect();
    let sum: i64 = rows.iter().map(grade).sum();
    let average = if rows.is_empty() {
        "–".to_string()
    } else {
        // Feedback counts stay far below f64's exact range.
        #[allow(clippy::cast_precision_loss)]
        let avg = sum as f64 / rows.len() as f64;
        decimal(avg)
    };
    Distribution {
        question,
        average,
        counts,
    }
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Path(year): Path<String>,
) -> HtmlResult {
    let p = coordinators_event(&state, &staff, &year).await?;
    let years = state
        .store
        .year_figures()
        .await
        .map_err(|e| store_error(&staff, e))?;
    let feedback = state
        .store
        .feedback(&p.id)
        .await
        .map_err(|e| store_error(&staff, e))?;
    let districts = years
        .iter()
        .find(|y| y.year == i64::from(p.event.year))
        .map(|y| {
            y.districts
                .iter()
                .map(|(code, n)| (district_label(code), *n))
                .collect()
        })
        .unwrap_or_default();
    let texts = |pick: fn(&FeedbackRow) -> &String| {
        feedback
            .iter()
            .map(pick)
            .filter(|t| !t.is_empty())
            .cloned()
            .collect::<Vec<_>>()
    };
    let tr = Tr::new(staff.lang);
    let feedback_count = tr.num(
        "conference-feedback-count",
        "count",
        u64::try_from(feedback.len()).unwrap_or(u64::MAX),
    );
    let page = EvaluationPage {
        tr,
        frame: Frame::new(
            staff.lang,
            &format!("/verwaltung/fachtag/{}/auswertung", p.event.year),
            &[],
        ),
        nav: Nav::new(&staff, &state),
        year: p.event.year,
        year_key: i64::from(p.event.year),
        title: p.event.title.clone(),
        years,
        districts,
        feedback_count,
        grades: vec![
            distribution(&feedback, "overall"),
            distribution(&feedback, "useful"),
        ],
        comments: texts(|f| &f.comment),
        wishes: texts(|f| &f.wishes),
    };
    Ok(staff.render(page, StatusCode::OK))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_are_counted_and_averaged() {
        let row = |overall, useful| FeedbackRow {
            overall,
            useful,
            comment: String::new(),
            wishes: String::new(),
        };
        let d = distribution(&[row(5, 2), row(4, 2), row(4, 3)], "overall");
        assert_eq!(d.average, "4,3");
        assert_eq!(d.counts, vec![(1, 0), (2, 0), (3, 0), (4, 2), (5, 1)]);
        assert_eq!(distribution(&[row(5, 2)], "useful").average, "2,0");
        assert_eq!(distribution(&[], "useful").average, "–");
    }
}
