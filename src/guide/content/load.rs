//! Reading and checking `content/` from a pack: the files' shapes as written, and
//! [`Content::load`], which refuses a structure that is not whole and consistent.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate as Date;
use serde::Deserialize;

use crate::base::dates::parse_date;
use crate::guide::calendar::Closure;
use crate::guide::content::*;
use crate::guide::pack::PackFiles;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecideFile {
    question: Vec<Question>,
    advice: Vec<AdviceDef>,
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
}

fn parse<T: serde::de::DeserializeOwned>(files: &PackFiles, file: &str) -> Result<T> {
    let bytes = files.get(file).ok_or_else(|| ContentError::Unreadable { file: file.to_string() })?;
    let text = std::str::from_utf8(bytes).map_err(|_| ContentError::Unreadable { file: file.to_string() })?;
    toml::from_str(text).map_err(|e| ContentError::Invalid { file: file.to_string(), detail: e.message().to_string() })
}

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
