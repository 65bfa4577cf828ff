//! Profiles, their dates and deadlines, the checklist and the printable summary.

use chrono::{Datelike, NaiveDate as Date};

use crate::base::dates::parse_date;
use crate::base::text::Msg;
use crate::error::Result;
use crate::guide::content::Rule;
use crate::guide::deadline::{self, State};
use crate::records::checklist::{own_item_id, parse_own_item_id, ChecklistError};
use crate::records::entry::Entries;
use crate::records::profile::{latest_date, Profile, ProfileError, EARLIEST_DATE, MAX_EVERY_DAYS, UNDO_SECONDS};
use crate::records::profile::{SIGNING_DAY, SIGNING_EVERY_DAYS};
use crate::session::Session;
use crate::views::summary::{SummaryColumn, SummaryView};
use crate::views::{
    DateEntryView, DateField, DeadlineView, ProfileSummary, ProfileView, ProfilesView, RemovedProfile, SigningView, WeekdayOption,
};

/// Profiles, dates, deadlines and the checklist. `today` and `now` (Unix seconds) come from
/// the shell: the core reads no clock.
impl Session {
    /// The profiles, each with its next thing due, and the recently removed ones. Profiles
    /// removed longer ago than the undo window are deleted for good first.
    pub fn profiles(&mut self, today: Date, now: i64) -> Result<ProfilesView> {
        self.store_mut()?.purge_removed(now - UNDO_SECONDS)?;
        let lang = self.interface_language()?;
        let l = self.guide.catalog().localizer(&lang);
        let mut profiles = Vec::new();
        for (id, name) in self.store()?.profiles()? {
            let deadlines = self.deadlines_for(id, today, &lang)?;
            let next = next_due(&deadlines);
            profiles.push(ProfileSummary {
                id,
                name,
                next_due: next.and_then(|d| {
                    let date = d.last_day_label.as_deref()?;
                    Some(l.msg(&Msg::new("profile-next-due").arg("title", d.title.as_str()).arg("date", date)))
                }),
                next_due_state: next.map(|d| d.state),
            });
        }
        let removed = self
            .store()?
            .removed_profiles()?
            .into_iter()
            .map(|r| RemovedProfile { id: r.id, label: l.msg(&Msg::new("profile-removed").user("name", r.name.as_str())), name: r.name })
            .collect();
        Ok(ProfilesView { lang: l.lang().to_string(), dir: l.direction(), profiles, removed })
    }

    pub fn add_profile(&mut self, name: &str, now: i64) -> Result<Profile> {
        let name = Entries::name(name)?;
        match self.store_mut()?.add_profile(&name, now)? {
            Some(id) => Ok(Profile { id, name }),
            None => Err(ProfileError::Exists { name }.into()),
        }
    }

    /// The profile called `name`, or, when no name is given, the only profile.
    pub fn find_profile(&self, name: Option<&str>) -> Result<Profile> {
        let profiles = self.store()?.profiles()?;
        match name {
            Some(name) => profiles
                .into_iter()
                .find(|(_, n)| n == name.trim())
                .map(|(id, name)| Profile { id, name })
                .ok_or_else(|| ProfileError::NotFound { name: name.to_string() }.into()),
            None => match profiles.len() {
                0 => Err(ProfileError::None.into()),
                1 => profiles.into_iter().next().map(|(id, name)| Profile { id, name }).ok_or(ProfileError::None.into()),
                _ => Err(ProfileError::Choose.into()),
            },
        }
    }

    fn active(&self, id: i64) -> Result<Profile> {
        self.store()?
            .profiles()?
            .into_iter()
            .find(|(pid, _)| *pid == id)
            .map(|(id, name)| Profile { id, name })
            .ok_or_else(|| ProfileError::NotFound { name: id.to_string() }.into())
    }

    pub fn rename_profile(&mut self, id: i64, name: &str) -> Result<Profile> {
        self.active(id)?;
        let name = Entries::name(name)?;
        if !self.store_mut()?.rename_profile(id, &name)? {
            return Err(ProfileError::Exists { name }.into());
        }
        Ok(Profile { id, name })
    }

    /// Removes a profile; it can be restored for [`UNDO_SECONDS`].
    pub fn remove_profile(&mut self, id: i64, now: i64) -> Result<Profile> {
        let profile = self.active(id)?;
        self.store_mut()?.remove_profile(id, now)?;
        Ok(profile)
    }

