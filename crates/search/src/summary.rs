//! What a hit shows without asking the database: stored with each document.

use serde::{Deserialize, Serialize};

use crate::doc::{Place, ServiceDoc, Slot};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Summary {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub description: String,
    pub places: Vec<Place>,
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    pub districts: Vec<String>,
    pub free: bool,
    pub barrier_free: bool,
    pub statewide: bool,
    pub modes: Vec<String>,
    pub verified_day: Option<i64>,
    /// Weekly opening hours, so a hit can say "open now" (absent in older indexes).
    #[serde(default)]
    pub slots: Vec<Slot>,
    /// The first phone number, for the card.
    #[serde(default)]
    pub phone: Option<String>,
    /// The ages the service is for, when it says (absent in older indexes).
    #[serde(default)]
    pub min_age: Option<u8>,
    #[serde(default)]
    pub max_age: Option<u8>,
    /// Places free now, when the service says.
    #[serde(default)]
    pub capacity: Option<f64>,
}

impl Summary {
    pub fn of(d: &ServiceDoc) -> Summary {
        let description: String = d.description.chars().take(300).collect();
        Summary {
            id: d.id.clone(),
            name: d.name.clone(),
            organization: d.organization.clone(),
            description,
            places: d.places.clone(),
            tags: d.tags.clone(),
            languages: d.languages.clone(),
            districts: d.districts.clone(),
            free: d.free,
            barrier_free: d.barrier_free,
            statewide: d.statewide,
            modes: d.modes.clone(),
            verified_day: d.verified_day,
            slots: d.slots.clone(),
            phone: d.phones.first().cloned(),
            min_age: d.min_age,
            max_age: d.max_age,
            capacity: d.capacity,
        }
    }

    /// Open on `weekday` (0 = Monday) at `minute` after midnight.
    pub fn open_at(&self, weekday: u8, minute: u16) -> bool {
        crate::doc::open_at(&self.slots, weekday, minute)
    }

    /// When it next opens after `weekday` at `minute`, within a week.
    pub fn next_opening(&self, weekday: u8, minute: u16) -> Option<(u8, u16)> {
        crate::doc::next_opening(&self.slots, weekday, minute)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
