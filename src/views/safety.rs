//! The safety screen: its words and choices from the state the session gives, how long a
//! secret would resist guessing, in plain words, and the choices the screen offers.

use crate::base::text::Msg;
use crate::guide::l10n::Localizer;
use crate::safety::vault;
use crate::views::{NumberOption, SafetyView};

/// The choices of minutes without use before personal data locks.
pub const IDLE_MINUTES: [u32; 6] = [1, 2, 5, 10, 15, 30];

pub const DEFAULT_IDLE_MINUTES: u32 = 5;

/// The choices of wrong PINs after which everything is wiped (0: never).
pub const WIPE_AFTER_CHOICES: [u32; 4] = [0, 5, 10, 20];

/// The wipe waits this long, showing a countdown, so a wrong tap can be cancelled.
pub const WIPE_COUNTDOWN_SECONDS: i64 = 5;

/// The guide topic that explains what the PIN protects and what it does not.
pub const SAFETY_TOPIC: &str = "safety";

/// What the safety screen shows, as the session finds it.
pub struct SafetyState {
    pub has_pin: bool,
    pub locked: bool,
    pub shared: bool,
    pub guest: bool,
    /// Whether the person may choose to wipe after a number of wrong PINs.
    pub wipe_after_offered: bool,
    pub wipe_after: u32,
    pub idle_minutes: u32,
    /// A passphrase the device drew, to offer.
    pub suggestion: Option<vault::Zeroizing<String>>,
}

/// The safety screen in the language of `l`.
pub fn view(l: &Localizer<'_>, state: SafetyState) -> SafetyView {
    let SafetyState { has_pin, locked, shared, wipe_after_offered, wipe_after, .. } = state;
    let mut wipe_after_choices = WIPE_AFTER_CHOICES.to_vec();
    if !wipe_after_choices.contains(&wipe_after) {
        wipe_after_choices.push(wipe_after);
        wipe_after_choices.sort_unstable();
    }
    let (digits, words) = (vault::MIN_PIN_DIGITS as i64, vault::MIN_PASSPHRASE_WORDS as i64);
    let secret_rule = Msg::new("safety-new-secret-label").arg("digits", digits).arg("words", words);
    let minimum = vault::SecretKind::Pin { digits: vault::MIN_PIN_DIGITS };
    let suggested = vault::SecretKind::Passphrase { words: vault::SUGGESTED_WORDS };
    let suggestion_guesses = vault::word_choices(vault::SUGGESTED_SYLLABLES).powi(vault::SUGGESTED_WORDS as i32);
    SafetyView {
        notice: Vec::new(),
        notice_done: l.text("safety-notice-done"),
        secret_hint: vec![
            l.text("safety-secret-hint"),
            strength_text(l, minimum, minimum.guesses(), false),
            strength_text(l, suggested, suggestion_guesses, false),
        ],
        suggestion: state.suggestion.map(|words| l.msg(&Msg::new("safety-suggestion").user("passphrase", words.as_str()))),
        busy: l.text("safety-busy"),
        wipe_backups_note: l.text("safety-wipe-backups-note"),
        has_pin,
        locked,
        guest: state.guest,
        shared,
        title: l.text("safety-title"),
        status: l.text(match (shared, has_pin) {
            (true, _) => "safety-shared-on",
            (false, true) => "safety-pin-on",
            (false, false) => "safety-pin-off",
        }),
        pin_label: l.text(if shared { "safety-space-secret-label" } else { "safety-pin-label" }),
        new_pin_label: l.msg(&secret_rule),
        unlock: l.text("safety-unlock-button"),
        locked_title: l.text("safety-locked-title"),
        locked_hint: l.text(if shared { "safety-locked-space-hint" } else { "safety-locked-hint" }),
        set_pin: l.text("safety-set-pin-button"),
        change_pin: l.text("safety-change-pin-button"),
        remove_pin: l.text("safety-remove-pin-button"),
        lock: l.text("safety-lock-button"),
        quick_exit: l.text("safety-quick-exit"),
        wipe: l.text("safety-wipe-button"),
        wipe_cancel: l.text("safety-wipe-cancel"),
        wiped: l.text("safety-wiped"),
        wipe_countdown: (1..=WIPE_COUNTDOWN_SECONDS).rev().map(|n| l.msg(&Msg::new("safety-wipe-countdown").arg("seconds", n))).collect(),
        guest_enter: l.text("safety-guest-button"),
        guest_on: l.text("safety-guest-on"),
        guest_end: l.text("safety-guest-end"),
        topic: SAFETY_TOPIC.to_string(),
        repeat_pin_label: l.text("safety-repeat-pin-label"),
        shared_title: l.text("safety-shared-title"),
        shared_hint: l.text("safety-shared-hint"),
        shared_button: l.text("safety-shared-button"),
        shared_pin_label: l.msg(&Msg::new("safety-space-own-secret-label").arg("digits", digits).arg("words", words)),
        space_new: l.text("safety-space-new-button"),
        space_new_hint: l.text("safety-space-create-hint"),
        settings_title: l.text("safety-settings-title"),
        idle_label: l.text("safety-idle-label"),
        idle_minutes: state.idle_minutes,
        idle_options: IDLE_MINUTES
            .iter()
            .map(|&m| NumberOption { value: m, label: l.msg(&Msg::new("safety-idle-minutes").arg("minutes", m as i64)) })
            .collect(),
        wipe_after_label: wipe_after_offered.then(|| l.text("safety-wipe-after-label")),
        wipe_after,
        wipe_after_options: wipe_after_choices
            .into_iter()
            .map(|n| NumberOption {
                value: n,
                label: match n {
                    0 => l.text("safety-wipe-after-never"),
                    n => l.msg(&Msg::new("safety-wipe-after-count").arg("count", n as i64)),
                },
            })
            .collect(),
        backup_title: l.text("safety-backup-title"),
        backup_hint: l.text("safety-backup-hint"),
        backup_passphrase_label: l
            .msg(&Msg::new("safety-backup-passphrase-label").arg("min", crate::records::backup::MIN_PASSPHRASE_CHARS as i64)),
        backup_export: l.text("safety-backup-export-button"),
        backup_import: l.text("safety-backup-import-button"),
        backup_replace_warning: l.text("safety-backup-replace-warning"),
        read_guide: l.text("safety-read-guide-button"),
    }
}

