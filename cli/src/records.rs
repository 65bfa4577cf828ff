//! A person's records: profiles, their dates and deadlines, the checklist, the summary.

use std::path::Path;
use std::process::ExitCode;

use clap::Subcommand;
use senda::base::text::Msg;
use senda::records::checklist::Status;
use senda::session::Session;

use crate::{boxed, confirm, local_today, now, CommandResult, Output, EXIT_FAILED};

#[derive(Subcommand)]
pub enum ProfileCommand {
    #[command(about = "cli-cmd-profile-add")]
    Add {
        #[arg(value_name = "NAME", help = "cli-arg-name")]
        name: String,
    },
    #[command(about = "cli-cmd-profile-list")]
    List,
    #[command(about = "cli-cmd-profile-rename")]
    Rename {
        #[arg(value_name = "NAME", help = "cli-arg-name")]
        name: String,
        #[arg(value_name = "NEW", help = "cli-arg-new-name")]
        new_name: String,
    },
    #[command(about = "cli-cmd-profile-remove")]
    Remove {
        #[arg(value_name = "NAME", help = "cli-arg-name")]
        name: String,
        #[arg(long, help = "cli-opt-yes")]
        yes: bool,
    },
    #[command(about = "cli-cmd-profile-restore")]
    Restore {
        #[arg(value_name = "NAME", help = "cli-arg-name")]
        name: String,
    },
}

#[derive(Subcommand)]
pub enum DatesCommand {
    #[command(about = "cli-cmd-dates-set")]
    Set {
        #[arg(value_name = "KEY", help = "cli-arg-date-key")]
        key: String,
        #[arg(value_name = "DATE", help = "cli-arg-date-value")]
        value: String,
    },
    #[command(about = "cli-cmd-dates-clear")]
    Clear {
        #[arg(value_name = "KEY", help = "cli-arg-date-key")]
        key: String,
    },
}

#[derive(Subcommand)]
pub enum ChecklistCommand {
    #[command(about = "cli-cmd-checklist-set")]
    Set {
        #[arg(value_name = "ITEM", help = "cli-arg-item")]
        item: String,
        #[arg(value_name = "STATUS", help = "cli-arg-status")]
        status: String,
        #[arg(long, value_name = "TEXT", help = "cli-opt-note")]
        note: Option<String>,
    },
    #[command(about = "cli-cmd-checklist-add")]
    Add {
        #[arg(value_name = "TEXT", help = "cli-arg-item-text")]
        text: String,
    },
}

pub fn profile(out: &Output<'_>, session: &mut Session, command: &ProfileCommand, today: chrono::NaiveDate) -> CommandResult {
    match command {
        ProfileCommand::Add { name } => {
            session.add_profile(name, now()).map_err(boxed)?;
            out.done("cli-profile-added")
        }
        ProfileCommand::List => profile_list(out, session, today),
        ProfileCommand::Rename { name, new_name } => {
            let p = session.find_profile(Some(name)).map_err(boxed)?;
            session.rename_profile(p.id, new_name).map_err(boxed)?;
            out.done("cli-profile-renamed")
        }
        ProfileCommand::Remove { name, yes } => profile_remove(out, session, name, *yes),
        ProfileCommand::Restore { name } => {
            session.restore_profile(name, now()).map_err(boxed)?;
            out.done("cli-profile-restored")
        }
    }
}

pub fn dates(
    out: &Output<'_>,
    session: &mut Session,
    profile: Option<&str>,
    command: Option<&DatesCommand>,
    today: chrono::NaiveDate,
) -> CommandResult {
    let (key, value) = match command {
        None => return dates_list(out, session, profile, today),
        Some(DatesCommand::Set { key, value }) => (key, Some(value.as_str())),
        Some(DatesCommand::Clear { key }) => (key, None),
    };
    let p = session.find_profile(profile).map_err(boxed)?;
    session.set_date(p.id, key, value, today).map_err(boxed)?;
    out.done("cli-saved")
}

