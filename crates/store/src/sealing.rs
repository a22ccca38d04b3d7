//! Case data at rest: sealed with XChaCha20-Poly1305 under a key from a key file, each
//! value bound to where it lives (table, row id, column) and to its key version as
//! associated data, so a sealed value copied into another row or column does not open.
//!
//! A sealed value is `[key version: 4 bytes, big-endian][nonce: 24 bytes][ciphertext + tag]`.
//! The key file holds one key per line, `v<N> <64 hex digits>`; the highest version seals,
//! every listed one opens. `keys rotate` adds a version and re-seals everything under it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use thiserror::Error;

const VERSION_BYTES: usize = 4;
/// The mark of a sealed value in a text column.
pub const SEALED_TEXT: &str = "sealed:";
const NONCE_BYTES: usize = 24;

#[derive(Debug, Error)]
pub enum SealError {
    #[error("key file {path}: {source}")]
    KeyFileIo {
        path: String,
        source: std::io::Error,
    },
    #[error("key file line {line}: {why} (expected `v<N> <64 hex digits>`)")]
    KeyFileLine { line: usize, why: &'static str },
    #[error("the key file holds no key")]
    NoKey,
    #[error("sealed with key version {0}, which the key file does not hold")]
    UnknownKey(u32),
    #[error("a sealed value is damaged or does not belong here")]
    Damaged,
    #[error("the system's random source failed: {0}")]
    Random(String),
}

/// Where a sealed value lives; part of what it is sealed to.
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    pub table: &'static str,
    pub id: &'a str,
    pub column: &'static str,
}

impl Place<'_> {
    fn associated_data(&self, version: u32) -> Vec<u8> {
        let mut aad = Vec::with_capacity(64);
        for part in [self.table, self.id, self.column] {
            // Length-prefixed, so no two places give the same bytes.
            aad.extend_from_slice(&(part.len() as u32).to_be_bytes());
            aad.extend_from_slice(part.as_bytes());
        }
        aad.extend_from_slice(&version.to_be_bytes());
        aad
    }
}

/// The keys of one installation, by version.
#[derive(Clone)]
pub struct Keyring {
    keys: BTreeMap<u32, Key>,
}

impl std::fmt::Debug for Keyring {
    /// Versions only: keys never reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("versions", &self.keys.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Keyring {
    /// One fresh key, version 1.
    pub fn generate() -> Result<Keyring, SealError> {
        let mut ring = Keyring {
            keys: BTreeMap::new(),
        };
        ring.add_version()?;
        Ok(ring)
    }

    /// Reads a key file.
    pub fn load(path: &Path) -> Result<Keyring, SealError> {
        let text = std::fs::read_to_string(path).map_err(|source| SealError::KeyFileIo {
            path: path.display().to_string(),
            source,
        })?;
        Keyring::parse(&text)
    }

    /// Reads a key file, or creates one with a fresh key (readable by the owner only)
    /// when there is none.
    pub fn load_or_create(path: &Path) -> Result<Keyring, SealError> {
        if path.exists() {
            return Keyring::load(path);
        }
        let ring = Keyring::generate()?;
        ring.save(path)?;
        Ok(ring)
    }

    /// Writes the key file atomically (a new file, then renamed), owner-only.
    pub fn save(&self, path: &Path) -> Result<(), SealError> {
        let io = |source| SealError::KeyFileIo {
            path: path.display().to_string(),
            source,
        };
        let tmp = path.with_extension("new");
        {
            use std::io::Write as _;
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut file = options.open(&tmp).map_err(io)?;
            file.write_all(self.to_text().as_bytes()).map_err(io)?;
            file.sync_all().map_err(io)?;
        }
        std::fs::rename(&tmp, path).map_err(io)
    }

