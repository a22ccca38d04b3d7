//! `beratungsnetz user …`, `remind` and `purge`: accounts, freshness reminders and the
//! audit log's retention from the command line.

use std::sync::Arc;

use anyhow::{Context, bail};
use beratungsnetz_core::accounts::{Membership, Role, normalize_email};
use beratungsnetz_core::clock::{Clock, Now, SystemClock};
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::Store;
use beratungsnetz_store::accounts::{OneTimeToken, TokenKind};
use beratungsnetz_store::audit::AuditEntry;
use clap::{Args, Subcommand};

use crate::Db;

/// How mail leaves and where links point.
#[derive(Args, Clone, Debug)]
pub struct MailArgs {
    /// SMTP server for outgoing mail (smtp://host:25, smtp://user:pass@host:587?tls=required,
    /// smtps://host). Without it, mail is kept in the database and shown to coordinators.
    #[arg(long, env = "BERATUNGSNETZ_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender of outgoing mail.
    #[arg(
        long,
        env = "BERATUNGSNETZ_MAIL_FROM",
        default_value = "beratungsnetz <noreply@example.org>"
    )]
    pub mail_from: String,
    /// The address people open (for links in mails), e.g. https://beratungsnetz.example.org.
    /// Default: http:// and the address `serve` listens on.
    #[arg(long, env = "BERATUNGSNETZ_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Running behind a reverse proxy: take clients' addresses (for the sign-in limits)
    /// from the last entry of X-Forwarded-For, which the proxy sets.
    #[arg(long, env = "BERATUNGSNETZ_TRUST_PROXY")]
    pub trust_proxy: bool,
    /// Tiles of the optional map on the results page, as a URL template
    /// (https://tile.example.org/{z}/{x}/{y}.png). Without it there is no map, and no
    /// page loads anything from another server.
    #[arg(long, env = "BERATUNGSNETZ_MAP_TILES")]
    pub map_tiles: Option<String>,
    /// The attribution the tile server asks for.
    #[arg(
        long,
        env = "BERATUNGSNETZ_MAP_ATTRIBUTION",
        default_value = "© OpenStreetMap contributors"
    )]
    pub map_attribution: String,
}

impl MailArgs {
    pub fn state(
        &self,
        store: Arc<dyn Store>,
        search: Arc<beratungsnetz_search::SearchIndex>,
        default_url: &str,
    ) -> anyhow::Result<beratungsnetz_web::AppState> {
        let mailer =
            beratungsnetz_web::outbox::Mailer::new(self.smtp_url.as_deref(), &self.mail_from)
                .context("mail settings")?;
        let public_url = self
            .public_url
            .clone()
            .unwrap_or_else(|| default_url.to_string())
            .trim_end_matches('/')
            .to_string();
        let secure_cookies = public_url.starts_with("https://");
        if let Some(t) = self.map_tiles.as_deref().filter(|t| !t.is_empty())
            && !(t.starts_with("https://") || t.starts_with("http://"))
        {
            anyhow::bail!(
                "--map-tiles must be an http(s) URL template, e.g. https://tile.example.org/{{z}}/{{x}}/{{y}}.png"
            );
        }
        // The defaults of `AppState::new` (clock, caches, background tasks), with this
        // command's mail and settings.
        let mut state = beratungsnetz_web::AppState::new(store, search);
        state.mailer = Arc::new(mailer);
        state.config = Arc::new(beratungsnetz_web::Config {
            public_url,
            secure_cookies,
            trust_proxy: self.trust_proxy,
            map_tiles: self.map_tiles.clone().filter(|t| !t.is_empty()),
            map_attribution: self.map_attribution.clone(),
            ..beratungsnetz_web::Config::default()
        });
        Ok(state)
    }
}

#[derive(Args)]
pub struct UserArgs {
    #[command(subcommand)]
    command: UserCommand,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Invite a person: prints (and mails, with --smtp-url) a link, valid for seven days,
    /// with which they set their password. The first coordinator is created this way.
    Add(AddArgs),
    /// List accounts and their roles.
    List {
        #[command(flatten)]
        db: Db,
    },
    /// Disable an account: its sessions end at once, its reset links stop working, and it
    /// cannot sign in until enabled again. Written to the audit log.
    Disable {
        #[command(flatten)]
        db: Db,
        email: String,
    },
    /// Enable a disabled account again.
    Enable {
        #[command(flatten)]
        db: Db,
        email: String,
    },
}

#[derive(Args)]
struct AddArgs {
    #[command(flatten)]
    db: Db,
    #[command(flatten)]
    mail: MailArgs,
    /// coordinator, editor or counsellor.
    #[arg(long)]
    role: Role,
    /// The organization (HSDS id) an editor or counsellor works for.
    #[arg(long)]
    organization: Option<String>,
    email: String,
}

pub async fn user(a: UserArgs) -> anyhow::Result<()> {
    match a.command {
        UserCommand::Add(a) => add(a).await,
        UserCommand::List { db } => {
            let store = db.open().await?;
            for (account, memberships) in store.accounts().await? {
                let roles: Vec<String> = memberships
                    .iter()
                    .map(|m| match &m.organization_id {
                        Some(o) => format!("{} ({o})", m.role),
                        None => m.role.to_string(),
                    })
                    .collect();
                println!("{}\t{}", account.email, roles.join(", "));
            }
            Ok(())
        }
        UserCommand::Disable { db, email } => set_disabled(db, &email, true).await,
        UserCommand::Enable { db, email } => set_disabled(db, &email, false).await,
    }
}

