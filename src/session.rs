//! A person's session with the app: the guide plus their remembered preferences. The app
//! shell holds one `Session` and calls one method per command.

use std::path::{Path, PathBuf};

use chrono::NaiveDate as Date;

use crate::checklist::{self, clean_item_text, clean_note, own_item_id, parse_own_item_id, ChecklistError, Status};
use crate::content::{iso_date, parse_date, Rule};
use crate::deadline::{self, weekday_from_number, State};
use crate::decide::Answers;
use crate::error::{Error, Result};
use crate::search::SearchView;
use crate::guide::Guide;
use crate::l10n::Msg;
use crate::profile::{clean_name, parse_person_date, parse_weekday, Profile, ProfileError, UNDO_SECONDS};
use crate::l10n::Isolation;
use crate::vault::{self, Attempts, VaultError};
use crate::store::{Setting, Store};
use crate::updates::{self, Origin, PackInfo, UpdateError, Updates};
use crate::summary::{SummaryColumn, SummaryView};
use crate::views::{
    AdviceView, BackupDone, DateField, NumberOption, DeadlineView, DecideView, PackInfoView, SafetyView, HomeView, ProfileSummary, ProfileView, ProfilesView, RemovedProfile, StartView, TopicView,
    UiText, WeekdayOption,
};

pub struct Session {
    guide: Guide,
    /// The open database; `None` while locked.
    store: Option<Store>,
    /// The data folder, for sessions kept on disk; `None` for one kept in memory.
    data_dir: Option<PathBuf>,
    /// True while a guest session runs in memory in place of the data folder's.
    guest: bool,
    /// The device's salt when the device is shared (one space per person), else `None`.
    shared: Option<[u8; 16]>,
    /// On a shared device, the file of the space open now.
    space: Option<PathBuf>,
    /// A language for this session only, not remembered (the command line's `--lang`).
    spoken: Option<String>,
    /// Where the guide comes from; `None` when the session was given a guide directly.
    updates: Option<(Updates, PackInfo)>,
}

impl Session {
    /// Opens the session whose data lives in `data_dir`, creating the folder if needed.
    pub fn open(data_dir: &Path, guide: Guide) -> Result<Session> {
        crate::files::create_private_dir(data_dir).map_err(|source| Error::DataFolder { path: data_dir.to_path_buf(), source })?;
        crate::files::make_private(data_dir);
        let path = database_path(data_dir);
        let shared = vault::shared_salt(data_dir)?;
        let store = if shared.is_some() {
            // A shared device opens on no one's space. A database still in the data folder
            // was already moved into a space when the device was made shared.
            vault::remove_files(vault::database_files(&path))?;
            None
        } else if vault::is_encrypted(&path)? == Some(true) {
            // A database protected by a PIN stays locked until the PIN is given.
            None
        } else {
            Some(Store::open(&path)?)
        };
        Ok(Session { guide, store, data_dir: Some(data_dir.to_path_buf()), guest: false, shared, space: None, spoken: None, updates: None })
    }

    /// Opens the session whose data lives in `data_dir`, showing the guide installed there
    /// (or the previous one, or the built-in one, as [`Updates::load`] decides).
    pub fn open_with_updates(data_dir: &Path, updates: Updates, isolation: Isolation) -> Result<Session> {
        let (guide, info) = updates.load(isolation);
        let mut session = Session::open(data_dir, guide)?;
        session.updates = Some((updates, info));
        Ok(session)
    }

    /// What the device knows about the guide it shows, in the interface language, with a
    /// plain warning once its facts are more than six months old on `today`.
    pub fn pack_info(&self, today: Date) -> Result<PackInfoView> {
        let info = match &self.updates {
            Some((_, info)) => info.clone(),
            None => updates::builtin_info(&self.guide, false),
        };
        let lang = self.interface_language()?;
        let l = self.guide.catalog().localizer(&lang);
        let date = |iso: &str| parse_date(iso).map(|d| l.date_short(d)).unwrap_or_else(|_| iso.to_string());
        let checked = parse_date(&info.checked).ok();
        let stale = checked.is_some_and(|c| updates::is_stale(c, today));
        Ok(PackInfoView {
            version: info.version,
            origin: info.origin,
            built: info.built.clone(),
            checked: info.checked.clone(),
            signer: info.signer.clone(),
            title: l.text("pack-title"),
            version_label: l.msg(&Msg::new("pack-version").arg("version", info.version as i64)),
            origin_label: l.text(match info.origin {
                Origin::Builtin => "pack-origin-builtin",
                Origin::Installed => "pack-origin-installed",
                Origin::Previous => "pack-origin-previous",
            }),
            built_label: info.built.as_deref().map(|b| l.msg(&Msg::new("pack-built").arg("date", date(b)))),
            checked_label: l.msg(&Msg::new("pack-checked").arg("date", date(&info.checked))),
            signer_label: info.signer.as_deref().map(|s| l.msg(&Msg::new("pack-signer").arg("key", s))),
            fell_back: info.fell_back.then(|| l.text("pack-fell-back")),
            stale: stale.then(|| l.text("pack-stale")),
            import_label: l.text("pack-import-label"),
            rollback: l.text("pack-rollback-button"),
            installed_label: l.text("pack-installed"),
            share_kit_label: l.text("pack-share-kit-button"),
            share_kit_hint: l.text("pack-share-kit-hint"),
        })
    }

