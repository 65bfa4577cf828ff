//! The guide: a pack's structure and words put together, and the view models of its screens
//! (the topic list and each topic) in a given language.

use crate::content::{iso_date, Block, Content, ContentError};
use crate::l10n::{Catalog, Isolation, L10nError, Localized, Localizer, Msg};
use crate::pack::PackFiles;
use crate::views::{BlockView, HomeView, LanguageOption, RowView, SourceView, TermLink, TopicSummary, TopicView, UiText};

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
            GuideError::TopicNotFound { topic } => Msg::new("error-topic-not-found").arg("topic", topic.as_str()),
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

/// A loaded, validated guide.
#[derive(Debug)]
pub struct Guide {
    content: Content,
    catalog: Catalog,
}

impl Guide {
    /// Loads a pack's structure and locales and checks that every message the structure names
    /// exists in the reference locale. Gaps in other locales fall back, and `senda l10n check`
    /// reports them.
    pub fn load(files: &PackFiles, isolation: Isolation) -> Result<Guide> {
        let content = Content::load(files)?;
        let catalog = Catalog::load(
            files,
            &content.languages,
            &content.reference_lang,
            &content.fallback_lang,
            isolation,
        )?;
        content.check_messages(|id| catalog.reference_has(id))?;
        Ok(Guide { content, catalog })
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

    /// The languages on the picker, each named in itself, in the guide's order.
    pub fn languages(&self) -> Vec<LanguageOption> {
        self.content
            .languages
            .iter()
            .filter_map(|code| {
                let meta = self.catalog.meta(code)?;
                Some(LanguageOption {
                    code: code.clone(),
                    name: meta.name.clone(),
                    dir: meta.direction,
                    prompt: self.catalog.localizer(code).text("language-picker-title"),
                })
            })
            .collect()
    }

    pub fn ui_text(&self, lang: &str) -> UiText {
        let l = self.catalog.localizer(lang);
        UiText {
            lang: l.lang().to_string(),
            dir: l.direction(),
            app_name: l.text("app-name"),
            tagline: l.text("app-tagline"),
            change_language: l.text("nav-change-language"),
            back: l.text("nav-back"),
            home: l.text("nav-home"),
            picker_title: l.text("language-picker-title"),
            picker_hint: l.text("language-picker-hint"),
        }
    }

    pub fn home(&self, lang: &str) -> HomeView {
        let l = self.catalog.localizer(lang);
        HomeView {
            lang: l.lang().to_string(),
            dir: l.direction(),
            title: l.text("home-title"),
            intro: l.text("home-intro"),
            topics: self.topics_in(&l),
        }
    }

    pub fn topics(&self, lang: &str) -> Vec<TopicSummary> {
        self.topics_in(&self.catalog.localizer(lang))
    }

    fn topics_in(&self, l: &Localizer<'_>) -> Vec<TopicSummary> {
        self.content
            .topics
            .iter()
            .map(|t| TopicSummary { id: t.id.clone(), icon: t.icon.clone(), title: l.text(&t.title), summary: l.text(&t.summary) })
            .collect()
    }

    pub fn topic(&self, id: &str, lang: &str) -> Result<TopicView> {
        let topic = self.content.topic(id).ok_or_else(|| GuideError::TopicNotFound { topic: id.to_string() })?;
        let l = self.catalog.localizer(lang);
        let blocks = topic
            .blocks
            .iter()
            .map(|block| match block {
                Block::Heading { text } => BlockView::Heading { text: l.text(text) },
                Block::Paragraph { text } => BlockView::Paragraph { text: l.text(text) },
                Block::List { items } => BlockView::List { items: items.iter().map(|i| l.text(i)).collect() },
                Block::Note { tone, text } => BlockView::Note { tone: *tone, text: l.text(text) },
                Block::Table { caption, columns, rows } => BlockView::Table {
                    caption: l.text(caption),
                    columns: columns.iter().map(|c| l.text(c)).collect(),
                    rows: rows
                        .iter()
                        .map(|r| RowView { label: l.text(&r.label), cells: r.cells.iter().map(|c| l.text(c)).collect() })
                        .collect(),
                },
                Block::Term { id, term, text } => BlockView::Term { id: id.clone(), term: l.text(term), text: l.text(text) },
            })
            .collect();
        let terms = topic
            .terms
            .iter()
            .filter_map(|id| self.content.term(id))
            .zip(&topic.terms)
            .map(|((holder, term), id)| TermLink { id: id.clone(), term: l.text(term), topic: holder.id.clone() })
            .collect();
        let sources = topic
            .sources
            .iter()
            .filter_map(|sid| self.content.sources.get(sid))
            .map(|s| SourceView { id: s.id.clone(), name: l.text(&s.name), cite: s.cite.clone() })
            .collect();
        let checked_label = l.msg(&Msg::new("topic-checked").arg("date", l.date_short(topic.checked)));
        Ok(TopicView {
            id: topic.id.clone(),
            lang: l.lang().to_string(),
            dir: l.direction(),
            icon: topic.icon.clone(),
            title: l.text(&topic.title),
            summary: l.text(&topic.summary),
            blocks,
            terms_heading: l.text("topic-terms-heading"),
            terms,
            sources_heading: l.text("topic-sources-heading"),
            sources,
            checked: iso_date(topic.checked),
            checked_label,
        })
    }

    /// An error in the reader's language.
    pub fn error_view(&self, lang: &str, error: &dyn Localized) -> crate::views::ErrorView {
        let msg = error.msg();
        crate::views::ErrorView {
            id: msg.id.to_string(),
            message: self.catalog.localizer(lang).msg(&msg),
            detail: error.detail(),
        }
    }
}
