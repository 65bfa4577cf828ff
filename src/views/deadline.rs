//! A deadline's card in the reader's language, from what `guide::deadline` computed.

use crate::base::dates::iso_date;
use crate::base::text::{Arg, Msg};
use crate::guide::content::{DeadlineDef, Rule};
use crate::guide::deadline::{Deadline, Extra, State};
use crate::guide::l10n::Localizer;
use crate::views::DeadlineView;

/// A computed deadline in the reader's language.
pub fn view(d: &Deadline, def: &DeadlineDef, l: &Localizer<'_>, extra: Extra) -> DeadlineView {
    let given = def.rule == Rule::Given;
    let latest_differs = d.latest_day.is_some_and(|latest| latest != d.last_day);
    let left_label = match d.state {
        State::Upcoming => match d.left_business {
            Some(business) => l.msg(&Msg::new("deadline-left-business").arg("business", business).arg("calendar", d.left_calendar)),
            None => l.msg(&Msg::new("deadline-left-calendar").arg("calendar", d.left_calendar)),
        },
        State::Today if given => l.text("deadline-signing-today-entered"),
        State::Today if latest_differs => l.text("deadline-today-safe"),
        State::Today => l.text("deadline-today"),
        State::SafePassed => l.msg(&Msg::new("deadline-safe-passed-ago").arg("calendar", -d.left_calendar)),
        State::Passed if given => l.msg(&Msg::new("deadline-signing-passed-ago").arg("calendar", -d.left_calendar)),
        State::Passed | State::NeedsDate => {
            // Every reading's last day has passed: count from the latest one.
            let ended = d.latest_day.unwrap_or(d.last_day);
            let ago = (d.last_day - ended).num_days() - d.left_calendar;
            l.msg(&Msg::new("deadline-passed-ago").arg("calendar", ago))
        }
    };
    let latest_label = d
        .latest_day
        .filter(|_| latest_differs)
        .and_then(|latest| def.latest.as_deref().map(|id| l.text_args(id, &[("date", Arg::Text(l.date_long(latest)))])));
    let advice = match (d.state, &def.safe_passed, d.latest_day) {
        (State::SafePassed, Some(id), Some(latest)) => l.text_args(id, &[("latest", Arg::Text(l.date_long(latest)))]),
        (State::Passed | State::SafePassed, _, _) => l.text(&def.passed),
        _ if d.remind => l.text("deadline-tvrh-remind"),
        _ => l.text(&def.advice),
    };
    let from_label = match (&def.rule, &def.starts_on) {
        (Rule::Given, _) => None,
        (Rule::BusinessDays(_), Some((key, label))) if *key == d.start.key => {
            Some(l.text_args(label, &[("date", Arg::Text(l.date_long(d.start.date)))]))
        }
        (Rule::BusinessDays(_), _) => Some(l.msg(&Msg::new("deadline-counted-after").arg("date", l.date_long(d.start.date)))),
        (Rule::OneYear { .. }, _) => Some(l.msg(&Msg::new("deadline-counted-from").arg("date", l.date_long(d.start.date)))),
    };
    let mut notes: Vec<String> = def.notes.iter().map(|id| l.text(id)).collect();
    notes.extend(extra.notes);
    DeadlineView {
        kind: d.kind.clone(),
        title: l.text(&def.title),
        from: Some(iso_date(d.start.date)),
        from_key: Some(d.start.key.clone()),
        from_label,
        last_day: Some(iso_date(d.last_day)),
        last_day_label: Some(l.date_long(d.last_day)),
        latest_day: d.latest_day.map(iso_date),
        latest_label,
        business_days: d.business_days,
        state: d.state,
        left_business: d.left_business,
        left_calendar: Some(d.left_calendar),
        left_label,
        advice,
        notes,
        remind: d.remind,
        topic: def.topic.clone(),
        topic_title: extra.topic_title,
        statutory_only: extra.statutory_only,
    }
}

/// A given deadline whose date the person has not entered yet, though they recorded something
/// about it (how often they sign): it asks for the date and invents none.
pub fn needs_date_view(def: &DeadlineDef, l: &Localizer<'_>, extra: Extra) -> DeadlineView {
    let mut notes: Vec<String> = def.notes.iter().map(|id| l.text(id)).collect();
    notes.extend(extra.notes);
    DeadlineView {
        kind: def.kind.clone(),
        title: l.text(&def.title),
        from: None,
        from_key: None,
        from_label: None,
        last_day: None,
        last_day_label: None,
        latest_day: None,
        latest_label: None,
        business_days: None,
        state: State::NeedsDate,
        left_business: None,
        left_calendar: None,
        left_label: l.text("deadline-signing-needs-date"),
        advice: l.text("deadline-signing-ask-date"),
        notes,
        remind: false,
        topic: def.topic.clone(),
        topic_title: extra.topic_title,
        statutory_only: extra.statutory_only,
    }
}
