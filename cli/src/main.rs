//! `senda`: the command line, a thin shell over the core for staff and scripts.
//!
//! It reads the environment (the data folder, the system's language), parses the arguments,
//! calls one core function per command and prints the result, as text or as JSON.
//! Exit codes: 0 success, 1 a failed operation, 2 a usage error.
//!
//! The command tree is declared once, with clap's derive API ([`Cli`]); its help texts are
//! message ids, replaced by the reader's words before parsing (`help.rs`). Each group of
//! commands has its module: `guide`, `records`, `safety`, `packs`, `l10n`.

mod guide;
mod help;
mod l10n;
mod packs;
mod records;
mod safety;

use std::ffi::OsString;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgMatches, FromArgMatches, Parser, Subcommand};
use senda::base::text::{Localized, Msg};
use senda::guide::l10n::{Isolation, Localizer};
use senda::guide::Guide;
use senda::packs::updates::Updates;
use senda::records::profile::ProfileError;
use senda::safety::attempts::{BootTime, Clock};
use senda::safety::vault::Zeroizing;
use senda::session::safety::Access;
use senda::session::Session;
use serde::Serialize;

const EXIT_FAILED: u8 = 1;
const EXIT_USAGE: u8 = 2;

// Every `about` and `help` below is a message id: `help::command` puts the reader's words in
// its place. No doc comments here, which clap would take as English help.

#[derive(Parser)]
#[command(name = "senda", about = "cli-about", version, disable_help_flag = true, disable_version_flag = true)]
#[command(disable_help_subcommand = true, subcommand_required = true)]
pub struct Cli {
    #[arg(long, global = true, value_name = "DIR", help = "cli-opt-data-dir")]
    pub data_dir: Option<PathBuf>,
    #[arg(long, global = true, value_name = "L", help = "cli-opt-lang")]
    pub lang: Option<String>,
    #[arg(long, global = true, help = "cli-opt-json")]
    pub json: bool,
    #[arg(long, global = true, help = "cli-opt-pin-stdin")]
    pub pin_stdin: bool,
    #[arg(long, global = true, value_name = "NAME", help = "cli-opt-profile")]
    pub profile: Option<String>,
    #[arg(long, global = true, value_name = "DATE", help = "cli-opt-today")]
    pub today: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    #[command(about = "cli-cmd-topics")]
    Topics,
    #[command(about = "cli-cmd-show")]
    Show {
        #[arg(value_name = "TOPIC", help = "cli-arg-topic")]
        topic: String,
    },
    #[command(about = "cli-cmd-l10n", subcommand_required = true)]
    L10n {
        #[command(subcommand)]
        command: l10n::L10nCommand,
    },
    #[command(about = "cli-cmd-pin", subcommand_required = true)]
    Pin {
        #[command(subcommand)]
        command: safety::PinCommand,
    },
    #[command(about = "cli-cmd-lock")]
    Lock,
    #[command(about = "cli-cmd-share")]
    Share,
    #[command(about = "cli-cmd-space", subcommand_required = true)]
    Space {
        #[command(subcommand)]
        command: safety::SpaceCommand,
    },
    #[command(about = "cli-cmd-wipe")]
    Wipe {
        #[arg(long, help = "cli-opt-yes")]
        yes: bool,
    },
    #[command(about = "cli-cmd-backup", subcommand_required = true)]
    Backup {
        #[command(subcommand)]
        command: safety::BackupCommand,
    },
    #[command(about = "cli-cmd-profile", subcommand_required = true)]
    Profile {
        #[command(subcommand)]
        command: records::ProfileCommand,
    },
    #[command(about = "cli-cmd-dates")]
    Dates {
        #[command(subcommand)]
        command: Option<records::DatesCommand>,
    },
    // The options that give the dates are the content's date keys, added by `help::command`.
    #[command(about = "cli-cmd-deadline")]
    Deadline {
        #[arg(value_name = "KIND", help = "cli-arg-deadline-kind")]
        kind: String,
        #[arg(long, help = "cli-opt-statutory-only")]
        statutory_only: bool,
    },
    #[command(about = "cli-cmd-deadlines")]
    Deadlines,
    #[command(about = "cli-cmd-pack", subcommand_required = true)]
    Pack {
        #[command(subcommand)]
        command: packs::PackCommand,
    },
    #[command(about = "cli-cmd-share-kit")]
    ShareKit {
        #[arg(long, value_name = "DIR", help = "cli-opt-share-kit-out")]
        out: PathBuf,
    },
    #[command(about = "cli-cmd-search")]
    Search {
        #[arg(value_name = "QUERY", help = "cli-arg-query")]
        query: String,
    },
    #[command(about = "cli-cmd-decide")]
    Decide {
        #[arg(long, value_name = "KEY=VALUE", help = "cli-opt-answer")]
        answer: Vec<String>,
    },
    #[command(about = "cli-cmd-checklist")]
    Checklist {
        #[command(subcommand)]
        command: Option<records::ChecklistCommand>,
    },
    #[command(about = "cli-cmd-summary")]
    Summary {
        #[arg(long, value_name = "FILE", help = "cli-opt-out")]
        out: PathBuf,
    },
}

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
    let parsed = help::command(&l, &guide).try_get_matches_from(&args).and_then(|m| Ok((Cli::from_arg_matches(&m)?, m)));
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => return out.usage_error(&l, &guide, &e),
    };
    match run(&out, &cli, &matches) {
        Ok(code) => code,
        Err(e) => {
            out.error(e.as_ref());
            ExitCode::from(EXIT_FAILED)
        }
    }
}

