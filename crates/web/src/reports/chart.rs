//! Bar charts as SVG in the page: no JavaScript, a title for screen readers, and the
//! same figures in a table beside each chart.

use super::map::escape;

/// One bar: its label, its length (of `max`) and the figure written after it.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

const ROW: f64 = 22.0;
const LABEL_W: f64 = 230.0;
const TEXT_W: f64 = 70.0;

/// Horizontal bars, `width` wide, one row each; `max` is a full bar (the largest value
/// when None).
pub fn bars(id: &str, title: &str, items: &[Bar], width: f64, max: Option<f64>) -> String {
    let max = max
        .unwrap_or_else(|| items.iter().map(|b| b.value).fold(0.0, f64::max))
        .max(f64::EPSILON);
    let rows = f64::from(u32::try_from(items.len()).unwrap_or(u32::MAX));
    let height = rows * ROW + 8.0;
    let room = (width - LABEL_W - TEXT_W).max(10.0);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:.0} {height:.0}\" \
         role=\"img\" aria-labelledby=\"{id}-title\" class=\"bar-chart\">\
         <title id=\"{id}-title\">{}</title>",
        escape(title)
    );
    let mut y = 4.0;
    for b in items {
        let w = (b.value / max).clamp(0.0, 1.0) * room;
        out.push_str(&format!(
            "<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"13\" font-family=\"Noto Sans, sans-serif\" text-anchor=\"end\">{}</text>\
             <rect x=\"{LABEL_W:.0}\" y=\"{:.0}\" width=\"{w:.1}\" height=\"{:.0}\" fill=\"#2166ac\"/>\
             <text x=\"{:.1}\" y=\"{:.0}\" font-size=\"13\" font-family=\"Noto Sans, sans-serif\">{}</text>",
            LABEL_W - 6.0,
            y + 15.0,
            escape(&b.label),
            y + 3.0,
            ROW - 6.0,
            LABEL_W + w + 4.0,
            y + 15.0,
            escape(&b.text)
        ));
        y += ROW;
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_escape_their_labels() {
        let items = [
            Bar {
                label: "Schulden & Geld".into(),
                value: 10.0,
                text: "10".into(),
            },
            Bar {
                label: "Arbeit".into(),
                value: 5.0,
                text: "5".into(),
            },
        ];
        let svg = bars("kinds", "Angebote", &items, 600.0, None);
        assert!(svg.contains("<title id=\"kinds-title\">Angebote</title>"));
        assert!(svg.contains("Schulden &amp; Geld"));
        // The largest fills the room (600 - 230 - 70), the other half of it.
        assert!(svg.contains("width=\"300.0\""), "{svg}");
        assert!(svg.contains("width=\"150.0\""));
        let shares = bars("s", "t", &items, 600.0, Some(20.0));
        assert!(shares.contains("width=\"150.0\"") && shares.contains("width=\"75.0\""));
        assert!(bars("e", "t", &[], 600.0, None).ends_with("</svg>"));
    }
}
