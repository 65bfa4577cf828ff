//! Read aloud: the sections come from the screens' own view models, acronyms are said as
//! each language says them, and the real synthesizer speaks every shipped language.

use std::sync::OnceLock;

use senda::base::text::Localized;
use senda::guide::l10n::Isolation;
use senda::guide::speech::{self, ListenTarget, ReadingSection, SpeechRate, Voices};
use senda::guide::Guide;
use senda::session::Session;
use senda::views::BlockView;

/// One voices folder for the whole test binary: writing it takes a moment.
fn voices() -> &'static Voices {
    static VOICES: OnceLock<(tempfile::TempDir, Voices)> = OnceLock::new();
    &VOICES
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let voices = Voices::open(&dir.path().join("voices")).unwrap();
            (dir, voices)
        })
        .1
}

fn session_in(lang: &str) -> Session {
    let mut session = Session::in_memory(Guide::builtin(Isolation::On).unwrap()).unwrap();
    session.choose_language(lang).unwrap();
    session
}

fn topic(id: &str) -> ListenTarget {
    ListenTarget::Topic { id: id.to_string() }
}

const TODAY: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2026, 4, 1) {
    Some(d) => d,
    None => panic!("a date"),
};

/// The loudness of the samples, as root mean square over full scale (0 to 1).
fn rms(samples: &[i16]) -> f64 {
    let sum: f64 = samples.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
    (sum / samples.len().max(1) as f64).sqrt() / 32768.0
}

#[test]
fn the_first_section_of_mexico_steps_is_spoken_in_every_language() {
    for lang in ["es", "en", "ht", "fr", "pt"] {
        let session = session_in(lang);
        let (spoken_lang, text, rate) = session.speech(&topic("mexico-steps"), 0, TODAY).unwrap();
        assert_eq!(spoken_lang, lang);
        assert_eq!(rate, SpeechRate::Normal);
        let audio = voices().synthesize(&spoken_lang, &text, rate).unwrap();
        let chars = text.chars().count() as f64;
        let per_char = audio.seconds() / chars;
        assert!((0.03..=0.2).contains(&per_char), "{lang}: {:.2} s for {chars} characters ({per_char:.3} s each): {text}", audio.seconds());
        let loudness = rms(&audio.samples);
        assert!(loudness > 0.02, "{lang}: the audio is silent (RMS {loudness:.4})");
        // Not one long tone either: a tenth of a second windows vary in loudness.
        let windows: Vec<f64> = audio.samples.chunks(audio.sample_rate as usize / 10).map(rms).collect();
        let quiet = windows.iter().filter(|w| **w < loudness / 4.0).count();
        assert!(quiet > 0 && quiet < windows.len() / 2, "{lang}: {quiet} quiet windows of {}", windows.len());
    }
}

#[test]
fn the_wav_file_says_what_it_holds() {
    let audio = voices().synthesize("ht", "Bonjou.", SpeechRate::Normal).unwrap();
    let wav = audio.wav();
    assert_eq!(&wav[0..4], b"RIFF");
    assert_eq!(&wav[8..16], b"WAVEfmt ");
    assert_eq!(u32::from_le_bytes(wav[24..28].try_into().unwrap()), audio.sample_rate);
    assert_eq!(u32::from_le_bytes(wav[40..44].try_into().unwrap()) as usize, audio.samples.len() * 2);
    assert_eq!(wav.len(), 44 + audio.samples.len() * 2);
}

