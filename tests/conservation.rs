//! Property tests: on generated inputs the pipeline never panics, never drops text silently, and is
//! idempotent on its own output.

mod common;

use copydesk::normalize::{HouseStyle, Typography};
use copydesk::{Error, Pipeline};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "The council approved the new budget on Monday after a debate that lasted well into the night.",
    "Opponents said the plan would raise taxes.",
    "“We have already reached preliminary agreements,” he said.",
    "- Advertisement -",
    "ADVERTISEMENT",
    "Subscribe to our newsletter",
    "Sign up here to get the latest news, updates and special offers delivered directly to your inbox.",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Home » Press » International News » Council approves budget",
    "Home > World > Asia",
    "Tags:",
    "Latest",
    "Share this article",
    "Facebook Twitter Email",
    "We use cookies to improve your experience.",
    "Other News Materials 24 November 2018 11:24 (UTC +04:00)",
    "...",
    "•",
    "© 2024 Example Media. All rights reserved.",
    "Cafe\u{301} owners in Токио и 東京 said “no”.",
    "Sergey Lavrov met \"Yury\" Ushakov -- in Kiev... SERGEI's \u{200b}plan\u{ad}.",
    "می\u{200c}خواهم \u{200f}שלום 👩\u{200d}💻 क्\u{200d}ष",
    "Council approves new budget",
    "- first item",
    "1. second item",
];

fn document() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "\\PC{0,40}",
        1 => proptest::sample::select(&["\n", "\n\n", " ", "\r\n", "\t", "\u{a0}"][..]).prop_map(str::to_string),
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|pieces| {
        let mut doc = String::new();
        for (i, piece) in pieces.iter().enumerate() {
            doc.push_str(piece);
            if i % 2 == 1 {
                doc.push_str("\n\n");
            }
        }
        doc
    })
}

/// The words of a text: what a removal's `text` and its span in the input have in common.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

fn expected_error(e: &Error) -> bool {
    matches!(
        e,
        Error::EmptyInput | Error::NotText { .. } | Error::NoArticle { .. }
    )
}

#[test]
fn a_removed_hard_wrapped_paragraph_spans_its_lines() {
    let input = "Title\n\nThe council approved the new budget on Monday after a debate that lasted well into the night.\n\nSign up here to get the latest news, updates\nand special offers delivered directly to your inbox.\n";
    let article = Pipeline::default().clean_text(input).unwrap();
    let removal = article
        .removals
        .iter()
        .find(|r| r.text.contains("special offers"))
        .expect("the prompt is removed");
    let span = removal.span.clone().unwrap();
    assert!(input[span.clone()].contains('\n'));
    assert_eq!(words(&input[span]), words(&removal.text));
}

#[test]
fn removing_an_invisible_character_before_a_combining_mark_leaves_nfc() {
    for invisible in ['\u{ad}', '\u{200b}', '\u{2060}'] {
        let input = format!("Title\n\nThe cafe{invisible}\u{301} on the corner reopened on Monday after a long winter.\n");
        let article = Pipeline::default().clean_text(&input).unwrap();
        assert_eq!(common::output_problem(&article), None, "{input:?}");
        assert!(
            article.body_text().contains("café"),
            "{:?}",
            article.body_text()
        );
        assert!(common::unaccounted(&input, &article).is_empty());
        let again = Pipeline::default().clean_text(&article.text()).unwrap();
        assert!(again.changes.is_empty(), "{:?}", again.changes);
    }
}

