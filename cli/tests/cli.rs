//! The `senda` command line, run as a real process. Expected words are read from the core's
//! built-in guide, so the tests check the wiring, not a copy of the translations.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{copy_dir, guide, json, senda, senda_env, senda_fed, stderr, stdout};
use senda::base::text::Msg;

#[test]
fn topics_in_creole() {
    let out = senda(&["--lang", "ht", "topics"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for t in guide().topics("ht") {
        assert!(text.contains(&t.id) && text.contains(&t.title), "{text}");
    }
    assert_ne!(guide().topics("ht")[0].title, guide().topics("es")[0].title);
}

#[test]
fn show_in_french_prints_the_topic_its_sources_and_date() {
    let out = senda(&["--lang", "fr", "show", "mexico-steps"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let view = guide().topic("mexico-steps", "fr").unwrap();
    assert!(text.starts_with(&view.title), "{text}");
    assert!(text.contains(&view.checked_label));
    assert!(text.contains("11 mars 2026"), "{text}");
    for source in &view.sources {
        assert!(text.contains(&source.name) && text.contains(&source.cite), "{text}");
    }
}

#[test]
fn show_as_json_has_the_promised_fields() {
    let out = senda(&["--json", "show", "mexico-steps"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["id"], "mexico-steps");
    assert_eq!(v["lang"], "es", "Spanish when neither --lang nor the system says otherwise");
    assert!(v["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(v["blocks"].as_array().is_some_and(|b| !b.is_empty()));
    let sources = v["sources"].as_array().unwrap();
    assert!(!sources.is_empty());
    assert!(sources.iter().all(|s| s["name"].is_string() && s["cite"].is_string()));
    let checked = v["checked"].as_str().unwrap();
    assert!(senda::base::dates::parse_date(checked).is_ok(), "{checked}");
    assert!(stderr(&out).is_empty());
}

#[test]
fn the_language_comes_from_the_system_when_not_given() {
    let out = senda_env(&["--json", "topics"], &[("LANG", "pt_BR.UTF-8")]);
    assert_eq!(json(&out)["lang"], "pt");
    let out = senda_env(&["--json", "topics"], &[("LANGUAGE", "de:fr"), ("LANG", "en_US.UTF-8")]);
    assert_eq!(json(&out)["lang"], "fr", "LANGUAGE's list comes first");
    let out = senda_env(&["--json", "topics"], &[("LANG", "de_DE.UTF-8")]);
    assert_eq!(json(&out)["lang"], "es", "falls back to Spanish");
    let out = senda_env(&["--json", "--lang", "en", "topics"], &[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(json(&out)["lang"], "en", "--lang wins");
}

#[test]
fn the_locale_check_reports_all_five_complete() {
    let out = senda(&["--json", "l10n", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let v = json(&out);
    let locales = v["locales"].as_array().unwrap();
    let langs: Vec<&str> = locales.iter().map(|l| l["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["es", "en", "fr", "ht", "pt"]);
    for l in locales {
        assert_eq!(l["missing"], 0, "{l}");
        assert_eq!(l["errors"], 0, "{l}");
        assert_eq!(l["identical"], 0, "{l}");
    }
}

/// Copies the repository's content and locales to a temporary folder for editing.
fn copy_guide(to: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    for top in ["content", "locales"] {
        copy_dir(&root.join(top), &to.join(top));
    }
}

#[test]
fn the_locale_check_fails_on_an_incomplete_locale() {
    let dir = tempfile::tempdir().unwrap();
    copy_guide(dir.path());
    let file = dir.path().join("locales/fr/app.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let edited: String = text.lines().filter(|l| !l.starts_with("nav-home =")).map(|l| format!("{l}\n")).collect();
    std::fs::write(&file, edited).unwrap();
    let dir_arg = dir.path().to_str().unwrap();

    let out = senda(&["--json", "l10n", "check", "--dir", dir_arg]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let fr = v["locales"].as_array().unwrap().iter().find(|l| l["lang"] == "fr").unwrap().clone();
    assert_eq!(fr["missing"], 1);
    assert_eq!(fr["missing_ids"][0], "nav-home");

    let out = senda(&["--lang", "en", "l10n", "check", "--dir", dir_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("nav-home"), "{}", stdout(&out));
}

#[test]
fn a_missing_guide_folder_is_a_translated_failure() {
    let out = senda(&["--lang", "es", "l10n", "check", "--dir", "/nonexistent/senda"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("No se pudo leer la carpeta de la guía"), "{}", stderr(&out));
}

#[test]
fn an_unknown_topic_fails_with_exit_1_in_the_readers_language() {
    let out = senda(&["--lang", "fr", "show", "nowhere"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    let expected = guide().error_view("fr", &senda::guide::GuideError::TopicNotFound { topic: "nowhere".into() }).message;
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));

    let out = senda(&["--json", "show", "nowhere"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty(), "errors never go to stdout");
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["id"], "error-topic-not-found");
}

#[test]
fn usage_errors_exit_2_with_a_translated_message() {
    let l = guide();
    // The message's words up to where the argument goes.
    let words = |lang: &str, id: &'static str| {
        let text = l.catalog().localizer(lang).msg(&Msg::new(id).arg("arg", "\u{1}"));
        text.split('\u{1}').next().unwrap().to_string()
    };
    let cases: &[(&[&str], &str)] = &[
        (&["--lang", "es", "bogus"], "cli-usage-unknown-command"),
        (&["--lang", "es", "show"], "cli-usage-missing-argument"),
        (&["--lang", "pt", "topics", "--frobnicate"], "cli-usage-unknown-argument"),
    ];
    for (args, id) in cases {
        let out = senda(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let lang = args[1];
        let first_words: String = words(lang, id).chars().take_while(|c| *c != '«' && *c != '“').collect();
        assert!(stderr(&out).contains(first_words.trim()), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).is_empty());
    }
    let out = senda(&["--lang", "xx", "topics"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("xx"), "{}", stderr(&out));
    let out = senda(&[]);
    assert_eq!(out.status.code(), Some(2), "no command is a usage error");
}

#[test]
fn help_is_in_the_readers_language() {
    let out = senda(&["--lang", "ht", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let l = guide();
    let ht = l.catalog().localizer("ht");
    let text = stdout(&out);
    for id in ["cli-about", "cli-cmd-topics", "cli-opt-json", "cli-help-heading-options"] {
        assert!(text.contains(&ht.text(id)), "{id} missing from:\n{text}");
    }
}

/// Runs `senda` on a given data folder, with a fixed "today".
fn senda_in(data: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--data-dir", data.to_str().unwrap(), "--today", "2026-11-22"];
    all.extend_from_slice(args);
    senda(&all)
}

#[test]
fn the_comar_deadline_from_the_issue() {
    let out = senda(&["--json", "deadline", "comar", "--entered", "2026-03-27", "--statutory-only"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["kind"], "comar");
    assert_eq!(v["from"], "2026-03-27");
    assert_eq!(v["last_day"], "2026-05-11", "the safe last day");
    assert_eq!(v["latest_day"], "2026-05-14", "the latest possible one");
    assert_eq!(v["business_days"], 30);

    // As text: the safe day first, then the latest possible one.
    let out = senda(&["--lang", "en", "--today", "2026-04-01", "deadline", "comar", "--entered", "2026-03-27"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let safe = text.find("Monday 11 May 2026 (2026-05-11)").unwrap_or_else(|| panic!("{text}"));
    let latest = text.find("may be as late as Thursday 14 May 2026").unwrap_or_else(|| panic!("{text}"));
    assert!(safe < latest, "{text}");
}

#[test]
fn the_day_filing_became_possible_and_the_court_deadlines() {
    let out = senda(&["--json", "--today", "2026-04-01", "deadline", "comar", "--entered", "2026-03-02", "--could-apply", "2026-03-27"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!((v["from"].as_str(), v["from_key"].as_str()), (Some("2026-03-27"), Some("could-apply")));
    assert_eq!((v["last_day"].as_str(), v["latest_day"].as_str()), (Some("2026-05-08"), Some("2026-05-14")));
    for (kind, safe, latest) in [("nulidad", "2026-10-02", "2026-10-05"), ("amparo", "2026-09-10", "2026-09-11")] {
        let out = senda(&["--json", "--today", "2026-08-20", "deadline", kind, "--notified", "2026-08-20"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let v = json(&out);
        assert_eq!((v["last_day"].as_str(), v["latest_day"].as_str()), (Some(safe), Some(latest)), "{kind}");
        assert_eq!(v["topic"], "help", "{kind} links to legal help");
    }
    let out = senda(&["deadline", "signing", "--entered", "2026-03-27"]);
    assert_eq!(out.status.code(), Some(1), "the next signing is entered, not counted");
}

/// The shell reads "today" as the local date. Run in a zone whose date differs from UTC's at
/// this moment (a day ahead in Pacific/Kiritimati, a day behind in Etc/GMT+12, whichever
/// differs now), the CLI's today is the local one.
#[test]
fn today_is_the_local_date_where_it_differs_from_utc() {
    let date_in = |zone: &str| {
        let out = Command::new("date").env("TZ", zone).arg("+%F").output().unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    for _attempt in 0..2 {
        let utc = date_in("UTC");
        let zone = ["Pacific/Kiritimati", "Etc/GMT+12"].into_iter().find(|z| date_in(z) != utc);
        let zone = zone.expect("one of the two zones has another date than UTC at any moment");
        let local = date_in(zone);
        let local_date = senda::base::dates::parse_date(&local).unwrap();
        let entered = senda::base::dates::iso_date(local_date - chrono::Days::new(3));
        let out = senda_env(&["--json", "deadline", "comar", "--entered", &entered], &[("TZ", zone)]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let v = json(&out);
        let last_day = senda::base::dates::parse_date(v["last_day"].as_str().unwrap()).unwrap();
        let seen = last_day - chrono::Days::new(v["left_calendar"].as_i64().unwrap() as u64);
        if date_in(zone) != local || date_in("UTC") != utc {
            continue; // midnight passed meanwhile somewhere: measure again
        }
        assert_eq!(senda::base::dates::iso_date(seen), local, "today in {zone} (UTC: {utc})");
        assert_ne!(local, utc);
        return;
    }
    panic!("the date kept changing while the test ran");
}

#[test]
fn deadline_usage_and_input_errors() {
    let out = senda(&["deadline", "appeal", "--entered", "2026-03-27"]);
    assert_eq!(out.status.code(), Some(2), "appeal counts from --notified: {}", stderr(&out));
    let out = senda(&["--lang", "en", "deadline", "appeal", "--notified", "2026-02-30"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("30 February 2026 does not exist"), "{}", stderr(&out));
    let out = senda(&["--json", "deadline", "nonsense", "--entered", "2026-03-27"]);
    assert_eq!(out.status.code(), Some(1));
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["id"], "error-deadline-unknown");
    let out = senda(&["--json", "--today", "2026-11-22", "deadline", "comar", "--entered", "2031-01-01"]);
    assert_eq!(out.status.code(), Some(1), "a date far in the future is refused");
}

#[test]
fn two_profiles_checklists_stay_separate_across_processes() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    assert_eq!(senda_in(d, &["profile", "add", "Ana"]).status.code(), Some(0));
    assert_eq!(senda_in(d, &["profile", "add", "Jean"]).status.code(), Some(0));
    assert_eq!(senda_in(d, &["checklist", "set", "tvrh-id", "have", "--profile", "Ana", "--note", "vencido"]).status.code(), Some(0));
    assert_eq!(senda_in(d, &["checklist", "set", "tvrh-id", "not-applicable", "--profile", "Jean"]).status.code(), Some(0));

    let item = |profile: &str| {
        let v = json(&senda_in(d, &["--json", "checklist", "--profile", profile]));
        v["items"].as_array().unwrap().iter().find(|i| i["id"] == "tvrh-id").unwrap().clone()
    };
    assert_eq!(item("Ana")["status"], "have");
    assert_eq!(item("Ana")["note"], "vencido");
    assert_eq!(item("Jean")["status"], "not-applicable");

    // A wrong status leaves the data unchanged and exits 1.
    let out = senda_in(d, &["checklist", "set", "tvrh-id", "maybe", "--profile", "Ana"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(item("Ana")["status"], "have");
    assert_eq!(item("Ana")["note"], "vencido");
    // Without --profile, two profiles are ambiguous.
    assert_eq!(senda_in(d, &["checklist"]).status.code(), Some(1));
}

#[test]
fn dates_profiles_and_the_summary_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    assert_eq!(senda_in(d, &["profile", "add", "Rosa"]).status.code(), Some(0));
    assert_eq!(senda_in(d, &["profile", "add", "Rosa"]).status.code(), Some(1), "names are unique");
    assert_eq!(senda_in(d, &["dates", "set", "entered", "2026-11-01"]).status.code(), Some(0), "the only profile");
    assert_eq!(senda_in(d, &["dates", "set", "signing-day", "3"]).status.code(), Some(0));
    let v = json(&senda_in(d, &["--json", "dates"]));
    assert_eq!(v["dates"]["entered"], "2026-11-01");
    assert_eq!(v["dates"]["signing-day"], 3);
    let v = json(&senda_in(d, &["--json", "deadlines"]));
    let kinds: Vec<&str> = v["deadlines"].as_array().unwrap().iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["comar", "signing"]);
    assert_eq!(v["deadlines"][0]["last_day"], "2026-12-11");
    assert_eq!(v["deadlines"][0]["latest_day"], "2026-12-15");
    assert_eq!(v["deadlines"][0]["left_business"], 15);
    assert_eq!(v["deadlines"][1]["state"], "needs-date", "a weekday alone gives no date");
    assert_eq!(v["deadlines"][1]["last_day"], serde_json::Value::Null);

    // The next signing is the date entered, in `senda dates` and `senda deadlines`.
    assert_eq!(senda_in(d, &["dates", "set", "signing-next", "2026-11-27"]).status.code(), Some(0));
    let v = json(&senda_in(d, &["--json", "dates"]));
    assert_eq!(v["dates"]["signing-next"], "2026-11-27");
    let text = stdout(&senda_in(d, &["--lang", "es", "dates"]));
    assert!(text.contains("signing-next") && text.contains("2026-11-27") && text.contains("Fecha de su próxima firma"), "{text}");
    let v = json(&senda_in(d, &["--json", "deadlines"]));
    assert_eq!((v["deadlines"][1]["kind"].as_str(), v["deadlines"][1]["last_day"].as_str()), (Some("signing"), Some("2026-11-27")));
    let text = stdout(&senda_in(d, &["--lang", "en", "deadlines"]));
    assert!(text.contains("Friday 27 November 2026 (2026-11-27)") && text.contains("You noted that you sign every Wednesday."), "{text}");
    let out = senda_in(d, &["dates", "set", "signing-every-days", "0"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));

    let out_file = d.join("resumen.html");
    let out = senda_in(d, &["--lang", "fr", "summary", "--out", out_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&out_file).unwrap();
    assert!(html.contains("lang=\"fr\"") && html.contains("lang=\"es\""));
    assert!(html.contains("vendredi 11 décembre 2026") && html.contains("viernes 11 de diciembre de 2026"), "{html}");
    let (safe, latest) = (html.find("vendredi 11 décembre 2026").unwrap(), html.find("mardi 15 décembre 2026").unwrap());
    assert!(safe < latest, "the safe day before the latest possible one");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&out_file).unwrap().permissions().mode() & 0o777, 0o600, "for its owner only");
    }
    // A file name with no folder goes to the current folder.
    let here = Command::new(env!("CARGO_BIN_EXE_senda"))
        .args(["--data-dir", d.to_str().unwrap(), "--today", "2026-11-22", "summary", "--out", "aqui.html"])
        .current_dir(d)
        .output()
        .unwrap();
    assert_eq!(here.status.code(), Some(0), "{}", stderr(&here));
    assert!(std::fs::read_to_string(d.join("aqui.html")).unwrap().contains("Rosa"));

    // Removal asks first; without a "yes" nothing is removed.
    let out = senda_in(d, &["profile", "remove", "Rosa"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&senda_in(d, &["--json", "profile", "list"]))["profiles"].as_array().unwrap().len(), 1);
    assert_eq!(senda_in(d, &["profile", "remove", "Rosa", "--yes"]).status.code(), Some(0));
    let v = json(&senda_in(d, &["--json", "profile", "list"]));
    assert!(v["profiles"].as_array().unwrap().is_empty());
    assert_eq!(v["removed"][0]["name"], "Rosa");
    assert_eq!(senda_in(d, &["profile", "restore", "Rosa"]).status.code(), Some(0));
    assert_eq!(json(&senda_in(d, &["--json", "dates"]))["dates"]["entered"], "2026-11-01", "restored with its dates");
}

#[test]
fn search_from_the_command_line() {
    let hits = |args: &[&str]| {
        let out = senda(args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        json(&out)["hits"].as_array().unwrap().clone()
    };
    let es = hits(&["--lang", "es", "--json", "search", "tramite"]);
    assert!(es.iter().any(|h| h["topic"] == "mexico-steps" && h["lang"] == "es"));
    assert!(es.iter().all(|h| h["snippet"].is_string() && h["title"].is_string()));
    assert!(hits(&["--lang", "en", "--json", "search", "10888"]).iter().any(|h| h["topic"] == "where-now"));
    assert!(hits(&["--lang", "ht", "--json", "search", "COMAR"]).iter().any(|h| h["topic"] == "mexico-steps"));
    let text = stdout(&senda(&["--lang", "es", "search", "tramite"]));
    assert!(text.contains("[trámite]"), "hits are marked in the terminal: {text}");
}

#[test]
fn decide_with_answers_and_with_typed_numbers() {
    let answers = [
        "--answer=us-entry=no",
        "--answer=support=none",
        "--answer=wait=yes",
        "--answer=protection=family-children",
        "--answer=nationality=honduras",
        "--answer=settle=yes",
    ];
    let mut args = vec!["--json", "decide"];
    args.extend(answers);
    let out = senda(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    let ids: Vec<&str> = v["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["at-border", "us-border-rules", "family-children", "nationality", "settle-yes", "legal-help"]);
    assert_eq!(v["policy_date"], "2026-03-11");

    // Asked in the terminal: the numbers typed pick the same answers (1 = the first option).
    let data = tempfile::tempdir().unwrap();
    let out = senda_fed(data.path(), data.path(), &["--json", "decide"], "1\n4\n1\n9\n1\n1\n1\n1\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let typed: Vec<String> = json(&out)["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(
        typed,
        ["at-border", "us-border-rules", "family-children", "nationality", "settle-yes", "legal-help"],
        "9 is not an option and is asked again"
    );
    assert!(stderr(&out).contains("That number is not on the list"), "{}", stderr(&out));

    let out = senda(&["--json", "decide", "--answer=us-entry=perhaps"]);
    assert_eq!(out.status.code(), Some(1));
    let err: serde_json::Value = serde_json::from_slice(out.stderr.rsplit(|b| *b == b'\n').find(|l| !l.is_empty()).unwrap()).unwrap();
    assert_eq!(err["error"]["id"], "error-decide-unknown-answer");
}

#[test]
fn no_english_heading_in_a_subcommands_help() {
    // Regression: the help flag was added before the translated heading, so `senda pack
    // --help` showed clap's English "Options:" above it.
    for args in [["--lang", "ht", "pack", "--help"], ["--lang", "fr", "profile", "--help"]] {
        let text = stdout(&senda(&args));
        assert!(!text.contains("Options:") && !text.contains("Commands:"), "{args:?}:\n{text}");
    }
}

/// Regression: a deadline counted from a date the command line had no option for made
/// `senda deadline` stop on an internal error. Ratification counts from the day a
/// representative filed the claim: Holy Week 2026 moves only the latest day.
#[test]
fn the_ratification_deadline_from_the_command_line() {
    let out = senda(&["--json", "--today", "2026-03-31", "deadline", "ratification", "--represented-filed", "2026-03-31"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!((v["last_day"].as_str(), v["latest_day"].as_str()), (Some("2026-04-03"), Some("2026-04-07")));
    assert_eq!((v["business_days"].as_u64(), v["topic"].as_str()), (Some(3), Some("mexico-steps")));
    let missing = senda(&["deadline", "ratification"]);
    assert_eq!(missing.status.code(), Some(2), "{}", stderr(&missing));
    assert!(stderr(&missing).contains("--represented-filed"), "{}", stderr(&missing));
}
