//! The tabular exchange form: a data package (`datapackage.json` + one CSV per table).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io::{Read, Write};
use std::rc::Rc;

use serde_json::{Map, Number, Value, json};

use super::constraints::{Constraints, Uniques};
use super::dataset::{Dataset, Record};
use super::entity::Entity;
use super::error::{Problem, Problems, Source};
use super::ingest::{Batch, Batcher};
use super::package::{self, DATAPACKAGE_JSON, Field, FieldType, Table};
use super::temporal::check_temporal;

/// Field types a third party's `datapackage.json` declares for its extension columns.
pub type Declared = HashMap<Entity, Table>;

/// Reads the tables a (possibly third-party) data package description declares.
pub fn declared(package_json: &Value) -> Declared {
    package::parse_resources(package_json).into_iter().collect()
}

/// The foreign keys a package declares, per table (the ledger checks those beyond the
/// official ones).
pub fn declared_keys(declared: &Declared) -> super::ingest::DeclaredKeys {
    declared
        .iter()
        .filter(|(_, t)| !t.foreign_keys.is_empty())
        .map(|(e, t)| (*e, t.foreign_keys.clone()))
        .collect()
}

/// Checks the resources a package's `datapackage.json` lists: each must be an HSDS table
/// (rows of any other would be lost) whose file is in the package (`present`).
pub fn listed_resources(package_json: &Value, present: impl Fn(&str) -> bool) -> Vec<Problem> {
    let mut problems = Vec::new();
    let resources = package_json
        .get("resources")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    for (i, r) in resources.iter().enumerate() {
        let source = Source::pointer("datapackage.json", format!("/resources/{i}"));
        let name = r.get("name").and_then(Value::as_str).unwrap_or_default();
        let mut problem = |field: &str, message: String| {
            problems.push(Problem {
                source: source.clone(),
                field: Some(field.to_string()),
                message,
            })
        };
        if Entity::from_table(name).is_none() {
            problem(
                "name",
                format!("`{name}` is not a table of HSDS; its rows cannot be imported"),
            );
            continue;
        }
        // A key this import could not check would be a declared constraint let go.
        let keys = r
            .pointer("/schema/foreignKeys")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        for (k, key) in keys.iter().enumerate() {
            let target = key
                .pointer("/reference/resource")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if !target.is_empty() && Entity::from_table(target).is_none() {
                problem(
                    &format!("schema/foreignKeys/{k}"),
                    format!("refers to `{target}`, which is not a table of HSDS"),
                );
            } else if !package::checkable_key(key) {
                problem(
                    &format!("schema/foreignKeys/{k}"),
                    "only keys of one field onto `id` can be checked".into(),
                );
            }
        }
        match r.get("path").and_then(Value::as_str) {
            Some(path) if present(path) => {}
            Some(path) => problem(
                "path",
                format!("the package lists `{path}` for table {name}, but has no such file"),
            ),
            None => problem("path", format!("table {name} has no path")),
        }
    }
    problems
}

/// The CSV file name of a table, as the official package names it.
pub fn file_name(entity: Entity) -> &'static str {
    package::table(entity).path.as_str()
}

/// Columns a CSV table may have (HSDS tables have up to about 30, with extensions more).
pub const MAX_COLUMNS: usize = 1000;
/// Bytes one CSV cell may hold (a long description is some kilobytes).
pub const MAX_CELL_BYTES: usize = 1 << 20;

/// Walks the bytes once, before the CSV reader builds anything: a row of millions of
/// commas or a cell of hundreds of megabytes would otherwise be built in memory before
/// any check could see it. Fed in pieces, so a file is walked without being held.
#[derive(Debug)]
pub struct ShapeCheck {
    line: u64,
    row_line: u64,
    cells: usize,
    cell_bytes: usize,
    quoted: bool,
}

impl Default for ShapeCheck {
    fn default() -> ShapeCheck {
        ShapeCheck {
            line: 1,
            row_line: 1,
            cells: 1,
            cell_bytes: 0,
            quoted: false,
        }
    }
}

