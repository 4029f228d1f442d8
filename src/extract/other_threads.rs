//! On a thread's page, the lists of other threads: "Similar threads", "Related topics", "Suggested
//! topics".
//!
//! Forum software prints such a list under the posts (XenForo's similar threads, phpBB's and
//! Discourse's related and suggested topics): each entry a thread's title, its poster and its
//! counts of replies and views. A thread's pick takes the posts' common container, which often
//! holds the list too. What says the list is about other threads is its heading, in the words forum
//! software uses (`other_threads_heading.txt`); the list is what the heading leads (see `headed`):
//! its largest ancestor in which no text comes before the heading, and which holds no `<h1>` (the
//! thread's title) and is not `<main>`, `<body>` or `<html>`. A product page's grids of other items
//! are bounded otherwise (see `other_items`): there the product's name is what a grid's section
//! must not hold, here the posts before the list are.

use super::headed::{inside_marked, led_by, names_a_box, page_h1s};
use super::marks::Marks;
use super::prune::Mark;
use super::tree::Tree;
use crate::phrases::OTHER_THREADS_HEADING;

/// The mark of a list of other threads.
const OTHER_THREADS: Mark = Some(("boilerplate-container", "list of other threads"));

/// Headings longer than this (in bytes) are a sentence, not a list's title.
const MAX_HEADING_BYTES: usize = 80;

/// Whether element `i` is a heading (`h2` to `h6`: an `h1` is the thread's own title).
fn is_heading(tree: &Tree<'_>, i: usize) -> bool {
    matches!(tree.name(i), "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Marks, in `marks`, the lists of other threads on a thread's page (see the module's
/// documentation). Nodes already marked, and lists inside marked ones, are left as they are.
pub(crate) fn mark_other_threads(tree: &Tree<'_>, marks: &mut Marks) {
    let n = tree.nodes.len();
    if marks.len() != n {
        return;
    }
    // The page's `h1`s in document order, found on the first heading that names a list.
    let mut h1s: Option<Vec<usize>> = None;
    let mut i = 0;
    while i < n {
        if !is_heading(tree, i) {
            i += 1;
            continue;
        }
        let end = tree.nodes[i].end();
        if heads_other_threads(tree, i) && !inside_marked(tree, marks, i) {
            let h1s = h1s.get_or_insert_with(|| page_h1s(tree));
            marks.set(led_by(tree, i, h1s), OTHER_THREADS);
        }
        i = end;
    }
}

/// Whether heading `i` names a list of other threads.
fn heads_other_threads(tree: &Tree<'_>, i: usize) -> bool {
    names_a_box(tree, i, OTHER_THREADS_HEADING, MAX_HEADING_BYTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked_ids(page: &str) -> Vec<String> {
        crate::extract::marks::marked_ids(page, mark_other_threads)
    }

    #[test]
    fn a_list_headed_as_similar_threads_is_marked_up_to_what_it_leads() {
        // The list's block stands in the posts' container, after them: the container is not marked.
        let page = "<html><body><h1>Which tent for the Cairngorms?</h1><div id=posts>\
                    <article><p>I need a tent that stands up to wind on the plateau.</p></article>\
                    <article><p>A tunnel tent pitched tail to the wind does well.</p></article>\
                    <div id=similar><div class=container><h3>Similar threads</h3>\
                    <ul><li><a href=/t/1>Best stove for winter?</a> Replies 13</li></ul></div></div>\
                    </div></body></html>";
        assert_eq!(marked_ids(page), ["similar"]);
    }

    #[test]
    fn headings_of_posts_and_sentences_are_not_marked() {
        // A post's own heading, and a heading that is a sentence about related topics, stay.
        let page = "<html><body><h1>Which tent?</h1><div id=posts>\
                    <article><h3>Similar threads to mine got no answer, so here are my own notes</h3>\
                    <p>I pitched it twice.</p></article>\
                    <article><h3>Tent sizes</h3><p>Two people fit.</p></article></div></body></html>";
        assert!(marked_ids(page).is_empty());
    }

    #[test]
    fn other_languages_headings_go_whole_and_a_posts_heading_with_their_words_stays() {
        // The German and Spanish of "similar posts" / "related topics" name the list only as the
        // whole heading; a post's heading that uses the words says something of its own.
        for (list, post) in [
            (
                "Ähnliche Beiträge",
                "Ähnliche Beiträge zu Zelten habe ich gelesen, aber keiner hilft",
            ),
            (
                "Temas relacionados",
                "Temas relacionados con la lluvia que nadie explica bien",
            ),
        ] {
            let page = format!(
                "<html><body><h1>Zelt</h1><div id=posts>\
                 <article><h3>{post}</h3><p>Mein Zelt steht im Wind.</p></article>\
                 <div id=similar><h3>{list}</h3><a href=/t/2>Heringe im Sand</a></div>\
                 </div></body></html>"
            );
            assert_eq!(marked_ids(&page), ["similar"], "{list}");
        }
    }

    #[test]
    fn a_heading_led_by_text_marks_only_its_own_wrapper() {
        // The heading's parent holds a post's text before it: only the heading's own box goes.
        let page = "<html><body><div id=thread><p>The last post of the thread.</p>\
                    <div id=box><h2>Related topics</h2><a href=/t/2>Pegs in sand</a></div>\
                    </div></body></html>";
        assert_eq!(marked_ids(page), ["box"]);
    }

    #[test]
    fn a_list_beside_the_threads_title_marks_only_the_heading() {
        // The heading's parent holds the `h1`: only the heading goes, not the thread with it.
        let page = "<html><body><div id=wrap><h2 id=h>Suggested topics</h2><h1>Which tent?</h1>\
                    <p>I need a tent.</p></div></body></html>";
        assert_eq!(marked_ids(page), ["h"]);
    }
}
