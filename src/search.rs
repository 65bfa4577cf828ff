//! Full-text search over the guide in the reader's language, falling back to Spanish when
//! nothing matches. Turns a person's words into a safe FTS5 query (the index itself lives in
//! `store`, the only module with SQL) and the hits into views.

use serde::Serialize;
use ts_rs::TS;

use crate::l10n::{Direction, Localizer, Msg};
use crate::store::{SearchRow, HIT_END, HIT_START};

/// Words beyond these are ignored; a query longer than this many characters is cut.
pub const MAX_TERMS: usize = 8;
pub const MAX_QUERY_CHARS: usize = 200;
/// Hits shown for one search.
pub const MAX_HITS: usize = 20;

/// The FTS5 query for a person's words: each word a quoted prefix term, all required.
/// `None` when there is no word to look for. Quoting makes FTS5 operators in the input
/// (`AND`, `NEAR`, `*`, `"`, `:`) plain text.
pub fn fts_query(input: &str) -> Option<String> {
    let input: String = input.chars().take(MAX_QUERY_CHARS).collect();
    let terms: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_TERMS)
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// A piece of a snippet: a hit or the text around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SearchHit {
    pub topic: String,
    pub title: String,
    /// The snippet as plain text.
    pub snippet: String,
    /// The same snippet cut into hits and the text around them, for highlighting.
    pub parts: Vec<SnippetPart>,
    /// The language of this hit: the reader's, or Spanish when falling back.
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SearchView {
    pub query: String,
    pub lang: String,
    pub dir: Direction,
    pub hits: Vec<SearchHit>,
    /// True when nothing matched in the reader's language and the hits are in Spanish.
    pub fallback: bool,
    /// "Nothing found", or "these results are in Spanish", in the reader's language.
    pub note: Option<String>,
}

pub fn hit(row: SearchRow, lang: &str) -> SearchHit {
    let parts = split_snippet(&row.snippet);
    let snippet = parts.iter().map(|p| p.text.as_str()).collect();
    SearchHit { topic: row.topic, title: row.title, snippet, parts, lang: lang.to_string() }
}

fn split_snippet(marked: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut in_hit = false;
    for c in marked.chars() {
        if c == HIT_START || c == HIT_END {
            if !current.is_empty() {
                parts.push(SnippetPart { text: std::mem::take(&mut current), hit: in_hit });
            }
            in_hit = c == HIT_START;
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        parts.push(SnippetPart { text: current, hit: in_hit });
    }
    parts
}

/// The view of a search: `own` are the hits in the reader's language, `fallback` those in the
/// reference language (looked up only when `own` is empty).
pub fn view(query: &str, l: &Localizer<'_>, own: Vec<SearchHit>, fallback: Option<Vec<SearchHit>>) -> SearchView {
    let shown: String = query.chars().take(60).collect();
    let (hits, fell_back) = match fallback {
        Some(hits) if own.is_empty() && !hits.is_empty() => (hits, true),
        _ => (own, false),
    };
    let note = if fell_back {
        Some(l.text("search-fallback-note"))
    } else if hits.is_empty() && !query.trim().is_empty() {
        Some(l.msg(&Msg::new("search-no-results").user("query", shown)))
    } else {
        None
    };
    SearchView { query: query.to_string(), lang: l.lang().to_string(), dir: l.direction(), hits, fallback: fell_back, note }
}
