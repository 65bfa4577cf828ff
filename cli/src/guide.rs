//! The guide's commands: topics, a topic, search, the decision helper, one deadline.

use std::process::ExitCode;

use clap::ArgMatches;
use senda::base::text::Msg;
use senda::views::{BlockView, TopicView};

use crate::{boxed, CommandResult, Output, EXIT_USAGE};

pub fn topics(out: &Output<'_>) -> CommandResult {
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

pub fn show(out: &Output<'_>, topic: &str) -> CommandResult {
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

pub fn search(out: &Output<'_>, query: &str) -> CommandResult {
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
            let snippet: String = h.parts.iter().map(|p| if p.hit { format!("[{}]", p.text) } else { p.text.clone() }).collect();
            text.push_str(&format!("{}  ({}, {})\n  {}\n\n", h.title, h.topic, h.lang, snippet.replace('\n', " ")));
        }
        out.print(&text);
    }
    Ok(ExitCode::SUCCESS)
}

/// Asks each question not answered with `--answer`, reading the chosen number from standard
/// input, then shows the advice.
pub fn decide(out: &Output<'_>, given: &[String]) -> CommandResult {
    let mut answers: Vec<(String, String)> = Vec::new();
    for pair in given {
        let (q, a) = pair.split_once('=').unwrap_or((pair.as_str(), ""));
        senda::guide::decide::Answers::check_one(q, a).map_err(boxed)?;
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
    let parsed = senda::guide::decide::Answers::parse(answers.iter().map(|(q, a)| (q.as_str(), a.as_str()))).map_err(boxed)?;
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

/// One deadline counted from the dates given on the command line. The deadline's own start
/// date is required: without it the usage error names the option to give.
pub fn deadline(out: &Output<'_>, options: &ArgMatches, kind: &str, statutory_only: bool, today: chrono::NaiveDate) -> CommandResult {
    let def = out.guide.counted_deadline(kind);
    let def = def.ok_or_else(|| boxed(senda::guide::deadline::DeadlineError::Unknown { kind: kind.to_string() }))?;
    let mut dates = Vec::new();
    for key in crate::help::date_option_keys(out.guide) {
        if let Some(text) = options.get_one::<String>(&key) {
            dates.push((key, senda::records::profile::parse_person_date(text, today).map_err(boxed)?));
        }
    }
    if !dates.iter().any(|(key, _)| *key == def.from) {
        let l = out.guide.catalog().localizer(&out.lang);
        let msg = Msg::new("cli-usage-missing-argument").arg("arg", format!("--{}", def.from));
        out.usage_message(&l, &msg);
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    let dates: Vec<(&str, chrono::NaiveDate)> = dates.iter().map(|(key, date)| (key.as_str(), *date)).collect();
    let view = out.guide.deadline(kind, &dates, today, statutory_only, &out.lang).map_err(boxed)?;
    if out.json {
        out.print_json(&view);
    } else {
        out.print(&deadline_text(&[view]));
    }
    Ok(ExitCode::SUCCESS)
}

/// Deadlines as text: the title, the safe last day, then the latest possible one, what is
/// left, what to do, and any further notes.
pub fn deadline_text(views: &[senda::views::DeadlineView]) -> String {
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
