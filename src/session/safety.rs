//! Safety on a seized or shared device: the PIN, locking, the wipe, spaces and guest
//! sessions, and the safety screen.

use std::path::{Path, PathBuf};

use crate::base::text::Msg;
use crate::error::Result;
use crate::guide::l10n::Localizer;
#[cfg(feature = "safety")]
use crate::records::store::database_path;
use crate::records::store::{Setting, Store};
#[cfg(feature = "safety")]
use crate::safety::vault::{self, Attempts, Clock, VaultError};
#[cfg(feature = "safety")]
use crate::session::device::{Device, Home};
#[cfg(feature = "safety")]
use crate::session::Notice;
use crate::session::Session;
use crate::views::{NumberOption, SafetyView};

/// The choices of minutes without use before personal data locks.
pub const IDLE_MINUTES: [u32; 6] = [1, 2, 5, 10, 15, 30];

pub const DEFAULT_IDLE_MINUTES: u32 = 5;

/// The choices of wrong PINs after which everything is wiped (0: never).
pub const WIPE_AFTER_CHOICES: [u32; 4] = [0, 5, 10, 20];

/// A new space's word and key: a word drawn at random, drawn again while the secret it makes
/// with `own` would name a space that exists, so that no one learns a secret is taken.
#[cfg(feature = "safety")]
fn new_space_key(dir: &Path, device_salt: [u8; 16], own: &str) -> Result<(String, vault::SpaceKey)> {
    for _ in 0..8 {
        let word = vault::random_word(vault::SPACE_WORD_SYLLABLES)?;
        let space = vault::SpaceKey::derive(&vault::space_secret(&word, own), device_salt)?;
        if vault::is_encrypted(&space.path(dir))?.is_none() {
            return Ok((word, space));
        }
    }
    Err(VaultError::Kdf("no free name for a space".to_string()).into())
}

/// What the safety screen says once a space has its secret: the device's word, and how long
/// the whole secret would resist guessing.
#[cfg(feature = "safety")]
fn space_notices(word: String, kind: vault::SecretKind) -> Vec<Notice> {
    let guesses = kind.guesses() * vault::word_choices(vault::SPACE_WORD_SYLLABLES);
    vec![Notice::SpaceWord(word), Notice::Strength { kind, guesses, space: true }]
}

/// A span of time in plain words, rounded: "about 2 days", "more than a million years".
pub fn duration_words(l: &Localizer<'_>, seconds: f64) -> String {
    const MINUTE: f64 = 60.0;
    const HOUR: f64 = 60.0 * MINUTE;
    const DAY: f64 = 24.0 * HOUR;
    const YEAR: f64 = 365.25 * DAY;
    let about = |id: &'static str, n: f64| {
        // Two significant digits: "about 1,100 years", not "about 1,137 years".
        let digits = n.log10().floor() as i32;
        let rounded = if digits >= 2 { (n / 10f64.powi(digits - 1)).round() * 10f64.powi(digits - 1) } else { n.round() };
        l.msg(&Msg::new(id).arg("count", rounded.max(1.0) as i64))
    };
    match seconds {
        s if s < MINUTE => l.text("safety-duration-under-minute"),
        s if s < 2.0 * HOUR => about("safety-duration-minutes", s / MINUTE),
        s if s < 2.0 * DAY => about("safety-duration-hours", s / HOUR),
        s if s < 2.0 * YEAR => about("safety-duration-days", s / DAY),
        s if s < 1e6 * YEAR => about("safety-duration-years", s / YEAR),
        _ => l.text("safety-duration-million-years"),
    }
}

/// How long a copy of the files would resist someone trying every secret like the one chosen.
#[cfg(feature = "safety")]
pub fn strength_text(l: &Localizer<'_>, kind: vault::SecretKind, guesses: f64, space: bool) -> String {
    let one = duration_words(l, vault::seconds_to_try(guesses, 1));
    let many = duration_words(l, vault::seconds_to_try(guesses, vault::MANY_COMPUTERS));
    let computers = i64::from(vault::MANY_COMPUTERS);
    let msg = match (space, kind) {
        (true, _) => Msg::new("safety-strength-space"),
        (false, vault::SecretKind::Pin { digits }) => Msg::new("safety-strength-pin").arg("digits", digits as i64),
        (false, vault::SecretKind::Passphrase { words }) => Msg::new("safety-strength-passphrase").arg("words", words as i64),
    };
    l.msg(&msg.arg("one", one).arg("many", many).arg("computers", computers))
}

