//! The state as SVG without a tile server: every populated place of the gazetteer a dot,
//! coloured by the accessibility index of the chosen need, with a legend. Readable
//! without JavaScript; the page puts the same figures beside it as a table.

use beratungsnetz_core::reports::coverage::{DemandPoint, PointCoverage};

/// Classes of the index (fitting services per 100 000 people in reach): upper bounds.
pub const CLASSES: [f64; 4] = [0.0, 2.0, 5.0, 10.0];
/// Colours of the classes (none, few, some, good, very good): a sequential palette that
/// stays apart for colour-blind readers (ColorBrewer RdBu: none is red, much is blue).
pub const COLOURS: [&str; 5] = ["#b2182b", "#f4a582", "#d1e5f0", "#67a9cf", "#2166ac"];

/// The class of an index value: 0 (none) to 4.
pub fn class(access: f64) -> usize {
    CLASSES.iter().take_while(|bound| access > **bound).count()
}

/// The SVG of the places, `width` wide, north up; `title` and `legend` (five labels) as
/// the reader reads them.
pub fn svg(
    points: &[DemandPoint],
    coverage: &[PointCoverage],
    width: f64,
    title: &str,
    legend: &[String; 5],
) -> String {
    let (mut south, mut north, mut west, mut east) = (90.0f64, -90.0f64, 180.0f64, -180.0f64);
    for p in points {
        south = south.min(p.lat);
        north = north.max(p.lat);
        west = west.min(p.lon);
        east = east.max(p.lon);
    }
    if points.is_empty() {
        (south, north, west, east) = (0.0, 1.0, 0.0, 1.0);
    }
    // A flat projection true to scale at the middle latitude.
    let squeeze = ((south + north) / 2.0).to_radians().cos();
    let (w_deg, h_deg) = (
        ((east - west) * squeeze).max(1e-6),
        (north - south).max(1e-6),
    );
    let margin = 10.0;
    let scale = (width - 2.0 * margin) / w_deg;
    let height = h_deg * scale + 2.0 * margin;
    let legend_h = 22.0 * 5.0 + 10.0;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:.0} {:.0}\" \
         role=\"img\" aria-labelledby=\"map-title\" class=\"coverage-map\">\
         <title id=\"map-title\">{}</title>",
        height + legend_h,
        escape(title)
    );
    out.push_str("<g class=\"places\">");
    for (p, c) in points.iter().zip(coverage) {
        let x = margin + (p.lon - west) * squeeze * scale;
        let y = margin + (north - p.lat) * scale;
        out.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.6\" fill=\"{}\"/>",
            COLOURS[class(c.access)]
        ));
    }
    out.push_str("</g><g class=\"legend\">");
    for (i, (colour, label)) in COLOURS.iter().zip(legend).enumerate() {
        let y = height + 8.0 + 22.0 * f64::from(u8::try_from(i).unwrap_or(0));
        out.push_str(&format!(
            "<rect x=\"{margin}\" y=\"{y:.0}\" width=\"14\" height=\"14\" fill=\"{colour}\" \
             stroke=\"#333\" stroke-width=\"0.5\"/><text x=\"{:.0}\" y=\"{:.0}\" \
             font-size=\"13\" font-family=\"Noto Sans, sans-serif\">{}</text>",
            margin + 20.0,
            y + 12.0,
            escape(label)
        ));
    }
    out.push_str("</g></svg>");
    out
}

pub(super) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_drawn_north_up_in_their_class_colour() {
        let p = |lat, lon| DemandPoint {
            plz: String::new(),
            name: String::new(),
            district: String::new(),
            lat,
            lon,
            population: 1.0,
        };
        let c = |access| PointCoverage {
            nearest: None,
            access,
        };
        let legend = [
            "a<".to_string(),
            "b".into(),
            "c".into(),
            "d".into(),
            "e".into(),
        ];
        let svg = svg(
            &[p(52.0, 11.0), p(51.0, 12.0)],
            &[c(0.0), c(12.0)],
            300.0,
            "T & U",
            &legend,
        );
        assert!(svg.contains("<title id=\"map-title\">T &amp; U</title>"));
        assert!(svg.contains("a&lt;"));
        // The northern place at the top (y = margin), red; the southern one below, blue.
        assert!(
            svg.contains("cy=\"10.0\" r=\"2.6\" fill=\"#b2182b\""),
            "{svg}"
        );
        assert!(svg.contains("fill=\"#2166ac\""));
        assert_eq!(
            (class(0.0), class(1.0), class(4.0), class(7.0), class(50.0)),
            (0, 1, 2, 3, 4)
        );
    }
}