impl ShapeCheck {
    /// The next piece of the file; the line and the problem, if there is one.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), (u64, String)> {
        for &b in bytes {
            match b {
                b'"' => self.quoted = !self.quoted,
                b',' if !self.quoted => {
                    self.cells += 1;
                    self.cell_bytes = 0;
                    if self.cells > MAX_COLUMNS {
                        return Err((
                            self.row_line,
                            format!("more than {MAX_COLUMNS} columns in one row"),
                        ));
                    }
                    continue;
                }
                b'\n' if !self.quoted => {
                    self.line += 1;
                    self.row_line = self.line;
                    self.cells = 1;
                    self.cell_bytes = 0;
                    continue;
                }
                b'\n' => self.line += 1,
                _ => {}
            }
            self.cell_bytes += 1;
            if self.cell_bytes > MAX_CELL_BYTES {
                return Err((
                    self.row_line,
                    format!("a cell of more than {} MB", MAX_CELL_BYTES >> 20),
                ));
            }
        }
        Ok(())
    }
}

fn check_shape(bytes: &[u8]) -> Result<(), (u64, String)> {
    ShapeCheck::default().feed(bytes)
}

/// Reads one CSV table held in memory into `ds`; a second row with the same id is a
/// problem. Problems name the file, the line and the column.
pub fn read_csv(
    file: &str,
    entity: Entity,
    bytes: &[u8],
    declared: Option<&Table>,
    ds: &mut Dataset,
    problems: &mut Problems,
) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Err((line, message)) = check_shape(bytes) {
        problems.push(Source::line(file, line), None, message);
        return;
    }
    let mut sink = |batch: Batch| {
        problems.0.extend(batch.problems);
        for (entity, record) in batch.records {
            if let Err(p) = ds.insert_unique(entity, record) {
                problems.0.push(p);
            }
        }
        !problems.full()
    };
    let mut batcher = Batcher::new(&mut sink);
    stream_csv(file, entity, bytes, declared, &mut batcher);
    batcher.finish();
}

/// Reads one CSV table whose shape was checked ([`ShapeCheck`]) from `input`, handing
/// its rows on one batch at a time. Problems name the file, the line and the column.
pub fn stream_csv(
    file: &str,
    entity: Entity,
    input: impl Read,
    declared: Option<&Table>,
    batcher: &mut Batcher<'_>,
) {
    let newlines = Rc::new(RefCell::new(VecDeque::new()));
    let input = NewlineLog {
        input,
        at: 0,
        newlines: Rc::clone(&newlines),
    };
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let problem = |line: u64, field: Option<&str>, message: String| Problem {
        source: Source::line(file, line),
        field: field.map(str::to_string),
        message,
    };
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => return batcher.problem(problem(1, None, csv_error(&e))),
    };
    if !headers.iter().any(|h| h == "id") {
        return batcher.problem(problem(
            1,
            Some("id"),
            "the header has no `id` column".into(),
        ));
    }
    let rules: Vec<(FieldType, Constraints)> = headers
        .iter()
        .map(|h| column_rules(entity, declared, h))
        .collect();
    let mut uniques = Uniques::default();
    let mut lines = LineCounter {
        newlines,
        line: 1,
        // The header's bytes are behind us already.
        after: 0,
    };
    let mut row = csv::StringRecord::new();
    loop {
        if batcher.stopped() {
            return;
        }
        match reader.read_record(&mut row) {
            Ok(true) => {}
            Ok(false) => return,
            Err(e) => {
                let line = lines.line_at(e.position().map_or(0, csv::Position::byte));
                // A broken encoding or quoting makes every later line suspect.
                return batcher.problem(problem(line, None, csv_error(&e)));
            }
        }
        let line = lines.line_at(row.position().map_or(0, csv::Position::byte));
        if row.len() != headers.len() {
            batcher.problem(problem(
                line,
                None,
                format!(
                    "has {} columns, the header has {}",
                    row.len(),
                    headers.len()
                ),
            ));
            continue;
        }
        let mut fields = Map::new();
        for ((name, raw), (kind, rules)) in headers.iter().zip(row.iter()).zip(&rules) {
            if raw.is_empty() {
                continue;
            }
            match typed_cell(raw, *kind, rules) {
                Ok(v) => {
                    fields.insert(name.to_string(), v);
                }
                Err(msg) => batcher.problem(problem(line, Some(name), msg)),
            }
            // The ledger checks ids across files, naming the first row.
            if rules.unique
                && name != "id"
                && let Some(first) = uniques.note(name, raw, line)
            {
                batcher.problem(problem(
                    line,
                    Some(name),
                    format!("`{raw}` is declared unique but already appears in line {first}"),
                ));
            }
        }
        let Some(id) = fields.get("id").and_then(Value::as_str).map(str::to_string) else {
            batcher.problem(problem(line, Some("id"), "empty id".into()));
            continue;
        };
        batcher.record(
            entity,
            Record {
                id,
                fields,
                source: Source::line(file, line),
            },
        );
    }
}