/// What a command does with the data, for knowing whether it asks for the PIN first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reads or changes the person's data.
    Data,
    /// The wipe: on a device of one person it needs no PIN; on a shared one it wipes the
    /// space the PIN opens, and nobody else's.
    Wipe,
    /// A new space on a shared device, which opens none of the others.
    NewSpace,
}

/// The wipe waits this long, showing a countdown, so a wrong tap can be cancelled.
pub const WIPE_COUNTDOWN_SECONDS: i64 = 5;

/// The guide topic that explains what the PIN protects and what it does not.
pub const SAFETY_TOPIC: &str = "safety";

/// Safety on a seized or shared device: the PIN, locking, the wipe and guest sessions. `now`
/// is when the shell read its clocks ([`Clock`]; Unix seconds alone also do).
impl Session {
    /// The open database's file: the person's space on a shared device, else the data folder's.
    #[cfg(feature = "safety")]
    fn db_path(&self) -> Result<PathBuf> {
        self.device.db_path()
    }

    /// Whether the database on disk is protected by a PIN. Every space of a shared device is.
    #[cfg(feature = "safety")]
    pub fn has_pin(&self) -> Result<bool> {
        self.device.has_pin()
    }

    /// Whether the PIN must be given before `access`: only while locked, and not for what
    /// needs no open data.
    pub fn needs_unlock(&self, access: Access) -> bool {
        self.is_locked()
            && match access {
                Access::Data => true,
                Access::Wipe => self.is_shared(),
                Access::NewSpace => false,
            }
    }

    pub fn is_locked(&self) -> bool {
        self.device.store().is_none()
    }

    pub fn is_guest(&self) -> bool {
        self.device.is_guest()
    }

    /// Whether the device is shared: one PIN-protected space per person.
    pub fn is_shared(&self) -> bool {
        self.device.is_shared()
    }

    /// Closes the database. With a PIN set, nothing personal can be read until
    /// [`Session::unlock`]; without one, locking only hides the screen, so the store stays.
    #[cfg(feature = "safety")]
    pub fn lock(&mut self) -> Result<()> {
        if self.is_guest() {
            return Ok(());
        }
        self.device.lock()?;
        self.notices.clear();
        Ok(())
    }

    /// The quick exit: a guest session ends (its data is gone), then the data locks.
    #[cfg(feature = "safety")]
    pub fn quick_exit(&mut self) -> Result<()> {
        self.end_guest()?;
        self.lock()
    }

    /// Opens the database with a PIN (on a shared device, the space this secret opens). Wrong
    /// PINs are counted across restarts; after [`vault::FREE_TRIES`] each try waits longer,
    /// and if the person chose a limit, reaching it wipes the personal data. On a shared
    /// device the count is the device's, per window ([`vault::SHARED_WINDOW_SECONDS`]): one
    /// person opening their space does not start it again for the next guess at another's.
    #[cfg(feature = "safety")]
    pub fn unlock(&mut self, pin: &str, now: impl Into<Clock>) -> Result<()> {
        let now = now.into();
        if !self.is_locked() {
            return Ok(());
        }
        let dir = self.device.dir().ok_or(VaultError::NoPin)?.to_path_buf();
        let mut attempts = self.attempts_allowing(&dir, &now)?;
        match self.device.open_with(pin)? {
            Some((store, space)) => {
                self.device.put_open(store, space);
                if !self.is_shared() && attempts.failures > 0 {
                    attempts.failures = 0;
                    attempts.boot = None;
                    attempts.save(&dir)?;
                }
                self.notices.clear();
                if self.opened_with_weak_secret(pin) {
                    self.notices.push(Notice::Weak);
                }
                Ok(())
            }
            None => {
                attempts.record_failure(&dir, &now)?;
                if !self.is_shared() && attempts.should_wipe() {
                    self.wipe()?;
                }
                Err(VaultError::WrongPin.into())
            }
        }
    }