async fn set_disabled(db: Db, email: &str, disabled: bool) -> anyhow::Result<()> {
    let Some(email) = normalize_email(email) else {
        bail!("`{email}` is not an e-mail address");
    };
    let store = db.open().await?;
    let Some(account) = store.account_by_email(&email).await? else {
        bail!("no account with the address {email}");
    };
    let action = if disabled { "disable" } else { "enable" };
    let entry = AuditEntry {
        at: SystemClock.unix(),
        actor: "cli".into(),
        action: action.into(),
        entity: "account".into(),
        entity_id: email.clone(),
        ..AuditEntry::default()
    };
    let changed = store.set_disabled(&account.id, disabled, &entry).await?;
    match (changed, disabled) {
        (true, true) => println!("{email} is disabled; its sessions have ended"),
        (true, false) => println!("{email} is enabled again"),
        (false, true) => println!("{email} was already disabled"),
        (false, false) => println!("{email} was not disabled"),
    }
    Ok(())
}

async fn add(a: AddArgs) -> anyhow::Result<()> {
    let Some(email) = normalize_email(&a.email) else {
        bail!("`{}` is not an e-mail address", a.email);
    };
    let store = a.db.open().await?;
    let organization_id = match (a.role.is_network_wide(), a.organization) {
        (true, _) => None,
        (false, None) => bail!("--organization ID is required for the role {}", a.role),
        (false, Some(o)) => {
            if store
                .fetch_by(Entity::Organization, "id", std::slice::from_ref(&o))
                .await?
                .is_empty()
            {
                bail!("--organization: no organization with id `{o}`");
            }
            Some(o)
        }
    };
    let membership = Membership {
        role: a.role,
        organization_id: organization_id.map(beratungsnetz_core::ids::OrganizationId::new),
    };
    let token = beratungsnetz_web::accounts_token();
    let now = SystemClock.unix();
    let entry = AuditEntry::invitation(now, None, "cli", &email, &membership);
    store
        .create_token(
            &beratungsnetz_web::hash_token(&token),
            &OneTimeToken {
                kind: TokenKind::Invitation,
                email: email.clone(),
                membership: Some(membership.clone()),
                created_by: None,
                created_at: now,
                expires_at: now + 7 * 86_400,
                used_at: None,
                lang: None,
            },
            Some(&entry),
        )
        .await?;
    let search = Arc::new(beratungsnetz_search::SearchIndex::in_memory()?);
    let state = a
        .mail
        .state(store.clone(), search, "http://127.0.0.1:8080")?;
    let link = format!("{}/einladung/{token}", state.config.public_url);
    if a.mail.smtp_url.is_some() {
        state
            .mailer
            .send(
                store.as_ref(),
                Now::at(now),
                &email,
                "Einladung zu beratungsnetz",
                &format!(
                    "Guten Tag,\n\nSie sind zu beratungsnetz eingeladen (Rolle: {}). Mit diesem Link setzen Sie Ihr Passwort, er gilt sieben Tage:\n\n{link}\n",
                    a.role
                ),
                Some(&token),
            )
            .await?;
    }
    println!("Invitation for {email} as {}.", a.role);
    println!("Open this link within 7 days to set the password:");
    println!("{link}");
    if a.mail.public_url.is_none() {
        // The link names serve's default address; behind any other it leads nowhere.
        println!(
            "(The link uses serve's default address, http://127.0.0.1:8080. If people open \
             the server at another address, give it with --public-url or \
             BERATUNGSNETZ_PUBLIC_URL and invite again.)"
        );
    }
    Ok(())
}

#[derive(Args)]
pub struct RemindArgs {
    #[command(flatten)]
    db: Db,
    #[command(flatten)]
    mail: MailArgs,
}

/// `beratungsnetz remind`: sends the freshness reminders now (`serve` does it hourly).
pub async fn remind(a: RemindArgs) -> anyhow::Result<()> {
    let store = a.db.open().await?;
    let search = Arc::new(beratungsnetz_search::SearchIndex::in_memory()?);
    let state = a.mail.state(store, search, "http://127.0.0.1:8080")?;
    let run =
        beratungsnetz_web::directory::reminders::send_reminders(&state, SystemClock.now()).await?;
    println!(
        "{} reminder mail(s) about {} service(s); {} stale service(s) have no editor to remind.",
        run.mails, run.services, run.without_editor
    );
    Ok(())
}

#[derive(Args)]
pub struct PurgeArgs {
    #[command(flatten)]
    db: Db,
    #[command(flatten)]
    periods: crate::keys::PeriodsArgs,
}

/// `beratungsnetz purge`: deletes what is past its retention period (`serve` does it
/// daily), and expires or stops referrals whose time or consent ran out.
pub async fn purge(a: PurgeArgs) -> anyhow::Result<()> {
    let store = a.db.open().await?;
    let n = beratungsnetz_web::jobs::purge_audit(
        store.as_ref(),
        SystemClock.now(),
        a.periods.audit_retention_days,
    )
    .await?;
    println!(
        "{n} audit-log entries older than {} days deleted.",
        a.periods.audit_retention_days
    );
    // The key file opens the needs of the referrals deleted, for the anonymous figures;
    // without one they count as unknown.
    let keys = beratungsnetz_store::sealing::Keyring::load(&a.db.key_path()).ok();
    let done = beratungsnetz_web::referrals::upkeep::run(
        store.as_ref(),
        keys.as_ref(),
        SystemClock.now(),
        a.periods.periods(),
    )
    .await?;
    println!(
        "{} referral(s) expired unanswered, {} stopped as their consent ran out, {} ended over {} days ago deleted.",
        done.expired, done.consent_ended, done.purged, a.periods.referral_retention_days
    );
    Ok(())
}
