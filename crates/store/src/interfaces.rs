//! Interface sheets at rest: versions written once and never changed (the newest of a
//! kind is in force), and the counsellors' comments with what a coordinator decided.
//! A new version is numbered under a per-kind lock, so parallel edits and acceptances
//! each get their own number or a [`StoreError::Conflict`], never a lost update.

use async_trait::async_trait;
use beratungsnetz_core::interfaces::form::CommentText;
use beratungsnetz_core::interfaces::{CommentState, Sections, SheetText};

use crate::audit::{AuditEntry, insert_audit};
use crate::sql::{Exec, Tx, sql};
use crate::{Result, SqlStore, StoreError};

/// One version of a sheet.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct SheetRow {
    pub kind: String,
    pub version: i64,
    pub year: i64,
    pub source: String,
    /// 1 for the sample sheets.
    pub example: i64,
    pub when_to_refer: String,
    pub clarify_first: String,
    pub documents: String,
    pub consent: String,
    pub waiting_time: String,
    pub contact: String,
    pub reports_back: String,
    pub author_account: Option<String>,
    pub from_comment: Option<String>,
    pub created_at: i64,
}

impl SheetRow {
    pub fn sections(&self) -> Sections {
        Sections {
            when_to_refer: self.when_to_refer.clone(),
            clarify_first: self.clarify_first.clone(),
            documents: self.documents.clone(),
            consent: self.consent.clone(),
            waiting_time: self.waiting_time.clone(),
            contact: self.contact.clone(),
            reports_back: self.reports_back.clone(),
        }
    }

    pub fn is_example(&self) -> bool {
        self.example != 0
    }

    pub fn year(&self) -> i32 {
        i32::try_from(self.year).unwrap_or_default()
    }
}

/// A comment on a version of a sheet.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct CommentRow {
    pub id: String,
    pub kind: String,
    pub version: i64,
    pub section: Option<String>,
    pub body: String,
    pub proposal: Option<String>,
    #[sqlx(try_from = "String")]
    pub account_id: beratungsnetz_core::ids::AccountId,
    pub state: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub created_at: i64,
}

impl CommentRow {
    pub fn state(&self) -> CommentState {
        CommentState::parse(&self.state).unwrap_or(CommentState::Open)
    }
}

/// What a coordinator decides about a comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Take up its proposal as a new version of this year and source.
    Accept {
        year: i32,
        source: String,
    },
    Reject,
}

#[async_trait]
pub trait Interfaces: Send + Sync {
    /// The version in force of every kind that has a sheet, by kind.
    async fn current_sheets(&self) -> Result<Vec<SheetRow>>;
    /// Every version of one kind's sheet, oldest first.
    async fn sheet_versions(&self, kind: &str) -> Result<Vec<SheetRow>>;
    /// Writes a new version written on top of `base`, the version the editor started from
    /// (None: the kind had no sheet). `Conflict` when another version came first. Returns
    /// the new version's number.
    async fn add_sheet_version(
        &self,
        kind: &str,
        base: Option<i64>,
        text: &SheetText,
        audit: &AuditEntry,
    ) -> Result<i64>;
    /// The sample sheets (versions oldest first) of the kinds that have none yet;
    /// returns how many versions were written.
    async fn seed_sheets(&self, sheets: &[(String, Vec<SheetText>)], now: i64) -> Result<u64>;
    /// The comments on one kind's sheet, newest first.
    async fn sheet_comments(&self, kind: &str) -> Result<Vec<CommentRow>>;
    /// A comment on `version` of `kind`; `NotFound` when there is no such version.
    async fn add_sheet_comment(
        &self,
        id: &str,
        kind: &str,
        version: i64,
        comment: &CommentText,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Accepts or rejects an open comment; accepting writes the proposal as a new
    /// version (returned). `NotFound` for no such comment of `kind`; `Conflict` when it
    /// was decided already, or has nothing to accept.
    async fn decide_sheet_comment(
        &self,
        kind: &str,
        id: &str,
        decision: &Decision,
        audit: &AuditEntry,
    ) -> Result<Option<i64>>;
    /// The curated (kind, need) pairs; a kind curated to serve nothing has one pair
    /// with an empty need. Kinds absent here keep the vocabulary's default.
    async fn kind_needs(&self) -> Result<Vec<(String, String)>>;
    /// Replaces the curated pairs of the kinds in `kinds` with `pairs` (a kind in
    /// `kinds` without pairs is stored as serving none), with its audit entry.
    async fn set_kind_needs(
        &self,
        kinds: &[&str],
        pairs: &[(&str, &str)],
        audit: &AuditEntry,
    ) -> Result<()>;
}

const COLUMNS: &str = "kind, version, year, source, example, when_to_refer, clarify_first, \
     documents, consent, waiting_time, contact, reports_back, author_account, from_comment, \
     created_at";

const COMMENT_COLUMNS: &str = "id, kind, version, section, body, proposal, account_id, state, \
     decided_by, decided_at, created_at";

/// The newest version of `kind` (0 for none), read under the kind's lock.
async fn latest(tx: &Tx, kind: &str) -> Result<Option<SheetRow>> {
    tx.lock_key(&format!("interface_sheet:{kind}")).await?;
    tx.fetch_optional(
        sql(format!(
            "SELECT {COLUMNS} FROM interface_sheet WHERE kind = $1 ORDER BY version DESC LIMIT 1"
        ))
        .bind(kind),
    )
    .await
}

struct Version<'a> {
    kind: &'a str,
    number: i64,
    text: &'a SheetText,
    example: bool,
    author: Option<&'a str>,
    from_comment: Option<&'a str>,
    at: i64,
}