    /// Whether the secret that just opened the data is one that would not be accepted now: a
    /// short PIN from an older version, or on a shared device a space without the device's word.
    #[cfg(feature = "safety")]
    fn opened_with_weak_secret(&self, pin: &str) -> bool {
        if !self.is_shared() {
            return vault::is_weak(pin);
        }
        let normalized = vault::normalize_space_secret(pin);
        match normalized.split_once(' ') {
            Some((_, own)) => vault::is_weak(own),
            None => true,
        }
    }

    /// The count of wrong PINs, once no wait is due at `now`. The count is anchored to the
    /// device's steady clock first, and on a shared device a quiet window ends it.
    #[cfg(feature = "safety")]
    fn attempts_allowing(&self, dir: &Path, now: &Clock) -> Result<Attempts> {
        let mut attempts = Attempts::load(dir);
        let mut changed = attempts.anchor(now);
        if self.is_shared() {
            changed |= attempts.end_quiet_window(now);
        }
        if changed {
            attempts.save(dir)?;
        }
        match attempts.wait_at(now) {
            0 => Ok(attempts),
            seconds => Err(VaultError::Wait { seconds }.into()),
        }
    }

    /// Refuses what would change a PIN during a guest session: the guest's data is in memory
    /// and the data folder's belongs to someone else.
    #[cfg(feature = "safety")]
    fn not_guest(&self) -> Result<()> {
        if self.is_guest() {
            return Err(VaultError::Guest.into());
        }
        Ok(())
    }

    /// Sets a PIN on an unprotected database: it is encrypted, replacing the old file whole.
    #[cfg(feature = "safety")]
    pub fn set_pin(&mut self, pin: &str) -> Result<()> {
        self.not_guest()?;
        let kind = vault::check_new_secret(pin)?;
        self.store()?;
        if self.has_pin()? {
            return Err(VaultError::HasPin.into());
        }
        let path = self.db_path()?;
        let key = vault::derive_key(pin, vault::new_salt()?)?;
        self.device.rekey(&path, None, Some(&key))?;
        self.notices = vec![Notice::Strength { kind, guesses: kind.guesses(), space: false }];
        Ok(())
    }

    /// Changes the PIN: the database is encrypted again under the new one. Checking the old
    /// PIN counts as an unlock does. On a shared device the space moves to the file its new
    /// secret names (with a new word from the device); until the old file is deleted both
    /// exist, so a crash loses nothing.
    #[cfg(feature = "safety")]
    pub fn change_pin(&mut self, old: &str, new: &str, now: impl Into<Clock>) -> Result<()> {
        let now = now.into();
        self.not_guest()?;
        let kind = vault::check_new_secret(new)?;
        if let Some(device_salt) = self.device.shared_salt() {
            let dir = self.device.dir().ok_or(VaultError::NotShared)?.to_path_buf();
            self.verify_space(old, &now)?;
            let old_path = self.db_path()?;
            let (word, space) = new_space_key(&dir, device_salt, new)?;
            let new_path = space.path(&dir);
            let key = space.db_key(vault::new_salt()?);
            self.store()?.export_to(&new_path, Some(&key))?;
            self.device.put_open(Store::open_keyed(&new_path, Some(&key))?, Some(new_path));
            vault::remove_files(vault::database_files(&old_path))?;
            self.notices = space_notices(word, kind);
            return Ok(());
        }
        let old_key = self.verified_key(old, &now)?;
        let path = self.db_path()?;
        let new_key = vault::derive_key(new, vault::new_salt()?)?;
        self.device.rekey(&path, Some(&old_key), Some(&new_key))?;
        self.notices = vec![Notice::Strength { kind, guesses: kind.guesses(), space: false }];
        Ok(())
    }

