//! GET `/verwaltung/berichte/bericht.pdf?need=&sprache=&km=&einzug=&bezug=`: the report
//! for the LIGA as one PDF (the Typst sheet of the handout machinery) — what was asked,
//! the map, the worst gaps, the districts, the referral figures of the last twelve months
//! and the network's checked entries. German, as it goes to the ministry; every string
//! from the Fluent files.

use std::collections::HashMap;

use axum::extract::Query;
use beratungsnetz_core::clock::{berlin_day_minute, civil};
use beratungsnetz_core::geo::district_label;
use beratungsnetz_core::reports::coverage::DistrictCoverage;
use beratungsnetz_core::reports::network::{Network, network};
use beratungsnetz_core::reports::referrals::{Breakdown, By, Column, Fact, breakdown};
use beratungsnetz_pdf::{Part, Section, Sheet};

use super::figures::{Asked, Computed};
use super::gaps::{alternative, sentence};
use super::map;
use crate::accounts::session::StaffRequest;
use crate::chrome::error::{AppError, HtmlResult};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::attachment;
use crate::chrome::numbers::{decimal, percent, whole};
use crate::directory::labels::{language_label, term_label};

/// What the report is made of.
pub struct Input<'a> {
    pub asked: &'a Asked,
    pub computed: &'a Computed,
    /// The referrals of the last twelve months.
    pub facts: &'a [Fact],
    pub network: &'a Network,
    /// "03.12.2026".
    pub date: String,
}

/// A referral breakdown as a table of the figures that fit a page: referrals, arrived,
/// declined for lack of capacity, and the days to first contact.
fn referral_table(b: &Breakdown, by: By, tr: &Tr) -> Vec<Vec<String>> {
    let at = |c: Column| Column::ALL.iter().position(|x| *x == c).unwrap_or(0);
    let (arrived, no_capacity) = (
        at(Column::Arrived),
        at(Column::Declined(
            beratungsnetz_core::referrals::DeclineReason::NoCapacity,
        )),
    );
    let shown = |n: Option<i64>| n.map_or_else(|| "–".to_string(), |n| n.to_string());
    let key_heading = match by {
        By::Need => "refstats-key-need",
        _ => "refstats-key-route",
    };
    let mut rows = vec![vec![
        tr.attr(key_heading),
        tr.attr("refstats-total"),
        tr.attr("refstats-col-arrived"),
        tr.attr("refstats-col-declined-no-capacity"),
        tr.attr("refstats-median"),
        tr.attr("refstats-p90"),
    ]];
    rows.extend(b.rows.iter().map(|r| {
        let label = match by {
            _ if r.key.is_empty() => tr.attr("refstats-unknown"),
            By::Route => tr.attr(&format!("refstats-route-{}", r.key)),
            _ => term_label(&r.key, "de"),
        };
        vec![
            label,
            shown(r.total),
            shown(r.cells.get(arrived).copied().flatten()),
            shown(r.cells.get(no_capacity).copied().flatten()),
            shown(r.contact_median),
            shown(r.contact_p90),
        ]
    }));
    rows
}

/// The report as a sheet.
pub fn sheet(input: &Input, tr: &Tr) -> Sheet {
    let (asked, c) = (input.asked, input.computed);
    let need = term_label(&asked.need, "de");
    let section = |heading: String| Section {
        heading,
        ..Section::default()
    };
    let mut question = section(tr.attr("annual-question"));
    question.rows = vec![
        (tr.attr("report-need"), need.clone(), false),
        (
            tr.attr("report-language"),
            asked.language.as_deref().map_or_else(
                || tr.attr("report-any-language"),
                |l| language_label(l, "de"),
            ),
            false,
        ),
        (
            tr.attr("report-beyond"),
            format!("{} km", asked.beyond_km),
            true,
        ),
        (
            tr.attr("report-catchment"),
            format!("{} km", asked.catchment_km),
            true,
        ),
        (
            tr.attr("population-source"),
            c.population.source.clone(),
            false,
        ),
    ];
    question.paragraphs = vec![tr.attr("report-method")];

    let legend = [0, 1, 2, 3, 4].map(|i| tr.attr(&format!("report-class-{i}")));
    let mut map_section = section(need.clone());
    map_section.svg = Some(map::svg(
        &c.demand,
        &c.coverage.points,
        640.0,
        &need,
        &legend,
    ));
    map_section.paragraphs = vec![tr.attr("report-map-caption")];

    let mut worst = section(tr.attr("report-worst"));
    worst.paragraphs = if c.worst.is_empty() {
        vec![tr.attr("report-no-gaps")]
    } else {
        c.worst
            .iter()
            .map(|(code, d)| sentence(tr, code, d, &c.supply, asked))
            .collect()
    };

    let mut districts = section(tr.attr("report-districts"));
    let mut ds: Vec<&DistrictCoverage> = c.coverage.districts.iter().collect();
    ds.sort_by_key(|d| district_label(&d.key));
    districts.table = vec![vec![
        tr.attr("report-district"),
        tr.attr("report-population"),
        tr.attr("report-inside"),
        tr.attr("report-beyond-share"),
        tr.attr("report-index"),
        tr.attr("report-nearest"),
    ]];
    districts.table.extend(ds.iter().map(|d| {
        vec![
            district_label(&d.key),
            whole(d.population, Lang::De),
            d.services_inside.to_string(),
            percent(d.beyond_share(), Lang::De),
            decimal(d.access, Lang::De),
            alternative(&c.supply, d, Lang::De)
                .map(|(name, dist)| format!("{name}, {dist}"))
                .unwrap_or_default(),
        ]
    }));

    let mut referrals = section(tr.attr("refstats-title"));
    referrals.paragraphs = vec![tr.plain(
        "refstats-intro",
        &[(
            "threshold",
            beratungsnetz_core::referrals::stats::THRESHOLD.to_string(),
        )],
    )];
    referrals.table = referral_table(&breakdown(input.facts, By::Need), By::Need, tr);
    let mut routes = section(tr.attr("refstats-by-route"));
    routes.table = referral_table(&breakdown(input.facts, By::Route), By::Route, tr);

    let n = input.network;
    let mut checked = section(tr.attr("network-verified-title"));
    checked.paragraphs = vec![tr.plain(
        "network-verified-summary",
        &[
            ("verified", n.all.verified.to_string()),
            ("total", n.all.services.to_string()),
            ("share", percent(n.all.share(), Lang::De)),
        ],
    )];
    checked.table = vec![vec![
        tr.attr("report-district"),
        tr.attr("network-services"),
        tr.attr("network-verified"),
        tr.attr("network-share"),
    ]];
    checked.table.extend(n.by_district.iter().map(|g| {
        vec![
            if g.key.is_empty() {
                tr.attr("network-no-place")
            } else {
                district_label(&g.key)
            },
            g.services.to_string(),
            g.verified.to_string(),
            percent(g.share(), Lang::De),
        ]
    }));

    Sheet {
        parts: vec![Part {
            lang: "de".into(),
            rtl: false,
            title: tr.attr("annual-title"),
            intro: vec![tr.plain("annual-intro", &[("date", input.date.clone())])],
            sections: vec![
                map_section,
                worst,
                question,
                districts,
                referrals,
                routes,
                checked,
            ],
        }],
        footer: tr.plain("annual-footer", &[("date", input.date.clone())]),
    }
}

