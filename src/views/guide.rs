//! The guide's screens in a language: the picker, the interface's words, the topic list and
//! each topic, search results, the decision helper and its advice, one deadline counted
//! without a profile, and an error.

use chrono::NaiveDate as Date;

use crate::base::dates::iso_date;
use crate::base::text::{Localized, Msg};
use crate::guide::content::Block;
use crate::guide::deadline::{self, DeadlineError, Start};
use crate::guide::decide::{self, Answers};
use crate::guide::l10n::Localizer;
use crate::guide::search::{self, SearchHit, SearchView};
use crate::guide::{Guide, GuideError, NOTICE_TOPIC};
use crate::records::profile::ProfileError;
use crate::views::{
    AdviceItemView, AdviceView, BlockView, DeadlineView, DecideView, HomeView, LanguageOption, OptionView, QuestionView, RowView,
    SourceView, TermLink, TopicLinkView, TopicSummary, TopicView, UiText, WebText,
};

impl Guide {
    /// The languages on the picker, each named in itself, in the guide's order.
    pub fn languages(&self) -> Vec<LanguageOption> {
        self.content()
            .languages
            .iter()
            .filter_map(|code| {
                let meta = self.catalog().meta(code)?;
                Some(LanguageOption {
                    code: code.clone(),
                    name: meta.name.clone(),
                    dir: meta.direction,
                    prompt: self.catalog().localizer(code).text("language-picker-title"),
                })
            })
            .collect()
    }

    pub fn ui_text(&self, lang: &str) -> UiText {
        let l = self.catalog().localizer(lang);
        UiText {
            lang: l.lang().to_string(),
            dir: l.direction(),
            app_name: l.text("app-name"),
            tagline: l.text("app-tagline"),
            change_language: l.text("nav-change-language"),
            back: l.text("nav-back"),
            home: l.text("nav-home"),
            picker_title: l.text("language-picker-title"),
            picker_hint: l.text("language-picker-hint"),
            profiles: l.text("nav-profiles"),
            profiles_title: l.text("profiles-title"),
            profiles_intro: l.text("profiles-intro"),
            profiles_empty: l.text("profiles-empty"),
            name_label: l.text("profile-name-label"),
            add_profile: l.text("profile-add-button"),
            rename: l.text("profile-rename-button"),
            remove: l.text("profile-remove-button"),
            cancel: l.text("profile-cancel-button"),
            undo: l.text("profile-undo-button"),
            save: l.text("profile-save-button"),
            dates_heading: l.text("profile-dates-heading"),
            deadlines_heading: l.text("profile-deadlines-heading"),
            no_deadlines: l.text("profile-no-deadlines"),
            deadline_safe_note: l.text("deadline-safe-note"),
            checklist_heading: l.text("profile-checklist-heading"),
            missing_heading: l.text("checklist-missing-heading"),
            nothing_missing: l.text("checklist-nothing-missing"),
            note_label: l.text("checklist-note-label"),
            own_heading: l.text("checklist-own-heading"),
            add_item_label: l.text("checklist-add-label"),
            add_item: l.text("checklist-add-button"),
            status_have: l.text("checklist-status-have"),
            status_needed: l.text("checklist-status-needed"),
            status_not_applicable: l.text("checklist-status-not-applicable"),
            summary: l.text("summary-button"),
            print: l.text("summary-print-button"),
            search_label: l.text("search-label"),
            search_button: l.text("search-button"),
            notice: self.content().topic(NOTICE_TOPIC).map(|t| l.text(&t.title)).unwrap_or_default(),
            notice_topic: NOTICE_TOPIC.to_string(),
            updates: l.text("pack-title"),
            safety: l.text("safety-title"),
            quick_exit: l.text("safety-quick-exit"),
            menu: l.text("nav-menu"),
            lock: l.text("safety-lock-button"),
            unlock: l.text("safety-locked-title"),
            search_results: l.text("search-results-title"),
        }
    }

