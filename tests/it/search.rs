//! Full-text search over the real guide: accents and case ignored, ranked, with snippets, and
//! Spanish results when the reader's language has none.

use senda::guide::l10n::Isolation;
use senda::guide::search::fts_query;
use senda::guide::search::{SearchDoc, SearchIndex};
use senda::guide::Guide;

fn guide() -> Guide {
    Guide::builtin(Isolation::Off).unwrap()
}

fn topics(view: &senda::guide::search::SearchView) -> Vec<&str> {
    view.hits.iter().map(|h| h.topic.as_str()).collect()
}

#[test]
fn accents_and_case_do_not_matter() {
    let g = guide();
    let view = g.search("tramite", "es").unwrap();
    assert!(topics(&view).contains(&"mexico-steps"), "{:?}", topics(&view));
    assert!(view.hits.iter().all(|h| h.lang == "es"));
    let hit = &view.hits[0];
    assert!(hit.parts.iter().any(|p| p.hit && p.text.to_lowercase().starts_with("trámite")), "{:?}", hit.parts);
    assert_eq!(topics(&g.search("TRÁMITE", "es").unwrap()), topics(&view));
}

#[test]
fn the_queries_of_the_issue() {
    let g = guide();
    let proclamation = g.search("10888", "en").unwrap();
    assert!(topics(&proclamation).contains(&"where-now"), "{:?}", topics(&proclamation));
    assert!(!proclamation.fallback);
    let comar = g.search("COMAR", "ht").unwrap();
    assert!(topics(&comar).contains(&"mexico-steps") && comar.hits.iter().all(|h| h.lang == "ht"), "{:?}", topics(&comar));
}

#[test]
fn the_title_ranks_first() {
    // "ayuda" is in many topics' text, but in one title only.
    let view = guide().search("ayuda", "es").unwrap();
    assert!(view.hits.len() > 3, "{:?}", topics(&view));
    assert_eq!(view.hits.first().map(|h| h.topic.as_str()), Some("help"), "{:?}", topics(&view));
}

#[test]
fn nothing_in_creole_falls_back_to_spanish_marked_as_such() {
    let g = guide();
    // "Iztapalapa" is in the Creole help page too, so search for a word only Spanish uses.
    let view = g.search("solicitud", "ht").unwrap();
    assert!(view.fallback, "{view:?}");
    assert!(!view.hits.is_empty());
    assert!(view.hits.iter().all(|h| h.lang == "es"));
    assert!(view.note.is_some());
    let none = g.search("zzzzqqq", "ht").unwrap();
    assert!(none.hits.is_empty() && !none.fallback && none.note.is_some());
}

#[test]
fn operators_in_the_input_are_plain_words() {
    assert_eq!(fts_query("tramite"), Some("\"tramite\"*".to_string()));
    assert_eq!(fts_query("a\"b OR c*"), Some("\"a\"* \"b\"* \"OR\"* \"c\"*".to_string()));
    assert_eq!(fts_query("  ¿?  "), None);
    let g = guide();
    for nasty in ["\"", "NEAR(", "title:x", "*", "AND OR NOT", "-", "^x", &"a ".repeat(500)] {
        g.search(nasty, "es").unwrap_or_else(|e| panic!("{nasty:?}: {e}"));
    }
}

#[test]
fn a_small_index_finds_creole_without_its_accent() {
    let index = SearchIndex::build(&[SearchDoc {
        topic: "t".into(),
        lang: "ht".into(),
        title: "Lang".into(),
        body: "Gid la an kreyòl ayisyen.".into(),
    }])
    .unwrap();
    assert_eq!(index.query(&fts_query("kreyol").unwrap(), "ht", 5).unwrap().len(), 1);
    assert!(index.query(&fts_query("kreyol").unwrap(), "es", 5).unwrap().is_empty(), "one language at a time");
}