pub type CommandResult = Result<ExitCode, Box<dyn Localized>>;

/// One command: every one is named here, and each group's module does the work.
fn run(out: &Output<'_>, cli: &Cli, matches: &ArgMatches) -> CommandResult {
    let today = match &cli.today {
        Some(text) => senda::base::dates::parse_date(text).map_err(|_| boxed(ProfileError::BadDate { value: text.clone() }))?,
        None => local_today(),
    };
    let profile = cli.profile.as_deref();
    match &cli.command {
        Command::Topics => guide::topics(out),
        Command::Show { topic } => guide::show(out, topic),
        Command::Search { query } => guide::search(out, query),
        Command::Decide { answer } => guide::decide(out, answer),
        Command::Deadline { kind, statutory_only } => {
            let dates = matches.subcommand_matches("deadline").expect("the command parsed is deadline");
            guide::deadline(out, dates, kind, *statutory_only, today)
        }
        Command::L10n { command } => l10n::run(out, command),
        Command::Pack { command } => packs::pack(out, cli, command, today),
        Command::ShareKit { out: folder } => packs::share_kit(out, cli, folder, today),
        Command::Pin { command } => safety::pin(out, cli, command),
        Command::Lock => safety::lock(out, cli),
        Command::Share => safety::share(out, cli),
        Command::Space { command } => safety::space(out, cli, command),
        Command::Wipe { yes } => safety::wipe(out, cli, *yes),
        Command::Backup { command } => safety::backup(out, cli, command),
        Command::Profile { command } => records::profile(out, &mut open_session(out, cli, Access::Data)?, command, today),
        Command::Dates { command } => records::dates(out, &mut open_session(out, cli, Access::Data)?, profile, command.as_ref(), today),
        Command::Deadlines => records::deadlines(out, &open_session(out, cli, Access::Data)?, profile, today),
        Command::Checklist { command } => {
            records::checklist(out, &mut open_session(out, cli, Access::Data)?, profile, command.as_ref(), today)
        }
        Command::Summary { out: file } => records::summary(out, &open_session(out, cli, Access::Data)?, profile, today, file),
    }
}

/// Asks a question on the terminal; true only for one of the locale's words for "yes".
pub fn confirm(l: &Localizer<'_>, question: &str) -> bool {
    eprint!("{question} {} ", l.text("cli-confirm-hint"));
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    let _ = std::io::stdin().read_line(&mut answer);
    let answer = answer.trim().to_lowercase();
    !answer.is_empty() && l.text("cli-confirm-yes").split(',').any(|w| w.trim() == answer)
}