pub async fn pdf(
    StaffRequest { state, staff }: StaffRequest,
    Query(q): Query<HashMap<String, String>>,
) -> HtmlResult {
    let (asked, computed) = super::gaps::question(&state, &staff, &q).await?;
    let facts = super::referrals::recent_facts(&state, staff.now.unix)
        .await
        .map_err(|e| staff.html_error(e))?;
    let net = network(&computed.supply, staff.now.today());
    let (y, m, d) = civil(berlin_day_minute(staff.now.unix).0);
    let input = Input {
        asked: &asked,
        computed: &computed,
        facts: &facts,
        network: &net,
        date: format!("{d:02}.{m:02}.{y}"),
    };
    let doc = sheet(&input, &Tr::new(Lang::De));
    let body = tokio::task::spawn_blocking(move || beratungsnetz_pdf::sheet(&doc))
        .await
        .map_err(|e| staff.html_error(AppError::internal(e)))?
        .map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "application/pdf",
        &format!("bericht-{y}-{m:02}-{d:02}.pdf"),
        body,
    ))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use beratungsnetz_core::reports::coverage::{Params, Supply, coverage, demand_points};
    use beratungsnetz_core::reports::population::{Basis, Figures};

    use super::*;

    /// Renders the report's first page and looks at it: an A4 page with the title and,
    /// below, the map in its class colours. The PNG is kept for a person to look at.
    #[test]
    fn the_report_renders_with_its_map() {
        let population = Figures::shipped();
        let demand = demand_points("15", &population.demand(Basis::Total));
        let supply = vec![Supply {
            id: "s".into(),
            name: "Schuldnerberatung (Beispiel)".into(),
            town: "Halle (Saale)".into(),
            tags: vec!["need:debts".into()],
            places: vec![(51.48, 11.97)],
            districts: vec!["15002".into()],
            ..Supply::default()
        }];
        let asked = Asked {
            need: "need:debts".into(),
            language: None,
            beyond_km: 30,
            catchment_km: 50,
            basis: Basis::Total,
        };
        let cov = coverage(&demand, &supply, &Params::new("need:debts", None));
        let worst = cov
            .gaps()
            .into_iter()
            .take(3)
            .map(|d| ("need:debts".to_string(), d.clone()))
            .collect();
        let computed = Computed {
            supply: Arc::new(supply),
            demand: Arc::new(demand),
            coverage: cov,
            worst: Arc::new(worst),
            population,
        };
        let net = network(&computed.supply, 20_000);
        let input = Input {
            asked: &asked,
            computed: &computed,
            facts: &[],
            network: &net,
            date: "03.12.2026".into(),
        };
        let doc = sheet(&input, &Tr::new(Lang::De));
        let pic = beratungsnetz_pdf::sheet_picture(&doc, 0).unwrap_or_else(|e| panic!("{e}"));
        let out = std::env::temp_dir().join("beratungsnetz-report.png");
        std::fs::write(&out, &pic.png).unwrap_or_else(|e| panic!("{e}"));
        eprintln!("report page: {}", out.display());
        assert_eq!((pic.width, pic.height), (1191, 1684), "A4");
        let count = |rgb: [u8; 3]| {
            pic.rgba
                .chunks(4)
                .filter(|p| p[..3].iter().zip(rgb).all(|(a, b)| a.abs_diff(b) < 24))
                .count()
        };
        // Places around Halle with the one service in reach, the north without any (far
        // more than the legend's squares of these colours).
        assert!(count([0xf4, 0xa5, 0x82]) > 3_000, "places in reach");
        assert!(count([0xb2, 0x18, 0x2b]) > 3_000, "places beyond reach");
        let pdf = beratungsnetz_pdf::sheet(&doc).unwrap_or_default();
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
