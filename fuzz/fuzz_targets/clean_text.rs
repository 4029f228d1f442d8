//! Any string as page text: an article or a clear error, never a panic; an article is NFC, and
//! cleaning its own text again gives the same text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unicode_normalization::UnicodeNormalization;

fuzz_target!(|text: &str| {
    let pipeline = copydesk::Pipeline::default();
    if let Ok(article) = pipeline.clean_text(text) {
        for block in &article.blocks {
            assert!(block.text.nfc().eq(block.text.chars()), "not NFC: {:?}", block.text);
        }
        let first = article.text();
        if let Ok(again) = pipeline.clean_text(&first) {
            assert_eq!(again.text(), first, "not idempotent");
        }
    }
});
