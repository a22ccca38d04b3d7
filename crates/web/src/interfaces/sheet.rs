//! One service kind's sheet: GET `/verwaltung/schnittstellen/{kind}` (the version in force
//! or `?version=N`, every version, the comments), GET `…/vergleich?von=&bis=` (the word
//! diff of two versions), POST `…/kommentare` (a counsellor's comment) and POST
//! `…/kommentare/{id}` (a coordinator accepts or rejects it).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use beratungsnetz_core::clock::Now;
use beratungsnetz_core::directory::edit::FieldError;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::ids::{AccountId, OrganizationId};
use beratungsnetz_core::interfaces::diff::{self, Piece};
use beratungsnetz_core::interfaces::form::read_comment;
use beratungsnetz_core::interfaces::{CommentState, SECTIONS};
use beratungsnetz_core::taxonomy::Term;
use beratungsnetz_store::interfaces::{CommentRow, Decision, SheetRow};

use super::{SheetView, audit_entry, kind_of, pair, section_heading, store_error, year_of};
use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// A comment as the sheet page lists it.
pub struct CommentView {
    pub id: String,
    pub author: String,
    pub at: String,
    pub version: i64,
    pub section: Option<String>,
    pub body: String,
    pub proposal: Option<String>,
    pub state: CommentState,
}

#[derive(Template)]
#[template(path = "interface_sheet.html")]
struct SheetPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    kind_label: String,
    slug: String,
    /// The version shown; None when the kind has no sheet yet.
    sheet: Option<SheetView>,
    /// Whether the version shown is the one in force.
    in_force: bool,
    /// (version, year, source) of every version, newest first.
    versions: Vec<(i64, i32, String)>,
    comments: Vec<CommentView>,
    /// (name, heading) of the sections a comment may be about.
    section_choices: Vec<(&'static str, String)>,
    may_comment: bool,
    /// (address, "Fachtag 2020: Workshop …") of the Fachtag workshops that revised it.
    workshops: Vec<(String, String)>,
    form: FormData,
    errors: Vec<FieldError>,
}

impl SheetPage {
    fn value(&self, field: &str) -> &str {
        self.form.get(field)
    }

    fn error_for(&self, field: &str) -> Option<String> {
        self.tr.error_for(&self.errors, field)
    }

    fn heading_of(&self, section: &str) -> String {
        section_heading(&self.tr, section)
    }
}

/// The section headings in the reader's language.
fn section_choices(tr: &Tr) -> Vec<(&'static str, String)> {
    SECTIONS
        .iter()
        .map(|name| (*name, section_heading(tr, name)))
        .collect()
}

/// A version number from the address: 400 when it is no number.
fn version_param(params: &HashMap<String, String>, name: &str) -> Result<Option<i64>, AppError> {
    match params.get(name).map(|v| v.trim()) {
        None | Some("") => Ok(None),
        Some(v) => v
            .parse::<i64>()
            .map(Some)
            .map_err(|_| AppError::bad_request(name, "a version number")),
    }
}

/// Who wrote each comment: the first name where given, and the organisations the
/// account counsels for.
async fn authors(
    state: &AppState,
    comments: &[CommentRow],
) -> Result<HashMap<AccountId, String>, AppError> {
    let mut out = HashMap::new();
    for c in comments {
        if out.contains_key(&c.account_id) {
            continue;
        }
        let first = state
            .store
            .account(&c.account_id)
            .await?
            .and_then(|a| a.first_name);
        let org_ids: Vec<String> = state
            .store
            .memberships(&c.account_id)
            .await?
            .into_iter()
            .filter_map(|m| m.organization_id.map(OrganizationId::into_string))
            .collect();
        let orgs = state
            .store
            .fetch_by(Entity::Organization, "id", &org_ids)
            .await?
            .into_iter()
            .filter_map(|o| o.str("name").map(str::to_string));
        let name = first
            .into_iter()
            .chain(orgs)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        out.insert(c.account_id.clone(), name);
    }
    Ok(out)
}

async fn page_of(
    state: &AppState,
    staff: &Staff,
    kind: &'static Term,
    wanted: Option<i64>,
    form: FormData,
    errors: Vec<FieldError>,
) -> Result<SheetPage, HtmlError> {
    let tr = Tr::new(staff.lang);
    let versions = state
        .store
        .sheet_versions(kind.code)
        .await
        .map_err(|e| store_error(staff, e))?;
    let shown: Option<&SheetRow> = match wanted {
        Some(n) => Some(
            versions
                .iter()
                .find(|v| v.version == n)
                .ok_or_else(|| staff.html_error(AppError::NotFound))?,
        ),
        None => versions.last(),
    };
    let rows = state
        .store
        .sheet_comments(kind.code)
        .await
        .map_err(|e| store_error(staff, e))?;
    let names = authors(state, &rows)
        .await
        .map_err(|e| staff.html_error(e))?;
    let this_year = year_of(staff.now);
    let slug = beratungsnetz_core::interfaces::slug(kind.code).to_string();
    let workshops = state
        .store
        .sheet_workshops(kind.code)
        .await
        .map_err(|e| store_error(staff, e))?
        .into_iter()
        .map(|w| {
            (
                format!("/fachtag/{}#s{}", w.year, w.number),
                format!("Fachtag {}: {}", w.year, w.title),
            )
        })
        .collect();
    Ok(SheetPage {
        frame: Frame::new(
            staff.lang,
            &format!("/verwaltung/schnittstellen/{slug}"),
            &[],
        ),
        nav: Nav::new(staff, state),
        kind_label: kind.label(staff.lang.code()).to_string(),
        slug,
        in_force: shown.map(|s| s.version) == versions.last().map(|v| v.version),
        sheet: shown.map(|s| SheetView::new(s, &tr, this_year)),
        versions: versions
            .iter()
            .rev()
            .map(|v| (v.version, v.year(), v.source.clone()))
            .collect(),
        comments: rows
            .into_iter()
            .map(|c| CommentView {
                author: names.get(&c.account_id).cloned().unwrap_or_default(),
                at: Now::at(c.created_at).berlin_minute_text(),
                state: c.state(),
                id: c.id,
                version: c.version,
                section: c.section,
                body: c.body,
                proposal: c.proposal,
            })
            .collect(),
        section_choices: section_choices(&tr),
        may_comment: staff.grants.is_counsellor() && !versions.is_empty(),
        workshops,
        tr,
        form,
        errors,
    })
}

