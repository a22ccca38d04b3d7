//! Reading a JSON document one top-level object at a time, so its shape cannot make
//! memory explode: a file of millions of empty arrays is refused after its first problems
//! instead of being built in memory first (issue 13), and one object may hold at most
//! [`MAX_VALUES_PER_OBJECT`] values.

use std::fmt;
use std::io::BufRead;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::dataset::Dataset;
use super::entity::Entity;
use super::error::{Problem, Problems, Rejected, Source};
use super::ingest::{Batch, Batcher};
use super::nested;

/// Values (objects, arrays, texts, numbers…) one top-level HSDS object may hold. A real
/// service with all its locations, hours and languages holds a few thousand.
pub const MAX_VALUES_PER_OBJECT: usize = 200_000;

/// Reads a JSON document as [`nested::read_document`] does, taking the items of a
/// top-level array (or of an API page's `contents`) one at a time, into one data set.
pub fn read_json(file: &str, text: &str, kind: Option<Entity>) -> Result<Dataset, Rejected> {
    let mut ds = Dataset::new();
    let mut problems = Problems::default();
    let mut sink = |batch: Batch| {
        problems.0.extend(batch.problems);
        for (entity, record) in batch.records {
            if let Err(p) = ds.merge_record(entity, record) {
                problems.0.push(p);
            }
        }
        !problems.full()
    };
    let mut batcher = Batcher::new(&mut sink);
    stream_json(file, text.as_bytes(), kind, &mut batcher);
    batcher.finish();
    problems.into_result()?;
    Ok(ds)
}

/// Reads a JSON document from `input`, handing its records to `batcher` as it goes. A
/// top-level array — the form of large files — is read one item at a time, so memory
/// holds one item, not the file; anything else (one object, an API page, the tabular
/// form as JSON) is read whole. Problems name the line or the JSON pointer.
pub fn stream_json(
    file: &str,
    input: impl BufRead,
    kind: Option<Entity>,
    batcher: &mut Batcher<'_>,
) {
    let mut scan = Scanner { input, line: 1 };
    let first = match scan.start() {
        Ok(first) => first,
        Err(e) => return batcher.problem(scan.problem(file, e)),
    };
    if first != Some(b'[') {
        let mut text = Vec::new();
        if let Err(e) = scan.input.read_to_end(&mut text) {
            return batcher.problem(scan.problem(file, ScanError::Io(e)));
        }
        return match utf8(file, 1, &text) {
            Ok(text) => read_whole(file, text, kind, batcher),
            Err(p) => batcher.problem(p),
        };
    }
    if let Err(e) = stream_array(file, &mut scan, kind, batcher) {
        batcher.problem(scan.problem(file, e));
    }
}

/// The items of a top-level array, one at a time.
fn stream_array<R: BufRead>(
    file: &str,
    scan: &mut Scanner<R>,
    kind: Option<Entity>,
    batcher: &mut Batcher<'_>,
) -> Result<(), ScanError> {
    scan.input.consume(1);
    let mut item = Vec::new();
    let mut i = 0usize;
    loop {
        if batcher.stopped() {
            return Ok(());
        }
        match scan.skip_ws()? {
            None => return Err(ScanError::Syntax("the array is not closed".into())),
            Some(b']') if i == 0 => {
                scan.input.consume(1);
                break;
            }
            Some(_) => {}
        }
        let line = scan.line;
        item.clear();
        scan.take_value(&mut item)?;
        let pointer = format!("/{i}");
        match parse_item(file, line, &item) {
            Ok(value) => {
                let mut ds = Dataset::new();
                let mut problems = Problems::default();
                nested::read_item(file, &pointer, &value, kind, &mut ds, &mut problems);
                batcher.problems(problems);
                batcher.dataset(ds);
            }
            Err(p) => batcher.problem(p),
        }
        i += 1;
        match scan.skip_ws()? {
            Some(b',') => scan.input.consume(1),
            Some(b']') => {
                scan.input.consume(1);
                break;
            }
            Some(b) => {
                return Err(ScanError::Syntax(format!(
                    "expected `,` or `]` after an item, found `{}`",
                    char::from(b)
                )));
            }
            None => return Err(ScanError::Syntax("the array is not closed".into())),
        }
    }
    match scan.skip_ws()? {
        None => Ok(()),
        Some(_) => Err(ScanError::Syntax("text after the end of the array".into())),
    }
}

