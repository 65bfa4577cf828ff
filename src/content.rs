//! The guide's language-neutral structure, read from `content/`: which topics exist, their
//! blocks, icons, sources and "last checked" dates. Words are only named here, by message id.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use time::macros::format_description;
use time::Date;

use crate::l10n::{Localized, Msg};
use crate::pack::PackFiles;

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("content file {file} is missing or not UTF-8")]
    Unreadable { file: String },
    #[error("content file {file} is not valid: {detail}")]
    Invalid { file: String, detail: String },
    #[error("content file {file} names message {id:?}, which the reference locale lacks")]
    MissingText { file: String, id: String },
}

pub type Result<T> = std::result::Result<T, ContentError>;

impl Localized for ContentError {
    fn msg(&self) -> Msg {
        match self {
            ContentError::Unreadable { file } => Msg::new("error-content-unreadable").arg("file", file.as_str()),
            ContentError::Invalid { file, .. } => Msg::new("error-content-invalid").arg("file", file.as_str()),
            ContentError::MissingText { file, id } => {
                Msg::new("error-content-missing-text").arg("file", file.as_str()).arg("id", id.as_str())
            }
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            ContentError::Invalid { detail, .. } => Some(detail.clone()),
            _ => None,
        }
    }
}

pub const GUIDE_FILE: &str = "content/guide.toml";
/// Sources are defined in any number of files in this folder; ids are unique across them.
pub const SOURCES_DIR: &str = "content/sources/";