#[test]
fn a_topic_is_read_in_the_order_shown_one_heading_at_a_time() {
    for lang in ["es", "ht"] {
        let session = session_in(lang);
        let view = session.topic("mexico-steps").unwrap();
        let reading = session.reading(&topic("mexico-steps"), TODAY).unwrap();
        assert_eq!(reading.lang, lang);
        let headings = view.blocks.iter().filter(|b| matches!(b, BlockView::Heading { .. })).count();
        assert_eq!(reading.sections.len(), headings + 1, "the opening, then one section per heading");
        assert_eq!(reading.progress.len(), reading.sections.len());
        assert_eq!(reading.sections[0].texts[..2], [view.title.clone(), view.summary.clone()]);
        // Every block is read once, in order, from the same view model the screen shows.
        let anchors: Vec<&str> = reading.sections.iter().flat_map(|s| s.anchors.iter().map(String::as_str)).collect();
        let mut expected = vec!["title".to_string(), "summary".to_string()];
        expected.extend((0..view.blocks.len()).map(|i| format!("block-{i}")));
        assert_eq!(anchors, expected);
        let read: Vec<&str> = reading.sections.iter().flat_map(|s| s.texts.iter().map(String::as_str)).skip(2).collect();
        let shown: Vec<&str> = view.blocks.iter().flat_map(|b| b.texts()).collect();
        assert_eq!(read, shown);
        for section in &reading.sections[1..] {
            assert!(section.anchors[0].starts_with("block-"));
        }
    }
}

#[test]
fn a_table_is_read_row_by_row_each_cell_after_its_column() {
    let session = session_in("en");
    let view = session.topic("compare").unwrap();
    let Some((index, BlockView::Table { caption, columns, rows })) =
        view.blocks.iter().enumerate().find(|(_, b)| matches!(b, BlockView::Table { .. }))
    else {
        panic!("the comparison topic has a table");
    };
    let reading = session.reading(&topic("compare"), TODAY).unwrap();
    let section = reading.sections.iter().find(|s| s.anchors.contains(&format!("block-{index}"))).unwrap();
    let start = section.texts.iter().position(|t| t == caption).unwrap();
    assert_eq!(section.texts[start + 1], rows[0].label);
    assert_eq!(section.texts[start + 2], columns[0]);
    assert_eq!(section.texts[start + 3], rows[0].cells[0]);
}

fn check_spoken(lang: &str, shown: &str, expected: &str) {
    let guide = Guide::builtin(Isolation::On).unwrap();
    let l = guide.catalog().localizer(lang);
    let section = ReadingSection { anchors: vec![], texts: vec![shown.to_string()] };
    assert_eq!(speech::spoken_text(&section, &speech::spoken_forms(&l)), expected, "{lang}: {shown}");
}

#[test]
fn acronyms_are_said_as_each_language_says_them_in_the_spoken_text_only() {
    check_spoken("es", "Vaya a la COMAR y al INM", "Vaya a la Comar y al I N M.");
    check_spoken("ht", "Ale nan COMAR ak INM pou TVRH la", "Ale nan Kòmar ak i èn èm pou te ve èr ach la.");
    check_spoken("fr", "Le code PIN de l'INM", "Le code pine de l'I N M.");
    check_spoken("en", "Under the CAT", "Under the C, A, T.");
    // Whole words only, and only in capitals.
    check_spoken("es", "COMARCA, comar, INMUEBLE", "COMARCA, comar, INMUEBLE.");
    // The marks that keep mixed scripts apart on screen are not read; each text ends so the
    // voice pauses before the next.
    check_spoken("en", "Last day: \u{2068}Friday\u{2069}", "Last day: Friday.");
}

#[test]
fn every_spoken_form_and_every_language_has_what_it_needs() {
    let guide = Guide::builtin(Isolation::On).unwrap();
    for lang in &guide.content().languages {
        assert!(speech::voice_for(lang).is_some(), "no voice for {lang}");
        let l = guide.catalog().localizer(lang);
        let forms = speech::spoken_forms(&l);
        assert!(forms.len() >= 20);
        for (written, say) in forms {
            assert!(!say.is_empty() && !say.starts_with("speech-say-"), "{lang}: {written} has no spoken form");
            assert!(l.misses().is_empty(), "{lang}: {:?}", l.misses());
        }
    }
}

