//! The HSDS 3.1 tables and how they nest in the JSON exchange form.

use std::fmt;

/// One HSDS table. The order of `ALL` is a valid insertion order (parents first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entity {
    Taxonomy,
    TaxonomyTerm,
    Unit,
    Organization,
    Program,
    Service,
    Location,
    ServiceAtLocation,
    Address,
    Contact,
    Phone,
    Schedule,
    Language,
    Accessibility,
    CostOption,
    ServiceArea,
    Funding,
    RequiredDocument,
    OrganizationIdentifier,
    ServiceCapacity,
    Url,
    Attribute,
    Metadata,
    MetaTableDescription,
}

/// A nested array of children in the JSON form: `key` holds records of `entity`
/// whose field `fk` carries the enclosing record's id.
#[derive(Clone, Copy, Debug)]
pub struct Many {
    pub key: &'static str,
    pub entity: Entity,
    pub fk: &'static str,
}

/// A nested single object in the JSON form: `key` holds the record of `entity`
/// that the enclosing record's field `fk` points at.
#[derive(Clone, Copy, Debug)]
pub struct One {
    pub key: &'static str,
    pub entity: Entity,
    pub fk: &'static str,
}

const fn many(key: &'static str, entity: Entity, fk: &'static str) -> Many {
    Many { key, entity, fk }
}

const ATTRS: Many = many("attributes", Entity::Attribute, "link_id");
const META: Many = many("metadata", Entity::Metadata, "resource_id");

impl Entity {
    pub const ALL: [Entity; 24] = [
        Entity::Taxonomy,
        Entity::TaxonomyTerm,
        Entity::Unit,
        Entity::Organization,
        Entity::Program,
        Entity::Service,
        Entity::Location,
        Entity::ServiceAtLocation,
        Entity::Address,
        Entity::Contact,
        Entity::Phone,
        Entity::Schedule,
        Entity::Language,
        Entity::Accessibility,
        Entity::CostOption,
        Entity::ServiceArea,
        Entity::Funding,
        Entity::RequiredDocument,
        Entity::OrganizationIdentifier,
        Entity::ServiceCapacity,
        Entity::Url,
        Entity::Attribute,
        Entity::Metadata,
        Entity::MetaTableDescription,
    ];

