//! Scheduling the reminders the core planned. A phone's system keeps scheduled notifications
//! and shows them even while Senda is closed. A desktop has no such scheduler, so there a
//! timer of Senda's own hands each notification to the notification plugin at its moment,
//! while Senda runs (the settings say so). No rule and no word lives here: the list, its
//! moments and its neutral words all come from `senda::records::reminders`.
// A phone uses the system's scheduler, not the timer.
#![cfg_attr(mobile, allow(dead_code))]

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::NaiveDateTime;
use senda::records::reminders::Reminder;
use tauri_plugin_notification::NotificationExt;

/// Whether this system shows scheduled notifications while Senda is closed.
pub const WHILE_CLOSED: bool = cfg!(mobile);

/// The local date and time now, as the core's reminders count it.
pub fn local_now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Where a due notification goes: the notification plugin in the app, a recorder in tests.
pub trait Deliver: Send + Sync + 'static {
    fn show(&self, reminder: &Reminder);
}

/// The notifications scheduled now: on a desktop, Senda's own timer; on a phone, the system's
/// scheduler, with a copy kept to show in the settings.
pub struct Scheduler {
    #[cfg(desktop)]
    timer: Timer,
    #[cfg(mobile)]
    app: tauri::AppHandle,
    #[cfg(mobile)]
    scheduled: Mutex<Vec<Reminder>>,
}

impl Scheduler {
    #[cfg(desktop)]
    pub fn new(app: &tauri::AppHandle) -> Scheduler {
        Scheduler { timer: Timer::start(Plugin(app.clone()), local_now) }
    }

    #[cfg(mobile)]
    pub fn new(app: &tauri::AppHandle) -> Scheduler {
        Scheduler { app: app.clone(), scheduled: Mutex::new(Vec::new()) }
    }

    /// Schedules exactly these, cancelling every other one (an empty list cancels all).
    pub fn replace(&self, reminders: Vec<Reminder>) {
        #[cfg(desktop)]
        self.timer.replace(reminders);
        #[cfg(mobile)]
        {
            let notifications = self.app.notification();
            let _ = notifications.cancel_all();
            for r in &reminders {
                // The plugin reads the moment as an ISO 8601 date with the local offset.
                let Some(at) = chrono::TimeZone::from_local_datetime(&chrono::Local, &r.at).earliest() else { continue };
                let schedule = serde_json::json!({ "at": { "date": at.to_rfc3339(), "allowWhileIdle": true } });
                let Ok(schedule) = serde_json::from_value(schedule) else { continue };
                let _ = notifications.builder().id(r.id).title(&r.title).body(&r.body).schedule(schedule).show();
            }
            *self.scheduled.lock().unwrap_or_else(PoisonError::into_inner) = reminders;
        }
    }

    /// What is scheduled and not shown yet, earliest first.
    pub fn pending(&self) -> Vec<Reminder> {
        #[cfg(desktop)]
        return self.timer.pending();
        #[cfg(mobile)]
        {
            let now = local_now();
            let mut pending = self.scheduled.lock().unwrap_or_else(PoisonError::into_inner).clone();
            pending.retain(|r| r.at > now);
            pending
        }
    }
}

/// The notification plugin, which shows a notification at once.
#[cfg(desktop)]
struct Plugin(tauri::AppHandle);

#[cfg(desktop)]
impl Deliver for Plugin {
    fn show(&self, reminder: &Reminder) {
        let _ = self.0.notification().builder().id(reminder.id).title(&reminder.title).body(&reminder.body).show();
    }
}

/// The longest the timer sleeps without looking at the clock again, so that a computer that
/// slept, or a clock that was changed, delays a notification by a minute at most.
const LOOK_AGAIN: Duration = Duration::from_secs(60);

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

struct State {
    pending: Vec<Reminder>,
    stopped: bool,
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        // Every change replaces the whole list, so a panic elsewhere cannot leave it half-made.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Keeps the scheduled notifications, and shows each at its moment on a thread of its own.
pub struct Timer {
    shared: Arc<Shared>,
}

impl Timer {
    pub fn start(deliver: impl Deliver, now: fn() -> NaiveDateTime) -> Timer {
        let shared = Arc::new(Shared { state: Mutex::new(State { pending: Vec::new(), stopped: false }), changed: Condvar::new() });
        let worker = Arc::clone(&shared);
        std::thread::spawn(move || run(&worker, &deliver, now));
        Timer { shared }
    }

