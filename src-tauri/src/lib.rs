//! The app shell: Tauri commands as thin adapters over the core's `Session`. No rules, no
//! SQL and no words live here; each command calls one core method and maps its error to the
//! core's translated `ErrorView`.

use std::path::PathBuf;
use std::sync::Mutex;

use senda::guide::Guide;
use senda::l10n::Isolation;
use senda::session::Session;
use senda::search::SearchView;
use senda::sharekit::ShareKitView;
use senda::summary::SummaryView;
use senda::updates::Updates;
use senda::views::{
    AdviceView, BackupDone, DecideView, ErrorView, HomeView, PackInfoView, ProfileView, ProfilesView, SafetyView, StartView, TopicView,
    UiText,
};
use tauri::Manager;

/// The session, or the translated reason it could not be opened (a database written by a
/// newer version, an unusable data folder). The interface shows that reason.
struct AppState(Result<Mutex<Session>, ErrorView>);

type CommandResult<T> = Result<T, ErrorView>;

fn with_session<T>(
    state: &tauri::State<'_, AppState>,
    f: impl FnOnce(&mut Session) -> senda::Result<T>,
) -> CommandResult<T> {
    let mutex = state.0.as_ref().map_err(Clone::clone)?;
    // A panic while holding the lock cannot leave the session half-changed (every change is
    // one database transaction), so a poisoned lock is safe to take over.
    let mut session = mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    f(&mut session).map_err(|e| session.error_view(&e))
}

#[tauri::command]
fn start(state: tauri::State<'_, AppState>, system_languages: Vec<String>) -> CommandResult<StartView> {
    with_session(&state, |s| s.start(&system_languages))
}

#[tauri::command]
fn choose_language(state: tauri::State<'_, AppState>, lang: String) -> CommandResult<UiText> {
    with_session(&state, |s| s.choose_language(&lang))
}

#[tauri::command]
fn ui_text(state: tauri::State<'_, AppState>) -> CommandResult<UiText> {
    with_session(&state, |s| s.ui_text())
}

#[tauri::command]
fn home(state: tauri::State<'_, AppState>) -> CommandResult<HomeView> {
    with_session(&state, |s| s.home())
}

#[tauri::command]
fn topic(state: tauri::State<'_, AppState>, id: String) -> CommandResult<TopicView> {
    with_session(&state, |s| s.topic(&id))
}

/// Today's date where the app runs, in the local time zone, and now.
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

#[tauri::command]
fn profiles(state: tauri::State<'_, AppState>) -> CommandResult<ProfilesView> {
    with_session(&state, |s| s.profiles(today(), now()))
}

#[tauri::command]
fn add_profile(state: tauri::State<'_, AppState>, name: String) -> CommandResult<ProfileView> {
    with_session(&state, |s| {
        let p = s.add_profile(&name, now())?;
        s.profile(p.id, today())
    })
}

#[tauri::command]
fn rename_profile(state: tauri::State<'_, AppState>, id: i64, name: String) -> CommandResult<ProfileView> {
    with_session(&state, |s| {
        s.rename_profile(id, &name)?;
        s.profile(id, today())
    })
}

#[tauri::command]
fn remove_profile(state: tauri::State<'_, AppState>, id: i64) -> CommandResult<ProfilesView> {
    with_session(&state, |s| {
        s.remove_profile(id, now())?;
        s.profiles(today(), now())
    })
}

#[tauri::command]
fn restore_profile(state: tauri::State<'_, AppState>, id: i64) -> CommandResult<ProfilesView> {
    with_session(&state, |s| {
        s.restore_profile(&id.to_string(), now())?;
        s.profiles(today(), now())
    })
}

#[tauri::command]
fn profile(state: tauri::State<'_, AppState>, id: i64) -> CommandResult<ProfileView> {
    with_session(&state, |s| s.profile(id, today()))
}

#[tauri::command]
fn set_date(state: tauri::State<'_, AppState>, id: i64, key: String, value: Option<String>) -> CommandResult<ProfileView> {
    with_session(&state, |s| {
        let value = value.filter(|v| !v.trim().is_empty());
        s.set_date(id, &key, value.as_deref(), today())?;
        s.profile(id, today())
    })
}

#[tauri::command]
fn set_item(
    state: tauri::State<'_, AppState>,
    id: i64,
    item: String,
    status: String,
    note: Option<String>,
) -> CommandResult<ProfileView> {
    with_session(&state, |s| {
        s.set_item(id, &item, &status, note.as_deref())?;
        s.profile(id, today())
    })
}

#[tauri::command]
fn add_own_item(state: tauri::State<'_, AppState>, id: i64, text: String) -> CommandResult<ProfileView> {
    with_session(&state, |s| {
        s.add_own_item(id, &text)?;
        s.profile(id, today())
    })
}

