//! The accounts flow against a real `serve` process and a real SMTP server on loopback
//! (Python's aiosmtpd, which `.ci/run` installs): invitations and reminders arrive as
//! mail, an editor's change is searchable within moments, another organization's
//! counsellor cannot edit; the Fachtag's waiting list offers a freed place by mail.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{Browser, Node, bin, hidden, succeed};

/// `python3 -m aiosmtpd` writing every mail into a maildir; killed when dropped.
struct Smtp {
    child: std::process::Child,
    url: String,
    maildir: tempfile::TempDir,
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn smtp() -> Option<Smtp> {
    let available = std::process::Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        assert!(
            std::env::var("BERATUNGSNETZ_REQUIRE_SMTP").is_err(),
            "aiosmtpd is required here (python3 -m pip install aiosmtpd)"
        );
        eprintln!(
            "SKIPPING the SMTP tests: python3 has no aiosmtpd (python3 -m pip install aiosmtpd)"
        );
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let maildir = tempfile::tempdir().unwrap();
    let child = std::process::Command::new("python3")
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "aiosmtpd.handlers.Mailbox",
        ])
        .arg(maildir.path().join("mail"))
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "aiosmtpd did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(Smtp {
        child,
        url: format!("smtp://127.0.0.1:{port}"),
        maildir,
    })
}

#[derive(Debug)]
struct Mail {
    to: String,
    subject: String,
    body: String,
}

/// Every mail that arrived, decoded by Python's own mail parser.
fn arrived(maildir: &Path) -> Vec<Mail> {
    let script = r#"
import json, mailbox, sys
from email import policy
from email.parser import BytesParser
out = []
for key, msg in mailbox.Maildir(sys.argv[1], create=False).items():
    m = BytesParser(policy=policy.default).parsebytes(msg.as_bytes())
    out.append({"to": str(m["To"]), "subject": str(m["Subject"]), "body": m.get_body(("plain",)).get_content()})
print(json.dumps(out))
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(maildir.join("mail"))
        .output()
        .unwrap();
    if !out.status.success() {
        return Vec::new();
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|m| Mail {
            to: m["to"].as_str().unwrap().to_lowercase(),
            subject: m["subject"].as_str().unwrap().to_string(),
            body: m["body"].as_str().unwrap().to_string(),
        })
        .collect()
}

/// Waits for a mail to `to` whose subject contains `subject`.
async fn mail_to(smtp: &Smtp, to: &str, subject: &str) -> Mail {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(m) = arrived(smtp.maildir.path())
            .into_iter()
            .find(|m| m.to.contains(to) && m.subject.contains(subject))
        {
            return m;
        }
        assert!(Instant::now() < deadline, "no mail to {to} about {subject}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn link_in(body: &str, base: &str, path: &str) -> String {
    let at = body
        .find(&format!("{base}{path}"))
        .unwrap_or_else(|| panic!("no link in {body}"));
    let rest = &body[at + base.len()..];
    rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())].to_string()
}

/// The first link with this prefix on a page, up to the closing quote.
fn first(body: &str, prefix: &str) -> String {
    let at = body.find(prefix).unwrap_or_else(|| panic!("no {prefix}"));
    let rest = &body[at..];
    rest[..rest.find('"').unwrap()].to_string()
}

