//! Flags a document can carry (filters and facets).

pub const FLAG_FREE: &str = "free";
pub const FLAG_BARRIER_FREE: &str = "barrier_free";
pub const FLAG_STATEWIDE: &str = "statewide";
