//! The guide's language-neutral structure, read from `content/`: which topics exist, their
//! blocks, icons, sources and "last checked" dates. Words are only named here, by message id.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate as Date;
use serde::Deserialize;

use crate::base::text::{Localized, Msg};
use crate::guide::calendar::Closure;
use crate::guide::pack::PackFiles;

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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecideFile {
    question: Vec<Question>,
    advice: Vec<AdviceDef>,
}

pub const DECIDE_FILE: &str = "content/decide.toml";

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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFile {
    reference_lang: String,
    fallback_lang: String,
    languages: Vec<String>,
    policy_date: String,
    topics: Vec<String>,
    checklists: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    #[serde(default)]
    closure: Vec<ClosureRange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClosureRange {
    from: String,
    to: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlinesFile {
    date: Vec<DateKeyFile>,
    deadline: Vec<DeadlineFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DateKeyFile {
    key: String,
    label: String,
    hint: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineFile {
    kind: String,
    from: String,
    starts_on: Option<String>,
    starts_on_label: Option<String>,
    requires: Option<String>,
    business_days: Option<u32>,
    years: Option<u32>,
    early_by_days: Option<u32>,
    #[serde(default)]
    given: bool,
    remind_days_before: Option<u32>,
    title: String,
    advice: String,
    passed: String,
    safe_passed: Option<String>,
    latest: Option<String>,
    #[serde(default)]
    notes: Vec<String>,
    closures: Option<bool>,
    #[serde(default)]
    own_rest_days: Vec<String>,
    topic: String,
    source: String,
}

pub const CALENDAR_FILE: &str = "content/calendar.toml";
pub const DEADLINES_FILE: &str = "content/deadlines.toml";

pub fn checklist_file(id: &str) -> String {
    format!("content/checklists/{id}.toml")
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
                            return Err(invalid(
                                &file,
                                format!("row {:?} has {} cells for {} columns", row.label, row.cells.len(), columns.len()),
                            ));
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

        let closures = load_closures(files, &sources)?;
        let (date_keys, deadlines) = load_deadlines(files, &sources, &topics)?;
        let checklists = load_checklists(files, &guide.checklists, &sources)?;
        let decide: DecideFile = parse(files, DECIDE_FILE)?;
        for advice in &decide.advice {
            if let Some(topic) = advice.topics.iter().find(|t| !topics.iter().any(|x| &x.id == *t)) {
                return Err(ContentError::Invalid {
                    file: DECIDE_FILE.to_string(),
                    detail: format!("advice {:?} links to unknown topic {topic:?}", advice.id),
                });
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
            closures,
            date_keys,
            deadlines,
            checklists,
            questions: decide.question,
            advice: decide.advice,
        })
        .and_then(|content: Content| {
            let questions: Vec<(&str, Vec<&str>)> =
                content.questions.iter().map(|q| (q.id.as_str(), q.options.iter().map(|o| o.value.as_str()).collect())).collect();
            let advice: Vec<&str> = content.advice.iter().map(|a| a.id.as_str()).collect();
            crate::guide::decide::check_content(&questions, &advice)
                .map_err(|detail| ContentError::Invalid { file: DECIDE_FILE.to_string(), detail })?;
            Ok(content)
        })
    }

    pub fn deadline(&self, kind: &str) -> Option<&DeadlineDef> {
        self.deadlines.iter().find(|d| d.kind == kind)
    }

    /// The checklist item with this id, and its template.
    pub fn checklist_item(&self, id: &str) -> Option<(&ChecklistTemplate, &ChecklistItemDef)> {
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
    pub fn check_messages(&self, has_message: impl Fn(&str) -> bool) -> Result<()> {
        let mut ids = self.message_ids();
        ids.extend(self.other_message_ids());
        match ids.into_iter().find(|(_, id)| !has_message(id)) {
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

use crate::base::dates::parse_date;

/// A day of the year written `MM-DD` (`09-14`), as (month, day); 29 February is allowed.
fn month_day(text: &str) -> Option<(u32, u32)> {
    let (month, day) = text.split_once('-')?;
    let (month, day) = (month.parse().ok()?, day.parse().ok()?);
    let well_formed = text.len() == 5 && Date::from_ymd_opt(2024, month, day).is_some();
    well_formed.then_some((month, day))
}

fn unique(items: &[String]) -> std::result::Result<(), &String> {
    let mut seen = BTreeSet::new();
    match items.iter().find(|item| !seen.insert(*item)) {
        Some(repeated) => Err(repeated),
        None => Ok(()),
    }
}

fn load_closures(files: &PackFiles, sources: &BTreeMap<String, Source>) -> Result<Vec<Closure>> {
    let file: CalendarFile = parse(files, CALENDAR_FILE)?;
    let invalid = |detail: String| ContentError::Invalid { file: CALENDAR_FILE.to_string(), detail };
    let mut closures = Vec::new();
    for range in file.closure {
        let from = parse_date(&range.from).map_err(invalid)?;
        let to = parse_date(&range.to).map_err(invalid)?;
        if to < from || to.signed_duration_since(from).num_days() > 366 {
            return Err(invalid(format!("closure {} to {} is not a range of at most a year", range.from, range.to)));
        }
        if !sources.contains_key(&range.source) {
            return Err(invalid(format!("unknown source {:?}", range.source)));
        }
        closures.extend(from.iter_days().take_while(|day| *day <= to).map(|date| Closure { date, source: range.source.clone() }));
    }
    Ok(closures)
}

fn load_deadlines(files: &PackFiles, sources: &BTreeMap<String, Source>, topics: &[Topic]) -> Result<(Vec<DateKey>, Vec<DeadlineDef>)> {
    let file: DeadlinesFile = parse(files, DEADLINES_FILE)?;
    let invalid = |detail: String| ContentError::Invalid { file: DEADLINES_FILE.to_string(), detail };
    let keys: Vec<String> = file.date.iter().map(|d| d.key.clone()).collect();
    if let Err(key) = unique(&keys) {
        return Err(invalid(format!("date {key:?} is listed twice")));
    }
    let kinds: Vec<String> = file.deadline.iter().map(|d| d.kind.clone()).collect();
    if let Err(kind) = unique(&kinds) {
        return Err(invalid(format!("deadline {kind:?} is listed twice")));
    }
    let mut deadlines = Vec::new();
    for d in file.deadline {
        let rule = match (d.business_days, d.years, d.given) {
            (Some(n), None, false) if (1..=1000).contains(&n) => Rule::BusinessDays(n),
            (None, Some(1), false) => Rule::OneYear { early_by_days: d.early_by_days.unwrap_or(0) },
            (None, None, true) => Rule::Given,
            _ => return Err(invalid(format!("deadline {:?} needs exactly one rule", d.kind))),
        };
        let business = matches!(rule, Rule::BusinessDays(_));
        if business != (d.safe_passed.is_some() && d.latest.is_some()) {
            return Err(invalid(format!(
                "deadline {:?}: `safe_passed` and `latest` go with business days, and business days need both",
                d.kind
            )));
        }
        if !business && (d.closures.is_some() || !d.own_rest_days.is_empty() || d.starts_on.is_some()) {
            return Err(invalid(format!("deadline {:?}: calendars and `starts_on` go with business days", d.kind)));
        }
        let starts_on = match (d.starts_on, d.starts_on_label) {
            (Some(key), Some(label)) => Some((key, label)),
            (None, None) => None,
            _ => return Err(invalid(format!("deadline {:?}: `starts_on` goes with `starts_on_label`", d.kind))),
        };
        for key in std::iter::once(&d.from).chain(&d.requires).chain(starts_on.iter().map(|(k, _)| k)) {
            if !keys.contains(key) {
                return Err(invalid(format!("deadline {:?} names unknown date {key:?}", d.kind)));
            }
        }
        let own_rest_days = d
            .own_rest_days
            .iter()
            .map(|md| month_day(md).ok_or_else(|| invalid(format!("deadline {:?}: {md:?} is not a day of the year (MM-DD)", d.kind))))
            .collect::<Result<Vec<_>>>()?;
        if !topics.iter().any(|t| t.id == d.topic) {
            return Err(invalid(format!("deadline {:?} names unknown topic {:?}", d.kind, d.topic)));
        }
        if !sources.contains_key(&d.source) {
            return Err(invalid(format!("deadline {:?} names unknown source {:?}", d.kind, d.source)));
        }
        deadlines.push(DeadlineDef {
            kind: d.kind,
            from: d.from,
            starts_on,
            requires: d.requires,
            rule,
            remind_days_before: d.remind_days_before,
            title: d.title,
            advice: d.advice,
            passed: d.passed,
            safe_passed: d.safe_passed,
            latest: d.latest,
            notes: d.notes,
            closures: d.closures.unwrap_or(true),
            own_rest_days,
            topic: d.topic,
            source: d.source,
        });
    }
    let date_keys = file.date.into_iter().map(|d| DateKey { key: d.key, label: d.label, hint: d.hint }).collect();
    Ok((date_keys, deadlines))
}

fn load_checklists(files: &PackFiles, ids: &[String], sources: &BTreeMap<String, Source>) -> Result<Vec<ChecklistTemplate>> {
    if let Err(id) = unique(ids) {
        return Err(ContentError::Invalid { file: GUIDE_FILE.to_string(), detail: format!("checklist {id:?} is listed twice") });
    }
    let mut seen_items = BTreeSet::new();
    let mut out = Vec::new();
    for id in ids {
        let file = checklist_file(id);
        let invalid = |detail: String| ContentError::Invalid { file: file.clone(), detail };
        let template: ChecklistTemplate = parse(files, &file)?;
        if template.id != *id {
            return Err(invalid(format!("id {:?} does not match the file name", template.id)));
        }
        if template.items.is_empty() {
            return Err(invalid("a checklist has no items".into()));
        }
        if !sources.contains_key(&template.source) {
            return Err(invalid(format!("unknown source {:?}", template.source)));
        }
        for item in &template.items {
            if !seen_items.insert(item.id.clone()) {
                return Err(invalid(format!("item {:?} is defined twice", item.id)));
            }
            if item.id.starts_with(OWN_ITEM_PREFIX) {
                return Err(invalid(format!("item {:?} uses the prefix kept for a person's own items", item.id)));
            }
        }
        out.push(template);
    }
    Ok(out)
}
