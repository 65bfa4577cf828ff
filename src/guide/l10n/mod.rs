//! Localization: loads `locales/<lang>/*.ftl`, negotiates languages and formats every word a
//! person reads, falling back requested → reference (Spanish) → English and collecting misses
//! instead of failing.
//!
//! Dates are written out here too, through each locale's `date-long` and `date-short`
//! messages, so that no other module formats a date by hand.

pub mod check;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate as Date};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

use crate::base::text::{Arg, Localized, Msg};
use crate::guide::pack::PackFiles;

#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    #[error("unknown language {lang:?}")]
    UnknownLanguage { lang: String, available: Vec<String> },
    #[error("locale file {file} is not valid UTF-8")]
    NotUtf8 { file: String },
    #[error("locale metadata {file} is not valid: {detail}")]
    BadMetadata { file: String, detail: String },
    #[error("the reference locale {lang:?} is not in the pack")]
    NoReference { lang: String },
}

pub type Result<T> = std::result::Result<T, L10nError>;

impl Localized for L10nError {
    fn msg(&self) -> Msg {
        match self {
            L10nError::UnknownLanguage { lang, available } => {
                Msg::new("error-unknown-language").user("lang", lang.as_str()).arg("available", available.join(", "))
            }
            L10nError::NotUtf8 { file } | L10nError::BadMetadata { file, .. } => {
                Msg::new("error-content-unreadable").arg("file", file.as_str())
            }
            L10nError::NoReference { lang } => Msg::new("error-content-invalid").arg("file", format!("locales/{lang}")),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            L10nError::BadMetadata { detail, .. } => Some(detail.clone()),
            _ => None,
        }
    }
}

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One part of a date, as a person enters it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl DatePart {
    /// Reads an order written as the three letters `d`, `m` and `y` (`dmy`), each once.
    pub fn order(text: &str) -> Option<[DatePart; 3]> {
        let mut parts = Vec::new();
        for c in text.chars() {
            let part = match c {
                'd' => DatePart::Day,
                'm' => DatePart::Month,
                'y' => DatePart::Year,
                _ => return None,
            };
            if parts.contains(&part) {
                return None;
            }
            parts.push(part);
        }
        parts.try_into().ok()
    }
}

/// Whether text a person typed ([`Arg::User`]) is wrapped in Unicode isolation marks
/// (FSI … PDI) when it is put into a sentence. The app isolates, so that a name in another
/// script cannot reorder the sentence around it; the command line does not, because terminals
/// do not honour the marks. Fluent's own isolation of every placeable is off: dates and
/// numbers are written by the locale itself and need none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isolation {
    On,
    Off,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleFile {
    code: String,
    name: String,
    direction: Direction,
    /// The order a date is entered in: `dmy`, `mdy`, `ymd` or another order of the three.
    date_order: String,
    review: ReviewFile,
}

// The reviewer's note, name and date are for people; the core reads only the state.
#[allow(dead_code)]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewFile {
    state: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    reviewed_by: String,
    #[serde(default)]
    reviewed_on: String,
}

/// What a locale says about itself in `locale.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LocaleMeta {
    pub code: String,
    /// The language's name in the language itself.
    pub name: String,
    pub direction: Direction,
    /// The order in which a person of this language writes and enters a date.
    pub date_order: [DatePart; 3],
    /// `pending` until a native speaker signs the locale off, then `reviewed`.
    pub review_state: String,
}

/// A problem found while reading one locale's files: a Fluent syntax error or a duplicate id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LocaleProblem {
    pub file: String,
    /// The message id concerned, or the first line of the broken text when no id could be read.
    pub id: String,
}

struct Locale {
    meta: LocaleMeta,
    isolation: Isolation,
    bundle: FluentBundle<Arc<FluentResource>>,
    resources: Vec<(String, Arc<FluentResource>)>,
    /// Ids whose comment carries [`PROPER_NAME_MARK`]. The runtime parser drops comments,
    /// so they are read with the full parser when the locale loads.
    proper_names: BTreeSet<String>,
    problems: Vec<LocaleProblem>,
}

/// Every shipped locale of a guide pack, ready to format.
pub struct Catalog {
    reference: String,
    fallback: String,
    locales: BTreeMap<String, Locale>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("reference", &self.reference).field("locales", &self.locales.keys().collect::<Vec<_>>()).finish()
    }
}

