//! Case matching ("Fallkonstellation"): several needs of one client at once, each
//! answered with the services that fit in reach, why each fits, and why a near one was
//! left out; a need with nothing in reach is said plainly, with the nearest alternative.
//! Services covering several of the needs come first. Nothing about the client is
//! kept: a case lives for one request.

use serde::Serialize;

/// What the counsellor tells about the client's situation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Case {
    /// Vocabulary codes (`need:debts`), in the order asked.
    pub needs: Vec<String>,
    /// ISO 639 codes of the languages the client speaks; empty: any service will do.
    pub languages: Vec<String>,
    pub age: Option<u8>,
    pub free_only: bool,
    pub barrier_free: bool,
    /// How far the client can travel, in kilometres.
    pub radius_km: f64,
    /// Help by phone or video counts as in reach wherever it is offered.
    pub remote_ok: bool,
}

/// A service as matching weighs it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Offer {
    pub id: String,
    /// Vocabulary codes.
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    pub free: bool,
    pub barrier_free: bool,
    pub statewide: bool,
    /// Offered by phone or video.
    pub remote: bool,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    /// To its nearest place; None: no place (statewide or remote only).
    pub distance_km: Option<f64>,
    /// When it is next open, as (weekday 0 = Monday, minute of the day) in Germany's
    /// time; `open_now` when that is now. None: it gives no hours.
    pub open_now: bool,
    pub next_opening: Option<(u8, u16)>,
    /// Places free now, when the service says.
    pub capacity: Option<f64>,
}

/// Why a service fits.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Why {
    /// It serves the need.
    Need { code: String },
    /// It is offered in a language the client speaks.
    Language { code: String },
    /// It is this far away, within the radius.
    Near { km: f64 },
    /// It serves the whole state and has no place to go to (by phone, online).
    Statewide,
    /// It helps by phone or video.
    Remote,
    /// It serves other needs of the case too.
    AlsoServes { codes: Vec<String> },
    /// It is open now.
    OpenNow,
    /// It opens next on this weekday (0 = Monday) at this minute of the day.
    Opens { weekday: u8, minute: u16 },
    /// It has this many places free now.
    Capacity { available: f64 },
}

/// Why a service was left out.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum WhyNot {
    /// Offered in none of the client's languages.
    Language,
    /// The client's age is outside the ages it is for.
    Age { min: Option<u8>, max: Option<u8> },
    /// It costs something, and only free help was asked for.
    NotFree,
    /// Not barrier-free, which was asked for.
    NotBarrierFree,
    /// Farther than the radius.
    OutOfReach { km: f64 },
    /// It says it has no place free now.
    Full,
}

/// One service weighed for one need.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub id: String,
    pub distance_km: Option<f64>,
    pub why: Vec<Why>,
    pub why_not: Vec<WhyNot>,
}

impl Assessment {
    pub fn fits(&self) -> bool {
        self.why_not.is_empty()
    }
}

/// The answer for one need.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NeedAnswer {
    pub need: String,
    /// What fits, best first: more of the case's needs served, then nearer.
    pub fitting: Vec<Assessment>,
    /// Services in reach that were left out, nearest first, each with why.
    pub left_out: Vec<Assessment>,
    /// When nothing fits in reach: the nearest that fits but for the distance.
    pub nearest: Option<Assessment>,
}

/// How many services an answer lists per need, fitting and left out each.
pub const PER_NEED: usize = 3;

/// Weighs `offer` for `need` of `case`.
pub fn assess(case: &Case, offer: &Offer, need: &str) -> Assessment {
    let mut why = vec![Why::Need {
        code: need.to_string(),
    }];
    let mut why_not = Vec::new();
    // A service that names no languages is not held against any: unknown is no reason.
    if !case.languages.is_empty() && !offer.languages.is_empty() {
        match case.languages.iter().find(|l| offer.languages.contains(l)) {
            Some(l) => why.push(Why::Language { code: l.clone() }),
            None => why_not.push(WhyNot::Language),
        }
    }
    if let Some(age) = case.age {
        let too_young = offer.min_age.is_some_and(|m| age < m);
        let too_old = offer.max_age.is_some_and(|m| age > m);
        if too_young || too_old {
            why_not.push(WhyNot::Age {
                min: offer.min_age,
                max: offer.max_age,
            });
        }
    }
    if case.free_only && !offer.free {
        why_not.push(WhyNot::NotFree);
    }
    if case.barrier_free && !offer.barrier_free {
        why_not.push(WhyNot::NotBarrierFree);
    }
    // A statewide service with an office far away is not in reach for a visit: it is
    // then the nearest alternative. One without any place (a hotline) reaches everyone.
    match offer.distance_km {
        Some(km) if km <= case.radius_km => why.push(Why::Near { km }),
        _ if case.remote_ok && offer.remote => why.push(Why::Remote),
        None if offer.statewide => why.push(Why::Statewide),
        Some(km) => why_not.push(WhyNot::OutOfReach { km }),
        None => why_not.push(WhyNot::OutOfReach { km: f64::INFINITY }),
    }
    // Only what the service says: unknown capacity is no reason either way.
    match offer.capacity {
        Some(n) if n < 1.0 => why_not.push(WhyNot::Full),
        Some(n) => why.push(Why::Capacity { available: n }),
        None => {}
    }
    let also: Vec<String> = case
        .needs
        .iter()
        .filter(|n| n.as_str() != need && offer.tags.contains(n))
        .cloned()
        .collect();
    if !also.is_empty() {
        why.push(Why::AlsoServes { codes: also });
    }
    if offer.open_now {
        why.push(Why::OpenNow);
    } else if let Some((weekday, minute)) = offer.next_opening {
        why.push(Why::Opens { weekday, minute });
    }
    Assessment {
        id: offer.id.clone(),
        distance_km: offer.distance_km,
        why,
        why_not,
    }
}

