//! The app shell: Tauri commands as thin adapters over the core's `Session`. No rules, no
//! SQL and no words live here; each command calls one core method and maps its error to the
//! core's translated `ErrorView`.
//!
//! Every command is async and runs the core on a worker thread ([`in_background`]): deriving
//! a key from a PIN takes a quarter of a second or more, and the window must keep painting
//! meanwhile. No command runs on the main thread, so none can freeze the window while another
//! holds the session.

mod safety;
mod scheduler;

use std::path::PathBuf;
use std::sync::Mutex;

use senda::base::incoming::IncomingFile;
use senda::guide::l10n::Isolation;
use senda::guide::search::SearchView;
use senda::guide::speech::{ListenTarget, ReadingView, SpeechRate, Voices};
use senda::guide::Guide;
use senda::packs::sharekit::ShareKitView;
use senda::packs::updates::Updates;
use senda::safety::attempts::{BootTime, Clock};
use senda::safety::vault::Zeroizing;
use senda::session::Session;
use senda::views::summary::SummaryView;
use senda::views::{
    AdviceView, BackupDone, DecideView, ErrorView, HomeView, PackInfoView, ProfileView, ProfilesView, RemindersView, SafetyView, StartView,
    TopicView, UiText,
};
use tauri::ipc::InvokeBody;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

/// The session, or the translated reason it could not be opened (a database written by a
/// newer version, an unusable data folder). The interface shows that reason.
struct AppState(Result<Mutex<Session>, ErrorView>);

type CommandResult<T> = Result<T, ErrorView>;

fn with_session<T>(state: &tauri::State<'_, AppState>, f: impl FnOnce(&mut Session) -> senda::Result<T>) -> CommandResult<T> {
    let mutex = state.0.as_ref().map_err(Clone::clone)?;
    // A panic while holding the lock cannot leave the session half-changed (every change is
    // one database transaction), so a poisoned lock is safe to take over.
    let mut session = mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    f(&mut session).map_err(|e| session.error_view(&e))
}

/// Runs one call into the session on a worker thread, off the main thread that paints.
async fn in_background<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&mut Session) -> senda::Result<T> + Send + 'static,
) -> CommandResult<T> {
    tauri::async_runtime::spawn_blocking(move || with_session(&app.state::<AppState>(), f))
        .await
        .unwrap_or_else(|e| Err(fallback_error(&senda::Error::from(senda::safety::vault::VaultError::Kdf(e.to_string())))))
}

#[tauri::command]
async fn start(app: AppHandle, system_languages: Vec<String>) -> CommandResult<StartView> {
    with_reminders(app, move |s, reminders| {
        reschedule(s, reminders);
        s.start(&system_languages)
    })
    .await
}

/// As `in_background`, with the reminders' scheduler at hand for a command that changes what
/// is planned.
async fn with_reminders<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&mut Session, &Reminders) -> senda::Result<T> + Send + 'static,
) -> CommandResult<T> {
    let handle = app.clone();
    in_background(app, move |s| f(s, &handle.state::<Reminders>())).await
}

/// The notifications scheduled for the person's reminders.
struct Reminders(scheduler::Scheduler);

/// Schedules what the core plans now, replacing everything scheduled before; while the data is
/// locked or a guest session runs, the core plans nothing new and what was scheduled stays.
/// Reminders never stand in the way of what the person did, so a failure here is not reported.
fn reschedule(session: &Session, reminders: &Reminders) {
    if let Ok(Some(plan)) = session.reminders(scheduler::local_now()) {
        reminders.0.replace(plan);
    }
}

#[tauri::command]
async fn reminders(app: AppHandle) -> CommandResult<RemindersView> {
    with_reminders(app, move |s, reminders| s.reminders_view(&reminders.0.pending(), scheduler::WHILE_CLOSED)).await
}

#[tauri::command]
async fn set_reminders(app: AppHandle, on: bool) -> CommandResult<RemindersView> {
    with_reminders(app, move |s, reminders| {
        s.set_reminders(on)?;
        reschedule(s, reminders);
        s.reminders_view(&reminders.0.pending(), scheduler::WHILE_CLOSED)
    })
    .await
}

