//! The web edition's shell: the core compiled to WebAssembly, behind one JSON call.
//!
//! Like the app's Tauri commands, each command here parses its arguments, calls one method of
//! the core's `Session` and returns the view (or the core's translated `ErrorView`). The
//! session is kept in memory only: no file, no key, nothing left when the page closes. The
//! page passes "today" and "now" with every call; the core reads no clock.
//!
//! The boundary is plain linear memory, with no generated glue: the page asks for a buffer
//! with [`senda_alloc`], writes a UTF-8 JSON request into it, and calls [`senda_call`], which
//! takes the buffer back and returns a pointer to the JSON answer; [`senda_answer_len`] gives
//! its length. The answer stays valid until the next call.

use std::sync::Mutex;

use chrono::NaiveDate as Date;
use serde::Deserialize;
use serde_json::{json, Value};

use senda::guide::l10n::Isolation;
use senda::guide::Guide;
use senda::session::Session;

/// One request from the page.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    pub command: String,
    #[serde(default)]
    pub args: Value,
    /// The local date where the page runs (`YYYY-MM-DD`).
    pub today: String,
    /// Unix seconds.
    pub now: i64,
}

static SESSION: Mutex<Option<Session>> = Mutex::new(None);

/// Answers one JSON request with `{"ok": view}`, `{"error": ErrorView}` for what the person
/// should read (in their language), or `{"defect": text}` for a request the page should never
/// have sent.
pub fn call(request: &str) -> String {
    let mut slot = SESSION.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if slot.is_none() {
        match open() {
            Ok(session) => *slot = Some(session),
            Err(error) => return json!({ "error": fallback_error(&error) }).to_string(),
        }
    }
    let Some(session) = slot.as_mut() else { return defect("no session") };
    let request: Request = match serde_json::from_str(request) {
        Ok(r) => r,
        Err(e) => return defect(&format!("request: {e}")),
    };
    let Ok(today) = Date::parse_from_str(&request.today, "%Y-%m-%d") else {
        return defect("today is not a date");
    };
    match dispatch(session, &request.command, &request.args, today, request.now) {
        Ok(Ok(value)) => json!({ "ok": value }).to_string(),
        Ok(Err(error)) => json!({ "error": session.error_view(&error) }).to_string(),
        Err(text) => defect(&text),
    }
}

/// A new session in memory over the guide compiled into the module.
fn open() -> senda::Result<Session> {
    Session::in_memory(Guide::builtin(Isolation::On)?)
}

fn fallback_error(error: &senda::Error) -> senda::views::ErrorView {
    match Guide::builtin(Isolation::On) {
        Ok(guide) => {
            let lang = guide.catalog().reference().to_string();
            guide.error_view(&lang, error)
        }
        Err(_) => senda::views::ErrorView { id: String::new(), message: error.to_string(), detail: None },
    }
}

fn defect(text: &str) -> String {
    json!({ "defect": text }).to_string()
}

/// A command's arguments, or a defect of the page.
fn args<T: serde::de::DeserializeOwned>(value: &Value) -> Result<T, String> {
    serde_json::from_value(value.clone()).map_err(|e| format!("arguments: {e}"))
}

