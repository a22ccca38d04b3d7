//! What the CLI test files share: the binary, and a `serve` process to talk to.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use std::process::Command;

pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_beratungsnetz"));
    c.env_remove("BERATUNGSNETZ_DATABASE_URL")
        .env_remove("BERATUNGSNETZ_DATA_DIR")
        .env("BERATUNGSNETZ_LOG", "warn");
    c
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
        use std::io::{BufRead, BufReader};
        let dir = tempfile::tempdir().unwrap();
        let mut child = bin()
            .args(["serve", "--bind", "127.0.0.1:0", "--data-dir"])
            .arg(dir.path())
            .args(if demo { None } else { Some("--no-demo") })
            .args(db_args)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let line = tokio::task::spawn_blocking(move || {
            let mut line = String::new();
            BufReader::new(stdout).read_line(&mut line).unwrap();
            line
        })
        .await
        .unwrap();
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .trim_end_matches('/')
            .to_string();
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
