//! A person's session with the app: the guide plus their remembered preferences. The app
//! shell holds one `Session` and calls one method per command.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::guide::Guide;
use crate::store::{Setting, Store};
use crate::views::{HomeView, StartView, TopicView, UiText};

pub struct Session {
    guide: Guide,
    store: Store,
}

impl Session {
    /// Opens the session whose data lives in `data_dir`, creating the folder if needed.
    pub fn open(data_dir: &Path, guide: Guide) -> Result<Session> {
        std::fs::create_dir_all(data_dir).map_err(|source| Error::DataFolder { path: data_dir.to_path_buf(), source })?;
        let store = Store::open(&database_path(data_dir))?;
        Ok(Session { guide, store })
    }

    /// A session that keeps everything in memory.
    pub fn in_memory(guide: Guide) -> Result<Session> {
        Ok(Session { guide, store: Store::open_in_memory()? })
    }

    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    /// What the first screen needs: the remembered language (none on first launch), and a
    /// suggestion from the system's language preferences.
    pub fn start<S: AsRef<str>>(&self, system_languages: &[S]) -> Result<StartView> {
        let chosen = self.store.setting(Setting::InterfaceLanguage)?;
        let chosen = chosen.filter(|code| self.guide.catalog().meta(code).is_some());
        Ok(StartView {
            chosen,
            suggested: self.guide.catalog().negotiate(system_languages),
            languages: self.guide.languages(),
        })
    }

    /// Remembers the language for both the interface and the guide.
    pub fn choose_language(&mut self, asked: &str) -> Result<UiText> {
        let code = self.guide.catalog().resolve(asked)?;
        self.store.set_settings(&[(Setting::InterfaceLanguage, &code), (Setting::GuideLanguage, &code)])?;
        Ok(self.guide.ui_text(&code))
    }

    /// The interface language: the remembered one, or the reference locale.
    pub fn interface_language(&self) -> Result<String> {
        self.language(Setting::InterfaceLanguage)
    }

    /// The guide language: the remembered one, or the interface language.
    pub fn guide_language(&self) -> Result<String> {
        match self.store.setting(Setting::GuideLanguage)? {
            Some(code) if self.guide.catalog().meta(&code).is_some() => Ok(code),
            _ => self.interface_language(),
        }
    }

    fn language(&self, setting: Setting) -> Result<String> {
        Ok(self
            .store
            .setting(setting)?
            .filter(|code| self.guide.catalog().meta(code).is_some())
            .unwrap_or_else(|| self.guide.catalog().reference().to_string()))
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
