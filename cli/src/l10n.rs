//! The locale check: `senda l10n check`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use senda::base::text::Msg;
use senda::guide::l10n::Isolation;
use senda::guide::pack::PackFiles;
use senda::guide::Guide;
use serde::Serialize;

use crate::{boxed, CommandResult, Output, EXIT_FAILED};

#[derive(Subcommand)]
pub enum L10nCommand {
    #[command(about = "cli-cmd-l10n-check")]
    Check {
        #[arg(long, value_name = "DIR", help = "cli-opt-l10n-dir")]
        dir: Option<PathBuf>,
    },
}

pub fn run(out: &Output<'_>, command: &L10nCommand) -> CommandResult {
    match command {
        L10nCommand::Check { dir } => l10n_check(out, dir.as_ref()),
    }
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
        let headers =
            ["cli-l10n-header-lang", "cli-l10n-header-missing", "cli-l10n-header-errors", "cli-l10n-header-identical"].map(|id| l.text(id));
        let mut text = format!("{:<8}{:>10}{:>10}{:>10}\n", headers[0], headers[1], headers[2], headers[3]);
        for r in &reports {
            let state = if r.is_complete() { l.text("cli-l10n-complete") } else { l.text("cli-l10n-incomplete") };
            text.push_str(&format!("{:<8}{:>10}{:>10}{:>10}  {state}\n", r.lang, r.missing.len(), r.errors.len(), r.identical.len()));
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
