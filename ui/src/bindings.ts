// Generated from the Rust view models in src/views/ by the `bindings` test. Do not edit:
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
suggested: string, languages: Array<LanguageOption>, 
/**
 * The personal data is protected by a PIN and not yet unlocked.
 */
locked: boolean, 
/**
 * The quick exit's label in the suggested language: the first launch's picker has it too,
 * before any language is chosen.
 */
quick_exit: string, };
export type UiText = { lang: string, dir: Direction, app_name: string, tagline: string, change_language: string, back: string, home: string, picker_title: string, picker_hint: string, profiles: string, profiles_title: string, profiles_intro: string, profiles_empty: string, name_label: string, add_profile: string, rename: string, remove: string, cancel: string, undo: string, save: string, dates_heading: string, deadlines_heading: string, no_deadlines: string, 
/**
 * What the deadlines shown are: the safe last days.
 */
deadline_safe_note: string, checklist_heading: string, missing_heading: string, nothing_missing: string, note_label: string, own_heading: string, add_item_label: string, add_item: string, status_have: string, status_needed: string, status_not_applicable: string, summary: string, print: string, search_label: string, search_button: string, 
/**
 * The title of the notice about this guide (not legal advice), linked from every screen.
 */
notice: string, notice_topic: string, 
/**
 * The title of the guide updates screen, linked from every screen.
 */
updates: string, 
/**
 * The safety screen's title, and the quick exit's label, on every screen.
 */
safety: string, quick_exit: string, 
/**
 * The header's menu button (language, my data, lock, safety), and its items' words.
 */
menu: string, lock: string, 
/**
 * The lock screen's title, for the menu item that leads to it while the data is locked.
 */
unlock: string, 
/**
 * The title of the search results' screen.
 */
search_results: string, };
export type SafetyView = { has_pin: boolean, locked: boolean, guest: boolean, 
/**
 * The device is shared: one space per person, each found with its PIN.
 */
shared: boolean, title: string, 
/**
 * "Protected by a PIN" or "no PIN: anyone can see it".
 */
status: string, pin_label: string, new_pin_label: string, unlock: string, locked_title: string, locked_hint: string, set_pin: string, change_pin: string, remove_pin: string, lock: string, quick_exit: string, wipe: string, wipe_cancel: string, wiped: string, 
/**
 * "Everything will be deleted in N seconds", for N = 5 … 1.
 */
wipe_countdown: Array<string>, guest_enter: string, guest_on: string, guest_end: string, 
/**
 * The topic that explains what the PIN protects and what it does not.
 */
topic: string, repeat_pin_label: string, shared_title: string, shared_hint: string, shared_button: string, shared_pin_label: string, space_new: string, space_new_hint: string, settings_title: string, idle_label: string, 
/**
 * Minutes without use before the data locks.
 */
idle_minutes: number, idle_options: Array<NumberOption>, 
/**
 * `None` where wrong PINs cannot wipe: no PIN, or a shared device.
 */
wipe_after_label: string | null, 
/**
 * Wrong PINs before everything is wiped; 0: never.
 */
wipe_after: number, wipe_after_options: Array<NumberOption>, backup_title: string, backup_hint: string, backup_passphrase_label: string, backup_export: string, backup_import: string, backup_replace_warning: string, 
/**
 * What to say once, after the step just taken: how long the new secret would resist a
 * copy of the files, a new space's word, a PIN to change. Empty most of the time.
 */
notice: Array<string>, 
/**
 * The button that closes a notice ("I wrote it down").
 */
notice_done: string, 
/**
 * What a PIN and a passphrase protect against, with the time for the smallest PIN and
 * for a passphrase the app suggests.
 */
secret_hint: Array<string>, 
/**
 * A passphrase drawn at random for this screen, with words around it; `None` when locked.
 */
suggestion: string | null, 
/**
 * Said while a key is being derived ("Opening…").
 */
busy: string, 
/**
 * On the wipe: backups saved elsewhere are not deleted.
 */
wipe_backups_note: string, 
/**
 * The lock screen's way into the guide, which needs no PIN.
 */
read_guide: string, };
export type NumberOption = { value: number, label: string, };
export type BackupDone = { 
/**
 * The file written, for an export.
 */
path: string | null, message: string, };
export type RemindersView = { lang: string, dir: Direction, 
/**
 * Never asked yet: the question is shown once, with a deadline or a signing date.
 */
ask: boolean, on: boolean, 
/**
 * False in a guest session, which leaves no trace and so schedules nothing.
 */
available: boolean, title: string, question: string, 
/**
 * What a notification says, and that it says nothing more.
 */
privacy: string, yes: string, no: string, 
/**
 * "Reminders are on" or "off".
 */
status: string, turn_on: string, turn_off: string, 
/**
 * Where nothing can remind while Senda is closed (a desktop), it says so.
 */
platform_note: string | null, guest_note: string | null, scheduled_heading: string, scheduled: Array<ScheduledView>, none_scheduled: string, };
export type ScheduledView = { at: string, label: string, };
export type TopicSummary = { id: string, icon: string, title: string, summary: string, };
export type HomeView = { lang: string, dir: Direction, title: string, intro: string, 
/**
 * The decision helper's entry: its title and one line about it.
 */
decide_title: string, decide_summary: string, topics: Array<TopicSummary>, };
export type OptionView = { value: string, label: string, };
export type QuestionView = { id: string, text: string, 
/**
 * "Question 2 of 6".
 */
progress: string, options: Array<OptionView>, };
export type DecideView = { lang: string, dir: Direction, title: string, intro: string, start: string, questions: Array<QuestionView>, };
export type TopicLinkView = { id: string, title: string, };
export type AdviceItemView = { id: string, title: string, text: string, reasons: Array<string>, topics: Array<TopicLinkView>, };
export type AdviceView = { lang: string, dir: Direction, title: string, 
/**
 * ISO date the rules behind the advice were checked.
 */
policy_date: string, 
/**
 * "Rules as checked on …", written out.
 */
policy_label: string, note: string, reasons_heading: string, again: string, items: Array<AdviceItemView>, };
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
export type State = "upcoming" | "today" | "safe-passed" | "passed" | "needs-date";
export type Status = "have" | "needed" | "not-applicable";
export type Need = "needed" | "helpful";
export type DeadlineView = { kind: string, title: string, 
/**
 * ISO date the count starts from; `None` while the date is missing.
 */
from: string | null, 
/**
 * The recorded date it starts from (`entered`, or `could-apply` once recorded).
 */
from_key: string | null, 
/**
 * Which date it counts from, in words.
 */
from_label: string | null, 
/**
 * ISO date of the safe last day; `None` while the date is missing (`needs-date`).
 */
last_day: string | null, 
/**
 * The safe last day written out, with its weekday.
 */
last_day_label: string | null, 
/**
 * ISO date of the latest possible last day (business-day deadlines).
 */
latest_day: string | null, 
/**
 * "The legal last day may be as late as …. Do not wait for it.", when it is another day.
 */
latest_label: string | null, 
/**
 * N, for a deadline of N business days.
 */
business_days: number | null, state: State, left_business: number | null, left_calendar: number | null, 
/**
 * How much time is left, or how long ago it passed, in words.
 */
left_label: string, 
/**
 * What to do: before the last day, how to meet it; after, what can still be done.
 */
advice: string, 
/**
 * Further sentences, in order (a lawyer must file it; how often the person signs).
 */
notes: Array<string>, remind: boolean, 
/**
 * The guide topic that explains it, and its title.
 */
topic: string, topic_title: string, 
/**
 * True when closures listed in the content were ignored.
 */
statutory_only: boolean, };
export type DateField = { key: string, label: string, 
/**
 * A plain explanation of the date, when the label is not enough.
 */
hint: string | null, 
/**
 * ISO date, if recorded, and its parts.
 */
value: string | null, day: number | null, month: number | null, year: number | null, };
export type DatePart = "day" | "month" | "year";
export type DateEntryView = { order: Array<DatePart>, day_label: string, month_label: string, year_label: string, 
/**
 * The months' names, January first.
 */
months: Array<string>, 
/**
 * The years a date may fall in, the latest first.
 */
years: Array<number>, 
/**
 * "Clear this date".
 */
clear: string, };
export type WeekdayOption = { 
/**
 * 1 = Monday … 7 = Sunday.
 */
number: number, name: string, };
export type SigningView = { heading: string, hint: string, weekday_label: string, 
/**
 * 1 = Monday … 7 = Sunday, if recorded.
 */
weekday: number | null, weekdays: Array<WeekdayOption>, every_days_label: string, every_days: number | null, max_every_days: number, };
export type ChecklistItemView = { id: string, text: string, 
/**
 * Why it matters (template items only).
 */
why: string | null, need: Need | null, need_label: string | null, status: Status, note: string, };
export type ChecklistGroupView = { id: string, title: string, items: Array<ChecklistItemView>, };
export type ChecklistView = { groups: Array<ChecklistGroupView>, own_items: Array<ChecklistItemView>, 
/**
 * Items marked "have", and items that apply (all but "not applicable").
 */
have: number, total: number, progress_label: string, 
/**
 * Texts of the items still needed that an office asks for.
 */
missing: Array<string>, };
export type ProfileView = { id: number, name: string, lang: string, dir: Direction, dates: Array<DateField>, date_entry: DateEntryView, signing: SigningView, deadlines: Array<DeadlineView>, checklist: ChecklistView, 
/**
 * "Remove NAME and all their data?", with this profile's name.
 */
remove_confirm: string, };
export type ProfileSummary = { id: number, name: string, 
/**
 * The next thing due, in words, if any date is recorded.
 */
next_due: string | null, next_due_state: State | null, };
export type RemovedProfile = { id: number, name: string, 
/**
 * "NAME was removed."
 */
label: string, };
export type ProfilesView = { lang: string, dir: Direction, profiles: Array<ProfileSummary>, 
/**
 * Profiles removed recently enough to be restored.
 */
removed: Array<RemovedProfile>, };
export type SnippetPart = { text: string, hit: boolean, };
export type SearchHit = { topic: string, title: string, 
/**
 * The snippet as plain text.
 */
snippet: string, 
/**
 * The same snippet cut into hits and the text around them, for highlighting.
 */
parts: Array<SnippetPart>, 
/**
 * The language of this hit: the reader's, or Spanish when falling back.
 */
lang: string, };
export type SearchView = { query: string, lang: string, dir: Direction, hits: Array<SearchHit>, 
/**
 * True when nothing matched in the reader's language and the hits are in Spanish.
 */
fallback: boolean, 
/**
 * "Nothing found", or "these results are in Spanish", in the reader's language.
 */
note: string | null, };
export type Origin = "builtin" | "installed" | "previous";
export type PackInfoView = { version: number, origin: Origin, 
/**
 * ISO dates.
 */
built: string | null, checked: string, 
/**
 * The signer's public key (its fingerprint), for installed packs.
 */
signer: string | null, title: string, version_label: string, origin_label: string, built_label: string | null, checked_label: string, signer_label: string | null, 
/**
 * Set when the installed pack could not be read and an older guide is shown.
 */
fell_back: string | null, 
/**
 * Set when the facts were checked more than six months ago: rules may have changed.
 */
stale: string | null, import_label: string, rollback: string, 
/**
 * "The new guide is installed."
 */
installed_label: string, 
/**
 * The button that writes the copy to pass on, and what it does.
 */
share_kit_label: string, share_kit_hint: string, };
export type WebText = { lang: string, dir: Direction, 
/**
 * Shown on every screen that holds personal data: it lives in memory only.
 */
memory_only: string, about_title: string, about_file: string, };
export type KitFile = { name: string, sha256: string, };
export type ShareKitView = { 
/**
 * The kit's folder.
 */
path: string, 
/**
 * "The copy to pass on is in …"
 */
message: string, 
/**
 * Why a part is missing (no installer, no guide file), each in a full sentence.
 */
notes: Array<string>, 
/**
 * Every file but the README, with its SHA-256.
 */
files: Array<KitFile>, has_installer: boolean, 
/**
 * The version of the guide pack in the kit, if there is one.
 */
pack_version: number | null, };
export type SummaryColumn = { lang: string, dir: Direction, title: string, made_on: string, deadlines_heading: string, deadlines: Array<DeadlineView>, documents_heading: string, checklist: ChecklistView, status_have: string, status_needed: string, status_not_applicable: string, };
export type SummaryView = { name: string, 
/**
 * The reader's language first, then Spanish when the reader's language is another.
 */
columns: Array<SummaryColumn>, };
export type SpeechRate = "normal" | "slower";
export type ListenTarget = { "kind": "topic", id: string, } | { "kind": "deadline", profile: number, deadline: string, } | { "kind": "advice", answers: Array<[string, string]>, };
export type ReadingSection = { anchors: Array<string>, texts: Array<string>, };
export type ReadingView = { 
/**
 * The language read (that of the words shown).
 */
lang: string, dir: Direction, sections: Array<ReadingSection>, rate: SpeechRate, listen: string, pause: string, resume: string, stop: string, 
/**
 * The speed switch's label, and its two choices.
 */
rate_label: string, rate_normal: string, rate_slower: string, 
/**
 * "Reading part 2 of 5", for each section, for screen readers and the player bar.
 */
progress: Array<string>, };
