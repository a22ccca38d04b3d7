//! The directory's rules over HSDS records: a service as people meet it (`view`: what it
//! offers, where, when, in which languages, at what cost, how accessible), read from its
//! nested HSDS form. Search indexes it; pages show it. And a service as its editors change
//! it (`edit`): the editable fields, checked, and turned back into records.

pub mod edit;
pub mod rules;
pub mod view;
