//! Pages whose content is a discussion although they do not declare a thread: a link aggregator's
//! story (a title and a link, no text of its own) with its comments, a community's post with its
//! replies. The strict attempt prunes the comments as furniture and finds next to nothing; a relaxed
//! one then picks the longest comment, one post of the thread, and drops the rest as "outside the
//! article".
//!
//! When every picked container stands inside an element named like a discussion (`comments`,
//! `replies`, see `hints/discussion.txt`), what the page shows is that discussion: the page is read
//! again as a forum thread, whose posts are content, and kept so when that yields half again as
//! much text (see [`MIN_THREAD_GAIN`]). A story's body that scoring picks stands
//! outside its comments, so an article with comments under it is left as it was.

use super::tokens::{lowercase_names, DISCUSSION_NAMES};
use super::tree::{Tree, NO_PARENT};

/// Ancestors looked at, at most, above each picked container: a reply nested in a thread's tree sits
/// a dozen levels below the list of comments (two per level of replies); the bound keeps the walk
/// short on pages nested thousands deep.
const MAX_LEVELS: usize = 48;

/// How many times the characters of the first reading the reading as a thread must yield to be
/// kept: one post of a thread is a small part of it, while an article whose pick stands in a box
/// named like its comments gains a little from the other reading (a widened box, a line or two)
/// and stays an article. (On the dev pages the threads read so yield 2.5 times and more; two
/// articles 1.0 and 1.24 times.)
const MIN_THREAD_GAIN: f32 = 1.5;

/// Whether the reading as a thread, of `again` characters, is kept over the first reading of
/// `first` characters (see [`MIN_THREAD_GAIN`]).
pub(crate) fn thread_yields_more(first: usize, again: usize) -> bool {
    again > first && again as f32 >= first as f32 * MIN_THREAD_GAIN
}

/// Whether each of `roots` (at least one) is an element named like a discussion or stands inside
/// one, within [`MAX_LEVELS`] ancestors.
pub(crate) fn picks_a_post(tree: &Tree<'_>, roots: &[usize]) -> bool {
    !roots.is_empty() && roots.iter().all(|&r| inside_discussion(tree, r))
}

/// Whether `i` or one of its nearest [`MAX_LEVELS`] ancestors is named like a discussion.
fn inside_discussion(tree: &Tree<'_>, i: usize) -> bool {
    let mut a = i;
    for _ in 0..=MAX_LEVELS {
        if a == NO_PARENT {
            return false;
        }
        if names_a_discussion(tree, a) {
            return true;
        }
        a = tree.nodes[a].parent();
    }
    false
}

/// Whether the element's class or id names a discussion. The classes of the page's `<body>` and
/// `<html>` name the whole page (`comments-page`), but CMSs also print their feature switches there
/// (`flag-unfollowComments-on`, `f_comment_nofollow_on`): those are left out (see
/// [`is_feature_switch`]).
fn names_a_discussion(tree: &Tree<'_>, i: usize) -> bool {
    let class = tree.attr(i, "class").unwrap_or("");
    let id = tree.attr(i, "id").unwrap_or("");
    if class.is_empty() && id.is_empty() {
        return false;
    }
    if matches!(tree.name(i), "body" | "html") {
        let names: Vec<&str> = class
            .split_ascii_whitespace()
            .filter(|name| !is_feature_switch(name))
            .collect();
        return DISCUSSION_NAMES.matches(&lowercase_names(&names.join(" "), id));
    }
    DISCUSSION_NAMES.matches(&lowercase_names(class, id))
}

/// Whether a class name is a feature switch: `flag-…` or `…-on` / `…_off`, a setting of the page's
/// code rather than a name of what the page shows.
fn is_feature_switch(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("flag-")
        || name.starts_with("flag_")
        || ["-on", "_on", "-off", "_off"]
            .iter()
            .any(|end| name.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    /// Whether the element of class `picked` on `page`, as the only root, is a post.
    fn picked_post(page: &str, picked: &str) -> bool {
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let root = (0..tree.nodes.len())
            .find(|&i| tree.attr(i, "class") == Some(picked))
            .unwrap();
        picks_a_post(&tree, &[root])
    }

    const PAGE: &str = r#"<html><body><div class="story"><div class="body"><p>Story.</p></div></div>
        <ol id="comments"><li><div class="text"><p>First.</p></div>
        <ol class="replies"><li><div class="reply-text"><p>Second.</p></div></li></ol></li></ol>
        </body></html>"#;

    #[test]
    fn the_thread_must_yield_half_again_as_much() {
        assert!(thread_yields_more(1000, 2500));
        assert!(thread_yields_more(1000, 1500));
        assert!(!thread_yields_more(1000, 1240));
        assert!(!thread_yields_more(0, 0));
        assert!(thread_yields_more(0, 10));
    }

    #[test]
    fn a_pick_inside_the_comments_is_a_post() {
        assert!(picked_post(PAGE, "text"));
        // Nested replies, named on the list.
        assert!(picked_post(PAGE, "reply-text"));
    }

    #[test]
    fn a_story_above_its_comments_is_no_post() {
        assert!(!picked_post(PAGE, "body"));
        assert!(!picked_post(PAGE, "story"));
    }

    #[test]
    fn every_root_must_stand_in_a_discussion() {
        let html = Html::parse_document(PAGE);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let find = |class: &str| {
            (0..tree.nodes.len())
                .find(|&i| tree.attr(i, "class") == Some(class))
                .unwrap()
        };
        assert!(picks_a_post(&tree, &[find("text"), find("reply-text")]));
        assert!(!picks_a_post(&tree, &[find("body"), find("text")]));
        assert!(!picks_a_post(&tree, &[]));
    }

    #[test]
    fn feature_switches_on_body_and_html_name_no_discussion() {
        // Feature switches on the page's root elements, as news CMSs print them.
        let page = r#"<html class="flag-unfollowComments-on"><body class="post f_comments_ad_on">
            <div class="story"><div class="body"><p>Story.</p></div></div></body></html>"#;
        assert!(!picked_post(page, "body"));
        assert!(!picked_post(page, "story"));
        // A body named for a page of comments names the page a discussion.
        let thread = page.replace("post f_comments_ad_on", "post comments-page");
        assert!(picked_post(&thread, "story"));
    }

    #[test]
    fn a_deep_page_is_walked_a_bounded_way_up() {
        let deep = format!(
            "<html><body><div id=\"comments\">{}<p class=\"deep\">Text.</p>{}</div></body></html>",
            "<div>".repeat(MAX_LEVELS + 5),
            "</div>".repeat(MAX_LEVELS + 5)
        );
        assert!(!picked_post(&deep, "deep"));
    }
}
