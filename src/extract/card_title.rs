//! The title of a teaser: a container that holds one link and nothing else of note (a card's
//! `<header>`, the `<div>` around its `<h2><a>`), followed in its card by the teaser's prose. The
//! link-density rule takes such a container for a link list, while the teaser's paragraph beside it
//! stays: the prose stays without what it is about. A listing of posts or a news index is made of
//! such cards (title link, date line, teaser paragraph), and so are the teaser blocks an article
//! keeps; either way a kept teaser keeps its title.
//!
//! Cleaning walks a root's nodes backwards, so the siblings after a container are judged before it:
//! whether the prose that follows it stays is known when it is judged.

use super::tree::{Tree, NO_PARENT};

/// Characters of a title, at most: a headline, not a block of links.
const MAX_TITLE_CHARS: f32 = 250.0;
/// Characters of a title, at least: an arrow, an icon's label or a "More" link is no title.
const MIN_TITLE_CHARS: f32 = 12.0;
/// Share of the container's text in its link, at least: the title is the link, beside a date at
/// most. (A caption's "Source: <a>site</a>" or a "Go to <a>forum</a>" line holds less.)
const MIN_TITLE_LINK_SHARE: f32 = 0.7;
/// Share of the container's text in headings (`h1`–`h6`), at least, unless it is a `<header>`: a
/// card writes its title as a heading, a caption or a name under a quote is none.
const MIN_TITLE_HEADING_SHARE: f32 = 0.5;
/// Characters of prose (text outside links) that a following sibling holds to be a teaser: a
/// sentence, not a date or a category label.
const MIN_TEASER_PROSE: f32 = 80.0;
/// Siblings after the title looked at for its teaser: a card sets its picture, a date line or a
/// category between them, not more.
const MAX_SIBLINGS: usize = 4;

/// What cleaning has measured of a container so far: its text, the text of its links, its links.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Measure {
    /// Characters of text kept in the subtree.
    pub text: f32,
    /// Characters of that text inside links.
    pub link: f32,
    /// Links (`<a>` elements) in the subtree.
    pub links: f32,
    /// Characters of that text inside headings.
    pub heading: f32,
    /// Whether the container is a `<header>`.
    pub is_header: bool,
}

/// Whether element `i`, measured `own`, is a teaser's title: one link of a headline's length, and
/// among the next [`MAX_SIBLINGS`] element siblings one whose kept prose (`kept_prose`, 0 for a
/// removed sibling) is a teaser's.
pub(crate) fn leads_a_teaser(
    tree: &Tree<'_>,
    i: usize,
    own: Measure,
    kept_prose: impl Fn(usize) -> f32,
) -> bool {
    is_title(own) && following_siblings(tree, i).any(|s| kept_prose(s) >= MIN_TEASER_PROSE)
}

/// Whether a container's measures are a title's: one link, a headline's length, mostly the link,
/// set as a heading or in a `<header>`.
fn is_title(own: Measure) -> bool {
    own.links == 1.0
        && (MIN_TITLE_CHARS..=MAX_TITLE_CHARS).contains(&own.text)
        && own.link >= own.text * MIN_TITLE_LINK_SHARE
        && (own.is_header || own.heading >= own.text * MIN_TITLE_HEADING_SHARE)
}

/// The next [`MAX_SIBLINGS`] element siblings of `i` (text nodes between them skipped, as a text
/// node's prose would be the container's own, not a card's).
fn following_siblings<'t, 'a>(tree: &'t Tree<'a>, i: usize) -> impl Iterator<Item = usize> + use<'t, 'a> {
    let parent = tree.nodes[i].parent;
    let mut next = tree.nodes[i].end;
    std::iter::from_fn(move || {
        while parent != NO_PARENT && next < tree.nodes.len() && tree.nodes[next].parent == parent {
            let s = next;
            next = tree.nodes[s].end;
            if !tree.name(s).is_empty() {
                return Some(s);
            }
        }
        None
    })
    .take(MAX_SIBLINGS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tree::Tree;
    use scraper::Html;

    fn title(text: f32, link: f32, links: f32) -> Measure {
        Measure {
            text,
            link,
            links,
            heading: text,
            is_header: false,
        }
    }

    #[test]
    fn one_headline_link_is_a_title_a_menu_or_a_label_is_not() {
        assert!(is_title(title(60.0, 60.0, 1.0)));
        let in_header = Measure {
            heading: 0.0,
            is_header: true,
            ..title(60.0, 60.0, 1.0)
        };
        assert!(is_title(in_header));
        let caption = Measure {
            heading: 0.0,
            ..title(60.0, 60.0, 1.0)
        };
        assert!(!is_title(caption), "no heading, no header: a caption's link");
        assert!(!is_title(title(30.0, 18.0, 1.0)), "'Source: ' before the link");
        assert!(!is_title(title(60.0, 60.0, 3.0)), "three links: a menu");
        assert!(!is_title(title(6.0, 6.0, 1.0)), "a 'More' link");
        assert!(!is_title(title(400.0, 400.0, 1.0)), "longer than a headline");
        assert!(!is_title(title(100.0, 20.0, 1.0)), "mostly prose");
    }

    /// The element siblings after the element whose `id` is `id`, by their `id`s.
    fn siblings_after(page: &str, id: &str) -> Vec<String> {
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let i = (0..tree.nodes.len())
            .find(|&k| tree.attr(k, "id") == Some(id))
            .expect("the page holds the id");
        following_siblings(&tree, i)
            .map(|s| tree.attr(s, "id").unwrap_or("").to_string())
            .collect()
    }

    #[test]
    fn a_card_s_next_siblings_are_looked_at_not_the_next_card_s() {
        let page = r#"<body><article><header id="t"><a href="/a">A quiet harbour town</a></header>
            text <a id="pic" href="/a"><img src="a.jpg"></a><div id="date">May 3</div>
            <p id="teaser">Fishing boats leave before dawn.</p><p id="more">More</p>
            <p id="extra">Past the fourth.</p></article>
            <article><p id="next">Another card</p></article></body>"#;
        assert_eq!(
            siblings_after(page, "t"),
            ["pic", "date", "teaser", "more"]
        );
        assert!(siblings_after(page, "extra").is_empty());
    }

    #[test]
    fn a_title_leads_a_teaser_only_when_the_prose_after_it_stays() {
        let page = r#"<body><article><header id="t"><a href="/a">A quiet harbour town</a></header>
            <div id="date">May 3</div><p id="teaser">x</p></article></body>"#;
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let at = |id: &str| (0..tree.nodes.len()).find(|&k| tree.attr(k, "id") == Some(id));
        let (Some(t), Some(teaser)) = (at("t"), at("teaser")) else {
            panic!("the page holds its ids");
        };
        let own = title(20.0, 20.0, 1.0);
        assert!(leads_a_teaser(&tree, t, own, |s| if s == teaser { 120.0 } else { 5.0 }));
        // The teaser removed (or a date line only): the title is judged as before.
        assert!(!leads_a_teaser(&tree, t, own, |_| 5.0));
    }
}
