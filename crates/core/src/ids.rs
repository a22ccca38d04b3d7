//! Typed ids for values that cross layers: a service's id cannot be passed where an
//! organisation's is expected. One generic type, [`Id`], with a marker per kind; the text
//! is the same as stored (HSDS ids are UUIDs; referral and account ids too).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// What an [`Id`] names.
pub trait Kind {
    const NAME: &'static str;
}

/// The id of one record of kind `K`.
pub struct Id<K> {
    value: String,
    kind: PhantomData<fn() -> K>,
}

impl<K> Id<K> {
    pub fn new(value: impl Into<String>) -> Id<K> {
        Id {
            value: value.into(),
            kind: PhantomData,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.value
    }

    pub fn into_string(self) -> String {
        self.value
    }
}

impl<K> Clone for Id<K> {
    fn clone(&self) -> Id<K> {
        Id::new(self.value.clone())
    }
}

impl<K> PartialEq for Id<K> {
    fn eq(&self, other: &Id<K>) -> bool {
        self.value == other.value
    }
}

impl<K> Eq for Id<K> {}

impl<K> PartialOrd for Id<K> {
    fn partial_cmp(&self, other: &Id<K>) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<K> Ord for Id<K> {
    fn cmp(&self, other: &Id<K>) -> Ordering {
        self.value.cmp(&other.value)
    }
}

impl<K> Hash for Id<K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

impl<K: Kind> fmt::Debug for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", K::NAME, self.value)
    }
}

impl<K> fmt::Display for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.value)
    }
}

impl<K> From<String> for Id<K> {
    fn from(value: String) -> Id<K> {
        Id::new(value)
    }
}

impl<K> From<&str> for Id<K> {
    fn from(value: &str) -> Id<K> {
        Id::new(value)
    }
}

/// An id compares with its text, as stored or sent.
impl<K> PartialEq<str> for Id<K> {
    fn eq(&self, other: &str) -> bool {
        self.value == other
    }
}

impl<K> PartialEq<String> for Id<K> {
    fn eq(&self, other: &String) -> bool {
        &self.value == other
    }
}

impl<K> PartialEq<&str> for Id<K> {
    fn eq(&self, other: &&str) -> bool {
        self.value == *other
    }
}

impl<K> AsRef<str> for Id<K> {
    fn as_ref(&self) -> &str {
        &self.value
    }
}

impl<K> serde::Serialize for Id<K> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.value)
    }
}

impl<'de, K> serde::Deserialize<'de> for Id<K> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Id<K>, D::Error> {
        String::deserialize(d).map(Id::new)
    }
}

/// An HSDS service.
pub enum Service {}
/// An HSDS organization (a Träger).
pub enum Organization {}
/// A person's account.
pub enum Account {}
/// A referral.
pub enum Referral {}

impl Kind for Service {
    const NAME: &'static str = "ServiceId";
}
impl Kind for Organization {
    const NAME: &'static str = "OrganizationId";
}
impl Kind for Account {
    const NAME: &'static str = "AccountId";
}
impl Kind for Referral {
    const NAME: &'static str = "ReferralId";
}

pub type ServiceId = Id<Service>;
pub type OrganizationId = Id<Organization>;
pub type AccountId = Id<Account>;
pub type ReferralId = Id<Referral>;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn ids_compare_print_and_serialise_as_their_text() {
        let a = ServiceId::new("b1");
        assert_eq!(a, ServiceId::from("b1"));
        assert!(a < ServiceId::new("c"));
        assert_eq!(a.to_string(), "b1");
        assert_eq!(format!("{a:?}"), "ServiceId(b1)");
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"b1\"");
        let back: OrganizationId = serde_json::from_str("\"o\"").unwrap();
        assert_eq!(back.as_str(), "o");
    }
}