/// One item's bytes as a bounded JSON value.
fn parse_item(file: &str, line: u64, bytes: &[u8]) -> Result<Value, Problem> {
    let text = utf8(file, line, bytes)?;
    let mut budget = MAX_VALUES_PER_OBJECT;
    let mut de = serde_json::Deserializer::from_str(text);
    Bounded(&mut budget)
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| Problem {
            source: Source::line(file, line + e.line().saturating_sub(1) as u64),
            field: None,
            message: format!("not valid JSON: {e}"),
        })
}

/// The text of some bytes, or the line where they stop being UTF-8.
fn utf8<'b>(file: &str, first_line: u64, bytes: &'b [u8]) -> Result<&'b str, Problem> {
    std::str::from_utf8(bytes).map_err(|e| {
        let line = first_line
            + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64;
        Problem {
            source: Source::line(file, line),
            field: None,
            message: "not valid UTF-8 text; save the file as UTF-8".into(),
        }
    })
}

/// Bytes one item of a top-level array may take: a real service is some kilobytes.
pub const MAX_ITEM_BYTES: usize = 64 << 20;

#[derive(Debug)]
enum ScanError {
    Io(std::io::Error),
    Syntax(String),
}

impl From<std::io::Error> for ScanError {
    fn from(e: std::io::Error) -> ScanError {
        ScanError::Io(e)
    }
}

/// Splits a top-level JSON array into its items' bytes without building them: strings
/// and nesting are followed, the values themselves are parsed one item at a time.
struct Scanner<R> {
    input: R,
    line: u64,
}

impl<R: BufRead> Scanner<R> {
    fn problem(&self, file: &str, e: ScanError) -> Problem {
        let message = match e {
            ScanError::Io(e) => format!("cannot read: {e}"),
            ScanError::Syntax(s) => format!("not valid JSON: {s}"),
        };
        Problem {
            source: Source::line(file, self.line),
            field: None,
            message,
        }
    }

    /// Skips a byte-order mark and white space; the first byte of the document.
    fn start(&mut self) -> Result<Option<u8>, ScanError> {
        let buf = self.input.fill_buf()?;
        if buf.starts_with(b"\xEF\xBB\xBF") {
            self.input.consume(3);
        }
        self.skip_ws()
    }

    /// Skips white space; the next byte, not consumed.
    fn skip_ws(&mut self) -> Result<Option<u8>, ScanError> {
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return Ok(None);
            }
            let mut n = 0;
            for &b in buf {
                match b {
                    b'\n' => self.line += 1,
                    b' ' | b'\t' | b'\r' => {}
                    _ => {
                        self.input.consume(n);
                        return Ok(Some(b));
                    }
                }
                n += 1;
            }
            self.input.consume(n);
        }
    }

    /// Appends the bytes of the value that starts here to `out`.
    fn take_value(&mut self, out: &mut Vec<u8>) -> Result<(), ScanError> {
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        let mut started = false;
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return if started && depth == 0 && !in_string {
                    Ok(())
                } else {
                    Err(ScanError::Syntax("the file ends inside a value".into()))
                };
            }
            let mut end = None;
            for (i, &b) in buf.iter().enumerate() {
                if b == b'\n' {
                    self.line += 1;
                }
                if in_string {
                    if escaped {
                        escaped = false;
                    } else if b == b'\\' {
                        escaped = true;
                    } else if b == b'"' {
                        in_string = false;
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    continue;
                }
                match b {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    // A number or literal ends where the array goes on.
                    b',' | b']' | b'}' | b' ' | b'\t' | b'\r' | b'\n' if depth == 0 => {
                        if b == b'\n' {
                            self.line -= 1;
                        }
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
                started = true;
            }
            let n = end.unwrap_or(buf.len());
            if out.len() + n > MAX_ITEM_BYTES {
                return Err(ScanError::Syntax(format!(
                    "one item of the array is larger than {} MB",
                    MAX_ITEM_BYTES >> 20
                )));
            }
            out.extend_from_slice(&buf[..n]);
            self.input.consume(n);
            if end.is_some() {
                if out.is_empty() {
                    return Err(ScanError::Syntax("expected a value".into()));
                }
                return Ok(());
            }
        }
    }
}

