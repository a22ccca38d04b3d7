//! GET `/verwaltung`: where a signed-in person starts — their organizations and, for
//! coordinators, every organization.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use beratungsnetz_core::hsds::Entity;
use serde::Deserialize;

use crate::accounts::session::StaffRequest;
use crate::chrome::error::HtmlResult;
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// Organizations listed at once; a name filter finds the rest.
const LIST_LIMIT: usize = 300;

pub struct OrgLink {
    pub id: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "admin_home.html")]
struct HomePage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    roles: Vec<String>,
    own: Vec<OrgLink>,
    all: Vec<OrgLink>,
    total: u64,
    filter: String,
}

#[derive(Deserialize)]
pub struct HomeQuery {
    q: Option<String>,
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Query(query): Query<HomeQuery>,
) -> HtmlResult {
    let tr = Tr::new(staff.lang);
    let member_orgs: Vec<String> = staff
        .grants
        .memberships
        .iter()
        .filter_map(|m| m.organization_id.as_ref().map(|o| o.to_string()))
        .collect();
    let names = |records: Vec<beratungsnetz_core::hsds::Record>| -> Vec<OrgLink> {
        let mut v: Vec<OrgLink> = records
            .into_iter()
            .map(|r| OrgLink {
                name: r.str("name").unwrap_or_default().to_string(),
                id: r.id,
            })
            .collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    };
    let own = names(
        state
            .store
            .fetch_by(Entity::Organization, "id", &member_orgs)
            .await
            .map_err(|e| staff.html_error(e))?,
    );
    let filter = query.q.unwrap_or_default().trim().to_lowercase();
    let (all, total) = if staff.grants.is_coordinator() {
        let mut all = names(
            state
                .store
                .fetch_all(Entity::Organization)
                .await
                .map_err(|e| staff.html_error(e))?,
        );
        all.retain(|o| filter.is_empty() || o.name.to_lowercase().contains(&filter));
        let total = all.len() as u64;
        all.truncate(LIST_LIMIT);
        (all, total)
    } else {
        (Vec::new(), 0)
    };
    let roles = staff
        .grants
        .memberships
        .iter()
        .map(|m| {
            let role = tr.t(&format!("role-{}", m.role));
            match &m.organization_id {
                Some(o) => match own.iter().find(|x| *o == x.id) {
                    Some(org) => format!("{role} – {}", org.name),
                    None => role,
                },
                None => role,
            }
        })
        .collect();
    let page = HomePage {
        frame: Frame::new(staff.lang, "/verwaltung", &[]),
        nav: Nav::new(&staff, &state),
        roles,
        own,
        all,
        total,
        filter,
        tr,
    };
    Ok(staff.render(page, StatusCode::OK))
}
