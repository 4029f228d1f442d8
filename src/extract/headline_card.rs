//! A card of content on a landing page: a linked title over a description of its own.
//!
//! A landing or home page that declares nothing and signs nothing (no byline, no date) sets what it
//! offers as cards: a documentation hub's "Compose: build user interfaces" over a sentence of what
//! that is, a resource list's titles over their source, a shop's items over their description.
//! Each card's title is a link, and its text is more than a fifth links, so cleaning took it for a
//! list of links. rs-trafilatura (and trafilatura) drop a short block for its links only when the
//! links are nearly all of its text or mostly short (a menu); a card's one or two long links beside
//! a sentence pass. Here such a card stays on those pages only: an article, signed or dated, closes
//! with cards of the same shape for other stories (measured on every page that may widen, the dev
//! sites' related-app and related-post cards under undeclared articles came back).
//!
//! Measured on the tune half of the dev sites against the bars below: 40 characters of own text
//! lifted a little more and harmed twice the pages; three links harmed more; one link only lifted
//! less. A link share of 0.7 lifted more (one shop's product cards) but kept a box of two headlines
//! of other pages under a label.

/// Most links a card holds: its title, and perhaps a "read more".
const MAX_LINKS: f32 = 2.0;
/// Characters of text that is not link text a card holds at least: a sentence or a source line.
const MIN_OWN_CHARS: f32 = 60.0;
/// Share of the card's text its links hold at most: more is a list of links with a label (two
/// headlines of other pages under a heading and a line, `section_actions`' box of links to other
/// pages, holds 0.58).
const MAX_LINK_SHARE: f32 = 0.5;
/// Characters a link holds on average at least: a title, not a button ("Buy", "More").
const MIN_TITLE_CHARS: f32 = 15.0;

/// Whether a container of `text` characters, `link` of them in `links` links, is a card: one or two
/// links of title length beside text of its own.
pub(crate) fn is_headline_card(text: f32, link: f32, links: f32) -> bool {
    (1.0..=MAX_LINKS).contains(&links)
        && text - link >= MIN_OWN_CHARS
        && link <= MAX_LINK_SHARE * text
        && link / links >= MIN_TITLE_CHARS
}

#[cfg(test)]
mod tests {
    use super::is_headline_card;

    #[test]
    fn a_linked_title_over_its_description_is_a_card() {
        // "Ferment your own kimchi at home" (31) + a sentence of 90 characters.
        assert!(is_headline_card(121.0, 31.0, 1.0));
        // A title, a source line and "Read the full guide".
        assert!(is_headline_card(150.0, 70.0, 2.0));
    }

    #[test]
    fn lists_of_links_buttons_and_labels_are_not() {
        // Five headlines of other pages.
        assert!(!is_headline_card(300.0, 260.0, 5.0));
        // A long headline with a date beside it: links are most of the text.
        assert!(!is_headline_card(100.0, 85.0, 1.0));
        // A short title and three words.
        assert!(!is_headline_card(50.0, 30.0, 1.0));
        // Two short buttons beside a sentence (a section's calls to action, not a card).
        assert!(!is_headline_card(120.0, 16.0, 2.0));
        // No link at all.
        assert!(!is_headline_card(120.0, 0.0, 0.0));
    }

    /// A made-up landing page: two sections of prose and `card` between them; `head` goes into the
    /// page's `<head>`.
    fn cards_page(head: &str, card: &str) -> String {
        let para = "<p>Our school teaches cooking to grown-ups in small groups, from knife skills \
            to bread, and every class ends with a meal shared around one long table.</p>";
        format!(
            "<html><head>{head}</head><body><main><section><h2>Cook with us</h2>{para}{para}\
             </section>{card}<section><h2>Visit</h2>{para}{para}</section></main></body></html>"
        )
    }

    /// A class's card: its linked title (46 characters) and a line of its own (72).
    const CARD: &str = "<div class=\"card\"><h3><a href=\"/classes/kimchi\">Ferment your own \
        kimchi and sauerkraut at home</a></h3><div>Three evenings on cabbage and salt and patience \
        with a jar to take home.</div></div>";

    fn text_of(page: &str) -> String {
        crate::Pipeline::default()
            .clean_html(page)
            .map(|a| a.text())
            .unwrap_or_default()
    }

    #[test]
    fn keeps_a_card_of_an_unsigned_landing_page() {
        let text = text_of(&cards_page("", CARD));
        assert!(text.contains("cabbage and salt and patience"), "{text}");
        assert!(text.contains("Cook with us"), "{text}");
    }

    #[test]
    fn drops_the_same_card_on_a_dated_page_and_headlines_without_text() {
        let dated = "<meta property=\"article:published_time\" content=\"2024-03-01T09:00:00Z\">";
        let text = text_of(&cards_page(dated, CARD));
        assert!(!text.contains("cabbage and salt and patience"), "{text}");
        assert!(text.contains("Cook with us"), "{text}");
        // A headline over a date line is a teaser, on any page.
        let headlines = "<div class=\"card\"><h3><a href=\"/blog/bread\">Why our sourdough takes \
            two days to rise</a></h3><div>Posted in March</div></div>";
        let text = text_of(&cards_page("", headlines));
        assert!(!text.contains("sourdough"), "{text}");
    }
}