/// A span of time in plain words, rounded: "about 2 days", "more than a million years".
pub fn duration_words(l: &Localizer<'_>, seconds: f64) -> String {
    const MINUTE: f64 = 60.0;
    const HOUR: f64 = 60.0 * MINUTE;
    const DAY: f64 = 24.0 * HOUR;
    const YEAR: f64 = 365.25 * DAY;
    let about = |id: &'static str, n: f64| {
        // Two significant digits: "about 1,100 years", not "about 1,137 years".
        let digits = n.log10().floor() as i32;
        let rounded = if digits >= 2 { (n / 10f64.powi(digits - 1)).round() * 10f64.powi(digits - 1) } else { n.round() };
        l.msg(&Msg::new(id).arg("count", rounded.max(1.0) as i64))
    };
    match seconds {
        s if s < MINUTE => l.text("safety-duration-under-minute"),
        s if s < 2.0 * HOUR => about("safety-duration-minutes", s / MINUTE),
        s if s < 2.0 * DAY => about("safety-duration-hours", s / HOUR),
        s if s < 2.0 * YEAR => about("safety-duration-days", s / DAY),
        s if s < 1e6 * YEAR => about("safety-duration-years", s / YEAR),
        _ => l.text("safety-duration-million-years"),
    }
}

/// How long a copy of the files would resist someone trying every secret like the one chosen.
#[cfg(feature = "safety")]
pub fn strength_text(l: &Localizer<'_>, kind: vault::SecretKind, guesses: f64, space: bool) -> String {
    let one = duration_words(l, vault::seconds_to_try(guesses, 1));
    let many = duration_words(l, vault::seconds_to_try(guesses, vault::MANY_COMPUTERS));
    let computers = i64::from(vault::MANY_COMPUTERS);
    let msg = match (space, kind) {
        (true, _) => Msg::new("safety-strength-space"),
        (false, vault::SecretKind::Pin { digits }) => Msg::new("safety-strength-pin").arg("digits", digits as i64),
        (false, vault::SecretKind::Passphrase { words }) => Msg::new("safety-strength-passphrase").arg("words", words as i64),
    };
    l.msg(&msg.arg("one", one).arg("many", many).arg("computers", computers))
}