/// eSpeak NG's own Haitian Creole rules read "ou" as three sounds, "j" as [j], and nasal
/// vowels as a vowel and [n], and its numbers skip the tens of 41 to 49 ("45" was "senk") and
/// say "youn san" for 120; Senda's rules and words (voices/) read them as Creole does.
fn check_ht(written: &str, ipa: &str) {
    let engine = espeak_ng::EspeakNg::with_data_dir("ht", voices().data_dir()).unwrap();
    assert_eq!(engine.text_to_phonemes(written).unwrap(), ipa, "{written}");
}

#[test]
fn haitian_creole_is_read_by_its_own_spelling() {
    check_ht("jou", "ʒˈu");
    check_ht("ouvrab", "uvɣˈab");
    check_ht("demann", "demˈɑ̃n");
    check_ht("kanal", "kanˈal");
    check_ht("mwen", "mwˈɛ̃");
    check_ht("fenèt", "fenˈɛt");
    check_ht("Kòmar", "kɔmˈaɣ");
    check_ht("chak", "ʃˈak");
    check_ht("30", "tɣˈɑ̃t");
    check_ht("45", "kaɣɑ̃nsˈɛ̃k");
    check_ht("21", "vɛ̃tejˈɛ̃");
    check_ht("31", "tɣɑ̃tejˈɛ̃");
    check_ht("74", "swasɑ̃nkatˈɔz");
    check_ht("120", "sɑ̃ vˈɛ̃");
}

#[test]
fn the_speed_is_remembered_and_slower_reads_longer() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut session = Session::open(dir.path(), Guide::builtin(Isolation::On).unwrap()).unwrap();
        assert_eq!(session.speech_rate().unwrap(), SpeechRate::Normal);
        session.set_speech_rate(SpeechRate::Slower).unwrap();
    }
    let session = Session::open(dir.path(), Guide::builtin(Isolation::On).unwrap()).unwrap();
    assert_eq!(session.speech_rate().unwrap(), SpeechRate::Slower);
    assert_eq!(session.reading(&topic("notice"), TODAY).unwrap().rate, SpeechRate::Slower);
    let text = "Ou gen 30 jou ouvrab pou w prezante demann ou nan Kòmar.";
    let normal = voices().synthesize("ht", text, SpeechRate::Normal).unwrap();
    let slower = voices().synthesize("ht", text, SpeechRate::Slower).unwrap();
    assert!(slower.seconds() > normal.seconds() * 1.15, "{} s, then {} s", normal.seconds(), slower.seconds());
}

#[test]
fn a_deadline_card_and_the_advice_are_read_from_their_views() {
    let mut session = session_in("ht");
    let profile = session.add_profile("Woody", 0).unwrap();
    session.set_date(profile.id, "entered", Some("2026-03-23"), TODAY).unwrap();
    let card = session.profile(profile.id, TODAY).unwrap().deadlines.into_iter().find(|d| d.kind == "comar").unwrap();
    let target = ListenTarget::Deadline { profile: profile.id, deadline: "comar".into() };
    let reading = session.reading(&target, TODAY).unwrap();
    assert_eq!(reading.sections.len(), 1);
    assert_eq!(reading.sections[0].anchors, ["deadline-comar"]);
    // Every sentence of the card, in the order the card shows them.
    let mut shown = vec![card.title];
    shown.extend(card.last_day_label);
    shown.extend(card.latest_label);
    shown.extend([card.left_label, card.advice]);
    shown.extend(card.notes);
    shown.extend(card.from_label);
    assert!(shown.len() >= 5, "{shown:?}");
    assert_eq!(reading.sections[0].texts, shown);

    let answers: Vec<(String, String)> =
        [("us-entry", "no"), ("support", "none"), ("wait", "yes"), ("protection", "violence"), ("nationality", "haiti"), ("settle", "yes")]
            .iter()
            .map(|(q, a)| (q.to_string(), a.to_string()))
            .collect();
    let advice = session.advise(&answers).unwrap();
    let reading = session.reading(&ListenTarget::Advice { answers }, TODAY).unwrap();
    assert_eq!(reading.sections.len(), advice.items.len() + 2);
    assert_eq!(reading.sections[1].anchors, [format!("advice-{}", advice.items[0].id)]);
    assert_eq!(reading.sections[1].texts[..2], [advice.items[0].title.clone(), advice.items[0].text.clone()]);
    assert_eq!(reading.sections.last().unwrap().texts, [advice.note]);
}

