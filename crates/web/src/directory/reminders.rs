//! The freshness reminder job: editors of an organization with entries verified more than
//! six months ago get one mail listing them. The rules themselves live in
//! `beratungsnetz_core::freshness`.

use std::collections::BTreeMap;

use beratungsnetz_core::clock::Now;
use beratungsnetz_core::freshness::reminder_cutoff;
use beratungsnetz_core::ids::{OrganizationId, ServiceId};

use crate::AppState;
use crate::chrome::i18n::{Lang, Tr};
use crate::outbox::MailError;

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
pub async fn send_reminders(state: &AppState, now: Now) -> Result<ReminderRun, MailError> {
    let store = state.store.as_ref();
    let cutoff = reminder_cutoff(now);
    let stale = store.stale_services(&cutoff, 1_000_000).await?;
    let ids: Vec<ServiceId> = stale.iter().map(|s| s.id.clone()).collect();
    let sent: BTreeMap<ServiceId, String> = store.reminders_sent(&ids).await?.into_iter().collect();
    let mut by_org: BTreeMap<OrganizationId, Vec<&beratungsnetz_store::freshness::StaleService>> =
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
    let orgs: Vec<OrganizationId> = by_org.keys().cloned().collect();
    let editors = store.editors_of(&orgs).await?;
    for (org, services) in &by_org {
        let recipients: Vec<&beratungsnetz_store::accounts::Editor> = editors
            .iter()
            .filter(|e| e.organization_id == *org)
            .collect();
        if recipients.is_empty() {
            run.without_editor += services.len();
            continue;
        }
        let org_name = services
            .first()
            .and_then(|s| s.organization_name.clone())
            .unwrap_or_default();
        // In the language each editor reads mail in, German beside it.
        let body_in = |lang: Lang| -> String {
            let tr = Tr::new(lang);
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
            tr.plain(
                "mail-reminder-body",
                &[
                    ("organization", org_name.clone()),
                    ("list", list),
                    ("url", state.config.public_url.clone()),
                ],
            )
        };
        for editor in recipients {
            let lang = editor
                .lang
                .as_deref()
                .and_then(Lang::from_code)
                .unwrap_or(Lang::De);
            let subject = Tr::new(lang).plain(
                "mail-reminder-subject",
                &[("organization", org_name.clone())],
            );
            let body = crate::outbox::with_german(lang, body_in);
            state
                .mailer
                .send(store, now, &editor.email, &subject, &body, None)
                .await?;
            run.mails += 1;
        }
        for s in services {
            store
                .record_reminder(&s.id, s.verified.as_deref().unwrap_or_default(), now.unix)
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