    /// Restores the most recently removed profile called `name` (or with this id, as text).
    pub fn restore_profile(&mut self, name_or_id: &str, now: i64) -> Result<Profile> {
        self.store_mut()?.purge_removed(now - UNDO_SECONDS)?;
        let removed = self.store()?.removed_profiles()?;
        let found = removed.into_iter().find(|r| r.name == name_or_id.trim() || r.id.to_string() == name_or_id.trim());
        let Some(row) = found else {
            return Err(ProfileError::RestoreExpired { name: name_or_id.to_string() }.into());
        };
        if !self.store_mut()?.restore_profile(row.id)? {
            return Err(ProfileError::Exists { name: row.name }.into());
        }
        Ok(Profile { id: row.id, name: row.name })
    }

    /// Records (`Some`) or clears (`None`) one of a profile's dates, or how often they sign:
    /// `signing-day` takes a weekday number (1 = Monday … 7 = Sunday), `signing-every-days` a
    /// number of days, and recording one clears the other. Every other key takes a date.
    pub fn set_date(&mut self, id: i64, key: &str, value: Option<&str>, today: Date) -> Result<()> {
        self.active(id)?;
        let entries = Entries::new(self.guide.content());
        let (value, other) = match value {
            None => {
                entries.known_key(key)?;
                (None, None)
            }
            Some(v) => {
                let (value, other) = entries.date(key, v, today)?;
                (Some(value), other)
            }
        };
        let mut changes = vec![(key, value.as_deref())];
        changes.extend(other.map(|other| (other, None)));
        self.store_mut()?.set_dates(id, &changes)?;
        Ok(())
    }

    /// A profile's deadlines, in the order the content lists them, for the dates recorded.
    pub(super) fn deadlines_for(&self, id: i64, today: Date, lang: &str) -> Result<Vec<DeadlineView>> {
        let dates = self.store()?.dates(id)?;
        let recorded = |key: &str| dates.get(key).and_then(|v| parse_date(v).ok());
        let l = self.guide.catalog().localizer(lang);
        let frequency = signing_frequency(&dates, &l);
        let content = self.guide.content();
        let mut out = Vec::new();
        for def in &content.deadlines {
            if def.requires.as_ref().is_some_and(|key| !dates.contains_key(key)) {
                continue;
            }
            let given = def.rule == Rule::Given;
            let notes = if given { frequency.iter().cloned().collect() } else { Vec::new() };
            let extra = self.guide.deadline_extra(def, &l, false, notes);
            match deadline::Start::for_def(def, recorded) {
                Some(start) => {
                    let calendar = deadline::latest_calendar(def, &content.closures, false);
                    if let Some(d) = deadline::compute(def, &start, today, &calendar) {
                        out.push(crate::views::deadline::view(&d, def, &l, extra));
                    }
                }
                // The person said how often they sign but gave no date: ask for it.
                None if given && frequency.is_some() => out.push(crate::views::deadline::needs_date_view(def, &l, extra)),
                None => {}
            }
        }
        Ok(out)
    }

    /// One profile with its dates, deadlines and checklist, in the guide language.
    pub fn profile(&self, id: i64, today: Date) -> Result<ProfileView> {
        let profile = self.active(id)?;
        let lang = self.guide_language()?;
        let l = self.guide.catalog().localizer(&lang);
        let content = self.guide.content();
        let dates = self.store()?.dates(id)?;
        let fields = content
            .date_keys
            .iter()
            .map(|k| {
                let value = dates.get(&k.key).filter(|v| parse_date(v).is_ok()).cloned();
                let parsed = value.as_deref().and_then(|v| parse_date(v).ok());
                DateField {
                    key: k.key.clone(),
                    label: l.text(&k.label),
                    hint: k.hint.as_deref().map(|h| l.text(h)),
                    value,
                    day: parsed.map(|d| d.day()),
                    month: parsed.map(|d| d.month()),
                    year: parsed.map(|d| d.year()),
                }
            })
            .collect();
        let date_entry = DateEntryView {
            order: l.date_order().to_vec(),
            day_label: l.text("date-entry-day"),
            month_label: l.text("date-entry-month"),
            year_label: l.text("date-entry-year"),
            months: (1..=12).map(|m| l.month_name(m)).collect(),
            years: (EARLIEST_DATE.year()..=latest_date(today).year()).rev().collect(),
            clear: l.text("date-entry-clear"),
        };
        let signing = SigningView {
            heading: l.text("signing-frequency-heading"),
            hint: l.text("signing-frequency-hint"),
            weekday_label: l.text("signing-weekday-label"),
            weekday: dates.get(SIGNING_DAY).and_then(|v| v.parse().ok()),
            weekdays: (1..=7u8)
                .map(|n| WeekdayOption { number: n, name: l.msg(&Msg::new("weekday-name").arg("weekday", i64::from(n))) })
                .collect(),
            every_days_label: l.text("signing-every-days-label"),
            every_days: dates.get(SIGNING_EVERY_DAYS).and_then(|v| v.parse().ok()),
            max_every_days: MAX_EVERY_DAYS,
        };
        let checklist = crate::views::checklist::view(content, &self.store()?.items(id)?, &self.store()?.own_items(id)?, &l);
        Ok(ProfileView {
            id,
            lang: l.lang().to_string(),
            dir: l.direction(),
            dates: fields,
            date_entry,
            signing,
            deadlines: self.deadlines_for(id, today, &lang)?,
            checklist,
            remove_confirm: l.msg(&Msg::new("profile-remove-confirm").user("name", profile.name.as_str())),
            name: profile.name,
        })
    }

