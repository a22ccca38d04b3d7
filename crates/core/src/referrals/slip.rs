//! The referral slip's code: for a client who goes to the service themselves. The
//! receiving service types it in when the person arrives, which records the first
//! contact; nothing about the person needs to travel. Eight characters from an alphabet
//! without look-alikes (no 0/O, 1/I/L), shown as `ABCD-EFGH`: 31⁸ ≈ 8.5 · 10¹¹ codes.

/// The characters a code is made of.
pub const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LEN: usize = 8;

/// A code from eight random numbers (`pick(n)` gives a uniform number below `n`).
pub fn generate(mut pick: impl FnMut(usize) -> usize) -> String {
    let raw: String = (0..LEN)
        .map(|_| char::from(ALPHABET[pick(ALPHABET.len()) % ALPHABET.len()]))
        .collect();
    format!("{}-{}", &raw[..4], &raw[4..])
}

/// The code as typed (any case, with or without spaces and dashes), or None when it
/// cannot be one. Look-alikes are read as what they must mean (O → 0 is not in the
/// alphabet, so O stays O and fails; I and L become 1, which fails too).
pub fn normalize(typed: &str) -> Option<String> {
    let raw: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{2010}'..='\u{2015}'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (raw.len() == LEN && raw.bytes().all(|b| ALPHABET.contains(&b)))
        .then(|| format!("{}-{}", &raw[..4], &raw[4..]))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_however_they_are_typed() {
        let mut n = 0;
        let code = generate(|k| {
            n += 7;
            n % k
        });
        assert_eq!(code.len(), 9);
        assert_eq!(normalize(&code).unwrap(), code);
        assert_eq!(
            normalize(&code.to_lowercase().replace('-', " ")).unwrap(),
            code
        );
        assert_eq!(normalize("abcd efgh").unwrap(), "ABCD-EFGH");
        for bad in [
            "",
            "ABCD-EFG",
            "ABCD-EFGHJ",
            "ABCD-EFG0",
            "ABCD-EFGI",
            "ÄBCD-EFGH",
        ] {
            assert_eq!(normalize(bad), None, "{bad}");
        }
    }
}
