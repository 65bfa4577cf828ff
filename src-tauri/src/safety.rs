//! The safety commands: the PIN, locking and the quick exit, the wipe, guest sessions, shared
//! devices, the idle time, and saving the encrypted backup.

use crate::*;

#[tauri::command]
pub async fn safety(app: AppHandle, lang: Option<String>) -> CommandResult<SafetyView> {
    in_background(app, move |s| s.safety(lang.as_deref())).await
}

#[tauri::command]
pub async fn unlock(app: AppHandle, pin: String) -> CommandResult<SafetyView> {
    let pin = Zeroizing::new(pin);
    with_reminders(app, move |s, reminders| {
        s.unlock(&pin, clock())?;
        reschedule(s, reminders);
        s.safety_after()
    })
    .await
}

#[tauri::command]
pub async fn lock(app: AppHandle) -> CommandResult<SafetyView> {
    in_background(app, move |s| {
        s.lock()?;
        s.safety(None)
    })
    .await
}

/// Whether quick exit may hide the window: only where launching Senda again brings it back.
pub(crate) struct QuickExit {
    pub(crate) hide: bool,
}

/// Locks at once and, on a desktop, takes the window off the screen: hidden (no window and no
/// taskbar entry) where launching Senda again brings it back, else minimized, so that the
/// person is never left with an app they cannot reach. The interface has already blanked the
/// screen.
#[tauri::command]
pub async fn quick_exit(app: AppHandle, exit: tauri::State<'_, QuickExit>, window: tauri::Window) -> CommandResult<()> {
    let result = in_background(app, move |s| s.quick_exit()).await;
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
pub(crate) fn show_again_on_relaunch(app: &tauri::App) -> bool {
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
pub(crate) fn show_again_on_relaunch(_app: &tauri::App) -> bool {
    false
}

#[tauri::command]
pub async fn set_pin(app: AppHandle, pin: String) -> CommandResult<SafetyView> {
    let pin = Zeroizing::new(pin);
    in_background(app, move |s| {
        s.set_pin(&pin)?;
        s.safety_after()
    })
    .await
}

#[tauri::command]
pub async fn change_pin(app: AppHandle, old: String, new: String) -> CommandResult<SafetyView> {
    let (old, new) = (Zeroizing::new(old), Zeroizing::new(new));
    in_background(app, move |s| {
        s.change_pin(&old, &new, clock())?;
        s.safety_after()
    })
    .await
}

#[tauri::command]
pub async fn remove_pin(app: AppHandle, old: String) -> CommandResult<SafetyView> {
    let old = Zeroizing::new(old);
    in_background(app, move |s| {
        s.remove_pin(&old, clock())?;
        s.safety(None)
    })
    .await
}

#[tauri::command]
pub async fn wipe(app: AppHandle) -> CommandResult<SafetyView> {
    with_reminders(app, move |s, reminders| {
        s.wipe()?;
        // Everything personal is gone, the dates' reminders too (even a locked space's).
        reminders.0.replace(Vec::new());
        s.safety(None)
    })
    .await
}

#[tauri::command]
pub async fn guest(app: AppHandle, on: bool) -> CommandResult<SafetyView> {
    with_reminders(app, move |s, reminders| {
        if on {
            s.start_guest()?;
        } else {
            s.end_guest()?;
            reschedule(s, reminders);
        }
        s.safety(None)
    })
    .await
}

#[tauri::command]
pub async fn share_device(app: AppHandle, pin: String, repeat: String) -> CommandResult<SafetyView> {
    let (pin, repeat) = (Zeroizing::new(pin), Zeroizing::new(repeat));
    in_background(app, move |s| {
        s.share_device(&pin, &repeat)?;
        s.safety_after()
    })
    .await
}

#[tauri::command]
pub async fn create_space(app: AppHandle, pin: String, repeat: String) -> CommandResult<SafetyView> {
    let (pin, repeat) = (Zeroizing::new(pin), Zeroizing::new(repeat));
    with_reminders(app, move |s, reminders| {
        s.create_space(&pin, &repeat)?;
        reschedule(s, reminders);
        s.safety_after()
    })
    .await
}

#[tauri::command]
pub async fn set_idle_minutes(app: AppHandle, minutes: u32) -> CommandResult<SafetyView> {
    in_background(app, move |s| {
        s.set_idle_minutes(minutes)?;
        s.safety(None)
    })
    .await
}

#[tauri::command]
pub async fn set_wipe_after(app: AppHandle, tries: u32) -> CommandResult<SafetyView> {
    in_background(app, move |s| {
        s.set_wipe_after(Some(tries))?;
        s.safety(None)
    })
    .await
}

/// Saves a backup where the person chooses, in the system's save dialog, offering a name that
/// does not name Senda. `SENDA_BACKUP_DIR` (for tests, where no dialog can be answered) saves
/// it in that folder under the name offered instead.
#[tauri::command]
pub async fn save_backup(app: AppHandle, passphrase: String) -> CommandResult<BackupDone> {
    let passphrase = Zeroizing::new(passphrase);
    if let Some(dir) = std::env::var_os("SENDA_BACKUP_DIR").filter(|d| !d.is_empty()) {
        return in_background(app, move |s| s.save_backup(&PathBuf::from(dir), &passphrase, today())).await;
    }
    let passphrase = std::sync::Arc::new(passphrase);
    let checked = passphrase.clone();
    in_background(app.clone(), move |s| s.check_backup_passphrase(&checked)).await?;
    let dialog = app.dialog().file().set_file_name(senda::session::backup::backup_file_name(today()));
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await.ok().flatten();
    match chosen.and_then(|file| file.into_path().ok()) {
        Some(path) => in_background(app, move |s| s.save_backup_to(&path, &passphrase)).await,
        None => in_background(app, |s| s.backup_not_saved()).await,
    }
}

/// Before the interface reads a file the person picked, it asks whether its size is
/// acceptable: a file too large for its kind is refused unread.
#[tauri::command]
pub async fn check_file_size(app: AppHandle, kind: IncomingFile, size: u64) -> CommandResult<()> {
    in_background(app, move |_| Ok(kind.check_size(size)?)).await
}
