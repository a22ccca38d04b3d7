//! `/verwaltung/einladungen`: coordinators invite people by e-mail — as coordinator, or as
//! editor or counsellor of one organization. The link is valid for a week, once.

use askama::Template;
use axum::http::StatusCode;
use beratungsnetz_core::accounts::{Membership, Role, normalize_email};
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::ids::{AccountId, OrganizationId};
use beratungsnetz_store::accounts::{OneTimeToken, TokenKind};
use beratungsnetz_store::audit::AuditEntry;

use crate::AppState;
use crate::accounts::invite::INVITATION_SECONDS;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::accounts::token::{hash_token, random_token};

use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;
use crate::directory::admin::home::OrgLink;

pub struct AccountLine {
    pub id: AccountId,
    pub email: String,
    pub disabled: bool,
    /// Role code, organization id (empty for coordinators), and how to read it.
    pub roles: Vec<(&'static str, String, String)>,
    /// The signed-in coordinator's own: not locked out from here.
    pub own: bool,
}

#[derive(Template)]
#[template(path = "admin_invitations.html")]
struct InvitationsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    organizations: Vec<OrgLink>,
    accounts: Vec<AccountLine>,
    email: String,
    role: String,
    organization: String,
    roles: Vec<(&'static str, String)>,
    /// The UI languages, for the language of the invitee's mail: (code, name).
    langs: Vec<(&'static str, String)>,
    mail_lang: String,
    errors: Vec<(&'static str, String)>,
    sent_to: Option<String>,
}

impl InvitationsPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.clone())
    }
}

async fn page_of(
    state: &AppState,
    staff: &Staff,
    form: &FormData,
    errors: Vec<(&'static str, &'static str)>,
    sent_to: Option<String>,
) -> Result<InvitationsPage, HtmlError> {
    let tr = Tr::new(staff.lang);
    let orgs = state
        .store
        .fetch_all(Entity::Organization)
        .await
        .map_err(|e| staff.html_error(e))?;
    let mut organizations: Vec<OrgLink> = orgs
        .into_iter()
        .map(|r| OrgLink {
            name: r.str("name").unwrap_or_default().to_string(),
            id: r.id,
        })
        .collect();
    organizations.sort_by(|a, b| a.name.cmp(&b.name));
    let org_name = |id: &str| {
        organizations
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_string(), |o| o.name.clone())
    };
    let accounts = state
        .store
        .accounts()
        .await
        .map_err(|e| staff.html_error(e))?
        .into_iter()
        .map(|(a, ms)| AccountLine {
            own: a.id == staff.account.id,
            id: a.id,
            email: a.email,
            disabled: a.disabled,
            roles: ms
                .iter()
                .map(|m| {
                    let role = tr.t(&format!("role-{}", m.role));
                    let org = m
                        .organization_id
                        .as_ref()
                        .map(|o| o.to_string())
                        .unwrap_or_default();
                    let label = match &m.organization_id {
                        Some(o) => format!("{role} – {}", org_name(o.as_str())),
                        None => role,
                    };
                    (m.role.as_str(), org, label)
                })
                .collect(),
        })
        .collect();
    Ok(InvitationsPage {
        frame: Frame::new(staff.lang, "/verwaltung/einladungen", &[]),
        nav: Nav::new(staff, state),
        organizations,
        accounts,
        email: if sent_to.is_some() {
            String::new()
        } else {
            form.get("email").to_string()
        },
        role: form.get("role").to_string(),
        organization: form.get("organization").to_string(),
        langs: Lang::ALL
            .iter()
            .map(|l| {
                (
                    l.code(),
                    crate::directory::labels::language_label(l.code(), l.code()),
                )
            })
            .collect(),
        mail_lang: form.get("lang").to_string(),
        roles: [Role::Editor, Role::Counsellor, Role::Coordinator]
            .iter()
            .map(|r| (r.as_str(), tr.t(&format!("role-{r}"))))
            .collect(),
        errors: errors.into_iter().map(|(f, k)| (f, tr.t(k))).collect(),
        sent_to,
        tr,
    })
}

pub async fn page(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    let page = page_of(&state, &staff, &FormData::parse(b""), Vec::new(), None).await?;
    Ok(staff.render(page, StatusCode::OK))
}

pub async fn send(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    staff.coordinator_only()?;
    let mut errors = Vec::new();
    let email = normalize_email(form.get("email"));
    if email.is_none() {
        errors.push(("email", "field-email-invalid"));
    }
    let role: Option<Role> = form.get("role").parse().ok();
    if role.is_none() {
        errors.push(("role", "field-choice-invalid"));
    }
    let org_id = form.get("organization");
    let needs_org = role.is_some_and(|r| !r.is_network_wide());
    if needs_org {
        let exists = !org_id.is_empty()
            && !state
                .store
                .fetch_by(Entity::Organization, "id", &[org_id.to_string()])
                .await
                .map_err(|e| staff.html_error(e))?
                .is_empty();
        if !exists {
            errors.push(("organization", "field-organization-required"));
        }
    }
    // The language of the person's mail: this one and later ones (kept with the account).
    let mail_lang = match form.get("lang") {
        "" => Some(Lang::De),
        code => Lang::from_code(code),
    };
    if mail_lang.is_none() {
        errors.push(("lang", "field-choice-invalid"));
    }
    let (Some(email), Some(role), Some(mail_lang), true) =
        (email, role, mail_lang, errors.is_empty())
    else {
        let page = page_of(&state, &staff, &form, errors, None).await?;
        return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
    };
    let membership = Membership {
        role,
        organization_id: needs_org.then(|| OrganizationId::new(org_id)),
    };
    let token = random_token();
    let now = staff.now.unix;
    let entry = AuditEntry::invitation(
        staff.now.unix,
        Some(&staff.account.id),
        &staff.account.email,
        &email,
        &membership,
    );
    state
        .store
        .create_token(
            &hash_token(&token),
            &OneTimeToken {
                kind: TokenKind::Invitation,
                email: email.clone(),
                membership: Some(membership.clone()),
                created_by: Some(staff.account.id.clone()),
                created_at: now,
                expires_at: now + INVITATION_SECONDS,
                used_at: None,
                lang: Some(mail_lang.code().to_string()),
            },
            Some(&entry),
        )
        .await
        .map_err(|e| staff.html_error(e))?;
    // In the language the coordinator chose for the person, German beside it.
    let link = format!("{}/einladung/{token}", state.config.public_url);
    let body_in = |lang: Lang| {
        let tr = Tr::new(lang);
        tr.plain(
            "mail-invite-body",
            &[
                ("link", link.clone()),
                ("role", tr.attr(&format!("role-{role}"))),
                ("inviter", staff.account.email.clone()),
            ],
        )
    };
    let body = crate::outbox::with_german(mail_lang, body_in);
    let tr = Tr::new(mail_lang);
    state
        .mailer
        .send(
            state.store.as_ref(),
            staff.now,
            &email,
            &tr.plain("mail-invite-subject", &[]),
            &body,
            Some(&token),
        )
        .await
        .map_err(|e| staff.html_error(AppError::internal(e)))?;
    tracing::info!("invitation sent");
    let page = page_of(&state, &staff, &form, Vec::new(), Some(email)).await?;
    Ok(staff.render(page, StatusCode::OK))
}