#[tokio::test]
async fn invited_editor_edits_searchable_at_once_reminders_arrive_by_smtp() {
    let Some(smtp) = smtp() else { return };
    let smtp_args = vec!["--smtp-url".to_string(), smtp.url.clone()];
    let node = Node::start(&smtp_args, true).await;
    let data = node.dir.path().display().to_string();

    // The first coordinator, from the command line; the link arrives by mail.
    let printed = succeed(
        bin()
            .args([
                "user",
                "add",
                "--data-dir",
                &data,
                "--role",
                "coordinator",
                "koordination@example.org",
            ])
            .args(["--public-url", &node.base])
            .args(&smtp_args),
    );
    let mail = mail_to(&smtp, "koordination@example.org", "Einladung").await;
    let link = link_in(&mail.body, &node.base, "/einladung/");
    assert!(printed.contains(&link), "the same link is printed");
    let mut coordinator = Browser::new(&node.base);
    coordinator.accept(&link).await;

    // The dashboard names organizations with stale entries (the sample data has some).
    let (status, dash) = coordinator.get("/verwaltung/aktualitaet").await;
    assert_eq!(status, 200);
    let org_path = first(&dash, "/verwaltung/traeger/");
    let org = org_path
        .trim_start_matches("/verwaltung/traeger/")
        .to_string();

    // The coordinator invites an editor of that organization: mail through SMTP.
    let (_, page) = coordinator.get("/verwaltung/einladungen").await;
    let token = hidden(&page, "csrf");
    let (status, _) = coordinator
        .post(
            "/verwaltung/einladungen",
            &[
                ("csrf", &token),
                ("email", "redaktion@example.org"),
                ("role", "editor"),
                ("organization", &org),
            ],
        )
        .await;
    assert_eq!(status, 200);
    let mail = mail_to(&smtp, "redaktion@example.org", "Einladung").await;
    let mut editor = Browser::new(&node.base);
    editor
        .accept(&link_in(&mail.body, &node.base, "/einladung/"))
        .await;

    // The editor renames a service; search on this node finds it moments later.
    let (_, org_page) = editor.get(&org_path).await;
    let service_path = first(&org_page, "/verwaltung/angebot/");
    let (_, form) = editor.get(&service_path).await;
    let version = {
        let at = form.find("name=\"version\" value=\"").unwrap();
        let rest = &form[at + 22..];
        rest[..rest.find('"').unwrap()].to_string()
    };
    let (status, body) = editor
        .post(
            &service_path,
            &[
                ("csrf", &hidden(&form, "csrf")),
                ("version", &version),
                ("name", "Beratung Lindenblütenweg"),
                ("status", "active"),
            ],
        )
        .await;
    assert_eq!(status, 303, "{body}");
    let saved = Instant::now();
    let deadline = saved + Duration::from_secs(10);
    while node.total("Lindenblütenweg").await == 0 {
        assert!(Instant::now() < deadline, "the change never reached search");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    eprintln!("edit searchable after {} ms", saved.elapsed().as_millis());

    // A counsellor of another organization cannot edit it.
    let other = {
        let (_, home) = coordinator.get("/verwaltung").await;
        home.match_indices("/verwaltung/traeger/")
            .map(|(i, _)| home[i + 20..].split('"').next().unwrap().to_string())
            .find(|o| *o != org)
            .unwrap()
    };
    let (_, page) = coordinator.get("/verwaltung/einladungen").await;
    coordinator
        .post(
            "/verwaltung/einladungen",
            &[
                ("csrf", &hidden(&page, "csrf")),
                ("email", "beratung@example.org"),
                ("role", "counsellor"),
                ("organization", &other),
            ],
        )
        .await;
    let mail = mail_to(&smtp, "beratung@example.org", "Einladung").await;
    let mut counsellor = Browser::new(&node.base);
    counsellor
        .accept(&link_in(&mail.body, &node.base, "/einladung/"))
        .await;
    let (_, home) = counsellor.get("/verwaltung").await;
    let (status, _) = counsellor
        .post(
            &service_path,
            &[
                ("csrf", &hidden(&home, "csrf")),
                ("version", &version),
                ("name", "Übernommen"),
                ("status", "active"),
            ],
        )
        .await;
    assert_eq!(status, 403);
    assert_eq!(node.total("Übernommen").await, 0);

    // Reminders about the stale entries reach the editor through SMTP, once.
    let remind = |expect: &'static str| {
        let said = succeed(
            bin()
                .args(["remind", "--data-dir", &data, "--public-url", &node.base])
                .args(&smtp_args),
        );
        assert!(said.starts_with(expect), "{said}");
    };
    remind("1 reminder mail");
    let mail = mail_to(&smtp, "redaktion@example.org", "Bitte prüfen").await;
    assert!(
        mail.body
            .contains(&format!("{}/verwaltung/angebot/", node.base)),
        "{}",
        mail.body
    );
    remind("0 reminder mail");
    assert!(
        !arrived(smtp.maildir.path())
            .iter()
            .any(|m| m.to.contains("beratung@") && m.subject.contains("Bitte prüfen"))
    );
}

/// Registers `email` for the year's Fachtag through the public form.
async fn register(base: &str, year: i64, email: &str) {
    let mut b = Browser::new(base);
    let path = format!("/fachtag/{year}/anmeldung");
    let (status, page) = b.get(&path).await;
    assert_eq!(status, 200);
    let token = hidden(&page, "csrf");
    let (status, body) = b
        .post(
            &path,
            &[
                ("csrf", &token),
                ("name", "A. Beispiel"),
                ("email", email),
                ("organisation", "Migrationsberatung (Beispiel)"),
                ("consent", "on"),
            ],
        )
        .await;
    assert_eq!(status, 303, "{body}");
}

/// Issue 17: the Fachtag's mails through a real SMTP server. The confirmation and the
/// waiting-list mail arrive; a cancellation offers the freed place to the first waiting
/// person by mail, and taking it brings a confirmation with the check-in code.
#[tokio::test]
async fn a_freed_fachtag_place_is_offered_by_mail_through_smtp() {
    use beratungsnetz_store::{SqliteStore, Store};
    let Some(smtp) = smtp() else { return };
    let node = Node::start(&["--smtp-url".to_string(), smtp.url.clone()], true).await;
    // Next year's sample Fachtag, with one place in all.
    let year = {
        let store = SqliteStore::open(&node.dir.path().join("beratungsnetz.db"))
            .await
            .unwrap();
        let store: &dyn Store = &store;
        let year = store.events().await.unwrap()[0].year;
        let mut p = store
            .programme(i32::try_from(year).unwrap())
            .await
            .unwrap()
            .unwrap();
        p.event.capacity = 1;
        let audit = beratungsnetz_store::audit::AuditEntry::default();
        store.update_event(&p.id, &p.event, &audit).await.unwrap();
        year
    };
    register(&node.base, year, "erste@example.org").await;
    register(&node.base, year, "zweite@example.org").await;
    let placed = mail_to(&smtp, "erste@example.org", "Platz sicher").await;
    mail_to(&smtp, "zweite@example.org", "Warteliste").await;

    let personal = link_in(&placed.body, &node.base, "/fachtag/anmeldung/");
    let mut first = Browser::new(&node.base);
    let (status, _) = first.post(&format!("{personal}/abmelden"), &[]).await;
    assert_eq!(status, 303);
    let offer = mail_to(&smtp, "zweite@example.org", "Ein Platz ist für Sie frei").await;
    let link = link_in(&offer.body, &node.base, "/fachtag/angebot/");
    let mut second = Browser::new(&node.base);
    let (status, page) = second.post(&link, &[("answer", "accept")]).await;
    assert_eq!(status, 200, "{page}");
    let confirmed = mail_to(&smtp, "zweite@example.org", "Ihr Platz ist bestätigt").await;
    assert!(confirmed.body.contains("Code"), "{}", confirmed.body);
}
