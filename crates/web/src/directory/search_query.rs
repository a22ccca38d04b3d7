//! The search API's query parameters as the OpenAPI document states them. The handler
//! reads the raw pairs (repeated and comma-separated values, unknown names refused), so
//! this type only describes them; a test holds it to the list `SEARCH_PARAMS` the parser reads.

use serde::Deserialize;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::{IntoParams, PartialSchema, ToSchema};

/// The query of `/api/v1/search`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Describes the parameters; `search::parse` reads them.
pub struct SearchQuery {
    /// Free text in any of the UI languages (German, English, Arabic, Persian, Ukrainian,
    /// Russian, Turkish). Words of the vocabulary ("debts", "ديون", "Schulden") also find
    /// services tagged with the term. Typos are tolerated when the words as typed find
    /// nothing.
    #[param(max_length = 200, example = "Schulden")]
    q: Option<String>,
    /// A place to search around: a German postcode ("06108"), a town ("Halle (Saale)",
    /// "Lutherstadt Wittenberg") or coordinates "lat,lon" ("51.48,11.97"). Resolved
    /// offline (GeoNames postcodes). Statewide services are always included. Unknown
    /// places are rejected.
    #[param(example = "06108")]
    near: Option<String>,
    /// Radius around `near` in kilometres. Only with `near`.
    #[param(exclusive_minimum = 0, maximum = 500, default = 25)]
    radius_km: Option<f64>,
    /// Needs (Bedarfe) from the vocabulary, with or without the prefix ("need:debts" or
    /// "debts"). Repeat the parameter or separate by commas; any of them may match. See
    /// /taxonomy_terms.
    #[param(value_type = Option<Vec<NeedCode>>, inline, style = Form, explode)]
    need: Option<Vec<String>>,
    /// Kinds of service from the vocabulary ("kind:debt" or "debt"). Repeatable or
    /// comma-separated; any may match.
    #[param(value_type = Option<Vec<KindCode>>, inline, style = Form, explode)]
    kind: Option<Vec<String>>,
    /// Target groups from the vocabulary ("target:women" or "women"). Repeatable or
    /// comma-separated; any may match.
    #[param(value_type = Option<Vec<TargetCode>>, inline, style = Form, explode)]
    target: Option<Vec<String>>,
    /// Languages the service is offered in (ISO 639-1, e.g. "ar"; ISO 639-3 for others
    /// such as "gsg"). Repeatable or comma-separated; any may match.
    #[param(value_type = Option<Vec<LanguageCode>>, inline, style = Form, explode)]
    language: Option<Vec<String>>,
    /// Districts (Landkreise and kreisfreie Städte): the official key ("15002") or the
    /// name of a district of Sachsen-Anhalt ("Halle (Saale)", "Landkreis Harz", "Harz").
    /// Repeatable or comma-separated; any may match.
    #[param(style = Form, explode)]
    district: Option<Vec<String>>,
    /// Only services free of charge (for the client).
    #[param(default = false)]
    free: Option<bool>,
    /// Only services with barrier-free access.
    #[param(default = false)]
    barrier_free: Option<bool>,
    /// Ways of contact. Repeatable or comma-separated; any may match.
    #[param(value_type = Option<Vec<Mode>>, inline, style = Form, explode)]
    mode: Option<Vec<String>>,
    /// Only services open now (local time in Germany, Europe/Berlin).
    #[param(default = false)]
    open_now: Option<bool>,
    /// Only services open at some time on this weekday.
    #[param(value_type = Option<Weekday>, inline)]
    open_on: Option<String>,
    /// Order of the hits: relevance (text relevance weighed with distance and freshness),
    /// distance (needs `near`) or name.
    #[param(value_type = Option<SortOrder>, inline)]
    sort: Option<String>,
    /// Page number, from 1. Pages past the end are empty.
    #[param(minimum = 1, default = 1)]
    page: Option<u64>,
    /// Hits per page.
    #[param(minimum = 1, maximum = 100, default = 20)]
    per_page: Option<u64>,
    /// The client's language for the labels in the answer (needs, kinds, target groups,
    /// languages, flags, modes).
    #[param(value_type = Option<crate::chrome::i18n::Lang>, inline)]
    lang: Option<String>,
}

/// A string matching a pattern, as a parameter's value: `value_type = Vec<Code>` with
/// `inline` gives an array of such strings.
macro_rules! pattern_string {
    ($(#[$doc:meta])* $name:ident, $pattern:literal) => {
        $(#[$doc])*
        pub struct $name;

        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some($pattern))
                    .into()
            }
        }

        impl ToSchema for $name {}
    };
}

pattern_string!(
    /// A need's code, with or without its prefix.
    NeedCode,
    "^(need:)?[a-z][a-z-]*$"
);
pattern_string!(
    /// A service kind's code, with or without its prefix.
    KindCode,
    "^(kind:)?[a-z][a-z-]*$"
);
pattern_string!(
    /// A target group's code, with or without its prefix.
    TargetCode,
    "^(target:)?[a-z][a-z-]*$"
);
pattern_string!(
    /// An ISO 639 language code.
    LanguageCode,
    "^[A-Za-z]{2,3}$"
);

/// A way of contact.
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "snake_case")]
pub enum Mode {
    InPerson,
    Phone,
    Video,
}

/// A weekday.
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
pub enum Weekday {
    Mo,
    Tu,
    We,
    Th,
    Fr,
    Sa,
    Su,
}

/// An order of the hits.
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase", default = "relevance")]
pub enum SortOrder {
    Relevance,
    Distance,
    Name,
}