#[test]
fn a_missing_section_a_missing_deadline_or_an_unknown_speed_is_refused_in_words() {
    let session = session_in("fr");
    let err = session.speech(&topic("notice"), 99, TODAY).unwrap_err();
    assert_eq!(err.msg().id, "error-speech-failed");
    assert!(!session.error_view(&err).message.is_empty());
    let err = session.reading(&topic("no-such-topic"), TODAY).unwrap_err();
    assert_eq!(err.msg().id, "error-topic-not-found");
    let err = SpeechRate::parse("faster").unwrap_err();
    assert_eq!(err.msg().id, "error-speech-rate");
    let err = voices().synthesize("de", "Hallo", SpeechRate::Normal).unwrap_err();
    assert_eq!(err.msg().id, "error-speech-no-voice");
}

#[test]
fn the_voices_are_written_whole_and_leftovers_are_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("voices");
    // What an interrupted install and an older version leave behind.
    std::fs::create_dir_all(folder.join("espeak-ng-0.0.1-000000")).unwrap();
    std::fs::create_dir_all(folder.join("espeak-ng-0.2.0-ffffff.partial-1")).unwrap();
    std::fs::write(folder.join("espeak-ng-0.2.0-ffffff.partial-1").join("phondata"), b"half").unwrap();
    let voices = Voices::open(&folder).unwrap();
    let left: Vec<_> = std::fs::read_dir(&folder).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(left, [voices.data_dir().to_path_buf()]);
    // Each of the five languages' dictionaries is there, and nothing of other languages.
    let dicts: Vec<String> = std::fs::read_dir(voices.data_dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("_dict"))
        .collect();
    let mut dicts = dicts;
    dicts.sort();
    assert_eq!(dicts, ["en_dict", "es_dict", "fr_dict", "ht_dict", "pt_dict"]);
    // Opening again uses what is there.
    let again = Voices::open(&folder).unwrap();
    assert_eq!(again.data_dir(), voices.data_dir());
    assert!(again.synthesize("es", "Hola.", SpeechRate::Normal).unwrap().seconds() > 0.2);
}

#[test]
fn the_app_plays_audio_only_from_what_the_core_made() {
    // The player turns the core's WAV bytes into a blob: URL; nothing else may be played.
    let conf: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(crate::repo_path("src-tauri/tauri.conf.json")).unwrap()).unwrap();
    let csp = conf["app"]["security"]["csp"].as_str().unwrap();
    let media: Vec<&str> = csp.split(';').map(str::trim).filter(|d| d.starts_with("media-src")).collect();
    assert_eq!(media, ["media-src blob:"], "{csp}");
    assert!(!csp.contains("wasm-unsafe-eval"), "synthesis runs in the core, not in the webview");
}

#[test]
fn the_core_depends_on_no_audio_device_crate() {
    let manifest: toml::Table = std::fs::read_to_string(crate::repo_path("Cargo.toml")).unwrap().parse().unwrap();
    let deps = manifest["dependencies"].as_table().unwrap();
    assert!(deps.contains_key("espeak-ng"), "the synthesizer is read");
    for name in ["cpal", "rodio", "alsa", "libpulse-binding", "portaudio", "kira", "tinyaudio"] {
        assert!(!deps.contains_key(name), "the core depends on {name}");
    }
}
