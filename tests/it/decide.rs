//! The decision helper's rules: one line per circumstance the sources describe, and properties
//! proved over every combination of answers.

use std::collections::BTreeSet;

use senda::base::text::Localized;
use senda::guide::decide::{
    self, advise, contradictions, Answers, DecideError, ADVICE, FOR_MEXICAN_NATIONALS, POINTS_TO_MEXICAN_CLAIM, QUESTIONS,
};
use senda::guide::l10n::Isolation;
use senda::guide::Guide;

/// Answers in the order of the questions: us-entry, support, wait, protection, nationality, settle.
fn check(answers: [&str; 6], expected: &[&str]) {
    let pairs = QUESTIONS.iter().map(|(q, _)| *q).zip(answers);
    let parsed = Answers::parse(pairs).unwrap_or_else(|e| panic!("{answers:?}: {e}"));
    assert_eq!(advise(&parsed), expected, "answers {answers:?}");
}

#[test]
fn every_circumstance_in_the_sources() {
    // At the border, without a way into the US: the border rules are in court; Mexico is an option.
    check(["no", "none", "yes", "none", "honduras", "yes"], &["at-border", "nationality", "settle-yes", "legal-help"]);
    // Families with children.
    check(
        ["no", "none", "yes", "family-children", "honduras", "yes"],
        &["at-border", "us-border-rules", "family-children", "nationality", "settle-yes", "legal-help"],
    );
    // Unaccompanied minors.
    check(
        ["no", "none", "unsure", "unaccompanied", "guatemala", "unsure"],
        &["at-border", "us-border-rules", "unaccompanied", "nationality", "settle-undecided", "legal-help"],
    );
    // Victims of trafficking or violence.
    check(
        ["no", "none", "yes", "violence", "el-salvador", "no"],
        &["at-border", "us-border-rules", "violence", "nationality", "settle-undecided", "legal-help"],
    );
    // Already in the United States: the border rules are not theirs to worry about now.
    check(
        ["inside", "us", "yes", "none", "venezuela", "no"],
        &["inside-us", "support-us", "nationality", "settle-undecided", "legal-help"],
    );
    check(
        ["inside", "none", "yes", "violence", "venezuela", "no"],
        &["inside-us", "violence", "nationality", "settle-undecided", "legal-help"],
    );
    // Returned under MPP.
    check(["mpp", "none", "no", "none", "cuba", "unsure"], &["mpp", "cannot-wait", "nationality", "settle-undecided", "legal-help"]);
    // A legal way into the US.
    check(
        ["visa", "both", "yes", "none", "colombia", "yes"],
        &["visa", "support-mexico", "support-us", "nationality", "settle-yes", "legal-help"],
    );
    // Family or support in Mexico; cannot wait.
    check(
        ["no", "mexico", "no", "none", "haiti", "yes"],
        &["at-border", "support-mexico", "cannot-wait", "nationality", "settle-yes", "legal-help"],
    );
    // Another nationality.
    check(["no", "none", "yes", "none", "other", "unsure"], &["at-border", "nationality", "settle-undecided", "legal-help"]);
}

/// Regression: a Mexican national who also picked children, violence, under 18 or MPP was told
/// to apply in Mexico, or that Mexico was "the most realistic option", beside a card saying that
/// Mexico's asylum is only for foreigners.
#[test]
fn a_mexican_national_is_never_pointed_to_a_claim_in_mexico() {
    check(["no", "mexico", "no", "violence", "mexico", "yes"], &["mexican-national", "us-border-rules", "violence-mexican", "legal-help"]);
    check(["no", "none", "yes", "family-children", "mexico", "yes"], &["mexican-national", "us-border-rules", "legal-help"]);
    check(
        ["no", "none", "yes", "unaccompanied", "mexico", "unsure"],
        &["mexican-national", "us-border-rules", "unaccompanied-mexican", "legal-help"],
    );
    check(["mpp", "none", "no", "none", "mexico", "no"], &["us-hearings", "mexican-national", "legal-help"]);
    check(["inside", "us", "yes", "none", "mexico", "no"], &["inside-us", "mexican-national", "support-us", "legal-help"]);
}