/// A whole document that is not an array: one object, an API page (its `contents`
/// taken one item at a time) or the tabular form as JSON.
fn read_whole(file: &str, text: &str, kind: Option<Entity>, batcher: &mut Batcher<'_>) {
    let mut reader = Reader {
        file,
        kind,
        batcher,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let top = TopSeed(&mut reader)
        .deserialize(&mut de)
        .and_then(|top| de.end().map(|()| top));
    let top = match top {
        Ok(top) => top,
        // Reading stopped early because enough problems were found.
        Err(_) if reader.batcher.stopped() => return,
        Err(e) => {
            return reader.batcher.problem(Problem {
                source: Source::line(file, e.line() as u64),
                field: None,
                message: format!("not valid JSON: {e}"),
            });
        }
    };
    if let Top::Value(v) = top {
        match nested::read_document(file, &v, kind) {
            Ok(ds) => reader.batcher.dataset(ds),
            Err(rejected) => {
                for p in rejected.problems {
                    reader.batcher.problem(p);
                }
            }
        }
    }
}

struct Reader<'r, 'a, 's> {
    file: &'a str,
    kind: Option<Entity>,
    batcher: &'r mut Batcher<'s>,
}

enum Top {
    /// The items were handed on.
    Streamed,
    /// Anything else, read whole (one object, or the tabular form as JSON).
    Value(Value),
}

struct TopSeed<'q, 'r, 'a, 's>(&'q mut Reader<'r, 'a, 's>);

impl<'de> DeserializeSeed<'de> for TopSeed<'_, '_, '_, '_> {
    type Value = Top;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_any(TopVisitor(self.0))
    }
}

struct TopVisitor<'q, 'r, 'a, 's>(&'q mut Reader<'r, 'a, 's>);

