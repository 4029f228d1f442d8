//! A section's title in a wrapper of its own: page builders set each heading of a landing page in
//! two or three `<div>`s (`title-v2 > cmp-title > h3`), indented, so the wrapper holds the heading
//! and the blank text nodes of that indentation. Cleaning keeps a short container that is mostly
//! heading text as a section title; counted with the blanks, "Advanced analytics" (18 characters)
//! in four blank lines is less than that share, and the heading went as "too little text". Its
//! section then lost the heading that showed it to be one (see `banner`). The share of heading text
//! is taken of the text that is not blank.

/// The share of a container's text that is heading text: `heading` characters of heading among
/// `text` characters, `blank` of which are in text nodes holding only whitespace. 0 for a container
/// without text that is not blank.
pub(crate) fn heading_share(heading: f32, text: f32, blank: f32) -> f32 {
    let visible = text - blank;
    if visible > 0.0 {
        (heading / visible).min(1.0)
    } else {
        0.0
    }
}

/// Whether a text node's text is blank: whitespace only, the indentation between elements.
pub(crate) fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_do_not_dilute_a_heading() {
        // A heading of 20 characters among 4 blank ones is all heading.
        assert_eq!(heading_share(20.0, 24.0, 4.0), 1.0);
        // A heading beside a few words of text is not.
        assert!(heading_share(10.0, 24.0, 0.0) < 0.5);
        // No text at all, or blanks only.
        assert_eq!(heading_share(0.0, 0.0, 0.0), 0.0);
        assert_eq!(heading_share(0.0, 3.0, 3.0), 0.0);
    }

    #[test]
    fn blank_text_is_whitespace_only() {
        assert!(is_blank("\n    \t "));
        assert!(is_blank(""));
        assert!(!is_blank("  Prices "));
    }
}
