//! The real columns of each table (besides `id` and `data`), shared by both engines.

use beratungsnetz_core::hsds::Entity;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Real,
}

pub fn columns(entity: Entity) -> &'static [(&'static str, Kind)] {
    use Kind::*;
    match entity {
        Entity::Taxonomy => &[("name", Text)],
        Entity::TaxonomyTerm => &[
            ("taxonomy_id", Text),
            ("parent_id", Text),
            ("code", Text),
            ("name", Text),
        ],
        Entity::Organization => &[("name", Text), ("parent_organization_id", Text)],
        Entity::Program => &[("organization_id", Text), ("name", Text)],
        Entity::Service => &[
            ("organization_id", Text),
            ("program_id", Text),
            ("name", Text),
            ("status", Text),
            ("last_modified", Text),
            ("assured_date", Text),
        ],
        Entity::Location => &[
            ("organization_id", Text),
            ("name", Text),
            ("latitude", Real),
            ("longitude", Real),
        ],
        Entity::ServiceAtLocation => &[("service_id", Text), ("location_id", Text)],
        Entity::Address => &[("location_id", Text), ("postal_code", Text), ("city", Text)],
        Entity::Contact => &[
            ("organization_id", Text),
            ("service_id", Text),
            ("service_at_location_id", Text),
            ("location_id", Text),
        ],
        Entity::Phone => &[
            ("location_id", Text),
            ("service_id", Text),
            ("organization_id", Text),
            ("contact_id", Text),
            ("service_at_location_id", Text),
        ],
        Entity::Schedule => &[
            ("service_id", Text),
            ("location_id", Text),
            ("service_at_location_id", Text),
        ],
        Entity::Language => &[
            ("service_id", Text),
            ("location_id", Text),
            ("phone_id", Text),
            ("code", Text),
        ],
        Entity::Accessibility => &[("location_id", Text)],
        Entity::CostOption => &[("service_id", Text)],
        Entity::ServiceArea => &[("service_id", Text), ("service_at_location_id", Text)],
        Entity::Funding => &[("organization_id", Text), ("service_id", Text)],
        Entity::RequiredDocument => &[("service_id", Text)],
        Entity::OrganizationIdentifier => &[("organization_id", Text)],
        Entity::Unit => &[("name", Text)],
        Entity::ServiceCapacity => &[("service_id", Text), ("unit_id", Text)],
        Entity::Url => &[("organization_id", Text), ("service_id", Text)],
        Entity::Attribute => &[
            ("link_id", Text),
            ("link_entity", Text),
            ("taxonomy_term_id", Text),
        ],
        Entity::Metadata => &[("resource_id", Text), ("resource_type", Text)],
        Entity::MetaTableDescription => &[("name", Text)],
    }
}
