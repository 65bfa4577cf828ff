//! The decision helper: six questions from the sources' decision framework, and the rules
//! that turn a person's answers into advice for their circumstances. The questions and the
//! advice's words and links are content (`content/decide.toml`); the rules are pure functions
//! here, so that every circumstance is covered by a table of tests. Beside the rules, this
//! module declares which advice points to a claim in Mexico and which pairs of advice
//! contradict each other, so that a test can prove over every combination of answers that no
//! Mexican national is pointed to the COMAR and that no two contradictory items appear together.

use std::collections::BTreeMap;

use crate::base::text::{Localized, Msg};

/// The questions and answers the rules understand. The content must define exactly these.
pub const QUESTIONS: &[(&str, &[&str])] = &[
    ("us-entry", &["no", "visa", "inside", "mpp"]),
    ("support", &["mexico", "us", "both", "none"]),
    ("wait", &["yes", "no", "unsure"]),
    ("protection", &["family-children", "unaccompanied", "violence", "none"]),
    ("nationality", &["honduras", "cuba", "haiti", "el-salvador", "venezuela", "guatemala", "colombia", "mexico", "other"]),
    ("settle", &["yes", "no", "unsure"]),
];

/// Every piece of advice the rules can give. The content must define exactly these.
pub const ADVICE: &[&str] = &[
    "at-border",
    "mexican-national",
    "visa",
    "inside-us",
    "mpp",
    "us-hearings",
    "us-border-rules",
    "family-children",
    "unaccompanied",
    "unaccompanied-mexican",
    "violence",
    "violence-mexican",
    "support-mexico",
    "support-us",
    "cannot-wait",
    "nationality",
    "settle-yes",
    "settle-undecided",
    "legal-help",
];

/// Advice that points to the COMAR or to a claim in Mexico: applying there, its papers, its
/// waits or its outcome. Mexico's asylum is only for foreigners (LRPCAP arts. 11, 13), so none
/// of it may reach a Mexican national.
pub const POINTS_TO_MEXICAN_CLAIM: &[&str] = &[
    "at-border",
    "mpp",
    "family-children",
    "unaccompanied",
    "violence",
    "support-mexico",
    "cannot-wait",
    "nationality",
    "settle-yes",
    "settle-undecided",
];

/// Advice written for Mexican nationals. Each contradicts every piece of advice that points to
/// a claim in Mexico.
pub const FOR_MEXICAN_NATIONALS: &[&str] = &["mexican-national", "us-hearings", "unaccompanied-mexican", "violence-mexican"];

/// Advice that says where the person stands now (at the border, inside the US, returned under
/// MPP …): any two of them contradict each other.
pub(crate) const WHERE_THE_PERSON_STANDS: &[&str] = &["at-border", "visa", "inside-us", "mpp", "us-hearings"];

/// Other pairs of advice that contradict each other.
pub(crate) const ALSO_CONTRADICTORY: &[(&str, &str)] = &[("settle-yes", "settle-undecided")];

/// Every pair of advice that must never be shown together, each pair once, in a stable order:
/// a Mexican national's advice with advice pointing to a claim in Mexico, two different places
/// where the person stands, and the other pairs declared above.
pub fn contradictions() -> Vec<(&'static str, &'static str)> {
    let ordered = |a: &'static str, b: &'static str| if a <= b { (a, b) } else { (b, a) };
    let mut pairs = std::collections::BTreeSet::new();
    for mexican in FOR_MEXICAN_NATIONALS {
        for claim in POINTS_TO_MEXICAN_CLAIM {
            pairs.insert(ordered(mexican, claim));
        }
    }
    for (i, a) in WHERE_THE_PERSON_STANDS.iter().enumerate() {
        for b in &WHERE_THE_PERSON_STANDS[i + 1..] {
            pairs.insert(ordered(a, b));
        }
    }
    for (a, b) in ALSO_CONTRADICTORY {
        pairs.insert(ordered(a, b));
    }
    pairs.into_iter().collect()
}

#[derive(Debug, thiserror::Error)]
pub enum DecideError {
    #[error("no question {question:?}")]
    UnknownQuestion { question: String },
    #[error("{answer:?} is not an answer to {question:?}")]
    UnknownAnswer { question: String, answer: String, answers: Vec<String> },
    #[error("question {question:?} has no answer")]
    Missing { question: String },
}

impl Localized for DecideError {
    fn msg(&self) -> Msg {
        match self {
            DecideError::UnknownQuestion { question } => Msg::new("error-decide-unknown-question").user("question", question.as_str()),
            DecideError::UnknownAnswer { question, answer, answers } => Msg::new("error-decide-unknown-answer")
                .arg("question", question.as_str())
                .user("answer", answer.as_str())
                .arg("answers", answers.join(", ")),
            DecideError::Missing { question } => Msg::new("error-decide-missing").arg("question", question.as_str()),
        }
    }
}

