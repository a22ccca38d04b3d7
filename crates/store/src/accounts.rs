//! Accounts, sessions, one-time tokens (invitations, password resets), login failures,
//! the audit log, the mail outbox, job leases and freshness reminders.
//!
//! The SQL is the same for both engines (numbered `$n` parameters, Unix-second times),
//! so one macro implements [`Accounts`] for each.

use async_trait::async_trait;
use beratungsnetz_core::accounts::{Membership, Role};

use crate::Result;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub email: String,
    pub password_hash: Option<String>,
    pub created_at: i64,
    pub disabled: bool,
    /// Base32 secret of the second factor, when one is set up.
    pub totp_secret: Option<String>,
    /// A secret being set up, not yet confirmed with a code.
    pub totp_pending: Option<String>,
}

/// A signed-in browser: whose it is and the token its forms must carry.
#[derive(Clone, Debug)]
pub struct SessionRow {
    pub account_id: String,
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
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Invitation => "invitation",
            TokenKind::PasswordReset => "password_reset",
            TokenKind::SecondFactor => "second_factor",
        }
    }
}

/// An invitation or a password reset, as stored (the link's token only as a hash).
#[derive(Clone, Debug)]
pub struct OneTimeToken {
    pub kind: TokenKind,
    pub email: String,
    /// The role an invitation grants, and for which organization.
    pub membership: Option<Membership>,
    pub created_by: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

/// Why a token could not be redeemed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenProblem {
    Unknown,
    Expired,
    Used,
}

/// One line of the audit log: who changed what, when, before and after (JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: i64,
    pub account_id: Option<String>,
    /// The e-mail address of the account, or `cli` / `system`.
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub organization_id: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub actor: Option<String>,
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub organization_id: Option<String>,
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub limit: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredMail {
    pub seq: i64,
    pub at: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

/// A service whose entry was last verified before a cut-off date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaleService {
    pub id: String,
    pub name: String,
    pub organization_id: Option<String>,
    pub organization_name: Option<String>,
    /// `assured_date`, else `last_modified`, as stored (ISO 8601).
    pub verified: Option<String>,
}

pub(crate) fn role_of(s: &str) -> Role {
    s.parse().unwrap_or(Role::Counsellor)
}