#[tauri::command]
fn summary(state: tauri::State<'_, AppState>, id: i64) -> CommandResult<SummaryView> {
    with_session(&state, |s| s.summary(id, today()))
}

#[tauri::command]
fn safety(state: tauri::State<'_, AppState>, lang: Option<String>) -> CommandResult<SafetyView> {
    with_session(&state, |s| s.safety(lang.as_deref()))
}

#[tauri::command]
fn unlock(state: tauri::State<'_, AppState>, pin: String) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.unlock(&pin, now())?;
        s.safety(None)
    })
}

#[tauri::command]
fn lock(state: tauri::State<'_, AppState>) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.lock()?;
        s.safety(None)
    })
}

/// Whether quick exit may hide the window: only where launching Senda again brings it back.
struct QuickExit {
    hide: bool,
}

/// Locks at once and, on a desktop, takes the window off the screen: hidden (no window and no
/// taskbar entry) where launching Senda again brings it back, else minimized, so that the
/// person is never left with an app they cannot reach. The interface has already blanked the
/// screen.
#[tauri::command]
fn quick_exit(state: tauri::State<'_, AppState>, exit: tauri::State<'_, QuickExit>, window: tauri::Window) -> CommandResult<()> {
    let result = with_session(&state, |s| s.lock());
    #[cfg(desktop)]
    let _ = if exit.hide { window.hide() } else { window.minimize() };
    #[cfg(not(desktop))]
    let _ = (window, exit);
    result
}

/// On Linux, GTK makes Senda one instance per session bus: a second launch hands over to the
/// running one, which gets GTK's "activate" signal. Shows the window again then, so a window
/// hidden by quick exit comes back (on its locked, neutral screen) when Senda is opened again.
/// Returns whether that hand-over works here: without a session bus, each launch is its own.
#[cfg(target_os = "linux")]
fn show_again_on_relaunch(app: &tauri::App) -> bool {
    use gtk::prelude::{ApplicationExt, GtkWindowExt};
    let Some(window) = app.get_webview_window("main") else { return false };
    let Some(application) = window.gtk_window().ok().and_then(|w| w.application()) else { return false };
    // Without an application id or a session bus, GTK does not hand a second launch over.
    if application.application_id().is_none() || application.dbus_connection().is_none() || application.is_remote() {
        return false;
    }
    application.connect_activate(move |_| {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    });
    true
}

#[cfg(not(target_os = "linux"))]
fn show_again_on_relaunch(_app: &tauri::App) -> bool {
    false
}

#[tauri::command]
fn set_pin(state: tauri::State<'_, AppState>, pin: String) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.set_pin(&pin)?;
        s.safety(None)
    })
}

#[tauri::command]
fn change_pin(state: tauri::State<'_, AppState>, old: String, new: String) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.change_pin(&old, &new, now())?;
        s.safety(None)
    })
}

#[tauri::command]
fn remove_pin(state: tauri::State<'_, AppState>, old: String) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.remove_pin(&old, now())?;
        s.safety(None)
    })
}

#[tauri::command]
fn wipe(state: tauri::State<'_, AppState>) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.wipe()?;
        s.safety(None)
    })
}

#[tauri::command]
fn guest(state: tauri::State<'_, AppState>, on: bool) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        if on {
            s.start_guest()?;
        } else {
            s.end_guest()?;
        }
        s.safety(None)
    })
}

#[tauri::command]
fn share_device(state: tauri::State<'_, AppState>, pin: String, repeat: String) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.share_device(&pin, &repeat)?;
        s.safety(None)
    })
}

#[tauri::command]
fn create_space(state: tauri::State<'_, AppState>, pin: String, repeat: String) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.create_space(&pin, &repeat, now())?;
        s.safety(None)
    })
}

#[tauri::command]
fn set_idle_minutes(state: tauri::State<'_, AppState>, minutes: u32) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.set_idle_minutes(minutes)?;
        s.safety(None)
    })
}

#[tauri::command]
fn set_wipe_after(state: tauri::State<'_, AppState>, tries: u32) -> CommandResult<SafetyView> {
    with_session(&state, |s| {
        s.set_wipe_after(Some(tries))?;
        s.safety(None)
    })
}

/// Where an exported backup goes: `SENDA_BACKUP_DIR` if set, else the person's downloads
/// folder, documents folder or home folder, whichever exists first.
fn backup_dir(app: &tauri::AppHandle) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SENDA_BACKUP_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let path = app.path();
    [path.download_dir(), path.document_dir(), path.home_dir()].into_iter().flatten().find(|d| d.is_dir())
}