/// Passes bytes through, noting where each line break is, so that lines can be told
/// from the byte offsets the CSV reader gives without holding the file.
struct NewlineLog<R> {
    input: R,
    at: u64,
    newlines: Rc<RefCell<VecDeque<u64>>>,
}

impl<R: Read> Read for NewlineLog<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.input.read(buf)?;
        let mut log = self.newlines.borrow_mut();
        for (i, &b) in buf[..n].iter().enumerate() {
            if b == b'\n' {
                log.push_back(self.at + i as u64);
            }
        }
        self.at += n as u64;
        Ok(n)
    }
}

/// Line numbers from byte offsets: the csv crate counts CRLF files' lines one short.
struct LineCounter {
    newlines: Rc<RefCell<VecDeque<u64>>>,
    line: u64,
    after: u64,
}

impl LineCounter {
    /// The 1-based line of the record starting at `offset` (offsets only grow).
    fn line_at(&mut self, offset: u64) -> u64 {
        let mut log = self.newlines.borrow_mut();
        // A record "starting" on the \n of a CRLF really starts after it.
        let start = if log.front() == Some(&offset) {
            offset + 1
        } else {
            offset
        };
        if start > self.after {
            while log.front().is_some_and(|&nl| nl < start) {
                log.pop_front();
                self.line += 1;
            }
            self.after = start;
        }
        self.line
    }
}

fn csv_error(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8 text; save the file as UTF-8".into(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("has {len} columns, the header has {expected_len}"),
        _ => format!("unreadable CSV: {e}"),
    }
}

/// The type and the rules of a column: the official description's, with what the
/// package's own `datapackage.json` declares on top (and alone for extension columns).
fn column_rules(entity: Entity, declared: Option<&Table>, name: &str) -> (FieldType, Constraints) {
    let official = package::table(entity).field(name);
    let own = declared.and_then(|d| d.field(name));
    let kind = official.or(own).map_or(FieldType::String, |f| f.kind);
    let rules = match (official, own) {
        // Ids are checked per record (a UUID) and across files (unique) by the import.
        _ if name == "id" => Constraints::default(),
        (Some(o), Some(d)) => o.constraints.and(&d.constraints),
        (Some(f), None) | (None, Some(f)) => f.constraints.clone(),
        (None, None) => Constraints::default(),
    };
    (kind, rules)
}

/// One cell as its JSON value, checked against its column's type and rules.
fn typed_cell(raw: &str, kind: FieldType, rules: &Constraints) -> Result<Value, String> {
    let value = parse_cell(raw, kind)?;
    if !rules.is_empty() {
        rules.check(raw, &value)?;
    }
    Ok(value)
}

/// Converts one CSV cell to its JSON value according to the column type.
fn parse_cell(raw: &str, kind: FieldType) -> Result<Value, String> {
    match kind {
        FieldType::Number | FieldType::Integer => {
            if let Ok(i) = raw.trim().parse::<i64>() {
                return Ok(Value::Number(i.into()));
            }
            if kind == FieldType::Number
                && let Some(n) = raw.trim().parse::<f64>().ok().and_then(Number::from_f64)
            {
                return Ok(Value::Number(n));
            }
            Err(format!("`{raw}` is not a {}", kind.name()))
        }
        FieldType::Boolean => match raw.trim() {
            "true" | "True" | "TRUE" | "1" => Ok(Value::Bool(true)),
            "false" | "False" | "FALSE" | "0" => Ok(Value::Bool(false)),
            _ => Err(format!("`{raw}` is not a boolean")),
        },
        FieldType::Object | FieldType::Array => match serde_json::from_str::<Value>(raw) {
            Ok(v @ Value::Object(_)) if kind == FieldType::Object => Ok(v),
            Ok(v @ Value::Array(_)) if kind == FieldType::Array => Ok(v),
            _ => Err(format!("`{raw}` is not a JSON {}", kind.name())),
        },
        FieldType::Any => Ok(serde_json::from_str(raw).unwrap_or(Value::String(raw.to_string()))),
        FieldType::Date | FieldType::DateTime | FieldType::Time => {
            check_temporal(raw, kind)?;
            Ok(Value::String(raw.to_string()))
        }
        FieldType::String => Ok(Value::String(raw.to_string())),
    }
}