/// Opens the guide in `lang` from the lock screen, leaving the data locked.
#[tauri::command]
async fn read_while_locked(app: AppHandle, lang: String) -> CommandResult<UiText> {
    in_background(app, move |s| s.read_while_locked(&lang)).await
}

#[tauri::command]
async fn choose_language(app: AppHandle, lang: String) -> CommandResult<UiText> {
    with_reminders(app, move |s, reminders| {
        let ui = s.choose_language(&lang)?;
        reschedule(s, reminders);
        Ok(ui)
    })
    .await
}

#[tauri::command]
async fn ui_text(app: AppHandle) -> CommandResult<UiText> {
    in_background(app, move |s| s.ui_text()).await
}

#[tauri::command]
async fn home(app: AppHandle) -> CommandResult<HomeView> {
    in_background(app, move |s| s.home()).await
}

#[tauri::command]
async fn topic(app: AppHandle, id: String) -> CommandResult<TopicView> {
    in_background(app, move |s| s.topic(&id)).await
}

/// Today's date where the app runs, in the local time zone, and now.
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Now, with the clock nobody can set where the system has one (Linux: seconds since the
/// device started, and that start's id), so that waits after wrong PINs cannot be skipped by
/// moving the date.
fn clock() -> Clock {
    let read = |path: &str| std::fs::read_to_string(path).ok();
    let boot = match (read("/proc/sys/kernel/random/boot_id"), read("/proc/uptime")) {
        (Some(id), Some(uptime)) => BootTime::parse(&id, &uptime),
        _ => None,
    };
    Clock { unix: now(), boot }
}

#[tauri::command]
async fn profiles(app: AppHandle) -> CommandResult<ProfilesView> {
    in_background(app, move |s| s.profiles(today(), now())).await
}

#[tauri::command]
async fn add_profile(app: AppHandle, name: String) -> CommandResult<ProfileView> {
    in_background(app, move |s| {
        let p = s.add_profile(&name, now())?;
        s.profile(p.id, today())
    })
    .await
}

#[tauri::command]
async fn rename_profile(app: AppHandle, id: i64, name: String) -> CommandResult<ProfileView> {
    in_background(app, move |s| {
        s.rename_profile(id, &name)?;
        s.profile(id, today())
    })
    .await
}

#[tauri::command]
async fn remove_profile(app: AppHandle, id: i64) -> CommandResult<ProfilesView> {
    with_reminders(app, move |s, reminders| {
        s.remove_profile(id, now())?;
        reschedule(s, reminders);
        s.profiles(today(), now())
    })
    .await
}

#[tauri::command]
async fn restore_profile(app: AppHandle, id: i64) -> CommandResult<ProfilesView> {
    with_reminders(app, move |s, reminders| {
        s.restore_profile(&id.to_string(), now())?;
        reschedule(s, reminders);
        s.profiles(today(), now())
    })
    .await
}

#[tauri::command]
async fn profile(app: AppHandle, id: i64) -> CommandResult<ProfileView> {
    in_background(app, move |s| s.profile(id, today())).await
}

#[tauri::command]
async fn set_date(app: AppHandle, id: i64, key: String, value: Option<String>) -> CommandResult<ProfileView> {
    with_reminders(app, move |s, reminders| {
        let value = value.filter(|v| !v.trim().is_empty());
        s.set_date(id, &key, value.as_deref(), today())?;
        reschedule(s, reminders);
        s.profile(id, today())
    })
    .await
}

#[tauri::command]
async fn set_item(app: AppHandle, id: i64, item: String, status: String, note: Option<String>) -> CommandResult<ProfileView> {
    in_background(app, move |s| {
        s.set_item(id, &item, &status, note.as_deref())?;
        s.profile(id, today())
    })
    .await
}

#[tauri::command]
async fn add_own_item(app: AppHandle, id: i64, text: String) -> CommandResult<ProfileView> {
    in_background(app, move |s| {
        s.add_own_item(id, &text)?;
        s.profile(id, today())
    })
    .await
}

#[tauri::command]
async fn summary(app: AppHandle, id: i64) -> CommandResult<SummaryView> {
    in_background(app, move |s| s.summary(id, today())).await
}

/// A picked file's bytes: the request's raw body. Where the webview cannot send a raw body
/// (Android), Tauri sends a JSON array of numbers instead; anything else reads as no bytes,
/// which the core refuses.
fn file_bytes(request: &tauri::ipc::Request<'_>) -> Vec<u8> {
    match request.body() {
        InvokeBody::Raw(bytes) => bytes.clone(),
        InvokeBody::Json(serde_json::Value::Array(items)) => {
            items.iter().map(|n| n.as_u64().and_then(|n| u8::try_from(n).ok())).collect::<Option<_>>().unwrap_or_default()
        }
        InvokeBody::Json(_) => Vec::new(),
    }
}

/// Brings back a backup file the person picked: its bytes are the request's body, and the
/// passphrase (percent-encoded, as headers carry only ASCII) a header.
#[tauri::command]
async fn restore_backup(app: AppHandle, request: tauri::ipc::Request<'_>) -> CommandResult<BackupDone> {
    let header = request.headers().get("senda-passphrase").and_then(|h| h.to_str().ok()).unwrap_or_default();
    let passphrase = Zeroizing::new(percent_encoding::percent_decode_str(header).decode_utf8_lossy().into_owned());
    let bytes = file_bytes(&request);
    with_reminders(app, move |s, reminders| {
        let done = s.restore_backup(&bytes, &passphrase, today())?;
        reschedule(s, reminders);
        Ok(done)
    })
    .await
}

/// Writes the copy to pass on (installer, guide pack, keys, README) as a new dated folder
/// inside the folder the person chooses in the system's folder dialog (a USB stick, say).
/// `SENDA_BACKUP_DIR` (for tests, where no dialog can be answered) is used instead when set.
/// The installer is the package this program was installed from, if any.
#[tauri::command]
async fn share_kit(app: AppHandle) -> CommandResult<ShareKitView> {
    let installer = senda::packs::installer::of_program(std::env::current_exe());
    let folder = match std::env::var_os("SENDA_BACKUP_DIR").filter(|d| !d.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => pick_folder(&app).await,
    };
    match folder {
        // Rebuilding the installer reads and compresses the installed programs: off the
        // main thread, like every call into the session.
        Some(folder) => in_background(app, move |s| s.write_share_kit(&folder, installer, today())).await,
        None => in_background(app, |s| s.share_kit_not_written()).await,
    }
}

#[cfg(desktop)]
async fn pick_folder(app: &AppHandle) -> Option<PathBuf> {
    let dialog = app.dialog().file();
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_folder()).await.ok().flatten();
    chosen.and_then(|folder| folder.into_path().ok())
}