/// A joiner after a virama with an invisible character between the virama and a mark before it:
/// once the invisible character goes, NFC puts the virama first, and the joiner must mean the same
/// then as it did when the first pass judged it.
#[test]
fn a_joiner_after_a_virama_means_the_same_once_the_marks_are_reordered() {
    let shapes = [
        "क\u{301}\u{feff}\u{94d}\u{200c}ष",
        "क\u{301}\u{301}\u{200b}\u{94d}\u{200d}ष",
        "क\u{94d}\u{feff}\u{200c}ष",
    ];
    for shape in shapes {
        let input = format!("Title\n\nशहर के पुस्तकालय में {shape} जैसे संयुक्ताक्षरों वाली पुरानी पांडुलिपियाँ रखी गई हैं, जिन्हें शोधकर्ता देखने आते हैं।\n");
        let article = Pipeline::default().clean_text(&input).unwrap();
        assert_eq!(common::output_problem(&article), None, "{input:?}");
        assert!(common::unaccounted(&input, &article).is_empty());
        let body = article.body_text();
        assert!(body.contains('\u{94d}'), "{body:?}");
        let again = Pipeline::default().clean_text(&article.text()).unwrap();
        assert!(again.changes.is_empty(), "{shape:?}: {:?}", again.changes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn nothing_is_dropped_silently(input in document()) {
        match Pipeline::default().clean_text(&input) {
            Ok(article) => {
                let missing = common::unaccounted(&input, &article);
                prop_assert!(missing.is_empty(), "dropped silently: {:?}", missing);
                for removal in &article.removals {
                    if let Some(span) = removal.span.clone() {
                        prop_assert_eq!(words(&input[span]), words(&removal.text));
                    }
                }
            }
            Err(e) => prop_assert!(expected_error(&e), "unexpected error {e}"),
        }
    }

    #[test]
    fn leaving_located_cruft_unnamed_changes_only_the_credit(input in document()) {
        let named = Pipeline::builder().name_located_cruft(true).build().unwrap();
        match (named.clean_text(&input), Pipeline::default().clean_text(&input)) {
            (Ok(named), Ok(unnamed)) => {
                prop_assert_eq!(named.text(), unnamed.text());
                let spans = |a: &copydesk::Article| {
                    let mut spans: Vec<_> = a.removals.iter().map(|r| (r.span.clone(), r.text.clone())).collect();
                    spans.sort_by_key(|(span, _)| span.as_ref().map(|s| (s.start, s.end)));
                    spans
                };
                prop_assert_eq!(spans(&named), spans(&unnamed));
                for removal in &unnamed.removals {
                    let same = named.removals.iter().any(|r| r.span == removal.span && r.stage == removal.stage);
                    prop_assert!(same || removal.stage == "body-locator", "{:?}", removal);
                }
            }
            (named, unnamed) => prop_assert_eq!(named.is_ok(), unnamed.is_ok()),
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(input in "\\PC*|[\\x00-\\x7f]*") {
        if let Err(e) = Pipeline::default().clean_text(&input) {
            prop_assert!(expected_error(&e), "unexpected error {e}");
        }
    }

    #[test]
    fn cleaning_the_output_again_changes_nothing(input in document()) {
        let pipeline = Pipeline::default();
        if let Ok(first) = pipeline.clean_text(&input) {
            let again = pipeline.clean_text(&first.text()).expect("an article's own text cleans");
            prop_assert_eq!(again.text(), first.text());
        }
    }

    #[test]
    fn with_every_option_on_nothing_is_dropped_and_normalizing_again_changes_nothing(input in document()) {
        let pipeline = Pipeline::builder()
            .typography(Typography::Smart)
            .house_style(HouseStyle::Ap)
            .build()
            .unwrap();
        match pipeline.clean_text(&input) {
            Ok(first) => {
                // The cleaners and the body locator judge normalized text differently from raw text;
                // idempotence of the normalizers is checked without them, in the language the first run
                // settled (the article's text alone may read as another one, whose quotes and spellings
                // differ).
                let mut normalizers_only = Pipeline::builder();
                normalizers_only
                    .clear_cleaners()
                    .locate_body(false)
                    .typography(Typography::Smart)
                    .house_style(HouseStyle::Ap);
                match first.language.as_deref().and_then(copydesk::phrases::Lang::from_code) {
                    Some(lang) => normalizers_only.language(lang),
                    // The first run's normalizers had no language: neither may the second's.
                    None => normalizers_only.detect_language(false),
                };
                let normalizers_only = normalizers_only.build().unwrap();
                let missing = common::unaccounted(&input, &first);
                prop_assert!(missing.is_empty(), "dropped silently: {:?}", missing);
                let again = normalizers_only.clean_text(&first.text()).expect("an article's own text cleans");
                prop_assert_eq!(again.text(), first.text());
                prop_assert!(again.changes.is_empty(), "second run changed {:?}", again.changes);
            }
            Err(e) => prop_assert!(expected_error(&e), "unexpected error {e}"),
        }
    }

    #[test]
    fn typography_is_idempotent_on_punctuation_soup(input in "[aZ9 \"'.,:\\-–—“”‘’«»„…/()@\n\u{a0}]{0,40}") {
        for mode in [Typography::Smart, Typography::Plain] {
            for lang in [copydesk::phrases::Lang::En, copydesk::phrases::Lang::Fr, copydesk::phrases::Lang::Ru] {
                let pipeline = Pipeline::builder().clear_cleaners().locate_body(false).language(lang).typography(mode).build().unwrap();
                if let Ok(first) = pipeline.clean_text(&input) {
                    let again = pipeline.clean_text(&first.text()).expect("an article's own text cleans");
                    prop_assert_eq!(again.text(), first.text(), "{:?} {:?}", mode, lang);
                    prop_assert!(again.changes.is_empty(), "{:?} {:?}: {:?}", mode, lang, again.changes);
                }
            }
        }
    }
}
