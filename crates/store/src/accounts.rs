//! Accounts, roles, sessions, one-time tokens (invitations, password resets, the step
//! between password and second factor) and login failures. Times are Unix seconds.

use std::str::FromStr;

use async_trait::async_trait;
use beratungsnetz_core::accounts::{Membership, Role};
use beratungsnetz_core::ids::{AccountId, OrganizationId};

use crate::audit::{AuditEntry, insert_audit};
use crate::sql::{Exec, Tx, sql};
use crate::{Result, SqlStore, StoreError};

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Account {
    #[sqlx(try_from = "String")]
    pub id: AccountId,
    pub email: String,
    pub password_hash: Option<String>,
    pub created_at: i64,
    pub disabled: bool,
    /// Base32 secret of the second factor, when one is set up.
    pub totp_secret: Option<String>,
    /// A secret being set up, not yet confirmed with a code.
    pub totp_pending: Option<String>,
    /// The language the person reads mail in (a UI language code); None: German.
    pub lang: Option<String>,
    /// The first name others see on a referral's timeline; None: only the organisation.
    pub first_name: Option<String>,
}

/// An editor of an organization, with the language they read mail in.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Editor {
    #[sqlx(try_from = "String")]
    pub organization_id: OrganizationId,
    pub email: String,
    pub lang: Option<String>,
}

/// A signed-in browser: whose it is and the token its forms must carry.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRow {
    #[sqlx(try_from = "String")]
    pub account_id: AccountId,
    pub csrf: String,
    pub expires_at: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Invitation,
    PasswordReset,
    /// Between a correct password and the code of the second factor (minutes).
    SecondFactor,
}

impl TokenKind {
    pub const ALL: [TokenKind; 3] = [
        TokenKind::Invitation,
        TokenKind::PasswordReset,
        TokenKind::SecondFactor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Invitation => "invitation",
            TokenKind::PasswordReset => "password_reset",
            TokenKind::SecondFactor => "second_factor",
        }
    }
}

impl FromStr for TokenKind {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<TokenKind> {
        TokenKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| StoreError::UnknownValue {
                what: "token kind",
                value: s.to_string(),
            })
    }
}

/// An invitation or a password reset, as stored (the link's token only as a hash).
#[derive(Clone, Debug)]
pub struct OneTimeToken {
    pub kind: TokenKind,
    pub email: String,
    /// The role an invitation grants, and for which organization.
    pub membership: Option<Membership>,
    pub created_by: Option<AccountId>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    /// An invitation's choice of the language for the person's mail.
    pub lang: Option<String>,
}

/// Why a token could not be redeemed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenProblem {
    Unknown,
    Expired,
    Used,
}

