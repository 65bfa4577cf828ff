//! Safety on a seized or shared device: the PIN, locking, the wipe, spaces and guest
//! sessions, and the safety screen.

use std::path::{Path, PathBuf};

use crate::base::text::Msg;
use crate::error::Result;
#[cfg(feature = "safety")]
use crate::records::store::database_path;
use crate::records::store::{Setting, Store};
#[cfg(feature = "safety")]
use crate::safety::attempts::{Attempts, Clock};
#[cfg(feature = "safety")]
use crate::safety::vault::{self, VaultError};
#[cfg(feature = "safety")]
use crate::session::device::{Device, Home};
#[cfg(feature = "safety")]
use crate::session::Notice;
use crate::session::Session;
#[cfg(feature = "safety")]
use crate::views::safety::{strength_text, SafetyState, DEFAULT_IDLE_MINUTES, IDLE_MINUTES};
use crate::views::SafetyView;

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
        let has_pin = self.has_pin()?;
        let locked = self.is_locked();
        let shared = self.is_shared();
        let wipe_after_offered = has_pin && !shared && !self.is_guest();
        let wipe_after = match self.device.dir() {
            Some(dir) if wipe_after_offered => Attempts::load(dir).wipe_after.unwrap_or(0),
            _ => 0,
        };
        let state = SafetyState {
            has_pin,
            locked,
            shared,
            guest: self.is_guest(),
            wipe_after_offered,
            wipe_after,
            idle_minutes: if locked { DEFAULT_IDLE_MINUTES } else { self.idle_minutes()? },
            suggestion: (!locked && !self.is_guest()).then(vault::suggest_passphrase).and_then(|r| r.ok()),
        };
        Ok(crate::views::safety::view(&self.guide.catalog().localizer(&lang), state))
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