    /// Removes the PIN: the database is written again unencrypted. Not on a shared device,
    /// where the PIN is what keeps each person's space their own.
    #[cfg(feature = "safety")]
    pub fn remove_pin(&mut self, old: &str, now: impl Into<Clock>) -> Result<()> {
        let now = now.into();
        self.not_guest()?;
        if self.is_shared() {
            return Err(VaultError::SharedNeedsPin.into());
        }
        let old_key = self.verified_key(old, &now)?;
        let path = self.db_path()?;
        self.device.rekey(&path, Some(&old_key), None)
    }

    /// The current database key, after checking the PIN as an unlock would.
    #[cfg(feature = "safety")]
    fn verified_key(&mut self, pin: &str, now: &Clock) -> Result<vault::DbKey> {
        if !self.has_pin()? {
            return Err(VaultError::NoPin.into());
        }
        self.device.close();
        self.unlock(pin, now.clone())?;
        Ok(vault::derive_key(pin, vault::file_salt(&self.db_path()?)?)?)
    }

    /// Checks that `pin` opens the space that is open now, as an unlock would.
    #[cfg(feature = "safety")]
    fn verify_space(&mut self, pin: &str, now: &Clock) -> Result<()> {
        let open = self.db_path()?;
        self.device.close();
        self.unlock(pin, now.clone())?;
        if self.device.space() != Some(open.as_path()) {
            // The secret opened another space: close it again, and refuse as a wrong PIN.
            self.device.close();
            return Err(VaultError::WrongPin.into());
        }
        Ok(())
    }