/// A phone has no installer to pass on and no folder dialog: nothing is written.
#[cfg(not(desktop))]
async fn pick_folder(_app: &AppHandle) -> Option<PathBuf> {
    None
}

#[tauri::command]
async fn pack_info(app: AppHandle) -> CommandResult<PackInfoView> {
    in_background(app, move |s| s.pack_info(today())).await
}

/// Installs a pack file the person picked; its bytes are the request's body.
#[tauri::command]
async fn install_pack(app: AppHandle, request: tauri::ipc::Request<'_>) -> CommandResult<PackInfoView> {
    let bytes = file_bytes(&request);
    in_background(app, move |s| {
        s.install_pack(&bytes, Isolation::On)?;
        s.pack_info(today())
    })
    .await
}

#[tauri::command]
async fn rollback_pack(app: AppHandle) -> CommandResult<PackInfoView> {
    in_background(app, move |s| {
        s.rollback_pack(Isolation::On)?;
        s.pack_info(today())
    })
    .await
}

#[tauri::command]
async fn search(app: AppHandle, query: String) -> CommandResult<SearchView> {
    in_background(app, move |s| s.search(&query)).await
}

#[tauri::command]
async fn decide(app: AppHandle) -> CommandResult<DecideView> {
    in_background(app, move |s| s.decide_view()).await
}

#[tauri::command]
async fn advise(app: AppHandle, answers: Vec<(String, String)>) -> CommandResult<AdviceView> {
    in_background(app, move |s| s.advise(&answers)).await
}

