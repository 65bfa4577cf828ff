//! The guide read within a session, in its language: topics, search, the decision helper.

use crate::error::{Error, Result};
use crate::guide::decide::Answers;
use crate::guide::search::SearchView;
use crate::session::Session;
use crate::views::{AdviceView, DecideView, HomeView, TopicView, UiText};

impl Session {
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