pub(crate) fn membership_of(role: &str, org: Option<String>) -> Membership {
    Membership {
        role: role_of(role),
        organization_id: org.filter(|o| !o.is_empty()),
    }
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
    async fn account(&self, id: &str) -> Result<Option<Account>>;
    /// Every account with its roles, ordered by e-mail address.
    async fn accounts(&self) -> Result<Vec<(Account, Vec<Membership>)>>;
    /// Sets the password and ends every session of the account.
    async fn set_password(&self, account_id: &str, password_hash: &str) -> Result<()>;
    async fn add_membership(&self, account_id: &str, membership: &Membership) -> Result<()>;
    /// Stores a second-factor secret being set up (None: forget it).
    async fn set_totp_pending(&self, account_id: &str, secret: Option<&str>) -> Result<()>;
    /// Turns the second factor on with this secret, or off (None); forgets a pending one.
    async fn set_totp(&self, account_id: &str, secret: Option<&str>) -> Result<()>;
    /// Records that the code of time step `step` was used; false if it, or a later one,
    /// was used before (so a code works once).
    async fn use_totp_step(&self, account_id: &str, step: i64) -> Result<bool>;
    async fn memberships(&self, account_id: &str) -> Result<Vec<Membership>>;
    /// E-mail addresses of the editors of each organization: (organization id, e-mail).
    async fn editors_of(&self, organization_ids: &[String]) -> Result<Vec<(String, String)>>;

    async fn create_session(
        &self,
        token_hash: &str,
        account_id: &str,
        csrf: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<()>;
    /// The unexpired session of a token hash.
    async fn session(&self, token_hash: &str, now: i64) -> Result<Option<SessionRow>>;
    async fn delete_session(&self, token_hash: &str) -> Result<()>;

    async fn create_token(&self, token_hash: &str, token: &OneTimeToken) -> Result<()>;
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

    async fn record_login_failure(&self, keys: &[String], now: i64) -> Result<()>;
    async fn login_failures(&self, key: &str, since: i64) -> Result<u64>;
    async fn clear_login_failures(&self, key: &str) -> Result<()>;

    async fn append_audit(&self, entry: &AuditEntry) -> Result<()>;
    /// Newest first.
    async fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>>;
    /// Deletes entries older than `before`; returns how many.
    async fn purge_audit(&self, before: i64) -> Result<u64>;

    async fn store_mail(&self, recipient: &str, subject: &str, body: &str, now: i64) -> Result<()>;
    /// Newest first.
    async fn mails(&self, limit: u64) -> Result<Vec<StoredMail>>;

    /// Takes or renews the lease of a background job until `until`; false if another
    /// holder's lease is still running.
    async fn take_lease(&self, name: &str, holder: &str, now: i64, until: i64) -> Result<bool>;

    /// Active services last verified before `cutoff` (an ISO date), oldest first.
    async fn stale_services(&self, cutoff: &str, limit: u64) -> Result<Vec<StaleService>>;
    /// For each service, the verification date a reminder was last sent for.
    async fn reminders_sent(&self, service_ids: &[String]) -> Result<Vec<(String, String)>>;
    async fn record_reminder(&self, service_id: &str, verified: &str, now: i64) -> Result<()>;
}

/// Implements [`Accounts`] for an engine; `$db` is the sqlx driver.
macro_rules! accounts_impl {
    ($db:ty, $store:ty) => {
        #[async_trait::async_trait]
        impl $crate::accounts::Accounts for $store {
            async fn create_account(
                &self,
                email: &str,
                password_hash: Option<&str>,
                now: i64,
            ) -> $crate::Result<$crate::accounts::Account> {
                let mut tx = self.pool.begin().await?;
                let account = create_account_tx(&mut tx, email, password_hash, now).await?;
                tx.commit().await?;
                Ok(account)
            }

            async fn account_by_email(&self, email: &str) -> $crate::Result<Option<$crate::accounts::Account>> {
                account_where(&self.pool, "email", email).await
            }

            async fn account(&self, id: &str) -> $crate::Result<Option<$crate::accounts::Account>> {
                account_where(&self.pool, "id", id).await
            }

            async fn accounts(
                &self,
            ) -> $crate::Result<Vec<($crate::accounts::Account, Vec<beratungsnetz_core::accounts::Membership>)>> {
                #[allow(clippy::type_complexity)]
                let rows: Vec<(String, String, Option<String>, i64, bool, Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT id, email, password_hash, created_at, disabled, totp_secret, totp_pending FROM account ORDER BY email",
                )
                .fetch_all(&self.pool)
                .await?;
                let members: Vec<(String, String, String)> = sqlx::query_as(
                    "SELECT account_id, role, organization_id FROM membership ORDER BY role, organization_id",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, email, password_hash, created_at, disabled, totp_secret, totp_pending)| {
                        let ms = members
                            .iter()
                            .filter(|(a, _, _)| *a == id)
                            .map(|(_, r, o)| $crate::accounts::membership_of(r, Some(o.clone())))
                            .collect();
                        (
                            $crate::accounts::Account { id, email, password_hash, created_at, disabled, totp_secret, totp_pending },
                            ms,
                        )
                    })
                    .collect())
            }

            async fn set_password(&self, account_id: &str, password_hash: &str) -> $crate::Result<()> {
                let mut tx = self.pool.begin().await?;
                set_password_tx(&mut tx, account_id, password_hash).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn add_membership(
                &self,
                account_id: &str,
                membership: &beratungsnetz_core::accounts::Membership,
            ) -> $crate::Result<()> {
                let mut tx = self.pool.begin().await?;
                add_membership_tx(&mut tx, account_id, membership).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn set_totp_pending(&self, account_id: &str, secret: Option<&str>) -> $crate::Result<()> {
                sqlx::query("UPDATE account SET totp_pending = $1 WHERE id = $2")
                    .bind(secret)
                    .bind(account_id)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn set_totp(&self, account_id: &str, secret: Option<&str>) -> $crate::Result<()> {
                sqlx::query("UPDATE account SET totp_secret = $1, totp_pending = NULL WHERE id = $2")
                    .bind(secret)
                    .bind(account_id)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn use_totp_step(&self, account_id: &str, step: i64) -> $crate::Result<bool> {
                let done = sqlx::query(
                    "UPDATE account SET totp_last_step = $1 WHERE id = $2 \
                     AND (totp_last_step IS NULL OR totp_last_step < $1)",
                )
                .bind(step)
                .bind(account_id)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn memberships(
                &self,
                account_id: &str,
            ) -> $crate::Result<Vec<beratungsnetz_core::accounts::Membership>> {
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT role, organization_id FROM membership WHERE account_id = $1 ORDER BY role, organization_id",
                )
                .bind(account_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(r, o)| $crate::accounts::membership_of(&r, Some(o)))
                    .collect())
            }

            async fn editors_of(&self, organization_ids: &[String]) -> $crate::Result<Vec<(String, String)>> {
                let mut out = Vec::new();
                for chunk in organization_ids.chunks(500) {
                    let mut qb = sqlx::QueryBuilder::<$db>::new(
                        "SELECT m.organization_id, a.email FROM membership m JOIN account a ON a.id = m.account_id \
                         WHERE m.role = 'editor' AND NOT a.disabled AND m.organization_id IN (",
                    );
                    let mut sep = qb.separated(", ");
                    for id in chunk {
                        sep.push_bind(id.clone());
                    }
                    qb.push(") ORDER BY m.organization_id, a.email");
                    let rows: Vec<(String, String)> = qb.build_query_as().fetch_all(&self.pool).await?;
                    out.extend(rows);
                }
                Ok(out)
            }

            async fn create_session(
                &self,
                token_hash: &str,
                account_id: &str,
                csrf: &str,
                now: i64,
                expires_at: i64,
            ) -> $crate::Result<()> {
                // Expired sessions go whenever a new one starts: no sweeper needed.
                sqlx::query("DELETE FROM session WHERE expires_at < $1")
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                sqlx::query(
                    "INSERT INTO session (token_hash, account_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(token_hash)
                .bind(account_id)
                .bind(csrf)
                .bind(now)
                .bind(expires_at)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn session(&self, token_hash: &str, now: i64) -> $crate::Result<Option<$crate::accounts::SessionRow>> {
                let row: Option<(String, String, i64)> = sqlx::query_as(
                    "SELECT s.account_id, s.csrf, s.expires_at FROM session s JOIN account a ON a.id = s.account_id \
                     WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT a.disabled",
                )
                .bind(token_hash)
                .bind(now)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(account_id, csrf, expires_at)| $crate::accounts::SessionRow {
                    account_id,
                    csrf,
                    expires_at,
                }))
            }

            async fn delete_session(&self, token_hash: &str) -> $crate::Result<()> {
                sqlx::query("DELETE FROM session WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn create_token(&self, token_hash: &str, t: &$crate::accounts::OneTimeToken) -> $crate::Result<()> {
                sqlx::query(
                    "INSERT INTO one_time_token (token_hash, kind, email, role, organization_id, created_by, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(token_hash)
                .bind(t.kind.as_str())
                .bind(&t.email)
                .bind(t.membership.as_ref().map(|m| m.role.as_str()))
                .bind(t.membership.as_ref().and_then(|m| m.organization_id.clone()))
                .bind(&t.created_by)
                .bind(t.created_at)
                .bind(t.expires_at)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn token(&self, token_hash: &str) -> $crate::Result<Option<$crate::accounts::OneTimeToken>> {
                let mut conn = self.pool.acquire().await?;
                token_in(&mut conn, token_hash).await
            }

            async fn redeem_token(
                &self,
                token_hash: &str,
                password_hash: Option<&str>,
                now: i64,
            ) -> $crate::Result<std::result::Result<$crate::accounts::Account, $crate::accounts::TokenProblem>> {
                use $crate::accounts::{TokenKind, TokenProblem};
                let mut tx = self.pool.begin().await?;
                // Writes first: of two concurrent redemptions one wins, and SQLite takes
                // its write lock at once instead of failing to upgrade a read.
                let done = sqlx::query(
                    "UPDATE one_time_token SET used_at = $1 \
                     WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
                )
                .bind(now)
                .bind(token_hash)
                .execute(&mut *tx)
                .await?;
                let Some(token) = token_in(&mut tx, token_hash).await? else {
                    return Ok(Err(TokenProblem::Unknown));
                };
                if done.rows_affected() != 1 {
                    return Ok(Err(if token.used_at.is_some() {
                        TokenProblem::Used
                    } else {
                        TokenProblem::Expired
                    }));
                }
                let existing = account_where(&mut *tx, "email", &token.email).await?;
                let account = match (token.kind, existing) {
                    (TokenKind::Invitation, Some(a)) => a,
                    (TokenKind::Invitation, None) => {
                        create_account_tx(&mut tx, &token.email, password_hash, now).await?
                    }
                    (TokenKind::PasswordReset, Some(a)) => {
                        if let Some(h) = password_hash {
                            set_password_tx(&mut tx, &a.id, h).await?;
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
                        set_password_tx(&mut tx, &account.id, h).await?;
                    }
                    if let Some(m) = &token.membership {
                        add_membership_tx(&mut tx, &account.id, m).await?;
                    }
                }
                tx.commit().await?;
                Ok(Ok(account))
            }

            async fn record_login_failure(&self, keys: &[String], now: i64) -> $crate::Result<()> {
                let mut tx = self.pool.begin().await?;
                for key in keys {
                    sqlx::query("INSERT INTO login_failure (key, at) VALUES ($1, $2)")
                        .bind(key)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                }
                // Failures older than a day no longer count for anything.
                sqlx::query("DELETE FROM login_failure WHERE at < $1")
                    .bind(now - 86_400)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn login_failures(&self, key: &str, since: i64) -> $crate::Result<u64> {
                let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM login_failure WHERE key = $1 AND at >= $2")
                    .bind(key)
                    .bind(since)
                    .fetch_one(&self.pool)
                    .await?;
                Ok(n.max(0) as u64)
            }

            async fn clear_login_failures(&self, key: &str) -> $crate::Result<()> {
                sqlx::query("DELETE FROM login_failure WHERE key = $1")
                    .bind(key)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn append_audit(&self, e: &$crate::accounts::AuditEntry) -> $crate::Result<()> {
                let mut conn = self.pool.acquire().await?;
                insert_audit(&mut conn, e).await
            }

            async fn audit(&self, f: &$crate::accounts::AuditFilter) -> $crate::Result<Vec<$crate::accounts::AuditEntry>> {
                let mut qb = sqlx::QueryBuilder::<$db>::new(
                    "SELECT seq, at, account_id, actor, action, entity, entity_id, organization_id, before, after \
                     FROM audit_log WHERE 1 = 1",
                );
                if let Some(v) = &f.actor {
                    qb.push(" AND actor = ").push_bind(v.clone());
                }
                if let Some(v) = &f.entity {
                    qb.push(" AND entity = ").push_bind(v.clone());
                }
                if let Some(v) = &f.entity_id {
                    qb.push(" AND entity_id = ").push_bind(v.clone());
                }
                if let Some(v) = &f.organization_id {
                    qb.push(" AND organization_id = ").push_bind(v.clone());
                }
                if let Some(v) = f.from {
                    qb.push(" AND at >= ").push_bind(v);
                }
                if let Some(v) = f.to {
                    qb.push(" AND at < ").push_bind(v);
                }
                qb.push(" ORDER BY seq DESC LIMIT ").push_bind(f.limit.clamp(1, 10_000) as i64);
                #[allow(clippy::type_complexity)]
                let rows: Vec<(i64, i64, Option<String>, String, String, String, String, Option<String>, Option<String>, Option<String>)> =
                    qb.build_query_as().fetch_all(&self.pool).await?;
                Ok(rows
                    .into_iter()
                    .map(|(seq, at, account_id, actor, action, entity, entity_id, organization_id, before, after)| {
                        $crate::accounts::AuditEntry {
                            seq, at, account_id, actor, action, entity, entity_id, organization_id, before, after,
                        }
                    })
                    .collect())
            }

            async fn purge_audit(&self, before: i64) -> $crate::Result<u64> {
                let done = sqlx::query("DELETE FROM audit_log WHERE at < $1")
                    .bind(before)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }

            async fn store_mail(&self, recipient: &str, subject: &str, body: &str, now: i64) -> $crate::Result<()> {
                sqlx::query("INSERT INTO mail_outbox (at, recipient, subject, body) VALUES ($1, $2, $3, $4)")
                    .bind(now)
                    .bind(recipient)
                    .bind(subject)
                    .bind(body)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn mails(&self, limit: u64) -> $crate::Result<Vec<$crate::accounts::StoredMail>> {
                let rows: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
                    "SELECT seq, at, recipient, subject, body FROM mail_outbox ORDER BY seq DESC LIMIT $1",
                )
                .bind(limit.clamp(1, 10_000) as i64)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(seq, at, recipient, subject, body)| $crate::accounts::StoredMail {
                        seq, at, recipient, subject, body,
                    })
                    .collect())
            }

            async fn take_lease(&self, name: &str, holder: &str, now: i64, until: i64) -> $crate::Result<bool> {
                let done = sqlx::query(
                    "INSERT INTO job_lease (name, holder, until) VALUES ($1, $2, $3) \
                     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until \
                     WHERE job_lease.until < $4 OR job_lease.holder = excluded.holder",
                )
                .bind(name)
                .bind(holder)
                .bind(until)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn stale_services(&self, cutoff: &str, limit: u64) -> $crate::Result<Vec<$crate::accounts::StaleService>> {
                let rows: Vec<(String, Option<String>, Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT s.id, s.name, s.organization_id, o.name, COALESCE(s.assured_date, s.last_modified) AS verified \
                     FROM service s LEFT JOIN organization o ON o.id = s.organization_id \
                     WHERE COALESCE(s.status, 'active') = 'active' \
                     AND COALESCE(s.assured_date, s.last_modified, '') < $1 \
                     ORDER BY verified, s.name, s.id LIMIT $2",
                )
                .bind(cutoff)
                .bind(limit.clamp(1, 1_000_000) as i64)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, name, organization_id, organization_name, verified)| $crate::accounts::StaleService {
                        id,
                        name: name.unwrap_or_default(),
                        organization_id,
                        organization_name,
                        verified,
                    })
                    .collect())
            }

            async fn reminders_sent(&self, service_ids: &[String]) -> $crate::Result<Vec<(String, String)>> {
                let mut out = Vec::new();
                for chunk in service_ids.chunks(500) {
                    let mut qb = sqlx::QueryBuilder::<$db>::new(
                        "SELECT service_id, verified FROM freshness_reminder WHERE service_id IN (",
                    );
                    let mut sep = qb.separated(", ");
                    for id in chunk {
                        sep.push_bind(id.clone());
                    }
                    qb.push(")");
                    let rows: Vec<(String, String)> = qb.build_query_as().fetch_all(&self.pool).await?;
                    out.extend(rows);
                }
                Ok(out)
            }

            async fn record_reminder(&self, service_id: &str, verified: &str, now: i64) -> $crate::Result<()> {
                sqlx::query(
                    "INSERT INTO freshness_reminder (service_id, verified, sent_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (service_id) DO UPDATE SET verified = excluded.verified, sent_at = excluded.sent_at",
                )
                .bind(service_id)
                .bind(verified)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(())
            }
        }

        async fn account_where<'e, E>(
            executor: E,
            column: &str,
            value: &str,
        ) -> $crate::Result<Option<$crate::accounts::Account>>
        where
            E: sqlx::Executor<'e, Database = $db>,
        {
            // `column` is one of two literals from this module.
            let sql = format!(
                "SELECT id, email, password_hash, created_at, disabled, totp_secret, totp_pending FROM account WHERE {column} = $1"
            );
            #[allow(clippy::type_complexity)]
            let row: Option<(String, String, Option<String>, i64, bool, Option<String>, Option<String>)> =
                sqlx::query_as(sqlx::AssertSqlSafe(sql))
                    .bind(value)
                    .fetch_optional(executor)
                    .await?;
            Ok(row.map(|(id, email, password_hash, created_at, disabled, totp_secret, totp_pending)| {
                $crate::accounts::Account {
                    id,
                    email,
                    password_hash,
                    created_at,
                    disabled,
                    totp_secret,
                    totp_pending,
                }
            }))
        }

        async fn create_account_tx(
            tx: &mut sqlx::Transaction<'_, $db>,
            email: &str,
            password_hash: Option<&str>,
            now: i64,
        ) -> $crate::Result<$crate::accounts::Account> {
            if account_where(&mut **tx, "email", email).await?.is_some() {
                return Err($crate::StoreError::Conflict(format!(
                    "an account with this e-mail address exists"
                )));
            }
            let id = uuid_v4();
            sqlx::query("INSERT INTO account (id, email, password_hash, created_at, disabled) VALUES ($1, $2, $3, $4, FALSE)")
                .bind(&id)
                .bind(email)
                .bind(password_hash)
                .bind(now)
                .execute(&mut **tx)
                .await?;
            Ok($crate::accounts::Account {
                id,
                email: email.to_string(),
                password_hash: password_hash.map(str::to_string),
                created_at: now,
                disabled: false,
                totp_secret: None,
                totp_pending: None,
            })
        }

        async fn set_password_tx(
            tx: &mut sqlx::Transaction<'_, $db>,
            account_id: &str,
            password_hash: &str,
        ) -> $crate::Result<()> {
            let done = sqlx::query("UPDATE account SET password_hash = $1 WHERE id = $2")
                .bind(password_hash)
                .bind(account_id)
                .execute(&mut **tx)
                .await?;
            if done.rows_affected() == 0 {
                return Err($crate::StoreError::NotFound);
            }
            sqlx::query("DELETE FROM session WHERE account_id = $1")
                .bind(account_id)
                .execute(&mut **tx)
                .await?;
            Ok(())
        }

        async fn add_membership_tx(
            tx: &mut sqlx::Transaction<'_, $db>,
            account_id: &str,
            m: &beratungsnetz_core::accounts::Membership,
        ) -> $crate::Result<()> {
            let org = if m.role.is_network_wide() {
                String::new()
            } else {
                m.organization_id.clone().unwrap_or_default()
            };
            sqlx::query(
                "INSERT INTO membership (account_id, role, organization_id) VALUES ($1, $2, $3) \
                 ON CONFLICT (account_id, role, organization_id) DO NOTHING",
            )
            .bind(account_id)
            .bind(m.role.as_str())
            .bind(org)
            .execute(&mut **tx)
            .await?;
            Ok(())
        }

        async fn token_in(
            conn: &mut <$db as sqlx::Database>::Connection,
            token_hash: &str,
        ) -> $crate::Result<Option<$crate::accounts::OneTimeToken>> {
            use $crate::accounts::TokenKind;
            #[allow(clippy::type_complexity)]
            let row: Option<(String, String, Option<String>, Option<String>, Option<String>, i64, i64, Option<i64>)> =
                sqlx::query_as(
                    "SELECT kind, email, role, organization_id, created_by, created_at, expires_at, used_at \
                     FROM one_time_token WHERE token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(&mut *conn)
                .await?;
            Ok(row.map(|(kind, email, role, org, created_by, created_at, expires_at, used_at)| {
                $crate::accounts::OneTimeToken {
                    kind: if kind == TokenKind::Invitation.as_str() {
                        TokenKind::Invitation
                    } else if kind == TokenKind::SecondFactor.as_str() {
                        TokenKind::SecondFactor
                    } else {
                        TokenKind::PasswordReset
                    },
                    email,
                    membership: role.map(|r| $crate::accounts::membership_of(&r, org)),
                    created_by,
                    created_at,
                    expires_at,
                    used_at,
                }
            }))
        }

        async fn insert_audit(
            conn: &mut <$db as sqlx::Database>::Connection,
            e: &$crate::accounts::AuditEntry,
        ) -> $crate::Result<()> {
            sqlx::query(
                "INSERT INTO audit_log (at, account_id, actor, action, entity, entity_id, organization_id, before, after) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(e.at)
            .bind(&e.account_id)
            .bind(&e.actor)
            .bind(&e.action)
            .bind(&e.entity)
            .bind(&e.entity_id)
            .bind(&e.organization_id)
            .bind(&e.before)
            .bind(&e.after)
            .execute(&mut *conn)
            .await?;
            Ok(())
        }

        fn uuid_v4() -> String {
            uuid::Uuid::new_v4().to_string()
        }
    };
}

pub(crate) use accounts_impl;