/// How many of the case's needs an assessment says the service serves.
fn served(a: &Assessment) -> usize {
    1 + a
        .why
        .iter()
        .map(|w| match w {
            Why::AlsoServes { codes } => codes.len(),
            _ => 0,
        })
        .sum::<usize>()
}

fn distance(a: &Assessment) -> f64 {
    a.distance_km.unwrap_or(f64::INFINITY)
}

/// Answers one need from the services found for it (any order).
pub fn answer_need(case: &Case, need: &str, offers: &[Offer]) -> NeedAnswer {
    let mut all: Vec<Assessment> = offers
        .iter()
        .filter(|o| o.tags.iter().any(|t| t == need))
        .map(|o| assess(case, o, need))
        .collect();
    all.sort_by(|a, b| distance(a).total_cmp(&distance(b)).then(a.id.cmp(&b.id)));
    let in_reach = |a: &Assessment| {
        !a.why_not
            .iter()
            .any(|w| matches!(w, WhyNot::OutOfReach { .. }))
    };
    let mut fitting: Vec<Assessment> = all.iter().filter(|a| a.fits()).cloned().collect();
    // More needs served first; the sort is stable, so nearer stays first within.
    fitting.sort_by_key(|a| std::cmp::Reverse(served(a)));
    fitting.truncate(PER_NEED);
    let left_out: Vec<Assessment> = all
        .iter()
        .filter(|a| !a.fits() && in_reach(a))
        .take(PER_NEED)
        .cloned()
        .collect();
    let nearest = if fitting.is_empty() {
        all.iter()
            .find(|a| {
                a.why_not
                    .iter()
                    .all(|w| matches!(w, WhyNot::OutOfReach { km } if km.is_finite()))
            })
            .cloned()
    } else {
        None
    };
    NeedAnswer {
        need: need.to_string(),
        fitting,
        left_out,
        nearest,
    }
}

