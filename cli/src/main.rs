//! `senda`: the command line, a thin shell over the core for staff and scripts.
//!
//! It reads the environment (the data folder, the system's language), parses the arguments,
//! calls one core function per command and prints the result, as text or as JSON.
//! Exit codes: 0 success, 1 a failed operation, 2 a usage error.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command};
use senda::guide::Guide;
use senda::l10n::{Isolation, Localized, Localizer, Msg};
use senda::pack::PackFiles;
use senda::views::{BlockView, TopicView};
use serde::Serialize;

const EXIT_FAILED: u8 = 1;
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let guide = match Guide::builtin(Isolation::Off) {
        Ok(guide) => guide,
        Err(e) => {
            // Without a guide there are no words to say it with; this only happens if the
            // binary was built from broken content, which the test suite prevents.
            eprintln!("senda: {e}");
            return ExitCode::from(EXIT_FAILED);
        }
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
    // The data folder (--data-dir, SENDA_DATA_DIR, or the platform's) is resolved here, once,
    // for the commands that keep personal data; the guide commands of this version read none.
    let _data_dir = data_dir(matches);
    match matches.subcommand() {
        Some(("topics", _)) => topics(out),
        Some(("show", sub)) => show(out, sub.get_one::<String>("topic").expect("required by clap")),
        Some(("l10n", sub)) => match sub.subcommand() {
            Some(("check", check)) => l10n_check(out, check.get_one::<PathBuf>("dir")),
            _ => unreachable!("clap requires a subcommand"),
        },
        _ => unreachable!("clap requires a subcommand"),
    }
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
        let mut stderr = std::io::stderr();
        if self.json {
            let error = serde_json::json!({ "error": { "id": msg.id, "message": l.msg(&msg), "detail": null } });
            let _ = writeln!(stderr, "{error}");
        } else {
            let _ = writeln!(stderr, "senda: {}\n{}", l.msg(&msg), l.text("cli-usage-hint"));
        }
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
            .arg(help_flag())
            .next_help_heading(l.text("cli-help-heading-options"))
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
}

/// `--lang X` or `--lang=X`, read before the full parse so that help and usage errors can
/// already be in that language.
fn asked_language(args: &[OsString]) -> Option<String> {
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return iter.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
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
    if let Some(dir) = std::env::var_os("SENDA_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    dirs::data_dir().map(|d| d.join(senda::APP_ID))
}