/// The whole structure of a guide pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub reference_lang: String,
    pub fallback_lang: String,
    pub languages: Vec<String>,
    /// The date the rules in the guide were checked as a whole ("policy as of").
    pub policy_date: Date,
    /// Topics in display order.
    pub topics: Vec<Topic>,
    pub sources: BTreeMap<String, Source>,
    /// The file that defines each source, for error messages.
    source_files: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub checked: Date,
    pub sources: Vec<String>,
    /// Glossary terms this topic uses, by term id.
    pub terms: Vec<String>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    Heading { text: String },
    Paragraph { text: String },
    List { items: Vec<String> },
    Note { tone: Tone, text: String },
    /// A comparison table: a header per column, and rows that each have a label and one cell
    /// per column.
    Table { caption: String, columns: Vec<String>, rows: Vec<Row> },
    /// A glossary entry. Its `id` is what topics name in their `terms` list.
    Term { id: String, term: String, text: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    Info,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Message id of the source's name.
    pub name: String,
    /// The citation as printed: an address or a law's article. Shown as text, never opened.
    pub cite: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFile {
    reference_lang: String,
    fallback_lang: String,
    languages: Vec<String>,
    policy_date: String,
    topics: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicFile {
    id: String,
    icon: String,
    title: String,
    summary: String,
    checked: String,
    sources: Vec<String>,
    #[serde(default)]
    terms: Vec<String>,
    blocks: Vec<Block>,
}

/// Icons the interface knows how to draw. A topic naming another icon is refused, so that a
/// pack cannot ask the interface for something it does not have.
pub const ICONS: &[&str] = &["steps", "map", "compare", "family", "shield", "us", "scale", "help", "book", "info"];

impl Content {
    /// Reads and validates `content/` from a pack: every file parses, every topic listed
    /// exists exactly once, every source named is defined, every date is a real date.
    pub fn load(files: &PackFiles) -> Result<Content> {
        let guide: GuideFile = parse(files, GUIDE_FILE)?;
        let invalid = |file: &str, detail: String| ContentError::Invalid { file: file.to_string(), detail };
        if guide.languages.is_empty() || !guide.languages.contains(&guide.reference_lang) {
            return Err(invalid(GUIDE_FILE, "languages must include reference_lang".into()));
        }
        if unique(&guide.languages).is_err() {
            return Err(invalid(GUIDE_FILE, "languages repeat".into()));
        }
        if let Err(id) = unique(&guide.topics) {
            return Err(invalid(GUIDE_FILE, format!("topic {id:?} is listed twice")));
        }
        let policy_date = parse_date(&guide.policy_date).map_err(|d| invalid(GUIDE_FILE, d))?;

        let mut sources = BTreeMap::new();
        let mut source_files = BTreeMap::new();
        let paths: Vec<&str> = files.under(SOURCES_DIR).map(|(path, _)| path).filter(|p| p.ends_with(".toml")).collect();
        for path in paths {
            let sources_file: SourcesFile = parse(files, path)?;
            for source in sources_file.source {
                if sources.insert(source.id.clone(), source.clone()).is_some() {
                    return Err(invalid(path, format!("source {:?} is defined twice", source.id)));
                }
                source_files.insert(source.id.clone(), path.to_string());
            }
        }

        let mut topics = Vec::new();
        for id in &guide.topics {
            let file = topic_file(id);
            let raw: TopicFile = parse(files, &file)?;
            if raw.id != *id {
                return Err(invalid(&file, format!("id {:?} does not match the file name", raw.id)));
            }
            if !ICONS.contains(&raw.icon.as_str()) {
                return Err(invalid(&file, format!("unknown icon {:?}", raw.icon)));
            }
            if raw.sources.is_empty() {
                return Err(invalid(&file, "a topic must name at least one source".into()));
            }
            if let Some(unknown) = raw.sources.iter().find(|s| !sources.contains_key(*s)) {
                return Err(invalid(&file, format!("unknown source {unknown:?}")));
            }
            for block in &raw.blocks {
                match block {
                    Block::List { items } if items.is_empty() => {
                        return Err(invalid(&file, "a list has no items".into()));
                    }
                    Block::Table { columns, rows, .. } => {
                        if columns.is_empty() || rows.is_empty() {
                            return Err(invalid(&file, "a table needs columns and rows".into()));
                        }
                        if let Some(row) = rows.iter().find(|r| r.cells.len() != columns.len()) {
                            return Err(invalid(&file, format!("row {:?} has {} cells for {} columns", row.label, row.cells.len(), columns.len())));
                        }
                    }
                    _ => {}
                }
            }
            let checked = parse_date(&raw.checked).map_err(|d| invalid(&file, d))?;
            topics.push(Topic {
                id: raw.id,
                icon: raw.icon,
                title: raw.title,
                summary: raw.summary,
                checked,
                sources: raw.sources,
                terms: raw.terms,
                blocks: raw.blocks,
            });
        }

        // Every term a topic names must be defined once, in some topic's glossary blocks.
        let mut defined = BTreeMap::new();
        for topic in &topics {
            for block in &topic.blocks {
                if let Block::Term { id, .. } = block {
                    if defined.insert(id.clone(), topic.id.clone()).is_some() {
                        return Err(invalid(&topic_file(&topic.id), format!("term {id:?} is defined twice")));
                    }
                }
            }
        }
        for topic in &topics {
            if let Some(unknown) = topic.terms.iter().find(|t| !defined.contains_key(*t)) {
                return Err(invalid(&topic_file(&topic.id), format!("unknown term {unknown:?}")));
            }
        }

        Ok(Content {
            reference_lang: guide.reference_lang,
            fallback_lang: guide.fallback_lang,
            languages: guide.languages,
            policy_date,
            topics,
            sources,
            source_files,
        })
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The glossary entry with this term id, and the topic that holds it.
    pub fn term(&self, id: &str) -> Option<(&Topic, &str)> {
        self.topics.iter().find_map(|topic| {
            topic.blocks.iter().find_map(|block| match block {
                Block::Term { id: term_id, term, .. } if term_id == id => Some((topic, term.as_str())),
                _ => None,
            })
        })
    }

    /// Every message id the structure names, with the file that names it.
    pub fn message_ids(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = Vec::new();
        for source in self.sources.values() {
            out.push((self.source_files[&source.id].clone(), &source.name));
        }
        for topic in &self.topics {
            let file = topic_file(&topic.id);
            out.push((file.clone(), &topic.title));
            out.push((file.clone(), &topic.summary));
            for block in &topic.blocks {
                match block {
                    Block::Heading { text } | Block::Paragraph { text } | Block::Note { text, .. } => {
                        out.push((file.clone(), text))
                    }
                    Block::List { items } => out.extend(items.iter().map(|i| (file.clone(), i.as_str()))),
                    Block::Table { caption, columns, rows } => {
                        out.push((file.clone(), caption));
                        out.extend(columns.iter().map(|c| (file.clone(), c.as_str())));
                        for row in rows {
                            out.push((file.clone(), &row.label));
                            out.extend(row.cells.iter().map(|c| (file.clone(), c.as_str())));
                        }
                    }
                    Block::Term { term, text, .. } => {
                        out.push((file.clone(), term));
                        out.push((file.clone(), text));
                    }
                }
            }
        }
        out
    }

    /// Fails on the first message id that `has_message` does not know.
    pub fn check_messages(&self, has_message: impl Fn(&str) -> bool) -> Result<()> {
        match self.message_ids().into_iter().find(|(_, id)| !has_message(id)) {
            Some((file, id)) => Err(ContentError::MissingText { file, id: id.to_string() }),
            None => Ok(()),
        }
    }
}

pub fn topic_file(id: &str) -> String {
    format!("content/topics/{id}.toml")
}

fn parse<T: serde::de::DeserializeOwned>(files: &PackFiles, file: &str) -> Result<T> {
    let bytes = files.get(file).ok_or_else(|| ContentError::Unreadable { file: file.to_string() })?;
    let text = std::str::from_utf8(bytes).map_err(|_| ContentError::Unreadable { file: file.to_string() })?;
    toml::from_str(text).map_err(|e| ContentError::Invalid { file: file.to_string(), detail: e.message().to_string() })
}

/// Parses an ISO date (`2026-03-11`).
pub fn parse_date(text: &str) -> std::result::Result<Date, String> {
    Date::parse(text, format_description!("[year]-[month]-[day]")).map_err(|_| format!("{text:?} is not a date (YYYY-MM-DD)"))
}

/// Writes a date as ISO (`2026-03-11`).
pub fn iso_date(date: Date) -> String {
    date.format(format_description!("[year]-[month]-[day]")).expect("a Date always formats")
}

fn unique(items: &[String]) -> std::result::Result<(), &String> {
    let mut seen = BTreeSet::new();
    match items.iter().find(|item| !seen.insert(*item)) {
        Some(repeated) => Err(repeated),
        None => Ok(()),
    }
}
