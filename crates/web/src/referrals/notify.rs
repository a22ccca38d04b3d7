//! Mail when a referral needs someone: the receiving organisation's counsellors when one
//! arrives or the sender withdraws it, the sender when the receiving side moves it on.
//! A mail holds no personal data and not even the kind of service — only that something
//! changed and the link — in the recipient's language with German beneath. Sent in the
//! background: a slow mail server does not hold up the page.

use beratungsnetz_core::accounts::Role;
use beratungsnetz_core::clock::Now;
use beratungsnetz_core::ids::{AccountId, OrganizationId, ReferralId};
use beratungsnetz_store::accounts::Editor;

use crate::AppState;
use crate::chrome::i18n::{Lang, Tr};

/// Who is told.
pub enum Whom {
    /// The counsellors of the receiving organisation.
    Receivers(OrganizationId),
    /// The account that sent the referral.
    Sender(AccountId),
}

/// Mails everyone of `whom` that referral `id` waits for them (`new`) or changed.
pub fn tell(state: &AppState, now: Now, id: &ReferralId, whom: Whom, new: bool) {
    let keys = if new {
        ("mail-referral-new-subject", "mail-referral-new-body")
    } else {
        (
            "mail-referral-changed-subject",
            "mail-referral-changed-body",
        )
    };
    send(state, now, id, whom, keys);
}

/// Mails everyone of `whom` that referral `id` still waits for them.
pub fn remind(state: &AppState, now: Now, id: &ReferralId, whom: Whom) {
    let keys = (
        "mail-referral-waiting-subject",
        "mail-referral-waiting-body",
    );
    send(state, now, id, whom, keys);
}

fn send(
    state: &AppState,
    now: Now,
    id: &ReferralId,
    whom: Whom,
    (subject_key, body_key): (&'static str, &'static str),
) {
    let mailing = state.clone();
    let id = id.to_string();
    state.background.spawn("referral-mail", async move {
        let recipients: Vec<(String, Option<String>)> = match whom {
            Whom::Receivers(org) => mailing
                .store
                .members_of(Role::Counsellor, &[org])
                .await
                .map_err(|e| e.to_string())?
                .into_iter()
                .map(|Editor { email, lang, .. }| (email, lang))
                .collect(),
            Whom::Sender(account) => mailing
                .store
                .account(&account)
                .await
                .map_err(|e| e.to_string())?
                .filter(|a| !a.disabled)
                .map(|a| (a.email, a.lang))
                .into_iter()
                .collect(),
        };
        let link = format!("{}/verwaltung/verweisungen/{id}", mailing.config.public_url);
        for (email, lang) in recipients {
            let lang = lang
                .as_deref()
                .and_then(Lang::from_code)
                .unwrap_or(Lang::De);
            let subject = Tr::new(lang).plain(subject_key, &[]);
            let body = crate::outbox::with_german(lang, |l| {
                Tr::new(l).plain(body_key, &[("url", link.clone())])
            });
            mailing
                .mailer
                .send(mailing.store.as_ref(), now, &email, &subject, &body, None)
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok::<(), String>(())
    });
}