#[async_trait]
pub trait Accounts: Send + Sync {
    /// Creates an account; `Conflict` if the e-mail address has one.
    async fn create_account(
        &self,
        email: &str,
        password_hash: Option<&str>,
        now: i64,
    ) -> Result<Account>;
    async fn account_by_email(&self, email: &str) -> Result<Option<Account>>;
    async fn account(&self, id: &AccountId) -> Result<Option<Account>>;
    /// Every account with its roles, ordered by e-mail address.
    async fn accounts(&self) -> Result<Vec<(Account, Vec<Membership>)>>;
    /// How many accounts there are.
    async fn account_count(&self) -> Result<u64>;
    /// Sets the password and ends every session of the account; with its audit entry,
    /// in one transaction.
    async fn set_password(
        &self,
        account_id: &AccountId,
        password_hash: &str,
        audit: Option<&AuditEntry>,
    ) -> Result<()>;
    async fn add_membership(&self, account_id: &AccountId, membership: &Membership) -> Result<()>;
    /// Stores a second-factor secret being set up (None: forget it).
    async fn set_totp_pending(&self, account_id: &AccountId, secret: Option<&str>) -> Result<()>;
    /// Turns the second factor on with this secret, or off (None); forgets a pending one.
    /// With its audit entry, in one transaction.
    async fn set_totp(
        &self,
        account_id: &AccountId,
        secret: Option<&str>,
        audit: Option<&AuditEntry>,
    ) -> Result<()>;
    /// The language the person reads mail in, with its audit entry in one transaction.
    async fn set_mail_lang(
        &self,
        account_id: &AccountId,
        lang: &str,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Sets (or with `None` removes) the first name shown on referral timelines, audited.
    async fn set_first_name(
        &self,
        account_id: &AccountId,
        first_name: Option<&str>,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Records that the code of time step `step` was used; false if it, or a later one,
    /// was used before (so a code works once).
    async fn use_totp_step(&self, account_id: &AccountId, step: i64) -> Result<bool>;
    /// How many accounts hold a second-factor secret not yet sealed (written before
    /// sealing began).
    async fn plain_secrets(&self) -> Result<u64>;
    async fn memberships(&self, account_id: &AccountId) -> Result<Vec<Membership>>;
    /// The editors of each organization, by organization and e-mail address.
    async fn editors_of(&self, organization_ids: &[OrganizationId]) -> Result<Vec<Editor>> {
        self.members_of(Role::Editor, organization_ids).await
    }
    /// The enabled accounts holding `role` in one of the organizations, with the language
    /// they read mail in.
    async fn members_of(
        &self,
        role: Role,
        organization_ids: &[OrganizationId],
    ) -> Result<Vec<Editor>>;

    async fn create_session(
        &self,
        token_hash: &str,
        account_id: &AccountId,
        csrf: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<()>;
    /// The session of a cookie: not expired, not idle since `idle_since`, its account not
    /// disabled. Using it marks it as seen (at most once a minute).
    async fn session(
        &self,
        token_hash: &str,
        now: i64,
        idle_since: i64,
    ) -> Result<Option<SessionRow>>;
    /// Takes a role away and ends the account's sessions, with its audit entry, in one
    /// transaction. `false` if the account did not hold it.
    async fn remove_membership(
        &self,
        account_id: &AccountId,
        membership: &Membership,
        audit: &AuditEntry,
    ) -> Result<bool>;
    /// Disables an account (its sessions end, its unused links stop working) or enables it
    /// again, with its audit entry. `false` if it already was.
    async fn set_disabled(
        &self,
        account_id: &AccountId,
        disabled: bool,
        audit: &AuditEntry,
    ) -> Result<bool>;
    async fn delete_session(&self, token_hash: &str) -> Result<()>;

    /// Stores a one-time token, with the audit entry of its making (an invitation), in
    /// one transaction.
    async fn create_token(
        &self,
        token_hash: &str,
        token: &OneTimeToken,
        audit: Option<&AuditEntry>,
    ) -> Result<()>;
    async fn token(&self, token_hash: &str) -> Result<Option<OneTimeToken>>;
    /// Redeems an invitation (creating the account if needed, with this password, and
    /// granting its role) or a password reset (setting the password, ending sessions) in
    /// one transaction. Returns the account.
    async fn redeem_token(
        &self,
        token_hash: &str,
        password_hash: Option<&str>,
        now: i64,
    ) -> Result<std::result::Result<Account, TokenProblem>>;

    /// Reserves one attempt (a password, a code, a reset mail) against every limit: each
    /// key's attempts since its window began are counted and, if all are under their
    /// limit, the attempt is recorded under every key at once, while parallel attempts on
    /// the same keys wait. So a burst evaluates at most the limit, on every node. `false`
    /// (nothing recorded) when a key has reached its limit.
    async fn reserve_attempt(
        &self,
        attempt: &str,
        limits: &[AttemptLimit],
        now: i64,
    ) -> Result<bool>;
    /// The attempt succeeded: it no longer counts against any key.
    async fn release_attempt(&self, attempt: &str) -> Result<()>;
    /// Attempts recorded for `key` since `since`.
    async fn attempts(&self, key: &str, since: i64) -> Result<u64>;
    /// Forgets every attempt of `key` (a correct sign-in clears its address).
    async fn clear_attempts(&self, key: &str) -> Result<()>;
}

/// A limit on attempts per key: at most `max` since `since` (Unix seconds).
#[derive(Clone, Debug)]
pub struct AttemptLimit {
    pub key: String,
    pub max: u64,
    pub since: i64,
}

const ACCOUNT_COLUMNS: &str =
    "id, email, password_hash, created_at, disabled, totp_secret, totp_pending, lang, first_name";

/// A stored role; an unknown one is an error, never a guess.
fn membership_of(role: &str, organization_id: Option<String>) -> Result<Membership> {
    let role = role.parse().map_err(|_| StoreError::UnknownValue {
        what: "role",
        value: role.to_string(),
    })?;
    Ok(Membership {
        role,
        organization_id: organization_id
            .filter(|o| !o.is_empty())
            .map(OrganizationId::new),
    })
}

async fn account_by(db: &impl Exec, column: Lookup, value: &str) -> Result<Option<Account>> {
    let column = match column {
        Lookup::Id => "id",
        Lookup::Email => "email",
    };
    db.fetch_optional(
        sql(format!(
            "SELECT {ACCOUNT_COLUMNS} FROM account WHERE {column} = $1"
        ))
        .bind(value),
    )
    .await
}

/// The columns an account is looked up by.
#[derive(Clone, Copy)]
enum Lookup {
    Id,
    Email,
}

/// Inserts an account; None if the address has one already (also when another
/// transaction made it a moment ago: the insert then waits for it and does nothing).
async fn insert_account(
    tx: &Tx,
    email: &str,
    password_hash: Option<&str>,
    now: i64,
) -> Result<Option<Account>> {
    let id = uuid::Uuid::new_v4().to_string();
    let inserted = tx
        .execute(
            sql(
                "INSERT INTO account (id, email, password_hash, created_at, disabled) \
                 VALUES ($1, $2, $3, $4, FALSE) ON CONFLICT (email) DO NOTHING",
            )
            .bind(&id)
            .bind(email)
            .bind(password_hash)
            .bind(now),
        )
        .await?;
    Ok((inserted == 1).then(|| Account {
        id: AccountId::new(id),
        email: email.to_string(),
        password_hash: password_hash.map(str::to_string),
        created_at: now,
        disabled: false,
        totp_secret: None,
        totp_pending: None,
        lang: None,
        first_name: None,
    }))
}

async fn set_password_in(tx: &Tx, account_id: &AccountId, password_hash: &str) -> Result<()> {
    let done = tx
        .execute(
            sql("UPDATE account SET password_hash = $1 WHERE id = $2")
                .bind(password_hash)
                .bind(account_id),
        )
        .await?;
    if done == 0 {
        return Err(StoreError::NotFound);
    }
    tx.execute(sql("DELETE FROM session WHERE account_id = $1").bind(account_id))
        .await?;
    Ok(())
}

/// The organization column of a membership: coordinators hold their role for the whole
/// network, stored as ''.
fn organization_key(m: &Membership) -> String {
    if m.role.is_network_wide() {
        String::new()
    } else {
        m.organization_id
            .as_ref()
            .map(|o| o.as_str().to_string())
            .unwrap_or_default()
    }
}

async fn add_membership_in(tx: &Tx, account_id: &AccountId, m: &Membership) -> Result<()> {
    let org = organization_key(m);
    tx.execute(
        sql(
            "INSERT INTO membership (account_id, role, organization_id) VALUES ($1, $2, $3) \
             ON CONFLICT (account_id, role, organization_id) DO NOTHING",
        )
        .bind(account_id)
        .bind(m.role.as_str())
        .bind(org),
    )
    .await?;
    Ok(())
}

type TokenLine = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
    i64,
    Option<i64>,
    Option<String>,
);

async fn count_attempts(db: &impl Exec, key: &str, since: i64) -> Result<u64> {
    let (n,): (i64,) = db
        .fetch_one(
            sql("SELECT COUNT(*) FROM login_failure WHERE key = $1 AND at >= $2")
                .bind(key)
                .bind(since),
        )
        .await?;
    Ok(u64::try_from(n).unwrap_or(0))
}

async fn token_in(db: &impl Exec, token_hash: &str) -> Result<Option<OneTimeToken>> {
    let row: Option<TokenLine> = db
        .fetch_optional(
            sql("SELECT kind, email, role, organization_id, created_by, created_at, expires_at, used_at, \
                 lang FROM one_time_token WHERE token_hash = $1")
            .bind(token_hash),
        )
        .await?;
    let Some((kind, email, role, org, created_by, created_at, expires_at, used_at, lang)) = row
    else {
        return Ok(None);
    };
    Ok(Some(OneTimeToken {
        kind: kind.parse()?,
        email,
        membership: role.map(|r| membership_of(&r, org)).transpose()?,
        created_by: created_by.map(AccountId::new),
        created_at,
        expires_at,
        used_at,
        lang,
    }))
}

#[async_trait]
impl Accounts for SqlStore {
    async fn create_account(
        &self,
        email: &str,
        password_hash: Option<&str>,
        now: i64,
    ) -> Result<Account> {
        let tx = self.pool.begin().await?;
        let account = insert_account(&tx, email, password_hash, now)
            .await?
            .ok_or_else(|| {
                StoreError::Conflict("an account with this e-mail address exists".into())
            })?;
        tx.commit().await?;
        Ok(account)
    }

    async fn account_by_email(&self, email: &str) -> Result<Option<Account>> {
        account_by(&self.pool, Lookup::Email, email).await
    }

    async fn account(&self, id: &AccountId) -> Result<Option<Account>> {
        account_by(&self.pool, Lookup::Id, id.as_str()).await
    }

    async fn accounts(&self) -> Result<Vec<(Account, Vec<Membership>)>> {
        let accounts: Vec<Account> = self
            .pool
            .fetch_all(sql(format!(
                "SELECT {ACCOUNT_COLUMNS} FROM account ORDER BY email"
            )))
            .await?;
        let members: Vec<(String, String, String)> = self
            .pool
            .fetch_all(sql(
                "SELECT account_id, role, organization_id FROM membership ORDER BY role, organization_id",
            ))
            .await?;
        accounts
            .into_iter()
            .map(|a| {
                let ms = members
                    .iter()
                    .filter(|(id, _, _)| a.id == *id)
                    .map(|(_, r, o)| membership_of(r, Some(o.clone())))
                    .collect::<Result<Vec<_>>>()?;
                Ok((a, ms))
            })
            .collect()
    }

    async fn account_count(&self) -> Result<u64> {
        let (n,): (i64,) = self
            .pool
            .fetch_one(sql("SELECT COUNT(*) FROM account"))
            .await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn set_password(
        &self,
        account_id: &AccountId,
        password_hash: &str,
        audit: Option<&AuditEntry>,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        set_password_in(&tx, account_id, password_hash).await?;
        if let Some(entry) = audit {
            insert_audit(&tx, entry).await?;
        }
        tx.commit().await
    }

    async fn add_membership(&self, account_id: &AccountId, membership: &Membership) -> Result<()> {
        let tx = self.pool.begin().await?;
        add_membership_in(&tx, account_id, membership).await?;
        tx.commit().await
    }

    async fn set_totp_pending(&self, account_id: &AccountId, secret: Option<&str>) -> Result<()> {
        self.pool
            .execute(
                sql("UPDATE account SET totp_pending = $1 WHERE id = $2")
                    .bind(secret)
                    .bind(account_id),
            )
            .await?;
        Ok(())
    }

    async fn set_totp(
        &self,
        account_id: &AccountId,
        secret: Option<&str>,
        audit: Option<&AuditEntry>,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        tx.execute(
            sql("UPDATE account SET totp_secret = $1, totp_pending = NULL WHERE id = $2")
                .bind(secret)
                .bind(account_id),
        )
        .await?;
        if let Some(entry) = audit {
            insert_audit(&tx, entry).await?;
        }
        tx.commit().await
    }

    async fn set_mail_lang(
        &self,
        account_id: &AccountId,
        lang: &str,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        tx.execute(
            sql("UPDATE account SET lang = $1 WHERE id = $2")
                .bind(lang)
                .bind(account_id),
        )
        .await?;
        insert_audit(&tx, audit).await?;
        tx.commit().await
    }

    async fn set_first_name(
        &self,
        account_id: &AccountId,
        first_name: Option<&str>,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        tx.execute(
            sql("UPDATE account SET first_name = $1 WHERE id = $2")
                .bind(first_name)
                .bind(account_id),
        )
        .await?;
        insert_audit(&tx, audit).await?;
        tx.commit().await
    }

    async fn plain_secrets(&self) -> Result<u64> {
        let (n,): (i64,) = self
            .pool
            .fetch_one(
                sql(
                    "SELECT COUNT(*) FROM account WHERE totp_secret NOT LIKE $1 \
                     OR totp_pending NOT LIKE $1",
                )
                .bind(format!("{}%", crate::sealing::SEALED_TEXT)),
            )
            .await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn use_totp_step(&self, account_id: &AccountId, step: i64) -> Result<bool> {
        let done = self
            .pool
            .execute(
                sql("UPDATE account SET totp_last_step = $1 WHERE id = $2 \
                     AND (totp_last_step IS NULL OR totp_last_step < $1)")
                .bind(step)
                .bind(account_id),
            )
            .await?;
        Ok(done == 1)
    }

    async fn memberships(&self, account_id: &AccountId) -> Result<Vec<Membership>> {
        let rows: Vec<(String, String)> = self
            .pool
            .fetch_all(
                sql(
                    "SELECT role, organization_id FROM membership WHERE account_id = $1 \
                     ORDER BY role, organization_id",
                )
                .bind(account_id),
            )
            .await?;
        rows.into_iter()
            .map(|(r, o)| membership_of(&r, Some(o)))
            .collect()
    }

    async fn members_of(
        &self,
        role: Role,
        organization_ids: &[OrganizationId],
    ) -> Result<Vec<Editor>> {
        let mut out = Vec::new();
        for chunk in organization_ids.chunks(500) {
            let mut q = sql(
                "SELECT m.organization_id, a.email, a.lang FROM membership m \
                 JOIN account a ON a.id = m.account_id \
                 WHERE m.role = $1 AND NOT a.disabled AND m.organization_id IN ",
            )
            .bind(role.as_str());
            q.push_tuple(chunk)
                .push(" ORDER BY m.organization_id, a.email");
            out.extend(self.pool.fetch_all::<Editor>(q).await?);
        }
        Ok(out)
    }

    async fn create_session(
        &self,
        token_hash: &str,
        account_id: &AccountId,
        csrf: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<()> {
        // Expired sessions go whenever a new one starts: no sweeper needed.
        self.pool
            .execute(sql("DELETE FROM session WHERE expires_at < $1").bind(now))
            .await?;
        self.pool
            .execute(
                sql(
                    "INSERT INTO session (token_hash, account_id, csrf, created_at, expires_at, \
                     last_seen) VALUES ($1, $2, $3, $4, $5, $4)",
                )
                .bind(token_hash)
                .bind(account_id)
                .bind(csrf)
                .bind(now)
                .bind(expires_at),
            )
            .await?;
        Ok(())
    }

    async fn session(
        &self,
        token_hash: &str,
        now: i64,
        idle_since: i64,
    ) -> Result<Option<SessionRow>> {
        let row: Option<SessionRow> = self
            .pool
            .fetch_optional(
                sql("SELECT s.account_id, s.csrf, s.expires_at FROM session s \
                     JOIN account a ON a.id = s.account_id \
                     WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen >= $3 \
                     AND NOT a.disabled")
                .bind(token_hash)
                .bind(now)
                .bind(idle_since),
            )
            .await?;
        if row.is_some() {
            // At most one write a minute per session.
            self.pool
                .execute(
                    sql("UPDATE session SET last_seen = $2 WHERE token_hash = $1 AND last_seen < $3")
                        .bind(token_hash)
                        .bind(now)
                        .bind(now - 60),
                )
                .await?;
        }
        Ok(row)
    }

    async fn remove_membership(
        &self,
        account_id: &AccountId,
        membership: &Membership,
        audit: &AuditEntry,
    ) -> Result<bool> {
        let org = organization_key(membership);
        let tx = self.pool.begin().await?;
        let removed = tx
            .execute(
                sql("DELETE FROM membership WHERE account_id = $1 AND role = $2 AND organization_id = $3")
                    .bind(account_id)
                    .bind(membership.role.as_str())
                    .bind(org),
            )
            .await?;
        if removed == 0 {
            return Ok(false);
        }
        tx.execute(sql("DELETE FROM session WHERE account_id = $1").bind(account_id))
            .await?;
        insert_audit(&tx, audit).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn set_disabled(
        &self,
        account_id: &AccountId,
        disabled: bool,
        audit: &AuditEntry,
    ) -> Result<bool> {
        let tx = self.pool.begin().await?;
        let changed = tx
            .execute(
                sql("UPDATE account SET disabled = $2 WHERE id = $1 AND disabled <> $2")
                    .bind(account_id)
                    .bind(disabled),
            )
            .await?;
        if changed == 0 {
            return Ok(false);
        }
        if disabled {
            tx.execute(sql("DELETE FROM session WHERE account_id = $1").bind(account_id))
                .await?;
            // Reset and second-factor links of the account stop working too.
            tx.execute(
                sql(
                    "DELETE FROM one_time_token WHERE used_at IS NULL AND kind <> 'invitation' \
                     AND email = (SELECT email FROM account WHERE id = $1)",
                )
                .bind(account_id),
            )
            .await?;
        }
        insert_audit(&tx, audit).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn delete_session(&self, token_hash: &str) -> Result<()> {
        self.pool
            .execute(sql("DELETE FROM session WHERE token_hash = $1").bind(token_hash))
            .await?;
        Ok(())
    }

    async fn create_token(
        &self,
        token_hash: &str,
        t: &OneTimeToken,
        audit: Option<&AuditEntry>,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        tx.execute(
            sql("INSERT INTO one_time_token \
                 (token_hash, kind, email, role, organization_id, created_by, created_at, expires_at, \
                 lang) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
            .bind(token_hash)
            .bind(t.kind.as_str())
            .bind(&t.email)
            .bind(t.membership.as_ref().map(|m| m.role.as_str()))
            .bind(
                t.membership
                    .as_ref()
                    .and_then(|m| m.organization_id.as_ref())
                    .map(|o| o.as_str()),
            )
            .bind(t.created_by.as_ref().map(|a| a.as_str()))
            .bind(t.created_at)
            .bind(t.expires_at)
            .bind(&t.lang),
        )
        .await?;
        if let Some(entry) = audit {
            insert_audit(&tx, entry).await?;
        }
        tx.commit().await
    }

    async fn token(&self, token_hash: &str) -> Result<Option<OneTimeToken>> {
        token_in(&self.pool, token_hash).await
    }

    async fn redeem_token(
        &self,
        token_hash: &str,
        password_hash: Option<&str>,
        now: i64,
    ) -> Result<std::result::Result<Account, TokenProblem>> {
        let tx = self.pool.begin().await?;
        // Writes first: of two concurrent redemptions one wins, and SQLite takes its
        // write lock at once instead of failing to upgrade a read.
        let done = tx
            .execute(
                sql("UPDATE one_time_token SET used_at = $1 \
                     WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1")
                .bind(now)
                .bind(token_hash),
            )
            .await?;
        let Some(token) = token_in(&tx, token_hash).await? else {
            return Ok(Err(TokenProblem::Unknown));
        };
        if done != 1 {
            return Ok(Err(if token.used_at.is_some() {
                TokenProblem::Used
            } else {
                TokenProblem::Expired
            }));
        }
        let existing = account_by(&tx, Lookup::Email, &token.email).await?;
        let mut account = match (token.kind, existing) {
            (TokenKind::Invitation, Some(a)) => a,
            (TokenKind::Invitation, None) => {
                match insert_account(&tx, &token.email, password_hash, now).await? {
                    Some(a) => a,
                    // Another invitation of the same address was accepted at this very
                    // moment and made the account: this one adds its role to it.
                    None => account_by(&tx, Lookup::Email, &token.email)
                        .await?
                        .ok_or(StoreError::NotFound)?,
                }
            }
            (TokenKind::PasswordReset, Some(a)) => {
                if let Some(h) = password_hash {
                    set_password_in(&tx, &a.id, h).await?;
                }
                a
            }
            (TokenKind::SecondFactor, Some(a)) => a,
            (TokenKind::PasswordReset | TokenKind::SecondFactor, None) => {
                return Ok(Err(TokenProblem::Unknown));
            }
        };
        if token.kind == TokenKind::Invitation {
            if let Some(h) = password_hash
                && account.password_hash.is_none()
            {
                set_password_in(&tx, &account.id, h).await?;
            }
            if let Some(m) = &token.membership {
                add_membership_in(&tx, &account.id, m).await?;
            }
            // The language the inviter chose for the person's mail, until they choose.
            if let Some(lang) = token.lang.as_deref()
                && account.lang.is_none()
            {
                tx.execute(
                    sql("UPDATE account SET lang = $1 WHERE id = $2")
                        .bind(lang)
                        .bind(&account.id),
                )
                .await?;
                account.lang = Some(lang.to_string());
            }
        }
        tx.commit().await?;
        Ok(Ok(account))
    }

    async fn reserve_attempt(
        &self,
        attempt: &str,
        limits: &[AttemptLimit],
        now: i64,
    ) -> Result<bool> {
        let mut limits: Vec<&AttemptLimit> = limits.iter().collect();
        // One order for the locks, so two attempts never wait on each other.
        limits.sort_by(|a, b| a.key.cmp(&b.key));
        let tx = self.pool.begin().await?;
        for limit in &limits {
            tx.lock_key(&limit.key).await?;
        }
        for limit in &limits {
            if count_attempts(&tx, &limit.key, limit.since).await? >= limit.max {
                return Ok(false);
            }
        }
        for limit in &limits {
            tx.execute(
                sql("INSERT INTO login_failure (key, at, attempt) VALUES ($1, $2, $3)")
                    .bind(&limit.key)
                    .bind(now)
                    .bind(attempt),
            )
            .await?;
        }
        // Attempts older than a day no longer count for anything.
        tx.execute(sql("DELETE FROM login_failure WHERE at < $1").bind(now - 86_400))
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn release_attempt(&self, attempt: &str) -> Result<()> {
        self.pool
            .execute(sql("DELETE FROM login_failure WHERE attempt = $1").bind(attempt))
            .await?;
        Ok(())
    }

    async fn attempts(&self, key: &str, since: i64) -> Result<u64> {
        count_attempts(&self.pool, key, since).await
    }

    async fn clear_attempts(&self, key: &str) -> Result<()> {
        self.pool
            .execute(sql("DELETE FROM login_failure WHERE key = $1").bind(key))
            .await?;
        Ok(())
    }
}
