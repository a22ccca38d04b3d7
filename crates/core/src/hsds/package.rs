//! The HSDS tabular data package (`datapackage.json`): fields, types, keys of each table.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;

use super::constraints::Constraints;
use super::entity::Entity;

/// The official HSDS 3.1 data package description, shipped with the binary.
pub const DATAPACKAGE_JSON: &str = include_str!("../../schemas/hsds/datapackage.json");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    String,
    Number,
    Integer,
    Boolean,
    Date,
    DateTime,
    Time,
    Object,
    Array,
    Any,
}

impl FieldType {
    pub fn parse(s: &str) -> FieldType {
        match s {
            "number" => FieldType::Number,
            "integer" => FieldType::Integer,
            "boolean" => FieldType::Boolean,
            "date" => FieldType::Date,
            "datetime" => FieldType::DateTime,
            "time" => FieldType::Time,
            "object" => FieldType::Object,
            "array" => FieldType::Array,
            "any" => FieldType::Any,
            _ => FieldType::String,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Number => "number",
            FieldType::Integer => "integer",
            FieldType::Boolean => "boolean",
            FieldType::Date => "date",
            FieldType::DateTime => "datetime",
            FieldType::Time => "time",
            FieldType::Object => "object",
            FieldType::Array => "array",
            FieldType::Any => "any",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub kind: FieldType,
    pub required: bool,
    /// Format, enum, pattern, lengths, range and uniqueness as declared.
    pub constraints: Constraints,
}

#[derive(Clone, Debug)]
pub struct Table {
    pub entity: Entity,
    pub path: String,
    pub fields: Vec<Field>,
    /// Foreign keys: field name → referenced table.
    pub foreign_keys: Vec<(String, Entity)>,
    index: HashMap<String, usize>,
}

impl Table {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.index.get(name).map(|&i| &self.fields[i])
    }
}

struct Package {
    tables: HashMap<Entity, Table>,
}

fn package() -> &'static Package {
    static PACKAGE: OnceLock<Package> = OnceLock::new();
    PACKAGE.get_or_init(|| parse_package(DATAPACKAGE_JSON))
}

/// Parses a data package description; unknown tables are ignored.
fn parse_package(text: &str) -> Package {
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let mut tables = HashMap::new();
    for (entity, table) in parse_resources(&value) {
        tables.insert(entity, table);
    }
    // Every entity gets a table, even if the description were to lack one.
    for e in Entity::ALL {
        tables.entry(e).or_insert_with(|| Table {
            entity: e,
            path: format!("{}.csv", e.table()),
            fields: vec![Field {
                name: "id".into(),
                kind: FieldType::String,
                required: true,
                constraints: Constraints::default(),
            }],
            foreign_keys: vec![],
            index: HashMap::from([("id".to_string(), 0)]),
        });
    }
    Package { tables }
}

/// The table a data package resource describes, by its `name`; None for a table HSDS
/// does not define.
pub(crate) fn resource_entity(resource: &Value) -> Option<Entity> {
    resource
        .get("name")
        .and_then(Value::as_str)
        .and_then(Entity::from_table)
}

/// Reads the `resources` of any data package description (ours or a third party's).
pub fn parse_resources(value: &Value) -> Vec<(Entity, Table)> {
    let mut out = Vec::new();
    let Some(resources) = value.get("resources").and_then(Value::as_array) else {
        return out;
    };
    for r in resources {
        let Some(entity) = resource_entity(r) else {
            continue;
        };
        let path = r
            .get("path")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let schema = r.get("schema").unwrap_or(&Value::Null);
        let fields: Vec<Field> = schema
            .get("fields")
            .and_then(Value::as_array)
            .map(|fs| {
                fs.iter()
                    .filter_map(|f| {
                        Some(Field {
                            name: f.get("name")?.as_str()?.to_string(),
                            kind: FieldType::parse(
                                f.get("type").and_then(Value::as_str).unwrap_or("string"),
                            ),
                            required: f
                                .pointer("/constraints/required")
                                .and_then(Value::as_bool)
                                .unwrap_or(false),
                            constraints: Constraints::parse(f),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let foreign_keys = schema
            .get("foreignKeys")
            .and_then(Value::as_array)
            .map(|fks| {
                fks.iter()
                    .filter_map(|fk| {
                        // Others refuse the whole package (the check of its listed resources).
                        if !checkable_key(fk) {
                            return None;
                        }
                        let field = one_name(fk.get("fields")?)?;
                        let target = fk.pointer("/reference/resource")?.as_str()?;
                        // An empty resource is the table itself (Table Schema).
                        let target = if target.is_empty() {
                            entity
                        } else {
                            Entity::from_table(target)?
                        };
                        Some((field, target))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let index = fields
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.clone(), i))
            .collect();
        out.push((
            entity,
            Table {
                entity,
                path,
                fields,
                foreign_keys,
                index,
            },
        ));
    }
    out
}

/// A foreign key of one field onto `id` (keys onto another column, or over several
/// fields, have no HSDS meaning).
pub fn checkable_key(fk: &Value) -> bool {
    let onto_id = match fk.pointer("/reference/fields") {
        Some(to) => one_name(to).is_some_and(|f| f == "id"),
        None => true,
    };
    onto_id && fk.get("fields").and_then(one_name).is_some()
}

/// A field name of a foreign key: a string, or a list of one (Table Schema allows both;
/// keys over several fields have no HSDS meaning).
fn one_name(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) if a.len() == 1 => a[0].as_str().map(str::to_string),
        _ => None,
    }
}

/// The official description of one table.
pub fn table(entity: Entity) -> &'static Table {
    // parse_package inserts every entity, so the lookup cannot miss.
    &package().tables[&entity]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Table Schema writes a key's fields as a name or a list of one; an empty resource
    /// is the table itself; a key onto another column than `id` means nothing here.
    #[test]
    fn declared_foreign_keys_are_read_in_every_form() {
        let package = serde_json::json!({"resources": [{
            "name": "service",
            "path": "services.csv",
            "schema": {"fields": [{"name": "id"}], "foreignKeys": [
                {"fields": "x_a", "reference": {"resource": "organization", "fields": "id"}},
                {"fields": ["x_b"], "reference": {"resource": "location", "fields": ["id"]}},
                {"fields": "x_c", "reference": {"resource": "", "fields": "id"}},
                {"fields": "x_d", "reference": {"resource": "organization", "fields": "name"}},
                {"fields": ["x_e", "x_f"], "reference": {"resource": "organization"}},
                {"fields": "x_g", "reference": {"resource": "no_such_table"}}
            ]}
        }]});
        let tables = parse_resources(&package);
        assert_eq!(
            tables[0].1.foreign_keys,
            vec![
                ("x_a".to_string(), Entity::Organization),
                ("x_b".to_string(), Entity::Location),
                ("x_c".to_string(), Entity::Service),
            ]
        );
    }

    #[test]
    fn official_package_is_complete() {
        let service = table(Entity::Service);
        assert_eq!(service.path, "services.csv");
        assert!(service.field("name").is_some_and(|f| f.required));
        assert_eq!(
            service.field("minimum_age").map(|f| f.kind),
            Some(FieldType::Number)
        );
        assert!(
            service
                .foreign_keys
                .contains(&("organization_id".to_string(), Entity::Organization))
        );
        assert_eq!(
            table(Entity::ServiceAtLocation).path,
            "service_at_location.csv"
        );
    }
}
