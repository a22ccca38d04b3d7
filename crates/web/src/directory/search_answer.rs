//! The search API's answer as types: the handler fills them, and the OpenAPI document's
//! schemas are derived from them, so the two cannot drift apart.

use serde::Serialize;
use utoipa::ToSchema;

/// A page of hits, in the HSDS `Page` shape, with facets and what the text was understood as.
#[derive(Serialize, ToSchema)]
pub struct SearchPage {
    #[schema(minimum = 0)]
    pub total_items: u64,
    #[schema(minimum = 0)]
    pub total_pages: u64,
    #[schema(minimum = 1)]
    pub page_number: u64,
    /// Items on this page.
    #[schema(minimum = 0)]
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<SearchHit>,
    pub facets: Facets,
    /// Vocabulary terms the text `q` was understood as.
    pub understood: Vec<Coded>,
    /// The place searched around, as understood; null without `near`.
    #[schema(required = true)]
    pub near: Option<Near>,
}

/// One service found.
#[derive(Serialize, ToSchema)]
pub struct SearchHit {
    /// The service; full record at /api/v1/services/{id}.
    #[schema(format = "uuid")]
    pub id: String,
    pub name: String,
    /// Name of the provider (Träger).
    pub organization: String,
    /// The first 300 characters, as entered (mostly German).
    pub description: String,
    /// To the nearest place of the service, rounded to 0.1 km; null without `near` or for a
    /// statewide service without places.
    #[schema(required = true)]
    pub distance_km: Option<f64>,
    /// Reachable from all of Sachsen-Anhalt.
    pub statewide: bool,
    /// Town of the nearest place (of the first without `near`).
    #[schema(required = true)]
    pub city: Option<String>,
    pub needs: Vec<Coded>,
    pub kinds: Vec<Coded>,
    pub targets: Vec<Coded>,
    /// ISO 639 codes with their names in `lang`.
    pub languages: Vec<Coded>,
    pub free: bool,
    pub barrier_free: bool,
    /// in_person, phone, video.
    pub modes: Vec<Coded>,
    /// When the entry was last confirmed (assured_date, else last_modified).
    #[schema(format = Date, required = true)]
    pub last_verified: Option<String>,
    /// Not confirmed for twelve months (or never): the entry may be out of date.
    pub possibly_outdated: bool,
    /// Open at this moment (Europe/Berlin) by its weekly opening hours.
    pub open_now: bool,
    /// Ranking score; only comparable within one answer.
    pub score: f64,
}

/// A code with its label.
#[derive(Serialize, ToSchema)]
pub struct Coded {
    #[schema(example = "need:debts")]
    pub code: String,
    /// In the language of `lang`.
    #[schema(example = "Schulden")]
    pub label: String,
}

/// One value of a facet.
#[derive(Serialize, ToSchema)]
pub struct FacetValue {
    /// What to pass back as the filter parameter of the same name.
    #[schema(example = "need:debts")]
    pub value: String,
    /// In the language of `lang`; districts by their usual name.
    #[schema(example = "Schulden")]
    pub label: String,
    /// Matching services with this value.
    #[schema(minimum = 1)]
    pub count: u64,
}

/// Counts over all matching services (not only this page), most frequent first.
#[derive(Serialize, ToSchema, Default)]
pub struct Facets {
    /// Needs (`need`).
    pub need: Vec<FacetValue>,
    /// Kinds of service (`kind`).
    pub kind: Vec<FacetValue>,
    /// Target groups (`target`).
    pub target: Vec<FacetValue>,
    /// Languages offered (`language`).
    pub language: Vec<FacetValue>,
    /// Districts by key (`district`).
    pub district: Vec<FacetValue>,
    /// `free`, `barrier_free` and `statewide`.
    pub flag: Vec<FacetValue>,
    /// Ways of contact (`mode`): in_person, phone, video.
    pub mode: Vec<FacetValue>,
}

impl Facets {
    /// The list of the facet with this name; None for a name that is not a facet.
    pub fn slot(&mut self, name: &str) -> Option<&mut Vec<FacetValue>> {
        Some(match name {
            "need" => &mut self.need,
            "kind" => &mut self.kind,
            "target" => &mut self.target,
            "language" => &mut self.language,
            "district" => &mut self.district,
            "flag" => &mut self.flag,
            "mode" => &mut self.mode,
            _ => return None,
        })
    }
}

/// The place searched around.
#[derive(Serialize, ToSchema)]
pub struct Near {
    /// The place as understood, e.g. "06108 Halle (Saale)".
    pub label: String,
    pub lat: f64,
    pub lon: f64,
    pub radius_km: f64,
}
