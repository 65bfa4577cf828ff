//! `senda`: the command line, a thin shell over the core for staff and scripts.
//!
//! It reads the environment (the data folder, the system's language), parses the arguments,
//! calls one core function per command and prints the result, as text or as JSON.
//! Exit codes: 0 success, 1 a failed operation, 2 a usage error.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command};
use senda::checklist::Status;
use senda::guide::Guide;
use senda::incoming::IncomingFile;
use senda::l10n::{Isolation, Localized, Localizer, Msg};
use senda::profile::ProfileError;
use senda::pack::PackFiles;
use senda::packfile;
use senda::session::Session;
use senda::vault::{BootTime, Clock, Zeroizing};
use senda::updates::Updates;
use senda::views::{BlockView, TopicView};
use serde::Serialize;

const EXIT_FAILED: u8 = 1;
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The guide shown is the one installed in the data folder (or the built-in one), so the
    // data folder is found before the arguments are fully parsed.
    let guide = match early_data_dir(&args) {
        Some(dir) => Updates::new(&dir).load(Isolation::Off).0,
        None => match Guide::builtin(Isolation::Off) {
            Ok(guide) => guide,
            Err(e) => {
                // Without a guide there are no words to say it with; this only happens if the
                // binary was built from broken content, which the test suite prevents.
                eprintln!("senda: {e}");
                return ExitCode::from(EXIT_FAILED);
            }
        },
    };
    let json = args.iter().any(|a| a == "--json");
    let system_lang = guide.catalog().negotiate(&system_languages());
    let lang = match asked_language(&args) {
        Some(asked) => match guide.catalog().resolve(&asked) {
            Ok(code) => code,
            Err(e) => {
                let out = Output { guide: &guide, lang: system_lang, json };
                out.error(&e);
                return ExitCode::from(EXIT_USAGE);
            }
        },
        None => system_lang,
    };
    let out = Output { guide: &guide, lang, json };
    let l = guide.catalog().localizer(&out.lang);
    let matches = match command(&l).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(e) => return out.usage_error(&l, &e),
    };
    match run(&out, &matches) {
        Ok(code) => code,
        Err(e) => {
            out.error(e.as_ref());
            ExitCode::from(EXIT_FAILED)
        }
    }
}

type CommandResult = Result<ExitCode, Box<dyn Localized>>;

fn run(out: &Output<'_>, matches: &ArgMatches) -> CommandResult {
    let today = match matches.get_one::<String>("today") {
        Some(text) => senda::content::parse_date(text).map_err(|_| boxed(ProfileError::BadDate { value: text.clone() }))?,
        None => local_today(),
    };
    let profile = matches.get_one::<String>("profile").map(String::as_str);
    match matches.subcommand() {
        Some(("topics", _)) => topics(out),
        Some(("show", sub)) => show(out, arg(sub, "topic")),
        Some(("l10n", sub)) => match sub.subcommand() {
            Some(("check", check)) => l10n_check(out, check.get_one::<PathBuf>("dir")),
            _ => unreachable!("clap requires a subcommand"),
        },
        Some(("deadline", sub)) => deadline(out, sub, today),
        Some(("search", sub)) => search(out, arg(sub, "query")),
        Some(("decide", sub)) => decide(out, sub),
        Some(("pack", sub)) => pack(out, matches, sub, today),
        Some(("share-kit", sub)) => share_kit(out, matches, sub, today),
        Some((name @ ("pin" | "lock" | "wipe" | "backup" | "share" | "space"), sub)) => safety(out, matches, name, sub),
        Some((name, sub)) => {
            let mut session = open_session(out, matches)?;
            match (name, sub.subcommand()) {
                ("profile", Some(("add", a))) => {
                    session.add_profile(arg(a, "name"), now()).map_err(boxed)?;
                    out.done("cli-profile-added")
                }
                ("profile", Some(("list", _))) => profile_list(out, &mut session, today),
                ("profile", Some(("rename", a))) => {
                    let p = session.find_profile(Some(arg(a, "name"))).map_err(boxed)?;
                    session.rename_profile(p.id, arg(a, "new-name")).map_err(boxed)?;
                    out.done("cli-profile-renamed")
                }
                ("profile", Some(("remove", a))) => profile_remove(out, &mut session, arg(a, "name"), a.get_flag("yes")),
                ("profile", Some(("restore", a))) => {
                    session.restore_profile(arg(a, "name"), now()).map_err(boxed)?;
                    out.done("cli-profile-restored")
                }
                ("dates", None) => dates(out, &session, profile, today),
                ("dates", Some(("set", a))) => {
                    let p = session.find_profile(profile).map_err(boxed)?;
                    session.set_date(p.id, arg(a, "key"), Some(arg(a, "value")), today).map_err(boxed)?;
                    out.done("cli-saved")
                }
                ("dates", Some(("clear", a))) => {
                    let p = session.find_profile(profile).map_err(boxed)?;
                    session.set_date(p.id, arg(a, "key"), None, today).map_err(boxed)?;
                    out.done("cli-saved")
                }
                ("deadlines", _) => deadlines(out, &session, profile, today),
                ("checklist", None) => checklist(out, &session, profile, today),
                ("checklist", Some(("set", a))) => {
                    let p = session.find_profile(profile).map_err(boxed)?;
                    let note = a.get_one::<String>("note").map(String::as_str);
                    session.set_item(p.id, arg(a, "item"), arg(a, "status"), note).map_err(boxed)?;
                    out.done("cli-saved")
                }
                ("checklist", Some(("add", a))) => {
                    let p = session.find_profile(profile).map_err(boxed)?;
                    let id = session.add_own_item(p.id, arg(a, "text")).map_err(boxed)?;
                    if out.json {
                        out.print_json(&serde_json::json!({ "id": id }));
                        Ok(ExitCode::SUCCESS)
                    } else {
                        out.done("cli-saved")
                    }
                }
                ("summary", _) => summary(out, &session, profile, today, sub.get_one::<PathBuf>("out").expect("required")),
                _ => unreachable!("clap requires a known subcommand"),
            }
        }
        None => unreachable!("clap requires a subcommand"),
    }
}

