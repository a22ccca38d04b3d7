//! Referrals: handing a need of a client over to a specialist service, with consent, and
//! knowing that the person arrived. The rules live here; storage and pages build on them.

pub mod case;
pub mod draft;
pub mod slip;
pub mod state;
pub mod stats;

pub use case::{
    CaseDetails, Category, Consent, ConsentStatus, Contact, Given, SeenDetails, Urgency,
};
pub use state::{DeclineReason, Event, Outcome, Party, Refused, State};
