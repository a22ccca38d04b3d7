//! Simple line icons for needs, drawn inline (decorative: `aria-hidden`).

/// The SVG path of a need's icon (24×24, stroked).
pub fn need_icon(code: &str) -> &'static str {
    match code {
        // A coin with a minus: money owed.
        "need:debts" => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M8 12h8",
        // Stacked coins: money one is entitled to.
        "need:benefits" => {
            "M4 7a8 3 0 1 0 16 0a8 3 0 1 0-16 0M4 7v5c0 1.7 3.6 3 8 3s8-1.3 8-3V7M4 12v5c0 1.7 3.6 3 8 3s8-1.3 8-3v-5"
        }
        "need:housing" => "M3 11l9-7 9 7M5 10v10h14V10M10 20v-6h4v6",
        "need:health" => "M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7z",
        "need:family" => {
            "M8 5a3 3 0 1 0 0 6a3 3 0 1 0 0-6M16 7a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5M2 20c0-4 2.5-7 6-7s6 3 6 7M13 20c0-3 1.5-6 3-6s5 2 5 6"
        }
        // A child.
        "need:parenting" => "M12 3a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5M8 11l4-1 4 1M9 21l1-7h4l1 7",
        "need:pregnancy" => "M12 20s-8-5-8-11a4 4 0 0 1 8-1a4 4 0 0 1 8 1c0 6-8 11-8 11z",
        // A hand holding a heart.
        "need:trauma" => {
            "M12 11s-4-2.5-4-5a2 2 0 0 1 4-.5a2 2 0 0 1 4 .5c0 2.5-4 5-4 5M3 15h5l3 2h5l5-3M3 20h13"
        }
        // A head with a calm line.
        "need:mental-health" => "M9 21v-3H6v-4l-2-1 2-4a7 7 0 1 1 12 5v7M10 10h6",
        "need:violence" => "M12 3l8 3v6c0 5-4 8-8 9c-4-1-8-4-8-9V6z",
        "need:language" => "M4 5h16v10H9l-5 4z",
        "need:work" => "M3 8h18v11H3zM9 8V5h6v3M3 13h18",
        "need:residence" => "M6 3h9l4 4v14H6zM9 11h7M9 15h7",
        // A roof over a person: protection.
        "need:asylum" => {
            "M3 11l9-7 9 7M12 12a2 2 0 1 0 0 4a2 2 0 1 0 0-4M8 21c0-2.5 2-4 4-4s4 1.5 4 4"
        }
        "need:education" => "M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5",
        // A certificate with a seal.
        "need:recognition" => "M4 4h16v11H4zM8 8h8M8 11h5M16 15l-1 6 2-1 2 1-1-6",
        "need:addiction" => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M6 6l12 12",
        "need:disability" => "M12 3a2 2 0 1 0 0 4a2 2 0 1 0 0-4M12 8v6h5l2 5M9 11a6 6 0 1 0 7 8",
        // A calendar: appointments, letters, forms.
        "need:everyday-life" => "M4 6h16v14H4zM4 10h16M8 3v4M16 3v4M8 14h3M8 17h6",
        // A lightning bolt: electricity and gas.
        "need:energy" => "M13 2L4 14h7l-1 8 9-12h-7z",
        // A bowl with steam.
        "need:food" => "M3 11h18a9 9 0 0 1-18 0zM8 7c0-2 2-2 2-4M13 7c0-2 2-2 2-4",
        // A house crossed out.
        "need:housing-loss" => "M3 11l9-7 9 7M5 10v10h14V10M9 13l6 6M15 13l-6 6",
        // An open book.
        "need:school" => "M3 5c3-1 6-1 9 1c3-2 6-2 9-1v14c-3-1-6-1-9 1c-3-2-6-2-9-1zM12 6v14",
        // A wrench: a trade.
        "need:vocational-training" => {
            "M14 4a5 5 0 0 0-4 7l-7 7 3 3 7-7a5 5 0 0 0 7-4l-3 1-2-2 1-3z"
        }
        // A chain.
        "need:exploitation" => "M9 15l6-6M7 11l-2 2a3 3 0 0 0 4 4l2-2M17 13l2-2a3 3 0 0 0-4-4l-2 2",
        // Not equal.
        "need:discrimination" => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M7 10h10M7 14h10M15 7l-6 10",
        // A card with a cross.
        "need:health-insurance" => "M3 6h18v12H3zM11 9h2v2h2v2h-2v2h-2v-2H9v-2h2z",
        // A passport.
        "need:documents" => "M6 3h12v18H6zM12 8a3 3 0 1 0 0 6a3 3 0 1 0 0-6M9 17h6",
        // A person held.
        "need:care" => "M12 4a3 3 0 1 0 0 6a3 3 0 1 0 0-6M5 21v-4c0-2 3-4 7-4s7 2 7 4v4M9 17h6",
        // Two speech bubbles: someone to talk to.
        "need:isolation" => "M3 5h12v8H8l-4 3zM9 15v2h8l4 3V10h-4",
        // Scales.
        "need:legal-dispute" => "M12 3v18M5 7h14M5 7l-3 7h6zM19 7l-3 7h6zM8 21h8",
        _ => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use beratungsnetz_core::taxonomy::{Facet, terms_of};

    /// Issue 12: tiles that shared or lacked icons. Every need has its own.
    #[test]
    fn every_need_has_an_icon_of_its_own() {
        let icons: Vec<&str> = terms_of(Facet::Need).map(|t| need_icon(t.code)).collect();
        let fallback = need_icon("need:none");
        for (t, icon) in terms_of(Facet::Need).zip(&icons) {
            assert_ne!(*icon, fallback, "{} has no icon", t.code);
            assert_eq!(
                icons.iter().filter(|i| *i == icon).count(),
                1,
                "{} shares its icon",
                t.code
            );
        }
    }
}
