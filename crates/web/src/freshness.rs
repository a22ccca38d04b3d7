//! Freshness of entries: verified within six months is current; after six months editors
//! are reminded by e-mail; after twelve months the public pages mark the entry as possibly
//! outdated.

use std::collections::BTreeMap;

use crate::AppState;
use crate::clock;
use crate::i18n::{Lang, Tr};
use crate::mail::MailError;

/// Days after the last verification when editors are reminded (six months).
pub const REMIND_AFTER_DAYS: i64 = 182;
/// Days after which an entry counts as possibly outdated (twelve months).
pub const OUTDATED_AFTER_DAYS: i64 = 365;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    Current,
    /// Verified more than six months ago: a reminder is due.
    Due,
    /// Verified more than twelve months ago, or never.
    Outdated,
}

impl Freshness {
    pub fn key(self) -> &'static str {
        match self {
            Freshness::Current => "freshness-current",
            Freshness::Due => "freshness-due",
            Freshness::Outdated => "freshness-outdated",
        }
    }
}

/// Days since 1970 of an ISO date or timestamp ("2026-05-01", "2026-05-01T09:00:00Z"):
/// the same reading the search index gives `assured_date`.
pub use beratungsnetz_search::doc::day_number as day_of;

pub fn freshness_of(verified: &str, today: i64) -> Freshness {
    match day_of(verified).map(|d| today - d) {
        Some(age) if age < REMIND_AFTER_DAYS => Freshness::Current,
        Some(age) if age < OUTDATED_AFTER_DAYS => Freshness::Due,
        _ => Freshness::Outdated,
    }
}

/// Whether a search hit verified on `verified_day` is shown as possibly outdated.
pub fn outdated(verified_day: Option<i64>, today: i64) -> bool {
    verified_day.is_none_or(|d| today - d >= OUTDATED_AFTER_DAYS)
}

/// What one run of the reminder job did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReminderRun {
    pub mails: usize,
    pub services: usize,
    /// Stale services of organizations without an editor to remind.
    pub without_editor: usize,
}

/// Mails each editor of an organization with stale entries one reminder listing them;
/// a service is reminded about once per verification date.
pub async fn send_reminders(state: &AppState, now: i64) -> Result<ReminderRun, MailError> {
    let store = state.store.as_ref();
    let today = clock::today(now);
    let cutoff = clock::iso_date(today - REMIND_AFTER_DAYS + 1);
    let stale = store.stale_services(&cutoff, 1_000_000).await?;
    let ids: Vec<String> = stale.iter().map(|s| s.id.clone()).collect();
    let sent: BTreeMap<String, String> = store.reminders_sent(&ids).await?.into_iter().collect();
    let mut by_org: BTreeMap<String, Vec<&beratungsnetz_store::accounts::StaleService>> =
        BTreeMap::new();
    let mut run = ReminderRun::default();
    for s in &stale {
        let verified = s.verified.clone().unwrap_or_default();
        if sent.get(&s.id) == Some(&verified) {
            continue;
        }
        match &s.organization_id {
            Some(o) => by_org.entry(o.clone()).or_default().push(s),
            None => run.without_editor += 1,
        }
    }
    let orgs: Vec<String> = by_org.keys().cloned().collect();
    let editors = store.editors_of(&orgs).await?;
    let tr = Tr::new(Lang::De);
    for (org, services) in &by_org {
        let recipients: Vec<&String> = editors
            .iter()
            .filter(|(o, _)| o == org)
            .map(|(_, e)| e)
            .collect();
        if recipients.is_empty() {
            run.without_editor += services.len();
            continue;
        }
        let org_name = services
            .first()
            .and_then(|s| s.organization_name.clone())
            .unwrap_or_default();
        let list: String = services
            .iter()
            .map(|s| {
                format!(
                    "- {} ({}: {})\n  {}/verwaltung/angebot/{}\n",
                    s.name,
                    tr.attr("freshness-verified"),
                    s.verified
                        .as_deref()
                        .map_or("–", |v| v.get(..10).unwrap_or(v)),
                    state.config.public_url,
                    s.id
                )
            })
            .collect();
        let body = tr.plain(
            "mail-reminder-body",
            &[
                ("organization", org_name.clone()),
                ("list", list),
                ("url", state.config.public_url.clone()),
            ],
        );
        let subject = tr.plain("mail-reminder-subject", &[("organization", org_name)]);
        for to in recipients {
            state.mailer.send(store, to, &subject, &body).await?;
            run.mails += 1;
        }
        for s in services {
            store
                .record_reminder(&s.id, s.verified.as_deref().unwrap_or_default(), now)
                .await?;
            run.services += 1;
        }
    }
    tracing::info!(
        mails = run.mails,
        services = run.services,
        without_editor = run.without_editor,
        "freshness reminders"
    );
    Ok(run)
}

/// Runs the reminders hourly in `serve`; a lease in the database makes one node do it.
pub fn spawn_reminders(state: AppState, node: String) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            let now = clock::now_unix();
            match state
                .store
                .take_lease("freshness-reminders", &node, now, now + 3000)
                .await
            {
                Ok(true) => {
                    if let Err(e) = send_reminders(&state, now).await {
                        tracing::error!(error = %e, "freshness reminders failed");
                    }
                }
                Ok(false) => {}
                Err(e) => tracing::error!(error = %e, "cannot take the reminder lease"),
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_and_twelve_months() {
        let today = day_of("2026-11-25").unwrap_or_default();
        assert_eq!(freshness_of("2026-11-01", today), Freshness::Current);
        assert_eq!(freshness_of("2026-05-01T09:00:00Z", today), Freshness::Due);
        assert_eq!(freshness_of("2025-11-01", today), Freshness::Outdated);
        assert_eq!(freshness_of("", today), Freshness::Outdated);
        assert!(outdated(Some(today - 400), today) && !outdated(Some(today - 10), today));
        assert!(outdated(None, today));
    }
}