/// Reads the tabular form written as JSON (`{"services.csv": [{...}, ...]}`), as the
/// official `tabular.json` example does. Values are typed like CSV cells.
pub fn read_tabular_json(
    file: &str,
    obj: &Map<String, Value>,
    ds: &mut Dataset,
    problems: &mut Problems,
) {
    for (name, rows) in obj {
        let Some(entity) = Entity::ALL.into_iter().find(|e| file_name(*e) == name) else {
            problems.push(
                Source::pointer(file, format!("/{name}")),
                None,
                "not an HSDS table",
            );
            continue;
        };
        let Some(rows) = rows.as_array() else {
            problems.push(
                Source::pointer(file, format!("/{name}")),
                None,
                "expected an array of rows",
            );
            continue;
        };
        let table = package::table(entity);
        let mut uniques = Uniques::default();
        for (i, row) in rows.iter().enumerate() {
            let source = Source::pointer(file, format!("/{name}/{i}"));
            let Some(row) = row.as_object() else {
                problems.push(source, None, "expected an object");
                continue;
            };
            let mut fields = Map::new();
            for (k, v) in row {
                let field = table.field(k);
                let kind = field.map_or(FieldType::Any, |f| f.kind);
                let value = match v {
                    Value::Null => continue,
                    Value::String(s) if s.is_empty() => continue,
                    Value::String(s) if kind != FieldType::Any => {
                        let rules = field.map(|f| &f.constraints).filter(|_| k != "id");
                        match typed_cell(s, kind, rules.unwrap_or(&Constraints::default())) {
                            Ok(v) => v,
                            Err(msg) => {
                                problems.push(source.clone(), Some(k), msg);
                                continue;
                            }
                        }
                    }
                    other => other.clone(),
                };
                if let Some(f) = field
                    && f.constraints.unique
                    && k != "id"
                    && let Some(first) = uniques.note(k, &value.to_string(), i as u64)
                {
                    problems.push(
                        source.clone(),
                        Some(k),
                        format!(
                            "`{value}` is declared unique but already appears in /{name}/{first}"
                        ),
                    );
                }
                fields.insert(k.clone(), value);
            }
            let Some(id) = fields.get("id").and_then(Value::as_str).map(str::to_string) else {
                problems.push(source, Some("id"), "empty id");
                continue;
            };
            if let Err(p) = ds.insert_unique(entity, Record { id, fields, source }) {
                problems.0.push(p);
            }
        }
    }
}

/// The columns of one exported table: the official ones, then every extension field
/// the records carry, with a type inferred from their values.
pub fn columns<'r>(entity: Entity, records: impl Iterator<Item = &'r Record>) -> Vec<Field> {
    let mut found = ColumnFinder::new(entity);
    for r in records {
        found.add(r);
    }
    found.finish()
}

/// Finds a table's columns one record at a time, so an export can look at a table in
/// pieces before it writes the header.
pub struct ColumnFinder {
    official: &'static Table,
    extra: BTreeMap<String, FieldType>,
}

impl ColumnFinder {
    pub fn new(entity: Entity) -> ColumnFinder {
        ColumnFinder {
            official: package::table(entity),
            extra: BTreeMap::new(),
        }
    }

