//! View models: what the shells show, already in the reader's language. They cross the IPC
//! boundary as JSON; `ui/src/bindings.ts` is generated from these types (see the `bindings`
//! test), so the interface never declares them a second time.

use serde::Serialize;
use ts_rs::TS;

use crate::content::Tone;
use crate::l10n::Direction;

/// One language on the picker, named in that language, with the picker's question in it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LanguageOption {
    pub code: String,
    pub name: String,
    pub dir: Direction,
    /// "Choose your language", in this language.
    pub prompt: String,
}

/// What the app needs to decide its first screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StartView {
    /// The language the person chose before, if any; `None` means first launch.
    pub chosen: Option<String>,
    /// The language suggested from the system's preferences.
    pub suggested: String,
    pub languages: Vec<LanguageOption>,
}

/// Words of the interface's frame (header, navigation), in the interface language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct UiText {
    pub lang: String,
    pub dir: Direction,
    pub app_name: String,
    pub tagline: String,
    pub change_language: String,
    pub back: String,
    pub home: String,
    pub picker_title: String,
    pub picker_hint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TopicSummary {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HomeView {
    pub lang: String,
    pub dir: Direction,
    pub title: String,
    pub intro: String,
    pub topics: Vec<TopicSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BlockView {
    Heading { text: String },
    Paragraph { text: String },
    List { items: Vec<String> },
    Note { tone: Tone, text: String },
    Table { caption: String, columns: Vec<String>, rows: Vec<RowView> },
    Term { id: String, term: String, text: String },
}

impl BlockView {
    /// Every text of the block, in reading order.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            BlockView::Heading { text } | BlockView::Paragraph { text } | BlockView::Note { text, .. } => vec![text],
            BlockView::List { items } => items.iter().map(String::as_str).collect(),
            BlockView::Table { caption, columns, rows } => {
                let mut out: Vec<&str> = vec![caption];
                out.extend(columns.iter().map(String::as_str));
                for row in rows {
                    out.push(&row.label);
                    out.extend(row.cells.iter().map(String::as_str));
                }
                out
            }
            BlockView::Term { term, text, .. } => vec![term, text],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RowView {
    pub label: String,
    pub cells: Vec<String>,
}

/// A link from a topic to a glossary entry.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TermLink {
    /// The term's id: the anchor of its entry on the glossary topic.
    pub id: String,
    pub term: String,
    /// The topic that holds the entry.
    pub topic: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SourceView {
    pub id: String,
    pub name: String,
    /// The citation as printed; plain text, never a link.
    pub cite: String,
}

/// A guide topic in one language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TopicView {
    pub id: String,
    /// The language the topic's words are in (the page's `lang` attribute).
    pub lang: String,
    pub dir: Direction,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub blocks: Vec<BlockView>,
    /// "Words to know" and the glossary terms this topic uses.
    pub terms_heading: String,
    pub terms: Vec<TermLink>,
    pub sources_heading: String,
    pub sources: Vec<SourceView>,
    /// ISO date (YYYY-MM-DD) the topic's facts were last checked.
    pub checked: String,
    /// "Last checked: …", written out in the topic's language.
    pub checked_label: String,
}

/// An error as a person sees it: the message in their language, and for staff an optional
/// technical detail.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ErrorView {
    /// The Fluent message id, stable for tests and scripts.
    pub id: String,
    pub message: String,
    pub detail: Option<String>,
}

/// Every type that crosses the IPC boundary, as TypeScript declarations in dependency order.
pub fn typescript_bindings() -> String {
    let decls = [
        Direction::decl(),
        Tone::decl(),
        LanguageOption::decl(),
        StartView::decl(),
        UiText::decl(),
        TopicSummary::decl(),
        HomeView::decl(),
        RowView::decl(),
        BlockView::decl(),
        TermLink::decl(),
        SourceView::decl(),
        TopicView::decl(),
        ErrorView::decl(),
    ];
    let mut out = String::from(
        "// Generated from the Rust view models in src/views.rs by the `bindings` test. Do not edit:\n\
         // run `UPDATE_BINDINGS=1 cargo test --test it bindings` after changing a view model.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}
