//! Read aloud: what a screen says, section by section, taken from the same view models the
//! screens show; the spoken form of those words (acronyms as each language says them); and
//! the synthesizer that turns them into audio samples. No audio device here: the core returns
//! a WAV file's bytes and the shells play them.
//!
//! The synthesizer is eSpeak NG ported to Rust (crate `espeak-ng`), with the voice data of the
//! five languages embedded in the binary. It reads its data from a folder, so [`Voices::open`]
//! writes that data once into a folder the shell chooses, whole or not at all. Haitian Creole
//! uses Senda's own spelling rules and words (`voices/ht_rules`, `voices/ht_list`), compiled
//! there too, because eSpeak NG's own read most Creole words wrongly.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::base::text::{Localized, Msg};
use crate::guide::l10n::{Direction, Localizer};

/// Which voice reads each language, and the written words each language says its own way.
const SPEECH_TOML: &str = include_str!("../../voices/speech.toml");
/// Senda's Haitian Creole spelling rules and words, in eSpeak NG's dictionary source format.
const HT_RULES: &str = include_str!("../../voices/ht_rules");
const HT_LIST: &str = include_str!("../../voices/ht_list");
/// The languages whose dictionary Senda compiles from its own source, with that source.
const OWN_DICTIONARIES: &[(&str, &str, &str)] = &[("ht", HT_LIST, HT_RULES)];
/// The languages whose eSpeak NG data the binary embeds (a language's voice needs its
/// dictionary; the phoneme data is shared).
const EMBEDDED_DICTIONARIES: &[&str] = &["en", "es", "fr", "ht", "pt"];

/// Words per minute for each speed. eSpeak NG's own default (175) is fast for a person who
/// is listening under stress, in a language that may not be their first.
const NORMAL_WPM: i32 = 150;
const SLOWER_WPM: i32 = 115;

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("no voice reads {lang:?}")]
    NoVoice { lang: String },
    #[error("no section {section} to read (there are {count})")]
    NoSection { section: usize, count: usize },
    #[error("unknown speed {value:?}")]
    UnknownRate { value: String },
    #[error("cannot prepare the voices in {path}: {source}")]
    Install { path: PathBuf, source: std::io::Error },
    #[error("the synthesizer failed: {0}")]
    Synthesis(String),
}

pub type Result<T> = std::result::Result<T, SpeechError>;

impl Localized for SpeechError {
    fn msg(&self) -> Msg {
        match self {
            SpeechError::NoVoice { lang } => Msg::new("error-speech-no-voice").arg("lang", lang.as_str()),
            SpeechError::NoSection { .. } | SpeechError::Install { .. } | SpeechError::Synthesis(_) => Msg::new("error-speech-failed"),
            SpeechError::UnknownRate { value } => Msg::new("error-speech-rate").user("value", value.as_str()),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            SpeechError::NoVoice { .. } | SpeechError::UnknownRate { .. } => None,
            other => Some(other.to_string()),
        }
    }
}

/// How fast the voice reads, as the person chose; remembered with the other settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SpeechRate {
    #[default]
    Normal,
    Slower,
}

impl SpeechRate {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeechRate::Normal => "normal",
            SpeechRate::Slower => "slower",
        }
    }

    pub fn parse(value: &str) -> Result<SpeechRate> {
        match value.trim() {
            "normal" => Ok(SpeechRate::Normal),
            "slower" => Ok(SpeechRate::Slower),
            other => Err(SpeechError::UnknownRate { value: other.to_string() }),
        }
    }

    fn words_per_minute(self) -> i32 {
        match self {
            SpeechRate::Normal => NORMAL_WPM,
            SpeechRate::Slower => SLOWER_WPM,
        }
    }
}

/// What a Listen button reads: a topic, one deadline of a profile, or the decision helper's
/// advice for a set of answers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ListenTarget {
    Topic {
        id: String,
    },
    Deadline {
        #[ts(type = "number")]
        profile: i64,
        deadline: String,
    },
    Advice {
        answers: Vec<(String, String)>,
    },
}

