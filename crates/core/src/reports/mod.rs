//! Reports for the network's coordinators: where help is missing. [`population`] holds
//! the demand (people by district), [`coverage`] measures for a need and a language how
//! far people are from help and how much of it there is per head (E2SFCA), [`export`]
//! writes its figures as tables; [`network`] counts the checked entries and what the
//! network offers; [`referrals`] breaks the referrals down into anonymous figures.

pub mod coverage;
pub mod export;
pub mod network;
pub mod population;
pub mod referrals;