    /// Writes the copy to pass on (see [`crate::sharekit`]) into a new dated folder inside
    /// `folder`, for a reader of the interface language, and says where it went.
    pub fn write_share_kit(&self, folder: &Path, installer: crate::installer::Installer, today: Date) -> Result<crate::sharekit::ShareKitView> {
        let lang = self.interface_language()?;
        let kit = crate::sharekit::build(&lang, self.updates()?, installer, today);
        let out = crate::sharekit::dated_folder(folder, today);
        kit.write(&out)?;
        Ok(kit.view(&out, &self.guide.catalog().localizer(&lang)))
    }

    fn updates(&self) -> Result<&Updates> {
        self.updates.as_ref().map(|(u, _)| u).ok_or_else(|| Error::from(UpdateError::NoPrevious))
    }

    /// Installs a pack file's bytes after every check, then shows the new guide.
    pub fn install_pack(&mut self, bytes: &[u8], isolation: Isolation) -> Result<()> {
        self.updates()?.install(bytes)?;
        self.reload_guide(isolation);
        Ok(())
    }

    /// Goes back to the previous pack (or the built-in guide), then shows it.
    pub fn rollback_pack(&mut self, isolation: Isolation) -> Result<u64> {
        let version = self.updates()?.rollback()?;
        self.reload_guide(isolation);
        Ok(version)
    }

    fn reload_guide(&mut self, isolation: Isolation) {
        if let Some((updates, info)) = &mut self.updates {
            let (guide, new_info) = updates.load(isolation);
            self.guide = guide;
            *info = new_info;
        }
    }

    /// A session that keeps everything in memory.
    pub fn in_memory(guide: Guide) -> Result<Session> {
        Ok(Session {
            guide,
            store: Some(Store::open_in_memory()?),
            data_dir: None,
            guest: false,
            shared: None,
            space: None,
            spoken: None,
            updates: None,
        })
    }

    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    fn store(&self) -> Result<&Store> {
        self.store.as_ref().ok_or_else(|| VaultError::Locked.into())
    }

    fn store_mut(&mut self) -> Result<&mut Store> {
        self.store.as_mut().ok_or_else(|| VaultError::Locked.into())
    }

    /// A preference, or `None` while locked.
    fn setting(&self, setting: Setting) -> Result<Option<String>> {
        match &self.store {
            Some(store) => Ok(store.setting(setting)?),
            None => Ok(None),
        }
    }

    /// What the first screen needs: the remembered language (none on first launch), and a
    /// suggestion from the system's language preferences.
    pub fn start<S: AsRef<str>>(&self, system_languages: &[S]) -> Result<StartView> {
        let chosen = self.setting(Setting::InterfaceLanguage)?;
        let chosen = chosen.filter(|code| self.guide.catalog().meta(code).is_some());
        Ok(StartView {
            chosen,
            suggested: self.guide.catalog().negotiate(system_languages),
            languages: self.guide.languages(),
            locked: self.is_locked(),
        })
    }

    /// Remembers the language for both the interface and the guide.
    pub fn choose_language(&mut self, asked: &str) -> Result<UiText> {
        let code = self.guide.catalog().resolve(asked)?;
        self.store_mut()?.set_settings(&[(Setting::InterfaceLanguage, &code), (Setting::GuideLanguage, &code)])?;
        Ok(self.guide.ui_text(&code))
    }

    /// Speaks `lang` (a shipped locale's code) for the rest of this session, for both the
    /// interface and the guide, without remembering it.
    pub fn speak(&mut self, lang: &str) {
        self.spoken = self.guide.catalog().meta(lang).map(|_| lang.to_string());
    }

    /// The interface language: the remembered one, or the reference locale.
    pub fn interface_language(&self) -> Result<String> {
        if let Some(lang) = &self.spoken {
            return Ok(lang.clone());
        }
        self.language(Setting::InterfaceLanguage)
    }

    /// The guide language: the remembered one, or the interface language.
    pub fn guide_language(&self) -> Result<String> {
        if let Some(lang) = &self.spoken {
            return Ok(lang.clone());
        }
        match self.setting(Setting::GuideLanguage)? {
            Some(code) if self.guide.catalog().meta(&code).is_some() => Ok(code),
            _ => self.interface_language(),
        }
    }

    fn language(&self, setting: Setting) -> Result<String> {
        Ok(self
            .setting(setting)?
            .filter(|code| self.guide.catalog().meta(code).is_some())
            .unwrap_or_else(|| self.guide.catalog().reference().to_string()))
    }

    /// Searches the guide in the guide language, then in Spanish.
    pub fn search(&self, query: &str) -> Result<SearchView> {
        self.guide.search(query, &self.guide_language()?)
    }

    pub fn decide_view(&self) -> Result<DecideView> {
        Ok(self.guide.decide_view(&self.guide_language()?))
    }

    /// Advice for answers given as (question, answer) pairs; all six must be answered.
    pub fn advise(&self, answers: &[(String, String)]) -> Result<AdviceView> {
        let answers = Answers::parse(answers.iter().map(|(q, a)| (q.as_str(), a.as_str())))?;
        Ok(self.guide.advice(&answers, &self.guide_language()?))
    }

    pub fn ui_text(&self) -> Result<UiText> {
        Ok(self.guide.ui_text(&self.interface_language()?))
    }