/// The voices, written into their folder on the first Listen: `None` until then.
struct VoicesState {
    dir: Option<PathBuf>,
    voices: Mutex<Option<Voices>>,
}

/// Translates an error with the session's language, for work done outside the session's lock.
fn session_error(state: &tauri::State<'_, AppState>, error: senda::Error) -> ErrorView {
    match &state.0 {
        Ok(mutex) => mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).error_view(&error),
        Err(view) => view.clone(),
    }
}

#[tauri::command]
async fn reading(app: AppHandle, target: ListenTarget) -> CommandResult<ReadingView> {
    in_background(app, move |s| s.reading(&target, today())).await
}

/// One section of `target`, read aloud, as a WAV file's bytes (sent as raw bytes, not JSON).
/// The words come from the session; the synthesis runs outside its lock, on a worker thread.
#[tauri::command]
async fn speak(app: AppHandle, target: ListenTarget, section: usize) -> CommandResult<tauri::ipc::Response> {
    let (lang, text, rate) = in_background(app.clone(), move |s| s.speech(&target, section, today())).await?;
    let worker = app.clone();
    let audio = tauri::async_runtime::spawn_blocking(move || {
        let voices = worker.state::<VoicesState>();
        let mut slot = voices.voices.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let ready = match slot.as_ref() {
            Some(ready) => Ok(ready.clone()),
            None => {
                let dir = voices.dir.clone().unwrap_or_else(|| std::env::temp_dir().join("senda-voices"));
                Voices::open(&dir).inspect(|opened| *slot = Some(opened.clone()))
            }
        };
        drop(slot);
        ready.and_then(|v| v.synthesize(&lang, &text, rate))
    })
    .await
    .map_err(|e| fallback_error(&senda::Error::from(senda::guide::speech::SpeechError::Synthesis(e.to_string()))))?;
    let audio = audio.map_err(|e| session_error(&app.state::<AppState>(), e.into()))?;
    Ok(tauri::ipc::Response::new(audio.wav()))
}

#[tauri::command]
async fn set_speech_rate(app: AppHandle, rate: SpeechRate) -> CommandResult<()> {
    in_background(app, move |s| s.set_speech_rate(rate)).await
}

/// Where the voice data is written: beside the data when `SENDA_DATA_DIR` is set (tests),
/// else in the platform's cache folder. It holds nothing personal and can be written again.
fn voices_dir(app: &tauri::App) -> Option<PathBuf> {
    match std::env::var_os("SENDA_DATA_DIR").filter(|d| !d.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir).join("voices")),
        None => app.path().app_cache_dir().ok().map(|d| d.join("voices")),
    }
}

/// The folder in Senda's data folder where WebKit may keep what it keeps for a context.
const WEBVIEW_DIR: &str = "webview";

/// `SENDA_DATA_DIR` (used by tests and by staff who keep data on removable storage), else the
/// platform's app data folder.
fn data_dir(app: &tauri::App) -> Option<PathBuf> {
    match std::env::var_os("SENDA_DATA_DIR").filter(|d| !d.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => app.path().app_data_dir().ok(),
    }
}

fn open_session(app: &tauri::App) -> Result<Mutex<Session>, ErrorView> {
    let Some(dir) = data_dir(app) else {
        // No data folder at all: keep going in memory rather than refuse to show the guide.
        let guide = Guide::builtin(Isolation::On).expect("the built-in guide is validated by the test suite");
        return Session::in_memory(guide).map(Mutex::new).map_err(|e| fallback_error(&e));
    };
    Session::open_with_updates(&dir, Updates::new(&dir), Isolation::On).map(Mutex::new).map_err(|e| fallback_error(&e))
}