/// A complete, valid set of answers: one known answer to each question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers(BTreeMap<&'static str, &'static str>);

impl Answers {
    /// Checks answers given as (question, answer) pairs; a later pair for the same question
    /// replaces an earlier one.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Answers, DecideError> {
        let mut map = BTreeMap::new();
        for (question, answer) in pairs {
            Answers::check_one(question, answer)?;
            let (q, values) = QUESTIONS.iter().find(|(q, _)| *q == question.trim()).expect("checked");
            let value = values.iter().find(|v| **v == answer.trim()).expect("checked");
            map.insert(*q, *value);
        }
        if let Some((missing, _)) = QUESTIONS.iter().find(|(q, _)| !map.contains_key(q)) {
            return Err(DecideError::Missing { question: missing.to_string() });
        }
        Ok(Answers(map))
    }

    /// Checks one answer on its own, before the others are known (the command line's
    /// `--answer`), so a mistake is reported before any question is asked.
    pub fn check_one(question: &str, answer: &str) -> Result<(), DecideError> {
        let Some((q, values)) = QUESTIONS.iter().find(|(q, _)| *q == question.trim()) else {
            return Err(DecideError::UnknownQuestion { question: question.chars().take(40).collect() });
        };
        if values.contains(&answer.trim()) {
            Ok(())
        } else {
            Err(DecideError::UnknownAnswer {
                question: q.to_string(),
                answer: answer.chars().take(40).collect(),
                answers: values.iter().map(|v| v.to_string()).collect(),
            })
        }
    }

    fn get(&self, question: &str) -> &'static str {
        self.0[question]
    }
}

/// The advice that fits the answers, most important first. Pure.
///
/// A Mexican national cannot ask Mexico for asylum, so every branch that would point to a
/// claim in Mexico has a Mexican national's counterpart or none. `tests/it/decide.rs` proves
/// over every combination of answers that no contradictory pair (see [`contradictions`]) and
/// no advice pointing to a claim in Mexico reaches a Mexican national.
pub fn advise(answers: &Answers) -> Vec<&'static str> {
    let mexican = answers.get("nationality") == "mexico";
    let us_entry = answers.get("us-entry");
    let protection = answers.get("protection");
    let mut out = Vec::new();
    // Where the person stands decides the first advice.
    match (us_entry, mexican) {
        ("no", true) => out.push("mexican-national"),
        ("no", false) => out.push("at-border"),
        ("visa", _) => out.push("visa"),
        ("inside", _) => out.push("inside-us"),
        (_, true) => out.push("us-hearings"),
        (_, false) => out.push("mpp"),
    }
    if mexican && !out.contains(&"mexican-national") {
        out.push("mexican-national");
    }
    // The US border rules for children and victims matter to anyone not yet inside the US.
    if protection != "none" && us_entry != "inside" {
        out.push("us-border-rules");
    }
    match (protection, mexican) {
        ("family-children", false) => out.push("family-children"),
        ("unaccompanied", false) => out.push("unaccompanied"),
        ("unaccompanied", true) => out.push("unaccompanied-mexican"),
        ("violence", false) => out.push("violence"),
        ("violence", true) => out.push("violence-mexican"),
        _ => {}
    }
    if !mexican && matches!(answers.get("support"), "mexico" | "both") {
        out.push("support-mexico");
    }
    if matches!(answers.get("support"), "us" | "both") {
        out.push("support-us");
    }
    if !mexican {
        if answers.get("wait") == "no" {
            out.push("cannot-wait");
        }
        out.push("nationality");
        match answers.get("settle") {
            "yes" => out.push("settle-yes"),
            _ => out.push("settle-undecided"),
        }
    }
    out.push("legal-help");
    out
}

/// Checks that the content defines exactly the questions, answers and advice the rules use:
/// `defined` is each question's id with its answers, in order, and `advice` each advice's id.
pub(crate) fn check_content(defined: &[(&str, Vec<&str>)], advice: &[&str]) -> Result<(), String> {
    let expected: Vec<(&str, Vec<&str>)> = QUESTIONS.iter().map(|(q, v)| (*q, v.to_vec())).collect();
    if defined != expected {
        return Err(format!("the questions must be, in order: {expected:?}"));
    }
    let mut sorted = advice.to_vec();
    sorted.sort_unstable();
    let mut wanted = ADVICE.to_vec();
    wanted.sort_unstable();
    if sorted != wanted {
        return Err(format!("the advice must be exactly {ADVICE:?}"));
    }
    Ok(())
}

/// Every advice id named by the declarations above, for the test that they name real advice.
pub fn declared_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = POINTS_TO_MEXICAN_CLAIM.to_vec();
    ids.extend(FOR_MEXICAN_NATIONALS);
    ids.extend(WHERE_THE_PERSON_STANDS);
    ids.extend(ALSO_CONTRADICTORY.iter().flat_map(|(a, b)| [*a, *b]));
    ids
}
