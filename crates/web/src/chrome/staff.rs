//! The frame of the signed-in area (`/verwaltung`): its navigation.

use crate::AppState;
use crate::accounts::session::Staff;

/// The navigation of the signed-in area.
pub struct Nav {
    pub email: String,
    pub csrf: String,
    pub coordinator: bool,
    /// Counsels for an organisation: sees the referral work lists.
    pub counsellor: bool,
    pub outbox: bool,
}

impl Nav {
    pub fn new(staff: &Staff, state: &AppState) -> Nav {
        Nav {
            email: staff.account.email.clone(),
            csrf: staff.csrf.clone(),
            coordinator: staff.grants.is_coordinator(),
            counsellor: staff.grants.is_counsellor(),
            outbox: state.mailer.is_outbox(),
        }
    }
}