    /// Sets a checklist item's status, and its note when given. Template items and the
    /// person's own items (`own-N`) alike.
    pub fn set_item(&mut self, id: i64, item: &str, status: &str, note: Option<&str>) -> Result<()> {
        self.active(id)?;
        let status = Entries::status(status)?;
        let note = note.map(Entries::note).transpose()?;
        if let Some(own) = parse_own_item_id(item) {
            if !self.store_mut()?.set_own_item(id, own, status.as_str(), note.as_deref())? {
                return Err(ChecklistError::UnknownItem { item: item.to_string() }.into());
            }
            return Ok(());
        }
        Entries::new(self.guide.content()).item(item)?;
        self.store_mut()?.set_item(id, item, status.as_str(), note.as_deref())?;
        Ok(())
    }

    /// The printable summary: the guide language, and Spanish beside it when that is another.
    pub fn summary(&self, id: i64, today: Date) -> Result<SummaryView> {
        let profile = self.active(id)?;
        let lang = self.guide_language()?;
        let reference = self.guide.catalog().reference().to_string();
        let mut langs = vec![lang.clone()];
        if lang != reference {
            langs.push(reference);
        }
        let rows = self.store()?.items(id)?;
        let own = self.store()?.own_items(id)?;
        let mut columns = Vec::new();
        for lang in langs {
            let l = self.guide.catalog().localizer(&lang);
            columns.push(SummaryColumn {
                lang: l.lang().to_string(),
                dir: l.direction(),
                title: l.text("summary-title"),
                made_on: l.msg(&Msg::new("summary-made-on").arg("date", l.date_long(today))),
                deadlines_heading: l.text("summary-deadlines-heading"),
                deadlines: self.deadlines_for(id, today, &lang)?,
                documents_heading: l.text("summary-documents-heading"),
                checklist: crate::views::checklist::view(self.guide.content(), &rows, &own, &l),
                status_have: l.text("checklist-status-have"),
                status_needed: l.text("checklist-status-needed"),
                status_not_applicable: l.text("checklist-status-not-applicable"),
            });
        }
        Ok(SummaryView { name: profile.name, columns })
    }

    /// Adds one of the person's own items; returns its id (`own-N`).
    pub fn add_own_item(&mut self, id: i64, text: &str) -> Result<String> {
        self.active(id)?;
        let text = Entries::own_item_text(text)?;
        Ok(own_item_id(self.store_mut()?.add_own_item(id, &text)?))
    }
}

/// How often the person said they sign, in words: "every Wednesday", "every 10 days".
fn signing_frequency(dates: &std::collections::BTreeMap<String, String>, l: &crate::guide::l10n::Localizer<'_>) -> Option<String> {
    if let Some(n) = dates.get(SIGNING_DAY).and_then(|v| v.parse::<u8>().ok()).filter(|n| (1..=7).contains(n)) {
        let weekday = l.msg(&Msg::new("weekday-name").arg("weekday", i64::from(n)));
        return Some(l.msg(&Msg::new("deadline-signing-every-weekday").arg("weekday", weekday).arg("number", i64::from(n))));
    }
    let days = dates.get(SIGNING_EVERY_DAYS).and_then(|v| v.parse::<u32>().ok())?;
    Some(l.msg(&Msg::new("deadline-signing-every-days").arg("days", i64::from(days))))
}

/// The next dated deadline not yet passed under every reading; if all have passed, the one
/// that passed last.
fn next_due(deadlines: &[DeadlineView]) -> Option<&DeadlineView> {
    let dated = || deadlines.iter().filter(|d| d.last_day.is_some());
    let open = dated().filter(|d| d.state != State::Passed).min_by(|a, b| a.last_day.cmp(&b.last_day));
    open.or_else(|| dated().max_by(|a, b| a.last_day.cmp(&b.last_day)))
}
