//! The service form: any body an editor's browser (or a forger) posts, read and checked
//! as the edit page does, and turned into the records it would save.
#![no_main]

use std::sync::OnceLock;

use beratungsnetz_core::directory::edit::{Current, Pairs, ServiceFields};
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::hsds::nested::read_document;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

/// A sample service as the form finds it, with its records.
fn current() -> &'static Current {
    static CURRENT: OnceLock<Current> = OnceLock::new();
    CURRENT.get_or_init(|| {
        let services = Value::Array(beratungsnetz_demo::demo_services());
        let ds = read_document("demo", &services, None).expect("the sample data reads");
        let service = ds.records(Entity::Service).next().cloned();
        let id = service.as_ref().map(|s| s.id.clone()).unwrap_or_default();
        let of = |e: Entity| -> Vec<_> {
            ds.records(e)
                .filter(|r| r.str("service_id") == Some(id.as_str()))
                .cloned()
                .collect()
        };
        Current {
            attributes: ds
                .records(Entity::Attribute)
                .filter(|r| r.str("link_id") == Some(id.as_str()))
                .cloned()
                .collect(),
            languages: of(Entity::Language),
            schedules: of(Entity::Schedule),
            phones: of(Entity::Phone),
            cost_options: of(Entity::CostOption),
            service_at_locations: of(Entity::ServiceAtLocation),
            org_locations: ds.records(Entity::Location).map(|r| r.id.clone()).collect(),
            service,
            version: 1,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let form = Pairs(form_urlencoded::parse(data).into_owned().collect());
    let c = current();
    let (fields, errors) = ServiceFields::from_form(&form, c);
    if errors.is_empty() {
        let id = c.service.as_ref().map_or("s", |s| s.id.as_str());
        let (upserts, _deletes) =
            fields.to_records(c, id, "2026-12-04T12:00:00Z", |code| code.to_string());
        // Whatever the form says, what it saves is that service's and no other's.
        for (entity, record) in &upserts {
            if *entity == Entity::Service {
                assert_eq!(record.id, id);
            }
        }
    }
});