    /// The HSDS table name (also our SQL table name).
    pub fn table(self) -> &'static str {
        match self {
            Entity::Taxonomy => "taxonomy",
            Entity::TaxonomyTerm => "taxonomy_term",
            Entity::Unit => "unit",
            Entity::Organization => "organization",
            Entity::Program => "program",
            Entity::Service => "service",
            Entity::Location => "location",
            Entity::ServiceAtLocation => "service_at_location",
            Entity::Address => "address",
            Entity::Contact => "contact",
            Entity::Phone => "phone",
            Entity::Schedule => "schedule",
            Entity::Language => "language",
            Entity::Accessibility => "accessibility",
            Entity::CostOption => "cost_option",
            Entity::ServiceArea => "service_area",
            Entity::Funding => "funding",
            Entity::RequiredDocument => "required_document",
            Entity::OrganizationIdentifier => "organization_identifier",
            Entity::ServiceCapacity => "service_capacity",
            Entity::Url => "url",
            Entity::Attribute => "attribute",
            Entity::Metadata => "metadata",
            Entity::MetaTableDescription => "meta_table_description",
        }
    }

    pub fn from_table(name: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.table() == name)
    }

    /// Child arrays in the nested JSON form.
    pub fn many(self) -> &'static [Many] {
        use Entity as E;
        const SERVICE: &[Many] = &[
            many("phones", E::Phone, "service_id"),
            many("schedules", E::Schedule, "service_id"),
            many("service_areas", E::ServiceArea, "service_id"),
            many("service_at_locations", E::ServiceAtLocation, "service_id"),
            many("languages", E::Language, "service_id"),
            many("funding", E::Funding, "service_id"),
            many("cost_options", E::CostOption, "service_id"),
            many("required_documents", E::RequiredDocument, "service_id"),
            many("contacts", E::Contact, "service_id"),
            many("capacities", E::ServiceCapacity, "service_id"),
            many("additional_urls", E::Url, "service_id"),
            ATTRS,
            META,
        ];
        const SERVICE_AT_LOCATION: &[Many] = &[
            many("service_areas", E::ServiceArea, "service_at_location_id"),
            many("contacts", E::Contact, "service_at_location_id"),
            many("phones", E::Phone, "service_at_location_id"),
            many("schedules", E::Schedule, "service_at_location_id"),
            ATTRS,
            META,
        ];
        const LOCATION: &[Many] = &[
            many("languages", E::Language, "location_id"),
            many("addresses", E::Address, "location_id"),
            many("contacts", E::Contact, "location_id"),
            many("accessibility", E::Accessibility, "location_id"),
            many("phones", E::Phone, "location_id"),
            many("schedules", E::Schedule, "location_id"),
            ATTRS,
            META,
        ];
        const ORGANIZATION: &[Many] = &[
            many("additional_websites", E::Url, "organization_id"),
            many("funding", E::Funding, "organization_id"),
            many("contacts", E::Contact, "organization_id"),
            many("phones", E::Phone, "organization_id"),
            many("locations", E::Location, "organization_id"),
            many("programs", E::Program, "organization_id"),
            many(
                "organization_identifiers",
                E::OrganizationIdentifier,
                "organization_id",
            ),
            ATTRS,
            META,
            many("services", E::Service, "organization_id"),
        ];
        const PHONE: &[Many] = &[many("languages", E::Language, "phone_id"), ATTRS, META];
        const CONTACT: &[Many] = &[many("phones", E::Phone, "contact_id"), ATTRS, META];
        const ATTRIBUTE: &[Many] = &[META];
        const PLAIN: &[Many] = &[ATTRS, META];
        match self {
            E::Service => SERVICE,
            E::ServiceAtLocation => SERVICE_AT_LOCATION,
            E::Location => LOCATION,
            E::Organization => ORGANIZATION,
            E::Phone => PHONE,
            E::Contact => CONTACT,
            E::Metadata | E::MetaTableDescription => &[],
            E::Attribute => ATTRIBUTE,
            _ => PLAIN,
        }
    }

    /// Single nested objects in the JSON form.
    pub fn one(self) -> &'static [One] {
        use Entity as E;
        match self {
            E::Service => &[
                One {
                    key: "organization",
                    entity: E::Organization,
                    fk: "organization_id",
                },
                One {
                    key: "program",
                    entity: E::Program,
                    fk: "program_id",
                },
            ],
            E::ServiceAtLocation => &[
                One {
                    key: "location",
                    entity: E::Location,
                    fk: "location_id",
                },
                One {
                    key: "service",
                    entity: E::Service,
                    fk: "service_id",
                },
            ],
            E::Attribute => &[One {
                key: "taxonomy_term",
                entity: E::TaxonomyTerm,
                fk: "taxonomy_term_id",
            }],
            E::TaxonomyTerm => &[One {
                key: "taxonomy_detail",
                entity: E::Taxonomy,
                fk: "taxonomy_id",
            }],
            E::ServiceCapacity => &[One {
                key: "unit",
                entity: E::Unit,
                fk: "unit_id",
            }],
            _ => &[],
        }
    }

    /// Is `key` a nested child (array or object) rather than a field of the record?
    pub fn is_nested_key(self, key: &str) -> bool {
        self.many().iter().any(|m| m.key == key) || self.one().iter().any(|o| o.key == key)
    }

    /// The field that names the kind of the enclosing record for polymorphic links.
    pub fn link_kind_field(self) -> Option<&'static str> {
        match self {
            Entity::Attribute => Some("link_entity"),
            Entity::Metadata => Some("resource_type"),
            _ => None,
        }
    }
}

impl fmt::Display for Entity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.table())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names_round_trip() {
        for e in Entity::ALL {
            assert_eq!(Entity::from_table(e.table()), Some(e));
        }
        assert_eq!(Entity::from_table("nonsense"), None);
    }

    #[test]
    fn every_entity_is_in_the_datapackage() {
        for e in Entity::ALL {
            assert!(
                crate::hsds::package::table(e).fields.len() > 2,
                "{e} missing from datapackage"
            );
        }
    }
}
