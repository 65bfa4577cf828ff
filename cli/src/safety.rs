//! Safety on the command line: the PIN, the lock, a shared device's spaces, the wipe and the
//! encrypted backup.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use senda::base::incoming::IncomingFile;
use senda::session::safety::Access;

use crate::{boxed, clock, confirm, local_today, now, open_session, secret, Cli, CommandResult, Output, EXIT_FAILED};

#[derive(Subcommand)]
pub enum PinCommand {
    #[command(about = "cli-cmd-pin-set")]
    Set,
    #[command(about = "cli-cmd-pin-change")]
    Change,
    #[command(about = "cli-cmd-pin-remove")]
    Remove,
    #[command(about = "cli-cmd-pin-wipe-after")]
    WipeAfter {
        #[arg(value_name = "N", value_parser = clap::value_parser!(u32).range(0..=1000), help = "cli-arg-wipe-after")]
        tries: u32,
    },
}

#[derive(Subcommand)]
pub enum SpaceCommand {
    #[command(about = "cli-cmd-space-new")]
    New,
}

#[derive(Subcommand)]
pub enum BackupCommand {
    #[command(about = "cli-cmd-backup-export")]
    Export {
        #[arg(value_name = "FILE", help = "cli-arg-backup-file")]
        file: PathBuf,
        #[arg(long, help = "cli-opt-passphrase-stdin")]
        passphrase_stdin: bool,
    },
    #[command(about = "cli-cmd-backup-import")]
    Import {
        #[arg(value_name = "FILE", help = "cli-arg-backup-file")]
        file: PathBuf,
        #[arg(long, help = "cli-opt-passphrase-stdin")]
        passphrase_stdin: bool,
        #[arg(long, help = "cli-opt-yes")]
        yes: bool,
    },
}

pub fn pin(out: &Output<'_>, cli: &Cli, command: &PinCommand) -> CommandResult {
    let l = out.guide.catalog().localizer(&out.lang);
    let stdin = cli.pin_stdin;
    let mut session = open_session(out, cli, Access::Data)?;
    match command {
        PinCommand::Set => {
            let pin = secret(stdin, &l.text("cli-pin-new-prompt"));
            session.set_pin(&pin).map_err(boxed)?;
            return out.done_with_notice("cli-saved", &mut session);
        }
        PinCommand::WipeAfter { tries } => {
            session.set_wipe_after(Some(*tries).filter(|n| *n > 0)).map_err(boxed)?;
        }
        PinCommand::Change => {
            let old = secret(stdin, &l.text("cli-pin-prompt"));
            let new = secret(stdin, &l.text("cli-pin-new-prompt"));
            session.change_pin(&old, &new, clock()).map_err(boxed)?;
            return out.done_with_notice("cli-saved", &mut session);
        }
        PinCommand::Remove => {
            let old = secret(stdin, &l.text("cli-pin-prompt"));
            session.remove_pin(&old, clock()).map_err(boxed)?;
        }
    }
    out.done("cli-saved")
}

/// Each command runs in a process of its own, so the data is locked again when it ends: this
/// only says so.
pub fn lock(out: &Output<'_>, _cli: &Cli) -> CommandResult {
    out.done("cli-locked")
}

pub fn share(out: &Output<'_>, cli: &Cli) -> CommandResult {
    let l = out.guide.catalog().localizer(&out.lang);
    let mut session = open_session(out, cli, Access::Data)?;
    let pin = secret(cli.pin_stdin, &l.text("cli-space-pin-prompt"));
    let repeat = secret(cli.pin_stdin, &l.text("cli-pin-repeat-prompt"));
    session.share_device(&pin, &repeat).map_err(boxed)?;
    out.done_with_notice("cli-shared", &mut session)
}

pub fn space(out: &Output<'_>, cli: &Cli, command: &SpaceCommand) -> CommandResult {
    let SpaceCommand::New = command;
    let l = out.guide.catalog().localizer(&out.lang);
    let mut session = open_session(out, cli, Access::NewSpace)?;
    let pin = secret(cli.pin_stdin, &l.text("cli-space-pin-prompt"));
    let repeat = secret(cli.pin_stdin, &l.text("cli-pin-repeat-prompt"));
    session.create_space(&pin, &repeat).map_err(boxed)?;
    out.done_with_notice("cli-space-created", &mut session)
}

pub fn wipe(out: &Output<'_>, cli: &Cli, yes: bool) -> CommandResult {
    let l = out.guide.catalog().localizer(&out.lang);
    let mut session = open_session(out, cli, Access::Wipe)?;
    if !yes && !confirm(&l, &l.text("cli-wipe-confirm")) {
        eprintln!("{}", l.text("cli-cancelled"));
        return Ok(ExitCode::from(EXIT_FAILED));
    }
    session.wipe().map_err(boxed)?;
    out.done("cli-wiped")
}

pub fn backup(out: &Output<'_>, cli: &Cli, command: &BackupCommand) -> CommandResult {
    let l = out.guide.catalog().localizer(&out.lang);
    match command {
        BackupCommand::Export { file, passphrase_stdin } => {
            let session = open_session(out, cli, Access::Data)?;
            let passphrase = secret(*passphrase_stdin || cli.pin_stdin, &l.text("cli-passphrase-prompt"));
            let bytes = session.export_backup(&passphrase).map_err(boxed)?;
            senda::packs::updates::write_atomic(file, &bytes)
                .map_err(|_| boxed(senda::Error::FileWrite { path: file.clone(), source: std::io::Error::other("write") }))?;
            out.done("cli-backup-written")
        }
        BackupCommand::Import { file, passphrase_stdin, yes } => {
            let mut session = open_session(out, cli, Access::Data)?;
            let bytes = IncomingFile::Backup.read(file).map_err(boxed)?;
            let passphrase = secret(*passphrase_stdin || cli.pin_stdin, &l.text("cli-passphrase-prompt"));
            let has_data = !session.profiles(local_today(), now()).map_err(boxed)?.profiles.is_empty();
            if has_data && !yes && !confirm(&l, &l.text("cli-backup-replace-confirm")) {
                eprintln!("{}", l.text("cli-cancelled"));
                return Ok(ExitCode::from(EXIT_FAILED));
            }
            session.import_backup(&bytes, &passphrase, local_today()).map_err(boxed)?;
            out.done("cli-backup-restored")
        }
    }
}
