//! Referrals at rest: the plain columns that decide who may see one, the sealed case
//! details and consent, and the timeline. Only the two organisations of a referral get
//! it back, the receiving one once it is sent ([`Referrals::referral_for`] answers `None`
//! to anyone else, as if it did not exist); state changes go through [`State::apply`] and hold under parallel requests.

use async_trait::async_trait;
use beratungsnetz_core::ids::{AccountId, OrganizationId, ReferralId, ServiceId};
use beratungsnetz_core::referrals::{
    CaseDetails, Consent, ConsentStatus, Event, Party, Refused, State, Urgency,
};

use beratungsnetz_core::clock::DAY;
use beratungsnetz_core::referrals::stats::month_of;
use beratungsnetz_core::reports::referrals::{Fact, Route};

use crate::sealing::{Keyring, Place};
use crate::sql::{Exec, sql};
use crate::{Result, SqlStore, StoreError};

const TABLE: &str = "referral";

/// A referral to be written (as a draft).
#[derive(Clone, Debug)]
pub struct NewReferral {
    pub id: ReferralId,
    pub sender_org: OrganizationId,
    pub sender_account: AccountId,
    pub service_id: ServiceId,
    pub receiver_org: OrganizationId,
    pub urgency: Urgency,
    pub details: CaseDetails,
    pub consent: Consent,
    /// Seconds since the epoch.
    pub consent_valid_until: i64,
    /// The hash of the slip's code, for the route where the client goes themselves.
    pub slip_code_hash: Option<String>,
    /// The service's kind and district as the figures count them (empty: unknown).
    pub service_kind: String,
    pub service_district: String,
    pub now: i64,
}

/// What a work list shows: nothing sealed.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ReferralRow {
    #[sqlx(try_from = "String")]
    pub id: ReferralId,
    #[sqlx(try_from = "String")]
    pub sender_org: OrganizationId,
    #[sqlx(try_from = "String")]
    pub service_id: ServiceId,
    #[sqlx(try_from = "String")]
    pub receiver_org: OrganizationId,
    pub state: String,
    pub urgency: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A referral opened for one of its two organisations.
#[derive(Clone, Debug, PartialEq)]
pub struct Referral {
    pub row: ReferralRow,
    pub state: State,
    pub sender_account: AccountId,
    pub details: CaseDetails,
    pub consent: Consent,
    pub consent_valid_until: i64,
    pub consent_withdrawn_at: Option<i64>,
}

impl Referral {
    pub fn consent_status(&self, now: i64) -> ConsentStatus {
        ConsentStatus::at(now, self.consent_valid_until, self.consent_withdrawn_at)
    }
}

/// One step of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct TimelineEntry {
    pub seq: i64,
    pub at: i64,
    pub account_id: Option<String>,
    pub party: String,
    pub event: String,
    pub state: String,
}

/// What a re-seal sealed anew.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resealed {
    pub referrals: u64,
    /// Accounts with a second factor (set up or being set up).
    pub secrets: u64,
}

/// Where an account's second-factor secret (`totp_secret`, `totp_pending`) is sealed.
/// The account's id as typed, or as text where it is read from a row.
pub fn secret_place<'a>(
    account_id: &'a (impl AsRef<str> + ?Sized),
    column: &'static str,
) -> Place<'a> {
    Place {
        table: "account",
        id: account_id.as_ref(),
        column,
    }
}

/// Which side of the referrals a work list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Outgoing,
    Incoming,
}

