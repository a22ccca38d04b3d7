//! Log lines on standard error: readable text, or one JSON object per line for log
//! collectors (`--log-format json`). Either way only what the code logs: routes and
//! outcomes, never personal data.

use std::io::IsTerminal;

use clap::ValueEnum;

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

/// What is logged unless `BERATUNGSNETZ_LOG` says otherwise. tantivy warns "couldn't
/// find segment in SegmentManager" whenever a background merge ends after a commit
/// dropped one of its segments (all its documents deleted, as edits do): tantivy
/// discards that merge and the index stays correct, so for an operator it is noise.
/// Its other warnings and errors stay.
const DEFAULT_FILTER: &str = "info,sqlx::query=error,tantivy::indexer::segment_manager=error";

pub fn init(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("BERATUNGSNETZ_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(DEFAULT_FILTER));
    // Colours only for a person at a terminal: a journal or a file gets plain text.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none())
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::sync::{Arc, Mutex};

    use super::*;

    #[derive(Clone, Default)]
    struct Lines(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Lines {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_default_filter_drops_the_merge_race_warning_and_keeps_the_rest() {
        let lines = Lines::default();
        let sink = lines.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(DEFAULT_FILTER))
            .with_ansi(false)
            .with_writer(move || sink.clone())
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            tracing::warn!(target: "tantivy::indexer::segment_manager", "couldn't find segment");
            tracing::error!(target: "tantivy::indexer::segment_manager", "segment error");
            tracing::warn!(target: "tantivy::indexer::segment_updater", "merge cancelled");
            tracing::info!(target: "beratungsnetz_web", "listening");
            tracing::debug!(target: "beratungsnetz_web", "details");
        });
        let text = String::from_utf8(lines.0.lock().unwrap().clone()).unwrap();
        assert!(!text.contains("couldn't find segment"), "{text}");
        for kept in ["segment error", "merge cancelled", "listening"] {
            assert!(text.contains(kept), "{kept} missing: {text}");
        }
        assert!(!text.contains("details"), "{text}");
    }
}
