//! View models: what the shells show, already in the reader's language. They cross the IPC
//! boundary as JSON; `ui/src/bindings.ts` is generated from these types (see the `bindings`
//! test), so the interface never declares them a second time.

#[cfg(all(feature = "speech", feature = "packs"))]
pub mod bindings;
pub mod checklist;
pub mod deadline;
pub mod guide;
#[cfg(feature = "safety")]
pub mod safety;
#[cfg(feature = "speech")]
pub mod speech;
pub mod summary;

use serde::Serialize;
use ts_rs::TS;

use crate::guide::content::Tone;
use crate::guide::deadline::State;
use crate::guide::l10n::{DatePart, Direction};
use crate::views::checklist::ChecklistView;

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
    /// The personal data is protected by a PIN and not yet unlocked.
    pub locked: bool,
    /// The quick exit's label in the suggested language: the first launch's picker has it too,
    /// before any language is chosen.
    pub quick_exit: String,
}

/// The safety screen: what protects the data now, and the words for its actions.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SafetyView {
    pub has_pin: bool,
    pub locked: bool,
    pub guest: bool,
    /// The device is shared: one space per person, each found with its PIN.
    pub shared: bool,
    pub title: String,
    /// "Protected by a PIN" or "no PIN: anyone can see it".
    pub status: String,
    pub pin_label: String,
    pub new_pin_label: String,
    pub unlock: String,
    pub locked_title: String,
    pub locked_hint: String,
    pub set_pin: String,
    pub change_pin: String,
    pub remove_pin: String,
    pub lock: String,
    pub quick_exit: String,
    pub wipe: String,
    pub wipe_cancel: String,
    pub wiped: String,
    /// "Everything will be deleted in N seconds", for N = 5 … 1.
    pub wipe_countdown: Vec<String>,
    pub guest_enter: String,
    pub guest_on: String,
    pub guest_end: String,
    /// The topic that explains what the PIN protects and what it does not.
    pub topic: String,
    pub repeat_pin_label: String,
    pub shared_title: String,
    pub shared_hint: String,
    pub shared_button: String,
    pub shared_pin_label: String,
    pub space_new: String,
    pub space_new_hint: String,
    pub settings_title: String,
    pub idle_label: String,
    /// Minutes without use before the data locks.
    pub idle_minutes: u32,
    pub idle_options: Vec<NumberOption>,
    /// `None` where wrong PINs cannot wipe: no PIN, or a shared device.
    pub wipe_after_label: Option<String>,
    /// Wrong PINs before everything is wiped; 0: never.
    pub wipe_after: u32,
    pub wipe_after_options: Vec<NumberOption>,
    pub backup_title: String,
    pub backup_hint: String,
    pub backup_passphrase_label: String,
    pub backup_export: String,
    pub backup_import: String,
    pub backup_replace_warning: String,
    /// What to say once, after the step just taken: how long the new secret would resist a
    /// copy of the files, a new space's word, a PIN to change. Empty most of the time.
    pub notice: Vec<String>,
    /// The button that closes a notice ("I wrote it down").
    pub notice_done: String,
    /// What a PIN and a passphrase protect against, with the time for the smallest PIN and
    /// for a passphrase the app suggests.
    pub secret_hint: Vec<String>,
    /// A passphrase drawn at random for this screen, with words around it; `None` when locked.
    pub suggestion: Option<String>,
    /// Said while a key is being derived ("Opening…").
    pub busy: String,
    /// On the wipe: backups saved elsewhere are not deleted.
    pub wipe_backups_note: String,
    /// The lock screen's way into the guide, which needs no PIN.
    pub read_guide: String,
}

/// One choice of a number, with its words.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct NumberOption {
    pub value: u32,
    pub label: String,
}