    pub fn home(&self) -> Result<HomeView> {
        Ok(self.guide.home(&self.guide_language()?))
    }

    pub fn topic(&self, id: &str) -> Result<TopicView> {
        Ok(self.guide.topic(id, &self.guide_language()?)?)
    }

    /// An error in the interface language (or the reference locale if even that fails).
    pub fn error_view(&self, error: &Error) -> crate::views::ErrorView {
        let lang = self.interface_language().unwrap_or_else(|_| self.guide.catalog().reference().to_string());
        self.guide.error_view(&lang, error)
    }
}

/// Where the personal database lives inside a data folder.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(crate::DATABASE_FILE)
}

/// Profiles, dates, deadlines and the checklist. `today` and `now` (Unix seconds) come from
/// the shell: the core reads no clock.
impl Session {
    /// The profiles, each with its next thing due, and the recently removed ones. Profiles
    /// removed longer ago than the undo window are deleted for good first.
    pub fn profiles(&mut self, today: Date, now: i64) -> Result<ProfilesView> {
        self.store_mut()?.purge_removed(now - UNDO_SECONDS)?;
        let lang = self.interface_language()?;
        let l = self.guide.catalog().localizer(&lang);
        let mut profiles = Vec::new();
        for (id, name) in self.store()?.profiles()? {
            let deadlines = self.deadlines_for(id, today, &lang)?;
            let next = next_due(&deadlines);
            profiles.push(ProfileSummary {
                id,
                name,
                next_due: next.map(|d| {
                    l.msg(&Msg::new("profile-next-due").arg("title", d.title.as_str()).arg("date", d.last_day_label.as_str()))
                }),
                next_due_state: next.map(|d| d.state),
            });
        }
        let removed = self
            .store()?
            .removed_profiles()?
            .into_iter()
            .map(|r| RemovedProfile { id: r.id, label: l.msg(&Msg::new("profile-removed").user("name", r.name.as_str())), name: r.name })
            .collect();
        Ok(ProfilesView { lang: l.lang().to_string(), dir: l.direction(), profiles, removed })
    }

    pub fn add_profile(&mut self, name: &str, now: i64) -> Result<Profile> {
        let name = clean_name(name)?;
        match self.store_mut()?.add_profile(&name, now)? {
            Some(id) => Ok(Profile { id, name }),
            None => Err(ProfileError::Exists { name }.into()),
        }
    }

    /// The profile called `name`, or, when no name is given, the only profile.
    pub fn find_profile(&self, name: Option<&str>) -> Result<Profile> {
        let profiles = self.store()?.profiles()?;
        match name {
            Some(name) => profiles
                .into_iter()
                .find(|(_, n)| n == name.trim())
                .map(|(id, name)| Profile { id, name })
                .ok_or_else(|| ProfileError::NotFound { name: name.to_string() }.into()),
            None => match profiles.len() {
                0 => Err(ProfileError::None.into()),
                1 => profiles.into_iter().next().map(|(id, name)| Profile { id, name }).ok_or(ProfileError::None.into()),
                _ => Err(ProfileError::Choose.into()),
            },
        }
    }

    fn active(&self, id: i64) -> Result<Profile> {
        self.store()?
            .profiles()?
            .into_iter()
            .find(|(pid, _)| *pid == id)
            .map(|(id, name)| Profile { id, name })
            .ok_or_else(|| ProfileError::NotFound { name: id.to_string() }.into())
    }

    pub fn rename_profile(&mut self, id: i64, name: &str) -> Result<Profile> {
        self.active(id)?;
        let name = clean_name(name)?;
        if !self.store_mut()?.rename_profile(id, &name)? {
            return Err(ProfileError::Exists { name }.into());
        }
        Ok(Profile { id, name })
    }

    /// Removes a profile; it can be restored for [`UNDO_SECONDS`].
    pub fn remove_profile(&mut self, id: i64, now: i64) -> Result<Profile> {
        let profile = self.active(id)?;
        self.store_mut()?.remove_profile(id, now)?;
        Ok(profile)
    }

    /// Restores the most recently removed profile called `name` (or with this id, as text).
    pub fn restore_profile(&mut self, name_or_id: &str, now: i64) -> Result<Profile> {
        self.store_mut()?.purge_removed(now - UNDO_SECONDS)?;
        let removed = self.store()?.removed_profiles()?;
        let found = removed.into_iter().find(|r| r.name == name_or_id.trim() || r.id.to_string() == name_or_id.trim());
        let Some(row) = found else {
            return Err(ProfileError::RestoreExpired { name: name_or_id.to_string() }.into());
        };
        if !self.store_mut()?.restore_profile(row.id)? {
            return Err(ProfileError::Exists { name: row.name }.into());
        }
        Ok(Profile { id: row.id, name: row.name })
    }

