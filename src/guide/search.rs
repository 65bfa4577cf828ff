//! Full-text search over the guide in the reader's language, falling back to Spanish when
//! nothing matches: the guide's own index (SQLite FTS5, in memory), the safe FTS5 query built
//! from a person's words, and the hits as views. It belongs to the guide, not to personal
//! storage: with `store`, the only module with SQL.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::base::text::{Localized, Msg};
use crate::guide::l10n::{Direction, Localizer};

/// The index could not be built or read.
#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct SearchError(#[from] rusqlite::Error);

pub type Result<T> = std::result::Result<T, SearchError>;

impl Localized for SearchError {
    fn msg(&self) -> Msg {
        Msg::new("error-store-failed")
    }

    fn detail(&self) -> Option<String> {
        Some(self.0.to_string())
    }
}

/// Words beyond these are ignored; a query longer than this many characters is cut.
pub(crate) const MAX_TERMS: usize = 8;
pub(crate) const MAX_QUERY_CHARS: usize = 200;
/// Hits shown for one search.
pub(crate) const MAX_HITS: usize = 20;

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

/// One document of the search index: a topic in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDoc {
    pub topic: String,
    pub lang: String,
    pub title: String,
    pub body: String,
}

/// One hit: the topic, and a snippet of its text with hits between [`HIT_START`] and
/// [`HIT_END`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRow {
    pub topic: String,
    pub title: String,
    pub snippet: String,
}

pub(crate) const HIT_START: char = '\u{E000}';
pub(crate) const HIT_END: char = '\u{E001}';

/// The guide's full-text index, in memory: SQLite FTS5 with the `unicode61` tokenizer and
/// diacritics removed, so a search ignores case and accents ("tramite" finds "trámite").
pub struct SearchIndex {
    conn: Connection,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SearchIndex")
    }
}

impl SearchIndex {
    pub fn build(docs: &[SearchDoc]) -> Result<SearchIndex> {
        let mut conn = Connection::open_in_memory()?;
        conn.execute_batch(
            "CREATE VIRTUAL TABLE doc USING fts5(
                topic UNINDEXED, lang UNINDEXED, title, body,
                tokenize = 'unicode61 remove_diacritics 2'
            );",
        )?;
        let tx = conn.transaction()?;
        {
            let mut insert = tx.prepare("INSERT INTO doc (topic, lang, title, body) VALUES (?1, ?2, ?3, ?4)")?;
            for d in docs {
                insert.execute((&d.topic, &d.lang, &d.title, &d.body))?;
            }
        }
        tx.commit()?;
        Ok(SearchIndex { conn })
    }

    /// Runs an FTS5 query (built by the `search` module from the person's words) in one
    /// language, best first. Titles weigh more than bodies.
    pub fn query(&self, fts_query: &str, lang: &str, limit: usize) -> Result<Vec<SearchRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT topic, title, snippet(doc, -1, char(57344), char(57345), '…', 16)
             FROM doc WHERE doc MATCH ?1 AND lang = ?2
             ORDER BY bm25(doc, 0.0, 0.0, 8.0, 1.0) LIMIT ?3",
        )?;
        let rows =
            stmt.query_map((fts_query, lang, limit as i64), |r| Ok(SearchRow { topic: r.get(0)?, title: r.get(1)?, snippet: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
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