/// What happened to a backup: where it was saved, or how many profiles it brought back.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BackupDone {
    /// The file written, for an export.
    pub path: Option<String>,
    pub message: String,
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
    // Profiles, dates, deadlines and the checklist.
    pub profiles: String,
    pub profiles_title: String,
    pub profiles_intro: String,
    pub profiles_empty: String,
    pub name_label: String,
    pub add_profile: String,
    pub rename: String,
    pub remove: String,
    pub cancel: String,
    pub undo: String,
    pub save: String,
    pub dates_heading: String,
    pub deadlines_heading: String,
    pub no_deadlines: String,
    /// What the deadlines shown are: the safe last days.
    pub deadline_safe_note: String,
    pub checklist_heading: String,
    pub missing_heading: String,
    pub nothing_missing: String,
    pub note_label: String,
    pub own_heading: String,
    pub add_item_label: String,
    pub add_item: String,
    pub status_have: String,
    pub status_needed: String,
    pub status_not_applicable: String,
    pub summary: String,
    pub print: String,
    pub search_label: String,
    pub search_button: String,
    /// The title of the notice about this guide (not legal advice), linked from every screen.
    pub notice: String,
    pub notice_topic: String,
    /// The title of the guide updates screen, linked from every screen.
    pub updates: String,
    /// The safety screen's title, and the quick exit's label, on every screen.
    pub safety: String,
    pub quick_exit: String,
    /// The header's menu button (language, my data, lock, safety), and its items' words.
    pub menu: String,
    pub lock: String,
    /// The lock screen's title, for the menu item that leads to it while the data is locked.
    pub unlock: String,
    /// The title of the search results' screen.
    pub search_results: String,
}

/// Reminders: the person's choice, what is scheduled now, and the words to ask and to change
/// it. The notifications themselves say only "you have something to do tomorrow" (or today).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RemindersView {
    pub lang: String,
    pub dir: Direction,
    /// Never asked yet: the question is shown once, with a deadline or a signing date.
    pub ask: bool,
    pub on: bool,
    /// False in a guest session, which leaves no trace and so schedules nothing.
    pub available: bool,
    pub title: String,
    pub question: String,
    /// What a notification says, and that it says nothing more.
    pub privacy: String,
    pub yes: String,
    pub no: String,
    /// "Reminders are on" or "off".
    pub status: String,
    pub turn_on: String,
    pub turn_off: String,
    /// Where nothing can remind while Senda is closed (a desktop), it says so.
    pub platform_note: Option<String>,
    pub guest_note: Option<String>,
    pub scheduled_heading: String,
    pub scheduled: Vec<ScheduledView>,
    pub none_scheduled: String,
}

/// One scheduled notification: when (ISO local date and time), and in words with its text.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ScheduledView {
    pub at: String,
    pub label: String,
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
    /// The decision helper's entry: its title and one line about it.
    pub decide_title: String,
    pub decide_summary: String,
    pub topics: Vec<TopicSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct OptionView {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct QuestionView {
    pub id: String,
    pub text: String,
    /// "Question 2 of 6".
    pub progress: String,
    pub options: Vec<OptionView>,
}

/// The decision helper's questions in one language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DecideView {
    pub lang: String,
    pub dir: Direction,
    pub title: String,
    pub intro: String,
    pub start: String,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TopicLinkView {
    pub id: String,
    pub title: String,
}

/// One piece of advice: the circumstance it fits, why, and where to read more.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AdviceItemView {
    pub id: String,
    pub title: String,
    pub text: String,
    pub reasons: Vec<String>,
    pub topics: Vec<TopicLinkView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AdviceView {
    pub lang: String,
    pub dir: Direction,
    pub title: String,
    /// ISO date the rules behind the advice were checked.
    pub policy_date: String,
    /// "Rules as checked on …", written out.
    pub policy_label: String,
    pub note: String,
    pub reasons_heading: String,
    pub again: String,
    pub items: Vec<AdviceItemView>,
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

/// A deadline in the reader's language. A business-day deadline has two last days: the safe
/// one (`last_day`), on time under every reading of the law, which is the deadline, and the
/// latest possible one (`latest_day`), shown second so that nobody waits for it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DeadlineView {
    pub kind: String,
    pub title: String,
    /// ISO date the count starts from; `None` while the date is missing.
    pub from: Option<String>,
    /// The recorded date it starts from (`entered`, or `could-apply` once recorded).
    pub from_key: Option<String>,
    /// Which date it counts from, in words.
    pub from_label: Option<String>,
    /// ISO date of the safe last day; `None` while the date is missing (`needs-date`).
    pub last_day: Option<String>,
    /// The safe last day written out, with its weekday.
    pub last_day_label: Option<String>,
    /// ISO date of the latest possible last day (business-day deadlines).
    pub latest_day: Option<String>,
    /// "The legal last day may be as late as …. Do not wait for it.", when it is another day.
    pub latest_label: Option<String>,
    /// N, for a deadline of N business days.
    pub business_days: Option<u32>,
    pub state: State,
    #[ts(type = "number | null")]
    pub left_business: Option<i64>,
    #[ts(type = "number | null")]
    pub left_calendar: Option<i64>,
    /// How much time is left, or how long ago it passed, in words.
    pub left_label: String,
    /// What to do: before the last day, how to meet it; after, what can still be done.
    pub advice: String,
    /// Further sentences, in order (a lawyer must file it; how often the person signs).
    pub notes: Vec<String>,
    pub remind: bool,
    /// The guide topic that explains it, and its title.
    pub topic: String,
    pub topic_title: String,
    /// True when closures listed in the content were ignored.
    pub statutory_only: bool,
}

/// A date a profile can record.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DateField {
    pub key: String,
    pub label: String,
    /// A plain explanation of the date, when the label is not enough.
    pub hint: Option<String>,
    /// ISO date, if recorded, and its parts.
    pub value: Option<String>,
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: Option<i32>,
}

