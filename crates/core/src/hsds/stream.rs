//! Reading a JSON document one top-level object at a time, so its shape cannot make
//! memory explode: a file of millions of empty arrays is refused after its first problems
//! instead of being built in memory first (issue 13), and one object may hold at most
//! [`MAX_VALUES_PER_OBJECT`] values.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::dataset::Dataset;
use super::entity::Entity;
use super::error::{Problems, Rejected, Source};
use super::nested;

/// Values (objects, arrays, texts, numbers…) one top-level HSDS object may hold. A real
/// service with all its locations, hours and languages holds a few thousand.
pub const MAX_VALUES_PER_OBJECT: usize = 200_000;

/// Reads a JSON document as [`nested::read_document`] does, taking the items of a
/// top-level array (or of an API page's `contents`) one at a time.
pub fn read_json(file: &str, text: &str, kind: Option<Entity>) -> Result<Dataset, Rejected> {
    let mut reader = Reader {
        file,
        kind,
        ds: Dataset::new(),
        problems: Problems::default(),
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let top = TopSeed(&mut reader)
        .deserialize(&mut de)
        .and_then(|top| de.end().map(|()| top));
    let top = match top {
        Ok(top) => top,
        // Reading stopped early because enough problems were found.
        Err(_) if reader.problems.full() => return Err(rejected(reader.problems)),
        Err(e) => {
            return Err(Rejected::one(
                Source::line(file, e.line() as u64),
                None,
                format!("not valid JSON: {e}"),
            ));
        }
    };
    match top {
        Top::Streamed => {
            reader.problems.into_result()?;
            Ok(reader.ds)
        }
        Top::Value(v) => nested::read_document(file, &v, kind),
    }
}

fn rejected(problems: Problems) -> Rejected {
    match problems.into_result() {
        Err(r) => r,
        Ok(()) => Rejected::one(Source::line("", 0), None, "stopped"),
    }
}

struct Reader<'a> {
    file: &'a str,
    kind: Option<Entity>,
    ds: Dataset,
    problems: Problems,
}

enum Top {
    /// The items were read into the data set.
    Streamed,
    /// Anything else, read whole (one object, or the tabular form as JSON).
    Value(Value),
}

struct TopSeed<'r, 'a>(&'r mut Reader<'a>);

impl<'de> DeserializeSeed<'de> for TopSeed<'_, '_> {
    type Value = Top;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_any(TopVisitor(self.0))
    }
}

struct TopVisitor<'r, 'a>(&'r mut Reader<'a>);

impl<'de> Visitor<'de> for TopVisitor<'_, '_> {
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
struct ContentsSeed<'r, 'a, 'b>(&'r mut Reader<'a>, &'b mut usize);

impl<'de> DeserializeSeed<'de> for ContentsSeed<'_, '_, '_> {
    type Value = Option<Value>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<Value>, D::Error> {
        d.deserialize_any(ContentsVisitor(self.0, self.1))
    }
}

struct ContentsVisitor<'r, 'a, 'b>(&'r mut Reader<'a>, &'b mut usize);

impl<'de> Visitor<'de> for ContentsVisitor<'_, '_, '_> {
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
    reader: &mut Reader<'_>,
    mut seq: A,
    base: &str,
) -> Result<(), A::Error> {
    let mut i = 0usize;
    while !reader.problems.full() {
        let mut budget = MAX_VALUES_PER_OBJECT;
        let Some(item) = seq.next_element_seed(Bounded(&mut budget))? else {
            return Ok(());
        };
        nested::read_item(
            reader.file,
            &format!("{base}/{i}"),
            &item,
            reader.kind,
            &mut reader.ds,
            &mut reader.problems,
        );
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