impl Catalog {
    /// Loads `locales/<code>/` for each code in `languages`. A syntax error does not stop the
    /// load: the broken entry is skipped (its id then falls back) and reported by [`Catalog::check`].
    pub fn load(files: &PackFiles, languages: &[String], reference: &str, fallback: &str, isolation: Isolation) -> Result<Catalog> {
        let mut locales = BTreeMap::new();
        for code in languages {
            locales.insert(code.clone(), load_locale(files, code, isolation)?);
        }
        if !locales.contains_key(reference) {
            return Err(L10nError::NoReference { lang: reference.to_string() });
        }
        Ok(Catalog { reference: reference.to_string(), fallback: fallback.to_string(), locales })
    }

    pub fn reference(&self) -> &str {
        &self.reference
    }

    /// Codes of the shipped locales, reference first, then in code order.
    pub fn codes(&self) -> Vec<String> {
        let mut codes = vec![self.reference.clone()];
        codes.extend(self.locales.keys().filter(|c| **c != self.reference).cloned());
        codes
    }

    pub(crate) fn meta(&self, code: &str) -> Option<&LocaleMeta> {
        self.locales.get(code).map(|l| &l.meta)
    }

    /// Whether the reference locale defines a message (not a term) with this id.
    pub(crate) fn reference_has(&self, id: &str) -> bool {
        self.locales[&self.reference].bundle.has_message(id)
    }

    /// Picks the best shipped locale for a list of wishes such as the system's locales
    /// (`fr_CA.UTF-8`, `pt-BR`, `ht`). Falls back to the reference locale.
    pub fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> String {
        let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| parse_tag(r.as_ref())).collect();
        let available: Vec<LanguageIdentifier> = self.locales.keys().filter_map(|c| c.parse().ok()).collect();
        let default: LanguageIdentifier = self.reference.parse().expect("reference code is a valid tag");
        let chosen =
            fluent_langneg::negotiate_languages(&requested, &available, Some(&default), fluent_langneg::NegotiationStrategy::Lookup);
        chosen.first().map(|l| l.to_string()).unwrap_or_else(|| self.reference.clone())
    }

    /// Resolves a language asked for by name (`--lang fr`, `--lang pt-BR`) to a shipped locale,
    /// or says which ones exist.
    pub fn resolve(&self, asked: &str) -> Result<String> {
        let unknown = || L10nError::UnknownLanguage { lang: asked.to_string(), available: self.codes() };
        let tag = parse_tag(asked).ok_or_else(unknown)?;
        let available: Vec<LanguageIdentifier> = self.locales.keys().filter_map(|c| c.parse().ok()).collect();
        let matched = fluent_langneg::negotiate_languages(&[tag], &available, None, fluent_langneg::NegotiationStrategy::Lookup);
        matched.first().map(|l| l.to_string()).ok_or_else(unknown)
    }

    /// A localizer for `lang` with the fallback chain lang → reference → fallback.
    /// An unknown `lang` starts the chain at the reference locale.
    pub fn localizer(&self, lang: &str) -> Localizer<'_> {
        let mut chain: Vec<&Locale> = Vec::new();
        for code in [lang, self.reference.as_str(), self.fallback.as_str()] {
            if let Some(locale) = self.locales.get(code) {
                if !chain.iter().any(|l| l.meta.code == code) {
                    chain.push(locale);
                }
            }
        }
        Localizer { chain, misses: RefCell::new(BTreeSet::new()) }
    }
}

/// Formats messages in one language, falling back along the chain and remembering every id
/// that no locale in the chain could give.
pub struct Localizer<'a> {
    chain: Vec<&'a Locale>,
    misses: RefCell<BTreeSet<String>>,
}

