//! The session's languages: the one remembered, one for this session only (`--lang`), and
//! the one the guide is read in while the data is locked.

use crate::error::Result;
use crate::records::store::Setting;
use crate::session::Session;
use crate::views::{StartView, UiText};

impl Session {
    /// What the first screen needs: the remembered language (none on first launch), and a
    /// suggestion from the system's language preferences.
    pub fn start<S: AsRef<str>>(&self, system_languages: &[S]) -> Result<StartView> {
        let chosen = self.setting(Setting::InterfaceLanguage)?;
        let chosen = chosen.filter(|code| self.guide.catalog().meta(code).is_some());
        let suggested = self.guide.catalog().negotiate(system_languages);
        Ok(StartView {
            chosen,
            quick_exit: self.guide.catalog().localizer(&suggested).text("safety-quick-exit"),
            suggested,
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
    pub(crate) fn guide_language(&self) -> Result<String> {
        if let Some(lang) = &self.spoken {
            return Ok(lang.clone());
        }
        match self.setting(Setting::GuideLanguage)? {
            Some(code) if self.guide.catalog().meta(&code).is_some() => Ok(code),
            _ => self.interface_language(),
        }
    }

    fn language(&self, setting: Setting) -> Result<String> {
        let reading = if self.is_locked() { self.reading.clone() } else { None };
        Ok(self
            .setting(setting)?
            .or(reading)
            .filter(|code| self.guide.catalog().meta(code).is_some())
            .unwrap_or_else(|| self.guide.catalog().reference().to_string()))
    }

    /// Reads the guide in `lang` while the data stays locked: the lock screen's "Read the
    /// guide". Opens nothing personal; once the data is open, its remembered language counts.
    pub fn read_while_locked(&mut self, lang: &str) -> Result<UiText> {
        let code = self.guide.catalog().resolve(lang)?;
        self.reading = Some(code.clone());
        Ok(self.guide.ui_text(&code))
    }
}
