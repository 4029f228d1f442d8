//! A call to action's box inside an article: "Thinking of selling your business? Get a free
//! valuation", "Try our app free for 14 days", "Get in touch: 555-0100". Publishers and company
//! blogs drop such boxes between a story's paragraphs or under its last one, and name them for what
//! they are: `cta`, `cta-text`, `block-cta-wrapper`, `post-cta-inner`, `mini-cta` (the web's
//! shorthand for "call to action", a whole token of a class or id name). The `call-to-action`
//! cleaner takes a button's label the text repeats; this rule, a box the markup names.
//!
//! On an article the box is the site's, not the story's. On a landing or service page, and on a
//! page that declares no type (many of which are landing pages), a section named so is often the
//! page's content (the plans, the offer), so the rule reads declared articles only.

/// Characters a box holds at least: an offer in a sentence ("Get a free valuation of your shop").
/// Less is a button's or an overlay's label ("View photo", "Sign up"), which the rules for
/// controls judge.
pub(crate) const MIN_BOX_CHARS: f32 = 40.0;

/// The token that names a call to action.
const TOKEN: &[u8] = b"cta";

/// Whether a `class` or `id` attribute holds `cta` as a whole token of one of its names (names
/// split on whitespace, `-` and `_`), in any case: `cta-text`, `block-cta-wrapper`, `mini-cta`,
/// but not `octave` or `ctabar`.
pub(crate) fn names_call_to_action(names: &str) -> bool {
    // Most names hold no "cta" at all: a byte scan says so before any split.
    let bytes = names.as_bytes();
    if !bytes
        .windows(TOKEN.len())
        .any(|w| w.eq_ignore_ascii_case(TOKEN))
    {
        return false;
    }
    names
        .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
        .any(|token| token.as_bytes().eq_ignore_ascii_case(TOKEN))
}

#[cfg(test)]
mod tests {
    use super::names_call_to_action;

    #[test]
    fn cta_is_read_as_a_whole_token() {
        for named in [
            "cta",
            "cta-text",
            "block-cta-wrapper",
            "ej-post-cta-inner",
            "mini-cta black",
            "CTA_box",
        ] {
            assert!(names_call_to_action(named), "{named}");
        }
        for other in ["", "octave", "ctabar", "action-call", "vector", "f-cta2"] {
            assert!(!names_call_to_action(other), "{other}");
        }
    }
}