pub fn checklist(
    out: &Output<'_>,
    session: &mut Session,
    profile: Option<&str>,
    command: Option<&ChecklistCommand>,
    today: chrono::NaiveDate,
) -> CommandResult {
    match command {
        None => checklist_list(out, session, profile, today),
        Some(ChecklistCommand::Set { item, status, note }) => {
            let p = session.find_profile(profile).map_err(boxed)?;
            session.set_item(p.id, item, status, note.as_deref()).map_err(boxed)?;
            out.done("cli-saved")
        }
        Some(ChecklistCommand::Add { text }) => {
            let p = session.find_profile(profile).map_err(boxed)?;
            let id = session.add_own_item(p.id, text).map_err(boxed)?;
            if out.json {
                out.print_json(&serde_json::json!({ "id": id }));
                Ok(ExitCode::SUCCESS)
            } else {
                out.done("cli-saved")
            }
        }
    }
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

fn dates_list(out: &Output<'_>, session: &Session, profile: Option<&str>, today: chrono::NaiveDate) -> CommandResult {
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
            dates.insert(senda::records::profile::SIGNING_DAY.to_string(), serde_json::Value::from(day));
        }
        if let Some(days) = view.signing.every_days {
            dates.insert(senda::records::profile::SIGNING_EVERY_DAYS.to_string(), serde_json::Value::from(days));
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
            text.push_str(&format!("{:<18} {day}  ({}: {name})\n", senda::records::profile::SIGNING_DAY, signing.weekday_label));
        }
        if let Some(days) = signing.every_days {
            text.push_str(&format!("{:<18} {days}  ({})\n", senda::records::profile::SIGNING_EVERY_DAYS, signing.every_days_label));
        }
        if text.is_empty() {
            text = format!("{}\n", l.text("cli-no-dates"));
        }
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn deadlines(out: &Output<'_>, session: &Session, profile: Option<&str>, today: chrono::NaiveDate) -> CommandResult {
    let p = session.find_profile(profile).map_err(boxed)?;
    let view = session.profile(p.id, today).map_err(boxed)?;
    if out.json {
        out.print_json(&serde_json::json!({ "profile": view.name, "deadlines": view.deadlines }));
    } else if view.deadlines.is_empty() {
        out.print(&format!("{}\n", out.guide.catalog().localizer(&out.lang).text("profile-no-deadlines")));
    } else {
        out.print(&crate::guide::deadline_text(&view.deadlines));
    }
    Ok(ExitCode::SUCCESS)
}

fn checklist_list(out: &Output<'_>, session: &Session, profile: Option<&str>, today: chrono::NaiveDate) -> CommandResult {
    let p = session.find_profile(profile).map_err(boxed)?;
    let view = session.profile(p.id, today).map_err(boxed)?;
    let list = &view.checklist;
    let all = list.groups.iter().flat_map(|g| g.items.iter()).chain(&list.own_items);
    if out.json {
        let items: Vec<serde_json::Value> =
            all.map(|i| serde_json::json!({ "id": i.id, "status": i.status, "note": i.note, "text": i.text, "need": i.need })).collect();
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

pub fn summary(out: &Output<'_>, session: &Session, profile: Option<&str>, today: chrono::NaiveDate, file: &Path) -> CommandResult {
    let p = session.find_profile(profile).map_err(boxed)?;
    let view = session.summary(p.id, today).map_err(boxed)?;
    let html = senda::views::summary::html(&view);
    senda::base::files::write_atomic(file, html.as_bytes())
        .map_err(|source| boxed(senda::Error::FileWrite { path: file.to_path_buf(), source }))?;
    let l = out.guide.catalog().localizer(&out.lang);
    out.print(&format!("{}\n", l.msg(&Msg::new("cli-summary-written").arg("file", file.display().to_string()))));
    Ok(ExitCode::SUCCESS)
}