    /// Schedules exactly these, cancelling every other one (an empty list cancels all).
    pub fn replace(&self, reminders: Vec<Reminder>) {
        self.shared.state().pending = reminders;
        self.shared.changed.notify_all();
    }

    /// What is scheduled and not shown yet, earliest first.
    pub fn pending(&self) -> Vec<Reminder> {
        let mut pending = self.shared.state().pending.clone();
        pending.sort_by_key(|r| r.at);
        pending
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        self.shared.state().stopped = true;
        self.shared.changed.notify_all();
    }
}

fn run(shared: &Shared, deliver: &dyn Deliver, now: fn() -> NaiveDateTime) {
    let mut state = shared.state();
    while !state.stopped {
        let at = now();
        let (due, later): (Vec<Reminder>, Vec<Reminder>) = state.pending.drain(..).partition(|r| r.at <= at);
        state.pending = later;
        if !due.is_empty() {
            // Shown without the lock held, so that scheduling is never kept waiting.
            drop(state);
            due.iter().for_each(|r| deliver.show(r));
            state = shared.state();
            continue;
        }
        let wait =
            state.pending.iter().map(|r| r.at).min().map_or(LOOK_AGAIN, |next| (next - at).to_std().unwrap_or_default().min(LOOK_AGAIN));
        state = shared.changed.wait_timeout(state, wait).unwrap_or_else(PoisonError::into_inner).0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;
    use senda::records::reminders::When;
    use std::sync::mpsc;

    /// A test double at the plugin boundary: records what would have been shown.
    struct Recorder(Mutex<mpsc::Sender<(i32, String)>>);

    impl Deliver for Recorder {
        fn show(&self, reminder: &Reminder) {
            let _ = self.0.lock().unwrap().send((reminder.id, reminder.body.clone()));
        }
    }

    fn reminder(id: i32, in_ms: i64) -> Reminder {
        Reminder {
            id,
            at: local_now() + TimeDelta::milliseconds(in_ms),
            when: When::OnTheDay,
            title: "Senda".into(),
            body: format!("reminder {id}"),
        }
    }

    fn timer() -> (Timer, mpsc::Receiver<(i32, String)>) {
        let (send, receive) = mpsc::channel();
        (Timer::start(Recorder(Mutex::new(send)), local_now), receive)
    }

    #[test]
    fn each_reminder_is_shown_once_at_its_moment_in_order() {
        let (timer, shown) = timer();
        timer.replace(vec![reminder(2, 600), reminder(1, 200)]);
        assert_eq!(timer.pending().iter().map(|r| r.id).collect::<Vec<_>>(), [1, 2], "earliest first");
        let first = shown.recv_timeout(Duration::from_secs(5)).unwrap();
        assert_eq!(first, (1, "reminder 1".to_string()));
        assert_eq!(shown.recv_timeout(Duration::from_secs(5)).unwrap().0, 2);
        assert!(shown.recv_timeout(Duration::from_millis(300)).is_err(), "nothing is shown twice");
        assert!(timer.pending().is_empty());
    }

    #[test]
    fn replacing_with_nothing_cancels_every_reminder() {
        let (timer, shown) = timer();
        timer.replace(vec![reminder(1, 300), reminder(2, 400)]);
        timer.replace(Vec::new());
        assert!(timer.pending().is_empty());
        assert!(shown.recv_timeout(Duration::from_millis(800)).is_err(), "a cancelled reminder is never shown");
    }

    #[test]
    fn a_reminder_not_yet_due_waits() {
        let (timer, shown) = timer();
        timer.replace(vec![reminder(1, 60 * 60 * 1000)]);
        assert!(shown.recv_timeout(Duration::from_millis(300)).is_err());
        assert_eq!(timer.pending().len(), 1);
    }
}