pub async fn page(
    StaffRequest { state, staff }: StaffRequest,
    Path(slug): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> HtmlResult {
    let kind = kind_of(&staff, &slug)?;
    let wanted = version_param(&params, "version").map_err(|e| staff.html_error(e))?;
    let page = page_of(
        &state,
        &staff,
        kind,
        wanted,
        FormData::parse(&[]),
        Vec::new(),
    )
    .await?;
    Ok(staff.render(page, StatusCode::OK))
}

/// A counsellor's comment on the version shown.
pub async fn comment(
    Path(slug): Path<String>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    let kind = kind_of(&staff, &slug)?;
    if !staff.grants.is_counsellor() {
        return Err(staff.refuse(StatusCode::FORBIDDEN, "referral-counsellors-only"));
    }
    let version = form
        .get("version")
        .parse::<i64>()
        .map_err(|_| staff.html_error(AppError::bad_request("version", "a version number")))?;
    let text = match read_comment(&form) {
        Ok(text) => text,
        Err(errors) => {
            let page = page_of(&state, &staff, kind, Some(version), form, errors).await?;
            return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let id = uuid::Uuid::new_v4().to_string();
    state
        .store
        .add_sheet_comment(
            &id,
            kind.code,
            version,
            &text,
            &audit_entry(&staff, "comment"),
        )
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/schnittstellen/{slug}?version={version}#comments"),
        None,
    ))
}

/// A coordinator accepts (a new version of this year) or rejects a comment.
pub async fn decide(
    Path((slug, id)): Path<(String, String)>,
    StaffForm { state, staff, form }: StaffForm,
) -> HtmlResult {
    staff.coordinator_only()?;
    let kind = kind_of(&staff, &slug)?;
    let decision = match form.get("action") {
        "accept" => Decision::Accept {
            year: year_of(staff.now),
            // Sheets are written in German, whatever language the coordinator reads.
            source: Tr::new(Lang::De).plain(
                "interface-accepted-source",
                &[(
                    "date",
                    beratungsnetz_core::clock::iso_date(staff.now.today()),
                )],
            ),
        },
        "reject" => Decision::Reject,
        _ => return Err(staff.html_error(AppError::bad_request("action", "accept or reject"))),
    };
    let action = if decision == Decision::Reject {
        "reject-comment"
    } else {
        "accept-comment"
    };
    state
        .store
        .decide_sheet_comment(kind.code, &id, &decision, &audit_entry(&staff, action))
        .await
        .map_err(|e| store_error(&staff, e))?;
    Ok(see_other(
        &format!("/verwaltung/schnittstellen/{slug}#comments"),
        None,
    ))
}

/// One section of a comparison.
pub struct SectionChange {
    pub heading: String,
    pub changed: bool,
    pub pieces: Vec<Piece>,
}

#[derive(Template)]
#[template(path = "interface_diff.html")]
struct DiffPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    kind_label: String,
    slug: String,
    /// (version, year, source) of the two versions compared.
    from: (i64, i32, String),
    to: (i64, i32, String),
    sections: Vec<SectionChange>,
    /// Every version number, for choosing another pair.
    numbers: Vec<i64>,
}

/// GET `…/vergleich?von=A&bis=B`: without numbers, the version before the one in force
/// and that one.
pub async fn compare(
    StaffRequest { state, staff }: StaffRequest,
    Path(slug): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> HtmlResult {
    let kind = kind_of(&staff, &slug)?;
    let from = version_param(&params, "von").map_err(|e| staff.html_error(e))?;
    let to = version_param(&params, "bis").map_err(|e| staff.html_error(e))?;
    let versions = state
        .store
        .sheet_versions(kind.code)
        .await
        .map_err(|e| store_error(&staff, e))?;
    let (a, b) = pair(&versions, from, to).ok_or_else(|| staff.html_error(AppError::NotFound))?;
    let tr = Tr::new(staff.lang);
    let sections = diff::sheets(&a.sections(), &b.sections())
        .into_iter()
        .map(|d| SectionChange {
            heading: section_heading(&tr, d.section),
            changed: d.changed,
            pieces: d.pieces,
        })
        .collect();
    let slug = beratungsnetz_core::interfaces::slug(kind.code).to_string();
    let page = DiffPage {
        frame: Frame::new(
            staff.lang,
            &format!("/verwaltung/schnittstellen/{slug}/vergleich"),
            &[
                ("von", a.version.to_string()),
                ("bis", b.version.to_string()),
            ],
        ),
        nav: Nav::new(&staff, &state),
        kind_label: kind.label(staff.lang.code()).to_string(),
        slug,
        from: (a.version, a.year(), a.source.clone()),
        to: (b.version, b.year(), b.source.clone()),
        sections,
        numbers: versions.iter().map(|v| v.version).collect(),
        tr,
    };
    Ok(staff.render(page, StatusCode::OK))
}
