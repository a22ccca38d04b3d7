//! Files of a workshop's results: which kinds are taken (told by their first bytes, not by
//! what the browser claims), how large, and the name they are kept under.

/// Largest file of a workshop's results.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Most files of one workshop.
pub const MAX_FILES: i64 = 20;
/// Longest notes of a workshop.
pub const MAX_NOTES: usize = 20_000;
/// Longest file name kept.
const MAX_NAME: usize = 120;

/// Why a file is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    TooLarge,
    /// Not PDF, PNG, JPEG or an office document.
    Kind,
}

impl FileProblem {
    /// The message key.
    pub fn key(self) -> &'static str {
        match self {
            FileProblem::Empty => "conference-file-empty",
            FileProblem::TooLarge => "conference-file-too-large",
            FileProblem::Kind => "conference-file-kind",
        }
    }
}

/// Office documents are ZIP archives: told apart by their name's ending.
const OFFICE: [(&str, &str); 6] = [
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("odp", "application/vnd.oasis.opendocument.presentation"),
];

/// The content type a file is served with, from its bytes (and for office documents its
/// name's ending); a problem for anything else, for an empty or a too large file.
pub fn content_type(name: &str, bytes: &[u8]) -> Result<&'static str, FileProblem> {
    if bytes.is_empty() {
        return Err(FileProblem::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge);
    }
    if bytes.starts_with(b"%PDF-") {
        return Ok("application/pdf");
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok("image/png");
    }
    if bytes.starts_with(b"\xff\xd8\xff") {
        return Ok("image/jpeg");
    }
    if bytes.starts_with(b"PK\x03\x04") {
        let ending = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        if let Some((_, kind)) = OFFICE.iter().find(|(e, _)| Some(*e) == ending.as_deref()) {
            return Ok(kind);
        }
    }
    Err(FileProblem::Kind)
}

/// The name a file is kept and offered under: the last part of what the browser sent,
/// without control characters, quotes or path separators, at most 120 characters;
/// `datei` when nothing is left.
pub fn safe_name(sent: &str) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\'' | ';' | '<' | '>'))
        .collect();
    let trimmed = cleaned.trim().trim_start_matches('.');
    if trimmed.is_empty() {
        return "datei".into();
    }
    // Keep the ending when the name is cut.
    let count = trimmed.chars().count();
    if count <= MAX_NAME {
        return trimmed.to_string();
    }
    let ending = trimmed
        .rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| e.chars().count() <= 5)
        .unwrap_or_default();
    let keep = MAX_NAME - ending.chars().count() - 1;
    let head: String = trimmed.chars().take(keep).collect();
    if ending.is_empty() {
        head
    } else {
        format!("{head}.{ending}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_by_their_bytes() {
        assert_eq!(
            content_type("a.pdf", b"%PDF-1.7 ..."),
            Ok("application/pdf")
        );
        assert_eq!(content_type("x", b"\x89PNG\r\n\x1a\n..."), Ok("image/png"));
        assert_eq!(
            content_type("foto.JPG", b"\xff\xd8\xff\xe0"),
            Ok("image/jpeg")
        );
        assert_eq!(
            content_type("Protokoll.DOCX", b"PK\x03\x04..."),
            Ok(OFFICE[0].1)
        );
        // A script named .pdf, a ZIP that is not an office document, an HTML page.
        assert_eq!(content_type("a.pdf", b"#!/bin/sh"), Err(FileProblem::Kind));
        assert_eq!(content_type("a.zip", b"PK\x03\x04"), Err(FileProblem::Kind));
        assert_eq!(
            content_type("a.png", b"<html><script>"),
            Err(FileProblem::Kind)
        );
        assert_eq!(content_type("a.pdf", b""), Err(FileProblem::Empty));
        let big = vec![b'%'; MAX_FILE_BYTES + 1];
        assert_eq!(content_type("a.pdf", &big), Err(FileProblem::TooLarge));
    }

    #[test]
    fn names_lose_paths_and_dangerous_characters_but_keep_their_ending() {
        assert_eq!(safe_name("C:\\Users\\x\\Protokoll.pdf"), "Protokoll.pdf");
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("a\"b;c\r\n.pdf"), "abc.pdf");
        assert_eq!(safe_name("  "), "datei");
        assert_eq!(safe_name(".htaccess"), "htaccess");
        let long = format!("{}.pdf", "ä".repeat(200));
        let kept = safe_name(&long);
        assert_eq!(kept.chars().count(), 120);
        assert!(kept.ends_with(".pdf"));
    }
}
