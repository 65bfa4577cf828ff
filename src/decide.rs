//! The decision helper: six questions from the sources' decision framework, and the rules
//! that turn a person's answers into advice for their circumstances. The questions and the
//! advice's words and links are content (`content/decide.toml`); the rules are pure functions
//! here, so that every circumstance is covered by a table of tests.

use std::collections::BTreeMap;

use crate::content::Content;
use crate::l10n::{Localized, Msg};

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
    "border-closed",
    "mexican-national",
    "visa",
    "inside-us",
    "mpp",
    "family-children",
    "unaccompanied",
    "violence",
    "support-mexico",
    "support-us",
    "cannot-wait",
    "nationality",
    "settle-yes",
    "settle-undecided",
    "legal-help",
];

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
            DecideError::UnknownQuestion { question } => {
                Msg::new("error-decide-unknown-question").user("question", question.as_str())
            }
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
pub fn advise(answers: &Answers) -> Vec<&'static str> {
    let mexican = answers.get("nationality") == "mexico";
    let mut out = Vec::new();
    // Where the person stands decides the first advice. A Mexican national cannot ask Mexico
    // for refugee status, so "apply in Mexico" never goes to them.
    match answers.get("us-entry") {
        "no" if mexican => out.push("mexican-national"),
        "no" => out.push("border-closed"),
        "visa" => out.push("visa"),
        "inside" => out.push("inside-us"),
        _ => out.push("mpp"),
    }
    if mexican && !out.contains(&"mexican-national") {
        out.push("mexican-national");
    }
    match answers.get("protection") {
        "family-children" => out.push("family-children"),
        "unaccompanied" => out.push("unaccompanied"),
        "violence" => out.push("violence"),
        _ => {}
    }
    if !mexican && matches!(answers.get("support"), "mexico" | "both") {
        out.push("support-mexico");
    }
    if matches!(answers.get("support"), "us" | "both") {
        out.push("support-us");
    }
    if answers.get("wait") == "no" && !mexican {
        out.push("cannot-wait");
    }
    if !mexican {
        out.push("nationality");
        match answers.get("settle") {
            "yes" => out.push("settle-yes"),
            _ => out.push("settle-undecided"),
        }
    }
    out.push("legal-help");
    out
}

/// Checks that the content defines exactly the questions, answers and advice the rules use.
pub fn check_content(content: &Content) -> Result<(), String> {
    let defined: Vec<(&str, Vec<&str>)> = content
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.options.iter().map(|o| o.value.as_str()).collect()))
        .collect();
    let expected: Vec<(&str, Vec<&str>)> = QUESTIONS.iter().map(|(q, v)| (*q, v.to_vec())).collect();
    if defined != expected {
        return Err(format!("the questions must be, in order: {expected:?}"));
    }
    let advice: Vec<&str> = content.advice.iter().map(|a| a.id.as_str()).collect();
    let mut sorted = advice.clone();
    sorted.sort_unstable();
    let mut wanted = ADVICE.to_vec();
    wanted.sort_unstable();
    if sorted != wanted {
        return Err(format!("the advice must be exactly {ADVICE:?}"));
    }
    Ok(())
}