    /// Records (`Some`) or clears (`None`) one of a profile's dates. `signing-day` takes a
    /// weekday number (1 = Monday … 7 = Sunday); every other key takes a date.
    pub fn set_date(&mut self, id: i64, key: &str, value: Option<&str>, today: Date) -> Result<()> {
        self.active(id)?;
        let content = self.guide.content();
        let value = match value {
            None => None,
            Some(v) if key == SIGNING_DAY => Some(parse_weekday(v)?.to_string()),
            Some(v) => Some(iso_date(parse_person_date(v, today)?)),
        };
        if key != SIGNING_DAY && !content.date_keys.iter().any(|k| k.key == key) {
            let mut keys: Vec<String> = content.date_keys.iter().map(|k| k.key.clone()).collect();
            keys.push(SIGNING_DAY.to_string());
            return Err(ProfileError::UnknownDateKey { key: key.chars().take(40).collect(), keys }.into());
        }
        self.store_mut()?.set_dates(id, &[(key, value.as_deref())])?;
        Ok(())
    }

    /// A profile's deadlines, in the order the content lists them, for the dates recorded.
    fn deadlines_for(&self, id: i64, today: Date, lang: &str) -> Result<Vec<DeadlineView>> {
        let dates = self.store()?.dates(id)?;
        let calendar = self.guide.calendar(false);
        let l = self.guide.catalog().localizer(lang);
        let mut out = Vec::new();
        for def in &self.guide.content().deadlines {
            if def.requires.as_ref().is_some_and(|key| !dates.contains_key(key)) {
                continue;
            }
            let computed = match (&def.rule, &def.from) {
                (Rule::Weekly, _) => dates
                    .get(SIGNING_DAY)
                    .and_then(|v| v.parse::<u8>().ok())
                    .and_then(weekday_from_number)
                    .map(|weekday| deadline::next_signing(def, weekday, today, &calendar)),
                (_, Some(key)) => dates
                    .get(key)
                    .and_then(|v| parse_date(v).ok())
                    .and_then(|from| deadline::compute(def, from, today, &calendar)),
                (_, None) => None,
            };
            if let Some(d) = computed {
                out.push(deadline::view(&d, def, &l, false));
            }
        }
        Ok(out)
    }

    /// One profile with its dates, deadlines and checklist, in the guide language.
    pub fn profile(&self, id: i64, today: Date) -> Result<ProfileView> {
        let profile = self.active(id)?;
        let lang = self.guide_language()?;
        let l = self.guide.catalog().localizer(&lang);
        let content = self.guide.content();
        let dates = self.store()?.dates(id)?;
        let fields = content
            .date_keys
            .iter()
            .map(|k| DateField { key: k.key.clone(), label: l.text(&k.label), value: dates.get(&k.key).cloned() })
            .collect();
        let weekdays = (1..=7u8)
            .map(|n| WeekdayOption { number: n, name: l.msg(&Msg::new("weekday-name").arg("weekday", i64::from(n))) })
            .collect();
        let checklist = checklist::view(content, &self.store()?.items(id)?, &self.store()?.own_items(id)?, &l);
        Ok(ProfileView {
            id,
            lang: l.lang().to_string(),
            dir: l.direction(),
            dates: fields,
            signing_day: dates.get(SIGNING_DAY).and_then(|v| v.parse().ok()),
            weekdays,
            deadlines: self.deadlines_for(id, today, &lang)?,
            checklist,
            remove_confirm: l.msg(&Msg::new("profile-remove-confirm").user("name", profile.name.as_str())),
            name: profile.name,
        })
    }

    /// Sets a checklist item's status, and its note when given. Template items and the
    /// person's own items (`own-N`) alike.
    pub fn set_item(&mut self, id: i64, item: &str, status: &str, note: Option<&str>) -> Result<()> {
        self.active(id)?;
        let status = Status::parse(status)?;
        let note = note.map(clean_note).transpose()?;
        if let Some(own) = parse_own_item_id(item) {
            if !self.store_mut()?.set_own_item(id, own, status.as_str(), note.as_deref())? {
                return Err(ChecklistError::UnknownItem { item: item.to_string() }.into());
            }
            return Ok(());
        }
        if self.guide.content().checklist_item(item).is_none() {
            return Err(ChecklistError::UnknownItem { item: item.chars().take(60).collect() }.into());
        }
        self.store_mut()?.set_item(id, item, status.as_str(), note.as_deref())?;
        Ok(())
    }

    /// The printable summary: the guide language, and Spanish beside it when that is another.
    pub fn summary(&self, id: i64, today: Date) -> Result<SummaryView> {
        let profile = self.active(id)?;
        let lang = self.guide_language()?;
        let reference = self.guide.catalog().reference().to_string();
        let mut langs = vec![lang.clone()];
        if lang != reference {
            langs.push(reference);
        }
        let rows = self.store()?.items(id)?;
        let own = self.store()?.own_items(id)?;
        let mut columns = Vec::new();
        for lang in langs {
            let l = self.guide.catalog().localizer(&lang);
            columns.push(SummaryColumn {
                lang: l.lang().to_string(),
                dir: l.direction(),
                title: l.text("summary-title"),
                made_on: l.msg(&Msg::new("summary-made-on").arg("date", l.date_long(today))),
                deadlines_heading: l.text("summary-deadlines-heading"),
                deadlines: self.deadlines_for(id, today, &lang)?,
                documents_heading: l.text("summary-documents-heading"),
                checklist: checklist::view(self.guide.content(), &rows, &own, &l),
                status_have: l.text("checklist-status-have"),
                status_needed: l.text("checklist-status-needed"),
                status_not_applicable: l.text("checklist-status-not-applicable"),
            });
        }
        Ok(SummaryView { name: profile.name, columns })
    }

