//! Pages of one table, filtered in SQL: what the HSDS API lists, so that no request loads a
//! whole table. The conditions are standard SQL both engines read alike.

use beratungsnetz_core::hsds::Entity;

use super::columns::{self, Kind};
use crate::sql::Sql;
use crate::{Result, StoreError};

/// Kilometres per degree of latitude (and of longitude at the equator).
const KM_PER_DEGREE: f64 = 111.195;

/// A condition on the records of one table. Column names are checked against the table's
/// real columns before they reach SQL text; values are always bound.
#[derive(Clone, Debug)]
pub enum Filter {
    /// `column` is one of the values (none: nothing matches).
    In(&'static str, Vec<String>),
    /// `column` has no value.
    Missing(&'static str),
    /// `column` ≥ the value, compared as text: HSDS timestamps in UTC order so.
    AtLeast(&'static str, String),
    /// `name` contains the text (case ignored; on SQLite for ASCII letters only).
    NameContains(String),
    /// `latitude`/`longitude` within `radius_km` of a point (flat-earth distance, close
    /// enough at the radii a search uses).
    Near { lat: f64, lon: f64, radius_km: f64 },
    /// `column` points at a record of `entity` that matches.
    Via {
        column: &'static str,
        entity: Entity,
        filter: Box<Filter>,
    },
    /// Some record of `entity` whose `fk` points at this one matches.
    Has {
        entity: Entity,
        fk: &'static str,
        filter: Box<Filter>,
    },
    /// At least one of the filters holds (none: nothing matches).
    Any(Vec<Filter>),
}

impl Filter {
    /// An attribute links the record to a taxonomy term that matches `term`.
    pub fn tagged(term: Filter) -> Filter {
        Filter::Has {
            entity: Entity::Attribute,
            fk: "link_id",
            filter: Box::new(Filter::Via {
                column: "taxonomy_term_id",
                entity: Entity::TaxonomyTerm,
                filter: Box::new(term),
            }),
        }
    }

    /// `column` of `entity`'s records points at a record that matches `filter`.
    pub fn via(column: &'static str, entity: Entity, filter: Filter) -> Filter {
        Filter::Via {
            column,
            entity,
            filter: Box::new(filter),
        }
    }

    /// Appends this condition on `entity`'s table to `q`.
    pub(crate) fn push(&self, entity: Entity, q: &mut Sql) -> Result<()> {
        match self {
            Filter::In(column, values) => {
                let column = checked(entity, column, None)?;
                if values.is_empty() {
                    q.push("1 = 0");
                } else {
                    q.push(&format!("{column} IN ")).push_tuple(values);
                }
            }
            Filter::Missing(column) => {
                q.push(&format!("{} IS NULL", checked(entity, column, None)?));
            }
            Filter::AtLeast(column, value) => {
                q.push(&format!("{} >= ", checked(entity, column, None)?))
                    .push_bind(value);
            }
            Filter::NameContains(text) => {
                let name = checked(entity, "name", None)?;
                let escaped: String = text
                    .chars()
                    .flat_map(|c| match c {
                        '\\' | '%' | '_' => vec!['\\', c],
                        c => vec![c],
                    })
                    .collect();
                // The text as typed too: SQLite's LOWER leaves letters beyond ASCII alone.
                q.push(&format!("(LOWER({name}) LIKE "))
                    .push_bind(format!("%{}%", escaped.to_lowercase()))
                    .push(&format!(" ESCAPE '\\' OR {name} LIKE "))
                    .push_bind(format!("%{escaped}%"))
                    .push(" ESCAPE '\\')");
            }
            Filter::Near {
                lat,
                lon,
                radius_km,
            } => {
                let la = checked(entity, "latitude", Some(Kind::Real))?;
                let lo = checked(entity, "longitude", Some(Kind::Real))?;
                let dlat = radius_km / KM_PER_DEGREE;
                let shrink = lat.to_radians().cos().max(0.01);
                let dlon = dlat / shrink;
                q.push(&format!("{la} BETWEEN "))
                    .push_bind(Some(lat - dlat))
                    .push(" AND ")
                    .push_bind(Some(lat + dlat))
                    .push(&format!(" AND {lo} BETWEEN "))
                    .push_bind(Some(lon - dlon))
                    .push(" AND ")
                    .push_bind(Some(lon + dlon))
                    .push(&format!(" AND ({la} - "))
                    .push_bind(Some(*lat))
                    .push(&format!(") * ({la} - "))
                    .push_bind(Some(*lat))
                    .push(&format!(") + ({lo} - "))
                    .push_bind(Some(*lon))
                    .push(&format!(") * ({lo} - "))
                    .push_bind(Some(*lon))
                    .push(") * ")
                    .push_bind(Some(shrink * shrink))
                    .push(" <= ")
                    .push_bind(Some(dlat * dlat));
            }
            Filter::Via {
                column,
                entity: target,
                filter,
            } => {
                let column = checked(entity, column, None)?;
                q.push(&format!(
                    "{column} IN (SELECT id FROM {} WHERE ",
                    target.table()
                ));
                filter.push(*target, q)?;
                q.push(")");
            }
            Filter::Has {
                entity: source,
                fk,
                filter,
            } => {
                let fk = checked(*source, fk, None)?;
                q.push(&format!(
                    "id IN (SELECT {fk} FROM {} WHERE {fk} IS NOT NULL AND ",
                    source.table()
                ));
                filter.push(*source, q)?;
                q.push(")");
            }
            Filter::Any(filters) => {
                if filters.is_empty() {
                    q.push("1 = 0");
                    return Ok(());
                }
                q.push("(");
                for (i, f) in filters.iter().enumerate() {
                    if i > 0 {
                        q.push(" OR ");
                    }
                    q.push("(");
                    f.push(entity, q)?;
                    q.push(")");
                }
                q.push(")");
            }
        }
        Ok(())
    }
}

/// `WHERE a AND b …` for `filters` (nothing for none).
pub(crate) fn push_where(entity: Entity, filters: &[Filter], q: &mut Sql) -> Result<()> {
    for (i, f) in filters.iter().enumerate() {
        q.push(if i == 0 { " WHERE (" } else { " AND (" });
        f.push(entity, q)?;
        q.push(")");
    }
    Ok(())
}

/// How a page of `entity` is ordered: by name where the table has one (as people look for
/// things), then by id so that pages never overlap.
pub(crate) fn order_by(entity: Entity) -> &'static str {
    if columns::columns(entity).iter().any(|(c, _)| *c == "name") {
        " ORDER BY name, id"
    } else {
        " ORDER BY id"
    }
}

/// `column` if `entity`'s table has it (of `kind`, when given); an error otherwise.
pub(super) fn checked(entity: Entity, column: &str, kind: Option<Kind>) -> Result<&str> {
    let found = column == "id" && kind.is_none()
        || columns::columns(entity)
            .iter()
            .any(|(c, k)| *c == column && kind.is_none_or(|want| *k == want));
    if found {
        Ok(column)
    } else {
        Err(StoreError::UnknownColumn {
            table: entity.table(),
            column: column.to_string(),
        })
    }
}
