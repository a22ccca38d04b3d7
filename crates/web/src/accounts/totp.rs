//! The optional second factor: time-based one-time codes (RFC 6238: SHA-1, six digits,
//! 30 seconds, one step of clock drift either way) as every authenticator app makes them.

use totp_rs::{Builder, Secret};

/// A new random secret (160 bits, as RFC 4226 recommends), Base32 as apps expect it.
pub fn new_secret() -> String {
    let bytes: [u8; 20] = rand::random();
    Secret::from(bytes).to_base32()
}

/// The time step whose code `code` (spaces allowed) is, if it is valid for `secret` at
/// `unix` seconds. Callers record the step, so that each code works once.
pub fn check(secret: &str, code: &str, unix: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let totp = Builder::new()
        .with_secret(Secret::try_from_base32(secret).ok()?)
        .build()
        .ok()?;
    let step = totp.check(&code, u64::try_from(unix).ok()?)?;
    i64::try_from(step).ok()
}

/// The code for `secret` at `unix` seconds (tests play the authenticator app with it).
pub fn code_at(secret: &str, unix: i64) -> Option<String> {
    let totp = Builder::new()
        .with_secret(Secret::try_from_base32(secret).ok()?)
        .build()
        .ok()?;
    Some(totp.generate(u64::try_from(unix).ok()?).to_string())
}

/// The `otpauth://` address an authenticator app reads from the QR code.
pub fn otpauth_uri(email: &str, secret: &str) -> String {
    format!(
        "otpauth://totp/beratungsnetz:{}?secret={secret}&issuer=beratungsnetz&algorithm=SHA1&digits=6&period=30",
        crate::chrome::layout::encode(email)
    )
}

/// The QR code of `uri` as inline SVG (no script, no external image).
pub fn qr_svg(uri: &str) -> Option<String> {
    qr_svg_sized(uri, 200)
}

/// The same at a minimum size in pixels.
pub fn qr_svg_sized(uri: &str, size: u32) -> Option<String> {
    let code = qrcode::QrCode::new(uri.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(size, size)
        .quiet_zone(true)
        .build();
    // Inline in HTML: without the XML declaration.
    Some(svg[svg.find("<svg")?..].to_string())
}

/// Seals a secret for its column of the account, under the key that seals case data
/// (503 when the server has none: a secret is never stored in plaintext).
pub fn seal(
    state: &crate::AppState,
    account_id: &beratungsnetz_core::ids::AccountId,
    column: &'static str,
    secret: &str,
) -> Result<String, crate::chrome::error::AppError> {
    let keys = keyring(state)?;
    keys.seal_text(
        beratungsnetz_store::referrals::secret_place(account_id, column),
        secret,
    )
    .map_err(crate::chrome::error::AppError::internal)
}

/// Opens a secret as stored in its column (one from before sealing began as it is).
pub fn open(
    state: &crate::AppState,
    account_id: &beratungsnetz_core::ids::AccountId,
    column: &'static str,
    stored: &str,
) -> Result<String, crate::chrome::error::AppError> {
    let keys = keyring(state)?;
    keys.open_text(
        beratungsnetz_store::referrals::secret_place(account_id, column),
        stored,
    )
    .map_err(crate::chrome::error::AppError::internal)
}

fn keyring(
    state: &crate::AppState,
) -> Result<&beratungsnetz_store::sealing::Keyring, crate::chrome::error::AppError> {
    state.keys.as_deref().ok_or_else(|| {
        crate::chrome::error::AppError::refused(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "referral-no-keys",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_vector_and_drift() {
        // RFC 6238 appendix B: the ASCII secret "12345678901234567890", T = 59 → 94287082
        // (eight digits); our six digits are its last six.
        let secret = Secret::from(*b"12345678901234567890").to_base32();
        assert_eq!(code_at(&secret, 59).as_deref(), Some("287082"));
        assert_eq!(check(&secret, "287 082", 59), Some(1));
        assert_eq!(
            check(&secret, "287082", 89),
            Some(1),
            "one step late is accepted"
        );
        assert_eq!(
            check(&secret, "287082", 149),
            None,
            "three steps late is not"
        );
        assert_eq!(check(&secret, "000000", 59), None);
        assert_eq!(check("not base32!", "287082", 59), None);
        assert_eq!(new_secret().len(), 32);
    }
}