    /// The web edition's own words (see [`WebText`]).
    pub fn web_text(&self, lang: &str) -> WebText {
        let l = self.catalog().localizer(lang);
        WebText {
            lang: l.lang().to_string(),
            dir: l.direction(),
            memory_only: l.text("web-memory-only"),
            about_title: l.text("web-about-title"),
            about_file: l.text("web-about-file"),
        }
    }

    pub fn home(&self, lang: &str) -> HomeView {
        let l = self.catalog().localizer(lang);
        HomeView {
            lang: l.lang().to_string(),
            dir: l.direction(),
            title: l.text("home-title"),
            intro: l.text("home-intro"),
            decide_title: l.text("decide-title"),
            decide_summary: l.text("decide-summary"),
            topics: self.topics_in(&l),
        }
    }

    pub fn topics(&self, lang: &str) -> Vec<TopicSummary> {
        self.topics_in(&self.catalog().localizer(lang))
    }

    fn topics_in(&self, l: &Localizer<'_>) -> Vec<TopicSummary> {
        self.content()
            .topics
            .iter()
            .map(|t| TopicSummary { id: t.id.clone(), icon: t.icon.clone(), title: l.text(&t.title), summary: l.text(&t.summary) })
            .collect()
    }

    pub fn topic(&self, id: &str, lang: &str) -> crate::guide::Result<TopicView> {
        let topic = self.content().topic(id).ok_or_else(|| GuideError::TopicNotFound { topic: id.to_string() })?;
        let l = self.catalog().localizer(lang);
        let blocks = topic
            .blocks
            .iter()
            .map(|block| match block {
                Block::Heading { text } => BlockView::Heading { text: l.text(text) },
                Block::Paragraph { text } => BlockView::Paragraph { text: l.text(text) },
                Block::List { items } => BlockView::List { items: items.iter().map(|i| l.text(i)).collect() },
                Block::Note { tone, text } => BlockView::Note { tone: *tone, text: l.text(text) },
                Block::Table { caption, columns, rows } => BlockView::Table {
                    caption: l.text(caption),
                    columns: columns.iter().map(|c| l.text(c)).collect(),
                    rows: rows
                        .iter()
                        .map(|r| RowView { label: l.text(&r.label), cells: r.cells.iter().map(|c| l.text(c)).collect() })
                        .collect(),
                },
                Block::Term { id, term, text } => BlockView::Term { id: id.clone(), term: l.text(term), text: l.text(text) },
            })
            .collect();
        let terms = topic
            .terms
            .iter()
            .filter_map(|id| self.content().term(id))
            .zip(&topic.terms)
            .map(|((holder, term), id)| TermLink { id: id.clone(), term: l.text(term), topic: holder.id.clone() })
            .collect();
        let sources = topic
            .sources
            .iter()
            .filter_map(|sid| self.content().sources.get(sid))
            .map(|s| SourceView { id: s.id.clone(), name: l.text(&s.name), cite: s.cite.clone() })
            .collect();
        let checked_label = l.msg(&Msg::new("topic-checked").arg("date", l.date_short(topic.checked)));
        Ok(TopicView {
            id: topic.id.clone(),
            lang: l.lang().to_string(),
            dir: l.direction(),
            icon: topic.icon.clone(),
            title: l.text(&topic.title),
            summary: l.text(&topic.summary),
            blocks,
            terms_heading: l.text("topic-terms-heading"),
            terms,
            sources_heading: l.text("topic-sources-heading"),
            sources,
            checked: iso_date(topic.checked),
            checked_label,
        })
    }

    /// One deadline counted from the dates given as (date key, date), without a profile
    /// (`senda deadline comar --entered …`). A deadline that only shows a date the person gave
    /// (the next signing) is not counted from anything and is unknown here.
    pub fn deadline(
        &self,
        kind: &str,
        dates: &[(&str, Date)],
        today: Date,
        statutory_only: bool,
        lang: &str,
    ) -> crate::Result<DeadlineView> {
        let def = self.counted_deadline(kind).ok_or_else(|| DeadlineError::Unknown { kind: kind.to_string() })?;
        let recorded = |key: &str| dates.iter().find(|(k, _)| *k == key).map(|(_, d)| *d);
        let start =
            Start::for_def(def, recorded).ok_or_else(|| DeadlineError::MissingDate { kind: kind.to_string(), key: def.from.clone() })?;
        let calendar = deadline::latest_calendar(def, &self.content().closures, statutory_only);
        let computed =
            deadline::compute(def, &start, today, &calendar).ok_or_else(|| ProfileError::BadDate { value: iso_date(start.date) })?;
        let l = self.catalog().localizer(lang);
        Ok(crate::views::deadline::view(&computed, def, &l, self.deadline_extra(def, &l, statutory_only, Vec::new())))
    }

