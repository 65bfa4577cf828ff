//! Guide packs on the command line, for staff: keys, building, signing, checking, installing,
//! exporting, rolling back, and the share kit.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use senda::base::incoming::IncomingFile;
use senda::base::text::Msg;
use senda::guide::l10n::Isolation;
use senda::guide::pack::PackFiles;
use senda::packs::packfile;
use senda::packs::updates::Updates;
use senda::session::safety::Access;
use senda::session::Session;

use crate::{boxed, confirm, data_dir, no_data_dir, open_session, Cli, CommandResult, Output, EXIT_FAILED};

#[derive(Subcommand)]
pub enum PackCommand {
    #[command(about = "cli-cmd-pack-keygen")]
    Keygen {
        #[arg(long, value_name = "FILE", help = "cli-opt-pack-out")]
        out: PathBuf,
    },
    #[command(about = "cli-cmd-pack-build")]
    Build {
        #[arg(long, value_name = "FILE", help = "cli-opt-pack-out")]
        out: PathBuf,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=i64::MAX as u64), help = "cli-opt-pack-version")]
        version: u64,
        #[arg(long, value_name = "DIR", help = "cli-opt-pack-dir")]
        dir: Option<PathBuf>,
    },
    #[command(about = "cli-cmd-pack-sign")]
    Sign {
        #[arg(value_name = "FILE", help = "cli-arg-pack-file")]
        file: PathBuf,
        #[arg(long, value_name = "FILE", help = "cli-opt-pack-key")]
        key: PathBuf,
    },
    #[command(about = "cli-cmd-pack-verify")]
    Verify {
        #[arg(value_name = "FILE", help = "cli-arg-pack-file")]
        file: PathBuf,
    },
    #[command(about = "cli-cmd-pack-trust")]
    Trust {
        #[arg(value_name = "FILE", help = "cli-arg-pack-public-key")]
        key: PathBuf,
        #[arg(long, help = "cli-opt-yes")]
        yes: bool,
    },
    #[command(about = "cli-cmd-pack-install")]
    Install {
        #[arg(value_name = "FILE", help = "cli-arg-pack-file")]
        file: PathBuf,
    },
    #[command(about = "cli-cmd-pack-info")]
    Info,
    #[command(about = "cli-cmd-pack-export")]
    Export {
        #[arg(value_name = "FILE", help = "cli-opt-pack-out")]
        out: PathBuf,
    },
    #[command(about = "cli-cmd-pack-rollback")]
    Rollback,
}

/// Guide packs, for staff: keys, building, signing, checking, installing and sharing.
pub fn pack(out: &Output<'_>, cli: &Cli, command: &PackCommand, today: chrono::NaiveDate) -> CommandResult {
    let l = out.guide.catalog().localizer(&out.lang);
    // A pack file is refused by its size before it is read.
    let read = |p: &PathBuf| IncomingFile::Pack.read(p).map_err(boxed);
    let write = |p: &PathBuf, bytes: &[u8]| {
        senda::packs::updates::write_atomic(p, bytes).map_err(|e| match e {
            senda::packs::updates::UpdateError::Io { path, source } => boxed(senda::Error::FileWrite { path, source }),
            other => boxed(other),
        })
    };
    let updates = || data_dir(cli).map(|d| Updates::new(&d)).ok_or_else(no_data_dir);
    match command {
        PackCommand::Keygen { out: base } => {
            let (secret, public) = packfile::keygen().map_err(boxed)?;
            write(&base.with_extension("key"), secret.as_bytes())?;
            write(&base.with_extension("pub"), public.as_bytes())?;
            out.done("cli-pack-keys-written")
        }
        PackCommand::Build { out: file, version, dir } => {
            let dir = dir.clone().unwrap_or_else(|| PathBuf::from("."));
            let files = PackFiles::from_dir(&dir).map_err(boxed)?;
            write(file, &senda::packs::updates::build_pack(&files, *version, today).map_err(boxed)?)?;
            out.done("cli-pack-built")
        }
        PackCommand::Sign { file, key: key_path } => {
            let key =
                std::fs::read_to_string(key_path).map_err(|source| boxed(senda::Error::FileRead { path: key_path.clone(), source }))?;
            let signed = packfile::sign(&read(file)?, &key).map_err(boxed)?;
            write(file, &signed)?;
            out.done("cli-pack-signed")
        }
        PackCommand::Verify { file } => {
            let (pack, _) = updates()?.check_ignoring_version(&read(file)?).map_err(boxed)?;
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
        PackCommand::Trust { key: key_path, yes } => {
            // Where a PIN protects the device's data, only its owner may add a trusted key:
            // opening the session asks for the PIN, and the core refuses a locked session.
            let session = open_session(out, cli, Access::Data)?;
            let text =
                std::fs::read_to_string(key_path).map_err(|source| boxed(senda::Error::FileRead { path: key_path.clone(), source }))?;
            let key = packfile::parse_public_key(&text).map_err(boxed)?;
            if !yes && !confirm(&l, &l.msg(&Msg::new("cli-pack-trust-confirm").arg("key", key.to_base64()))) {
                eprintln!("{}", l.text("cli-cancelled"));
                return Ok(ExitCode::from(EXIT_FAILED));
            }
            session.trust_key(&text).map_err(boxed)?;
            out.done("cli-pack-trusted")
        }
        PackCommand::Install { file } => {
            let mut session = open_session(out, cli, Access::Data)?;
            session.install_pack(&read(file)?, Isolation::Off).map_err(boxed)?;
            pack_info(out, &session, today)
        }
        PackCommand::Info => pack_info(out, &open_session(out, cli, Access::Data)?, today),
        PackCommand::Export { out: file } => {
            let bytes = updates()?.export().map_err(boxed)?;
            write(file, &bytes)?;
            out.done("cli-pack-exported")
        }
        PackCommand::Rollback => {
            let mut session = open_session(out, cli, Access::Data)?;
            let version = session.rollback_pack(Isolation::Off).map_err(boxed)?;
            if out.json {
                return pack_info(out, &session, today);
            }
            out.print(&format!("{}\n", l.msg(&Msg::new("cli-pack-rolled-back").arg("version", version as i64))));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The copy to pass on: the installer of the package this program came from, the installed
/// guide pack and the trusted keys, written to a new or empty folder. Needs no PIN: nothing
/// personal goes in.
pub fn share_kit(out: &Output<'_>, cli: &Cli, folder: &std::path::Path, today: chrono::NaiveDate) -> CommandResult {
    let updates = Updates::new(&data_dir(cli).ok_or_else(no_data_dir)?);
    let installer = senda::packs::installer::of_program(std::env::current_exe());
    let kit = senda::packs::sharekit::build(&out.lang, &updates, installer, today);
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
        for line in
            [&info.built_label, &Some(info.checked_label.clone()), &info.signer_label, &info.fell_back, &info.stale].into_iter().flatten()
        {
            text.push_str(&format!("{line}\n"));
        }
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}