    pub fn add(&mut self, r: &Record) {
        for (k, v) in &r.fields {
            if self.official.field(k).is_some() {
                continue;
            }
            let kind = match v {
                Value::String(_) => FieldType::String,
                Value::Number(_) => FieldType::Number,
                Value::Bool(_) => FieldType::Boolean,
                Value::Object(_) => FieldType::Object,
                Value::Array(_) => FieldType::Array,
                Value::Null => continue,
            };
            match self.extra.get_mut(k) {
                Some(slot) if *slot != kind => *slot = FieldType::Any,
                Some(_) => {}
                None => {
                    self.extra.insert(k.clone(), kind);
                }
            }
        }
    }

    pub fn finish(self) -> Vec<Field> {
        self.official
            .fields
            .iter()
            .cloned()
            .chain(self.extra.into_iter().map(|(name, kind)| Field {
                name,
                kind,
                required: false,
                constraints: Constraints::default(),
            }))
            .collect()
    }
}

/// Writes one table as CSV with the given columns.
pub fn write_csv<'r, W: Write>(
    out: W,
    columns: &[Field],
    records: impl Iterator<Item = &'r Record>,
) -> std::io::Result<()> {
    let mut w = CsvOut::new(out, columns)?;
    for r in records {
        w.write(r)?;
    }
    w.finish()
}

/// A CSV table being written: the header first, then one record at a time.
pub struct CsvOut<'c, W: Write> {
    w: csv::Writer<W>,
    columns: &'c [Field],
    row: Vec<String>,
}

impl<'c, W: Write> CsvOut<'c, W> {
    pub fn new(out: W, columns: &'c [Field]) -> std::io::Result<CsvOut<'c, W>> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(columns.iter().map(|f| f.name.as_str()))?;
        Ok(CsvOut {
            w,
            columns,
            row: Vec::with_capacity(columns.len()),
        })
    }

    pub fn write(&mut self, r: &Record) -> std::io::Result<()> {
        self.row.clear();
        for f in self.columns {
            self.row.push(match r.fields.get(&f.name) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) if f.kind != FieldType::Any => s.clone(),
                Some(Value::Bool(b)) if f.kind != FieldType::Any => b.to_string(),
                Some(Value::Number(n)) if f.kind != FieldType::Any => n.to_string(),
                Some(other) => other.to_string(),
            });
        }
        Ok(self.w.write_record(&self.row)?)
    }

    pub fn finish(mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}