    /// Adds one of the person's own items; returns its id (`own-N`).
    pub fn add_own_item(&mut self, id: i64, text: &str) -> Result<String> {
        self.active(id)?;
        let text = clean_item_text(text)?;
        Ok(own_item_id(self.store_mut()?.add_own_item(id, &text)?))
    }
}

/// The choices of minutes without use before personal data locks.
pub const IDLE_MINUTES: [u32; 6] = [1, 2, 5, 10, 15, 30];
pub const DEFAULT_IDLE_MINUTES: u32 = 5;
/// The choices of wrong PINs after which everything is wiped (0: never).
pub const WIPE_AFTER_CHOICES: [u32; 4] = [0, 5, 10, 20];

/// Opens an encrypted database, or `None` when the key is wrong.
fn open_or_wrong(path: &Path, key: &vault::DbKey) -> Result<Option<Store>> {
    match Store::open_keyed(path, Some(key)) {
        Ok(store) => Ok(Some(store)),
        Err(crate::store::StoreError::NotDatabase(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The wipe waits this long, showing a countdown, so a wrong tap can be cancelled.
pub const WIPE_COUNTDOWN_SECONDS: i64 = 5;

/// The guide topic that explains what the PIN protects and what it does not.
pub const SAFETY_TOPIC: &str = "safety";

/// The key under which a profile's weekly signing weekday is kept.
pub const SIGNING_DAY: &str = "signing-day";

/// The next deadline not yet passed; if all have passed, the one that passed last.
fn next_due(deadlines: &[DeadlineView]) -> Option<&DeadlineView> {
    let open = deadlines.iter().filter(|d| d.state != State::Passed).min_by(|a, b| a.last_day.cmp(&b.last_day));
    open.or_else(|| deadlines.iter().max_by(|a, b| a.last_day.cmp(&b.last_day)))
}

/// Safety on a seized or shared device: the PIN, locking, the wipe and guest sessions. `now`
/// is Unix seconds, passed by the shell.
impl Session {
    /// The open database's file: the person's space on a shared device, else the data folder's.
    fn db_path(&self) -> Result<PathBuf> {
        if self.shared.is_some() {
            return self.space.clone().ok_or_else(|| VaultError::Locked.into());
        }
        self.data_dir.as_deref().map(database_path).ok_or_else(|| VaultError::NoPin.into())
    }

    /// Whether the database on disk is protected by a PIN. Every space of a shared device is.
    pub fn has_pin(&self) -> Result<bool> {
        match &self.data_dir {
            Some(_) if self.guest => Ok(false),
            Some(_) if self.shared.is_some() => Ok(true),
            Some(dir) => Ok(vault::is_encrypted(&database_path(dir))? == Some(true)),
            None => Ok(false),
        }
    }

    pub fn is_locked(&self) -> bool {
        self.store.is_none()
    }

    pub fn is_guest(&self) -> bool {
        self.guest
    }

    /// Whether the device is shared: one PIN-protected space per person.
    pub fn is_shared(&self) -> bool {
        self.shared.is_some()
    }

    /// Closes the database. With a PIN set, nothing personal can be read until
    /// [`Session::unlock`]; without one, locking only hides the screen, so the store stays.
    pub fn lock(&mut self) -> Result<()> {
        if self.guest {
            return Ok(());
        }
        if self.has_pin()? {
            self.store = None;
            self.space = None;
        }
        Ok(())
    }

    /// Opens the database with a PIN (on a shared device, the space this PIN opens). Wrong
    /// PINs are counted across restarts; after [`vault::FREE_TRIES`] each try waits longer,
    /// and if the person chose a limit, reaching it wipes the personal data.
    pub fn unlock(&mut self, pin: &str, now: i64) -> Result<()> {
        if self.store.is_some() {
            return Ok(());
        }
        let dir = self.data_dir.clone().ok_or(VaultError::NoPin)?;
        let mut attempts = self.attempts_allowing(&dir, now)?;
        let opened = match self.shared {
            Some(device_salt) => {
                let space = vault::SpaceKey::derive(pin, device_salt)?;
                let path = space.path(&dir);
                match vault::is_encrypted(&path)? {
                    Some(true) => open_or_wrong(&path, &space.db_key(vault::file_salt(&path)?))?.map(|store| (store, Some(path))),
                    _ => None,
                }
            }
            None => {
                let path = database_path(&dir);
                let key = vault::derive_key(pin, vault::file_salt(&path)?)?;
                open_or_wrong(&path, &key)?.map(|store| (store, None))
            }
        };
        match opened {
            Some((store, space)) => {
                self.store = Some(store);
                self.space = space;
                if attempts.failures > 0 {
                    attempts.failures = 0;
                    attempts.save(&dir)?;
                }
                Ok(())
            }
            None => {
                attempts.record_failure(&dir, now)?;
                if self.shared.is_none() && attempts.should_wipe() {
                    self.wipe()?;
                }
                Err(VaultError::WrongPin.into())
            }
        }
    }

    /// The count of wrong PINs, once no wait is due at `now`.
    fn attempts_allowing(&self, dir: &Path, now: i64) -> Result<Attempts> {
        let attempts = Attempts::load(dir);
        match attempts.wait_at(now) {
            0 => Ok(attempts),
            seconds => Err(VaultError::Wait { seconds }.into()),
        }
    }

    /// Counts a PIN that named someone else's space, like a wrong PIN: otherwise creating
    /// spaces would let anyone test PINs without waiting.
    fn count_taken(&self, dir: &Path, mut attempts: Attempts, now: i64) -> Result<()> {
        attempts.record_failure(dir, now)?;
        Err(VaultError::PinTaken.into())
    }

    /// Sets a PIN on an unprotected database: it is encrypted, replacing the old file whole.
    pub fn set_pin(&mut self, pin: &str) -> Result<()> {
        vault::check_pin(pin)?;
        self.store()?;
        if self.has_pin()? {
            return Err(VaultError::HasPin.into());
        }
        let path = self.db_path()?;
        let key = vault::derive_key(pin, vault::new_salt()?)?;
        self.store = None;
        let result = crate::store::reencrypt(&path, None, Some(&key));
        self.store = Some(Store::open_keyed(&path, if result.is_ok() { Some(&key) } else { None })?);
        Ok(result?)
    }

    /// Changes the PIN: the database is encrypted again under the new one. On a shared device
    /// the space moves to the file the new PIN names; until the old file is deleted both
    /// exist, so a crash loses nothing.
    pub fn change_pin(&mut self, old: &str, new: &str, now: i64) -> Result<()> {
        if let Some(device_salt) = self.shared {
            vault::check_shared_pin(new)?;
            let dir = self.data_dir.clone().ok_or(VaultError::NotShared)?;
            self.verify_space(old, now)?;
            let old_path = self.db_path()?;
            let space = vault::SpaceKey::derive(new, device_salt)?;
            let new_path = space.path(&dir);
            if new_path == old_path {
                return Ok(());
            }
            if new_path.exists() {
                return self.count_taken(&dir, Attempts::load(&dir), now);
            }
            let key = space.db_key(vault::new_salt()?);
            self.store()?.export_to(&new_path, Some(&key))?;
            self.store = Some(Store::open_keyed(&new_path, Some(&key))?);
            self.space = Some(new_path);
            vault::remove_files(vault::database_files(&old_path))?;
            return Ok(());
        }
        vault::check_pin(new)?;
        let old_key = self.verified_key(old, now)?;
        let path = self.db_path()?;
        let new_key = vault::derive_key(new, vault::new_salt()?)?;
        self.store = None;
        let result = crate::store::reencrypt(&path, Some(&old_key), Some(&new_key));
        let key = if result.is_ok() { &new_key } else { &old_key };
        self.store = Some(Store::open_keyed(&path, Some(key))?);
        Ok(result?)
    }

    /// Removes the PIN: the database is written again unencrypted. Not on a shared device,
    /// where the PIN is what keeps each person's space their own.
    pub fn remove_pin(&mut self, old: &str, now: i64) -> Result<()> {
        if self.shared.is_some() {
            return Err(VaultError::SharedNeedsPin.into());
        }
        let old_key = self.verified_key(old, now)?;
        let path = self.db_path()?;
        self.store = None;
        let result = crate::store::reencrypt(&path, Some(&old_key), None);
        self.store = Some(Store::open_keyed(&path, if result.is_ok() { None } else { Some(&old_key) })?);
        Ok(result?)
    }

    /// The current database key, after checking the PIN as an unlock would.
    fn verified_key(&mut self, pin: &str, now: i64) -> Result<vault::DbKey> {
        if !self.has_pin()? {
            return Err(VaultError::NoPin.into());
        }
        self.store = None;
        self.unlock(pin, now)?;
        Ok(vault::derive_key(pin, vault::file_salt(&self.db_path()?)?)?)
    }

    /// Checks that `pin` opens the space that is open now, as an unlock would.
    fn verify_space(&mut self, pin: &str, now: i64) -> Result<()> {
        let open = self.db_path()?;
        self.store = None;
        self.space = None;
        self.unlock(pin, now)?;
        if self.space.as_deref() != Some(open.as_path()) {
            // The PIN opened another space: close it again, and refuse as for a wrong PIN.
            self.store = None;
            self.space = None;
            return Err(VaultError::WrongPin.into());
        }
        Ok(())
    }

    /// Makes this device shared: from now on each person has a space of their own, found with
    /// their PIN, and the opening screen lists nobody. The data open now moves into the first
    /// space, under `pin`. The device is shared only once that space is whole on disk.
    pub fn share_device(&mut self, pin: &str, repeat: &str) -> Result<()> {
        if self.shared.is_some() {
            return Err(VaultError::AlreadyShared.into());
        }
        vault::check_shared_pin(pin)?;
        if pin != repeat {
            return Err(VaultError::PinMismatch.into());
        }
        if self.guest {
            return Err(VaultError::Locked.into());
        }
        let dir = self.data_dir.clone().ok_or(VaultError::NotShared)?;
        self.store()?;
        // Files left by a move that was interrupted before it was complete.
        let spaces = dir.join(vault::SPACES_DIR);
        match std::fs::remove_dir_all(&spaces) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(VaultError::Io { path: spaces, source }.into()),
        }
        crate::files::create_private_dir(&spaces).map_err(|source| VaultError::Io { path: spaces.clone(), source })?;
        let device_salt = vault::new_salt()?;
        let space = vault::SpaceKey::derive(pin, device_salt)?;
        let path = space.path(&dir);
        let key = space.db_key(vault::new_salt()?);
        self.store()?.export_to(&path, Some(&key))?;
        vault::write_shared(&dir, device_salt)?;
        self.store = None;
        vault::wipe(&dir)?;
        self.store = Some(Store::open_keyed(&path, Some(&key))?);
        self.space = Some(path);
        self.shared = Some(device_salt);
        Ok(())
    }

    /// Creates a new, empty space on a shared device for the PIN `pin`, and opens it. A PIN
    /// that already opens a space is refused, and counted as a wrong PIN.
    pub fn create_space(&mut self, pin: &str, repeat: &str, now: i64) -> Result<()> {
        let device_salt = self.shared.ok_or(VaultError::NotShared)?;
        let dir = self.data_dir.clone().ok_or(VaultError::NotShared)?;
        vault::check_shared_pin(pin)?;
        if pin != repeat {
            return Err(VaultError::PinMismatch.into());
        }
        let attempts = self.attempts_allowing(&dir, now)?;
        let space = vault::SpaceKey::derive(pin, device_salt)?;
        let path = space.path(&dir);
        if vault::is_encrypted(&path)?.is_some() {
            return self.count_taken(&dir, attempts, now);
        }
        vault::remove_files(vault::database_files(&path))?;
        let spaces = dir.join(vault::SPACES_DIR);
        crate::files::create_private_dir(&spaces).map_err(|source| VaultError::Io { path: spaces, source })?;
        self.guest = false;
        self.store = None;
        self.space = None;
        let key = space.db_key(vault::new_salt()?);
        // Created under another name, then renamed, so that a crash leaves no empty space.
        let draft = Store::open_keyed(&path.with_extension("new"), Some(&key))?;
        draft.export_to(&path, Some(&key))?;
        drop(draft);
        vault::remove_files(vault::database_files(&path.with_extension("new")))?;
        self.store = Some(Store::open_keyed(&path, Some(&key))?);
        self.space = Some(path);
        Ok(())
    }

    /// Minutes without use before the data locks, as the person chose ([`IDLE_MINUTES`]).
    pub fn idle_minutes(&self) -> Result<u32> {
        let chosen = self.setting(Setting::IdleMinutes)?.and_then(|v| v.parse().ok());
        Ok(chosen.filter(|m| IDLE_MINUTES.contains(m)).unwrap_or(DEFAULT_IDLE_MINUTES))
    }

    /// Chooses how long the app waits without use before it locks.
    pub fn set_idle_minutes(&mut self, minutes: u32) -> Result<()> {
        if !IDLE_MINUTES.contains(&minutes) {
            return Err(VaultError::IdleMinutes { minutes, allowed: IDLE_MINUTES.to_vec() }.into());
        }
        self.store_mut()?.set_settings(&[(Setting::IdleMinutes, &minutes.to_string())])?;
        Ok(())
    }

    /// The safety screen, in `lang` (the lock screen is shown before the chosen language can
    /// be read, so the shell passes the system's).
    pub fn safety(&self, lang: Option<&str>) -> Result<SafetyView> {
        let lang = match lang {
            Some(l) => self.guide.catalog().negotiate(&[l]),
            None => self.interface_language()?,
        };
        let l = self.guide.catalog().localizer(&lang);
        let has_pin = self.has_pin()?;
        let locked = self.is_locked();
        let shared = self.is_shared();
        let wipe_after_offered = has_pin && !shared && !self.guest;
        let wipe_after = match &self.data_dir {
            Some(dir) if wipe_after_offered => Attempts::load(dir).wipe_after.unwrap_or(0),
            _ => 0,
        };
        let mut wipe_after_choices = WIPE_AFTER_CHOICES.to_vec();
        if !wipe_after_choices.contains(&wipe_after) {
            wipe_after_choices.push(wipe_after);
            wipe_after_choices.sort_unstable();
        }
        Ok(SafetyView {
            has_pin,
            locked,
            guest: self.guest,
            shared,
            title: l.text("safety-title"),
            status: l.text(match (shared, has_pin) {
                (true, _) => "safety-shared-on",
                (false, true) => "safety-pin-on",
                (false, false) => "safety-pin-off",
            }),
            pin_label: l.text("safety-pin-label"),
            new_pin_label: l.text("safety-new-pin-label"),
            unlock: l.text("safety-unlock-button"),
            locked_title: l.text("safety-locked-title"),
            locked_hint: l.text(if shared { "safety-locked-shared-hint" } else { "safety-locked-hint" }),
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
            shared_pin_label: l.msg(&Msg::new("safety-shared-pin-label").arg("min", vault::MIN_SHARED_PIN_CHARS as i64)),
            space_new: l.text("safety-space-new-button"),
            space_new_hint: l.text("safety-space-new-hint"),
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
            backup_passphrase_label: l.msg(&Msg::new("safety-backup-passphrase-label").arg("min", crate::backup::MIN_PASSPHRASE_CHARS as i64)),
            backup_export: l.text("safety-backup-export-button"),
            backup_import: l.text("safety-backup-import-button"),
            backup_replace_warning: l.text("safety-backup-replace-warning"),
        })
    }

    /// After this many wrong PINs in a row, everything personal is wiped (`None`: never).
    pub fn set_wipe_after(&mut self, limit: Option<u32>) -> Result<()> {
        self.store()?;
        if self.shared.is_some() {
            // A wrong PIN does not say whose space it was meant for.
            return Err(VaultError::SharedWipeAfter.into());
        }
        let dir = self.data_dir.clone().ok_or(VaultError::NoPin)?;
        let mut attempts = Attempts::load(&dir);
        attempts.wipe_after = limit.filter(|n| *n > 0);
        Ok(attempts.save(&dir)?)
    }

    /// Deletes all personal data in the data folder; the session starts again as new. On a
    /// shared device, deletes the open space, and the device goes back to its opening screen;
    /// in a guest session, deletes the guest's data and nothing else.
    pub fn wipe(&mut self) -> Result<()> {
        if self.guest {
            self.store = Some(Store::open_in_memory()?);
            return Ok(());
        }
        if self.shared.is_some() {
            let path = self.db_path()?;
            self.store = None;
            self.space = None;
            vault::remove_files(vault::database_files(&path))?;
            return Ok(());
        }
        self.store = None;
        if let Some(dir) = &self.data_dir {
            vault::wipe(dir)?;
            self.store = Some(Store::open(&database_path(dir))?);
        } else {
            self.store = Some(Store::open_in_memory()?);
        }
        Ok(())
    }

    /// Starts a guest session: everything is kept in memory and gone when it ends. The data
    /// folder's database is closed meanwhile.
    pub fn start_guest(&mut self) -> Result<()> {
        self.store = Some(Store::open_in_memory()?);
        self.guest = true;
        Ok(())
    }

    /// Ends a guest session: its data is dropped, and the data folder's database is opened
    /// again (locked if it has a PIN).
    pub fn end_guest(&mut self) -> Result<()> {
        if !self.guest {
            return Ok(());
        }
        self.guest = false;
        self.store = None;
        self.space = None;
        if let Some(dir) = self.data_dir.as_ref().filter(|_| self.shared.is_none()) {
            let path = database_path(dir);
            if vault::is_encrypted(&path)? != Some(true) {
                self.store = Some(Store::open(&path)?);
            }
        }
        Ok(())
    }
}

/// The encrypted backup.
impl Session {
    /// Saves everything personal, encrypted with `passphrase`, as a new file in `folder`
    /// (`senda-backup-DATE.age`, numbered if that name is taken), and says where it went.
    pub fn save_backup(&self, folder: &Path, passphrase: &str, today: Date) -> Result<BackupDone> {
        let bytes = self.export_backup(passphrase)?;
        let io = |path: &Path, source| Error::from(VaultError::Io { path: path.to_path_buf(), source });
        std::fs::create_dir_all(folder).map_err(|e| io(folder, e))?;
        let stem = format!("senda-backup-{}", iso_date(today));
        let mut n = 1;
        let path = loop {
            let name = if n == 1 { format!("{stem}.age") } else { format!("{stem}-{n}.age") };
            let path = folder.join(name);
            if !path.exists() {
                break path;
            }
            n += 1;
        };
        crate::files::write_atomic(&path, &bytes).map_err(|e| io(&path, e))?;
        let shown = path.display().to_string();
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        let message = l.msg(&Msg::new("safety-backup-saved").user("path", shown.clone()));
        Ok(BackupDone { path: Some(shown), message })
    }

    /// Replaces everything personal with a backup's contents, as [`Session::import_backup`],
    /// and says how many profiles came back.
    pub fn restore_backup(&mut self, bytes: &[u8], passphrase: &str, today: Date) -> Result<BackupDone> {
        let count = self.import_backup(bytes, passphrase, today)?;
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        Ok(BackupDone { path: None, message: l.msg(&Msg::new("safety-backup-restored").arg("count", count as i64)) })
    }

    /// Everything personal, encrypted with a passphrase.
    pub fn export_backup(&self, passphrase: &str) -> Result<Vec<u8>> {
        Ok(crate::backup::encrypt(&self.store()?.dump()?, passphrase)?)
    }

    /// Replaces everything personal with a backup's contents. A wrong passphrase, a damaged
    /// file or a backup with impossible values changes nothing.
    pub fn import_backup(&mut self, bytes: &[u8], passphrase: &str, today: Date) -> Result<usize> {
        self.store()?;
        let backup = crate::backup::decrypt(bytes, passphrase)?;
        let content = self.guide.content();
        let mut names = std::collections::BTreeSet::new();
        for p in &backup.profiles {
            if clean_name(&p.name)? != p.name || !names.insert(p.name.clone()) {
                return Err(ProfileError::Exists { name: p.name.clone() }.into());
            }
            for (key, value) in &p.dates {
                if key == SIGNING_DAY {
                    parse_weekday(value)?;
                } else if content.date_keys.iter().any(|k| &k.key == key) {
                    parse_person_date(value, today)?;
                } else {
                    return Err(ProfileError::UnknownDateKey { key: key.clone(), keys: Vec::new() }.into());
                }
            }
            for i in &p.items {
                Status::parse(&i.status)?;
                clean_note(&i.note)?;
                if content.checklist_item(&i.item).is_none() {
                    return Err(ChecklistError::UnknownItem { item: i.item.clone() }.into());
                }
            }
            for o in &p.own_items {
                Status::parse(&o.status)?;
                clean_note(&o.note)?;
                clean_item_text(&o.text)?;
            }
        }
        self.store_mut()?.replace_all(&backup)?;
        Ok(backup.profiles.len())
    }
}
