//! Text a person may be shown, named by message id and arguments (`Msg`, `Arg`), and what can
//! be shown (`Localized`). No words here: the guide's catalog writes them.

/// A message id with its arguments: how errors and views name the words they need without
/// writing any of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text the program wrote (a date already written out, a topic's title).
    Text(String),
    /// Text a person typed or named (a profile's name, a value they entered): wrapped in
    /// Unicode isolation marks when the localizer isolates, so that a name in another script
    /// cannot reorder the sentence around it.
    User(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Number(value)
    }
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg { id, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// An argument that a person typed or named; see [`Arg::User`].
    pub fn user(mut self, name: &'static str, value: impl Into<String>) -> Msg {
        self.args.push((name, Arg::User(value.into())));
        self
    }
}

/// Anything a person may be shown, above all errors: it names a message id and arguments,
/// never English text built in Rust. `detail` is an optional technical note for staff.
pub trait Localized {
    fn msg(&self) -> Msg;
    fn detail(&self) -> Option<String> {
        None
    }
}

/// At most `max` characters of an input, for echoing it back in a message.
pub fn truncate(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}
