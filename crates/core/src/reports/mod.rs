//! Reports for the network's coordinators: where help is missing. [`population`] holds
//! the demand (people by district), [`coverage`] measures for a need and a language how
//! far people are from help and how much of it there is per head (E2SFCA).

pub mod coverage;
pub mod population;