pub fn no_data_dir() -> Box<dyn Localized> {
    boxed(senda::Error::DataFolder {
        path: PathBuf::from("~"),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "no data folder"),
    })
}

/// A secret typed by the person: from the terminal without echo, or the next line of standard
/// input with `--pin-stdin` / `--passphrase-stdin` (or when standard input is not a terminal).
/// Wiped from memory when dropped.
pub fn secret(from_stdin: bool, prompt: &str) -> Zeroizing<String> {
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

/// Today's date where the command runs, in the local time zone.
pub fn local_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Now, with the clock nobody can set where the system has one (Linux: seconds since the
/// device started, and that start's id), so that waits after wrong PINs cannot be skipped by
/// moving the date.
pub fn clock() -> Clock {
    let read = |path: &str| std::fs::read_to_string(path).ok();
    let boot = match (read("/proc/sys/kernel/random/boot_id"), read("/proc/uptime")) {
        (Some(id), Some(uptime)) => BootTime::parse(&id, &uptime),
        _ => None,
    };
    Clock { unix: now(), boot }
}

/// The session in the data folder, unlocked first when `access` needs it (the PIN is asked
/// on the terminal, or read with `--pin-stdin`).
pub fn open_session(out: &Output<'_>, cli: &Cli, access: Access) -> Result<Session, Box<dyn Localized>> {
    let dir = data_dir(cli).ok_or_else(no_data_dir)?;
    let mut session = Session::open_with_updates(&dir, Updates::new(&dir), Isolation::Off).map_err(boxed)?;
    if session.needs_unlock(access) {
        let l = out.guide.catalog().localizer(&out.lang);
        let pin = secret(cli.pin_stdin, &l.text("cli-pin-prompt"));
        session.unlock(&pin, clock()).map_err(boxed)?;
    }
    // Profile views are written in the language this command was asked to speak.
    session.speak(&out.lang);
    Ok(session)
}

pub fn boxed<E: Localized + 'static>(e: E) -> Box<dyn Localized> {
    Box::new(e)
}

/// Where results and errors go, and in which language.
pub struct Output<'g> {
    pub guide: &'g Guide,
    pub lang: String,
    pub json: bool,
}

impl Output<'_> {
    /// Confirms a change: a short sentence, or `{"ok":true}` in JSON.
    pub fn done(&self, id: &str) -> CommandResult {
        if self.json {
            self.print_json(&serde_json::json!({ "ok": true }));
        } else {
            self.print(&format!("{}\n", self.guide.catalog().localizer(&self.lang).text(id)));
        }
        Ok(ExitCode::SUCCESS)
    }

    /// Confirms a change and says what the core has to say once about it (how long the new
    /// secret would resist a copy of the files, a space's word): as lines, or in JSON.
    pub fn done_with_notice(&self, id: &str, session: &mut Session) -> CommandResult {
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

    pub fn usage_message(&self, l: &Localizer<'_>, msg: &Msg) {
        let mut stderr = std::io::stderr();
        if self.json {
            let error = serde_json::json!({ "error": { "id": msg.id, "message": l.msg(msg), "detail": null } });
            let _ = writeln!(stderr, "{error}");
        } else {
            let _ = writeln!(stderr, "senda: {}\n{}", l.msg(msg), l.text("cli-usage-hint"));
        }
    }

    pub fn print(&self, text: &str) {
        // A closed pipe (`senda show x | head`) is not an error worth a panic.
        let _ = std::io::stdout().write_all(text.as_bytes());
    }

    pub fn print_json<T: Serialize>(&self, value: &T) {
        let text = serde_json::to_string_pretty(value).expect("view models always serialize");
        self.print(&format!("{text}\n"));
    }

    pub fn error(&self, error: &dyn Localized) {
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
    pub fn usage_error(&self, l: &Localizer<'_>, guide: &Guide, e: &clap::Error) -> ExitCode {
        match e.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                self.print(&e.render().to_string());
                return ExitCode::SUCCESS;
            }
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
                let _ = write!(std::io::stderr(), "{}", help::command(l, guide).render_help());
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
pub fn data_dir(cli: &Cli) -> Option<PathBuf> {
    cli.data_dir.clone().or_else(env_data_dir)
}
