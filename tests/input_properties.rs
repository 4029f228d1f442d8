//! Properties of decoding and metadata reading on arbitrary input: no panic, and decoding is total
//! on text (every input that is not binary decodes, and UTF-8 input decodes to itself).

use copydesk::input::{decode, looks_like_html};
use proptest::prelude::*;

/// Pieces of markup that steer the sniffers and readers into their corners.
const PIECES: &[&str] = &[
    "<meta charset=",
    "<meta http-equiv=content-type content='text/html; charset=",
    "shift_jis>",
    "utf-8\">",
    "koi8-r",
    "<!--",
    "-->",
    "<?xml version='1.0' encoding='big5'?>",
    "<script type=application/ld+json>",
    "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[{\"name\":\"A\"},",
    "\"datePublished\":\"2019-02-30\"}",
    "</script>",
    "<title>T - S</title>",
    "<h1>",
    "<div class=byline>By ",
    "<time datetime=",
    "<html lang=",
    "\u{fffd}",
    "é",
    " ",
    ">",
    "<",
    "\"",
];

fn markup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => proptest::sample::select(PIECES).prop_map(str::to_string),
            1 => "[a-zA-Z0-9 ]{0,12}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn decode_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600), ct in "[a-z/;= -]{0,30}") {
        let _ = decode(&bytes, Some(&ct));
        let _ = decode(&bytes, None);
    }

    #[test]
    fn utf8_markup_decodes_to_itself(page in markup()) {
        let decoded = decode(page.as_bytes(), None).unwrap();
        prop_assert_eq!(&decoded.text, &page);
        let _ = looks_like_html(&decoded.text);
    }

    #[test]
    fn metadata_reading_never_panics(page in markup()) {
        let fields = copydesk::bench_support::page_metadata_for_tests(&page);
        for (field, value) in fields {
            if let Some((text, source)) = value.filter(|_| field != "json_ld_body") {
                prop_assert!(!source.is_empty());
                prop_assert_eq!(text.trim(), text.as_str());
            }
        }
    }
}
