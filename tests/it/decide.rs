//! The decision helper's rules, one line per circumstance the sources describe.

use senda::decide::{advise, Answers, DecideError, ADVICE, QUESTIONS};
use senda::guide::Guide;
use senda::l10n::{Isolation, Localized};

/// Answers in the order of the questions: us-entry, support, wait, protection, nationality, settle.
fn check(answers: [&str; 6], expected: &[&str]) {
    let pairs = QUESTIONS.iter().map(|(q, _)| *q).zip(answers);
    let parsed = Answers::parse(pairs).unwrap_or_else(|e| panic!("{answers:?}: {e}"));
    assert_eq!(advise(&parsed), expected, "answers {answers:?}");
}

#[test]
fn every_circumstance_in_the_sources() {
    // At the border, without a way into the US: Mexico is the realistic option.
    check(["no", "none", "yes", "none", "honduras", "yes"], &["border-closed", "nationality", "settle-yes", "legal-help"]);
    // Families with children.
    check(
        ["no", "none", "yes", "family-children", "honduras", "yes"],
        &["border-closed", "family-children", "nationality", "settle-yes", "legal-help"],
    );
    // Unaccompanied minors.
    check(
        ["no", "none", "unsure", "unaccompanied", "guatemala", "unsure"],
        &["border-closed", "unaccompanied", "nationality", "settle-undecided", "legal-help"],
    );
    // Victims of trafficking or violence.
    check(
        ["no", "none", "yes", "violence", "el-salvador", "no"],
        &["border-closed", "violence", "nationality", "settle-undecided", "legal-help"],
    );
    // Already in the United States.
    check(["inside", "us", "yes", "none", "venezuela", "no"], &["inside-us", "support-us", "nationality", "settle-undecided", "legal-help"]);
    // Returned under MPP.
    check(["mpp", "none", "no", "none", "cuba", "unsure"], &["mpp", "cannot-wait", "nationality", "settle-undecided", "legal-help"]);
    // A legal way into the US.
    check(["visa", "both", "yes", "none", "colombia", "yes"], &["visa", "support-mexico", "support-us", "nationality", "settle-yes", "legal-help"]);
    // Family or support in Mexico; cannot wait.
    check(["no", "mexico", "no", "none", "haiti", "yes"], &["border-closed", "support-mexico", "cannot-wait", "nationality", "settle-yes", "legal-help"]);
    // Mexican nationals cannot ask Mexico for refugee status: never told to apply there.
    check(["no", "mexico", "no", "violence", "mexico", "yes"], &["mexican-national", "violence", "legal-help"]);
    check(["inside", "us", "yes", "none", "mexico", "no"], &["inside-us", "mexican-national", "support-us", "legal-help"]);
    // Another nationality.
    check(["no", "none", "yes", "none", "other", "unsure"], &["border-closed", "nationality", "settle-undecided", "legal-help"]);
}

#[test]
fn every_answer_combination_gets_legal_help_and_only_known_advice() {
    let mut seen = std::collections::BTreeSet::new();
    let sizes: Vec<usize> = QUESTIONS.iter().map(|(_, v)| v.len()).collect();
    let total: usize = sizes.iter().product();
    for n in 0..total {
        let mut rest = n;
        let pairs: Vec<(&str, &str)> = QUESTIONS
            .iter()
            .map(|(q, values)| {
                let v = values[rest % values.len()];
                rest /= values.len();
                (*q, v)
            })
            .collect();
        let advice = advise(&Answers::parse(pairs.clone()).unwrap());
        assert_eq!(advice.last(), Some(&"legal-help"), "{pairs:?}");
        let mexican = pairs.contains(&("nationality", "mexico"));
        assert_eq!(advice.contains(&"border-closed"), !mexican && pairs.contains(&("us-entry", "no")), "{pairs:?}");
        assert!(advice.iter().all(|a| ADVICE.contains(a)));
        seen.extend(advice);
    }
    assert_eq!(seen.len(), ADVICE.len(), "every piece of advice is reachable");
}

#[test]
fn bad_answers_are_refused() {
    let all = |change: (&'static str, &'static str)| {
        let mut pairs: Vec<(&str, &str)> = QUESTIONS.iter().map(|(q, v)| (*q, v[0])).collect();
        pairs.push(change);
        Answers::parse(pairs)
    };
    assert!(matches!(all(("us-entry", "maybe")), Err(DecideError::UnknownAnswer { .. })));
    assert!(matches!(all(("favourite-colour", "blue")), Err(DecideError::UnknownQuestion { .. })));
    let missing = Answers::parse([("us-entry", "no")]).unwrap_err();
    assert!(matches!(&missing, DecideError::Missing { question } if question == "support"));
    assert_eq!(missing.msg().id, "error-decide-missing");
    assert!(all(("us-entry", "inside")).is_ok(), "a later answer replaces an earlier one");
}

#[test]
fn the_advice_view_cites_the_policy_date_and_links_to_topics() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let answers = Answers::parse([
        ("us-entry", "no"),
        ("support", "none"),
        ("wait", "yes"),
        ("protection", "family-children"),
        ("nationality", "honduras"),
        ("settle", "yes"),
    ])
    .unwrap();
    for lang in ["es", "en", "ht", "fr", "pt"] {
        let view = guide.advice(&answers, lang);
        assert_eq!(view.policy_date, "2026-03-11");
        assert!(view.policy_label.contains("2026"), "{lang}: {}", view.policy_label);
        let family = view.items.iter().find(|i| i.id == "family-children").unwrap();
        assert!(family.topics.iter().any(|t| t.id == "mexico-steps"));
        assert_eq!(family.reasons.len(), 3);
        assert!(!family.title.starts_with("decide-"), "{lang}: untranslated");
    }
    let questions = guide.decide_view("fr").questions;
    assert_eq!(questions.len(), 6);
    assert!(questions[5].progress.contains('6'));
}