/// Every combination of answers, in the order of the questions.
fn every_combination() -> Vec<Vec<(&'static str, &'static str)>> {
    let total: usize = QUESTIONS.iter().map(|(_, v)| v.len()).product();
    (0..total)
        .map(|n| {
            let mut rest = n;
            QUESTIONS
                .iter()
                .map(|(q, values)| {
                    let v = values[rest % values.len()];
                    rest /= values.len();
                    (*q, v)
                })
                .collect()
        })
        .collect()
}

/// What is wrong with the advice `rule` gives for `pairs`, as the properties of the rules say:
/// legal help comes last, nothing unknown or repeated, no two contradictory items together,
/// and a Mexican national is told that Mexico's asylum is for foreigners and is never pointed to
/// the COMAR or to a claim in Mexico.
fn faults(rule: &dyn Fn(&Answers) -> Vec<&'static str>, pairs: &[(&'static str, &'static str)]) -> Vec<String> {
    let advice = rule(&Answers::parse(pairs.iter().copied()).unwrap());
    let mut out = Vec::new();
    if advice.last() != Some(&"legal-help") {
        out.push("legal help is not last".to_string());
    }
    if let Some(unknown) = advice.iter().find(|a| !ADVICE.contains(a)) {
        out.push(format!("unknown advice {unknown}"));
    }
    if advice.iter().collect::<BTreeSet<_>>().len() != advice.len() {
        out.push("advice repeats".to_string());
    }
    for (a, b) in contradictions() {
        if advice.contains(&a) && advice.contains(&b) {
            out.push(format!("{a} contradicts {b}"));
        }
    }
    if pairs.contains(&("nationality", "mexico")) {
        if !advice.contains(&"mexican-national") {
            out.push("a Mexican national is not told that Mexico's asylum is for foreigners".to_string());
        }
        for a in advice.iter().filter(|a| POINTS_TO_MEXICAN_CLAIM.contains(a)) {
            out.push(format!("a Mexican national is pointed to a claim in Mexico by {a}"));
        }
    }
    out
}

#[test]
fn no_combination_of_answers_gives_contradictory_advice() {
    let combinations = every_combination();
    let pairs = contradictions();
    println!(
        "decision helper: {} answer combinations, {} advice ids, {} contradictory pairs declared ({} pointing to a claim in Mexico)",
        combinations.len(),
        ADVICE.len(),
        pairs.len(),
        POINTS_TO_MEXICAN_CLAIM.len(),
    );
    assert_eq!(combinations.len(), 5184);
    assert_eq!(ADVICE.len(), 19);
    assert_eq!(pairs.len(), 49);
    let mut seen = BTreeSet::new();
    let mut mexican = 0;
    for pairs in &combinations {
        let found = faults(&advise, pairs);
        assert!(found.is_empty(), "{pairs:?}: {found:?}");
        seen.extend(advise(&Answers::parse(pairs.iter().copied()).unwrap()));
        mexican += usize::from(pairs.contains(&("nationality", "mexico")));
    }
    assert_eq!(mexican, 5184 / 9, "one combination in nine is a Mexican national's");
    assert_eq!(seen.len(), ADVICE.len(), "every piece of advice is reachable");

    // The properties catch what went wrong before: advice to apply in Mexico beside the card
    // for Mexican nationals, and two places at once.
    let old_mistake = |answers: &Answers| {
        let mut advice = advise(answers);
        if advice.contains(&"us-hearings") {
            advice.insert(0, "mpp");
        }
        advice
    };
    let caught: Vec<String> = combinations.iter().flat_map(|p| faults(&old_mistake, p)).collect();
    assert!(caught.iter().any(|f| f == "mpp contradicts us-hearings"), "{caught:?}");
    assert!(caught.iter().any(|f| f == "a Mexican national is pointed to a claim in Mexico by mpp"), "{caught:?}");
}

