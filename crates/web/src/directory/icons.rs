//! Simple line icons for needs, drawn inline (decorative: `aria-hidden`).

/// The SVG path of a need's icon (24×24, stroked).
pub fn need_icon(code: &str) -> &'static str {
    match code {
        "need:debts" | "need:benefits" => {
            "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M9 9h6M9 15h6M12 6v12"
        }
        "need:housing" => "M3 11l9-7 9 7M5 10v10h14V10M10 20v-6h4v6",
        "need:health" => "M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7z",
        "need:family" | "need:parenting" => {
            "M8 5a3 3 0 1 0 0 6a3 3 0 1 0 0-6M16 7a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5M2 20c0-4 2.5-7 6-7s6 3 6 7M13 20c0-3 1.5-6 3-6s5 2 5 6"
        }
        "need:pregnancy" | "need:trauma" => {
            "M12 20s-8-5-8-11a4 4 0 0 1 8-1a4 4 0 0 1 8 1c0 6-8 11-8 11z"
        }
        "need:violence" => "M12 3l8 3v6c0 5-4 8-8 9c-4-1-8-4-8-9V6z",
        "need:language" => "M4 5h16v10H9l-5 4z",
        "need:work" => "M3 8h18v11H3zM9 8V5h6v3M3 13h18",
        "need:residence" | "need:asylum" => "M6 3h9l4 4v14H6zM9 11h7M9 15h7",
        "need:education" | "need:recognition" => "M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5",
        "need:addiction" => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M6 6l12 12",
        "need:disability" => "M12 3a2 2 0 1 0 0 4a2 2 0 1 0 0-4M12 8v6h5l2 5M9 11a6 6 0 1 0 7 8",
        _ => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18",
    }
}
