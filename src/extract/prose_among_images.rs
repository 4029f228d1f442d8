//! A section of prose set among pictures. A landing page's or a product page's feature section
//! often holds a heading, a paragraph or two and several images (the screenshots, icons and
//! animation frames that illustrate it); counted by paragraphs per image, as the cleaning of the
//! chosen article counts a gallery, it reads as images without text. A gallery's text is captions,
//! credits and labels: short lines without the commas of a sentence, or links to other pages.
//!
//! A container holds prose among its images when its text outside links runs to
//! [`MIN_PROSE_CHARS`] or more, with [`MIN_COMMAS`] commas or more, and links hold less than
//! [`MAX_LINK_SHARE`] of its text.

/// Text outside links (characters) from which a container's text may be a paragraph: two sentences,
/// not a caption or a credit line.
const MIN_PROSE_CHARS: f32 = 200.0;

/// Commas a paragraph of prose holds at least; a row of captions or price labels holds none.
const MIN_COMMAS: u32 = 3;

/// Share of the text in links under which the text is the container's own, not a row of links to
/// other pages with their pictures.
const MAX_LINK_SHARE: f32 = 0.25;

/// Whether a container with `text` characters, `link` of them in links, and `commas` commas, holds
/// prose among its images rather than images without text.
pub(crate) fn holds_prose(text: f32, link: f32, commas: u32) -> bool {
    text > 0.0
        && text - link >= MIN_PROSE_CHARS
        && commas >= MIN_COMMAS
        && link / text < MAX_LINK_SHARE
}

#[cfg(test)]
mod tests {
    use super::holds_prose;

    /// Characters of a made-up feature paragraph: "Share your screen, your sketches and your
    /// notes with the whole team, then pick up where you left off on any device you own."
    const FEATURE: f32 = 230.0;

    #[test]
    fn a_feature_section_holds_prose() {
        assert!(holds_prose(FEATURE, 0.0, 3));
        assert!(holds_prose(FEATURE + 40.0, 40.0, 3));
    }

    #[test]
    fn captions_credits_and_linked_cards_do_not() {
        // Photo credits under each picture: short, no commas.
        assert!(!holds_prose(120.0, 0.0, 0));
        // A long row of labels without a sentence's commas.
        assert!(!holds_prose(400.0, 0.0, 2));
        // Cards linking to other pages with their pictures.
        assert!(!holds_prose(400.0, 200.0, 5));
        assert!(!holds_prose(0.0, 0.0, 0));
    }

    /// A made-up landing page: sections of prose, one of them set among four screenshots.
    fn landing_page(section: &str) -> String {
        let para = "<p>Planning a trip with friends takes one shared board: everyone adds the places \
            they want to see, votes on them, and the board sorts the days, the trains and the rooms \
            so that nobody has to keep a spreadsheet of who said what in which chat.</p>";
        format!(
            "<html><body><main><section><h2>Plan together</h2>{para}{para}</section>\
             <div class=\"feature\">{section}<img src=\"a.png\"><img src=\"b.png\">\
             <img src=\"c.png\"><img src=\"d.png\"></div>\
             <section><h2>Travel light</h2>{para}{para}</section></main></body></html>"
        )
    }

    #[test]
    fn keeps_a_feature_section_among_screenshots() {
        let section = "<span>Share your screen, your sketches and your notes with the whole team, \
            then pick up where you left off on any device you own, at home or on the road. Comments, \
            votes and changes arrive as they happen, in the order they were made.</span>";
        let article = crate::Pipeline::default()
            .clean_html(&landing_page(section))
            .unwrap();
        assert!(
            article.text().contains("Share your screen"),
            "{}",
            article.text()
        );
    }

    #[test]
    fn drops_a_row_of_photo_credits() {
        let credits = "<span>Photo Studio North</span> <span>Photo Studio North</span> \
            <span>Photo Studio North</span> <span>Photo Studio North</span>";
        let article = crate::Pipeline::default()
            .clean_html(&landing_page(credits))
            .unwrap();
        assert!(
            !article.text().contains("Studio North"),
            "{}",
            article.text()
        );
    }
}
