//! `beratungsnetz keys …`: the key file that seals case data at rest.

use anyhow::Context;
use beratungsnetz_store::sealing::Keyring;
use clap::{Args, Subcommand};

use crate::Db;

#[derive(Args)]
pub struct KeysArgs {
    #[command(subcommand)]
    command: KeysCommand,
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Add a new key version, then re-seal every sealed value under it in one
    /// transaction. Older versions stay in the file: backups made before still need them.
    Rotate {
        #[command(flatten)]
        db: Db,
    },
    /// The key file's versions and which one seals (never the keys themselves).
    Status {
        #[command(flatten)]
        db: Db,
    },
}

pub async fn run(a: KeysArgs) -> anyhow::Result<()> {
    match a.command {
        KeysCommand::Rotate { db } => rotate(&db).await,
        KeysCommand::Status { db } => {
            let path = db.key_path();
            let keys = Keyring::load(&path)?;
            println!(
                "{}: versions {:?}, sealing with v{}",
                path.display(),
                keys.versions(),
                keys.current()
            );
            Ok(())
        }
    }
}

/// The new key reaches the file before any value is sealed with it, so a failure between
/// the two leaves every value readable.
async fn rotate(db: &Db) -> anyhow::Result<()> {
    let path = db.key_path();
    let mut keys = Keyring::load(&path)
        .with_context(|| format!("no key file to rotate at {}", path.display()))?;
    let store = db.open().await?;
    let version = keys.add_version()?;
    keys.save(&path)?;
    let n = store
        .reseal_referrals(&keys)
        .await
        .context("re-sealing; nothing was changed in the database")?;
    println!(
        "key v{version} added to {}; {} referral(s) and the second-factor secrets of {} \
         account(s) re-sealed under it",
        path.display(),
        n.referrals,
        n.secrets
    );
    Ok(())
}

/// How long the audit log and ended referrals are kept, and how long referrals wait.
#[derive(Args, Clone, Debug)]
pub struct PeriodsArgs {
    /// Days the audit log keeps its entries; older ones are deleted.
    #[arg(
        long,
        env = "BERATUNGSNETZ_AUDIT_RETENTION_DAYS",
        default_value_t = 730
    )]
    pub audit_retention_days: u32,
    /// Days a sent referral waits for an answer before it expires.
    #[arg(long, env = "BERATUNGSNETZ_REFERRAL_ANSWER_DAYS", default_value_t = 14)]
    pub referral_answer_days: u32,
    /// Days an ended referral is kept before it is deleted (anonymous counts stay).
    #[arg(
        long,
        env = "BERATUNGSNETZ_REFERRAL_RETENTION_DAYS",
        default_value_t = 180
    )]
    pub referral_retention_days: u32,
    /// Working days a sent referral may wait before the receiving side is reminded.
    #[arg(
        long,
        env = "BERATUNGSNETZ_REFERRAL_REMIND_WORKING_DAYS",
        default_value_t = 2
    )]
    pub referral_remind_working_days: u32,
    /// Working days an accepted referral may stand still before the sender is told.
    #[arg(
        long,
        env = "BERATUNGSNETZ_REFERRAL_STALL_WORKING_DAYS",
        default_value_t = 5
    )]
    pub referral_stall_working_days: u32,
}

impl PeriodsArgs {
    pub fn periods(&self) -> beratungsnetz_web::referrals::upkeep::Periods {
        beratungsnetz_web::referrals::upkeep::Periods {
            answer_days: self.referral_answer_days,
            retention_days: self.referral_retention_days,
            remind_working_days: self.referral_remind_working_days,
            stall_working_days: self.referral_stall_working_days,
        }
    }
}