async fn insert_version(tx: &Tx, v: &Version<'_>) -> Result<()> {
    let s = &v.text.sections;
    tx.execute(
        sql(format!(
            "INSERT INTO interface_sheet ({COLUMNS}) VALUES \
             ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
        ))
        .bind(v.kind)
        .bind(v.number)
        .bind(i64::from(v.text.year))
        .bind(v.text.source.as_str())
        .bind(i64::from(v.example))
        .bind(s.when_to_refer.as_str())
        .bind(s.clarify_first.as_str())
        .bind(s.documents.as_str())
        .bind(s.consent.as_str())
        .bind(s.waiting_time.as_str())
        .bind(s.contact.as_str())
        .bind(s.reports_back.as_str())
        .bind(v.author)
        .bind(v.from_comment)
        .bind(v.at),
    )
    .await?;
    Ok(())
}

fn audit_of(audit: &AuditEntry, entity_id: &str, after: Option<String>) -> AuditEntry {
    AuditEntry {
        entity_id: entity_id.to_string(),
        after,
        ..audit.clone()
    }
}

#[async_trait]
impl Interfaces for SqlStore {
    async fn current_sheets(&self) -> Result<Vec<SheetRow>> {
        self.pool
            .fetch_all(sql(format!(
                "SELECT {COLUMNS} FROM interface_sheet s WHERE version = \
                 (SELECT MAX(version) FROM interface_sheet t WHERE t.kind = s.kind) ORDER BY kind"
            )))
            .await
    }

    async fn sheet_versions(&self, kind: &str) -> Result<Vec<SheetRow>> {
        self.pool
            .fetch_all(
                sql(format!(
                    "SELECT {COLUMNS} FROM interface_sheet WHERE kind = $1 ORDER BY version"
                ))
                .bind(kind),
            )
            .await
    }

    async fn add_sheet_version(
        &self,
        kind: &str,
        base: Option<i64>,
        text: &SheetText,
        audit: &AuditEntry,
    ) -> Result<i64> {
        let tx = self.pool.begin().await?;
        let current = latest(&tx, kind).await?.map(|r| r.version);
        if current != base {
            return Err(StoreError::Conflict(format!(
                "the sheet of {kind} has a newer version than the one edited"
            )));
        }
        let number = current.unwrap_or(0) + 1;
        insert_version(
            &tx,
            &Version {
                kind,
                number,
                text,
                example: false,
                author: audit.account_id.as_deref(),
                from_comment: None,
                at: audit.at,
            },
        )
        .await?;
        let after = serde_json::json!({ "version": number, "sheet": text }).to_string();
        insert_audit(&tx, &audit_of(audit, kind, Some(after))).await?;
        tx.commit().await?;
        Ok(number)
    }

    async fn seed_sheets(&self, sheets: &[(String, Vec<SheetText>)], now: i64) -> Result<u64> {
        let tx = self.pool.begin().await?;
        let mut written = 0;
        for (kind, versions) in sheets {
            if latest(&tx, kind).await?.is_some() {
                continue;
            }
            for (number, text) in (1_i64..).zip(versions) {
                insert_version(
                    &tx,
                    &Version {
                        kind,
                        number,
                        text,
                        example: true,
                        author: None,
                        from_comment: None,
                        at: now,
                    },
                )
                .await?;
                written += 1;
            }
        }
        tx.commit().await?;
        Ok(written)
    }

    async fn sheet_comments(&self, kind: &str) -> Result<Vec<CommentRow>> {
        self.pool
            .fetch_all(
                sql(format!(
                    "SELECT {COMMENT_COLUMNS} FROM interface_comment WHERE kind = $1 \
                     ORDER BY created_at DESC, id"
                ))
                .bind(kind),
            )
            .await
    }

