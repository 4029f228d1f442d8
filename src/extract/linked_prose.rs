//! Prose among links. Cleaning takes a container whose text is more than a
//! fifth links for a link list. On a service or landing page a section often links its key words
//! (a service's name, the towns served, "our plans") inside paragraphs written to be read: the
//! section is prose with links in it, not a list of links. Such a section holds paragraphs of
//! sentence length; a grid of staff cards, a carousel's repeated teasers and a block of footnotes
//! hold many short paragraphs or few words that are not links.
//!
//! Read on every page: an article's paragraph that names another story by its linked title ("for
//! more, see …") is prose too. (Session 34 measured the rule on declared articles and
//! documentation as well: WCXB tune 3 pages better, check 1, none worse; readability-pages and
//! multilingual unmoved.)

/// Characters of text that is not link text a container holds at least: a paragraph or two.
const MIN_PROSE_CHARS: f32 = 300.0;
/// Characters of text that is not link text per paragraph at least: sentences, not a name and a
/// role on a card ("Jane Doe, Piano Teacher") or a teaser's one line.
const MIN_CHARS_PER_PARAGRAPH: f32 = 80.0;

/// Whether a container of `text` characters, `link` of them in links, in `paragraphs` paragraphs,
/// is prose with links in it.
pub(crate) fn is_prose_with_links(text: f32, link: f32, paragraphs: f32) -> bool {
    let prose = (text - link).max(0.0);
    paragraphs >= 1.0 && prose >= MIN_PROSE_CHARS && prose / paragraphs >= MIN_CHARS_PER_PARAGRAPH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_of_sentences_beside_their_links_are_prose() {
        // Two paragraphs of 200 characters each, with 150 characters of links.
        assert!(is_prose_with_links(550.0, 150.0, 2.0));
    }

    #[test]
    fn short_paragraphs_or_little_prose_are_not() {
        // A grid of twenty cards, each a linked name and a role of 15 characters.
        assert!(!is_prose_with_links(900.0, 600.0, 20.0));
        // One paragraph of 120 characters beside a long list of links.
        assert!(!is_prose_with_links(1_200.0, 1_080.0, 1.0));
        // No paragraph at all.
        assert!(!is_prose_with_links(1_200.0, 300.0, 0.0));
    }
}