impl<'de> Visitor<'de> for TopVisitor<'_, '_, '_, '_> {
    type Value = Top;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an HSDS object or an array of them")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Top, A::Error> {
        stream_items(self.0, seq, "")?;
        Ok(Top::Streamed)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let mut obj = Map::new();
        let mut budget = MAX_VALUES_PER_OBJECT;
        let mut streamed = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "contents" && !streamed {
                match map.next_value_seed(ContentsSeed(&mut *self.0, &mut budget))? {
                    None => streamed = true,
                    Some(v) => {
                        obj.insert(key, v);
                    }
                }
            } else {
                let v = map.next_value_seed(Bounded(&mut budget))?;
                obj.insert(key, v);
            }
        }
        Ok(if streamed {
            Top::Streamed
        } else {
            Top::Value(Value::Object(obj))
        })
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Top, E> {
        Ok(Top::Value(Value::Null))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Top, E> {
        Ok(Top::Value(Value::Null))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Top, E> {
        Ok(Top::Value(Value::Null))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Top, E> {
        Ok(Top::Value(Value::Null))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Top, E> {
        Ok(Top::Value(Value::Null))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Top, E> {
        Ok(Top::Value(Value::Null))
    }
}

/// An API page's `contents`: streamed when it is an array (`None`), else read whole
/// within the enclosing object's budget.
struct ContentsSeed<'q, 'r, 'a, 's, 'b>(&'q mut Reader<'r, 'a, 's>, &'b mut usize);

impl<'de> DeserializeSeed<'de> for ContentsSeed<'_, '_, '_, '_, '_> {
    type Value = Option<Value>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<Value>, D::Error> {
        d.deserialize_any(ContentsVisitor(self.0, self.1))
    }
}

struct ContentsVisitor<'q, 'r, 'a, 's, 'b>(&'q mut Reader<'r, 'a, 's>, &'b mut usize);

impl<'de> Visitor<'de> for ContentsVisitor<'_, '_, '_, '_, '_> {
    type Value = Option<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Option<Value>, A::Error> {
        stream_items(self.0, seq, "/contents")?;
        Ok(None)
    }

    // Anything else is an ordinary value of the object.
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<Value>, A::Error> {
        BoundedVisitor(self.1).visit_map(map).map(Some)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<Value>, E> {
        BoundedVisitor(self.1).visit_str(v).map(Some)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<Value>, E> {
        BoundedVisitor(self.1).visit_bool(v).map(Some)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<Value>, E> {
        BoundedVisitor(self.1).visit_i64(v).map(Some)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<Value>, E> {
        BoundedVisitor(self.1).visit_u64(v).map(Some)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<Value>, E> {
        BoundedVisitor(self.1).visit_f64(v).map(Some)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<Value>, E> {
        BoundedVisitor(self.1).visit_unit().map(Some)
    }
}

/// Reads each item of an array, checks and flattens it, and lets it go. Stops (leaving
/// the rest unread) once enough problems are found.
fn stream_items<'de, A: SeqAccess<'de>>(
    reader: &mut Reader<'_, '_, '_>,
    mut seq: A,
    base: &str,
) -> Result<(), A::Error> {
    let mut i = 0usize;
    while !reader.batcher.stopped() {
        let mut budget = MAX_VALUES_PER_OBJECT;
        let Some(item) = seq.next_element_seed(Bounded(&mut budget))? else {
            return Ok(());
        };
        let mut ds = Dataset::new();
        let mut problems = Problems::default();
        nested::read_item(
            reader.file,
            &format!("{base}/{i}"),
            &item,
            reader.kind,
            &mut ds,
            &mut problems,
        );
        reader.batcher.problems(problems);
        reader.batcher.dataset(ds);
        i += 1;
    }
    // Unread items make the JSON reader fail; the problems found are the answer.
    Err(de::Error::custom("too many problems"))
}

/// A JSON value of at most as many values as the budget has left.
struct Bounded<'b>(&'b mut usize);

impl<'de> DeserializeSeed<'de> for Bounded<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(BoundedVisitor(self.0))
    }
}

struct BoundedVisitor<'b>(&'b mut usize);

impl BoundedVisitor<'_> {
    fn take<E: de::Error>(&mut self) -> Result<(), E> {
        if *self.0 == 0 {
            return Err(E::custom(format!(
                "more than {MAX_VALUES_PER_OBJECT} values in one HSDS object"
            )));
        }
        *self.0 -= 1;
        Ok(())
    }
}

impl<'de> Visitor<'de> for BoundedVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(mut self, v: bool) -> Result<Value, E> {
        self.take()?;
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(mut self, v: i64) -> Result<Value, E> {
        self.take()?;
        Ok(Value::from(v))
    }
    fn visit_u64<E: de::Error>(mut self, v: u64) -> Result<Value, E> {
        self.take()?;
        Ok(Value::from(v))
    }
    fn visit_f64<E: de::Error>(mut self, v: f64) -> Result<Value, E> {
        self.take()?;
        Ok(Value::from(v))
    }
    fn visit_str<E: de::Error>(mut self, v: &str) -> Result<Value, E> {
        self.take()?;
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E: de::Error>(mut self, v: String) -> Result<Value, E> {
        self.take()?;
        Ok(Value::String(v))
    }
    fn visit_unit<E: de::Error>(mut self) -> Result<Value, E> {
        self.take()?;
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(mut self) -> Result<Value, E> {
        self.take()?;
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Value, A::Error> {
        self.take()?;
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(Bounded(&mut *self.0))? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Value, A::Error> {
        self.take()?;
        let mut out = Map::new();
        while let Some(k) = map.next_key::<String>()? {
            let v = map.next_value_seed(Bounded(&mut *self.0))?;
            out.insert(k, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!([
            {"id": "0b000000-0000-4000-8000-000000000001", "name": "Angebot", "status": "active",
             "organization": {"id": "0b000000-0000-4000-8000-0000000000a1", "name": "Träger", "description": "Beispieldaten"}},
            {"id": "0b000000-0000-4000-8000-000000000002", "name": "Zweites", "status": "active",
             "organization_id": "0b000000-0000-4000-8000-0000000000a1"}
        ])
    }

    #[test]
    fn reads_what_the_whole_document_reader_reads() {
        for d in [
            doc(),
            json!({"total_items": 2, "contents": doc()}),
            doc()[0].clone(),
        ] {
            let text = d.to_string();
            let streamed = read_json("t.json", &text, None).unwrap();
            let whole = nested::read_document("t.json", &d, None).unwrap();
            assert_eq!(streamed.same_records(&whole), Ok(()));
            assert!(!streamed.is_empty());
        }
    }

    #[test]
    fn hostile_shapes_stop_early_with_a_clear_error() {
        // Millions of empty arrays: refused after the first problems, not built first.
        let text = format!("[{}[]]", "[],".repeat(2_000_000));
        let err = read_json("big.json", &text, None).unwrap_err().to_string();
        assert!(err.contains("cannot tell which HSDS object"), "{err}");
        // One object with more values than any service has.
        let text = format!(
            "[{{\"id\": \"x\", \"extra\": [{}0]}}]",
            "0,".repeat(MAX_VALUES_PER_OBJECT + 1)
        );
        let err = read_json("wide.json", &text, None).unwrap_err().to_string();
        assert!(err.contains("values in one HSDS object"), "{err}");
        assert!(err.contains("line 1"), "{err}");
        // Broken JSON still names its line.
        let err = read_json("b.json", "[\n{\"id\": }\n]", None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2") || err.contains(":2"), "{err}");
    }
}
