//! beratungsnetz core: domain types and the HSDS mapping. Pure: no I/O, no framework types.

pub mod accounts;
pub mod clock;
pub mod conference;
pub mod directory;
pub mod freshness;
pub mod geo;
pub mod hsds;
pub mod ids;
pub mod interfaces;
pub mod matching;
pub mod referrals;
pub mod reports;
pub mod tables;
pub mod taxonomy;