    async fn add_sheet_comment(
        &self,
        id: &str,
        kind: &str,
        version: i64,
        comment: &CommentText,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        let exists: Option<(i64,)> = tx
            .fetch_optional(
                sql("SELECT version FROM interface_sheet WHERE kind = $1 AND version = $2")
                    .bind(kind)
                    .bind(version),
            )
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound);
        }
        tx.execute(
            sql(format!(
                "INSERT INTO interface_comment ({COMMENT_COLUMNS}) VALUES \
                 ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, $9)"
            ))
            .bind(id)
            .bind(kind)
            .bind(version)
            .bind(comment.section.as_deref())
            .bind(comment.body.as_str())
            .bind(comment.proposal.as_deref())
            .bind(audit.account_id.as_deref().unwrap_or_default())
            .bind(CommentState::Open.code())
            .bind(audit.at),
        )
        .await?;
        // The comment's words stay out of the log: only that one was made, and where.
        let after = serde_json::json!({ "kind": kind, "version": version }).to_string();
        insert_audit(&tx, &audit_of(audit, id, Some(after))).await?;
        tx.commit().await
    }

    async fn decide_sheet_comment(
        &self,
        kind: &str,
        id: &str,
        decision: &Decision,
        audit: &AuditEntry,
    ) -> Result<Option<i64>> {
        let tx = self.pool.begin().await?;
        // The kind's lock first: an acceptance and an edit of the same sheet queue up.
        let current = latest(&tx, kind).await?;
        let comment: Option<CommentRow> = tx
            .fetch_optional(
                sql(format!(
                    "SELECT {COMMENT_COLUMNS} FROM interface_comment WHERE id = $1 AND kind = $2"
                ))
                .bind(id)
                .bind(kind),
            )
            .await?;
        let Some(comment) = comment else {
            return Err(StoreError::NotFound);
        };
        let state = match decision {
            Decision::Accept { .. } => CommentState::Accepted,
            Decision::Reject => CommentState::Rejected,
        };
        let decided = tx
            .execute(
                sql(
                    "UPDATE interface_comment SET state = $1, decided_by = $2, decided_at = $3 \
                     WHERE id = $4 AND state = $5",
                )
                .bind(state.code())
                .bind(audit.account_id.as_deref())
                .bind(audit.at)
                .bind(id)
                .bind(CommentState::Open.code()),
            )
            .await?;
        if decided != 1 {
            return Err(StoreError::Conflict(
                "the comment was decided already".into(),
            ));
        }
        let mut number = None;
        if let Decision::Accept { year, source } = decision {
            let (Some(current), Some(section), Some(proposal)) =
                (current, &comment.section, &comment.proposal)
            else {
                return Err(StoreError::Conflict(
                    "the comment proposes no new wording".into(),
                ));
            };
            let Some(sections) = current.sections().with(section, proposal) else {
                return Err(StoreError::Conflict(format!("no section `{section}`")));
            };
            let text = SheetText {
                year: *year,
                source: source.clone(),
                sections,
            };
            let next = current.version + 1;
            insert_version(
                &tx,
                &Version {
                    kind,
                    number: next,
                    text: &text,
                    example: false,
                    author: audit.account_id.as_deref(),
                    from_comment: Some(id),
                    at: audit.at,
                },
            )
            .await?;
            number = Some(next);
        }
        let after = serde_json::json!({ "state": state.code(), "version": number }).to_string();
        insert_audit(&tx, &audit_of(audit, id, Some(after))).await?;
        tx.commit().await?;
        Ok(number)
    }

    async fn kind_needs(&self) -> Result<Vec<(String, String)>> {
        self.pool
            .fetch_all(sql("SELECT kind, need FROM kind_need ORDER BY kind, need"))
            .await
    }

    async fn set_kind_needs(
        &self,
        kinds: &[&str],
        pairs: &[(&str, &str)],
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        tx.lock_key("kind_need").await?;
        for kind in kinds {
            tx.execute(sql("DELETE FROM kind_need WHERE kind = $1").bind(*kind))
                .await?;
            let mine: Vec<&str> = pairs
                .iter()
                .filter(|(k, _)| k == kind)
                .map(|(_, n)| *n)
                .collect();
            for need in if mine.is_empty() { vec![""] } else { mine } {
                tx.execute(
                    sql("INSERT INTO kind_need (kind, need) VALUES ($1, $2)")
                        .bind(*kind)
                        .bind(need),
                )
                .await?;
            }
        }
        let after = serde_json::json!({ "pairs": pairs }).to_string();
        insert_audit(&tx, &audit_of(audit, "kind_need", Some(after))).await?;
        tx.commit().await
    }
}