#[test]
fn the_declarations_name_real_advice_and_each_side_of_every_pair_is_reachable() {
    for id in decide::declared_ids() {
        assert!(ADVICE.contains(&id), "{id} is declared but is not advice");
    }
    for (a, b) in contradictions() {
        assert_ne!(a, b);
    }
    assert!(FOR_MEXICAN_NATIONALS.iter().all(|m| !POINTS_TO_MEXICAN_CLAIM.contains(m)));
}

/// Topics about a claim in Mexico; advice that links to one of them points to a claim in Mexico.
const MEXICAN_CLAIM_TOPICS: [&str; 3] = ["mexico-steps", "families", "violence"];

/// Words that name the COMAR, the INM or the papers of a claim in Mexico, in every language.
const MEXICAN_CLAIM_WORDS: [&str; 4] = ["COMAR", "INM", "TVRH", "constancia"];

/// The declaration is checked against the content, so that it cannot drift from what the cards
/// say: a card not declared as pointing to a claim in Mexico neither links to a topic about one
/// nor names the COMAR, the INM, the TVRH or a constancia, in any shipped language.
#[test]
fn advice_not_declared_as_pointing_to_mexico_says_nothing_about_a_claim_there() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let mut checked = 0;
    for def in &guide.content().advice {
        if POINTS_TO_MEXICAN_CLAIM.contains(&def.id.as_str()) {
            continue;
        }
        for topic in &def.topics {
            assert!(!MEXICAN_CLAIM_TOPICS.contains(&topic.as_str()), "{} links to {topic}", def.id);
        }
        for lang in &guide.content().languages {
            let l = guide.catalog().localizer(lang);
            let mut texts = vec![l.text(&def.title), l.text(&def.text)];
            texts.extend(def.reasons.iter().map(|r| l.text(r)));
            for text in texts {
                for word in MEXICAN_CLAIM_WORDS {
                    let named = text.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word));
                    assert!(!named, "{} ({lang}) names {word}: {text}", def.id);
                }
            }
        }
        checked += 1;
    }
    assert_eq!(checked, ADVICE.len() - POINTS_TO_MEXICAN_CLAIM.len());
    assert_eq!(guide.content().languages.len(), 5, "every shipped language is checked");
    // The check itself sees a card that names the COMAR.
    let at_border = guide.advice(&Answers::parse(QUESTIONS.iter().map(|(q, v)| (*q, v[0]))).unwrap(), "es");
    assert!(at_border.items[0].reasons.iter().any(|r| r.contains("COMAR")), "{:?}", at_border.items[0]);
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
        assert_eq!(family.reasons.len(), 2);
        assert!(!family.title.starts_with("decide-"), "{lang}: untranslated");
    }
    let questions = guide.decide_view("fr").questions;
    assert_eq!(questions.len(), 6);
    assert!(questions[5].progress.contains('6'));
}

#[test]
fn a_reason_two_cards_share_is_shown_once() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    // Support in Mexico and no time to wait: both cards say that protection lasts while the
    // person stays in the state and keeps signing.
    let answers = Answers::parse([
        ("us-entry", "no"),
        ("support", "mexico"),
        ("wait", "no"),
        ("protection", "none"),
        ("nationality", "cuba"),
        ("settle", "yes"),
    ])
    .unwrap();
    let view = guide.advice(&answers, "es");
    let stay = guide.catalog().localizer("es").text("decide-a-reason-stay-and-sign");
    let cards: Vec<&str> = view.items.iter().filter(|i| i.reasons.contains(&stay)).map(|i| i.id.as_str()).collect();
    assert_eq!(cards, ["support-mexico"], "shown in the first card that has it");
    let cannot_wait = view.items.iter().find(|i| i.id == "cannot-wait").unwrap();
    assert_eq!(cannot_wait.reasons.len(), 2);
}
