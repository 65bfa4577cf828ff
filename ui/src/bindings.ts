// Generated from the Rust view models in src/views.rs by the `bindings` test. Do not edit:
// run `UPDATE_BINDINGS=1 cargo test --test it bindings` after changing a view model.

export type Direction = "ltr" | "rtl";
export type Tone = "info" | "warning";
export type LanguageOption = { code: string, name: string, dir: Direction, 
/**
 * "Choose your language", in this language.
 */
prompt: string, };
export type StartView = { 
/**
 * The language the person chose before, if any; `None` means first launch.
 */
chosen: string | null, 
/**
 * The language suggested from the system's preferences.
 */
suggested: string, languages: Array<LanguageOption>, };
export type UiText = { lang: string, dir: Direction, app_name: string, tagline: string, change_language: string, back: string, home: string, picker_title: string, picker_hint: string, };
export type TopicSummary = { id: string, icon: string, title: string, summary: string, };
export type HomeView = { lang: string, dir: Direction, title: string, intro: string, topics: Array<TopicSummary>, };
export type RowView = { label: string, cells: Array<string>, };
export type BlockView = { "kind": "heading", text: string, } | { "kind": "paragraph", text: string, } | { "kind": "list", items: Array<string>, } | { "kind": "note", tone: Tone, text: string, } | { "kind": "table", caption: string, columns: Array<string>, rows: Array<RowView>, } | { "kind": "term", id: string, term: string, text: string, };
export type TermLink = { 
/**
 * The term's id: the anchor of its entry on the glossary topic.
 */
id: string, term: string, 
/**
 * The topic that holds the entry.
 */
topic: string, };
export type SourceView = { id: string, name: string, 
/**
 * The citation as printed; plain text, never a link.
 */
cite: string, };
export type TopicView = { id: string, 
/**
 * The language the topic's words are in (the page's `lang` attribute).
 */
lang: string, dir: Direction, icon: string, title: string, summary: string, blocks: Array<BlockView>, 
/**
 * "Words to know" and the glossary terms this topic uses.
 */
terms_heading: string, terms: Array<TermLink>, sources_heading: string, sources: Array<SourceView>, 
/**
 * ISO date (YYYY-MM-DD) the topic's facts were last checked.
 */
checked: string, 
/**
 * "Last checked: …", written out in the topic's language.
 */
checked_label: string, };
export type ErrorView = { 
/**
 * The Fluent message id, stable for tests and scripts.
 */
id: string, message: string, detail: string | null, };
