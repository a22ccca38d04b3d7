//! Values packed into one number of a column (fast field), so that matching reads them
//! without the stored document.

use crate::doc::Slot;

/// One value per slot: weekday, opening and closing minute.
pub(crate) fn pack_slot(s: &Slot) -> u64 {
    (u64::from(s.weekday) << 32) | (u64::from(s.opens) << 16) | u64::from(s.closes)
}

pub(crate) fn unpack_slot(v: u64) -> Slot {
    Slot {
        weekday: ((v >> 32) & 0xFF) as u8,
        opens: ((v >> 16) & 0xFFFF) as u16,
        closes: (v & 0xFFFF) as u16,
    }
}

/// Both age limits in one value, each shifted by one so that 0 means "none"; no value
/// when the service names neither.
pub(crate) fn pack_ages(min: Option<u8>, max: Option<u8>) -> Option<u64> {
    let part = |a: Option<u8>| a.map_or(0, |a| u64::from(a) + 1);
    (min.is_some() || max.is_some()).then(|| (part(min) << 16) | part(max))
}

pub(crate) fn unpack_ages(v: u64) -> (Option<u8>, Option<u8>) {
    let part = |p: u64| p.checked_sub(1).and_then(|a| u8::try_from(a).ok());
    (part((v >> 16) & 0xFFFF), part(v & 0xFFFF))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_and_slots_keep_their_values() {
        for (min, max) in [
            (None, None),
            (Some(0), None),
            (None, Some(255)),
            (Some(18), Some(27)),
        ] {
            let packed = pack_ages(min, max);
            assert_eq!(packed.is_none(), min.is_none() && max.is_none());
            if let Some(v) = packed {
                assert_eq!(unpack_ages(v), (min, max));
            }
        }
        let s = Slot {
            weekday: 6,
            opens: 9 * 60 + 30,
            closes: 24 * 60,
        };
        assert_eq!(unpack_slot(pack_slot(&s)), s);
    }
}
