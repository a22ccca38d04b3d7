//! Operations through the CLI: `backup` while `serve` runs and writes, `restore` into a
//! fresh data directory giving the same data, the refusals of both, PostgreSQL's own
//! tools named, and JSON log lines.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Output;

use beratungsnetz_store::{SqliteStore, Store};

mod common;
use common::{Node, bin, succeed};

fn run(sub: &str, args: &[&str]) -> Output {
    bin().arg(sub).args(args).output().unwrap()
}

fn ok(sub: &str, args: &[&str]) -> String {
    succeed(bin().arg(sub).args(args))
}

fn fails(sub: &str, args: &[&str]) -> String {
    let out = run(sub, args);
    assert!(!out.status.success(), "{sub} {args:?} should have failed");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

async fn dataset(dir: &Path) -> beratungsnetz_core::hsds::Dataset {
    let store = SqliteStore::open(&dir.join("beratungsnetz.db"))
        .await
        .unwrap();
    let store: &dyn Store = &store;
    store.load_all().await.unwrap()
}

#[tokio::test]
async fn a_backup_made_while_serving_restores_the_same_data() {
    let node = Node::start(&[], true).await;
    let live = node.dir.path();
    ok(
        "user",
        &[
            "add",
            "--data-dir",
            s(live),
            "--role",
            "coordinator",
            "ops@example.org",
        ],
    );
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("backup.db");
    // A writer in a third process at the same moment: the copy is one consistent snapshot.
    let mut writer = bin()
        .args(["demo", "--data-dir", s(live)])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let made = ok("backup", &["--data-dir", s(live), s(&file)]);
    assert!(writer.wait().unwrap().success());
    assert!(made.contains("246 services"), "{made}");

    let err = fails("restore", &["--data-dir", s(live), "--force", s(&file)]);
    assert!(err.contains("stop it first"), "{err}");

    let fresh = tmp.path().join("fresh");
    let restored = ok("restore", &["--data-dir", s(&fresh), s(&file)]);
    assert!(restored.contains("246 services"), "{restored}");
    dataset(live)
        .await
        .same_records(&dataset(&fresh).await)
        .unwrap_or_else(|d| panic!("restored data differs: {d}"));
    // Beyond the directory: the invitation is there too.
    let invitations = "SELECT COUNT(*) FROM one_time_token";
    assert_eq!(
        scalar(&fresh.join("beratungsnetz.db"), invitations).await,
        1
    );

    // A server on the restored data builds its index and finds what the original finds.
    let url = format!("sqlite://{}", fresh.join("beratungsnetz.db").display());
    let args = vec!["--database-url".to_string(), url];
    let copy = Node::start(&args, false).await;
    let total = node.total("Schulden").await;
    assert!(total > 0);
    assert_eq!(copy.total("Schulden").await, total);
}

#[tokio::test]
async fn backup_and_restore_refuse_what_they_must_not_do() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    ok("demo", &["--data-dir", s(&data)]);
    let file = tmp.path().join("b.db");
    ok("backup", &["--data-dir", s(&data), s(&file)]);

    // An existing file is never overwritten.
    let before = std::fs::read(&file).unwrap();
    let err = fails("backup", &["--data-dir", s(&data), s(&file)]);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);

    // Nothing to back up.
    let err = fails(
        "backup",
        &["--data-dir", s(&tmp.path().join("none")), "x.db"],
    );
    assert!(err.contains("no database"), "{err}");

    // A database holding data is replaced only when told.
    let err = fails("restore", &["--data-dir", s(&data), s(&file)]);
    assert!(err.contains("--force"), "{err}");
    ok("restore", &["--data-dir", s(&data), "--force", s(&file)]);

    let fresh = tmp.path().join("fresh");
    let target = fresh.join("beratungsnetz.db");
    // Not a database at all.
    let text = tmp.path().join("notes.db");
    std::fs::write(&text, "not a database, only words\n".repeat(10)).unwrap();
    let err = fails("restore", &["--data-dir", s(&fresh), s(&text)]);
    assert!(err.contains("not an SQLite database"), "{err}");
    assert!(!target.exists());

    // An SQLite database of something else.
    let foreign = tmp.path().join("foreign.db");
    sql(&foreign, "CREATE TABLE t (x INTEGER)").await;
    let err = fails("restore", &["--data-dir", s(&fresh), s(&foreign)]);
    assert!(err.contains("not one of beratungsnetz"), "{err}");

    // A backup of a newer version, and one whose migration differs.
    let newer = tmp.path().join("newer.db");
    std::fs::copy(&file, &newer).unwrap();
    sql(
        &newer,
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (9999, 'future', 1, x'00', 0)",
    )
    .await;
    let err = fails("restore", &["--data-dir", s(&fresh), s(&newer)]);
    assert!(err.contains("newer beratungsnetz"), "{err}");
    let changed = tmp.path().join("changed.db");
    std::fs::copy(&file, &changed).unwrap();
    sql(
        &changed,
        "UPDATE _sqlx_migrations SET checksum = x'00' WHERE version = 1",
    )
    .await;
    let err = fails("restore", &["--data-dir", s(&fresh), s(&changed)]);
    assert!(err.contains("schema version 1"), "{err}");
    assert!(!target.exists(), "a refused restore wrote something");
    let left: Vec<_> = std::fs::read_dir(&fresh)
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(
        left.iter()
            .all(|n| n.to_string_lossy().starts_with("search-index")),
        "left behind: {left:?}"
    );
}

/// One statement on an SQLite file, outside the store.
async fn sql(file: &Path, statement: &str) {
    use sqlx::{ConnectOptions, Connection};
    let mut c = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(file)
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(statement.to_string()))
        .execute(&mut c)
        .await
        .unwrap();
    c.close().await.unwrap();
}