    /// Makes this device shared: from now on each person has a space of their own, found with
    /// their secret, and the opening screen lists nobody. The data open now moves into the
    /// first space, whose secret is a word from the device and `pin`. The device is shared
    /// only once that space is whole on disk.
    #[cfg(feature = "safety")]
    pub fn share_device(&mut self, pin: &str, repeat: &str) -> Result<()> {
        if self.is_shared() {
            return Err(VaultError::AlreadyShared.into());
        }
        self.not_guest()?;
        let kind = vault::check_new_secret(pin)?;
        if pin != repeat {
            return Err(VaultError::PinMismatch.into());
        }
        let dir = self.device.dir().ok_or(VaultError::NotShared)?.to_path_buf();
        self.store()?;
        // Files left by a move that was interrupted before it was complete.
        let spaces = dir.join(vault::SPACES_DIR);
        match std::fs::remove_dir_all(&spaces) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(VaultError::Io { path: spaces, source }.into()),
        }
        crate::base::files::create_private_dir(&spaces).map_err(|source| VaultError::Io { path: spaces.clone(), source })?;
        let device_salt = vault::new_salt()?;
        let (word, space) = new_space_key(&dir, device_salt, pin)?;
        let path = space.path(&dir);
        let key = space.db_key(vault::new_salt()?);
        self.store()?.export_to(&path, Some(&key))?;
        vault::write_shared(&dir, device_salt)?;
        self.device.close();
        vault::wipe(&dir)?;
        let store = Store::open_keyed(&path, Some(&key))?;
        self.device = Device::Shared { dir, salt: device_salt, open: Some((path, store)) };
        self.notices = space_notices(word, kind);
        Ok(())
    }

    /// Creates a new, empty space on a shared device and opens it. Its secret is a word the
    /// device draws at random and `pin`, the person's own PIN or passphrase: the word makes
    /// two people's secrets differ even when they chose the same PIN, and a word whose
    /// secret would name an existing space is silently drawn again, so creating a space never
    /// tells anything about another.
    #[cfg(feature = "safety")]
    pub fn create_space(&mut self, pin: &str, repeat: &str) -> Result<()> {
        let device_salt = self.device.shared_salt().ok_or(VaultError::NotShared)?;
        let dir = self.device.dir().ok_or(VaultError::NotShared)?.to_path_buf();
        let kind = vault::check_new_secret(pin)?;
        if pin != repeat {
            return Err(VaultError::PinMismatch.into());
        }
        let (word, space) = new_space_key(&dir, device_salt, pin)?;
        let path = space.path(&dir);
        vault::remove_files(vault::database_files(&path))?;
        let spaces = dir.join(vault::SPACES_DIR);
        crate::base::files::create_private_dir(&spaces).map_err(|source| VaultError::Io { path: spaces, source })?;
        self.device = Device::Shared { dir: dir.clone(), salt: device_salt, open: None };
        let key = space.db_key(vault::new_salt()?);
        // Created under another name, then renamed, so that a crash leaves no empty space.
        let draft = Store::open_keyed(&path.with_extension("new"), Some(&key))?;
        draft.export_to(&path, Some(&key))?;
        drop(draft);
        vault::remove_files(vault::database_files(&path.with_extension("new")))?;
        self.device.put_open(Store::open_keyed(&path, Some(&key))?, Some(path));
        self.notices = space_notices(word, kind);
        Ok(())
    }

    /// Minutes without use before the data locks, as the person chose ([`IDLE_MINUTES`]).
    #[cfg(feature = "safety")]
    pub fn idle_minutes(&self) -> Result<u32> {
        let chosen = self.setting(Setting::IdleMinutes)?.and_then(|v| v.parse().ok());
        Ok(chosen.filter(|m| IDLE_MINUTES.contains(m)).unwrap_or(DEFAULT_IDLE_MINUTES))
    }

    /// How fast the guide is read aloud, as the person chose (normal until they choose).
    #[cfg(feature = "speech")]
    pub fn speech_rate(&self) -> Result<crate::guide::speech::SpeechRate> {
        let chosen = self.setting(Setting::SpeechRate)?;
        Ok(chosen.and_then(|v| crate::guide::speech::SpeechRate::parse(&v).ok()).unwrap_or_default())
    }

    /// Remembers how fast the guide is read aloud.
    #[cfg(feature = "speech")]
    pub fn set_speech_rate(&mut self, rate: crate::guide::speech::SpeechRate) -> Result<()> {
        self.store_mut()?.set_settings(&[(Setting::SpeechRate, rate.as_str())])?;
        Ok(())
    }

    /// Chooses how long the app waits without use before it locks.
    #[cfg(feature = "safety")]
    pub fn set_idle_minutes(&mut self, minutes: u32) -> Result<()> {
        if !IDLE_MINUTES.contains(&minutes) {
            return Err(VaultError::IdleMinutes { minutes, allowed: IDLE_MINUTES.to_vec() }.into());
        }
        self.store_mut()?.set_settings(&[(Setting::IdleMinutes, &minutes.to_string())])?;
        Ok(())
    }

    /// The safety screen, in `lang` (the lock screen is shown before the chosen language can
    /// be read, so the shell passes the system's).
    #[cfg(feature = "safety")]
    pub fn safety(&self, lang: Option<&str>) -> Result<SafetyView> {
        let lang = match lang {
            Some(l) => self.guide.catalog().negotiate(&[l]),
            None => self.interface_language()?,
        };
        let l = self.guide.catalog().localizer(&lang);
        let has_pin = self.has_pin()?;
        let locked = self.is_locked();
        let shared = self.is_shared();
        let wipe_after_offered = has_pin && !shared && !self.is_guest();
        let wipe_after = match self.device.dir() {
            Some(dir) if wipe_after_offered => Attempts::load(dir).wipe_after.unwrap_or(0),
            _ => 0,
        };
        let mut wipe_after_choices = WIPE_AFTER_CHOICES.to_vec();
        if !wipe_after_choices.contains(&wipe_after) {
            wipe_after_choices.push(wipe_after);
            wipe_after_choices.sort_unstable();
        }
        let (digits, words) = (vault::MIN_PIN_DIGITS as i64, vault::MIN_PASSPHRASE_WORDS as i64);
        let secret_rule = Msg::new("safety-new-secret-label").arg("digits", digits).arg("words", words);
        let minimum = vault::SecretKind::Pin { digits: vault::MIN_PIN_DIGITS };
        let suggested = vault::SecretKind::Passphrase { words: vault::SUGGESTED_WORDS };
        let suggestion_guesses = vault::word_choices(vault::SUGGESTED_SYLLABLES).powi(vault::SUGGESTED_WORDS as i32);
        Ok(SafetyView {
            notice: Vec::new(),
            notice_done: l.text("safety-notice-done"),
            secret_hint: vec![
                l.text("safety-secret-hint"),
                strength_text(&l, minimum, minimum.guesses(), false),
                strength_text(&l, suggested, suggestion_guesses, false),
            ],
            suggestion: (!locked && !self.is_guest())
                .then(vault::suggest_passphrase)
                .and_then(|r| r.ok())
                .map(|words| l.msg(&Msg::new("safety-suggestion").user("passphrase", words.as_str()))),
            busy: l.text("safety-busy"),
            wipe_backups_note: l.text("safety-wipe-backups-note"),
            has_pin,
            locked,
            guest: self.is_guest(),
            shared,
            title: l.text("safety-title"),
            status: l.text(match (shared, has_pin) {
                (true, _) => "safety-shared-on",
                (false, true) => "safety-pin-on",
                (false, false) => "safety-pin-off",
            }),
            pin_label: l.text(if shared { "safety-space-secret-label" } else { "safety-pin-label" }),
            new_pin_label: l.msg(&secret_rule),
            unlock: l.text("safety-unlock-button"),
            locked_title: l.text("safety-locked-title"),
            locked_hint: l.text(if shared { "safety-locked-space-hint" } else { "safety-locked-hint" }),
            set_pin: l.text("safety-set-pin-button"),
            change_pin: l.text("safety-change-pin-button"),
            remove_pin: l.text("safety-remove-pin-button"),
            lock: l.text("safety-lock-button"),
            quick_exit: l.text("safety-quick-exit"),
            wipe: l.text("safety-wipe-button"),
            wipe_cancel: l.text("safety-wipe-cancel"),
            wiped: l.text("safety-wiped"),
            wipe_countdown: (1..=WIPE_COUNTDOWN_SECONDS)
                .rev()
                .map(|n| l.msg(&Msg::new("safety-wipe-countdown").arg("seconds", n)))
                .collect(),
            guest_enter: l.text("safety-guest-button"),
            guest_on: l.text("safety-guest-on"),
            guest_end: l.text("safety-guest-end"),
            topic: SAFETY_TOPIC.to_string(),
            repeat_pin_label: l.text("safety-repeat-pin-label"),
            shared_title: l.text("safety-shared-title"),
            shared_hint: l.text("safety-shared-hint"),
            shared_button: l.text("safety-shared-button"),
            shared_pin_label: l.msg(&Msg::new("safety-space-own-secret-label").arg("digits", digits).arg("words", words)),
            space_new: l.text("safety-space-new-button"),
            space_new_hint: l.text("safety-space-create-hint"),
            settings_title: l.text("safety-settings-title"),
            idle_label: l.text("safety-idle-label"),
            idle_minutes: if locked { DEFAULT_IDLE_MINUTES } else { self.idle_minutes()? },
            idle_options: IDLE_MINUTES
                .iter()
                .map(|&m| NumberOption { value: m, label: l.msg(&Msg::new("safety-idle-minutes").arg("minutes", m as i64)) })
                .collect(),
            wipe_after_label: wipe_after_offered.then(|| l.text("safety-wipe-after-label")),
            wipe_after,
            wipe_after_options: wipe_after_choices
                .into_iter()
                .map(|n| NumberOption {
                    value: n,
                    label: match n {
                        0 => l.text("safety-wipe-after-never"),
                        n => l.msg(&Msg::new("safety-wipe-after-count").arg("count", n as i64)),
                    },
                })
                .collect(),
            backup_title: l.text("safety-backup-title"),
            backup_hint: l.text("safety-backup-hint"),
            backup_passphrase_label: l
                .msg(&Msg::new("safety-backup-passphrase-label").arg("min", crate::records::backup::MIN_PASSPHRASE_CHARS as i64)),
            backup_export: l.text("safety-backup-export-button"),
            backup_import: l.text("safety-backup-import-button"),
            backup_replace_warning: l.text("safety-backup-replace-warning"),
            read_guide: l.text("safety-read-guide-button"),
        })
    }

    /// The safety screen in the interface language, with what it has to say once after the
    /// step just taken (how strong a new secret is, a space's word, a PIN to change).
    #[cfg(feature = "safety")]
    pub fn safety_after(&mut self) -> Result<SafetyView> {
        let mut view = self.safety(None)?;
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        if !self.notices.iter().any(|n| matches!(n, Notice::SpaceWord(_))) {
            // Nothing to write down.
            view.notice_done = l.text("safety-notice-ok");
        }
        for notice in std::mem::take(&mut self.notices) {
            view.notice.push(match notice {
                Notice::Strength { kind, guesses, space } => strength_text(&l, kind, guesses, space),
                Notice::SpaceWord(word) => l.msg(&Msg::new("safety-space-word").user("word", word)),
                Notice::Weak => l.msg(
                    &Msg::new("safety-weak-secret")
                        .arg("digits", vault::MIN_PIN_DIGITS as i64)
                        .arg("words", vault::MIN_PASSPHRASE_WORDS as i64),
                ),
            });
        }
        Ok(view)
    }

    /// The word the device just added to a space's secret, until the safety screen has shown
    /// it ([`Session::safety_after`]).
    #[cfg(feature = "safety")]
    pub fn pending_space_word(&self) -> Option<String> {
        self.notices.iter().find_map(|n| match n {
            Notice::SpaceWord(word) => Some(word.clone()),
            _ => None,
        })
    }

    /// After this many wrong PINs in a row, everything personal is wiped (`None`: never).
    #[cfg(feature = "safety")]
    pub fn set_wipe_after(&mut self, limit: Option<u32>) -> Result<()> {
        self.store()?;
        if self.is_shared() {
            // A wrong PIN does not say whose space it was meant for.
            return Err(VaultError::SharedWipeAfter.into());
        }
        let dir = self.device.dir().ok_or(VaultError::NoPin)?.to_path_buf();
        let mut attempts = Attempts::load(&dir);
        attempts.wipe_after = limit.filter(|n| *n > 0);
        Ok(attempts.save(&dir)?)
    }

    /// Deletes all personal data in the data folder; the session starts again as new. On a
    /// shared device, deletes the open space, and the device goes back to its opening screen;
    /// in a guest session, deletes the guest's data and nothing else.
    #[cfg(feature = "safety")]
    pub fn wipe(&mut self) -> Result<()> {
        match &mut self.device {
            Device::Memory(store) | Device::Guest { store, .. } => *store = Store::open_in_memory()?,
            Device::Shared { .. } => {
                let path = self.device.db_path()?;
                self.device.close();
                vault::remove_files(vault::database_files(&path))?;
            }
            Device::Single { dir, store } => {
                *store = None;
                vault::wipe(dir)?;
                *store = Some(Store::open(&database_path(dir))?);
            }
        }
        Ok(())
    }

    /// Starts a guest session: everything is kept in memory and gone when it ends. The data
    /// folder's database is closed meanwhile.
    #[cfg(feature = "safety")]
    pub fn start_guest(&mut self) -> Result<()> {
        self.device = self.device.guest()?;
        Ok(())
    }

    /// Ends a guest session: its data is dropped, and the data folder's database is opened
    /// again (locked if it has a PIN); a shared device goes back to its opening screen.
    #[cfg(feature = "safety")]
    pub fn end_guest(&mut self) -> Result<()> {
        let Device::Guest { over, .. } = &self.device else {
            return Ok(());
        };
        self.device = match over.clone() {
            Home::Memory => Device::Memory(Store::open_in_memory()?),
            Home::Shared { dir, salt } => Device::Shared { dir, salt, open: None },
            Home::Single(dir) => {
                self.device = Device::Single { dir: dir.clone(), store: None };
                let path = database_path(&dir);
                let store = match vault::is_encrypted(&path)? == Some(true) {
                    true => None,
                    false => Some(Store::open(&path)?),
                };
                Device::Single { dir, store }
            }
        };
        Ok(())
    }
}
