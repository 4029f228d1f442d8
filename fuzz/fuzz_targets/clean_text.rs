//! Any string as page text: an article or a clear error, never a panic; an article is NFC, and
//! normalizing its own text again (in the language the first pass settled) changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unicode_normalization::UnicodeNormalization;

fuzz_target!(|text: &str| {
    let pipeline = copydesk::Pipeline::default();
    let Ok(article) = pipeline.clean_text(text) else {
        return;
    };
    for block in &article.blocks {
        assert!(block.text.nfc().eq(block.text.chars()), "not NFC: {:?}", block.text);
    }
    let mut again = copydesk::Pipeline::builder();
    again.clear_cleaners().locate_body(false);
    match article.language.as_deref().and_then(copydesk::phrases::Lang::from_code) {
        Some(lang) => again.language(lang),
        None => again.detect_language(false),
    };
    let first = article.text();
    let again = again.build().unwrap().clean_text(&first).unwrap();
    assert_eq!(again.text(), first, "normalizing again changed the text");
    assert!(again.changes.is_empty(), "{:?}", again.changes);
});
