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

/// What is logged unless `BERATUNGSNETZ_LOG` says otherwise.
const DEFAULT_FILTER: &str = "info,sqlx::query=error";

/// tantivy warns "couldn't find segment in SegmentManager" whenever a background merge
/// ends after a commit dropped one of its segments (all its documents deleted, as edits
/// do): tantivy discards that merge and the index stays correct, so for an operator it
/// is noise. Its other warnings and errors stay.
const MERGE_RACE: &str = "tantivy::indexer::segment_manager=error";

/// The filter: `BERATUNGSNETZ_LOG` or the default, without the merge-race noise unless
/// the filter names tantivy itself (someone looking into the index wants all of it).
fn directives(from_env: Option<&str>) -> String {
    let base = from_env.unwrap_or(DEFAULT_FILTER);
    if base.contains("tantivy") {
        base.to_string()
    } else {
        format!("{base},{MERGE_RACE}")
    }
}

pub fn init(format: LogFormat) {
    let from_env = std::env::var("BERATUNGSNETZ_LOG").ok();
    let filter = tracing_subscriber::EnvFilter::try_new(directives(from_env.as_deref()))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(directives(None)));
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

    /// The lines a filter lets through of a few typical events.
    fn logged(directives: &str) -> String {
        let lines = Lines::default();
        let sink = lines.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(directives))
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
        String::from_utf8(lines.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn the_merge_race_warning_is_dropped_and_the_rest_kept() {
        let text = logged(&directives(None));
        assert!(!text.contains("couldn't find segment"), "{text}");
        for kept in ["segment error", "merge cancelled", "listening"] {
            assert!(text.contains(kept), "{kept} missing: {text}");
        }
        assert!(!text.contains("details"), "{text}");
        // A level of one's own keeps it out too.
        let text = logged(&directives(Some("warn")));
        assert!(!text.contains("couldn't find segment"), "{text}");
        assert!(text.contains("merge cancelled"), "{text}");
        assert!(!text.contains("listening"), "{text}");
        // Unless the filter asks for tantivy by name.
        let text = logged(&directives(Some("warn,tantivy=debug")));
        assert!(text.contains("couldn't find segment"), "{text}");
    }
}