/// The services that fit two or more of the case's needs: (id, the needs), most first.
pub fn serving_several(answers: &[NeedAnswer]) -> Vec<(String, Vec<String>)> {
    let mut by_service: Vec<(String, Vec<String>)> = Vec::new();
    for answer in answers {
        for a in &answer.fitting {
            match by_service.iter_mut().find(|(id, _)| *id == a.id) {
                Some((_, needs)) => needs.push(answer.need.clone()),
                None => by_service.push((a.id.clone(), vec![answer.need.clone()])),
            }
        }
    }
    by_service.retain(|(_, needs)| needs.len() > 1);
    by_service.sort_by_key(|(_, needs)| std::cmp::Reverse(needs.len()));
    by_service
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn offer(id: &str, tags: &[&str], km: Option<f64>) -> Offer {
        Offer {
            id: id.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            languages: vec!["de".into(), "ar".into()],
            free: true,
            distance_km: km,
            ..Offer::default()
        }
    }

    fn case(needs: &[&str]) -> Case {
        Case {
            needs: needs.iter().map(|t| t.to_string()).collect(),
            languages: vec!["ar".into()],
            radius_km: 25.0,
            ..Case::default()
        }
    }

    #[test]
    fn capacity_counts_only_where_a_service_says_it() {
        let c = case(&["need:debts"]);
        let mut free = offer("free", &["need:debts"], Some(2.0));
        free.capacity = Some(3.0);
        let mut full = offer("full", &["need:debts"], Some(1.0));
        full.capacity = Some(0.0);
        let unknown = offer("unknown", &["need:debts"], Some(4.0));
        let a = answer_need(&c, "need:debts", &[free, full, unknown]);
        let ids: Vec<&str> = a.fitting.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["free", "unknown"]);
        assert!(a.fitting[0].why.contains(&Why::Capacity { available: 3.0 }));
        assert!(
            !a.fitting[1]
                .why
                .iter()
                .any(|w| matches!(w, Why::Capacity { .. }))
        );
        assert_eq!(a.left_out.len(), 1);
        assert_eq!(a.left_out[0].why_not, [WhyNot::Full]);
    }

    #[test]
    fn each_left_out_service_says_why() {
        let mut c = case(&["need:residence"]);
        c.age = Some(20);
        c.free_only = true;
        let mut adults = offer("mbe", &["need:residence"], Some(2.0));
        adults.min_age = Some(27);
        let mut english = offer("en-only", &["need:residence"], Some(3.0));
        english.languages = vec!["en".into()];
        let mut paid = offer("paid", &["need:residence"], Some(4.0));
        paid.free = false;
        let jmd = offer("jmd", &["need:residence"], Some(5.0));
        let a = answer_need(&c, "need:residence", &[adults, english, paid, jmd]);
        assert_eq!(a.fitting.len(), 1);
        assert_eq!(a.fitting[0].id, "jmd");
        assert!(
            a.fitting[0]
                .why
                .contains(&Why::Language { code: "ar".into() })
        );
        assert!(a.fitting[0].why.contains(&Why::Near { km: 5.0 }));
        let why_not: Vec<(&str, &WhyNot)> = a
            .left_out
            .iter()
            .map(|l| (l.id.as_str(), &l.why_not[0]))
            .collect();
        assert_eq!(
            why_not,
            [
                (
                    "mbe",
                    &WhyNot::Age {
                        min: Some(27),
                        max: None
                    }
                ),
                ("en-only", &WhyNot::Language),
                ("paid", &WhyNot::NotFree),
            ]
        );
        assert!(a.nearest.is_none());
    }

    #[test]
    fn several_needs_at_once_come_first_and_nothing_in_reach_is_said() {
        let c = case(&["need:debts", "need:housing", "need:trauma"]);
        let near = offer("near-debts", &["need:debts"], Some(1.0));
        let both = offer(
            "debts-and-housing",
            &["need:debts", "need:housing"],
            Some(9.0),
        );
        let far = offer("far-trauma", &["need:trauma"], Some(80.0));
        let mut phone = offer("phone-trauma", &["need:trauma"], Some(120.0));
        phone.remote = true;
        let offers = [near, both, far, phone];
        let debts = answer_need(&c, "need:debts", &offers);
        assert_eq!(debts.fitting[0].id, "debts-and-housing", "two needs first");
        assert_eq!(debts.fitting[1].id, "near-debts");
        let housing = answer_need(&c, "need:housing", &offers);
        let several = serving_several(&[debts, housing.clone()]);
        assert_eq!(
            several,
            [(
                "debts-and-housing".to_string(),
                vec!["need:debts".to_string(), "need:housing".to_string()]
            )]
        );
        // Trauma: nothing within 25 km; the nearest that fits but for the distance.
        let trauma = answer_need(&c, "need:trauma", &offers);
        assert!(trauma.fitting.is_empty());
        assert!(trauma.left_out.is_empty(), "out of reach is not 'left out'");
        assert_eq!(trauma.nearest.as_ref().unwrap().id, "far-trauma");
        // Help by phone counts when the client can take it.
        let mut remote = c.clone();
        remote.remote_ok = true;
        let trauma = answer_need(&remote, "need:trauma", &offers);
        assert_eq!(trauma.fitting[0].id, "phone-trauma");
        assert!(trauma.fitting[0].why.contains(&Why::Remote));
    }

    #[test]
    fn statewide_services_are_in_reach_and_services_for_other_needs_are_not_answers() {
        let c = case(&["need:residence"]);
        let mut state = offer("statewide", &["need:residence"], None);
        state.statewide = true;
        let other = offer("other", &["need:debts"], Some(1.0));
        let a = answer_need(&c, "need:residence", &[other, state]);
        assert_eq!(a.fitting.len(), 1);
        assert_eq!(a.fitting[0].why[2], Why::Statewide);
    }

    #[test]
    fn opening_hours_are_a_reason() {
        let c = case(&["need:debts"]);
        let mut open = offer("open", &["need:debts"], Some(1.0));
        open.open_now = true;
        let mut later = offer("later", &["need:debts"], Some(2.0));
        later.next_opening = Some((1, 540));
        let a = answer_need(&c, "need:debts", &[open, later]);
        assert!(a.fitting[0].why.contains(&Why::OpenNow));
        assert!(a.fitting[1].why.contains(&Why::Opens {
            weekday: 1,
            minute: 540
        }));
    }
}