#[async_trait]
pub trait Referrals: Send + Sync {
    /// Writes a draft with its first timeline entry.
    async fn create_referral(&self, keys: &Keyring, new: &NewReferral) -> Result<()>;
    /// The referral, if one of `orgs` sent or receives it; `None` for everyone else.
    async fn referral_for(
        &self,
        keys: &Keyring,
        id: &ReferralId,
        orgs: &[OrganizationId],
    ) -> Result<Option<Referral>>;
    /// Moves the referral on. `Ok(Err(_))` when the rules refuse (including a change that
    /// another request made first); `NotFound` when there is no such referral.
    async fn apply_referral_event(
        &self,
        id: &ReferralId,
        event: Event,
        party: Party,
        account: Option<&AccountId>,
        now: i64,
    ) -> Result<std::result::Result<State, Refused>>;
    /// Ends the consent: the receiving side sees nothing from now on, and an open
    /// referral stops (as `consent-ended`), in one transaction.
    async fn withdraw_consent(&self, id: &ReferralId, account: &AccountId, now: i64) -> Result<()>;
    async fn timeline(&self, id: &ReferralId) -> Result<Vec<TimelineEntry>>;
    /// The referral whose slip code hashes to `hash`, if `orgs` receive it, with the
    /// account that sent it.
    async fn referral_by_slip(
        &self,
        hash: &str,
        orgs: &[OrganizationId],
    ) -> Result<Option<(ReferralId, AccountId)>>;
    /// The referrals `orgs` sent or receive, last changed first.
    async fn referral_list(
        &self,
        orgs: &[OrganizationId],
        direction: Direction,
    ) -> Result<Vec<ReferralRow>>;
    /// Seals every sealed value again under the keyring's current version, in one
    /// transaction: the referrals, and the second-factor secrets of accounts (sealing
    /// those still in plaintext from before).
    async fn reseal_referrals(&self, keys: &Keyring) -> Result<Resealed>;
    /// Referrals sent before `sent_before` and not answered since.
    async fn unanswered_referrals(&self, sent_before: i64) -> Result<Vec<ReferralId>>;
    /// Open referrals whose consent has run out by `now`.
    async fn referrals_past_consent(&self, now: i64) -> Result<Vec<ReferralId>>;
    /// Deletes referrals that ended (declined, closed, withdrawn, expired) before
    /// `ended_before`, with their timelines, counting each in [`Referrals::referral_tallies`]
    /// in the same transaction, and in the figures' tallies (its needs opened with
    /// `keys`; without keys they count as unknown). Returns how many were
    /// deleted.
    async fn purge_referrals(&self, keys: Option<&Keyring>, ended_before: i64) -> Result<u64>;
    /// Referrals in state `state` ("sent", "accepted") unchanged since before `before`
    /// and not reminded since their last change: (id, receiving organisation, sender).
    async fn referrals_to_remind(
        &self,
        state: &str,
        before: i64,
    ) -> Result<Vec<(ReferralId, OrganizationId, AccountId)>>;
    /// Notes that the side a referral waits for was reminded (its last change stays).
    async fn mark_reminded(&self, id: &ReferralId, now: i64) -> Result<()>;
    /// (month `YYYY-MM`, state code, count) of the referrals purged so far.
    async fn referral_tallies(&self) -> Result<Vec<(String, String, i64)>>;
    /// (month of the last change, state code, count) of every referral sent: those still
    /// held and, from the tallies, those deleted. Drafts are nobody's figure yet.
    async fn referral_counts(&self) -> Result<Vec<(String, String, i64)>>;
    /// Every referral `orgs` sent, or receive and have been sent, whose client reference
    /// is `client_ref` (compared as [`same_client`] does): for the client's right of
    /// access. Each is opened to find its reference; nothing else is read.
    async fn referrals_of_client(
        &self,
        keys: &Keyring,
        orgs: &[OrganizationId],
        client_ref: &str,
    ) -> Result<Vec<Referral>>;
    /// Deletes the referrals `ids` that `orgs` sent or receive, with their timelines, for
    /// the client's right to erasure; each is counted in the anonymous tallies as it
    /// stood, and audited as `audit` with its id. One transaction. Returns how many were
    /// deleted.
    async fn erase_referrals(
        &self,
        keys: Option<&Keyring>,
        ids: &[ReferralId],
        orgs: &[OrganizationId],
        audit: &crate::audit::AuditEntry,
    ) -> Result<u64>;
}