async fn scalar(file: &Path, query: &str) -> i64 {
    use sqlx::{ConnectOptions, Connection};
    let mut c = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(file)
        .connect()
        .await
        .unwrap();
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(query.to_string()))
        .fetch_one(&mut c)
        .await
        .unwrap();
    c.close().await.unwrap();
    n
}

#[test]
fn postgresql_is_backed_up_with_its_own_tools() {
    let url = "postgres://app:secret@db.example.org/bn";
    let err = fails("backup", &["--database-url", url, "bn.dump"]);
    assert!(
        err.contains("pg_dump --format=custom --file=bn.dump 'postgres://app@db.example.org/bn'"),
        "{err}"
    );
    let err = fails("restore", &["--database-url", url, "bn.dump"]);
    assert!(err.contains("pg_restore --clean"), "{err}");
    assert!(!err.contains("secret"), "the password is printed: {err}");
}

#[tokio::test]
async fn json_logs_are_one_object_per_line() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let mut child = bin()
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--data-dir",
            s(dir.path()),
        ])
        .env("BERATUNGSNETZ_LOG_FORMAT", "json")
        .env("BERATUNGSNETZ_LOG", "info")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let lines = tokio::task::spawn_blocking(move || {
        let mut lines = Vec::new();
        for line in BufReader::new(stderr).lines() {
            let line = line.unwrap();
            let done = line.contains("serving");
            lines.push(line);
            if done {
                break;
            }
        }
        lines
    })
    .await
    .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        lines.last().is_some_and(|l| l.contains("serving")),
        "{lines:?}"
    );
    for line in &lines {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(v["level"].is_string() && v["timestamp"].is_string(), "{v}");
    }
    let serving: serde_json::Value = serde_json::from_str(lines.last().unwrap()).unwrap();
    assert_eq!(serving["fields"]["message"], "serving");
    assert_eq!(serving["fields"]["engine"], "sqlite");
}

#[test]
fn help_shows_no_secret_from_the_environment() {
    let out = bin()
        .args(["serve", "--help"])
        .env("BERATUNGSNETZ_DATABASE_URL", "postgres://u:pw-secret@h/db")
        .env("BERATUNGSNETZ_SMTP_URL", "smtp://u:pw-secret@h:587")
        .env("BERATUNGSNETZ_METRICS_TOKEN", "pw-secret-0123456789")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--metrics-token"), "{help}");
    assert!(!help.contains("pw-secret"), "{help}");
}

/// A referral as the pages write one, sealed with `keys`.
fn referral(id: &str) -> beratungsnetz_store::referrals::NewReferral {
    use beratungsnetz_core::referrals::{CaseDetails, Category, Consent, Contact, Given, Urgency};
    beratungsnetz_store::referrals::NewReferral {
        id: id.into(),
        sender_org: "org-a".into(),
        sender_account: "acc-a".into(),
        service_id: "svc-b".into(),
        receiver_org: "org-b".into(),
        urgency: Urgency::Routine,
        details: CaseDetails {
            client_ref: "K-1".into(),
            needs: vec!["need:debts".into()],
            languages: vec!["uk".into()],
            interpreter_needed: false,
            contact: Contact::Email("k1@example.org".into()),
            note: "Notiz zur Übergabe".into(),
            slip_code: None,
        },
        consent: Consent {
            categories: vec![Category::Contact],
            purpose: "Schuldnerberatung".into(),
            form_version: "2026-1".into(),
            given: Given::SignedForm,
        },
        consent_valid_until: 2_000_000_000,
        slip_code_hash: None,
        service_kind: "kind:debt".into(),
        service_district: "15002".into(),
        now: 1_000,
    }
}

#[tokio::test]
async fn keys_rotate_reseals_every_referral_under_a_new_key() {
    use beratungsnetz_store::referrals::Referrals;
    use beratungsnetz_store::sealing::Keyring;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let key_file = data.join("keys");
    {
        let store = SqliteStore::open(&data.join("beratungsnetz.db"))
            .await
            .unwrap();
        let keys = Keyring::load_or_create(&key_file).unwrap();
        for id in ["r1", "r2"] {
            store.create_referral(&keys, &referral(id)).await.unwrap();
        }
    }
    let status = ok("keys", &["status", "--data-dir", s(&data)]);
    assert!(status.contains("versions [1], sealing with v1"), "{status}");
    let rotated = ok("keys", &["rotate", "--data-dir", s(&data)]);
    assert!(rotated.contains("key v2 added"), "{rotated}");
    assert!(
        rotated.contains("2 referral(s) and the second-factor secrets of 0 account(s) re-sealed"),
        "{rotated}"
    );

    let keys = Keyring::load(&key_file).unwrap();
    assert_eq!(keys.versions(), [1, 2]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Every referral opens with the new key alone.
    let only_new: String = keys
        .to_text()
        .lines()
        .filter(|l| !l.starts_with("v1 "))
        .map(|l| format!("{l}\n"))
        .collect();
    let only_new = Keyring::parse(&only_new).unwrap();
    let store = SqliteStore::open(&data.join("beratungsnetz.db"))
        .await
        .unwrap();
    for id in ["r1", "r2"] {
        let r = store
            .referral_for(&only_new, &id.into(), &["org-a".into()])
            .await
            .unwrap()
            .unwrap();
        assert_eq!(r.details.note, "Notiz zur Übergabe");
    }
    // Without a key file there is nothing to rotate, and the error names the file.
    let empty = tmp.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let err = fails("keys", &["rotate", "--data-dir", s(&empty)]);
    assert!(err.contains("no key file"), "{err}");
    assert!(err.contains("keys"), "{err}");
}
