//! Reminders of a person's dates within a session.

use std::collections::BTreeSet;

use chrono::{NaiveDateTime, Timelike};

use crate::base::dates::parse_date;
use crate::base::text::Msg;
use crate::error::Result;
use crate::guide::deadline::State;
use crate::records::reminders::{self, Consent, Reminder, RemindersError};
use crate::records::store::Setting;
use crate::session::Session;
use crate::views::{RemindersView, ScheduledView};

/// Reminders of the dates a person entered: their consent (asked once, off by default), what
/// to schedule, and the settings' words. The shell schedules and cancels; `now` is local time.
impl Session {
    /// The person's answer; never asked while locked or before a database exists.
    pub fn reminders_consent(&self) -> Result<Consent> {
        Ok(Consent::parse(self.setting(Setting::Reminders)?.as_deref()))
    }

    /// Turns reminders on or off (answering the question counts as asking it).
    pub fn set_reminders(&mut self, on: bool) -> Result<()> {
        if self.is_guest() {
            return Err(RemindersError::Guest.into());
        }
        self.store_mut()?.set_settings(&[(Setting::Reminders, Consent::stored(on))])?;
        Ok(())
    }

    /// What should be scheduled now: `None` while locked or in a guest session, when the shell
    /// keeps what it scheduled before (neutral words and times, nothing else); otherwise the
    /// whole list, empty when reminders are off, which cancels everything scheduled.
    pub fn reminders(&self, now: NaiveDateTime) -> Result<Option<Vec<Reminder>>> {
        if self.is_locked() || self.is_guest() {
            return Ok(None);
        }
        if self.reminders_consent()? != Consent::On {
            return Ok(Some(Vec::new()));
        }
        let lang = self.interface_language()?;
        let today = now.date();
        let mut dates = BTreeSet::new();
        for (id, _) in self.store()?.profiles()? {
            for d in self.deadlines_for(id, today, &lang)? {
                if matches!(d.state, State::Upcoming | State::Today) {
                    dates.extend(d.last_day.as_deref().and_then(|day| parse_date(day).ok()));
                }
            }
        }
        Ok(Some(reminders::plan(&dates, now, &self.guide.catalog().localizer(&lang))))
    }

    /// The reminders' settings, with what the shell has scheduled now. `while_closed` tells
    /// whether this system can remind while Senda is closed; where not, the settings say so.
    pub fn reminders_view(&self, scheduled: &[Reminder], while_closed: bool) -> Result<RemindersView> {
        let consent = self.reminders_consent()?;
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        let available = !self.is_guest() && !self.is_locked();
        let on = consent == Consent::On;
        Ok(RemindersView {
            lang: l.lang().to_string(),
            dir: l.direction(),
            ask: available && consent == Consent::NotAsked,
            on,
            available,
            title: l.text("reminders-title"),
            question: l.text("reminders-question"),
            privacy: l.msg(&Msg::new("reminders-privacy").arg("text", reminders::body(reminders::When::DayBefore, &l))),
            yes: l.text("reminders-yes"),
            no: l.text("reminders-no"),
            status: l.text(if on { "reminders-status-on" } else { "reminders-status-off" }),
            turn_on: l.text("reminders-turn-on"),
            turn_off: l.text("reminders-turn-off"),
            platform_note: (!while_closed).then(|| l.text("reminders-only-while-open")),
            guest_note: self.is_guest().then(|| l.text("reminders-guest")),
            scheduled_heading: l.text("reminders-scheduled-heading"),
            scheduled: scheduled
                .iter()
                .map(|r| ScheduledView {
                    at: r.at.format("%Y-%m-%dT%H:%M").to_string(),
                    label: l.msg(
                        &Msg::new("reminders-scheduled-item")
                            .arg("date", l.date_long(r.at.date()))
                            .arg("hour", i64::from(r.at.hour()))
                            .arg("text", r.body.as_str()),
                    ),
                })
                .collect(),
            none_scheduled: l.text("reminders-none-scheduled"),
        })
    }
}
