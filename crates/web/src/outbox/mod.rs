//! Outgoing e-mail: through SMTP (lettre), or — without an SMTP server configured — into
//! the database's outbox, where coordinators read it (development and demo mode).

pub mod page;

use axum::Router;
use axum::routing::get;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use thiserror::Error;

use beratungsnetz_core::clock::Now;
use beratungsnetz_store::Store;

use crate::AppState;

/// The outbox page for coordinators.
/// A mail text in the reader's language with the German one beneath (German alone for
/// German readers): `text` writes it in a language.
pub fn with_german(
    lang: crate::chrome::i18n::Lang,
    text: impl Fn(crate::chrome::i18n::Lang) -> String,
) -> String {
    use crate::chrome::i18n::Lang;
    if lang == Lang::De {
        text(Lang::De)
    } else {
        format!("{}\n\n———\n\n{}", text(lang), text(Lang::De))
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/verwaltung/postausgang", get(page::page))
        .route(
            "/verwaltung/postausgang/{seq}/link",
            axum::routing::post(page::new_link),
        )
}

#[derive(Debug, Error)]
pub enum MailError {
    #[error("invalid SMTP URL: {0}")]
    Url(String),
    #[error("invalid address `{0}`")]
    Address(String),
    #[error("cannot build the message: {0}")]
    Build(#[from] lettre::error::Error),
    /// Only the kind of failure: the server's reply can name the recipient.
    #[error("SMTP delivery failed: {0}")]
    Smtp(&'static str),
    #[error("cannot store the message: {0}")]
    Store(#[from] beratungsnetz_store::StoreError),
}

/// A file sent with a mail.
#[derive(Clone, Debug)]
pub struct Attachment {
    pub name: String,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    /// Keeps mail in the database instead of sending it.
    Outbox,
}

impl Mailer {
    /// SMTP when a URL is given (`smtp://host:port`, `smtp://user:pass@host?tls=required`,
    /// `smtps://host`), else the outbox.
    pub fn new(smtp_url: Option<&str>, from: &str) -> Result<Mailer, MailError> {
        let Some(url) = smtp_url.filter(|u| !u.is_empty()) else {
            return Ok(Mailer::Outbox);
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .build();
        let from = from
            .parse()
            .map_err(|_| MailError::Address(from.to_string()))?;
        Ok(Mailer::Smtp { transport, from })
    }

    pub fn is_outbox(&self) -> bool {
        matches!(self, Mailer::Outbox)
    }

    /// Sends a plain-text mail. The recipient is never logged. `link_token` is the token
    /// of a link in the body that opens something: the outbox keeps its hash, not it.
    pub async fn send(
        &self,
        store: &dyn Store,
        now: Now,
        to: &str,
        subject: &str,
        body: &str,
        link_token: Option<&str>,
    ) -> Result<(), MailError> {
        self.send_with(store, now, to, (subject, body), link_token, None)
            .await
    }

    /// The same with a file attached (a calendar file); the outbox keeps the text only.
    pub async fn send_with(
        &self,
        store: &dyn Store,
        now: Now,
        to: &str,
        (subject, body): (&str, &str),
        link_token: Option<&str>,
        attachment: Option<&Attachment>,
    ) -> Result<(), MailError> {
        match self {
            Mailer::Outbox => {
                let kept = match link_token.filter(|t| !t.is_empty()) {
                    Some(t) => body.replace(t, beratungsnetz_store::outbox::LINK_MARK),
                    None => body.to_string(),
                };
                let hash = link_token.map(crate::accounts::token::hash_token);
                store
                    .store_mail(to, subject, &kept, now.unix, hash.as_deref())
                    .await?;
                tracing::info!("mail kept in the outbox (no SMTP server configured)");
            }
            Mailer::Smtp { transport, from } => {
                let to: Mailbox = to
                    .parse()
                    .map_err(|_| MailError::Address("recipient".into()))?;
                let builder = Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(subject);
                let message = match attachment {
                    None => builder
                        .header(ContentType::TEXT_PLAIN)
                        .body(body.to_string())?,
                    Some(a) => {
                        let kind = ContentType::parse(a.content_type)
                            .map_err(|_| MailError::Address("content type".into()))?;
                        builder.multipart(
                            MultiPart::mixed()
                                .singlepart(SinglePart::plain(body.to_string()))
                                .singlepart(
                                    lettre::message::Attachment::new(a.name.clone())
                                        .body(a.body.clone(), kind),
                                ),
                        )?
                    }
                };
                transport.send(message).await.map_err(|e| {
                    MailError::Smtp(if e.is_permanent() {
                        "permanent error (5xx)"
                    } else if e.is_transient() {
                        "transient error (4xx)"
                    } else if e.is_timeout() {
                        "timeout"
                    } else if e.is_tls() {
                        "TLS error"
                    } else {
                        "connection or protocol error"
                    })
                })?;
                tracing::info!("mail sent");
            }
        }
        Ok(())
    }
}