fn view<T: serde::Serialize>(result: senda::Result<T>) -> Result<senda::Result<Value>, String> {
    Ok(result.map(|v| serde_json::to_value(v).unwrap_or(Value::Null)))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Start {
    system_languages: Vec<String>,
}
#[derive(Deserialize)]
struct Lang {
    lang: String,
}
#[derive(Deserialize)]
struct Id {
    id: i64,
}
#[derive(Deserialize)]
struct TopicId {
    id: String,
}
#[derive(Deserialize)]
struct Name {
    name: String,
}
#[derive(Deserialize)]
struct IdName {
    id: i64,
    name: String,
}
#[derive(Deserialize)]
struct SetDate {
    id: i64,
    key: String,
    value: Option<String>,
}
#[derive(Deserialize)]
struct SetItem {
    id: i64,
    item: String,
    status: String,
    note: Option<String>,
}
#[derive(Deserialize)]
struct IdText {
    id: i64,
    text: String,
}
#[derive(Deserialize)]
struct Query {
    query: String,
}
#[derive(Deserialize)]
struct Answers {
    answers: Vec<(String, String)>,
}

/// One command, as the app's command of the same name does it.
fn dispatch(s: &mut Session, command: &str, a: &Value, today: Date, now: i64) -> Result<senda::Result<Value>, String> {
    match command {
        "start" => view(s.start(&args::<Start>(a)?.system_languages)),
        "choose_language" => view(s.choose_language(&args::<Lang>(a)?.lang)),
        "ui_text" => view(s.ui_text()),
        "web_text" => view(s.interface_language().map(|lang| s.guide().web_text(&lang))),
        "home" => view(s.home()),
        "topic" => view(s.topic(&args::<TopicId>(a)?.id)),
        "search" => view(s.search(&args::<Query>(a)?.query)),
        "decide" => view(s.decide_view()),
        "advise" => view(s.advise(&args::<Answers>(a)?.answers)),
        "pack_info" => view(s.pack_info(today)),
        "profiles" => view(s.profiles(today, now)),
        "add_profile" => {
            let name = args::<Name>(a)?.name;
            view(s.add_profile(&name, now).and_then(|p| s.profile(p.id, today)))
        }
        "rename_profile" => {
            let IdName { id, name } = args(a)?;
            view(s.rename_profile(id, &name).and_then(|_| s.profile(id, today)))
        }
        "remove_profile" => {
            let id = args::<Id>(a)?.id;
            view(s.remove_profile(id, now).and_then(|_| s.profiles(today, now)))
        }
        "restore_profile" => {
            let id = args::<Id>(a)?.id;
            view(s.restore_profile(&id.to_string(), now).and_then(|_| s.profiles(today, now)))
        }
        "profile" => view(s.profile(args::<Id>(a)?.id, today)),
        "set_date" => {
            let SetDate { id, key, value } = args(a)?;
            view(s.set_date(id, &key, value.as_deref(), today).and_then(|()| s.profile(id, today)))
        }
        "set_item" => {
            let SetItem { id, item, status, note } = args(a)?;
            view(s.set_item(id, &item, &status, note.as_deref()).and_then(|()| s.profile(id, today)))
        }
        "add_own_item" => {
            let IdText { id, text } = args(a)?;
            view(s.add_own_item(id, &text).and_then(|_| s.profile(id, today)))
        }
        "summary" => view(s.summary(args::<Id>(a)?.id, today)),
        other => Err(format!("unknown command {other:?}")),
    }
}

/// The last answer, kept until the next call so the page can read it.
static ANSWER: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// A buffer of `len` bytes for the page to write a request into; [`senda_call`] frees it.
#[no_mangle]
pub extern "C" fn senda_alloc(len: usize) -> *mut u8 {
    let mut buffer = std::mem::ManuallyDrop::new(Vec::<u8>::with_capacity(len.max(1)));
    buffer.as_mut_ptr()
}

/// Answers the request of `len` bytes at `ptr` (from [`senda_alloc`]); returns the answer's
/// address.
///
/// # Safety
/// `ptr` must come from `senda_alloc(len)` and hold `len` bytes written by the page; it is
/// freed here and must not be used again.
#[no_mangle]
pub unsafe extern "C" fn senda_call(ptr: *mut u8, len: usize) -> *const u8 {
    // SAFETY: the caller passes back a buffer of capacity `len.max(1)` from `senda_alloc`,
    // with its first `len` bytes written.
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len.max(1)) };
    let answer = match std::str::from_utf8(&bytes) {
        Ok(text) => call(text),
        Err(_) => defect("the request is not UTF-8"),
    };
    let mut kept = ANSWER.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    *kept = answer.into_bytes();
    kept.as_ptr()
}

/// The length in bytes of the last answer.
#[no_mangle]
pub extern "C" fn senda_answer_len() -> usize {
    ANSWER.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(command: &str, args: Value) -> Value {
        let request = json!({ "command": command, "args": args, "today": "2026-11-30", "now": 1_796_000_000 });
        serde_json::from_str(&call(&request.to_string())).unwrap()
    }

    #[test]
    fn a_topic_comes_back_in_the_chosen_language() {
        assert_eq!(ask("choose_language", json!({ "lang": "ht" }))["ok"]["lang"], "ht");
        let topic = ask("topic", json!({ "id": "mexico-steps" }));
        assert_eq!(topic["ok"]["id"], "mexico-steps");
        assert_eq!(topic["ok"]["lang"], "ht");
    }

    #[test]
    fn a_core_error_is_translated_and_a_bad_request_is_a_defect() {
        let missing = ask("topic", json!({ "id": "no-such-topic" }));
        assert_eq!(missing["error"]["id"], "error-topic-not-found");
        assert!(ask("install_pack", json!({}))["defect"].as_str().unwrap().contains("unknown command"));
        assert!(ask("topic", json!({ "topic": 1 }))["defect"].is_string());
        let bad_today = call(&json!({ "command": "home", "today": "yesterday", "now": 0 }).to_string());
        assert!(bad_today.contains("defect"));
    }

    #[test]
    fn a_profile_lives_in_memory_with_its_deadlines() {
        let profile = ask("add_profile", json!({ "name": "Ana web" }));
        let id = profile["ok"]["id"].as_i64().unwrap();
        let dated = ask("set_date", json!({ "id": id, "key": "entered", "value": "2026-11-02" }));
        let comar = dated["ok"]["deadlines"].as_array().unwrap().iter().find(|d| d["kind"] == "comar").cloned().unwrap();
        assert!(comar["last_day"].is_string() && comar["latest_day"].is_string(), "{comar}");
        let info = ask("pack_info", json!({}));
        assert_eq!(info["ok"]["origin"], "builtin");
        assert!(ask("web_text", json!({}))["ok"]["memory_only"].as_str().is_some_and(|t| !t.is_empty()));
    }
}
