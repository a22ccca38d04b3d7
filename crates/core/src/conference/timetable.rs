//! The programme as a timetable: sessions that overlap in time form one block and stand
//! side by side (the parallel workshops); a session alone in its time is a block of one
//! across the whole width. Blocks read top to bottom on a phone and in print alike.

/// Sessions that overlap in time, in the order given (the caller's room order).
#[derive(Debug, PartialEq, Eq)]
pub struct Block<'a, T> {
    pub starts: u32,
    pub ends: u32,
    pub items: Vec<&'a T>,
}

impl<T> Block<'_, T> {
    /// More than one session at this time.
    pub fn parallel(&self) -> bool {
        self.items.len() > 1
    }
}

/// The blocks of `items` by their (start, end) in minutes, earliest first. Items that
/// start at the same time keep the order they are given in.
pub fn blocks<'a, T>(items: Vec<&'a T>, span: impl Fn(&T) -> (u32, u32)) -> Vec<Block<'a, T>> {
    let mut sorted = items;
    sorted.sort_by_key(|t| span(t).0);
    let mut out: Vec<Block<'a, T>> = Vec::new();
    for item in sorted {
        let (starts, ends) = span(item);
        match out.last_mut() {
            Some(block) if starts < block.ends => {
                block.ends = block.ends.max(ends);
                block.items.push(item);
            }
            _ => out.push(Block {
                starts,
                ends,
                items: vec![item],
            }),
        }
    }
    out
}

/// Whether two spans of time (start, end) share a minute; touching ones do not.
pub fn overlaps(a: (u32, u32), b: (u32, u32)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The first two sessions that are in the same room at the same time, if any.
pub fn room_clash<T>(
    items: &[T],
    room: impl Fn(&T) -> &str,
    span: impl Fn(&T) -> (u32, u32),
) -> Option<(&T, &T)> {
    items.iter().enumerate().find_map(|(i, a)| {
        items[i + 1..]
            .iter()
            .find_map(|b| (room(a) == room(b) && overlaps(span(a), span(b))).then_some((a, b)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_sessions_stand_side_by_side() {
        // (name, starts, ends)
        let s = [
            ("talk", 540, 600),
            ("ws-b", 780, 870),
            ("ws-a", 780, 870),
            ("lunch", 720, 780),
            ("ws-c", 790, 860),
            ("close", 870, 900),
        ];
        let b = blocks(s.iter().collect(), |x| (x.1, x.2));
        let names: Vec<Vec<&str>> = b
            .iter()
            .map(|b| b.items.iter().map(|x| x.0).collect())
            .collect();
        assert_eq!(
            names,
            vec![
                vec!["talk"],
                vec!["lunch"],
                vec!["ws-b", "ws-a", "ws-c"],
                vec!["close"]
            ]
        );
        assert!(b[2].parallel() && !b[0].parallel());
        assert_eq!((b[2].starts, b[2].ends), (780, 870));
    }

    #[test]
    fn two_sessions_in_one_room_at_once_clash() {
        let s = [
            ("a", "r1", 540, 600),
            ("b", "r2", 550, 600),
            ("c", "r1", 599, 640),
        ];
        let clash = room_clash(&s, |x| x.1, |x| (x.2, x.3)).map(|(a, b)| (a.0, b.0));
        assert_eq!(clash, Some(("a", "c")));
        let fine = [("a", "r1", 540, 600), ("c", "r1", 600, 640)];
        assert!(room_clash(&fine, |x| x.1, |x| (x.2, x.3)).is_none());
    }
}