#[tauri::command]
fn save_backup(app: tauri::AppHandle, state: tauri::State<'_, AppState>, passphrase: String) -> CommandResult<BackupDone> {
    let dir = backup_dir(&app);
    with_session(&state, |s| {
        let dir = dir.ok_or_else(|| senda::Error::DataFolder {
            path: PathBuf::from("~"),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no folder for backups"),
        })?;
        s.save_backup(&dir, &passphrase, today())
    })
}

/// Brings back a backup file the person picked; the interface passes its bytes.
#[tauri::command]
fn restore_backup(state: tauri::State<'_, AppState>, bytes: Vec<u8>, passphrase: String) -> CommandResult<BackupDone> {
    with_session(&state, |s| s.restore_backup(&bytes, &passphrase, today()))
}

/// Writes the copy to pass on (installer, guide pack, keys, README) into a new folder where
/// backups go. The installer is the package this program was installed from, if any.
/// Rebuilding it reads and compresses the installed programs: off the interface's thread.
#[tauri::command(async)]
fn share_kit(app: tauri::AppHandle, state: tauri::State<'_, AppState>) -> CommandResult<ShareKitView> {
    let dir = backup_dir(&app);
    let installer = senda::installer::of_program(std::env::current_exe());
    with_session(&state, |s| {
        let dir = dir.ok_or_else(|| senda::Error::DataFolder {
            path: PathBuf::from("~"),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no folder for the copy to pass on"),
        })?;
        s.write_share_kit(&dir, installer, today())
    })
}

#[tauri::command]
fn pack_info(state: tauri::State<'_, AppState>) -> CommandResult<PackInfoView> {
    with_session(&state, |s| s.pack_info(today()))
}

/// Installs a pack file the person picked; the interface passes its bytes.
#[tauri::command]
fn install_pack(state: tauri::State<'_, AppState>, bytes: Vec<u8>) -> CommandResult<PackInfoView> {
    with_session(&state, |s| {
        s.install_pack(&bytes, Isolation::On)?;
        s.pack_info(today())
    })
}

#[tauri::command]
fn rollback_pack(state: tauri::State<'_, AppState>) -> CommandResult<PackInfoView> {
    with_session(&state, |s| {
        s.rollback_pack(Isolation::On)?;
        s.pack_info(today())
    })
}

#[tauri::command]
fn search(state: tauri::State<'_, AppState>, query: String) -> CommandResult<SearchView> {
    with_session(&state, |s| s.search(&query))
}

#[tauri::command]
fn decide(state: tauri::State<'_, AppState>) -> CommandResult<DecideView> {
    with_session(&state, |s| s.decide_view())
}

#[tauri::command]
fn advise(state: tauri::State<'_, AppState>, answers: Vec<(String, String)>) -> CommandResult<AdviceView> {
    with_session(&state, |s| s.advise(&answers))
}

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
        .setup(|app| {
            // The window is made here rather than by Tauri: on Linux, Tauri goes through its
            // start-up again each time Senda is launched a second time (GTK's "activate"), and
            // would then fail to make a second window named "main".
            if let Some(config) = app.config().app.windows.iter().find(|w| w.label == "main") {
                tauri::WebviewWindowBuilder::from_config(app.handle(), config)?.build()?;
            }
            let state = AppState(open_session(app));
            app.manage(state);
            app.manage(QuickExit { hide: show_again_on_relaunch(app) });
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
            safety,
            unlock,
            lock,
            quick_exit,
            set_pin,
            change_pin,
            remove_pin,
            wipe,
            guest,
            share_device,
            create_space,
            set_idle_minutes,
            set_wipe_after,
            save_backup,
            restore_backup
        ])
        .build(tauri::generate_context!())
        .expect("the Tauri runtime starts");
    #[cfg(desktop)]
    {
        let code = app.run_return(|_, _| {});
        finish_hand_over();
        std::process::exit(code);
    }
    #[cfg(not(desktop))]
    app.run(|_, _| {});
}

/// When this launch only handed over to a Senda already running (Linux, see
/// [`show_again_on_relaunch`]), GTK has queued the message that brings that window back but
/// not necessarily sent it: send it before the process ends.
#[cfg(target_os = "linux")]
fn finish_hand_over() {
    use gtk::gio::prelude::ApplicationExt;
    if let Some(application) = gtk::gio::Application::default() {
        if application.is_remote() {
            if let Some(bus) = application.dbus_connection() {
                let _ = bus.flush_sync(gtk::gio::Cancellable::NONE);
            }
        }
    }
}

#[cfg(all(desktop, not(target_os = "linux")))]
fn finish_hand_over() {}