    pub fn parse(text: &str) -> Result<Keyring, SealError> {
        let mut keys = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |why| SealError::KeyFileLine { line: i + 1, why };
            let (version, hex) = line.split_once(' ').ok_or_else(|| bad("no key"))?;
            let version: u32 = version
                .strip_prefix('v')
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| bad("the version is not v<N>"))?;
            let bytes =
                decode_hex(hex.trim()).ok_or_else(|| bad("the key is not 64 hex digits"))?;
            let key =
                Key::try_from(bytes.as_slice()).map_err(|_| bad("the key is not 64 hex digits"))?;
            if keys.insert(version, key).is_some() {
                return Err(bad("this version is listed twice"));
            }
        }
        if keys.is_empty() {
            return Err(SealError::NoKey);
        }
        Ok(Keyring { keys })
    }

    pub fn to_text(&self) -> String {
        let mut text = String::from(
            "# beratungsnetz keys: the highest version seals, every one listed opens.\n\
             # Keep this file apart from database backups, and back it up too.\n",
        );
        for (version, key) in &self.keys {
            let _ = writeln!(text, "v{version} {}", encode_hex(key.as_slice()));
        }
        text
    }

    /// The version that seals.
    pub fn current(&self) -> u32 {
        self.keys.keys().next_back().copied().unwrap_or(0)
    }

    pub fn versions(&self) -> Vec<u32> {
        self.keys.keys().copied().collect()
    }

    /// Adds a fresh key one version above the current; it seals from now on.
    pub fn add_version(&mut self) -> Result<u32, SealError> {
        let version = self.current() + 1;
        let key = Key::try_generate().map_err(|e| SealError::Random(e.to_string()))?;
        self.keys.insert(version, key);
        Ok(version)
    }

    pub fn seal(&self, place: Place<'_>, plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
        let version = self.current();
        let key = self.keys.get(&version).ok_or(SealError::NoKey)?;
        let nonce = XNonce::try_generate().map_err(|e| SealError::Random(e.to_string()))?;
        let aad = place.associated_data(version);
        let ciphertext = XChaCha20Poly1305::new(key)
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            .map_err(|_| SealError::Damaged)?;
        let mut out = Vec::with_capacity(VERSION_BYTES + NONCE_BYTES + ciphertext.len());
        out.extend_from_slice(&version.to_be_bytes());
        out.extend_from_slice(nonce.as_slice());
        out.extend_from_slice(&ciphertext);
        Ok(out)
    }

    pub fn open(&self, place: Place<'_>, sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        let (version, rest) = sealed
            .split_first_chunk::<VERSION_BYTES>()
            .ok_or(SealError::Damaged)?;
        let version = u32::from_be_bytes(*version);
        let (nonce, ciphertext) = rest
            .split_first_chunk::<NONCE_BYTES>()
            .ok_or(SealError::Damaged)?;
        let key = self
            .keys
            .get(&version)
            .ok_or(SealError::UnknownKey(version))?;
        let aad = place.associated_data(version);
        XChaCha20Poly1305::new(key)
            .decrypt(
                &XNonce::from(*nonce),
                Payload {
                    msg: ciphertext,
                    aad: &aad,
                },
            )
            .map_err(|_| SealError::Damaged)
    }

    /// Seals a short text for a text column: `sealed:` and the sealed bytes in hex.
    pub fn seal_text(&self, place: Place<'_>, plaintext: &str) -> Result<String, SealError> {
        Ok(format!(
            "{SEALED_TEXT}{}",
            encode_hex(&self.seal(place, plaintext.as_bytes())?)
        ))
    }

    /// Opens what [`Keyring::seal_text`] sealed. A value without the `sealed:` mark was
    /// written before sealing began and is returned as it is, until it is sealed too.
    pub fn open_text(&self, place: Place<'_>, text: &str) -> Result<String, SealError> {
        let Some(hex) = text.strip_prefix(SEALED_TEXT) else {
            return Ok(text.to_string());
        };
        let sealed = decode_hex(hex).ok_or(SealError::Damaged)?;
        String::from_utf8(self.open(place, &sealed)?).map_err(|_| SealError::Damaged)
    }

    /// The key version a sealed value was sealed with.
    pub fn version_of(sealed: &[u8]) -> Option<u32> {
        sealed
            .first_chunk::<VERSION_BYTES>()
            .map(|v| u32::from_be_bytes(*v))
    }
}

