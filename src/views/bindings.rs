//! The generator of `ui/src/bindings.ts`: every view model as a TypeScript declaration.

use ts_rs::TS;

use crate::guide::content::{Need, Tone};
use crate::guide::deadline::State;
use crate::guide::l10n::{DatePart, Direction};
use crate::records::checklist::Status;
use crate::views::checklist::{ChecklistGroupView, ChecklistItemView, ChecklistView};
use crate::views::*;

/// Every type that crosses the IPC boundary, as TypeScript declarations in dependency order.
/// The app's full set, read aloud's and the share kit's types included, so only in a build
/// with read aloud and packs.
#[cfg(all(feature = "speech", feature = "packs"))]
pub fn typescript_bindings() -> String {
    let decls = [
        Direction::decl(),
        Tone::decl(),
        LanguageOption::decl(),
        StartView::decl(),
        UiText::decl(),
        SafetyView::decl(),
        NumberOption::decl(),
        BackupDone::decl(),
        RemindersView::decl(),
        ScheduledView::decl(),
        TopicSummary::decl(),
        HomeView::decl(),
        OptionView::decl(),
        QuestionView::decl(),
        DecideView::decl(),
        TopicLinkView::decl(),
        AdviceItemView::decl(),
        AdviceView::decl(),
        RowView::decl(),
        BlockView::decl(),
        TermLink::decl(),
        SourceView::decl(),
        TopicView::decl(),
        ErrorView::decl(),
        State::decl(),
        Status::decl(),
        Need::decl(),
        DeadlineView::decl(),
        DateField::decl(),
        DatePart::decl(),
        DateEntryView::decl(),
        WeekdayOption::decl(),
        SigningView::decl(),
        ChecklistItemView::decl(),
        ChecklistGroupView::decl(),
        ChecklistView::decl(),
        ProfileView::decl(),
        ProfileSummary::decl(),
        RemovedProfile::decl(),
        ProfilesView::decl(),
        crate::guide::search::SnippetPart::decl(),
        crate::guide::search::SearchHit::decl(),
        crate::guide::search::SearchView::decl(),
        crate::guide::pack::Origin::decl(),
        PackInfoView::decl(),
        WebText::decl(),
        crate::packs::sharekit::KitFile::decl(),
        crate::packs::sharekit::ShareKitView::decl(),
        crate::views::summary::SummaryColumn::decl(),
        crate::views::summary::SummaryView::decl(),
        crate::guide::speech::SpeechRate::decl(),
        crate::guide::speech::ListenTarget::decl(),
        crate::guide::speech::ReadingSection::decl(),
        crate::guide::speech::ReadingView::decl(),
    ];
    let mut out = String::from(
        "// Generated from the Rust view models in src/views/ by the `bindings` test. Do not edit:\n\
         // run `UPDATE_BINDINGS=1 cargo test --test it bindings` after changing a view model.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}