/// One part read in one go: the words shown, in reading order, and the screen's elements
/// that show them (their `data-read` names), to highlight while it is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReadingSection {
    pub anchors: Vec<String>,
    pub texts: Vec<String>,
}

/// The player of a screen: its sections, the speed chosen, and the player's words.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReadingView {
    /// The language read (that of the words shown).
    pub lang: String,
    pub dir: Direction,
    pub sections: Vec<ReadingSection>,
    pub rate: SpeechRate,
    pub listen: String,
    pub pause: String,
    pub resume: String,
    pub stop: String,
    /// The speed switch's label, and its two choices.
    pub rate_label: String,
    pub rate_normal: String,
    pub rate_slower: String,
    /// "Reading part 2 of 5", for each section, for screen readers and the player bar.
    pub progress: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpeechFile {
    voices: BTreeMap<String, String>,
    say: Vec<SayEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SayEntry {
    written: String,
    message: String,
}

fn speech_file() -> SpeechFile {
    toml::from_str(SPEECH_TOML).expect("voices/speech.toml is checked by the test suite")
}

/// The eSpeak NG voice that reads `lang`, if any.
pub fn voice_for(lang: &str) -> Option<String> {
    speech_file().voices.get(lang).cloned()
}

/// The written words that the reader's language says its own way, each with its spoken form
/// from the language's `speech-say-*` message.
pub fn spoken_forms(l: &Localizer<'_>) -> Vec<(String, String)> {
    speech_file().say.into_iter().map(|s| (s.written, l.text(&s.message))).collect()
}

/// The text a section is read from: the words shown, without the invisible marks that keep
/// mixed scripts apart on screen, each ended so the voice pauses between them, and with the
/// words in `spoken` (written form, spoken form) replaced, as whole words only.
pub fn spoken_text(section: &ReadingSection, spoken: &[(String, String)]) -> String {
    let mut parts = Vec::new();
    for text in &section.texts {
        let clean: String = text.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect();
        let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
        if clean.is_empty() {
            continue;
        }
        let ends = clean.ends_with(['.', '!', '?', ':', ';', '…', '。']);
        parts.push(if ends { clean } else { format!("{clean}.") });
    }
    replace_words(&parts.join(" "), spoken)
}

/// Replaces whole words (runs of letters and digits) equal to a written form.
fn replace_words(text: &str, spoken: &[(String, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match spoken.iter().find(|(written, _)| written == word) {
            Some((_, say)) => out.push_str(say),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Audio samples: 16-bit, mono.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audio {
    pub samples: Vec<i16>,
    pub sample_rate: u32,
}

impl Audio {
    pub fn seconds(&self) -> f64 {
        self.samples.len() as f64 / f64::from(self.sample_rate.max(1))
    }

    /// The samples as a WAV file (PCM), which every webview's audio element plays.
    pub fn wav(&self) -> Vec<u8> {
        let data_len = (self.samples.len() * 2) as u32;
        let mut out = Vec::with_capacity(44 + data_len as usize);
        out.extend_from_slice(b"RIFF");
        out.extend_from_slice(&(36 + data_len).to_le_bytes());
        out.extend_from_slice(b"WAVEfmt ");
        out.extend_from_slice(&16u32.to_le_bytes());
        out.extend_from_slice(&1u16.to_le_bytes()); // PCM
        out.extend_from_slice(&1u16.to_le_bytes()); // mono
        out.extend_from_slice(&self.sample_rate.to_le_bytes());
        out.extend_from_slice(&(self.sample_rate * 2).to_le_bytes());
        out.extend_from_slice(&2u16.to_le_bytes());
        out.extend_from_slice(&16u16.to_le_bytes());
        out.extend_from_slice(b"data");
        out.extend_from_slice(&data_len.to_le_bytes());
        for s in &self.samples {
            out.extend_from_slice(&s.to_le_bytes());
        }
        out
    }
}

/// The voices, ready in a folder: eSpeak NG's data for the five languages and Senda's own
/// Haitian Creole dictionary.
#[derive(Debug, Clone)]
pub struct Voices {
    data: PathBuf,
}

impl Voices {
    /// Uses the voice data in `dir`, writing it there first if it is missing or from another
    /// version. The data is written to a folder of its own and renamed into place once whole,
    /// so a process killed meanwhile leaves nothing half-written in use.
    pub fn open(dir: &Path) -> Result<Voices> {
        let data = dir.join(data_version());
        if data.join(READY).is_file() {
            return Ok(Voices { data });
        }
        let io = |path: &Path, source| SpeechError::Install { path: path.to_path_buf(), source };
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        let partial = dir.join(format!("{}.partial-{}", data_version(), std::process::id()));
        let _ = std::fs::remove_dir_all(&partial);
        install(&partial).map_err(|e| io(&partial, e))?;
        match std::fs::rename(&partial, &data) {
            Ok(()) => {}
            // Another process put the same data in place first: use theirs.
            Err(_) if data.join(READY).is_file() => {
                let _ = std::fs::remove_dir_all(&partial);
            }
            Err(e) => return Err(io(&data, e)),
        }
        // Data of earlier versions, and folders left by interrupted installs.
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                if entry.path() != data {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
        Ok(Voices { data })
    }

    /// The folder holding the voice data in use.
    pub fn data_dir(&self) -> &Path {
        &self.data
    }

    /// Reads `text` aloud in `lang` (a locale code) at `rate`.
    pub fn synthesize(&self, lang: &str, text: &str, rate: SpeechRate) -> Result<Audio> {
        let voice = voice_for(lang).ok_or_else(|| SpeechError::NoVoice { lang: lang.to_string() })?;
        let mut engine = espeak_ng::EspeakNg::with_data_dir(&voice, &self.data).map_err(|e| SpeechError::Synthesis(e.to_string()))?;
        engine.set_parameter(espeak_ng::Parameter::Rate, rate.words_per_minute());
        let (samples, sample_rate) = engine.synth(text).map_err(|e| SpeechError::Synthesis(e.to_string()))?;
        Ok(Audio { samples, sample_rate })
    }
}

/// Marks a complete data folder.
const READY: &str = "senda-voices-ready";

/// Names the data of this build: the engine's version and Senda's own dictionary sources, so
/// that a changed rule replaces the data on the next start.
fn data_version() -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for (lang, list, rules) in OWN_DICTIONARIES {
        hash.update(lang.as_bytes());
        hash.update(list.as_bytes());
        hash.update(rules.as_bytes());
    }
    let digest = hash.finalize();
    let short: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("espeak-ng-{}-{short}", espeak_ng::EspeakNg::version())
}

/// Writes the embedded eSpeak NG data into `dir`, then compiles Senda's own dictionaries
/// over eSpeak NG's, and marks the folder complete.
fn install(dir: &Path) -> std::io::Result<()> {
    let other = |e: String| std::io::Error::other(e);
    espeak_ng::install_bundled_languages(dir, EMBEDDED_DICTIONARIES)?;
    for (lang, list, rules) in OWN_DICTIONARIES {
        std::fs::write(dir.join(format!("{lang}_list")), list)?;
        std::fs::write(dir.join(format!("{lang}_rules")), rules)?;
        let mut phonemes = espeak_ng::PhonemeData::load(dir).map_err(|e| other(e.to_string()))?;
        phonemes.select_table_by_name(lang).map_err(|e| other(e.to_string()))?;
        let transpose = espeak_ng::dictionary::transpose::TransposeConfig::for_lang(lang);
        let dict = espeak_ng::dictionary::compile::compile_dictionary(dir, lang, &phonemes, &transpose).map_err(other)?;
        std::fs::write(dir.join(format!("{lang}_dict")), dict)?;
    }
    std::fs::write(dir.join(READY), data_version())?;
    Ok(())
}
