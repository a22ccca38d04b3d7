//! What the CLI test files share: the binary, and a `serve` process to talk to.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use std::process::Command;

pub mod target;
#[allow(unused_imports)] // Not every test file uses every helper.
pub use target::{Engine, Target};

pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_beratungsnetz"));
    c.env_remove("BERATUNGSNETZ_DATABASE_URL")
        .env_remove("BERATUNGSNETZ_DATA_DIR")
        .env("BERATUNGSNETZ_LOG", "warn");
    c
}

/// Runs `cmd` to its end; a failure fails the test with what it wrote to stderr.
/// Returns what it printed.
pub fn succeed(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{:?} failed: {}",
        cmd.get_args().collect::<Vec<_>>(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A running `serve` process, killed when dropped.
pub struct Node {
    child: std::process::Child,
    pub base: String,
    pub dir: tempfile::TempDir,
}

impl Node {
    /// `serve` with its own data directory (and `db_args`, if the data lives elsewhere).
    pub async fn start(db_args: &[String], demo: bool) -> Node {
        let dir = tempfile::tempdir().unwrap();
        let mut child = bin()
            .args(["serve", "--bind", "127.0.0.1:0", "--data-dir"])
            .arg(dir.path())
            .args(if demo { None } else { Some("--no-demo") })
            .args(db_args)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let base = address(&mut child).await;
        Node { child, base, dir }
    }

    pub async fn total(&self, q: &str) -> u64 {
        let url = format!("{}/api/v1/search?q={q}", self.base);
        let page: serde_json::Value = reqwest::get(url).await.unwrap().json().await.unwrap();
        page["total_items"]
            .as_u64()
            .unwrap_or_else(|| panic!("{page}"))
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The address a `serve` child (stdout piped) prints on its first line, without the
/// trailing slash.
pub async fn address(child: &mut std::process::Child) -> String {
    use std::io::{BufRead, BufReader};
    let stdout = child.stdout.take().unwrap();
    let line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        line
    })
    .await
    .unwrap();
    line.split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .trim_end_matches('/')
        .to_string()
}

/// An HTTP client that does not follow redirects (a test looks at the 303 itself).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .unwrap()
}

/// A form as `application/x-www-form-urlencoded`.
pub fn encode(form: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish()
}

/// The value of the hidden field `name` of a form.
pub fn hidden(body: &str, name: &str) -> String {
    let key = format!("name=\"{name}\" value=\"");
    let at = body
        .find(&key)
        .unwrap_or_else(|| panic!("no field {name} in {body}"));
    let rest = &body[at + key.len()..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// A browser over HTTP: keeps cookies, does not follow redirects.
pub struct Browser {
    client: reqwest::Client,
    base: String,
    cookies: std::collections::BTreeMap<String, String>,
}

impl Browser {
    pub fn new(base: &str) -> Browser {
        Browser {
            client: client(),
            base: base.to_string(),
            cookies: std::collections::BTreeMap::new(),
        }
    }

    /// The `cookie` header the browser sends.
    pub fn cookie(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn keep(&mut self, r: reqwest::Response) -> (u16, String) {
        for c in r.headers().get_all(reqwest::header::SET_COOKIE) {
            let kv = c.to_str().unwrap().split(';').next().unwrap();
            let (k, v) = kv.split_once('=').unwrap();
            self.cookies.insert(k.to_string(), v.to_string());
        }
        (r.status().as_u16(), r.text().await.unwrap())
    }

    pub async fn get(&mut self, path: &str) -> (u16, String) {
        let r = self
            .client
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookie())
            .send()
            .await
            .unwrap();
        self.keep(r).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> (u16, String) {
        let r = self
            .client
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encode(form))
            .send()
            .await
            .unwrap();
        self.keep(r).await
    }

    /// Accepts an invitation link: sets the password, signed in afterwards.
    pub async fn accept(&mut self, link: &str) {
        let (status, page) = self.get(link).await;
        assert_eq!(status, 200, "{page}");
        let pw = "ein langes Passwort";
        let (status, page) = self
            .post(
                link,
                &[
                    ("csrf", &hidden(&page, "csrf")),
                    ("password", pw),
                    ("password_repeat", pw),
                ],
            )
            .await;
        assert_eq!(status, 303, "{page}");
    }
}