/// The `datapackage.json` of an export: the official description, with each table's
/// extension columns added so a reader knows their types.
pub fn datapackage(columns: &HashMap<Entity, Vec<Field>>) -> Value {
    let mut pkg: Value = serde_json::from_str(DATAPACKAGE_JSON).unwrap_or_else(|_| json!({}));
    // The official 3.1 description still says 3.0.0; an export says what it writes.
    if let Some(obj) = pkg.as_object_mut() {
        obj.insert("version".into(), json!(format!("{}.0", super::VERSION)));
    }
    if let Some(resources) = pkg.get_mut("resources").and_then(Value::as_array_mut) {
        for r in resources {
            let Some(entity) = package::resource_entity(r) else {
                continue;
            };
            let Some(cols) = columns.get(&entity) else {
                continue;
            };
            let official = package::table(entity);
            if let Some(fields) = r
                .pointer_mut("/schema/fields")
                .and_then(Value::as_array_mut)
            {
                for c in cols.iter().filter(|c| official.field(&c.name).is_none()) {
                    fields.push(json!({
                        "name": c.name,
                        "type": c.kind.name(),
                        "description": "Extension field carried through from the source data."
                    }));
                }
            }
        }
    }
    pkg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(csv: &[u8]) -> (Dataset, Problems) {
        let mut ds = Dataset::new();
        let mut p = Problems::default();
        read_csv("services.csv", Entity::Service, csv, None, &mut ds, &mut p);
        (ds, p)
    }

    const ID: &str = "ac148810-d857-441c-9679-408f346de14b";

    #[test]
    fn types_follow_the_package_and_extensions_stay_strings() {
        let csv = format!("id,name,minimum_age,x_note\n{ID},Beratung,12,hallo\n");
        let (ds, p) = read(csv.as_bytes());
        assert!(p.is_empty(), "{p:?}");
        let r = ds.get(Entity::Service, ID).unwrap();
        assert_eq!(r.fields["minimum_age"], serde_json::json!(12));
        assert_eq!(r.fields["x_note"], serde_json::json!("hallo"));
    }

    #[test]
    fn errors_name_line_and_column() {
        let csv = format!("id,name,minimum_age\n{ID},A,12\n{ID}0,B,zwölf\n");
        let (_, p) = read(csv.as_bytes());
        let text = p.0[0].to_string();
        assert_eq!(
            text,
            "services.csv line 3: field `minimum_age`: `zwölf` is not a number"
        );
    }

    fn messages(p: &Problems) -> Vec<String> {
        p.0.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn declared_enums_formats_and_dates_are_enforced() {
        let csv = format!(
            "id,name,status,email,url,assured_date,last_modified\n\
             {ID},A,offen,beratung(at)example.org,kein link,31.12.2025,2025-12-31\n"
        );
        let (_, p) = read(csv.as_bytes());
        let got = messages(&p);
        for want in [
            "services.csv line 2: field `status`: `offen` is not one of: active, inactive, defunct, temporarily closed",
            "services.csv line 2: field `email`: `beratung(at)example.org` is not a valid e-mail address",
            "services.csv line 2: field `url`: `kein link` is not a valid URI",
            "services.csv line 2: field `assured_date`: `31.12.2025` is not a date (YYYY-MM-DD)",
            "services.csv line 2: field `last_modified`: `2025-12-31` is not a date and time",
        ] {
            assert!(got.iter().any(|m| m.starts_with(want)), "{want}\n{got:#?}");
        }
        let fine = format!(
            "id,name,status,email,url,assured_date,last_modified\n\
             {ID},A,active,beratung@example.org,https://example.org/a,2025-12-31,2025-12-31T10:00:00Z\n"
        );
        let (_, p) = read(fine.as_bytes());
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn declared_unique_columns_name_the_first_line() {
        let csv = "id,name,description,code\n\
            0b1d8a43-3f35-4e4e-8e3c-4b2c0f7b2a01,Schulden,x,S1\n\
            0b1d8a43-3f35-4e4e-8e3c-4b2c0f7b2a02,Wohnen,x,W1\n\
            0b1d8a43-3f35-4e4e-8e3c-4b2c0f7b2a03,Schulden II,x,S1\n";
        let mut ds = Dataset::new();
        let mut p = Problems::default();
        read_csv(
            "taxonomy_terms.csv",
            Entity::TaxonomyTerm,
            csv.as_bytes(),
            None,
            &mut ds,
            &mut p,
        );
        assert_eq!(
            messages(&p),
            [
                "taxonomy_terms.csv line 4: field `code`: `S1` is declared unique but already appears in line 2"
            ]
        );
    }

    #[test]
    fn a_package_s_own_declarations_count_too() {
        let package = json!({"resources": [{
            "name": "service", "path": "services.csv",
            "schema": {"fields": [
                {"name": "x_plz", "type": "string", "constraints": {"pattern": "[0-9]{5}"}},
                {"name": "x_places", "type": "integer", "constraints": {"minimum": 0}},
            ]}
        }]});
        let declared = declared(&package);
        let csv = format!("id,name,x_plz,x_places\n{ID},A,0610,-2\n");
        let mut ds = Dataset::new();
        let mut p = Problems::default();
        let table = declared.get(&Entity::Service);
        read_csv(
            "services.csv",
            Entity::Service,
            csv.as_bytes(),
            table,
            &mut ds,
            &mut p,
        );
        let got = messages(&p);
        assert!(
            got.iter()
                .any(|m| m.contains("`0610` does not match the pattern `[0-9]{5}`")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|m| m.contains("-2 is below the minimum 0")),
            "{got:?}"
        );
    }

    #[test]
    fn a_foreign_key_that_cannot_be_checked_is_refused_with_the_package() {
        let package = json!({"resources": [{"name": "service", "path": "services.csv",
        "schema": {"foreignKeys": [
            {"fields": "x_a", "reference": {"resource": "organization", "fields": "id"}},
            {"fields": "x_g", "reference": {"resource": "partners", "fields": "id"}},
            {"fields": "x_d", "reference": {"resource": "organization", "fields": "name"}},
            {"fields": ["x_e", "x_f"], "reference": {"resource": "", "fields": ["id", "id"]}}
        ]}}]});
        let got: Vec<String> = listed_resources(&package, |_| true)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(
            got[0].contains("foreignKeys/1") && got[0].contains("`partners`, which is not a table"),
            "{got:?}"
        );
        assert!(got[1].contains("foreignKeys/2"), "{got:?}");
        assert!(
            got[2].contains("foreignKeys/3") && got[2].contains("keys of one field onto `id`"),
            "{got:?}"
        );
    }

    #[test]
    fn every_listed_resource_must_be_a_table_with_a_file() {
        let package = json!({"resources": [
            {"name": "service", "path": "services.csv"},
            {"name": "organization", "path": "organizations.csv"},
            {"name": "referral", "path": "referrals.csv"},
        ]});
        let got: Vec<String> = listed_resources(&package, |p| p == "services.csv")
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].contains("/resources/1") && got[0].contains("has no such file"),
            "{got:?}"
        );
        assert!(
            got[1].contains("`referral` is not a table of HSDS"),
            "{got:?}"
        );
    }

    #[test]
    fn latin1_and_ragged_rows_are_refused() {
        let (_, p) = read(b"id,name\nx,Beratungsstelle f\xfcr Familien\n");
        assert!(p.0[0].to_string().contains("line 2"), "{:?}", p.0);
        assert!(p.0[0].message.contains("UTF-8"));
        let (_, p) = read(b"id,name\nx,a,b\n");
        assert!(p.0[0].message.contains("3 columns"), "{:?}", p.0);
    }

    #[test]
    fn write_then_read_is_identity_including_extensions() {
        let csv = format!("id,name,status,x_count\n{ID},\"Beratung, \"\"neu\"\"\",active,3\n");
        let (ds, _) = read(csv.as_bytes());
        let cols = columns(Entity::Service, ds.records(Entity::Service));
        let mut out = Vec::new();
        write_csv(&mut out, &cols, ds.records(Entity::Service)).unwrap();
        let decl = declared(&datapackage(&HashMap::from([(Entity::Service, cols)])));
        let mut again = Dataset::new();
        let mut p = Problems::default();
        read_csv(
            "s.csv",
            Entity::Service,
            &out,
            decl.get(&Entity::Service),
            &mut again,
            &mut p,
        );
        assert!(p.is_empty());
        assert_eq!(
            ds.get(Entity::Service, ID).unwrap().fields,
            again.get(Entity::Service, ID).unwrap().fields
        );
    }
}
#[cfg(test)]
mod crlf_tests {
    #[test]
    fn crlf_lines() {
        let mut ds = super::Dataset::new();
        let mut p = super::Problems::default();
        super::read_csv(
            "s.csv",
            super::Entity::Service,
            b"id,name\r\nx,a\r\ny,b,c\r\n",
            None,
            &mut ds,
            &mut p,
        );
        assert_eq!(p.0[0].source, super::Source::line("s.csv", 3));
        let mut ds = super::Dataset::new();
        let mut p = super::Problems::default();
        super::read_csv(
            "s.csv",
            super::Entity::Service,
            b"id,name\r\nx,a\r\ny,b\r\n",
            None,
            &mut ds,
            &mut p,
        );
        assert_eq!(
            ds.get(super::Entity::Service, "y").unwrap().source,
            super::Source::line("s.csv", 3)
        );
    }
}

#[cfg(test)]
mod shape_tests {
    use super::*;

    #[test]
    fn rows_of_commas_and_giant_cells_are_refused_before_reading() {
        assert_eq!(check_shape(b"id,name\n1,\"a,b\"\n"), Ok(()));
        let commas = format!("id,name\n1,x{}\n", ",".repeat(MAX_COLUMNS));
        let (line, message) = check_shape(commas.as_bytes()).unwrap_err();
        assert_eq!(line, 2);
        assert!(message.contains("columns"), "{message}");
        let big = format!("id,name\n1,x\n2,\"{}\"\n", "a\n".repeat(MAX_CELL_BYTES));
        let (line, message) = check_shape(big.as_bytes()).unwrap_err();
        assert_eq!(line, 3);
        assert!(message.contains("MB"), "{message}");
    }
}
