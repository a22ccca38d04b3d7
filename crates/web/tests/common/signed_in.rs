//! A signed-in world for HTTP tests: a browser that keeps cookies, the sample data with
//! a service, its organisation and another one, people invited into roles, and the
//! forms the referral tests send.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use std::collections::BTreeMap;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use beratungsnetz_core::accounts::{Membership, Role};
use beratungsnetz_core::clock::{self, Clock, SystemClock};
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::accounts::{OneTimeToken, TokenKind};
use beratungsnetz_web::{AppState, hash_token, router};
use serde_json::{Value, json};

/// A browser: keeps cookies, follows nothing by itself.
pub struct Browser {
    pub app: Router,
    pub cookies: BTreeMap<String, String>,
}

pub struct Resp {
    pub status: StatusCode,
    pub location: Option<String>,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent, for files that are not text.
    pub bytes: Vec<u8>,
}

impl Browser {
    pub fn new(app: &Router) -> Browser {
        Browser {
            app: app.clone(),
            cookies: BTreeMap::new(),
        }
    }

    pub async fn send(&mut self, req: axum::http::request::Builder, body: Body) -> Resp {
        let cookie: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let req = req
            .header(header::COOKIE, cookie.join("; "))
            .body(body)
            .unwrap();
        let a = super::send(&self.app, req).await;
        for c in a.headers.get_all(header::SET_COOKIE) {
            let c = c.to_str().unwrap();
            let (kv, attrs) = c.split_once(';').unwrap_or((c, ""));
            let (k, v) = kv.split_once('=').unwrap();
            if attrs.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), v.to_string());
            }
        }
        Resp {
            status: a.status,
            location: a.header(header::LOCATION),
            body: a.text(),
            headers: a.headers,
            bytes: a.bytes,
        }
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        self.send(Request::get(path), Body::empty()).await
    }

    pub async fn post(&mut self, path: &str, pairs: &[(&str, &str)]) -> Resp {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        self.post_raw(path, body).await
    }

    pub async fn post_raw(&mut self, path: &str, body: String) -> Resp {
        self.send(
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
            Body::from(body),
        )
        .await
    }
}

