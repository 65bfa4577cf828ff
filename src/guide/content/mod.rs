//! The guide's language-neutral structure, read from `content/`: which topics exist, their
//! blocks, icons, sources and "last checked" dates. Words are only named here, by message id.

mod load;

use std::collections::BTreeMap;

use chrono::NaiveDate as Date;
use serde::Deserialize;

use crate::base::text::{Localized, Msg};
use crate::guide::calendar::Closure;

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

/// Ids of a person's own checklist items start with this; template ids may not.
pub const OWN_ITEM_PREFIX: &str = "own-";

pub(crate) const GUIDE_FILE: &str = "content/guide.toml";
/// Sources are defined in any number of files in this folder; ids are unique across them.
pub(crate) const SOURCES_DIR: &str = "content/sources/";

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
    /// Days closed by an official notice, beyond the laws' rest days.
    pub closures: Vec<Closure>,
    /// The dates a profile can record, in the order they are asked for.
    pub date_keys: Vec<DateKey>,
    pub deadlines: Vec<DeadlineDef>,
    /// Document checklists in display order.
    pub checklists: Vec<ChecklistTemplate>,
    /// The decision helper's questions, in the order they are asked.
    pub questions: Vec<Question>,
    /// The decision helper's advice, by id.
    pub advice: Vec<AdviceDef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub options: Vec<QuestionOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionOption {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceDef {
    pub id: String,
    pub title: String,
    pub text: String,
    pub reasons: Vec<String>,
    /// Guide topics the advice links to.
    pub topics: Vec<String>,
}

pub(crate) const DECIDE_FILE: &str = "content/decide.toml";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateKey {
    pub key: String,
    pub label: String,
    /// A plain explanation shown with the field, when the label alone is not enough.
    pub hint: Option<String>,
}

/// How a deadline is counted from its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// The Nth Mexican business day after the date: a safe last day and a latest possible one.
    BusinessDays(u32),
    /// One year after the date, shown `early_by_days` earlier.
    OneYear { early_by_days: u32 },
    /// The recorded date itself, as an office gave it (the next signing): nothing is computed.
    Given,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineDef {
    pub kind: String,
    /// The date key it counts from.
    pub from: String,
    /// A date key that, once recorded, replaces `from`: the count then starts on that day
    /// itself (the day filing became possible, LRPCAP art. 18), with `starts_on_label`.
    pub starts_on: Option<(String, String)>,
    /// A date key that must be recorded for the deadline to apply.
    pub requires: Option<String>,
    pub rule: Rule,
    pub remind_days_before: Option<u32>,
    pub title: String,
    pub advice: String,
    pub passed: String,
    /// Business-day deadlines: what to do once the safe last day has passed but the latest
    /// possible one has not (`$latest`, the latest day written out).
    pub safe_passed: Option<String>,
    /// Business-day deadlines: the sentence that gives the latest possible last day (`$date`).
    pub latest: Option<String>,
    /// Further sentences shown with the deadline, in order.
    pub notes: Vec<String>,
    /// Whether the closures listed in `content/calendar.toml` (COMAR's) move its latest day.
    pub closures: bool,
    /// Fixed rest days of the deadline's own calendar, (month, day): union reading only.
    pub own_rest_days: Vec<(u32, u32)>,
    pub topic: String,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    /// The office asks for it.
    Needed,
    /// It strengthens the case or saves trouble, but is not required.
    Helpful,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItemDef {
    pub id: String,
    pub text: String,
    pub why: String,
    pub need: Need,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistTemplate {
    pub id: String,
    pub title: String,
    pub source: String,
    pub items: Vec<ChecklistItemDef>,
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
    Heading {
        text: String,
    },
    Paragraph {
        text: String,
    },
    List {
        items: Vec<String>,
    },
    Note {
        tone: Tone,
        text: String,
    },
    /// A comparison table: a header per column, and rows that each have a label and one cell
    /// per column.
    Table {
        caption: String,
        columns: Vec<String>,
        rows: Vec<Row>,
    },
    /// A glossary entry. Its `id` is what topics name in their `terms` list.
    Term {
        id: String,
        term: String,
        text: String,
    },
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

pub(crate) const CALENDAR_FILE: &str = "content/calendar.toml";
pub(crate) const DEADLINES_FILE: &str = "content/deadlines.toml";

pub(crate) fn checklist_file(id: &str) -> String {
    format!("content/checklists/{id}.toml")
}

/// Icons the interface knows how to draw. A topic naming another icon is refused, so that a
/// pack cannot ask the interface for something it does not have.
pub(crate) const ICONS: &[&str] = &["steps", "map", "compare", "family", "shield", "us", "scale", "help", "book", "info"];

impl Content {
    pub fn deadline(&self, kind: &str) -> Option<&DeadlineDef> {
        self.deadlines.iter().find(|d| d.kind == kind)
    }

    /// The checklist item with this id, and its template.
    pub(crate) fn checklist_item(&self, id: &str) -> Option<(&ChecklistTemplate, &ChecklistItemDef)> {
        self.checklists.iter().find_map(|t| t.items.iter().find(|i| i.id == id).map(|i| (t, i)))
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
    pub(crate) fn message_ids(&self) -> Vec<(String, &str)> {
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
                    Block::Heading { text } | Block::Paragraph { text } | Block::Note { text, .. } => out.push((file.clone(), text)),
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

    /// Every message id the structure names outside topics and sources.
    fn other_message_ids(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = Vec::new();
        for key in &self.date_keys {
            out.push((DEADLINES_FILE.to_string(), &key.label));
            out.extend(key.hint.iter().map(|h| (DEADLINES_FILE.to_string(), h.as_str())));
        }
        for d in &self.deadlines {
            for id in [&d.title, &d.advice, &d.passed] {
                out.push((DEADLINES_FILE.to_string(), id));
            }
            let optional = [&d.safe_passed, &d.latest].into_iter().flatten();
            let more = optional.chain(&d.notes).chain(d.starts_on.iter().map(|(_, label)| label));
            out.extend(more.map(|id| (DEADLINES_FILE.to_string(), id.as_str())));
        }
        for q in &self.questions {
            out.push((DECIDE_FILE.to_string(), &q.text));
            out.extend(q.options.iter().map(|o| (DECIDE_FILE.to_string(), o.label.as_str())));
        }
        for a in &self.advice {
            out.push((DECIDE_FILE.to_string(), &a.title));
            out.push((DECIDE_FILE.to_string(), &a.text));
            out.extend(a.reasons.iter().map(|r| (DECIDE_FILE.to_string(), r.as_str())));
        }
        for t in &self.checklists {
            let file = checklist_file(&t.id);
            out.push((file.clone(), &t.title));
            for item in &t.items {
                out.push((file.clone(), &item.text));
                out.push((file.clone(), &item.why));
            }
        }
        out
    }

    /// Fails on the first message id that `has_message` does not know.
    pub(crate) fn check_messages(&self, has_message: impl Fn(&str) -> bool) -> Result<()> {
        let mut ids = self.message_ids();
        ids.extend(self.other_message_ids());
        match ids.into_iter().find(|(_, id)| !has_message(id)) {
            Some((file, id)) => Err(ContentError::MissingText { file, id: id.to_string() }),
            None => Ok(()),
        }
    }
}

pub(crate) fn topic_file(id: &str) -> String {
    format!("content/topics/{id}.toml")
}
