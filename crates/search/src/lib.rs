//! The search index: German full text with stemming and compounds, the client's language
//! through the multilingual vocabulary, place and radius, filters with facet counts, and
//! ranking by relevance, distance and freshness. Kept current from the store's change log.

/// The service view lives in core; the index reads it under this name.
pub use beratungsnetz_core::directory::view as doc;
mod facets;
mod flags;
pub mod geo;
pub mod index;
mod packed;
pub mod profile;
pub mod query;
mod segments;
pub mod snapshot;
pub mod summary;
pub mod sync;

use thiserror::Error;

pub use doc::ServiceDoc;
pub use index::SearchIndex;
pub use profile::Profile;
pub use query::{Hit, Near, SearchRequest, SearchResponse, Sort};
pub use snapshot::{Handle, Nearest, Ranked, Snapshot};
pub use summary::Summary;

#[derive(Debug, Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index reload: {0}")]
    Reload(#[from] tantivy::directory::error::OpenReadError),
    #[error("search index directory: {0}")]
    Io(String),
    #[error("search index writer lock poisoned")]
    Poisoned,
    #[error("search index holds an unreadable document")]
    Corrupt,
    #[error(transparent)]
    Store(#[from] beratungsnetz_store::StoreError),
}

pub type Result<T, E = SearchError> = std::result::Result<T, E>;
