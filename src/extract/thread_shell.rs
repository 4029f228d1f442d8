//! A thread whose posts are not in the page: forum software that builds its threads in the browser
//! (Discourse, and single-page forum front ends) serves a shell (a splash screen, an empty
//! `<main>`, a login form) and states the thread's opening in the page's description for link
//! previews. Read without its scripts, the page shows nothing of the thread but that description; a
//! body shorter than it is the shell's furniture (a site menu, a banner), and the description, which
//! quotes the first post, is the best account of the thread the page holds.
//!
//! Only a thread's page: elsewhere an empty body is often right (a product page that lists nothing,
//! a landing page of images), and the description is the site's own summary, not its text.

use crate::{Block, BlockKind, Removal};

use super::tree::{collapse, record};

/// Words a description needs to stand for a thread: fewer is a site's tagline ("Discuss all things
/// bread"), not the opening of a post.
const MIN_DESCRIPTION_WORDS: usize = 12;

/// The description instead of the body when the body of a thread's page holds fewer words than the
/// description (see the module's documentation); the blocks it replaces are recorded as removals
/// (stage `low-score`). `thread` says whether the page is a forum thread's.
pub(crate) fn describe_empty_thread(
    blocks: Vec<Block>,
    description: Option<&str>,
    thread: bool,
    removals: &mut Vec<Removal>,
) -> Vec<Block> {
    let Some(description) = description.filter(|_| thread).map(collapse) else {
        return blocks;
    };
    let words = crate::text::word_count(&description);
    let body_words: usize = blocks
        .iter()
        .map(|b| crate::text::word_count(&b.text))
        .sum();
    if words < MIN_DESCRIPTION_WORDS || body_words >= words {
        return blocks;
    }
    for block in blocks {
        let span = block.span.map(|s| (s.start, s.end));
        let why = "a thread's page without its posts: shorter than its description";
        record(removals, "low-score", why, &block.text, span);
    }
    vec![Block::new(BlockKind::Paragraph, description)]
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPENING: &str = "I have been baking sourdough for a month and every loaf comes out \
        dense at the bottom. My starter doubles in six hours and I bake at 250 degrees…";

    fn para(text: &str) -> Block {
        Block::new(BlockKind::Paragraph, text)
    }

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn a_shell_of_menu_links_gives_way_to_the_description() {
        let mut removals = Vec::new();
        let menu = vec![para("home calculator donate")];
        let blocks = describe_empty_thread(menu, Some(OPENING), true, &mut removals);
        assert_eq!(texts(&blocks), [collapse(OPENING).as_str()]);
        assert_eq!(removals.len(), 1);
        assert_eq!(removals[0].text, "home calculator donate");
        // An empty body too.
        let blocks = describe_empty_thread(Vec::new(), Some(OPENING), true, &mut Vec::new());
        assert_eq!(blocks.len(), 1);
    }

    #[test]
    fn posts_in_the_page_stay_and_other_pages_are_left_alone() {
        let posts = vec![
            para("I have been baking sourdough for a month and every loaf comes out dense."),
            para("Try a longer bulk ferment: your starter may be strong but the dough needs time \
                  to rise before shaping, at least five hours at room temperature."),
        ];
        let mut removals = Vec::new();
        let kept = describe_empty_thread(posts.clone(), Some(OPENING), true, &mut removals);
        assert_eq!(texts(&kept), texts(&posts));
        assert!(removals.is_empty());
        // Not a thread: an empty product page stays empty.
        assert!(describe_empty_thread(Vec::new(), Some(OPENING), false, &mut removals).is_empty());
        // A tagline is no post.
        let tagline = Some("Discuss all things bread with bakers from around the world.");
        assert!(describe_empty_thread(Vec::new(), tagline, true, &mut removals).is_empty());
        assert!(describe_empty_thread(Vec::new(), None, true, &mut removals).is_empty());
    }
}