/// How a date is entered in the reader's language: day, month by name and year, in the order
/// that language writes them, with their labels.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DateEntryView {
    pub order: Vec<DatePart>,
    pub day_label: String,
    pub month_label: String,
    pub year_label: String,
    /// The months' names, January first.
    pub months: Vec<String>,
    /// The years a date may fall in, the latest first.
    pub years: Vec<i32>,
    /// "Clear this date".
    pub clear: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WeekdayOption {
    /// 1 = Monday … 7 = Sunday.
    pub number: u8,
    pub name: String,
}

/// How often a person must sign, as their office told them: a weekday or every N days. Kept
/// to remind them; the next signing is the date they enter, never one computed from this.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SigningView {
    pub heading: String,
    pub hint: String,
    pub weekday_label: String,
    /// 1 = Monday … 7 = Sunday, if recorded.
    pub weekday: Option<u8>,
    pub weekdays: Vec<WeekdayOption>,
    pub every_days_label: String,
    pub every_days: Option<u32>,
    pub max_every_days: u32,
}

/// One profile with everything recorded for it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ProfileView {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub lang: String,
    pub dir: Direction,
    pub dates: Vec<DateField>,
    pub date_entry: DateEntryView,
    pub signing: SigningView,
    pub deadlines: Vec<DeadlineView>,
    pub checklist: ChecklistView,
    /// "Remove NAME and all their data?", with this profile's name.
    pub remove_confirm: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ProfileSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    /// The next thing due, in words, if any date is recorded.
    pub next_due: Option<String>,
    pub next_due_state: Option<State>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RemovedProfile {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    /// "NAME was removed."
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ProfilesView {
    pub lang: String,
    pub dir: Direction,
    pub profiles: Vec<ProfileSummary>,
    /// Profiles removed recently enough to be restored.
    pub removed: Vec<RemovedProfile>,
}

/// The guide being shown: its pack, dates and signer, in the interface language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PackInfoView {
    #[ts(type = "number")]
    pub version: u64,
    pub origin: crate::guide::pack::Origin,
    /// ISO dates.
    pub built: Option<String>,
    pub checked: String,
    /// The signer's public key (its fingerprint), for installed packs.
    pub signer: Option<String>,
    pub title: String,
    pub version_label: String,
    pub origin_label: String,
    pub built_label: Option<String>,
    pub checked_label: String,
    pub signer_label: Option<String>,
    /// Set when the installed pack could not be read and an older guide is shown.
    pub fell_back: Option<String>,
    /// Set when the facts were checked more than six months ago: rules may have changed.
    pub stale: Option<String>,
    pub import_label: String,
    pub rollback: String,
    /// "The new guide is installed."
    pub installed_label: String,
    /// The button that writes the copy to pass on, and what it does.
    pub share_kit_label: String,
    pub share_kit_hint: String,
}

/// The words only the web edition (the guide in one HTML file) shows: that nothing a person
/// enters there is kept, and what the file is.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WebText {
    pub lang: String,
    pub dir: Direction,
    /// Shown on every screen that holds personal data: it lives in memory only.
    pub memory_only: String,
    pub about_title: String,
    pub about_file: String,
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