/// Translates an error that happened before any language was remembered.
fn fallback_error(error: &senda::Error) -> ErrorView {
    let guide = Guide::builtin(Isolation::On).expect("the built-in guide is validated by the test suite");
    let lang = guide.catalog().reference().to_string();
    guide.error_view(&lang, error)
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let app = tauri::Builder::default()
        // The save dialog for backups, called from Rust only: the window has no permission
        // of the plugin's own.
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            // The window is made here rather than by Tauri: on Linux, Tauri goes through its
            // start-up again each time Senda is launched a second time (GTK's "activate"), and
            // would then fail to make a second window named "main".
            if let Some(config) = app.config().app.windows.iter().find(|w| w.label == "main") {
                // The window is incognito (tauri.conf.json): WebKit keeps no folder of its own
                // on disk. On Linux an incognito webview cannot be driven by WebDriver (wry
                // gives it no automation), so under a test driver, which sets this variable,
                // the webview is a normal one; `e2e/test_safety.py` checks the incognito window
                // without a driver.
                //
                // Tauri still makes a WebKit context of its own beside the incognito one, and
                // WebKit starts its folders for it (a cache, `hsts-storage.sqlite`) under the
                // home's XDG folders. Its folder is put inside Senda's data folder instead, so
                // that nothing outside that folder shows Senda was used; no page is ever loaded
                // in that context.
                let driven = std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true");
                let mut window = tauri::WebviewWindowBuilder::from_config(app.handle(), config)?.incognito(!driven);
                if let Some(dir) = data_dir(app) {
                    // Owner-only, like the rest of the data folder.
                    let _ = senda::base::files::create_private_dir(&dir.join(WEBVIEW_DIR));
                    window = window.data_directory(dir.join(WEBVIEW_DIR));
                }
                window.build()?;
            }
            let state = AppState(open_session(app));
            app.manage(state);
            app.manage(safety::QuickExit { hide: safety::show_again_on_relaunch(app) });
            app.manage(VoicesState { dir: voices_dir(app), voices: Mutex::new(None) });
            app.manage(Reminders(scheduler::Scheduler::new(app.handle())));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            start,
            choose_language,
            ui_text,
            home,
            topic,
            profiles,
            add_profile,
            rename_profile,
            remove_profile,
            restore_profile,
            profile,
            set_date,
            set_item,
            add_own_item,
            summary,
            search,
            decide,
            advise,
            pack_info,
            install_pack,
            rollback_pack,
            share_kit,
            safety::safety,
            safety::unlock,
            safety::lock,
            safety::quick_exit,
            safety::set_pin,
            safety::change_pin,
            safety::remove_pin,
            safety::wipe,
            safety::guest,
            safety::share_device,
            safety::create_space,
            safety::set_idle_minutes,
            safety::set_wipe_after,
            safety::save_backup,
            safety::check_file_size,
            restore_backup,
            reading,
            speak,
            set_speech_rate,
            reminders,
            set_reminders,
            read_while_locked
        ])
        .build(tauri::generate_context!())
        .expect("the Tauri runtime starts");
    #[cfg(desktop)]
    {
        let code = app.run_return(|_, _| {});
        finish_hand_over(code);
        std::process::exit(code);
    }
    #[cfg(not(desktop))]
    app.run(|_, _| {});
}

/// When this launch only handed over to a Senda already running (Linux, see
/// [`show_again_on_relaunch`]), GTK has queued the message that brings that window back but
/// not necessarily sent it: send it, then end at once.
///
/// Ending at once matters: the windowing library starts a thread that opens its own X display
/// as the event loop is made, and a launch that only hands over ends within milliseconds, often
/// while that thread is still opening it. The C libraries' exit handlers then free what the
/// thread is using, and the launch crashed (3 times in 40 here). This launch opened no window
/// and wrote no file, so nothing needs those handlers.
#[cfg(target_os = "linux")]
fn finish_hand_over(code: i32) {
    use gtk::gio::prelude::ApplicationExt;
    if let Some(application) = gtk::gio::Application::default() {
        if application.is_remote() {
            if let Some(bus) = application.dbus_connection() {
                let _ = bus.flush_sync(gtk::gio::Cancellable::NONE);
            }
            // SAFETY: `_exit` only ends the process; it runs no handler that could race with
            // the windowing library's thread.
            unsafe { libc::_exit(code) }
        }
    }
}

#[cfg(all(desktop, not(target_os = "linux")))]
fn finish_hand_over(_code: i32) {}