/// The value of the first hidden field `name` of a page.
pub fn value_of(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = body.find(&marker).expect("the field");
    let rest = &body[at + marker.len()..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// The first CSRF token of a page.
pub fn csrf(body: &str) -> String {
    let at = body
        .find("name=\"csrf\" value=\"")
        .expect("a form with a CSRF token");
    let rest = &body[at + 19..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// Every field a form would send as it stands: inputs (ticked boxes only), selects,
/// text areas. Good enough for our own server-rendered forms.
pub fn form_fields(body: &str, action: &str) -> Vec<(String, String)> {
    let start = body
        .find(&format!("action=\"{action}\" class=\"edit"))
        .expect("the form");
    let form = &body[start..start + body[start..].find("</form>").unwrap()];
    let attr = |tag: &str, name: &str| -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))?;
        let rest = &tag[at + name.len() + 3..];
        Some(unescape(&rest[..rest.find('"')?]))
    };
    let mut out = Vec::new();
    for tag in form.split("<input").skip(1) {
        let tag = &tag[..tag.find('>').unwrap()];
        let Some(name) = attr(tag, "name") else {
            continue;
        };
        if attr(tag, "type").as_deref() == Some("checkbox") && !tag.contains(" checked") {
            continue;
        }
        out.push((name, attr(tag, "value").unwrap_or_default()));
    }
    for part in form.split("<select").skip(1) {
        let tag = &part[..part.find('>').unwrap()];
        let name = attr(tag, "name").unwrap();
        let options = &part[..part.find("</select>").unwrap()];
        let value = options
            .split("<option")
            .find(|o| o.contains(" selected"))
            .and_then(|o| attr(o, "value"))
            .unwrap_or_default();
        out.push((name, value));
    }
    for part in form.split("<textarea").skip(1) {
        let tag = &part[..part.find('>').unwrap()];
        let name = attr(tag, "name").unwrap();
        let text = &part[part.find('>').unwrap() + 1..part.find("</textarea>").unwrap()];
        out.push((name, unescape(text)));
    }
    out
}

pub fn unescape(s: &str) -> String {
    s.replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

pub fn with(fields: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fields
        .iter()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .cloned()
        .collect();
    out.extend(changes.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    out
}

pub fn encode(pairs: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

pub struct World {
    /// The engine's name (`sqlite`, `postgres`).
    pub engine: &'static str,
    pub db: beratungsnetz_testkit::TestDb,
    pub state: AppState,
    pub app: Router,
    /// A service and its organization, and an organization it does not belong to.
    pub service: String,
    pub org: String,
    pub other_org: String,
}

/// The sample data with the first service last verified long ago.
pub async fn world() -> World {
    world_at(std::sync::Arc::new(SystemClock)).await
}

/// The same, with the server reading the time from `clock`.
pub async fn world_at(clock: std::sync::Arc<dyn Clock>) -> World {
    world_on(beratungsnetz_testkit::sqlite().await, clock).await
}

/// The same world on every engine of the test matrix (PostgreSQL when configured).
pub async fn worlds(label: &str) -> Vec<World> {
    let mut out = Vec::new();
    for db in beratungsnetz_testkit::engines(label).await {
        out.push(world_on(db, std::sync::Arc::new(SystemClock)).await);
    }
    out
}

async fn world_on(db: beratungsnetz_testkit::TestDb, clock: std::sync::Arc<dyn Clock>) -> World {
    let mut services = beratungsnetz_demo::demo_services();
    services[0]["assured_date"] = json!("2024-01-10");
    for s in services.iter_mut().skip(1) {
        s["assured_date"] = json!(clock::iso_date(SystemClock.now().today() - 3));
    }
    let service = services[0]["id"].as_str().unwrap().to_string();
    let org = services[0]["organization_id"].as_str().unwrap().to_string();
    let other_org = services
        .iter()
        .map(|s| s["organization_id"].as_str().unwrap())
        .find(|o| *o != org)
        .unwrap()
        .to_string();
    let mut items = services;
    items.extend(beratungsnetz_core::taxonomy::all_terms_json());
    let mut state = super::state_on(db.store.clone(), &Value::Array(items)).await;
    db.store
        .seed_sheets(
            &beratungsnetz_demo::interface_sheets().unwrap(),
            SystemClock.now().unix,
        )
        .await
        .unwrap();
    db.store
        .seed_events(
            &beratungsnetz_demo::fachtage(clock.now().today()),
            &|| uuid::Uuid::new_v4().to_string(),
            clock.unix(),
        )
        .await
        .unwrap();
    state.clock = clock;
    state.keys = Some(std::sync::Arc::new(
        beratungsnetz_store::sealing::Keyring::generate().unwrap(),
    ));
    World {
        engine: db.name,
        db,
        app: router(state.clone()),
        state,
        service,
        org,
        other_org,
    }
}

impl World {
    /// An invitation link made as `beratungsnetz user add` makes it.
    pub async fn invite(
        &self,
        email: &str,
        role: Role,
        org: Option<&str>,
        expires_in: i64,
    ) -> String {
        let token = beratungsnetz_web::accounts_token();
        let now = self.state.clock.unix();
        self.state
            .store
            .create_token(
                &hash_token(&token),
                &OneTimeToken {
                    kind: TokenKind::Invitation,
                    email: email.into(),
                    membership: Some(Membership {
                        role,
                        organization_id: org.map(Into::into),
                    }),
                    created_by: None,
                    created_at: now,
                    expires_at: now + expires_in,
                    used_at: None,
                    lang: None,
                },
                None,
            )
            .await
            .unwrap();
        format!("/einladung/{token}")
    }

    /// Accepts an invitation link in a new browser, setting a password: signed in.
    pub async fn accept(&self, link: &str, password: &str) -> Browser {
        let mut b = Browser::new(&self.app);
        let page = b.get(link).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let done = b
            .post(
                link,
                &[
                    ("csrf", &csrf(&page.body)),
                    ("password", password),
                    ("password_repeat", password),
                ],
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(done.location.as_deref(), Some("/verwaltung"));
        b
    }

    pub async fn person(&self, email: &str, role: Role, org: Option<&str>) -> Browser {
        let link = self.invite(email, role, org, 3600).await;
        self.accept(&link, "ein langes Passwort").await
    }

    /// An organisation neither the service's nor the other one.
    pub async fn third_org(&self) -> String {
        let orgs = self.state.store.ids(Entity::Organization).await.unwrap();
        orgs.into_iter()
            .find(|o| *o != self.org && *o != self.other_org)
            .unwrap()
    }

    /// Three counsellors: of the other organisation (who refers), of the service's (who
    /// receives) and of a third one.
    pub async fn counsellors(&self) -> (Browser, Browser, Browser) {
        let third = self.third_org().await;
        (
            self.person(
                "sender@example.org",
                Role::Counsellor,
                Some(&self.other_org),
            )
            .await,
            self.person("receiver@example.org", Role::Counsellor, Some(&self.org))
                .await,
            self.person("stranger@example.org", Role::Counsellor, Some(&third))
                .await,
        )
    }

    pub async fn service_name(&self) -> String {
        self.state
            .store
            .fetch_by(Entity::Service, "id", std::slice::from_ref(&self.service))
            .await
            .unwrap()[0]
            .str("name")
            .unwrap()
            .to_string()
    }

    /// Catches this test's search index up with the change log, as `serve` does
    /// continuously, and searches.
    pub async fn search(&self, q: &str) -> Value {
        beratungsnetz_search::sync::catch_up(self.state.store.as_ref(), &self.state.search, 0)
            .await
            .unwrap();
        let mut b = Browser::new(&self.app);
        let r = b.get(&format!("/api/v1/search?q={q}")).await;
        serde_json::from_str(&r.body).unwrap()
    }
}

/// The last mail in the outbox to `to`: (subject, body).
pub async fn last_mail(state: &AppState, to: &str) -> (String, String) {
    let mails = state.store.mails(50).await.unwrap();
    let m = mails.iter().find(|m| m.recipient == to).expect("a mail");
    (m.subject.clone(), m.body.clone())
}

/// The last kept mail to `to` with a working link: the token is made anew, as the outbox
/// page does for a coordinator (the database keeps none).
pub async fn sealed_link(state: &AppState, to: &str) -> String {
    let mails = state.store.mails(50).await.unwrap();
    let m = mails.iter().find(|m| m.recipient == to).expect("a mail");
    let token = beratungsnetz_web::accounts_token();
    let entry = beratungsnetz_store::audit::AuditEntry::default();
    let made = state
        .store
        .reissue_link(m.seq, &hash_token(&token), state.clock.unix(), &entry)
        .await
        .unwrap();
    assert!(made, "the link is still good");
    m.body
        .replace(beratungsnetz_store::outbox::LINK_MARK, &token)
}

pub fn link_in(body: &str, prefix: &str) -> String {
    let at = body.find(prefix).expect("a link");
    let rest = &body[at..];
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '<')
        .unwrap_or(rest.len());
    rest[..end].to_string()
}

/// The form a counsellor sends to refer a client, with consent to pass on the needs and
/// the contact (not the note).
pub fn referral_form(csrf: &str, action: &'static str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_string()),
        ("client_ref", "MBE-2026-017".into()),
        ("need", "need:debts".into()),
        ("urgency", "soon".into()),
        ("languages", "ar, de".into()),
        ("interpreter", "yes".into()),
        ("contact_way", "phone".into()),
        ("contact_value", "0000 987654".into()),
        ("note", "Sperrandrohung vom Energieversorger".into()),
        ("consent_category", "needs".into()),
        ("consent_category", "contact".into()),
        ("consent_purpose", "Schuldnerberatung".into()),
        (
            "consent_until",
            clock::iso_date(SystemClock.now().today() + 60),
        ),
        ("consent_given", "oral".into()),
        ("consent_witness", "B. Beispiel".into()),
        ("action", action.into()),
    ]
}

pub async fn post_pairs(b: &mut Browser, path: &str, pairs: &[(&'static str, String)]) -> Resp {
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    b.post(path, &pairs).await
}

/// The text inside `<strong dir="ltr">` of the element with `id`.
pub fn strong_in(body: &str, id: &str) -> String {
    let at = body.find(&format!("id=\"{id}\"")).unwrap();
    let rest = &body[at..];
    let start = rest.find("<strong dir=\"ltr\">").unwrap() + "<strong dir=\"ltr\">".len();
    let end = rest[start..].find("</strong>").unwrap();
    rest[start..start + end].to_string()
}
