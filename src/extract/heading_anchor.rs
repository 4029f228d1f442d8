//! An `id` written from its section's heading: a documentation generator or a Markdown renderer
//! anchors each section with its heading's words (`<section id="respond-to-review-comments">` over
//! `<h2>Respond to review comments</h2>`, `id="s-extra-fields-on-many-to-many-relationships"`).
//! Such an id names the section's topic, not the page's furniture: a heading that happens to hold
//! "comments", "extra", "related" or "header" must not make its section read as a comment thread,
//! a sidebar's extras or a list of related stories. Only what the id holds besides the heading's
//! words (a generator's prefix, `s-`, `h-`, `modal-`) is read as a name.
//!
//! Short headings are left alone: a widget titled "Related posts" or "Leave a comment" is often
//! anchored as `related-posts` or `leave-a-comment`, and there the words do name furniture. A
//! heading of [`MIN_HEADING_WORDS`] words or more is a section's own title.

use super::tree::{Data, Tree};

/// The fewest words a heading must have for an id spelling it to count as its anchor.
pub(crate) const MIN_HEADING_WORDS: usize = 4;

/// How many nodes past a section's start its heading may open (whitespace, an anchor, a wrapper).
const MAX_NODES_BEFORE_HEADING: usize = 8;

/// The most bytes of a heading read: an anchor spells a title, not a paragraph.
const MAX_HEADING_BYTES: usize = 200;

/// The part of `id` left when the words of the heading it anchors are taken off its end (`"s"` of
/// `s-meta-and-multi-table-inheritance`), or `None` when `id` is no anchor of element `i`'s heading
/// of at least [`MIN_HEADING_WORDS`] words. The heading is the element itself when it is one
/// (`h1`–`h6`), else the first heading it opens with.
///
/// ```ignore
/// // <section id="s-respond-to-review-comments"><h2>Respond to review comments¶</h2>…
/// assert_eq!(id_without_heading(&tree, section, "s-respond-to-review-comments"), Some("s"));
/// ```
pub(crate) fn id_without_heading<'a>(tree: &Tree<'_>, i: usize, id: &'a str) -> Option<&'a str> {
    if id.bytes().filter(|&b| b == b'-' || b == b'_').count() + 1 < MIN_HEADING_WORDS {
        return None;
    }
    let heading = opening_heading(tree, i)?;
    let text = tree.text_of(heading, |_| false);
    if text.len() > MAX_HEADING_BYTES {
        return None;
    }
    strip_words(id, &text)
}

/// Whether an element's name is a heading's.
fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Element `i` when it is a heading, else the heading its subtree opens with: the first heading
/// among its first few nodes, with no text before it.
fn opening_heading(tree: &Tree<'_>, i: usize) -> Option<usize> {
    if is_heading(tree.name(i)) {
        return Some(i);
    }
    let end = tree.nodes[i].end().min(i + 1 + MAX_NODES_BEFORE_HEADING);
    for j in i + 1..end {
        match tree.nodes[j].data {
            Data::Text(text) if !text.trim().is_empty() => return None,
            Data::Text(_) => {}
            Data::Element(name, _) if is_heading(name) => return Some(j),
            Data::Element(..) => {}
        }
    }
    None
}

/// `id` without the words of `heading` at its end, compared letter by letter without case; `None`
/// when the id does not end with all of them or they are fewer than [`MIN_HEADING_WORDS`].
fn strip_words<'a>(id: &'a str, heading: &str) -> Option<&'a str> {
    let words: Vec<&str> = heading
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < MIN_HEADING_WORDS {
        return None;
    }
    let mut rest = id;
    for word in words.iter().rev() {
        rest = rest.trim_end_matches(|c: char| !c.is_alphanumeric());
        let cut = rest.len().checked_sub(word.len())?;
        let tail = rest.get(cut..)?;
        let ascii = tail.is_ascii() && word.is_ascii();
        if !tail.eq_ignore_ascii_case(word) && (ascii || tail.to_lowercase() != word.to_lowercase())
        {
            return None;
        }
        let before = rest[..cut].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) {
            return None;
        }
        rest = &rest[..cut];
    }
    Some(rest.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn section_id(html: &str, tag: &str) -> Option<String> {
        let page = Html::parse_document(html);
        let tree = Tree::flatten(&page, &mut Vec::new());
        let i = (0..tree.nodes.len()).find(|&i| tree.name(i) == tag)?;
        let id = tree.attr(i, "id")?;
        id_without_heading(&tree, i, id).map(str::to_owned)
    }

    #[test]
    fn a_generated_anchor_leaves_its_prefix() {
        let html = "<section id=\"s-respond-to-review-comments\"><h2>Respond to review \
                    comments<a href=\"#x\">¶</a></h2><p>Reviewers will write back.</p></section>";
        assert_eq!(section_id(html, "section").as_deref(), Some("s"));
        let html = "<div id=\"use-trimmed-interleaved-replies\">\n <h3>Use trimmed, interleaved \
                    replies</h3><p>Quote what you answer.</p></div>";
        assert_eq!(section_id(html, "div").as_deref(), Some(""));
    }

    #[test]
    fn a_heading_anchored_by_its_own_id() {
        let html = "<h2 id=\"h-fees-for-optional-extras\">Fees for optional extras</h2>";
        assert_eq!(section_id(html, "h2").as_deref(), Some("h"));
    }

    #[test]
    fn short_headings_and_other_names_are_no_anchors() {
        // A widget's short title anchored by its words still names furniture.
        let html = "<div id=\"related-posts\"><h3>Related posts</h3><ul><li>x</li></ul></div>";
        assert_eq!(section_id(html, "div"), None);
        // Words besides the heading's at the end: the id names more than the heading.
        let html = "<div id=\"getting-help-with-your-account-sidebar\"><h3>Getting help with your \
                    account</h3></div>";
        assert_eq!(section_id(html, "div"), None);
        // Text before the heading: the heading does not open the section.
        let html = "<div id=\"more-comments-from-our-readers\">Intro <h3>More comments from our \
                    readers</h3></div>";
        assert_eq!(section_id(html, "div"), None);
        // A word that only ends like the heading's.
        let html = "<div id=\"x-sharethe-best-of-the-week\"><h3>The best of the week</h3></div>";
        assert_eq!(section_id(html, "div"), None);
        let html = "<div id=\"comments-best-of-this-week\"><h3>xbest of this week</h3></div>";
        assert_eq!(section_id(html, "div"), None);
    }

    #[test]
    fn letters_beyond_ascii_compare_without_case() {
        let html = "<section id=\"über-die-größe-der-städte\"><h2>Über die Größe der Städte</h2>\
                    </section>";
        assert_eq!(section_id(html, "section").as_deref(), Some(""));
    }
}
