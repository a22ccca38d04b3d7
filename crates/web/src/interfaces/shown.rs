//! The sheet in force beside a service, for a signed-in counsellor: on a search hit, a
//! service's page, a matching answer and the referral form. A service shows the sheet of
//! each of its kinds that has one.

use std::collections::HashMap;

use beratungsnetz_store::interfaces::SheetRow;

use super::{SheetView, year_of};
use crate::AppState;
use crate::chrome::error::AppError;
use crate::chrome::i18n::Tr;

/// The sheets in force, by kind code.
pub struct Shown {
    rows: HashMap<String, SheetRow>,
    this_year: i32,
}

impl Shown {
    /// Reads the sheets in force (one small query: one row per kind).
    pub async fn load(state: &AppState) -> Result<Shown, AppError> {
        let rows = state
            .store
            .current_sheets()
            .await?
            .into_iter()
            .map(|r| (r.kind.clone(), r))
            .collect();
        Ok(Shown {
            rows,
            this_year: year_of(state.clock.now()),
        })
    }

    /// The sheets of the kinds among `codes` (a service's tags), in vocabulary order.
    pub fn of<'a>(&self, codes: impl IntoIterator<Item = &'a str>, tr: &Tr) -> Vec<SheetView> {
        let codes: Vec<&str> = codes.into_iter().collect();
        beratungsnetz_core::taxonomy::terms_of(beratungsnetz_core::taxonomy::Facet::ServiceKind)
            .filter(|t| codes.contains(&t.code))
            .filter_map(|t| self.rows.get(t.code))
            .map(|row| SheetView::new(row, tr, self.this_year))
            .collect()
    }
}