/// Whether two client references name the same client: the same letters, whatever the
/// case and the spaces around them ("AZ 12/3 " and "az 12/3").
pub fn same_client(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// The states a referral ends in, as SQL matches them.
const ENDED: &str = "(state IN ('withdrawn', 'expired') OR state LIKE 'declined:%' \
                     OR state LIKE 'closed:%')";
const OPEN: &str = "state IN ('sent', 'accepted', 'in-progress')";

fn place<'a>(id: &'a str, column: &'static str) -> Place<'a> {
    Place {
        table: TABLE,
        id,
        column,
    }
}

fn seal_json<T: serde::Serialize>(
    keys: &Keyring,
    id: &str,
    column: &'static str,
    value: &T,
) -> Result<Vec<u8>> {
    let plain = serde_json::to_vec(value).map_err(|e| StoreError::Sealed(e.to_string()))?;
    keys.seal(place(id, column), &plain)
        .map_err(|e| StoreError::Sealed(e.to_string()))
}

fn open_json<T: serde::de::DeserializeOwned>(
    keys: &Keyring,
    id: &str,
    column: &'static str,
    sealed: &[u8],
) -> Result<T> {
    let plain = keys
        .open(place(id, column), sealed)
        .map_err(|e| StoreError::Sealed(e.to_string()))?;
    serde_json::from_slice(&plain).map_err(|e| StoreError::Sealed(e.to_string()))
}

fn parse_state(code: &str) -> Result<State> {
    State::parse(code).ok_or_else(|| StoreError::UnknownValue {
        what: "referral state",
        value: code.to_string(),
    })
}

fn party_code(party: Party) -> &'static str {
    match party {
        Party::Sender => "sender",
        Party::Receiver => "receiver",
        Party::System => "system",
    }
}

/// A whole referral row, read in one statement: who may see it, and what is sealed.
#[derive(sqlx::FromRow)]
struct SealedRow {
    #[sqlx(flatten)]
    row: ReferralRow,
    sender_account: String,
    details: Vec<u8>,
    consent: Vec<u8>,
    consent_valid_until: i64,
    consent_withdrawn_at: Option<i64>,
}

const ROW_COLUMNS: &str =
    "id, sender_org, service_id, receiver_org, state, urgency, created_at, updated_at";