fn search(out: &Output<'_>, query: &str) -> CommandResult {
    let view = out.guide.search(query, &out.lang).map_err(boxed)?;
    if out.json {
        let hits: Vec<serde_json::Value> = view
            .hits
            .iter()
            .map(|h| serde_json::json!({ "topic": h.topic, "title": h.title, "snippet": h.snippet, "lang": h.lang }))
            .collect();
        out.print_json(&serde_json::json!({ "query": view.query, "fallback": view.fallback, "hits": hits }));
    } else {
        let mut text = String::new();
        if let Some(note) = &view.note {
            text.push_str(&format!("{note}\n\n"));
        }
        for h in &view.hits {
            let snippet: String =
                h.parts.iter().map(|p| if p.hit { format!("[{}]", p.text) } else { p.text.clone() }).collect();
            text.push_str(&format!("{}  ({}, {})\n  {}\n\n", h.title, h.topic, h.lang, snippet.replace('\n', " ")));
        }
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

/// Asks each question not answered with `--answer`, reading the chosen number from standard
/// input, then shows the advice.
fn decide(out: &Output<'_>, sub: &ArgMatches) -> CommandResult {
    let mut answers: Vec<(String, String)> = Vec::new();
    for pair in sub.get_many::<String>("answer").into_iter().flatten() {
        let (q, a) = pair.split_once('=').unwrap_or((pair.as_str(), ""));
        senda::decide::Answers::check_one(q, a).map_err(boxed)?;
        answers.push((q.to_string(), a.to_string()));
    }
    let view = out.guide.decide_view(&out.lang);
    let l = out.guide.catalog().localizer(&out.lang);
    let stdin = std::io::stdin();
    for q in &view.questions {
        if answers.iter().any(|(id, _)| id.trim() == q.id) {
            continue;
        }
        let mut prompt = format!("\n{}\n{}\n", q.progress, q.text);
        for (i, o) in q.options.iter().enumerate() {
            prompt.push_str(&format!("  {}. {}\n", i + 1, o.label));
        }
        eprint!("{prompt}{} ", l.text("cli-decide-choose"));
        loop {
            let mut line = String::new();
            if stdin.read_line(&mut line).unwrap_or(0) == 0 {
                eprintln!();
                break; // No more input: the missing answer is reported below.
            }
            match line.trim().parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| q.options.get(i)) {
                Some(option) => {
                    answers.push((q.id.clone(), option.value.clone()));
                    break;
                }
                None => eprint!("{} ", l.text("cli-decide-invalid")),
            }
        }
    }
    let parsed = senda::decide::Answers::parse(answers.iter().map(|(q, a)| (q.as_str(), a.as_str()))).map_err(boxed)?;
    let advice = out.guide.advice(&parsed, &out.lang);
    if out.json {
        out.print_json(&advice);
    } else {
        let mut text = format!("\n{}\n{}\n", advice.title, advice.policy_label);
        for item in &advice.items {
            text.push_str(&format!("\n## {}\n{}\n", item.title, item.text));
            for reason in &item.reasons {
                text.push_str(&format!("  • {reason}\n"));
            }
            let topics: Vec<String> = item.topics.iter().map(|t| format!("senda show {}", t.id)).collect();
            text.push_str(&format!("  → {}\n", topics.join(" · ")));
        }
        text.push_str(&format!("\n{}\n", advice.note));
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

/// Guide packs, for staff: keys, building, signing, checking, installing and sharing.
fn pack(out: &Output<'_>, matches: &ArgMatches, sub: &ArgMatches, today: chrono::NaiveDate) -> CommandResult {
    let l = out.guide.catalog().localizer(&out.lang);
    let path = |a: &ArgMatches, name: &str| a.get_one::<PathBuf>(name).expect("required by clap").clone();
    // A pack file is refused by its size before it is read.
    let read = |p: &PathBuf| IncomingFile::Pack.read(p).map_err(boxed);
    let write = |p: &PathBuf, bytes: &[u8]| {
        senda::updates::write_atomic(p, bytes).map_err(|e| match e {
            senda::updates::UpdateError::Io { path, source } => boxed(senda::Error::FileWrite { path, source }),
            other => boxed(other),
        })
    };
    let updates = || data_dir(matches).map(|d| Updates::new(&d)).ok_or_else(no_data_dir);
    match sub.subcommand() {
        Some(("keygen", a)) => {
            let base = path(a, "out");
            let (secret, public) = packfile::keygen().map_err(boxed)?;
            write(&base.with_extension("key"), secret.as_bytes())?;
            write(&base.with_extension("pub"), public.as_bytes())?;
            out.done("cli-pack-keys-written")
        }
        Some(("build", a)) => {
            let dir = a.get_one::<PathBuf>("dir").cloned().unwrap_or_else(|| PathBuf::from("."));
            let files = PackFiles::from_dir(&dir).map_err(boxed)?;
            let guide = senda::updates::load_content(&files).map_err(boxed)?;
            let version = *a.get_one::<u64>("version").expect("required by clap");
            let info = senda::updates::builtin_info(&guide, false);
            let date = |iso: &str| senda::content::parse_date(iso).unwrap_or(today);
            let manifest = packfile::manifest_for(
                &files,
                version,
                today,
                date(&info.checked),
                date(&info.policy_date),
                guide.content().languages.clone(),
            );
            write(&path(a, "out"), &packfile::build(&files, &manifest))?;
            out.done("cli-pack-built")
        }
        Some(("sign", a)) => {
            let file = path(a, "file");
            let key_path = path(a, "key");
            let key = std::fs::read_to_string(&key_path).map_err(|source| boxed(senda::Error::FileRead { path: key_path, source }))?;
            let signed = packfile::sign(&read(&file)?, &key).map_err(boxed)?;
            write(&file, &signed)?;
            out.done("cli-pack-signed")
        }
        Some(("verify", a)) => {
            let (pack, _) = updates()?.check_ignoring_version(&read(&path(a, "file"))?).map_err(boxed)?;
            if out.json {
                out.print_json(&serde_json::json!({
                    "version": pack.manifest.version, "built": pack.manifest.built, "checked": pack.manifest.checked,
                    "policy_date": pack.manifest.policy_date, "signer": pack.signer, "languages": pack.manifest.languages,
                }));
                Ok(ExitCode::SUCCESS)
            } else {
                out.done("cli-pack-valid")
            }
        }
        Some(("trust", a)) => {
            // Where a PIN protects the device's data, only its owner may add a trusted key:
            // opening the session asks for the PIN, and the core refuses a locked session.
            let session = open_session(out, matches)?;
            let key_path = path(a, "key");
            let text = std::fs::read_to_string(&key_path).map_err(|source| boxed(senda::Error::FileRead { path: key_path, source }))?;
            let key = packfile::parse_public_key(&text).map_err(boxed)?;
            if !a.get_flag("yes") && !confirm(&l, &l.msg(&Msg::new("cli-pack-trust-confirm").arg("key", key.to_base64()))) {
                eprintln!("{}", l.text("cli-cancelled"));
                return Ok(ExitCode::from(EXIT_FAILED));
            }
            session.trust_key(&text).map_err(boxed)?;
            out.done("cli-pack-trusted")
        }
        Some(("install", a)) => {
            let mut session = open_session(out, matches)?;
            session.install_pack(&read(&path(a, "file"))?, Isolation::Off).map_err(boxed)?;
            pack_info(out, &session, today)
        }
        Some(("info", _)) => pack_info(out, &open_session(out, matches)?, today),
        Some(("export", a)) => {
            let bytes = updates()?.export().map_err(boxed)?;
            write(&path(a, "out"), &bytes)?;
            out.done("cli-pack-exported")
        }
        Some(("rollback", _)) => {
            let mut session = open_session(out, matches)?;
            let version = session.rollback_pack(Isolation::Off).map_err(boxed)?;
            if out.json {
                return pack_info(out, &session, today);
            }
            out.print(&format!("{}\n", l.msg(&Msg::new("cli-pack-rolled-back").arg("version", version as i64))));
            Ok(ExitCode::SUCCESS)
        }
        _ => unreachable!("clap requires a subcommand"),
    }
}

/// The copy to pass on: the installer of the package this program came from, the installed
/// guide pack and the trusted keys, written to a new or empty folder. Needs no PIN: nothing
/// personal goes in.
fn share_kit(out: &Output<'_>, matches: &ArgMatches, sub: &ArgMatches, today: chrono::NaiveDate) -> CommandResult {
    let updates = Updates::new(&data_dir(matches).ok_or_else(no_data_dir)?);
    let folder = sub.get_one::<PathBuf>("out").expect("required by clap");
    let installer = senda::installer::of_program(std::env::current_exe());
    let kit = senda::sharekit::build(&out.lang, &updates, installer, today);
    kit.write(folder).map_err(boxed)?;
    let l = out.guide.catalog().localizer(&out.lang);
    let view = kit.view(folder, &l);
    if out.json {
        out.print_json(&view);
    } else {
        let mut text = format!("{}\n", view.message);
        for note in &view.notes {
            text.push_str(&format!("\n{note}\n"));
        }
        text.push_str(&format!("\n{}\n", l.text("cli-share-kit-files")));
        for file in &view.files {
            text.push_str(&format!("  {}  {}\n", file.sha256, file.name));
        }
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

fn pack_info(out: &Output<'_>, session: &Session, today: chrono::NaiveDate) -> CommandResult {
    let info = session.pack_info(today).map_err(boxed)?;
    if out.json {
        out.print_json(&info);
    } else {
        let mut text = format!("{}\n{}\n", info.version_label, info.origin_label);
        for line in [&info.built_label, &Some(info.checked_label.clone()), &info.signer_label, &info.fell_back, &info.stale]
            .into_iter()
            .flatten()
        {
            text.push_str(&format!("{line}\n"));
        }
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

/// Asks a question on the terminal; true only for one of the locale's words for "yes".
fn confirm(l: &Localizer<'_>, question: &str) -> bool {
    eprint!("{question} {} ", l.text("cli-confirm-hint"));
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    let _ = std::io::stdin().read_line(&mut answer);
    let answer = answer.trim().to_lowercase();
    !answer.is_empty() && l.text("cli-confirm-yes").split(',').any(|w| w.trim() == answer)
}

fn no_data_dir() -> Box<dyn Localized> {
    boxed(senda::Error::DataFolder {
        path: PathBuf::from("~"),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "no data folder"),
    })
}

/// A secret typed by the person: from the terminal without echo, or the next line of standard
/// input with `--pin-stdin` / `--passphrase-stdin` (or when standard input is not a terminal).
/// Wiped from memory when dropped.
fn secret(from_stdin: bool, prompt: &str) -> Zeroizing<String> {
    use std::io::IsTerminal;
    if from_stdin || !std::io::stdin().is_terminal() {
        let mut line = Zeroizing::new(String::new());
        let _ = std::io::stdin().read_line(&mut line);
        let end = line.trim_end_matches(['\n', '\r']).len();
        line.truncate(end);
        return line;
    }
    Zeroizing::new(rpassword::prompt_password(format!("{prompt} ")).unwrap_or_default())
}

/// The PIN, the lock, the wipe and the encrypted backup.
fn safety(out: &Output<'_>, matches: &ArgMatches, name: &str, sub: &ArgMatches) -> CommandResult {
    let l = out.guide.catalog().localizer(&out.lang);
    let stdin = matches.get_flag("pin-stdin");
    match (name, sub.subcommand()) {
        ("pin", Some((action, _))) => {
            let mut session = open_session(out, matches)?;
            match action {
                "set" => {
                    let pin = secret(stdin, &l.text("cli-pin-new-prompt"));
                    session.set_pin(&pin).map_err(boxed)?;
                    return out.done_with_notice("cli-saved", &mut session);
                }
                "wipe-after" => {
                    let n = *sub.subcommand().and_then(|(_, a)| a.get_one::<u32>("tries")).expect("required by clap");
                    session.set_wipe_after(Some(n).filter(|n| *n > 0)).map_err(boxed)?;
                }
                "change" => {
                    let old = secret(stdin, &l.text("cli-pin-prompt"));
                    let new = secret(stdin, &l.text("cli-pin-new-prompt"));
                    session.change_pin(&old, &new, clock()).map_err(boxed)?;
                    return out.done_with_notice("cli-saved", &mut session);
                }
                _ => {
                    let old = secret(stdin, &l.text("cli-pin-prompt"));
                    session.remove_pin(&old, clock()).map_err(boxed)?;
                }
            }
            out.done("cli-saved")
        }
        ("lock", _) => out.done("cli-locked"),
        ("share", _) => {
            let mut session = open_session(out, matches)?;
            let pin = secret(stdin, &l.text("cli-space-pin-prompt"));
            let repeat = secret(stdin, &l.text("cli-pin-repeat-prompt"));
            session.share_device(&pin, &repeat).map_err(boxed)?;
            out.done_with_notice("cli-shared", &mut session)
        }
        ("space", Some(("new", _))) => {
            let mut session = open_session(out, matches)?;
            let pin = secret(stdin, &l.text("cli-space-pin-prompt"));
            let repeat = secret(stdin, &l.text("cli-pin-repeat-prompt"));
            session.create_space(&pin, &repeat).map_err(boxed)?;
            out.done_with_notice("cli-space-created", &mut session)
        }
        ("wipe", _) => {
            let mut session = open_session(out, matches)?;
            if !sub.get_flag("yes") && !confirm(&l, &l.text("cli-wipe-confirm")) {
                eprintln!("{}", l.text("cli-cancelled"));
                return Ok(ExitCode::from(EXIT_FAILED));
            }
            session.wipe().map_err(boxed)?;
            out.done("cli-wiped")
        }
        ("backup", Some(("export", a))) => {
            let session = open_session(out, matches)?;
            let passphrase = secret(a.get_flag("passphrase-stdin") || stdin, &l.text("cli-passphrase-prompt"));
            let bytes = session.export_backup(&passphrase).map_err(boxed)?;
            let file = a.get_one::<PathBuf>("file").expect("required by clap");
            senda::updates::write_atomic(file, &bytes)
                .map_err(|_| boxed(senda::Error::FileWrite { path: file.clone(), source: std::io::Error::other("write") }))?;
            out.done("cli-backup-written")
        }
        ("backup", Some(("import", a))) => {
            let mut session = open_session(out, matches)?;
            let file = a.get_one::<PathBuf>("file").expect("required by clap");
            let bytes = IncomingFile::Backup.read(file).map_err(boxed)?;
            let passphrase = secret(a.get_flag("passphrase-stdin") || stdin, &l.text("cli-passphrase-prompt"));
            let has_data = !session.profiles(local_today(), now()).map_err(boxed)?.profiles.is_empty();
            if has_data && !a.get_flag("yes") && !confirm(&l, &l.text("cli-backup-replace-confirm")) {
                eprintln!("{}", l.text("cli-cancelled"));
                return Ok(ExitCode::from(EXIT_FAILED));
            }
            session.import_backup(&bytes, &passphrase, local_today()).map_err(boxed)?;
            out.done("cli-backup-restored")
        }
        _ => unreachable!("clap requires a subcommand"),
    }
}

fn arg<'a>(matches: &'a ArgMatches, name: &str) -> &'a str {
    matches.get_one::<String>(name).map(String::as_str).expect("required by clap")
}

/// Today's date where the command runs, in the local time zone.
fn local_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Now, with the clock nobody can set where the system has one (Linux: seconds since the
/// device started, and that start's id), so that waits after wrong PINs cannot be skipped by
/// moving the date.
fn clock() -> Clock {
    let read = |path: &str| std::fs::read_to_string(path).ok();
    let boot = match (read("/proc/sys/kernel/random/boot_id"), read("/proc/uptime")) {
        (Some(id), Some(uptime)) => BootTime::parse(&id, &uptime),
        _ => None,
    };
    Clock { unix: now(), boot }
}

fn open_session(out: &Output<'_>, matches: &ArgMatches) -> Result<Session, Box<dyn Localized>> {
    let dir = data_dir(matches).ok_or_else(no_data_dir)?;
    let mut session = Session::open_with_updates(&dir, Updates::new(&dir), Isolation::Off).map_err(boxed)?;
    // The wipe needs no PIN on a device of one person; on a shared one it wipes the space the
    // PIN opens, and nobody else's.
    let skip_unlock = match matches.subcommand() {
        Some(("wipe", _)) => !session.is_shared(),
        Some(("lock", _)) | Some(("space", _)) => true,
        _ => false,
    };
    if session.is_locked() && !skip_unlock {
        let l = out.guide.catalog().localizer(&out.lang);
        let pin = secret(matches.get_flag("pin-stdin"), &l.text("cli-pin-prompt"));
        session.unlock(&pin, clock()).map_err(boxed)?;
    }
    // Profile views are written in the language this command was asked to speak.
    session.speak(&out.lang);
    Ok(session)
}

fn deadline(out: &Output<'_>, sub: &ArgMatches, today: chrono::NaiveDate) -> CommandResult {
    let kind = arg(sub, "kind");
    let def = out.guide.counted_deadline(kind);
    let def = def.ok_or_else(|| boxed(senda::deadline::DeadlineError::Unknown { kind: kind.to_string() }))?;
    let mut dates = Vec::new();
    for (option, key) in DATE_OPTIONS {
        if let Some(text) = sub.get_one::<String>(option) {
            dates.push((*key, senda::profile::parse_person_date(text, today).map_err(boxed)?));
        }
    }
    if !dates.iter().any(|(key, _)| *key == def.from) {
        let option = DATE_OPTIONS.iter().find(|(_, k)| *k == def.from).map(|(o, _)| *o).expect("every date key has an option");
        let l = out.guide.catalog().localizer(&out.lang);
        let msg = Msg::new("cli-usage-missing-argument").arg("arg", format!("--{option}"));
        out.usage_message(&l, &msg);
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    let view = out.guide.deadline(kind, &dates, today, sub.get_flag("statutory-only"), &out.lang).map_err(boxed)?;
    if out.json {
        out.print_json(&view);
    } else {
        out.print(&deadline_text(&[view]));
    }
    Ok(ExitCode::SUCCESS)
}

/// Command-line options that give the dates a deadline counts from, and the date key each is.
const DATE_OPTIONS: &[(&str, &str)] = &[
    ("entered", "entered"),
    ("could-apply", "could-apply"),
    ("notified", "notified"),
    ("filed", "filed"),
    ("represented-filed", "represented-filed"),
    ("issued", "tvrh-issued"),
    ("arrived", "us-arrival"),
];

/// Deadlines as text: the title, the safe last day, then the latest possible one, what is
/// left, what to do, and any further notes.
fn deadline_text(views: &[senda::views::DeadlineView]) -> String {
    let mut text = String::new();
    for v in views {
        text.push_str(&format!("{}\n", v.title));
        if let (Some(label), Some(day)) = (&v.last_day_label, &v.last_day) {
            text.push_str(&format!("  {label} ({day})\n"));
        }
        let lines = [&v.latest_label, &v.from_label].into_iter().flatten().chain([&v.left_label, &v.advice]).chain(&v.notes);
        for line in lines {
            text.push_str(&format!("  {line}\n"));
        }
        text.push('\n');
    }
    text
}

fn profile_list(out: &Output<'_>, session: &mut Session, today: chrono::NaiveDate) -> CommandResult {
    let view = session.profiles(today, now()).map_err(boxed)?;
    if out.json {
        out.print_json(&view);
    } else {
        let mut text = String::new();
        for p in &view.profiles {
            text.push_str(&p.name);
            if let Some(next) = &p.next_due {
                text.push_str(&format!("  ({next})"));
            }
            text.push('\n');
        }
        for r in &view.removed {
            text.push_str(&format!("  {}\n", r.label));
        }
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

fn profile_remove(out: &Output<'_>, session: &mut Session, name: &str, yes: bool) -> CommandResult {
    let p = session.find_profile(Some(name)).map_err(boxed)?;
    if !yes {
        let view = session.profile(p.id, local_today()).map_err(boxed)?;
        let l = out.guide.catalog().localizer(&out.lang);
        if !confirm(&l, &view.remove_confirm) {
            eprintln!("{}", l.text("cli-cancelled"));
            return Ok(ExitCode::from(EXIT_FAILED));
        }
    }
    let removed = session.remove_profile(p.id, now()).map_err(boxed)?;
    let l = out.guide.catalog().localizer(&out.lang);
    if out.json {
        out.print_json(&serde_json::json!({ "removed": removed.name }));
    } else {
        out.print(&format!("{}\n", l.msg(&Msg::new("profile-removed").arg("name", removed.name.as_str()))));
    }
    Ok(ExitCode::SUCCESS)
}

fn dates(out: &Output<'_>, session: &Session, profile: Option<&str>, today: chrono::NaiveDate) -> CommandResult {
    let p = session.find_profile(profile).map_err(boxed)?;
    let view = session.profile(p.id, today).map_err(boxed)?;
    if out.json {
        let mut dates = serde_json::Map::new();
        for f in &view.dates {
            if let Some(v) = &f.value {
                dates.insert(f.key.clone(), serde_json::Value::from(v.clone()));
            }
        }
        if let Some(day) = view.signing.weekday {
            dates.insert(senda::session::SIGNING_DAY.to_string(), serde_json::Value::from(day));
        }
        if let Some(days) = view.signing.every_days {
            dates.insert(senda::session::SIGNING_EVERY_DAYS.to_string(), serde_json::Value::from(days));
        }
        out.print_json(&serde_json::json!({ "profile": view.name, "dates": dates }));
    } else {
        let l = out.guide.catalog().localizer(&out.lang);
        let mut text = String::new();
        for f in view.dates.iter().filter(|f| f.value.is_some()) {
            text.push_str(&format!("{:<18} {}  ({})\n", f.key, f.value.as_deref().unwrap_or(""), f.label));
        }
        let signing = &view.signing;
        if let Some(day) = signing.weekday {
            let name = signing.weekdays.iter().find(|w| w.number == day).map(|w| w.name.as_str()).unwrap_or("");
            text.push_str(&format!("{:<18} {day}  ({}: {name})\n", senda::session::SIGNING_DAY, signing.weekday_label));
        }
        if let Some(days) = signing.every_days {
            text.push_str(&format!("{:<18} {days}  ({})\n", senda::session::SIGNING_EVERY_DAYS, signing.every_days_label));
        }
        if text.is_empty() {
            text = format!("{}\n", l.text("cli-no-dates"));
        }
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

fn deadlines(out: &Output<'_>, session: &Session, profile: Option<&str>, today: chrono::NaiveDate) -> CommandResult {
    let p = session.find_profile(profile).map_err(boxed)?;
    let view = session.profile(p.id, today).map_err(boxed)?;
    if out.json {
        out.print_json(&serde_json::json!({ "profile": view.name, "deadlines": view.deadlines }));
    } else if view.deadlines.is_empty() {
        out.print(&format!("{}\n", out.guide.catalog().localizer(&out.lang).text("profile-no-deadlines")));
    } else {
        out.print(&deadline_text(&view.deadlines));
    }
    Ok(ExitCode::SUCCESS)
}

fn checklist(out: &Output<'_>, session: &Session, profile: Option<&str>, today: chrono::NaiveDate) -> CommandResult {
    let p = session.find_profile(profile).map_err(boxed)?;
    let view = session.profile(p.id, today).map_err(boxed)?;
    let list = &view.checklist;
    let all = list.groups.iter().flat_map(|g| g.items.iter()).chain(&list.own_items);
    if out.json {
        let items: Vec<serde_json::Value> = all
            .map(|i| serde_json::json!({ "id": i.id, "status": i.status, "note": i.note, "text": i.text, "need": i.need }))
            .collect();
        out.print_json(&serde_json::json!({
            "profile": view.name, "items": items, "have": list.have, "total": list.total, "missing": list.missing,
        }));
    } else {
        let l = out.guide.catalog().localizer(&out.lang);
        let mark = |s: Status| match s {
            Status::Have => "[x]",
            Status::Needed => "[ ]",
            Status::NotApplicable => "[-]",
        };
        let mut text = String::new();
        for g in &list.groups {
            text.push_str(&format!("\n{}\n", g.title));
            for i in &g.items {
                text.push_str(&format!("  {} {}  ({})\n", mark(i.status), i.text, i.id));
                if !i.note.is_empty() {
                    text.push_str(&format!("      {}\n", i.note));
                }
            }
        }
        if !list.own_items.is_empty() {
            text.push_str(&format!("\n{}\n", l.text("checklist-own-heading")));
            for i in &list.own_items {
                text.push_str(&format!("  {} {}  ({})\n", mark(i.status), i.text, i.id));
            }
        }
        text.push_str(&format!("\n{}\n", list.progress_label));
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

fn summary(out: &Output<'_>, session: &Session, profile: Option<&str>, today: chrono::NaiveDate, file: &Path) -> CommandResult {
    let p = session.find_profile(profile).map_err(boxed)?;
    let view = session.summary(p.id, today).map_err(boxed)?;
    let html = senda::summary::html(&view);
    senda::files::write_atomic(file, html.as_bytes()).map_err(|source| boxed(senda::Error::FileWrite { path: file.to_path_buf(), source }))?;
    let l = out.guide.catalog().localizer(&out.lang);
    out.print(&format!("{}\n", l.msg(&Msg::new("cli-summary-written").arg("file", file.display().to_string()))));
    Ok(ExitCode::SUCCESS)
}

fn topics(out: &Output<'_>) -> CommandResult {
    let topics = out.guide.topics(&out.lang);
    if out.json {
        out.print_json(&serde_json::json!({ "lang": out.lang, "topics": topics }));
    } else {
        let width = topics.iter().map(|t| t.id.chars().count()).max().unwrap_or(0);
        let mut text = String::new();
        for t in &topics {
            text.push_str(&format!("{:width$}  {}\n", t.id, t.title));
        }
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

fn show(out: &Output<'_>, topic: &str) -> CommandResult {
    let view = out.guide.topic(topic, &out.lang).map_err(boxed)?;
    if out.json {
        out.print_json(&view);
    } else {
        out.print(&topic_text(out, &view));
    }
    Ok(ExitCode::SUCCESS)
}

fn topic_text(out: &Output<'_>, view: &TopicView) -> String {
    let l = out.guide.catalog().localizer(&out.lang);
    let mut text = format!("{}\n\n{}\n", view.title, view.summary);
    for block in &view.blocks {
        match block {
            BlockView::Heading { text: heading } => text.push_str(&format!("\n## {heading}\n")),
            BlockView::Paragraph { text: para } => text.push_str(&format!("\n{para}\n")),
            BlockView::List { items } => {
                text.push('\n');
                for item in items {
                    text.push_str(&format!("  • {item}\n"));
                }
            }
            BlockView::Note { text: note, .. } => text.push_str(&format!("\n  ! {note}\n")),
            // A terminal is narrow: each row becomes a small block of "column: cell" lines.
            BlockView::Table { caption, columns, rows } => {
                text.push_str(&format!("\n{caption}\n"));
                for row in rows {
                    text.push_str(&format!("\n  {}\n", row.label));
                    for (column, cell) in columns.iter().zip(&row.cells) {
                        text.push_str(&format!("    {column}: {cell}\n"));
                    }
                }
            }
            BlockView::Term { term, text: definition, .. } => text.push_str(&format!("\n{term}\n  {definition}\n")),
        }
    }
    if !view.terms.is_empty() {
        let terms: Vec<&str> = view.terms.iter().map(|t| t.term.as_str()).collect();
        text.push_str(&format!("\n{} {}\n", view.terms_heading, terms.join(", ")));
    }
    text.push_str(&format!("\n{}\n", l.text("cli-topic-sources")));
    for source in &view.sources {
        text.push_str(&format!("  - {} ({})\n", source.name, source.cite));
    }
    text.push_str(&format!("\n{}\n", view.checked_label));
    text
}

#[derive(Serialize)]
struct LocaleCount {
    lang: String,
    review_state: String,
    missing: usize,
    errors: usize,
    identical: usize,
    missing_ids: Vec<String>,
    error_ids: Vec<String>,
    identical_ids: Vec<String>,
}

fn l10n_check(out: &Output<'_>, dir: Option<&PathBuf>) -> CommandResult {
    let checked;
    let guide = match dir {
        Some(dir) => {
            let files = PackFiles::from_dir(dir).map_err(boxed)?;
            checked = Guide::load(&files, Isolation::Off).map_err(boxed)?;
            &checked
        }
        None => out.guide,
    };
    let reports = guide.catalog().check();
    let incomplete = reports.iter().filter(|r| !r.is_complete()).count();
    if out.json {
        let locales: Vec<LocaleCount> = reports
            .into_iter()
            .map(|r| LocaleCount {
                lang: r.lang,
                review_state: r.review_state,
                missing: r.missing.len(),
                errors: r.errors.len(),
                identical: r.identical.len(),
                missing_ids: r.missing,
                error_ids: r.errors,
                identical_ids: r.identical,
            })
            .collect();
        out.print_json(&serde_json::json!({ "locales": locales }));
    } else {
        let l = out.guide.catalog().localizer(&out.lang);
        let headers = ["cli-l10n-header-lang", "cli-l10n-header-missing", "cli-l10n-header-errors", "cli-l10n-header-identical"]
            .map(|id| l.text(id));
        let mut text = format!("{:<8}{:>10}{:>10}{:>10}\n", headers[0], headers[1], headers[2], headers[3]);
        for r in &reports {
            let state = if r.is_complete() { l.text("cli-l10n-complete") } else { l.text("cli-l10n-incomplete") };
            text.push_str(&format!(
                "{:<8}{:>10}{:>10}{:>10}  {state}\n",
                r.lang,
                r.missing.len(),
                r.errors.len(),
                r.identical.len()
            ));
            for id in r.missing.iter().chain(&r.errors) {
                text.push_str(&format!("          {id}\n"));
            }
        }
        let summary = if incomplete == 0 {
            l.text("cli-l10n-summary-ok")
        } else {
            l.msg(&Msg::new("cli-l10n-summary-bad").arg("count", incomplete as i64))
        };
        text.push_str(&format!("\n{summary}\n"));
        out.print(&text);
    }
    Ok(if incomplete == 0 { ExitCode::SUCCESS } else { ExitCode::from(EXIT_FAILED) })
}

fn boxed<E: Localized + 'static>(e: E) -> Box<dyn Localized> {
    Box::new(e)
}

/// Where results and errors go, and in which language.
struct Output<'g> {
    guide: &'g Guide,
    lang: String,
    json: bool,
}

impl Output<'_> {
    /// Confirms a change: a short sentence, or `{"ok":true}` in JSON.
    fn done(&self, id: &str) -> CommandResult {
        if self.json {
            self.print_json(&serde_json::json!({ "ok": true }));
        } else {
            self.print(&format!("{}\n", self.guide.catalog().localizer(&self.lang).text(id)));
        }
        Ok(ExitCode::SUCCESS)
    }

    /// Confirms a change and says what the core has to say once about it (how long the new
    /// secret would resist a copy of the files, a space's word): as lines, or in JSON.
    fn done_with_notice(&self, id: &str, session: &mut Session) -> CommandResult {
        let word = session.pending_space_word();
        let notice = session.safety_after().map(|v| v.notice).unwrap_or_default();
        if self.json {
            self.print_json(&serde_json::json!({ "ok": true, "notice": notice, "space_word": word }));
        } else {
            let l = self.guide.catalog().localizer(&self.lang);
            let mut text = format!("{}\n", l.text(id));
            for line in notice {
                text.push_str(&line);
                text.push('\n');
            }
            self.print(&text);
        }
        Ok(ExitCode::SUCCESS)
    }

    fn usage_message(&self, l: &Localizer<'_>, msg: &Msg) {
        let mut stderr = std::io::stderr();
        if self.json {
            let error = serde_json::json!({ "error": { "id": msg.id, "message": l.msg(msg), "detail": null } });
            let _ = writeln!(stderr, "{error}");
        } else {
            let _ = writeln!(stderr, "senda: {}\n{}", l.msg(msg), l.text("cli-usage-hint"));
        }
    }

    fn print(&self, text: &str) {
        // A closed pipe (`senda show x | head`) is not an error worth a panic.
        let _ = std::io::stdout().write_all(text.as_bytes());
    }

    fn print_json<T: Serialize>(&self, value: &T) {
        let text = serde_json::to_string_pretty(value).expect("view models always serialize");
        self.print(&format!("{text}\n"));
    }

    fn error(&self, error: &dyn Localized) {
        let view = self.guide.error_view(&self.lang, error);
        let mut stderr = std::io::stderr();
        if self.json {
            let text = serde_json::to_string(&serde_json::json!({ "error": view })).expect("serializes");
            let _ = writeln!(stderr, "{text}");
        } else {
            let _ = writeln!(stderr, "senda: {}", view.message);
            if let Some(detail) = view.detail {
                let l = self.guide.catalog().localizer(&self.lang);
                let _ = writeln!(stderr, "  {} {detail}", l.text("cli-error-detail"));
            }
        }
    }

    /// Help and version go to stdout with exit 0; everything else clap refuses is a usage
    /// error, said in the reader's language, with exit 2.
    fn usage_error(&self, l: &Localizer<'_>, e: &clap::Error) -> ExitCode {
        match e.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                self.print(&e.render().to_string());
                return ExitCode::SUCCESS;
            }
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
                let _ = write!(std::io::stderr(), "{}", command(l).render_help());
                return ExitCode::from(EXIT_USAGE);
            }
            _ => {}
        }
        let arg = match e.get(ContextKind::InvalidArg) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            _ => String::new(),
        };
        let msg = match e.kind() {
            ErrorKind::UnknownArgument => Msg::new("cli-usage-unknown-argument").arg("arg", arg),
            ErrorKind::InvalidSubcommand => Msg::new("cli-usage-unknown-command"),
            ErrorKind::MissingRequiredArgument => Msg::new("cli-usage-missing-argument").arg("arg", arg),
            ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::NoEquals => {
                Msg::new("cli-usage-invalid-value").arg("arg", arg)
            }
            _ => Msg::new("cli-usage-generic"),
        };
        self.usage_message(l, &msg);
        ExitCode::from(EXIT_USAGE)
    }
}

/// The command tree, with every help text in the reader's language.
fn command(l: &Localizer<'_>) -> Command {
    let template = format!("{{about}}\n\n{}: {{usage}}\n\n{{all-args}}", l.text("cli-help-usage"));
    let help_flag = || Arg::new("help").short('h').long("help").action(ArgAction::Help).help(l.text("cli-opt-help"));
    let sub = |name: &'static str, about: &str| {
        Command::new(name)
            .about(about.to_string())
            .help_template(template.clone())
            .disable_help_flag(true)
            .next_help_heading(l.text("cli-help-heading-options"))
            .arg(help_flag())
            .subcommand_help_heading(l.text("cli-help-heading-commands"))
    };
    Command::new("senda")
        .about(l.text("cli-about"))
        .version(env!("CARGO_PKG_VERSION"))
        .help_template(template.clone())
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .subcommand_required(true)
        .subcommand_help_heading(l.text("cli-help-heading-commands"))
        .next_help_heading(l.text("cli-help-heading-options"))
        .arg(Arg::new("data-dir").long("data-dir").value_name("DIR").global(true).value_parser(clap::value_parser!(PathBuf)).help(l.text("cli-opt-data-dir")))
        .arg(Arg::new("lang").long("lang").value_name("L").global(true).help(l.text("cli-opt-lang")))
        .arg(Arg::new("json").long("json").global(true).action(ArgAction::SetTrue).help(l.text("cli-opt-json")))
        .arg(help_flag())
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(l.text("cli-opt-version")))
        .subcommand(sub("topics", &l.text("cli-cmd-topics")))
        .subcommand(
            sub("show", &l.text("cli-cmd-show")).arg(
                Arg::new("topic")
                    .value_name("TOPIC")
                    .required(true)
                    .help(l.text("cli-arg-topic"))
                    .help_heading(l.text("cli-help-heading-arguments")),
            ),
        )
        .subcommand(
            sub("l10n", &l.text("cli-cmd-l10n")).subcommand_required(true).subcommand(
                sub("check", &l.text("cli-cmd-l10n-check")).arg(
                    Arg::new("dir").long("dir").value_name("DIR").value_parser(clap::value_parser!(PathBuf)).help(l.text("cli-opt-l10n-dir")),
                ),
            ),
        )
        .arg(Arg::new("pin-stdin").long("pin-stdin").global(true).action(ArgAction::SetTrue).help(l.text("cli-opt-pin-stdin")))
        .subcommand(
            sub("pin", &l.text("cli-cmd-pin"))
                .subcommand_required(true)
                .subcommand(sub("set", &l.text("cli-cmd-pin-set")))
                .subcommand(sub("change", &l.text("cli-cmd-pin-change")))
                .subcommand(sub("remove", &l.text("cli-cmd-pin-remove")))
                .subcommand(
                    sub("wipe-after", &l.text("cli-cmd-pin-wipe-after")).arg(
                        Arg::new("tries").value_name("N").required(true).value_parser(clap::value_parser!(u32).range(0..=1000)).help(l.text("cli-arg-wipe-after")),
                    ),
                ),
        )
        .subcommand(sub("lock", &l.text("cli-cmd-lock")))
        .subcommand(sub("share", &l.text("cli-cmd-share")))
        .subcommand(sub("space", &l.text("cli-cmd-space")).subcommand_required(true).subcommand(sub("new", &l.text("cli-cmd-space-new"))))
        .subcommand(sub("wipe", &l.text("cli-cmd-wipe")).arg(Arg::new("yes").long("yes").action(ArgAction::SetTrue).help(l.text("cli-opt-yes"))))
        .subcommand({
            let passphrase = || Arg::new("passphrase-stdin").long("passphrase-stdin").action(ArgAction::SetTrue).help(l.text("cli-opt-passphrase-stdin"));
            let file = || Arg::new("file").value_name("FILE").required(true).value_parser(clap::value_parser!(PathBuf)).help(l.text("cli-arg-backup-file"));
            sub("backup", &l.text("cli-cmd-backup"))
                .subcommand_required(true)
                .subcommand(sub("export", &l.text("cli-cmd-backup-export")).arg(file()).arg(passphrase()))
                .subcommand(
                    sub("import", &l.text("cli-cmd-backup-import"))
                        .arg(file())
                        .arg(passphrase())
                        .arg(Arg::new("yes").long("yes").action(ArgAction::SetTrue).help(l.text("cli-opt-yes"))),
                )
        })
        .arg(Arg::new("profile").long("profile").value_name("NAME").global(true).help(l.text("cli-opt-profile")))
        .arg(Arg::new("today").long("today").value_name("DATE").global(true).help(l.text("cli-opt-today")))
        .subcommand(
            sub("profile", &l.text("cli-cmd-profile"))
                .subcommand_required(true)
                .subcommand(sub("add", &l.text("cli-cmd-profile-add")).arg(positional("name", "NAME", l.text("cli-arg-name"))))
                .subcommand(sub("list", &l.text("cli-cmd-profile-list")))
                .subcommand(
                    sub("rename", &l.text("cli-cmd-profile-rename"))
                        .arg(positional("name", "NAME", l.text("cli-arg-name")))
                        .arg(positional("new-name", "NEW", l.text("cli-arg-new-name"))),
                )
                .subcommand(
                    sub("remove", &l.text("cli-cmd-profile-remove"))
                        .arg(positional("name", "NAME", l.text("cli-arg-name")))
                        .arg(Arg::new("yes").long("yes").action(ArgAction::SetTrue).help(l.text("cli-opt-yes"))),
                )
                .subcommand(sub("restore", &l.text("cli-cmd-profile-restore")).arg(positional("name", "NAME", l.text("cli-arg-name")))),
        )
        .subcommand(
            sub("dates", &l.text("cli-cmd-dates"))
                .subcommand(
                    sub("set", &l.text("cli-cmd-dates-set"))
                        .arg(positional("key", "KEY", l.text("cli-arg-date-key")))
                        .arg(positional("value", "DATE", l.text("cli-arg-date-value"))),
                )
                .subcommand(sub("clear", &l.text("cli-cmd-dates-clear")).arg(positional("key", "KEY", l.text("cli-arg-date-key")))),
        )
        .subcommand({
            let mut deadline = sub("deadline", &l.text("cli-cmd-deadline"))
                .arg(positional("kind", "KIND", l.text("cli-arg-deadline-kind")))
                .arg(Arg::new("statutory-only").long("statutory-only").action(ArgAction::SetTrue).help(l.text("cli-opt-statutory-only")));
            for (option, _) in DATE_OPTIONS {
                deadline = deadline.arg(Arg::new(*option).long(*option).value_name("DATE").help(l.text(&format!("cli-opt-{option}"))));
            }
            deadline
        })
        .subcommand(sub("deadlines", &l.text("cli-cmd-deadlines")))
        .subcommand({
            let file = |id: &'static str, help: String| Arg::new(id).value_name("FILE").required(true).value_parser(clap::value_parser!(PathBuf)).help(help);
            let out_opt = || Arg::new("out").long("out").value_name("FILE").required(true).value_parser(clap::value_parser!(PathBuf)).help(l.text("cli-opt-pack-out"));
            sub("pack", &l.text("cli-cmd-pack"))
                .subcommand_required(true)
                .subcommand(sub("keygen", &l.text("cli-cmd-pack-keygen")).arg(out_opt()))
                .subcommand(
                    sub("build", &l.text("cli-cmd-pack-build"))
                        .arg(out_opt())
                        .arg(Arg::new("version").long("version").value_name("N").required(true).value_parser(clap::value_parser!(u64).range(1..=i64::MAX as u64)).help(l.text("cli-opt-pack-version")))
                        .arg(Arg::new("dir").long("dir").value_name("DIR").value_parser(clap::value_parser!(PathBuf)).help(l.text("cli-opt-pack-dir"))),
                )
                .subcommand(
                    sub("sign", &l.text("cli-cmd-pack-sign"))
                        .arg(file("file", l.text("cli-arg-pack-file")))
                        .arg(Arg::new("key").long("key").value_name("FILE").required(true).value_parser(clap::value_parser!(PathBuf)).help(l.text("cli-opt-pack-key"))),
                )
                .subcommand(sub("verify", &l.text("cli-cmd-pack-verify")).arg(file("file", l.text("cli-arg-pack-file"))))
                .subcommand(
                    sub("trust", &l.text("cli-cmd-pack-trust"))
                        .arg(file("key", l.text("cli-arg-pack-public-key")))
                        .arg(Arg::new("yes").long("yes").action(ArgAction::SetTrue).help(l.text("cli-opt-yes"))),
                )
                .subcommand(sub("install", &l.text("cli-cmd-pack-install")).arg(file("file", l.text("cli-arg-pack-file"))))
                .subcommand(sub("info", &l.text("cli-cmd-pack-info")))
                .subcommand(sub("export", &l.text("cli-cmd-pack-export")).arg(file("out", l.text("cli-opt-pack-out"))))
                .subcommand(sub("rollback", &l.text("cli-cmd-pack-rollback")))
        })
        .subcommand(
            sub("share-kit", &l.text("cli-cmd-share-kit")).arg(
                Arg::new("out").long("out").value_name("DIR").required(true).value_parser(clap::value_parser!(PathBuf)).help(l.text("cli-opt-share-kit-out")),
            ),
        )
        .subcommand(sub("search", &l.text("cli-cmd-search")).arg(positional("query", "QUERY", l.text("cli-arg-query"))))
        .subcommand(
            sub("decide", &l.text("cli-cmd-decide")).arg(
                Arg::new("answer").long("answer").value_name("KEY=VALUE").action(ArgAction::Append).help(l.text("cli-opt-answer")),
            ),
        )
        .subcommand(
            sub("checklist", &l.text("cli-cmd-checklist"))
                .subcommand(
                    sub("set", &l.text("cli-cmd-checklist-set"))
                        .arg(positional("item", "ITEM", l.text("cli-arg-item")))
                        .arg(positional("status", "STATUS", l.text("cli-arg-status")))
                        .arg(Arg::new("note").long("note").value_name("TEXT").help(l.text("cli-opt-note"))),
                )
                .subcommand(sub("add", &l.text("cli-cmd-checklist-add")).arg(positional("text", "TEXT", l.text("cli-arg-item-text")))),
        )
        .subcommand(
            sub("summary", &l.text("cli-cmd-summary")).arg(
                Arg::new("out").long("out").value_name("FILE").required(true).value_parser(clap::value_parser!(PathBuf)).help(l.text("cli-opt-out")),
            ),
        )
}

fn positional(id: &'static str, value_name: &'static str, help: String) -> Arg {
    Arg::new(id).value_name(value_name).required(true).help(help)
}

/// `--lang X` or `--lang=X`, read before the full parse so that help and usage errors can
/// already be in that language.
fn asked_language(args: &[OsString]) -> Option<String> {
    early_option(args, "--lang")
}

/// The value of a global option, read before the full parse.
fn early_option(args: &[OsString], name: &str) -> Option<String> {
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == name {
            return iter.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix(&format!("{name}=")) {
            return Some(value.to_string());
        }
    }
    None
}

/// The data folder as [`data_dir`] finds it, from the raw arguments.
fn early_data_dir(args: &[OsString]) -> Option<PathBuf> {
    early_option(args, "--data-dir").map(PathBuf::from).or_else(env_data_dir)
}

fn env_data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SENDA_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    dirs::data_dir().map(|d| d.join(senda::APP_ID))
}

/// The system's language preferences, most wanted first, from the POSIX variables.
fn system_languages() -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(list) = std::env::var("LANGUAGE") {
        out.extend(list.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(value) = std::env::var(var) {
            if !value.is_empty() {
                out.push(value);
            }
        }
    }
    out
}

/// `--data-dir`, else `SENDA_DATA_DIR`, else the platform's data folder.
fn data_dir(matches: &ArgMatches) -> Option<PathBuf> {
    if let Some(dir) = matches.get_one::<PathBuf>("data-dir") {
        return Some(dir.clone());
    }
    env_data_dir()
}
