//! GET `/verwaltung/protokoll`: who changed what and when, with before and after;
//! coordinators filter by person, kind of entry, entry and period.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use beratungsnetz_store::audit::AuditFilter;
use serde::Deserialize;

use crate::accounts::session::StaffRequest;
use crate::chrome::error::HtmlResult;
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;
use beratungsnetz_core::clock::{self, Now, day_number as day_of};

const PAGE: u64 = 200;

pub struct Line {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    /// (field, before, after) of what changed.
    pub changes: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    q: AuditQuery,
    entities: Vec<(&'static str, String)>,
    lines: Vec<Line>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    actor: String,
    #[serde(default)]
    entity: String,
    #[serde(default)]
    entity_id: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

fn text(v: Option<&serde_json::Value>) -> String {
    match v {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The fields whose values differ between two JSON objects.
fn changes(before: Option<&str>, after: Option<&str>) -> Vec<(String, String, String)> {
    let parse = |s: Option<&str>| -> serde_json::Map<String, serde_json::Value> {
        s.and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default()
    };
    let (b, a) = (parse(before), parse(after));
    let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| b.get(*k) != a.get(*k))
        .map(|k| (k.clone(), text(b.get(k)), text(a.get(k))))
        .collect()
}

fn timestamp(unix: i64) -> String {
    Now::at(unix).berlin_minute_text()
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Query(q): Query<AuditQuery>,
) -> HtmlResult {
    staff.coordinator_only()?;
    let nonempty = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let filter = AuditFilter {
        actor: nonempty(&q.actor).map(|a| a.to_lowercase()),
        entity: nonempty(&q.entity),
        // Referrals exist only for their two organisations, in the log too: their
        // entries are for the parties and the data-protection officer (CLI), not here.
        not_entity: Some("referral".into()),
        entity_id: nonempty(&q.entity_id),
        organization_id: None,
        from: day_of(&q.from).map(clock::berlin_midnight),
        to: day_of(&q.to).map(|d| clock::berlin_midnight(d + 1)),
        limit: PAGE,
    };
    let lines = state
        .store
        .audit(&filter)
        .await
        .map_err(|e| staff.html_error(e))?
        .into_iter()
        .map(|e| Line {
            at: timestamp(e.at),
            changes: changes(e.before.as_deref(), e.after.as_deref()),
            actor: e.actor,
            action: e.action,
            entity: e.entity,
            entity_id: e.entity_id,
        })
        .collect();
    let tr = Tr::new(staff.lang);
    let page = AuditPage {
        entities: [
            "service",
            "organization",
            "location",
            "account",
            "vocabulary",
        ]
        .into_iter()
        .map(|e| (e, tr.t(&format!("audit-entity-{e}"))))
        .collect(),
        tr,
        frame: Frame::new(staff.lang, "/verwaltung/protokoll", &[]),
        nav: Nav::new(&staff, &state),
        q,
        lines,
    };
    Ok(staff.render(page, StatusCode::OK))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields() {
        let c = changes(
            Some(r#"{"name":"A","phone":"0000 1","needs":["x"]}"#),
            Some(r#"{"name":"B","phone":"0000 1","needs":["x","y"]}"#),
        );
        assert_eq!(
            c,
            vec![
                ("name".into(), "A".into(), "B".into()),
                ("needs".into(), r#"["x"]"#.into(), r#"["x","y"]"#.into())
            ]
        );
    }
}
