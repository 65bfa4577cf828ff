//! The command tree in the reader's language: [`crate::Cli`] declares every `about` and `help`
//! as a message id, and this walk replaces each with its words, sets the translated headings,
//! and adds the help and version flags. `senda deadline` takes one option per date a deadline
//! counts from, named by the guide's own date keys.

use clap::{Arg, ArgAction, Command, CommandFactory};
use senda::guide::content::Rule;
use senda::guide::l10n::Localizer;
use senda::guide::Guide;

/// The whole command tree, translated, with the deadline's date options from `guide`.
pub fn command(l: &Localizer<'_>, guide: &Guide) -> Command {
    let root =
        crate::Cli::command().version(env!("CARGO_PKG_VERSION")).mut_subcommand("deadline", |deadline| date_options(deadline, guide));
    translate(root, l, true)
}

/// Sets every text of `cmd` and of its subcommands from its message id.
fn translate(cmd: Command, l: &Localizer<'_>, root: bool) -> Command {
    let template = format!("{{about}}\n\n{}: {{usage}}\n\n{{all-args}}", l.text("cli-help-usage"));
    let options = l.text("cli-help-heading-options");
    let arguments = l.text("cli-help-heading-arguments");
    let about = cmd.get_about().map(|id| l.text(&id.to_string()));
    let mut cmd = cmd.help_template(template).disable_help_flag(true).subcommand_help_heading(l.text("cli-help-heading-commands"));
    if let Some(about) = about {
        cmd = cmd.about(about);
    }
    let ids: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |arg| {
            let help = arg.get_help().map(|id| l.text(&id.to_string()));
            let heading = if arg.is_positional() { &arguments } else { &options };
            let arg = arg.help_heading(heading.clone());
            match help {
                Some(help) => arg.help(help),
                None => arg,
            }
        });
    }
    cmd = cmd
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(l.text("cli-opt-help")).help_heading(options.clone()));
    if root {
        cmd = cmd.arg(
            Arg::new("version").short('V').long("version").action(ArgAction::Version).help(l.text("cli-opt-version")).help_heading(options),
        );
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |sub| translate(sub, l, false));
    }
    cmd
}

/// One option per date key a deadline counts from (`--entered DATE`, …), in the order the
/// content lists the keys, each with the key's own label as its help (a message id, as the
/// rest of the tree, translated by [`translate`]).
fn date_options(mut deadline: Command, guide: &Guide) -> Command {
    for key in date_option_keys(guide) {
        let label = guide.content().date_keys.iter().find(|k| k.key == key).map(|k| k.label.clone()).unwrap_or_default();
        deadline = deadline.arg(Arg::new(key.clone()).long(key).value_name("DATE").help(label));
    }
    deadline
}

/// The date keys a counted deadline starts from, or starts on once recorded.
pub fn date_option_keys(guide: &Guide) -> Vec<String> {
    let content = guide.content();
    let counted: Vec<&str> = content
        .deadlines
        .iter()
        .filter(|d| d.rule != Rule::Given)
        .flat_map(|d| std::iter::once(d.from.as_str()).chain(d.starts_on.as_ref().map(|(key, _)| key.as_str())))
        .collect();
    content.date_keys.iter().map(|k| k.key.clone()).filter(|k| counted.contains(&k.as_str())).collect()
}