impl Localizer<'_> {
    /// The code of the first locale in the chain: the language this localizer writes in.
    pub fn lang(&self) -> &str {
        &self.chain[0].meta.code
    }

    pub(crate) fn direction(&self) -> Direction {
        self.chain[0].meta.direction
    }

    /// The order in which a date is entered in this language.
    pub(crate) fn date_order(&self) -> [DatePart; 3] {
        self.chain[0].meta.date_order
    }

    /// A month's name as it stands alone (on a list to choose from), 1 = January.
    pub(crate) fn month_name(&self, month: u32) -> String {
        self.msg(&Msg::new("month-name").arg("month", i64::from(month)))
    }

    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn msg(&self, msg: &Msg) -> String {
        self.text_args(msg.id, &msg.args)
    }

    /// A message named at run time (an id from the content), with arguments.
    pub(crate) fn text_args(&self, id: &str, msg_args: &[(&'static str, Arg)]) -> String {
        let mut args = FluentArgs::new();
        let isolate = self.chain[0].isolation == Isolation::On;
        for (name, value) in msg_args {
            match value {
                Arg::Text(text) => args.set(*name, FluentValue::from(text.clone())),
                Arg::User(text) if isolate => args.set(*name, FluentValue::from(format!("\u{2068}{text}\u{2069}"))),
                Arg::User(text) => args.set(*name, FluentValue::from(text.clone())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&args))
    }

    /// A date written out with its weekday, as in "martes 10 de febrero de 2026".
    pub fn date_long(&self, date: Date) -> String {
        self.msg(&date_msg("date-long", date).arg("weekday", i64::from(date.weekday().number_from_monday())))
    }

    /// A date without its weekday, as in "10 de febrero de 2026".
    pub fn date_short(&self, date: Date) -> String {
        self.msg(&date_msg("date-short", date))
    }

    /// Ids that no locale in the chain had; each was shown as its bare id.
    pub fn misses(&self) -> Vec<String> {
        self.misses.borrow().iter().cloned().collect()
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for locale in &self.chain {
            let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = locale.bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
        }
        self.misses.borrow_mut().insert(id.to_string());
        id.to_string()
    }
}

fn date_msg(id: &'static str, date: Date) -> Msg {
    Msg::new(id).arg("day", i64::from(date.day())).arg("month", i64::from(date.month())).arg("year", i64::from(date.year()))
}

/// Accepts POSIX locale names (`fr_CA.UTF-8`, `pt_BR@euro`) as well as BCP 47 tags.
fn parse_tag(raw: &str) -> Option<LanguageIdentifier> {
    let cleaned = raw.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    if cleaned.is_empty() || cleaned.eq_ignore_ascii_case("c") || cleaned.eq_ignore_ascii_case("posix") {
        return None;
    }
    cleaned.parse().ok()
}

fn load_locale(files: &PackFiles, code: &str, isolation: Isolation) -> Result<Locale> {
    let meta_path = format!("locales/{code}/locale.toml");
    let bad_meta = |detail: String| L10nError::BadMetadata { file: meta_path.clone(), detail };
    let raw = files.get(&meta_path).ok_or_else(|| bad_meta("missing".to_string()))?;
    let raw = std::str::from_utf8(raw).map_err(|_| L10nError::NotUtf8 { file: meta_path.clone() })?;
    let meta_file: LocaleFile = toml::from_str(raw).map_err(|e| bad_meta(e.message().to_string()))?;
    if meta_file.code != code {
        return Err(bad_meta(format!("code {:?} does not match folder {code:?}", meta_file.code)));
    }
    let meta = LocaleMeta {
        code: code.to_string(),
        name: meta_file.name,
        direction: meta_file.direction,
        date_order: DatePart::order(&meta_file.date_order)
            .ok_or_else(|| bad_meta(format!("date_order {:?} is not an order of d, m and y", meta_file.date_order)))?,
        review_state: meta_file.review.state,
    };

    let langid: LanguageIdentifier = code.parse().map_err(|_| bad_meta(format!("{code:?} is not a language tag")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut resources = Vec::new();
    let mut problems = Vec::new();
    let mut proper_names = BTreeSet::new();
    let prefix = format!("locales/{code}/");
    for (path, bytes) in files.under(&prefix) {
        if !path.ends_with(".ftl") {
            continue;
        }
        let text = std::str::from_utf8(bytes).map_err(|_| L10nError::NotUtf8 { file: path.to_string() })?;
        let (Ok(full) | Err((full, _))) = fluent_syntax::parser::parse(text);
        for entry in &full.body {
            if let ast::Entry::Message(m) = entry {
                if m.comment.as_ref().is_some_and(|c| c.content.iter().any(|l| l.contains(PROPER_NAME_MARK))) {
                    proper_names.insert(m.id.name.to_string());
                }
            }
        }
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => resource,
            Err((resource, _errors)) => resource,
        };
        for entry in resource.entries() {
            if let ast::Entry::Junk { content } = entry {
                let id = content.lines().next().unwrap_or("").split('=').next().unwrap_or("").trim();
                problems.push(LocaleProblem { file: path.to_string(), id: id.to_string() });
            }
        }
        let resource = Arc::new(resource);
        if let Err(errors) = bundle.add_resource(Arc::clone(&resource)) {
            for error in errors {
                if let fluent_bundle::FluentError::Overriding { id, .. } = error {
                    problems.push(LocaleProblem { file: path.to_string(), id: format!("duplicate {id}") });
                }
            }
        }
        resources.push((path.to_string(), resource));
    }
    Ok(Locale { meta, isolation, bundle, resources, proper_names, problems })
}

/// A comment line containing this marks a reference message as a proper name (a place, an
/// office), which every locale may keep as it is.
pub(crate) const PROPER_NAME_MARK: &str = "Proper name";
