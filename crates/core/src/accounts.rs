//! Accounts and roles: who may do what. Pure rules; storage and HTTP live elsewhere.

use std::fmt;
use std::str::FromStr;

use crate::ids::OrganizationId;

/// What a person may do, in the whole network or in one organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// LIGA coordination: everything, onboards organizations, curates the taxonomy.
    Coordinator,
    /// Keeps one organization's services, locations, hours and languages current.
    Editor,
    /// Works for an organization; searches, matches and refers, edits nothing.
    Counsellor,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Coordinator, Role::Editor, Role::Counsellor];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::Editor => "editor",
            Role::Counsellor => "counsellor",
        }
    }

    /// Coordinators act for the whole network, the other roles for one organization.
    pub fn is_network_wide(self) -> bool {
        self == Role::Coordinator
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("unknown role `{s}` (coordinator, editor, counsellor)"))
    }
}

/// A role held, network-wide (`organization_id` None) or for one organization.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Membership {
    pub role: Role,
    pub organization_id: Option<OrganizationId>,
}

/// What a signed-in person holds.
#[derive(Clone, Debug, Default)]
pub struct Grants {
    pub memberships: Vec<Membership>,
}

impl Grants {
    pub fn is_coordinator(&self) -> bool {
        self.memberships.iter().any(|m| m.role == Role::Coordinator)
    }

    /// Whether the person may change the entries of this organization.
    pub fn may_edit(&self, organization_id: Option<&str>) -> bool {
        self.is_coordinator()
            || self.memberships.iter().any(|m| {
                m.role == Role::Editor
                    && organization_id.is_some()
                    && m.organization_id.as_ref().map(OrganizationId::as_str) == organization_id
            })
    }

    /// The organizations whose entries the person keeps (coordinators: none listed, all allowed).
    pub fn edited_organizations(&self) -> Vec<OrganizationId> {
        self.organizations_as(Role::Editor)
    }

    /// Whether the person counsels for some organisation (and so refers clients).
    pub fn is_counsellor(&self) -> bool {
        self.memberships.iter().any(|m| m.role == Role::Counsellor)
    }

    /// The organizations the person counsels for: the ones whose referrals they see.
    /// Coordinators and editors see none (a referral exists only for its two sides).
    pub fn counselling_organizations(&self) -> Vec<OrganizationId> {
        self.organizations_as(Role::Counsellor)
    }

    fn organizations_as(&self, role: Role) -> Vec<OrganizationId> {
        let mut out: Vec<OrganizationId> = self
            .memberships
            .iter()
            .filter(|m| m.role == role)
            .filter_map(|m| m.organization_id.clone())
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// Shortest password accepted (NIST SP 800-63B asks for at least 8; we ask a little more).
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest password accepted: argon2 input beyond this only costs time.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Checks a new password; the error says what is wrong.
pub fn check_password(password: &str) -> Result<(), PasswordProblem> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        Err(PasswordProblem::TooShort)
    } else if n > MAX_PASSWORD_CHARS {
        Err(PasswordProblem::TooLong)
    } else {
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
}

/// Lower-cases and trims an e-mail address and checks its shape (one `@`, a dot in the
/// domain, no spaces or angle brackets); None if it is not one.
pub fn normalize_email(email: &str) -> Option<String> {
    let e = email.trim().to_lowercase();
    let (local, domain) = e.split_once('@')?;
    let ok = !local.is_empty()
        && local.len() <= 64
        && domain.len() <= 253
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !e
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"()[]\\".contains(c));
    ok.then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(
            normalize_email("  Anna.Beispiel@Example.ORG "),
            Some("anna.beispiel@example.org".into())
        );
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.org",
            "a@b",
            "a b@example.org",
            "a@example.org>",
            "a@@example.org",
        ] {
            assert_eq!(normalize_email(bad), None, "{bad}");
        }
    }

    #[test]
    fn roles_and_grants() {
        assert_eq!("editor".parse::<Role>(), Ok(Role::Editor));
        assert!("admin".parse::<Role>().is_err());
        let editor = Grants {
            memberships: vec![
                Membership {
                    role: Role::Editor,
                    organization_id: Some("o1".into()),
                },
                Membership {
                    role: Role::Counsellor,
                    organization_id: Some("o2".into()),
                },
            ],
        };
        assert!(editor.may_edit(Some("o1")));
        assert!(
            !editor.may_edit(Some("o2")),
            "a counsellor role edits nothing"
        );
        assert!(!editor.may_edit(None));
        assert_eq!(editor.edited_organizations(), vec!["o1".to_string()]);
        let coordinator = Grants {
            memberships: vec![Membership {
                role: Role::Coordinator,
                organization_id: None,
            }],
        };
        assert!(coordinator.may_edit(Some("anything")) && coordinator.may_edit(None));
    }

    #[test]
    fn passwords() {
        assert_eq!(check_password("kurz"), Err(PasswordProblem::TooShort));
        assert_eq!(
            check_password(&"x".repeat(300)),
            Err(PasswordProblem::TooLong)
        );
        assert!(check_password("lang genug, wirklich").is_ok());
    }
}
