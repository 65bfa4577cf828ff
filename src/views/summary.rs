//! The printable summary of a profile's deadlines and documents, for an officer or a lawyer:
//! in the reader's language with Spanish beside it. The app renders it as a page to print;
//! the command line writes it as a standalone HTML file.

use serde::Serialize;
use ts_rs::TS;

use crate::guide::l10n::Direction;
use crate::records::checklist::Status;
use crate::views::checklist::ChecklistView;
use crate::views::DeadlineView;

/// One language's column of the summary.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SummaryColumn {
    pub lang: String,
    pub dir: Direction,
    pub title: String,
    pub made_on: String,
    pub deadlines_heading: String,
    pub deadlines: Vec<DeadlineView>,
    pub documents_heading: String,
    pub checklist: ChecklistView,
    pub status_have: String,
    pub status_needed: String,
    pub status_not_applicable: String,
}

impl SummaryColumn {
    pub fn status_label(&self, status: Status) -> &str {
        match status {
            Status::Have => &self.status_have,
            Status::Needed => &self.status_needed,
            Status::NotApplicable => &self.status_not_applicable,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SummaryView {
    pub name: String,
    /// The reader's language first, then Spanish when the reader's language is another.
    pub columns: Vec<SummaryColumn>,
}

/// A standalone HTML page: no script, no remote resource, styles inline, every text escaped.
pub fn html(summary: &SummaryView) -> String {
    let mut out = String::from("<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    let title = summary.columns.first().map(|c| c.title.as_str()).unwrap_or_default();
    out.push_str(&format!("<title>{} · {}</title>\n", escape(title), escape(&summary.name)));
    out.push_str(
        "<style>body{font-family:sans-serif;margin:1.5rem;line-height:1.4}\
         .cols{display:flex;flex-wrap:wrap;gap:2rem}.col{flex:1 1 20rem}\
         td,th{border:1px solid #999;padding:.3rem;text-align:start;vertical-align:top}\
         table{border-collapse:collapse;width:100%}h1{font-size:1.4rem}h2{font-size:1.1rem}</style>\n",
    );
    out.push_str("</head>\n<body>\n");
    out.push_str(&format!("<h1>{}</h1>\n<div class=\"cols\">\n", escape(&summary.name)));
    for col in &summary.columns {
        out.push_str(&format!(
            "<section class=\"col\" lang=\"{}\" dir=\"{}\">\n<h1>{}</h1>\n<p>{}</p>\n<h2>{}</h2>\n<table>\n",
            escape(&col.lang),
            col.dir.as_str(),
            escape(&col.title),
            escape(&col.made_on),
            escape(&col.deadlines_heading)
        ));
        for d in &col.deadlines {
            // The safe last day first, then the latest possible one, then what is left.
            let lines: Vec<String> =
                [&d.last_day_label, &d.latest_label].into_iter().flatten().chain([&d.left_label]).map(|t| escape(t)).collect();
            out.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>\n", escape(&d.title), lines.join("<br>")));
        }
        out.push_str(&format!("</table>\n<h2>{}</h2>\n", escape(&col.documents_heading)));
        out.push_str(&format!("<p>{}</p>\n", escape(&col.checklist.progress_label)));
        let groups = col.checklist.groups.iter().map(|g| (g.title.as_str(), &g.items));
        for (title, items) in groups.chain(std::iter::once(("", &col.checklist.own_items))) {
            if items.is_empty() {
                continue;
            }
            if !title.is_empty() {
                out.push_str(&format!("<h3>{}</h3>\n", escape(title)));
            }
            out.push_str("<table>\n");
            for item in items {
                let note = if item.note.is_empty() { String::new() } else { format!("<br><em>{}</em>", escape(&item.note)) };
                out.push_str(&format!(
                    "<tr><td>{}{note}</td><td>{}</td></tr>\n",
                    escape(&item.text),
                    escape(col.status_label(item.status))
                ));
            }
            out.push_str("</table>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
