//! A profile's checklist in the reader's language, from the content's templates and the rows
//! the store keeps.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::base::text::Msg;
use crate::guide::content::{Content, Need};
use crate::guide::l10n::Localizer;
use crate::records::checklist::{own_item_id, Status};
use crate::records::store::{ItemRow, OwnItemRow};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ChecklistItemView {
    pub id: String,
    pub text: String,
    /// Why it matters (template items only).
    pub why: Option<String>,
    pub need: Option<Need>,
    pub need_label: Option<String>,
    pub status: Status,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ChecklistGroupView {
    pub id: String,
    pub title: String,
    pub items: Vec<ChecklistItemView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ChecklistView {
    pub groups: Vec<ChecklistGroupView>,
    pub own_items: Vec<ChecklistItemView>,
    /// Items marked "have", and items that apply (all but "not applicable").
    pub have: u32,
    pub total: u32,
    pub progress_label: String,
    /// Texts of the items still needed that an office asks for.
    pub missing: Vec<String>,
}

/// A profile's checklist in the reader's language: every template item with its stored state
/// (items never touched are still needed), then the person's own items.
pub fn view(content: &Content, rows: &[ItemRow], own: &[OwnItemRow], l: &Localizer<'_>) -> ChecklistView {
    let stored: BTreeMap<&str, &ItemRow> = rows.iter().map(|r| (r.item.as_str(), r)).collect();
    let status_of = |text: &str| Status::parse(text).unwrap_or(Status::Needed);
    let (mut have, mut total) = (0u32, 0u32);
    let mut count = |status: Status| {
        if status != Status::NotApplicable {
            total += 1;
        }
        if status == Status::Have {
            have += 1;
        }
    };
    let mut missing = Vec::new();
    let groups = content
        .checklists
        .iter()
        .map(|template| ChecklistGroupView {
            id: template.id.clone(),
            title: l.text(&template.title),
            items: template
                .items
                .iter()
                .map(|item| {
                    let row = stored.get(item.id.as_str());
                    let status = row.map(|r| status_of(&r.status)).unwrap_or(Status::Needed);
                    count(status);
                    let text = l.text(&item.text);
                    if status == Status::Needed && item.need == Need::Needed {
                        missing.push(text.clone());
                    }
                    ChecklistItemView {
                        id: item.id.clone(),
                        text,
                        why: Some(l.text(&item.why)),
                        need: Some(item.need),
                        need_label: Some(l.text(match item.need {
                            Need::Needed => "checklist-need-needed",
                            Need::Helpful => "checklist-need-helpful",
                        })),
                        status,
                        note: row.map(|r| r.note.clone()).unwrap_or_default(),
                    }
                })
                .collect(),
        })
        .collect();
    let own_items = own
        .iter()
        .map(|o| {
            let status = status_of(&o.status);
            count(status);
            if status == Status::Needed {
                missing.push(o.text.clone());
            }
            ChecklistItemView {
                id: own_item_id(o.id),
                text: o.text.clone(),
                why: None,
                need: None,
                need_label: None,
                status,
                note: o.note.clone(),
            }
        })
        .collect();
    ChecklistView {
        groups,
        own_items,
        have,
        total,
        progress_label: l.msg(&Msg::new("checklist-progress").arg("have", i64::from(have)).arg("total", i64::from(total))),
        missing,
    }
}