async fn append_event(
    db: &impl Exec,
    id: &str,
    now: i64,
    account: Option<&str>,
    party: Party,
    event: &str,
    state: State,
) -> Result<()> {
    db.execute(
        sql(
            "INSERT INTO referral_event (referral_id, at, account_id, party, event, state) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(now)
        .bind(account)
        .bind(party_code(party))
        .bind(event)
        .bind(state.code()),
    )
    .await?;
    Ok(())
}

/// A sent referral as the figures see it, read from its row and timeline.
#[derive(sqlx::FromRow)]
struct FactRow {
    id: String,
    state: String,
    created_at: i64,
    details: Vec<u8>,
    service_kind: String,
    service_district: String,
    code_route: i64,
    sent_at: Option<i64>,
    contact_at: Option<i64>,
}

/// The figures' facts of the sent referrals held (`ids`: only these). The needs are
/// opened from the sealed details; without keys, or where they do not open, they count
/// as unknown — a deletion must never wait for a figure.
pub(crate) async fn facts_of(
    db: &impl Exec,
    keys: Option<&Keyring>,
    ids: Option<&[&str]>,
) -> Result<Vec<Fact>> {
    let mut out = Vec::new();
    let chunks: Vec<Option<&[&str]>> = match ids {
        None => vec![None],
        Some(ids) => ids.chunks(500).map(Some).collect(),
    };
    for chunk in chunks {
        let mut q = sql(
            "SELECT r.id, r.state, r.created_at, r.details, r.service_kind, r.service_district, \
             CAST(CASE WHEN r.slip_code_hash IS NULL THEN 0 ELSE 1 END AS BIGINT) AS code_route, \
             (SELECT MIN(e.at) FROM referral_event e \
              WHERE e.referral_id = r.id AND e.event = 'send') AS sent_at, \
             (SELECT MIN(e.at) FROM referral_event e \
              WHERE e.referral_id = r.id AND e.event = 'first-contact') AS contact_at \
             FROM referral r WHERE r.state <> 'draft'",
        );
        if let Some(chunk) = chunk {
            q.push(" AND r.id IN ");
            q.push_tuple(chunk.iter().copied());
        }
        let rows: Vec<FactRow> = db.fetch_all(q).await?;
        out.extend(rows.into_iter().map(|r| {
            let needs = keys
                .and_then(|k| open_json::<CaseDetails>(k, &r.id, "details", &r.details).ok())
                .map(|d| d.needs)
                .unwrap_or_default();
            let sent = r.sent_at.unwrap_or(r.created_at);
            Fact {
                month: month_of(sent),
                needs,
                kind: r.service_kind,
                district: r.service_district,
                route: if r.code_route == 1 {
                    Route::Code
                } else {
                    Route::Data
                },
                state: r.state,
                contact_days: r.contact_at.map(|c| (c - sent).max(0) / DAY),
                n: 1,
            }
        }));
    }
    Ok(out)
}

/// Adds facts to `referral_fact_tally`, alike ones as one count.
async fn tally_facts(tx: &impl Exec, facts: &[Fact]) -> Result<()> {
    type Key = (String, String, String, String, String, String, i64);
    let mut counts: std::collections::BTreeMap<Key, i64> = std::collections::BTreeMap::new();
    for f in facts {
        let mut needs = f.needs.clone();
        needs.sort();
        let key = (
            f.month.clone(),
            needs.join(","),
            f.kind.clone(),
            f.district.clone(),
            f.route.code().to_string(),
            f.state.clone(),
            f.contact_days.unwrap_or(-1),
        );
        *counts.entry(key).or_default() += f.n;
    }
    for ((month, needs, kind, district, route, state, days), n) in counts {
        tx.execute(
            sql("INSERT INTO referral_fact_tally \
                 (month, needs, service_kind, service_district, route, state, contact_days, n) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (month, needs, service_kind, service_district, route, state, \
                 contact_days) DO UPDATE SET n = referral_fact_tally.n + excluded.n")
            .bind(month)
            .bind(needs)
            .bind(kind)
            .bind(district)
            .bind(route)
            .bind(state)
            .bind(days)
            .bind(n),
        )
        .await?;
    }
    Ok(())
}

/// The facts of the deleted referrals, from their tallies.
pub(crate) async fn tallied_facts(db: &impl Exec) -> Result<Vec<Fact>> {
    type Line = (String, String, String, String, String, String, i64, i64);
    let rows: Vec<Line> = db
        .fetch_all(sql(
            "SELECT month, needs, service_kind, service_district, route, state, contact_days, n \
             FROM referral_fact_tally",
        ))
        .await?;
    Ok(rows
        .into_iter()
        .map(
            |(month, needs, kind, district, route, state, days, n)| Fact {
                month,
                needs: needs
                    .split(',')
                    .filter(|n| !n.is_empty())
                    .map(str::to_string)
                    .collect(),
                kind,
                district,
                route: Route::parse(&route).unwrap_or(Route::Data),
                state,
                contact_days: (days >= 0).then_some(days),
                n,
            },
        )
        .collect())
}

/// Deletes referrals (id, state, last change) with their timelines inside `tx`, counting
/// each in `referral_tally` by the month of its last change and its state, and in
/// `referral_fact_tally` as the figures see it.
async fn delete_counted(
    tx: &impl Exec,
    keys: Option<&Keyring>,
    due: &[(String, String, i64)],
) -> Result<()> {
    let ids: Vec<&str> = due.iter().map(|(id, _, _)| id.as_str()).collect();
    tally_facts(tx, &facts_of(tx, keys, Some(&ids)).await?).await?;
    let mut tallies: std::collections::BTreeMap<(String, String), i64> =
        std::collections::BTreeMap::new();
    for (_, state, at) in due {
        *tallies.entry((month_of(*at), state.clone())).or_default() += 1;
    }
    for ((month, state), n) in tallies {
        tx.execute(
            sql(
                "INSERT INTO referral_tally (month, state, n) VALUES ($1, $2, $3) \
                 ON CONFLICT (month, state) DO UPDATE SET n = referral_tally.n + excluded.n",
            )
            .bind(month)
            .bind(state)
            .bind(n),
        )
        .await?;
    }
    for chunk in due.chunks(500) {
        for (table, column) in [("referral_event", "referral_id"), ("referral", "id")] {
            let mut q = sql(format!("DELETE FROM {table} WHERE {column} IN "));
            q.push_tuple(chunk.iter().map(|(id, _, _)| id.as_str()));
            tx.execute(q).await?;
        }
    }
    Ok(())
}

/// Opens a whole row for one of its sides.
fn opened(keys: &Keyring, sealed: SealedRow) -> Result<Referral> {
    let id = sealed.row.id.as_str().to_string();
    Ok(Referral {
        state: parse_state(&sealed.row.state)?,
        details: open_json(keys, &id, "details", &sealed.details)?,
        consent: open_json(keys, &id, "consent", &sealed.consent)?,
        sender_account: AccountId::new(sealed.sender_account),
        consent_valid_until: sealed.consent_valid_until,
        consent_withdrawn_at: sealed.consent_withdrawn_at,
        row: sealed.row,
    })
}

/// Moves one referral on inside `tx`; the state only changes if nobody changed it since
/// it was read (a compare-and-set on the state column).
async fn apply_in(
    tx: &impl Exec,
    id: &str,
    event: Event,
    party: Party,
    account: Option<&str>,
    now: i64,
) -> Result<std::result::Result<State, Refused>> {
    let (code,): (String,) = tx
        .fetch_optional(sql("SELECT state FROM referral WHERE id = $1").bind(id))
        .await?
        .ok_or(StoreError::NotFound)?;
    let current = parse_state(&code)?;
    let next = match current.apply(event, party) {
        Ok(next) => next,
        Err(refused) => return Ok(Err(refused)),
    };
    let changed = tx
        .execute(
            sql("UPDATE referral SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4")
                .bind(next.code())
                .bind(now)
                .bind(id)
                .bind(code.as_str()),
        )
        .await?;
    if changed == 0 {
        // Another request moved it on between the read and the write.
        let (code,): (String,) = tx
            .fetch_one(sql("SELECT state FROM referral WHERE id = $1").bind(id))
            .await?;
        let state = parse_state(&code)?;
        return Ok(Err(match state.apply(event, party) {
            Err(refused) => refused,
            Ok(_) => Refused::NotNow { state, event },
        }));
    }
    append_event(tx, id, now, account, party, event.code(), next).await?;
    Ok(Ok(next))
}

#[async_trait]
impl Referrals for SqlStore {
    async fn create_referral(&self, keys: &Keyring, new: &NewReferral) -> Result<()> {
        let id = new.id.as_str();
        let details = seal_json(keys, id, "details", &new.details)?;
        let consent = seal_json(keys, id, "consent", &new.consent)?;
        let tx = self.pool.begin().await?;
        tx.execute(
            sql(
                "INSERT INTO referral (id, sender_org, sender_account, service_id, receiver_org, \
                 state, urgency, created_at, updated_at, details, consent, consent_valid_until, \
                 slip_code_hash, service_kind, service_district) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, $12, $13, $14)",
            )
            .bind(id)
            .bind(new.sender_org.as_str())
            .bind(new.sender_account.as_str())
            .bind(new.service_id.as_str())
            .bind(new.receiver_org.as_str())
            .bind(State::Draft.code())
            .bind(new.urgency.code())
            .bind(new.now)
            .bind(details)
            .bind(consent)
            .bind(new.consent_valid_until)
            .bind(new.slip_code_hash.as_deref())
            .bind(new.service_kind.as_str())
            .bind(new.service_district.as_str()),
        )
        .await?;
        append_event(
            &tx,
            id,
            new.now,
            Some(new.sender_account.as_str()),
            Party::Sender,
            "create",
            State::Draft,
        )
        .await?;
        tx.commit().await
    }

    async fn referral_for(
        &self,
        keys: &Keyring,
        id: &ReferralId,
        orgs: &[OrganizationId],
    ) -> Result<Option<Referral>> {
        let id = id.as_str();
        let Some(sealed) = self
            .pool
            .fetch_optional::<SealedRow>(
                sql(format!(
                    "SELECT {ROW_COLUMNS}, sender_account, details, consent, \
                     consent_valid_until, consent_withdrawn_at FROM referral WHERE id = $1"
                ))
                .bind(id),
            )
            .await?
        else {
            return Ok(None);
        };
        let row = &sealed.row;
        let sender = orgs.contains(&row.sender_org);
        let receiver = orgs.contains(&row.receiver_org);
        // A draft is the sender's alone until it is sent; nothing is opened for others.
        if !(sender || receiver && row.state != State::Draft.code()) {
            return Ok(None);
        }
        opened(keys, sealed).map(Some)
    }

    async fn apply_referral_event(
        &self,
        id: &ReferralId,
        event: Event,
        party: Party,
        account: Option<&AccountId>,
        now: i64,
    ) -> Result<std::result::Result<State, Refused>> {
        let tx = self.pool.begin().await?;
        let account = account.map(AccountId::as_str);
        let result = apply_in(&tx, id.as_str(), event, party, account, now).await?;
        if result.is_ok() {
            tx.commit().await?;
        }
        Ok(result)
    }

    async fn withdraw_consent(&self, id: &ReferralId, account: &AccountId, now: i64) -> Result<()> {
        let (id, account) = (id.as_str(), account.as_str());
        let tx = self.pool.begin().await?;
        let changed = tx
            .execute(
                sql(
                    "UPDATE referral SET consent_withdrawn_at = $1, updated_at = $1 \
                     WHERE id = $2 AND consent_withdrawn_at IS NULL",
                )
                .bind(now)
                .bind(id),
            )
            .await?;
        if changed == 0 {
            let exists: Option<(String,)> = tx
                .fetch_optional(sql("SELECT id FROM referral WHERE id = $1").bind(id))
                .await?;
            return match exists {
                Some(_) => Ok(()), // Already withdrawn.
                None => Err(StoreError::NotFound),
            };
        }
        let (code,): (String,) = tx
            .fetch_one(sql("SELECT state FROM referral WHERE id = $1").bind(id))
            .await?;
        let state = parse_state(&code)?;
        append_event(
            &tx,
            id,
            now,
            Some(account),
            Party::Sender,
            "consent-withdrawn",
            state,
        )
        .await?;
        // An open referral stops; a draft or an ended one stays as it is.
        if state.apply(Event::ConsentEnded, Party::System).is_ok() {
            let stopped = apply_in(&tx, id, Event::ConsentEnded, Party::System, None, now).await?;
            if stopped.is_err() {
                return Err(StoreError::Conflict(
                    "the referral changed while its consent was withdrawn".into(),
                ));
            }
        }
        tx.commit().await
    }

    async fn timeline(&self, id: &ReferralId) -> Result<Vec<TimelineEntry>> {
        self.pool
            .fetch_all(
                sql(
                    "SELECT seq, at, account_id, party, event, state FROM referral_event \
                     WHERE referral_id = $1 ORDER BY seq",
                )
                .bind(id),
            )
            .await
    }

    async fn referral_by_slip(
        &self,
        hash: &str,
        orgs: &[OrganizationId],
    ) -> Result<Option<(ReferralId, AccountId)>> {
        if orgs.is_empty() {
            return Ok(None);
        }
        let mut q = sql(
            "SELECT id, sender_account FROM referral WHERE slip_code_hash = $1 AND state <> 'draft' \
             AND receiver_org IN ",
        )
        .bind(hash);
        q.push_tuple(orgs.iter().map(OrganizationId::as_str));
        let found: Option<(String, String)> = self.pool.fetch_optional(q).await?;
        Ok(found.map(|(id, sender)| (id.into(), sender.into())))
    }

    async fn referral_list(
        &self,
        orgs: &[OrganizationId],
        direction: Direction,
    ) -> Result<Vec<ReferralRow>> {
        if orgs.is_empty() {
            return Ok(Vec::new());
        }
        let column = match direction {
            Direction::Outgoing => "sender_org",
            Direction::Incoming => "receiver_org",
        };
        // Drafts are not the receiving side's yet.
        let drafts = match direction {
            Direction::Outgoing => "",
            Direction::Incoming => "state <> 'draft' AND ",
        };
        let mut q = sql(format!(
            "SELECT {ROW_COLUMNS} FROM referral WHERE {drafts}{column} IN "
        ));
        q.push_tuple(orgs.iter().map(OrganizationId::as_str));
        q.push(" ORDER BY updated_at DESC, id");
        self.pool.fetch_all(q).await
    }

    async fn unanswered_referrals(&self, sent_before: i64) -> Result<Vec<ReferralId>> {
        let rows: Vec<(String,)> = self
            .pool
            .fetch_all(
                sql("SELECT id FROM referral WHERE state = 'sent' AND updated_at < $1 ORDER BY id")
                    .bind(sent_before),
            )
            .await?;
        Ok(rows.into_iter().map(|(id,)| ReferralId::new(id)).collect())
    }

    async fn referrals_past_consent(&self, now: i64) -> Result<Vec<ReferralId>> {
        let rows: Vec<(String,)> = self
            .pool
            .fetch_all(
                sql(format!(
                    "SELECT id FROM referral WHERE {OPEN} AND consent_valid_until <= $1 ORDER BY id"
                ))
                .bind(now),
            )
            .await?;
        Ok(rows.into_iter().map(|(id,)| ReferralId::new(id)).collect())
    }

    async fn purge_referrals(&self, keys: Option<&Keyring>, ended_before: i64) -> Result<u64> {
        let tx = self.pool.begin().await?;
        let due: Vec<(String, String, i64)> = tx
            .fetch_all(
                sql(format!(
                    "SELECT id, state, updated_at FROM referral \
                     WHERE {ENDED} AND updated_at < $1 ORDER BY id"
                ))
                .bind(ended_before),
            )
            .await?;
        delete_counted(&tx, keys, &due).await?;
        tx.commit().await?;
        Ok(due.len() as u64)
    }

    async fn referrals_to_remind(
        &self,
        state: &str,
        before: i64,
    ) -> Result<Vec<(ReferralId, OrganizationId, AccountId)>> {
        let rows: Vec<(String, String, String)> = self
            .pool
            .fetch_all(
                sql("SELECT id, receiver_org, sender_account FROM referral \
                     WHERE state = $1 AND updated_at < $2 \
                     AND (reminded_at IS NULL OR reminded_at < updated_at) ORDER BY id")
                .bind(state)
                .bind(before),
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, org, account)| (id.into(), org.into(), account.into()))
            .collect())
    }

    async fn mark_reminded(&self, id: &ReferralId, now: i64) -> Result<()> {
        self.pool
            .execute(
                sql("UPDATE referral SET reminded_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(id),
            )
            .await?;
        Ok(())
    }

    async fn referral_tallies(&self) -> Result<Vec<(String, String, i64)>> {
        self.pool
            .fetch_all(sql(
                "SELECT month, state, n FROM referral_tally ORDER BY month, state",
            ))
            .await
    }

    async fn referral_counts(&self) -> Result<Vec<(String, String, i64)>> {
        let held: Vec<(String, i64)> = self
            .pool
            .fetch_all(sql(
                "SELECT state, updated_at FROM referral WHERE state <> 'draft'",
            ))
            .await?;
        let mut counts = self.referral_tallies().await?;
        // A draft erased at the client's request was never anybody's figure.
        counts.retain(|(_, state, _)| state != "draft");
        counts.extend(held.into_iter().map(|(state, at)| (month_of(at), state, 1)));
        Ok(counts)
    }

    async fn referrals_of_client(
        &self,
        keys: &Keyring,
        orgs: &[OrganizationId],
        client_ref: &str,
    ) -> Result<Vec<Referral>> {
        if orgs.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = sql(format!(
            "SELECT {ROW_COLUMNS}, sender_account, details, consent, consent_valid_until, \
             consent_withdrawn_at FROM referral WHERE sender_org IN "
        ));
        q.push_tuple(orgs.iter().map(OrganizationId::as_str));
        q.push(" OR (state <> 'draft' AND receiver_org IN ");
        q.push_tuple(orgs.iter().map(OrganizationId::as_str));
        q.push(") ORDER BY created_at, id");
        let rows: Vec<SealedRow> = self.pool.fetch_all(q).await?;
        let mut found = Vec::new();
        for sealed in rows {
            // One row that does not open (damaged, or sealed under a key this node lacks)
            // must not stop the client's rights for every other one.
            let id = sealed.row.id.clone();
            match opened(keys, sealed) {
                Ok(referral) if same_client(&referral.details.client_ref, client_ref) => {
                    found.push(referral);
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(referral = %id, error = %e, "a referral does not open"),
            }
        }
        Ok(found)
    }

    async fn erase_referrals(
        &self,
        keys: Option<&Keyring>,
        ids: &[ReferralId],
        orgs: &[OrganizationId],
        audit: &crate::audit::AuditEntry,
    ) -> Result<u64> {
        if ids.is_empty() || orgs.is_empty() {
            return Ok(0);
        }
        let tx = self.pool.begin().await?;
        let mut q = sql("SELECT id, state, updated_at FROM referral WHERE id IN ");
        q.push_tuple(ids.iter().map(ReferralId::as_str));
        q.push(" AND (sender_org IN ");
        q.push_tuple(orgs.iter().map(OrganizationId::as_str));
        q.push(" OR (state <> 'draft' AND receiver_org IN ");
        q.push_tuple(orgs.iter().map(OrganizationId::as_str));
        q.push(")) ORDER BY id");
        let due: Vec<(String, String, i64)> = tx.fetch_all(q).await?;
        delete_counted(&tx, keys, &due).await?;
        for (id, _, _) in &due {
            let entry = crate::audit::AuditEntry {
                entity: TABLE.into(),
                entity_id: id.clone(),
                ..audit.clone()
            };
            crate::audit::insert_audit(&tx, &entry).await?;
        }
        tx.commit().await?;
        Ok(due.len() as u64)
    }

    async fn reseal_referrals(&self, keys: &Keyring) -> Result<Resealed> {
        #[derive(sqlx::FromRow)]
        struct Sealed {
            id: String,
            details: Vec<u8>,
            consent: Vec<u8>,
        }
        let tx = self.pool.begin().await?;
        let rows: Vec<Sealed> = tx
            .fetch_all(sql("SELECT id, details, consent FROM referral ORDER BY id"))
            .await?;
        for row in &rows {
            let reseal = |column: &'static str, sealed: &[u8]| -> Result<Vec<u8>> {
                let plain = keys
                    .open(place(&row.id, column), sealed)
                    .map_err(|e| StoreError::Sealed(e.to_string()))?;
                keys.seal(place(&row.id, column), &plain)
                    .map_err(|e| StoreError::Sealed(e.to_string()))
            };
            let details = reseal("details", &row.details)?;
            let consent = reseal("consent", &row.consent)?;
            tx.execute(
                sql("UPDATE referral SET details = $1, consent = $2 WHERE id = $3")
                    .bind(details)
                    .bind(consent)
                    .bind(row.id.as_str()),
            )
            .await?;
        }
        let secrets = reseal_secrets(&tx, keys).await?;
        tx.commit().await?;
        Ok(Resealed {
            referrals: rows.len() as u64,
            secrets,
        })
    }
}

