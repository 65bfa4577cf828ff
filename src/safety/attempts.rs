//! Wrong PINs counted across restarts, and the clocks they are measured on: after
//! [`FREE_TRIES`] each try waits longer; a person may choose to wipe after a number of them;
//! on a shared device a quiet window ends the count.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::safety::vault::{Result, VaultError, FREE_TRIES, MAX_DELAY_SECONDS, SHARED_WINDOW_SECONDS, UNLOCK_FILE};

/// When the shell read the time: Unix seconds, and where the system offers it, a clock that
/// nobody can set (seconds since the device started, with an id of that start). Waits after
/// wrong PINs are measured on the second clock, so moving the date forward skips none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clock {
    pub unix: i64,
    pub boot: Option<BootTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BootTime {
    /// Changes each time the device starts (Linux: `/proc/sys/kernel/random/boot_id`).
    pub id: String,
    /// Seconds since the device started, counting sleep (Linux: `/proc/uptime`).
    pub seconds: i64,
}

impl BootTime {
    /// Reads the texts of Linux's `boot_id` and `uptime` files; `None` if they do not parse.
    pub fn parse(boot_id: &str, uptime: &str) -> Option<BootTime> {
        let id = boot_id.trim();
        let seconds = uptime.split_whitespace().next()?.split('.').next()?.parse().ok()?;
        (!id.is_empty() && id.len() <= 64).then(|| BootTime { id: id.to_string(), seconds })
    }
}

impl From<i64> for Clock {
    fn from(unix: i64) -> Clock {
        Clock { unix, boot: None }
    }
}

/// Wrong PINs so far, kept across restarts, and the optional wipe after too many.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Attempts {
    /// Wrong PINs in a row (one person's device) or in the current window (shared device).
    pub failures: u32,
    /// Unix seconds of the last wrong PIN.
    pub last_failure: i64,
    /// The device's start the last wrong PIN was counted in, and its seconds since then:
    /// waits are measured on that clock while the device has not restarted.
    #[serde(default)]
    pub boot: Option<BootTime>,
    /// Wipe everything after this many wrong PINs in a row, if set.
    pub wipe_after: Option<u32>,
}

impl Attempts {
    pub fn load(data_dir: &Path) -> Attempts {
        std::fs::read_to_string(data_dir.join(UNLOCK_FILE)).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default()
    }

    pub fn save(&self, data_dir: &Path) -> Result<()> {
        let text = toml::to_string(self).expect("attempts serialize");
        let path = data_dir.join(UNLOCK_FILE);
        crate::base::files::write_atomic(&path, text.as_bytes()).map_err(|source| VaultError::Io { path, source })
    }

    /// Counts one more wrong PIN, at `now`, and keeps the count.
    pub(crate) fn record_failure(&mut self, data_dir: &Path, now: &Clock) -> Result<()> {
        self.failures += 1;
        self.last_failure = now.unix;
        self.boot = now.boot.clone();
        self.save(data_dir)
    }

    /// Seconds since the last wrong PIN that can be trusted at `now`. On the clock that
    /// nobody can set when the device has not restarted since; after a restart, none (the
    /// caller re-anchors the count at the restart with [`Attempts::anchor`]); with no such
    /// clock at all, the date's, never more than it says and never less than zero.
    pub(crate) fn elapsed(&self, now: &Clock) -> i64 {
        match (&self.boot, &now.boot) {
            (Some(then), Some(at)) if then.id == at.id => (at.seconds - then.seconds).max(0),
            (_, Some(_)) => 0,
            (_, None) => (now.unix - self.last_failure).max(0),
        }
    }

    /// After the device restarted (or the count was kept before the steady clock was), the
    /// wait starts again from now: how long passed cannot be known without trusting the date.
    /// Returns whether anything changed.
    pub(crate) fn anchor(&mut self, now: &Clock) -> bool {
        match (&self.boot, &now.boot) {
            (Some(then), Some(at)) if then.id == at.id => false,
            (_, Some(at)) if self.failures > 0 => {
                self.boot = Some(at.clone());
                self.last_failure = now.unix;
                true
            }
            _ => false,
        }
    }

    /// The wait due after the failures counted, in seconds: none for the first
    /// [`FREE_TRIES`], then 30 s, doubling each time, up to [`MAX_DELAY_SECONDS`].
    pub(crate) fn delay(&self) -> i64 {
        if self.failures < FREE_TRIES {
            return 0;
        }
        let step = (self.failures - FREE_TRIES).min(10);
        (30i64 << step).min(MAX_DELAY_SECONDS)
    }

    /// Seconds to wait before the next try is allowed at `now`.
    pub(crate) fn wait_at(&self, now: &Clock) -> i64 {
        (self.delay() - self.elapsed(now)).max(0)
    }

    /// On a shared device: a window with no wrong PIN for [`SHARED_WINDOW_SECONDS`] ends the
    /// count. Returns whether it did.
    pub(crate) fn end_quiet_window(&mut self, now: &Clock) -> bool {
        if self.failures > 0 && self.elapsed(now) >= SHARED_WINDOW_SECONDS {
            self.failures = 0;
            return true;
        }
        false
    }

    pub(crate) fn should_wipe(&self) -> bool {
        self.wipe_after.is_some_and(|n| n > 0 && self.failures >= n)
    }
}
