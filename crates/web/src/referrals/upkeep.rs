//! What keeps referrals within their rules over time, run hourly by one node (the
//! `referral-upkeep` job) and by `beratungsnetz purge`: a referral not answered in time
//! expires, one whose consent ran out stops, and ended ones are deleted after the
//! retention period, leaving only anonymous counts.

use beratungsnetz_core::clock::{DAY, Now};
use beratungsnetz_core::referrals::{Event, Party};
use beratungsnetz_store::Store;
use beratungsnetz_store::sealing::Keyring;

/// How long referrals wait and are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Periods {
    /// A sent referral not answered within this many days expires.
    pub answer_days: u32,
    /// Ended referrals are deleted this many days after they ended.
    pub retention_days: u32,
    /// A sent referral not accepted or declined within this many working days: the
    /// receiving side is reminded (once per change).
    pub remind_working_days: u32,
    /// An accepted referral without first contact for this many working days: the sender
    /// is told it stalls (once per change).
    pub stall_working_days: u32,
}

impl Default for Periods {
    fn default() -> Periods {
        Periods {
            answer_days: 14,
            retention_days: 180,
            remind_working_days: 2,
            stall_working_days: 5,
        }
    }
}

/// The moments before which a referral that waits is late: the reminder rules, which the
/// work lists show as "overdue" too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadlines {
    /// A sent referral last changed before this waits too long for an answer.
    pub answer_before: i64,
    /// An accepted referral last changed before this stalls.
    pub contact_before: i64,
}

impl Periods {
    pub fn deadlines(&self, now: Now) -> Deadlines {
        let cutoff = |n: u32| {
            let day = beratungsnetz_core::clock::working_days_before(now.today(), n);
            // The same time of day, that many working days ago.
            now.unix - (now.today() - day) * DAY
        };
        Deadlines {
            answer_before: cutoff(self.remind_working_days),
            contact_before: cutoff(self.stall_working_days),
        }
    }
}

impl Deadlines {
    /// Whether a referral in `state` (its code) last changed at `updated_at` is late.
    pub fn overdue(&self, state: &str, updated_at: i64) -> bool {
        match state {
            "sent" => updated_at < self.answer_before,
            "accepted" => updated_at < self.contact_before,
            _ => false,
        }
    }
}

/// What one run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Upkept {
    pub expired: u64,
    pub consent_ended: u64,
    pub purged: u64,
}

/// `keys` open the needs of the referrals deleted, for the anonymous figures.
pub async fn run(
    store: &dyn Store,
    keys: Option<&Keyring>,
    now: Now,
    periods: Periods,
) -> beratungsnetz_store::Result<Upkept> {
    let mut done = Upkept::default();
    let before = now.unix - i64::from(periods.answer_days) * DAY;
    for id in store.unanswered_referrals(before).await? {
        // Refused: answered in the meantime, which is fine.
        if store
            .apply_referral_event(&id, Event::Expire, Party::System, None, now.unix)
            .await?
            .is_ok()
        {
            done.expired += 1;
        }
    }
    for id in store.referrals_past_consent(now.unix).await? {
        if store
            .apply_referral_event(&id, Event::ConsentEnded, Party::System, None, now.unix)
            .await?
            .is_ok()
        {
            done.consent_ended += 1;
        }
    }
    let ended_before = now.unix - i64::from(periods.retention_days) * DAY;
    done.purged = store.purge_referrals(keys, ended_before).await?;
    tracing::info!(
        expired = done.expired,
        consent_ended = done.consent_ended,
        purged = done.purged,
        "referral upkeep"
    );
    Ok(done)
}

/// Reminds the side a referral waits for: the receiving counsellors of one sent and not
/// answered for `remind_working_days`, the sender of one accepted that has not moved for
/// `stall_working_days`. Each once per change; the mail holds only the link.
pub async fn remind(
    state: &crate::AppState,
    now: Now,
    periods: Periods,
) -> beratungsnetz_store::Result<u64> {
    use super::notify::{self, Whom};
    let store = state.store.as_ref();
    let deadlines = periods.deadlines(now);
    let mut sent = 0;
    for (id, receiver, _) in store
        .referrals_to_remind("sent", deadlines.answer_before)
        .await?
    {
        notify::remind(state, now, &id, Whom::Receivers(receiver));
        store.mark_reminded(&id, now.unix).await?;
        sent += 1;
    }
    for (id, _, sender) in store
        .referrals_to_remind("accepted", deadlines.contact_before)
        .await?
    {
        notify::remind(state, now, &id, Whom::Sender(sender));
        store.mark_reminded(&id, now.unix).await?;
        sent += 1;
    }
    tracing::info!(reminders = sent, "referral reminders");
    Ok(sent)
}