    /// Searches the guide in `lang`; when nothing matches there, in the reference language.
    pub fn search(&self, query: &str, lang: &str) -> crate::Result<SearchView> {
        let l = self.catalog().localizer(lang);
        let Some(fts) = search::fts_query(query) else {
            return Ok(search::view(query, &l, Vec::new(), None));
        };
        let index = self.search_index()?.lock().unwrap_or_else(|p| p.into_inner());
        let lang = l.lang().to_string();
        let own: Vec<SearchHit> = index.query(&fts, &lang, search::MAX_HITS)?.into_iter().map(|r| search::hit(r, &lang)).collect();
        let reference = self.catalog().reference();
        let fallback = if own.is_empty() && lang != reference {
            Some(index.query(&fts, reference, search::MAX_HITS)?.into_iter().map(|r| search::hit(r, reference)).collect())
        } else {
            None
        };
        Ok(search::view(query, &l, own, fallback))
    }

    /// The decision helper's questions.
    pub fn decide_view(&self, lang: &str) -> DecideView {
        let l = self.catalog().localizer(lang);
        let total = self.content().questions.len() as i64;
        DecideView {
            lang: l.lang().to_string(),
            dir: l.direction(),
            title: l.text("decide-title"),
            intro: l.text("decide-intro"),
            start: l.text("decide-start"),
            questions: self
                .content()
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| QuestionView {
                    id: q.id.clone(),
                    text: l.text(&q.text),
                    progress: l.msg(&Msg::new("decide-progress").arg("current", i as i64 + 1).arg("total", total)),
                    options: q.options.iter().map(|o| OptionView { value: o.value.clone(), label: l.text(&o.label) }).collect(),
                })
                .collect(),
        }
    }

    /// The advice for a complete set of answers, with the date the rules were checked. A reason
    /// that several cards share is shown in the first of them only.
    pub fn advice(&self, answers: &Answers, lang: &str) -> AdviceView {
        let l = self.catalog().localizer(lang);
        let mut shown = std::collections::BTreeSet::new();
        let items = decide::advise(answers)
            .into_iter()
            .filter_map(|id| self.content().advice.iter().find(|a| a.id == id))
            .map(|a| AdviceItemView {
                id: a.id.clone(),
                title: l.text(&a.title),
                text: l.text(&a.text),
                reasons: a.reasons.iter().filter(|r| shown.insert(r.as_str())).map(|r| l.text(r)).collect(),
                topics: a
                    .topics
                    .iter()
                    .filter_map(|t| self.content().topic(t))
                    .map(|t| TopicLinkView { id: t.id.clone(), title: l.text(&t.title) })
                    .collect(),
            })
            .collect();
        let policy = self.content().policy_date;
        AdviceView {
            lang: l.lang().to_string(),
            dir: l.direction(),
            title: l.text("decide-result-title"),
            policy_date: iso_date(policy),
            policy_label: l.msg(&Msg::new("decide-policy-date").arg("date", l.date_short(policy))),
            note: l.text("decide-result-note"),
            reasons_heading: l.text("decide-reasons"),
            again: l.text("decide-again"),
            items,
        }
    }

    /// An error in the reader's language.
    pub fn error_view(&self, lang: &str, error: &dyn Localized) -> crate::views::ErrorView {
        let msg = error.msg();
        crate::views::ErrorView { id: msg.id.to_string(), message: self.catalog().localizer(lang).msg(&msg), detail: error.detail() }
    }
}