fn encode_hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn texts_seal_and_open_in_their_place_only() {
        let keys = Keyring::generate().unwrap();
        let sealed = keys.seal_text(place("a"), "JBSWY3DPEHPK3PXP").unwrap();
        assert!(sealed.starts_with(SEALED_TEXT) && !sealed.contains("JBSWY3DP"));
        assert_eq!(
            keys.open_text(place("a"), &sealed).unwrap(),
            "JBSWY3DPEHPK3PXP"
        );
        assert!(keys.open_text(place("b"), &sealed).is_err());
        assert!(keys.open_text(place("a"), "sealed:0g").is_err());
        // Written before sealing began: passed through until sealed.
        assert_eq!(keys.open_text(place("a"), "PLAIN").unwrap(), "PLAIN");
    }

    fn place(id: &str) -> Place<'_> {
        Place {
            table: "referral",
            id,
            column: "sealed",
        }
    }

    #[test]
    fn sealed_values_open_only_where_they_were_sealed() {
        let ring = Keyring::generate().unwrap();
        let sealed = ring.seal(place("a"), b"Telefon 0000 123").unwrap();
        assert!(!sealed.windows(4).any(|w| w == b"0000"));
        assert_eq!(ring.open(place("a"), &sealed).unwrap(), b"Telefon 0000 123");
        // Another row, another column, a flipped bit: refused.
        assert!(matches!(
            ring.open(place("b"), &sealed),
            Err(SealError::Damaged)
        ));
        let other_column = Place {
            column: "note",
            ..place("a")
        };
        assert!(ring.open(other_column, &sealed).is_err());
        let mut flipped = sealed.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(ring.open(place("a"), &flipped).is_err());
        assert!(ring.open(place("a"), &sealed[..10]).is_err());
        // The same text twice gives different bytes (fresh nonces).
        assert_ne!(sealed, ring.seal(place("a"), b"Telefon 0000 123").unwrap());
    }

    #[test]
    fn a_new_version_seals_and_the_old_ones_still_open() {
        let mut ring = Keyring::generate().unwrap();
        let old = ring.seal(place("a"), b"x").unwrap();
        assert_eq!(ring.add_version().unwrap(), 2);
        let new = ring.seal(place("a"), b"y").unwrap();
        assert_eq!(Keyring::version_of(&old), Some(1));
        assert_eq!(Keyring::version_of(&new), Some(2));
        assert_eq!(ring.open(place("a"), &old).unwrap(), b"x");
        // A keyring without version 1 names it.
        let only_new = Keyring::parse(
            ring.to_text()
                .lines()
                .filter(|l| !l.starts_with("v1 "))
                .collect::<Vec<_>>()
                .join("\n")
                .as_str(),
        )
        .unwrap();
        assert!(matches!(
            only_new.open(place("a"), &old),
            Err(SealError::UnknownKey(1))
        ));
        assert_eq!(only_new.open(place("a"), &new).unwrap(), b"y");
    }

    #[test]
    fn the_key_file_round_trips_and_bad_lines_are_named() {
        let ring = Keyring::generate().unwrap();
        let again = Keyring::parse(&ring.to_text()).unwrap();
        let sealed = ring.seal(place("a"), b"z").unwrap();
        assert_eq!(again.open(place("a"), &sealed).unwrap(), b"z");
        let text = ring.to_text();
        let hex = text.lines().find_map(|l| l.strip_prefix("v1 ")).unwrap();
        assert!(!format!("{ring:?}").contains(&hex[..16]));
        for (text, line) in [
            ("v1 abc", 1),
            ("# c\nx1 00", 2),
            ("v1", 1),
            (&format!("v1 {}\nv1 {}", "0".repeat(64), "1".repeat(64)), 2),
        ] {
            match Keyring::parse(text) {
                Err(SealError::KeyFileLine { line: l, .. }) => assert_eq!(l, line, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        assert!(matches!(
            Keyring::parse("# nothing\n"),
            Err(SealError::NoKey)
        ));
    }

    #[test]
    fn a_created_key_file_is_the_owners_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys");
        let ring = Keyring::load_or_create(&path).unwrap();
        let again = Keyring::load_or_create(&path).unwrap();
        assert_eq!(ring.to_text(), again.to_text());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
