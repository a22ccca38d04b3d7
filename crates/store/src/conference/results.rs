//! Workshop results at rest: a workshop's notes, the interface sheets (by service kind)
//! it revised, and its files. Files are kept in the database, so a backup holds them;
//! a workshop's file count is checked under its own lock, so a burst of uploads cannot
//! pass the limit.

use async_trait::async_trait;

use crate::audit::{AuditEntry, insert_audit};
use crate::sql::{Exec, Tx, sql};
use crate::{Result, SqlStore, StoreError};

/// A file of a workshop, without its bytes.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct FileMeta {
    pub id: String,
    pub session_id: String,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub created_at: i64,
}

/// A new file, checked by the web layer (type from its bytes, a safe name).
#[derive(Clone, Debug)]
pub struct NewFile {
    pub id: String,
    pub name: String,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// What a workshop produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkshopResult {
    pub session_id: String,
    pub notes: String,
    /// Service kinds of the interface sheets it revised.
    pub sheets: Vec<String>,
    pub files: Vec<FileMeta>,
}

/// A workshop that revised an interface sheet: (year, session id, session number, title).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct SheetWorkshop {
    pub year: i64,
    pub session_id: String,
    pub number: i64,
    pub title: String,
}

#[async_trait]
pub trait WorkshopResults: Send + Sync {
    /// The results of every workshop of an event that has any.
    async fn workshop_results(&self, event_id: &str) -> Result<Vec<WorkshopResult>>;
    /// Writes a workshop's notes and the sheets it revised; `NotFound` for a session that
    /// is not a workshop of the event.
    async fn save_workshop_result(
        &self,
        event_id: &str,
        session_id: &str,
        notes: &str,
        sheets: &[String],
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Adds a file to a workshop: `Conflict` when it has `max_files` already, `NotFound`
    /// for a session that is not a workshop of the event.
    async fn add_workshop_file(
        &self,
        event_id: &str,
        session_id: &str,
        file: &NewFile,
        max_files: i64,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// A file with its bytes, if it belongs to a workshop of the event.
    async fn workshop_file(&self, event_id: &str, id: &str) -> Result<Option<(FileMeta, Vec<u8>)>>;
    /// Deletes a file of a workshop of the event; `NotFound` for any other.
    async fn delete_workshop_file(
        &self,
        event_id: &str,
        id: &str,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// The workshops that revised the sheet of a service kind, newest year first.
    async fn sheet_workshops(&self, kind: &str) -> Result<Vec<SheetWorkshop>>;
}

/// Whether the session is a workshop of the event.
async fn is_workshop(db: &impl Exec, event_id: &str, session_id: &str) -> Result<()> {
    let found: Option<(String,)> = db
        .fetch_optional(
            sql(
                "SELECT id FROM conference_session WHERE id = $1 AND event_id = $2 \
                 AND kind = 'workshop'",
            )
            .bind(session_id)
            .bind(event_id),
        )
        .await?;
    found.map(|_| ()).ok_or(StoreError::NotFound)
}

fn audit_of(audit: &AuditEntry, session_id: &str, after: serde_json::Value) -> AuditEntry {
    AuditEntry {
        entity: "conference_session".into(),
        entity_id: session_id.to_string(),
        after: Some(after.to_string()),
        ..audit.clone()
    }
}

const FILE_COLUMNS: &str = "id, session_id, name, content_type, size, created_at";

/// Deletes the results of a session (with the session itself).
pub(crate) async fn delete_results(tx: &Tx, session_id: &str) -> Result<()> {
    for table in [
        "conference_result",
        "conference_result_sheet",
        "conference_file",
    ] {
        tx.execute(sql(format!("DELETE FROM {table} WHERE session_id = $1")).bind(session_id))
            .await?;
    }
    Ok(())
}

#[async_trait]
impl WorkshopResults for SqlStore {
    async fn workshop_results(&self, event_id: &str) -> Result<Vec<WorkshopResult>> {
        let in_event = "session_id IN (SELECT id FROM conference_session WHERE event_id = $1)";
        let notes: Vec<(String, String)> = self
            .pool
            .fetch_all(
                sql(format!(
                    "SELECT session_id, notes FROM conference_result WHERE {in_event}"
                ))
                .bind(event_id),
            )
            .await?;
        let sheets: Vec<(String, String)> = self
            .pool
            .fetch_all(
                sql(format!(
                    "SELECT session_id, kind FROM conference_result_sheet WHERE {in_event} \
                     ORDER BY kind"
                ))
                .bind(event_id),
            )
            .await?;
        let files: Vec<FileMeta> = self
            .pool
            .fetch_all(
                sql(format!(
                    "SELECT {FILE_COLUMNS} FROM conference_file WHERE {in_event} \
                     ORDER BY created_at, name"
                ))
                .bind(event_id),
            )
            .await?;
        let mut ids: Vec<&String> = notes
            .iter()
            .map(|(s, _)| s)
            .chain(sheets.iter().map(|(s, _)| s))
            .chain(files.iter().map(|f| &f.session_id))
            .collect();
        ids.sort();
        ids.dedup();
        Ok(ids
            .into_iter()
            .map(|id| WorkshopResult {
                session_id: id.clone(),
                notes: notes
                    .iter()
                    .find(|(s, _)| s == id)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default(),
                sheets: sheets
                    .iter()
                    .filter(|(s, _)| s == id)
                    .map(|(_, k)| k.clone())
                    .collect(),
                files: files
                    .iter()
                    .filter(|f| &f.session_id == id)
                    .cloned()
                    .collect(),
            })
            .collect())
    }

    async fn save_workshop_result(
        &self,
        event_id: &str,
        session_id: &str,
        notes: &str,
        sheets: &[String],
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        is_workshop(&tx, event_id, session_id).await?;
        tx.execute(sql("DELETE FROM conference_result WHERE session_id = $1").bind(session_id))
            .await?;
        if !notes.is_empty() {
            tx.execute(
                sql(
                    "INSERT INTO conference_result (session_id, notes, updated_at) \
                     VALUES ($1, $2, $3)",
                )
                .bind(session_id)
                .bind(notes)
                .bind(audit.at),
            )
            .await?;
        }
        tx.execute(
            sql("DELETE FROM conference_result_sheet WHERE session_id = $1").bind(session_id),
        )
        .await?;
        let mut kinds: Vec<&String> = sheets.iter().collect();
        kinds.sort();
        kinds.dedup();
        for kind in &kinds {
            tx.execute(
                sql("INSERT INTO conference_result_sheet (session_id, kind) VALUES ($1, $2)")
                    .bind(session_id)
                    .bind(kind.as_str()),
            )
            .await?;
        }
        insert_audit(
            &tx,
            &audit_of(
                audit,
                session_id,
                serde_json::json!({ "notes": notes.chars().count(), "sheets": kinds }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn add_workshop_file(
        &self,
        event_id: &str,
        session_id: &str,
        file: &NewFile,
        max_files: i64,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        tx.lock_key(&format!("conference_files:{session_id}"))
            .await?;
        is_workshop(&tx, event_id, session_id).await?;
        let (n,): (i64,) = tx
            .fetch_one(
                sql("SELECT COUNT(*) FROM conference_file WHERE session_id = $1").bind(session_id),
            )
            .await?;
        if n >= max_files {
            return Err(StoreError::Conflict(format!(
                "a workshop keeps at most {max_files} files"
            )));
        }
        let size = i64::try_from(file.body.len()).unwrap_or(i64::MAX);
        tx.execute(
            sql(
                "INSERT INTO conference_file (id, session_id, name, content_type, size, body, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(file.id.as_str())
            .bind(session_id)
            .bind(file.name.as_str())
            .bind(file.content_type.as_str())
            .bind(size)
            .bind(file.body.clone())
            .bind(audit.at),
        )
        .await?;
        insert_audit(
            &tx,
            &audit_of(
                audit,
                session_id,
                serde_json::json!({ "file": file.id, "size": size }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn workshop_file(&self, event_id: &str, id: &str) -> Result<Option<(FileMeta, Vec<u8>)>> {
        let meta: Option<FileMeta> = self
            .pool
            .fetch_optional(
                sql(format!(
                    "SELECT {FILE_COLUMNS} FROM conference_file WHERE id = $1 AND session_id \
                     IN (SELECT id FROM conference_session WHERE event_id = $2)"
                ))
                .bind(id)
                .bind(event_id),
            )
            .await?;
        let Some(meta) = meta else {
            return Ok(None);
        };
        let (body,): (Vec<u8>,) = self
            .pool
            .fetch_one(sql("SELECT body FROM conference_file WHERE id = $1").bind(id))
            .await?;
        Ok(Some((meta, body)))
    }

    async fn delete_workshop_file(
        &self,
        event_id: &str,
        id: &str,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        let found: Option<(String,)> = tx
            .fetch_optional(
                sql(
                    "SELECT session_id FROM conference_file WHERE id = $1 AND session_id \
                     IN (SELECT id FROM conference_session WHERE event_id = $2)",
                )
                .bind(id)
                .bind(event_id),
            )
            .await?;
        let (session_id,) = found.ok_or(StoreError::NotFound)?;
        tx.execute(sql("DELETE FROM conference_file WHERE id = $1").bind(id))
            .await?;
        insert_audit(
            &tx,
            &audit_of(
                audit,
                &session_id,
                serde_json::json!({ "deleted_file": id }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn sheet_workshops(&self, kind: &str) -> Result<Vec<SheetWorkshop>> {
        self.pool
            .fetch_all(
                sql("SELECT e.year, s.id AS session_id, s.number, s.title \
                     FROM conference_result_sheet r \
                     JOIN conference_session s ON s.id = r.session_id \
                     JOIN conference_event e ON e.id = s.event_id \
                     WHERE r.kind = $1 ORDER BY e.year DESC, s.number")
                .bind(kind),
            )
            .await
    }
}