/// Seals the second-factor secrets again inside `tx` (those from before sealing began
/// for the first time). Returns the number of accounts.
async fn reseal_secrets(tx: &impl Exec, keys: &Keyring) -> Result<u64> {
    let rows: Vec<(String, Option<String>, Option<String>)> = tx
        .fetch_all(sql("SELECT id, totp_secret, totp_pending FROM account \
             WHERE totp_secret IS NOT NULL OR totp_pending IS NOT NULL ORDER BY id"))
        .await?;
    let sealed = |e: crate::sealing::SealError| StoreError::Sealed(e.to_string());
    for (id, secret, pending) in &rows {
        let reseal = |column: &'static str, value: &Option<String>| -> Result<Option<String>> {
            value
                .as_deref()
                .map(|v| {
                    let plain = keys
                        .open_text(secret_place(id, column), v)
                        .map_err(sealed)?;
                    keys.seal_text(secret_place(id, column), &plain)
                        .map_err(sealed)
                })
                .transpose()
        };
        // Only if unchanged since read: a second factor set up or switched off meanwhile
        // keeps its new value (sealed by its server under a key the file still holds).
        tx.execute(
            sql(
                "UPDATE account SET totp_secret = $1, totp_pending = $2 WHERE id = $3 \
                 AND totp_secret IS NOT DISTINCT FROM $4 AND totp_pending IS NOT DISTINCT FROM $5",
            )
            .bind(reseal("totp_secret", secret)?)
            .bind(reseal("totp_pending", pending)?)
            .bind(id.as_str())
            .bind(secret.as_deref())
            .bind(pending.as_deref()),
        )
        .await?;
    }
    Ok(rows.len() as u64)
}
