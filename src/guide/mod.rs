//! The guide: a pack's structure and words put together, and the view models of its screens
//! (the topic list and each topic) in a given language.

pub mod calendar;
pub mod content;
pub mod deadline;
pub mod decide;
pub mod l10n;
pub mod pack;
pub mod search;
#[cfg(feature = "speech")]
pub mod speech;

use std::sync::{Mutex, OnceLock};

use crate::guide::search::{SearchDoc, SearchIndex};

use crate::base::text::{Localized, Msg};
use crate::guide::content::{Content, ContentError, DeadlineDef, Rule};
use crate::guide::deadline::Extra;
use crate::guide::l10n::{Catalog, Isolation, L10nError, Localizer};
use crate::guide::pack::PackFiles;

#[derive(Debug, thiserror::Error)]
pub enum GuideError {
    #[error("no topic {topic:?}")]
    TopicNotFound { topic: String },
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    L10n(#[from] L10nError),
}

pub type Result<T> = std::result::Result<T, GuideError>;

impl Localized for GuideError {
    fn msg(&self) -> Msg {
        match self {
            GuideError::TopicNotFound { topic } => Msg::new("error-topic-not-found").user("topic", topic.as_str()),
            GuideError::Content(e) => e.msg(),
            GuideError::L10n(e) => e.msg(),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            GuideError::TopicNotFound { .. } => None,
            GuideError::Content(e) => e.detail(),
            GuideError::L10n(e) => e.detail(),
        }
    }
}

/// The topic that says what the guide is and is not (not legal advice, where to find free
/// legal help). The interface links to it from every screen.
pub(crate) const NOTICE_TOPIC: &str = "notice";

/// A loaded, validated guide.
#[derive(Debug)]
pub struct Guide {
    content: Content,
    catalog: Catalog,
    /// The full-text index, built on the first search.
    search: OnceLock<Mutex<SearchIndex>>,
}

impl Guide {
    /// Loads a pack's structure and locales and checks that every message the structure names
    /// exists in the reference locale. Gaps in other locales fall back, and `senda l10n check`
    /// reports them.
    pub fn load(files: &PackFiles, isolation: Isolation) -> Result<Guide> {
        let content = Content::load(files)?;
        let catalog = Catalog::load(files, &content.languages, &content.reference_lang, &content.fallback_lang, isolation)?;
        content.check_messages(|id| catalog.reference_has(id))?;
        if content.topic(NOTICE_TOPIC).is_none() {
            return Err(ContentError::Invalid {
                file: crate::guide::content::GUIDE_FILE.to_string(),
                detail: format!("the guide needs the topic {NOTICE_TOPIC:?}, which every screen links to"),
            }
            .into());
        }
        Ok(Guide { content, catalog, search: OnceLock::new() })
    }

    /// The guide compiled into this binary.
    pub fn builtin(isolation: Isolation) -> Result<Guide> {
        Guide::load(&PackFiles::builtin(), isolation)
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// A deadline that is counted from a date (every kind but the given next signing).
    pub fn counted_deadline(&self, kind: &str) -> Option<&DeadlineDef> {
        self.content.deadline(kind).filter(|d| d.rule != Rule::Given)
    }

    /// The words a deadline's view takes from the rest of the guide.
    pub(crate) fn deadline_extra(&self, def: &DeadlineDef, l: &Localizer<'_>, statutory_only: bool, notes: Vec<String>) -> Extra {
        let topic_title = self.content.topic(&def.topic).map(|t| l.text(&t.title)).unwrap_or_default();
        Extra { topic_title, notes, statutory_only }
    }

    /// Every topic in every shipped language, as documents for the search index. A topic is
    /// also found by the names and citations of its sources, so a law or an order's number
    /// finds the topics that rest on it although the text itself leaves numbers out.
    fn search_docs(&self) -> Vec<SearchDoc> {
        let mut docs = Vec::new();
        for lang in &self.content.languages {
            for topic in &self.content.topics {
                let Ok(view) = self.topic(&topic.id, lang) else { continue };
                let mut body: Vec<&str> = vec![view.summary.as_str()];
                for block in &view.blocks {
                    body.extend(block.texts());
                }
                for source in &view.sources {
                    body.push(&source.name);
                    body.push(&source.cite);
                }
                docs.push(SearchDoc { topic: topic.id.clone(), lang: lang.clone(), title: view.title.clone(), body: body.join("\n") });
            }
        }
        docs
    }

    /// The full-text index, built on the first search.
    pub(crate) fn search_index(&self) -> crate::guide::search::Result<&Mutex<SearchIndex>> {
        if let Some(index) = self.search.get() {
            return Ok(index);
        }
        let index = SearchIndex::build(&self.search_docs())?;
        Ok(self.search.get_or_init(|| Mutex::new(index)))
    }
}

/// What is known about the guide compiled into this binary: version 0, and the date of its
/// oldest page's facts.
pub fn builtin_info(guide: &Guide, fell_back: bool) -> crate::guide::pack::PackInfo {
    let content = guide.content();
    // The oldest topic's date: a warning about old facts must not be hidden by one new page.
    let checked = content.topics.iter().map(|t| t.checked).min().unwrap_or(content.policy_date);
    crate::guide::pack::PackInfo {
        version: crate::guide::pack::BUILTIN_VERSION,
        built: None,
        checked: crate::base::dates::iso_date(checked),
        policy_date: crate::base::dates::iso_date(content.policy_date),
        signer: None,
        origin: crate::guide::pack::Origin::Builtin,
        fell_back,
    }
}
