//! GET `/verwaltung/aktualitaet`: the coordinators' list of stale entries, counted by
//! organization and by district.

use std::collections::BTreeMap;

use askama::Template;
use axum::http::StatusCode;
use beratungsnetz_core::geo;
use beratungsnetz_core::hsds::Entity;

use crate::accounts::session::StaffRequest;
use crate::chrome::error::HtmlResult;
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;
pub use beratungsnetz_core::freshness::{Freshness, freshness_of, reminder_cutoff};

/// Entries listed one by one; the counts cover all.
const LIST_LIMIT: usize = 500;

pub struct StaleLine {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub district: String,
    pub verified: String,
    pub freshness: Freshness,
}

pub struct Count {
    pub name: String,
    pub link: Option<String>,
    pub due: usize,
    pub outdated: usize,
}

#[derive(Template)]
#[template(path = "admin_freshness.html")]
struct FreshnessPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    total: u64,
    by_organization: Vec<Count>,
    by_district: Vec<Count>,
    lines: Vec<StaleLine>,
}

fn tally(map: &mut BTreeMap<String, Count>, name: &str, link: Option<String>, f: Freshness) {
    let c = map.entry(name.to_string()).or_insert_with(|| Count {
        name: name.to_string(),
        link,
        due: 0,
        outdated: 0,
    });
    if f == Freshness::Outdated {
        c.outdated += 1;
    } else {
        c.due += 1;
    }
}

pub async fn page(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    let store = state.store.as_ref();
    let today = staff.now.today();
    let cutoff = reminder_cutoff(staff.now);
    let stale = store
        .stale_services(&cutoff, 1_000_000)
        .await
        .map_err(|e| staff.html_error(e))?;
    // Districts through each service's first location's postal code.
    let ids: Vec<String> = stale.iter().map(|s| s.id.to_string()).collect();
    let sals = store
        .fetch_by(Entity::ServiceAtLocation, "service_id", &ids)
        .await
        .map_err(|e| staff.html_error(e))?;
    let loc_ids: Vec<String> = sals
        .iter()
        .filter_map(|r| r.str("location_id").map(str::to_string))
        .collect();
    let addresses = store
        .fetch_by(Entity::Address, "location_id", &loc_ids)
        .await
        .map_err(|e| staff.html_error(e))?;
    let gazetteer = geo::gazetteer();
    let district_of_location: BTreeMap<&str, String> = addresses
        .iter()
        .filter_map(|a| {
            let place = gazetteer.by_plz(a.str("postal_code")?)?;
            Some((a.str("location_id")?, place.district.clone()))
        })
        .collect();
    let tr = Tr::new(staff.lang);
    let statewide = tr.t("freshness-no-district");
    let mut district_of_service: BTreeMap<&str, String> = BTreeMap::new();
    for sal in &sals {
        if let (Some(s), Some(l)) = (sal.str("service_id"), sal.str("location_id"))
            && let Some(d) = district_of_location.get(l)
        {
            district_of_service.entry(s).or_insert_with(|| d.clone());
        }
    }
    let mut by_org = BTreeMap::new();
    let mut by_district = BTreeMap::new();
    let mut lines = Vec::new();
    for s in &stale {
        let verified = s
            .verified
            .as_deref()
            .map(|v| v.chars().take(10).collect::<String>())
            .unwrap_or_default();
        let f = freshness_of(&verified, today);
        let org = s.organization_name.clone().unwrap_or_default();
        let district = district_of_service
            .get(s.id.as_str())
            .cloned()
            .unwrap_or_else(|| statewide.clone());
        tally(
            &mut by_org,
            &org,
            s.organization_id
                .as_ref()
                .map(|o| format!("/verwaltung/traeger/{o}")),
            f,
        );
        tally(&mut by_district, &district, None, f);
        if lines.len() < LIST_LIMIT {
            lines.push(StaleLine {
                id: s.id.to_string(),
                name: s.name.clone(),
                organization: org,
                district,
                verified: crate::directory::detail::shown_date(&verified, staff.lang),
                freshness: f,
            });
        }
    }
    let sorted = |m: BTreeMap<String, Count>| {
        let mut v: Vec<Count> = m.into_values().collect();
        v.sort_by(|a, b| {
            (b.due + b.outdated)
                .cmp(&(a.due + a.outdated))
                .then(a.name.cmp(&b.name))
        });
        v
    };
    let page = FreshnessPage {
        frame: Frame::new(staff.lang, "/verwaltung/aktualitaet", &[]),
        nav: Nav::new(&staff, &state),
        total: stale.len() as u64,
        by_organization: sorted(by_org),
        by_district: sorted(by_district),
        lines,
        tr,
    };
    Ok(staff.render(page, StatusCode::OK))
}
