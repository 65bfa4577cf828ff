//! What a Listen button reads, taken from the same view models the screens show: a topic
//! heading by heading, a deadline card, the advice; and the player's words.

use crate::base::text::Msg;
use crate::guide::l10n::Localizer;
use crate::guide::speech::{ReadingSection, ReadingView, SpeechRate};
use crate::views::{AdviceView, BlockView, DeadlineView, TopicView};

/// The sections of a topic: the title and summary with what comes before the first heading,
/// then one section from each heading to the next. Sources and the glossary links are not
/// read: they are references to look at, not guidance.
pub fn topic_sections(topic: &TopicView) -> Vec<ReadingSection> {
    let mut sections =
        vec![ReadingSection { anchors: vec!["title".into(), "summary".into()], texts: vec![topic.title.clone(), topic.summary.clone()] }];
    for (i, block) in topic.blocks.iter().enumerate() {
        if matches!(block, BlockView::Heading { .. }) {
            sections.push(ReadingSection { anchors: Vec::new(), texts: Vec::new() });
        }
        let section = sections.last_mut().expect("the first section exists");
        section.anchors.push(format!("block-{i}"));
        section.texts.extend(block_texts(block));
    }
    sections
}

/// A block's words in the order a person reads them on the screen. A table is read row by
/// row, each cell after its column's name, as a narrow screen shows it.
fn block_texts(block: &BlockView) -> Vec<String> {
    match block {
        BlockView::Table { caption, columns, rows } => {
            let mut out = vec![caption.clone()];
            for row in rows {
                out.push(row.label.clone());
                for (column, cell) in columns.iter().zip(&row.cells) {
                    out.push(column.clone());
                    out.push(cell.clone());
                }
            }
            out
        }
        other => other.texts().into_iter().map(str::to_string).collect(),
    }
}

/// A deadline card, read as one section in the order the card shows it: what it is, the safe
/// last day, the latest possible one, what is left, what to do, the notes, and which date it
/// counts from.
pub fn deadline_sections(deadline: &DeadlineView) -> Vec<ReadingSection> {
    let mut texts = vec![deadline.title.clone()];
    texts.extend(deadline.last_day_label.iter().cloned());
    texts.extend(deadline.latest_label.iter().cloned());
    texts.push(deadline.left_label.clone());
    texts.push(deadline.advice.clone());
    texts.extend(deadline.notes.iter().cloned());
    texts.extend(deadline.from_label.iter().cloned());
    vec![ReadingSection { anchors: vec![format!("deadline-{}", deadline.kind)], texts }]
}

/// The advice screen: its title and date, then each piece of advice with its reasons, then
/// the closing note.
pub fn advice_sections(advice: &AdviceView) -> Vec<ReadingSection> {
    let mut sections = vec![ReadingSection {
        anchors: vec!["advice-title".into(), "advice-policy".into()],
        texts: vec![advice.title.clone(), advice.policy_label.clone()],
    }];
    for item in &advice.items {
        let mut texts = vec![item.title.clone(), item.text.clone()];
        if !item.reasons.is_empty() {
            texts.push(advice.reasons_heading.clone());
            texts.extend(item.reasons.iter().cloned());
        }
        sections.push(ReadingSection { anchors: vec![format!("advice-{}", item.id)], texts });
    }
    sections.push(ReadingSection { anchors: vec!["advice-note".into()], texts: vec![advice.note.clone()] });
    sections
}

/// The player's words and the sections, in the language of the words read.
pub fn reading_view(l: &Localizer<'_>, sections: Vec<ReadingSection>, rate: SpeechRate) -> ReadingView {
    let total = sections.len() as i64;
    ReadingView {
        lang: l.lang().to_string(),
        dir: l.direction(),
        progress: (1..=total).map(|n| l.msg(&Msg::new("speech-progress").arg("current", n).arg("total", total))).collect(),
        sections,
        rate,
        listen: l.text("speech-listen-button"),
        pause: l.text("speech-pause-button"),
        resume: l.text("speech-resume-button"),
        stop: l.text("speech-stop-button"),
        rate_label: l.text("speech-rate-label"),
        rate_normal: l.text("speech-rate-normal"),
        rate_slower: l.text("speech-rate-slower"),
    }
}
