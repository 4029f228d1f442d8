//! Pages whose content is several blocks side by side: a landing page's sections, a forum thread's
//! question and answers, a product's description beside its specifications, a listing's cards.
//!
//! Scoring picks one container of paragraphs and the siblings that score like it; on an article that
//! is the body. On other pages it is one section of several, and the rest is left "outside the
//! article". Here the article widens to the highest ancestor, a few levels up, that adds a good deal
//! of text that is not links, in blocks of its own (page furniture, pruned before scoring, adds
//! nothing). Pages that declare themselves articles or documentation keep what scoring picked.

use super::cards::{self, Grid};
use super::score::Stats;
use super::tree::{Tree, NO_PARENT};
use super::PageType;

/// An ancestor must hold this many times the text (not link text) of what was picked to be taken:
/// less is a caption, a byline box or a teaser beside one body. (1.25 and 1.5 lift as much on the
/// tune half of the dev sites and harm more pages on both.)
const MIN_GAIN: f32 = 2.0;
/// An ancestor with more link text than this share is a menu or a grid of teasers around the picked
/// container, not more of its content.
const MAX_LINK_DENSITY: f32 = 0.4;
/// A child of the ancestor holding this much text that is not links is a block of content of its own.
const MIN_BLOCK_CHARS: f32 = 100.0;
/// Blocks of content the ancestor needs: the picked one and at least one more.
const MIN_BLOCKS: usize = 2;
/// On a page that declares a type that is no article (a product, a service, a listing, a thread), an
/// ancestor holding this many blocks of content is a page of sections: it needs only
/// [`MIN_SECTIONS_GAIN`] times the picked text. A landing page's or a product's sections are many and
/// alike in length, so the picked one is a good share of them all. (Undeclared pages stay at
/// [`MIN_GAIN`] unless they name no author and no date: there two articles of the multilingual dev
/// set took their sidebars.)
const MIN_SECTIONS: usize = 4;
/// The gain an ancestor of [`MIN_SECTIONS`] blocks needs on a declared page (on the tune half of the
/// dev sites 1.25 scores as 1.1 and better than 1.5; with three blocks, a product took its grid of
/// accessories).
const MIN_SECTIONS_GAIN: f32 = 1.25;
/// Levels looked up at most: a thread's posts sit five or six levels below the container that holds
/// the question and the answers. The body itself is taken only as its sections (see [`widen`]).
const MAX_LEVELS: usize = 8;

/// On an undeclared page that names neither an author nor a date (a shop's or a company's home
/// page, a landing page: no byline, no `datePublished`, no `article:published_time`), an ancestor
/// holding this many blocks of content is a page of sections, taken at [`MIN_UNSIGNED_GAIN`]. An
/// undeclared article names its author or its date nearly always; the two multilingual articles
/// that took their sidebars at [`MIN_SECTIONS_GAIN`] are dated. (On the tune half of the dev
/// sites, three blocks at 1.5 moved 2 pages up and none down; four at 1.25 one each way, two at
/// 1.25 four up and three down.)
const MIN_UNSIGNED_SECTIONS: usize = 3;
/// The gain an ancestor of [`MIN_UNSIGNED_SECTIONS`] blocks needs on an unsigned undeclared page.
const MIN_UNSIGNED_GAIN: f32 = 1.5;

/// What widening reads of a page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Kind {
    /// The type the page declares.
    pub page_type: PageType,
    /// The page names neither an author nor a date.
    pub unsigned: bool,
}

impl From<PageType> for Kind {
    fn from(page_type: PageType) -> Self {
        Kind {
            page_type,
            unsigned: false,
        }
    }
}

/// Whether a page of this type may hold its content in several sibling blocks.
pub(crate) fn may_widen(page_type: PageType) -> bool {
    !matches!(page_type, PageType::Article | PageType::Documentation)
}

/// The roots, or the highest ancestor within [`MAX_LEVELS`] that holds them and enough more content
/// in blocks of its own.
///
/// The body is never taken whole. On a page that marks no container as its article (`marked`, see
/// `candidates::semantic_root`) and where no ancestor below the body widens, a body that passes the
/// same tests stands for its sections: landing pages built without a `<main>` set their sections
/// right under `<body>`, and the body's children that hold content become the roots (see
/// [`sections_of_body`]). A page with a `<main>` keeps its content there.
pub(crate) fn widen(
    tree: &Tree<'_>,
    stats: &Stats,
    roots: Vec<usize>,
    body: usize,
    kind: impl Into<Kind>,
    marked: Option<usize>,
) -> Vec<usize> {
    let kind = kind.into();
    if !may_widen(kind.page_type) || roots.is_empty() || roots.contains(&body) {
        return roots;
    }
    let kept: f32 = roots.iter().map(|&r| prose(stats, r)).sum();
    let mut a = common_parent(tree, &roots);
    let mut widened = None;
    for _ in 0..MAX_LEVELS {
        let at_body = a == body;
        if a == NO_PARENT || stats.dead[a] || at_body && (marked.is_some() || widened.is_some()) {
            break;
        }
        let blocks = blocks_of_content(tree, stats, a);
        if prose(stats, a) >= kept * min_gain(kind, blocks)
            && stats.link_density(a) <= MAX_LINK_DENSITY
            && blocks >= MIN_BLOCKS
        {
            widened = Some(a);
        }
        if at_body {
            break;
        }
        a = tree.nodes[a].parent();
    }
    match widened {
        Some(a) if a == body => sections_of_body(tree, stats, &roots, body),
        Some(a) => vec![a],
        None => roots,
    }
}

/// The gain in prose an ancestor of `blocks` blocks of content needs to be taken: less for many
/// sections on a page that declares a type other than an article (see [`MIN_SECTIONS`]), and for a
/// few sections on an undeclared page that names no author and no date (see [`MIN_UNSIGNED_SECTIONS`]).
fn min_gain(kind: Kind, blocks: usize) -> f32 {
    if kind.page_type != PageType::Unknown && blocks >= MIN_SECTIONS {
        MIN_SECTIONS_GAIN
    } else if kind.page_type == PageType::Unknown
        && kind.unsigned
        && blocks >= MIN_UNSIGNED_SECTIONS
    {
        MIN_UNSIGNED_GAIN
    } else {
        MIN_GAIN
    }
}

/// The children of the body that are sections of content: those that hold a picked root, and those
/// that hold a block of content of their own and are not mostly links. What pruning left of the
/// site's chrome beside them (a bar of links, a short notice) stays out.
fn sections_of_body(tree: &Tree<'_>, stats: &Stats, roots: &[usize], body: usize) -> Vec<usize> {
    tree.children(body)
        .filter(|&c| {
            let end = tree.nodes[c].end();
            roots.iter().any(|&r| c <= r && r < end)
                || (!stats.dead[c]
                    && prose(stats, c) >= MIN_BLOCK_CHARS
                    && stats.link_density(c) <= MAX_LINK_DENSITY)
        })
        .collect()
}

/// The roots with the page's grid of cards (a listing's items), on a page that may widen; `marked` is
/// the container the page marks as its article, outside which no grid is taken.
pub(crate) fn with_grid(
    tree: &Tree<'_>,
    stats: &Stats,
    roots: Vec<usize>,
    page_type: PageType,
    marked: Option<usize>,
) -> (Vec<usize>, Option<Grid>) {
    if !may_widen(page_type) || roots.is_empty() {
        return (roots, None);
    }
    cards::with_grid(tree, stats, roots, marked)
}

/// Text of a subtree that is not link text.
fn prose(stats: &Stats, i: usize) -> f32 {
    (stats.text[i] - stats.link[i]).max(0.0)
}

/// The nearest element holding every root (roots are in document order).
fn common_parent(tree: &Tree<'_>, roots: &[usize]) -> usize {
    let first = roots[0];
    let last = roots[roots.len() - 1];
    let mut a = tree.nodes[first].parent();
    while a != NO_PARENT && tree.nodes[a].end() <= last {
        a = tree.nodes[a].parent();
    }
    a
}

/// Children of `i` that hold a block of content of their own.
fn blocks_of_content(tree: &Tree<'_>, stats: &Stats, i: usize) -> usize {
    tree.children(i)
        .filter(|&c| !stats.dead[c] && prose(stats, c) >= MIN_BLOCK_CHARS)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::marks::Marks;
    use crate::extract::score::TextMeasures;
    use scraper::Html;

    const PARAGRAPH: &str =
        "Every tuning includes a check of the action, the pedals and the keys, and a short \
                             written report on the state of the instrument for the owner.";

    /// Widens the container of class `picked` on `page`; returns the classes of the roots.
    fn widened(page: &str, picked: &str, kind: impl Into<Kind>) -> Vec<String> {
        widened_marked(page, picked, kind, false)
    }

    /// As [`widened`]; with `marked`, the page marks its `<main>` as the article.
    fn widened_marked(
        page: &str,
        picked: &str,
        kind: impl Into<Kind>,
        marked: bool,
    ) -> Vec<String> {
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks = Marks::new(tree.nodes.len());
        let stats = Stats::new(&tree, &TextMeasures::new(&tree), &marks);
        let find = |class: &str| {
            (0..tree.nodes.len())
                .find(|&i| tree.attr(i, "class") == Some(class))
                .unwrap()
        };
        let body = (0..tree.nodes.len())
            .find(|&i| tree.name(i) == "body")
            .unwrap();
        let main = (0..tree.nodes.len()).find(|&i| tree.name(i) == "main");
        widen(
            &tree,
            &stats,
            vec![find(picked)],
            body,
            kind,
            main.filter(|_| marked),
        )
        .into_iter()
        .map(|r| tree.attr(r, "class").unwrap_or("").to_string())
        .collect()
    }

    fn landing_page(other: &str) -> String {
        format!(
            "<html><body><div class=\"layout\"><div class=\"wrap\">\
             <section><div class=\"intro\"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></section>\
             {other}</div></div></body></html>"
        )
    }

    #[test]
    fn sections_beside_the_picked_one_are_taken() {
        let section = format!("<section><div><h2>Prices</h2><p>{PARAGRAPH}</p></div></section>");
        let page = landing_page(&section.repeat(3));
        assert_eq!(widened(&page, "intro", PageType::Unknown), ["wrap"]);
        assert_eq!(widened(&page, "intro", PageType::Service), ["wrap"]);
        assert_eq!(widened(&page, "intro", PageType::Forum), ["wrap"]);
    }

    #[test]
    fn many_sections_of_a_declared_page_are_taken_with_less_gain() {
        // The picked section holds four paragraphs, three more sections one each: 1.75 times the
        // picked text, in four blocks.
        let intro = format!("<p>{PARAGRAPH}</p>").repeat(4);
        let section = format!("<section><div><h2>Prices</h2><p>{PARAGRAPH}</p></div></section>");
        let page = format!(
            "<html><body><div class=\"layout\"><div class=\"wrap\">\
             <section><div class=\"intro\">{intro}</div></section>{}</div></div></body></html>",
            section.repeat(3)
        );
        assert_eq!(widened(&page, "intro", PageType::Service), ["wrap"]);
        assert_eq!(widened(&page, "intro", PageType::Product), ["wrap"]);
        // An undeclared page needs twice the text.
        assert_eq!(widened(&page, "intro", PageType::Unknown), ["intro"]);
        // Three blocks are no page of sections: a product's description beside two boxes.
        let page = page.replacen(&section, "", 1);
        assert_eq!(widened(&page, "intro", PageType::Product), ["intro"]);
    }

    /// A made-up landing page: the picked section of `picked` paragraphs and `others` sections of one
    /// paragraph each beside it.
    fn sections_page(picked: usize, others: usize) -> String {
        let intro = format!("<p>{PARAGRAPH}</p>").repeat(picked);
        let section = format!("<section><div><h2>Prices</h2><p>{PARAGRAPH}</p></div></section>");
        format!(
            "<html><body><div class=\"layout\"><div class=\"wrap\">\
             <section><div class=\"intro\">{intro}</div></section>{}</div></div></body></html>",
            section.repeat(others)
        )
    }

    const UNSIGNED: Kind = Kind {
        page_type: PageType::Unknown,
        unsigned: true,
    };

    #[test]
    fn a_few_sections_of_an_unsigned_undeclared_page_are_taken_with_less_gain() {
        // Three paragraphs picked, two sections of one beside them: 1.67 times the picked text, in
        // three blocks.
        let page = sections_page(3, 2);
        assert_eq!(widened(&page, "intro", UNSIGNED), ["wrap"]);
    }

    #[test]
    fn a_signed_page_or_too_little_gain_keeps_the_picked_section() {
        // The same page naming its author or date is an undeclared article: twice the text needed.
        assert_eq!(
            widened(&sections_page(3, 2), "intro", PageType::Unknown),
            ["intro"]
        );
        // Five paragraphs picked and two sections beside them: 1.4 times, not enough.
        assert_eq!(widened(&sections_page(5, 2), "intro", UNSIGNED), ["intro"]);
        // Three paragraphs and one section: two blocks are a body and a box, not sections.
        assert_eq!(widened(&sections_page(3, 1), "intro", UNSIGNED), ["intro"]);
        // Declared articles never widen, signed or not.
        let article = Kind {
            page_type: PageType::Article,
            unsigned: true,
        };
        assert_eq!(widened(&sections_page(3, 2), "intro", article), ["intro"]);
    }

    #[test]
    fn declared_articles_and_documentation_keep_what_was_picked() {
        let section = format!("<section><div><p>{PARAGRAPH}</p></div></section>");
        let page = landing_page(&section.repeat(3));
        assert_eq!(widened(&page, "intro", PageType::Article), ["intro"]);
        assert_eq!(widened(&page, "intro", PageType::Documentation), ["intro"]);
    }

    #[test]
    fn a_little_more_text_or_a_grid_of_links_is_not_taken() {
        let caption = format!("<div><p>{PARAGRAPH}</p></div>");
        assert_eq!(
            widened(&landing_page(&caption), "intro", PageType::Unknown),
            ["intro"]
        );
        let teaser = format!("<div><a href=\"/story\">{PARAGRAPH}</a></div>");
        assert_eq!(
            widened(&landing_page(&teaser.repeat(6)), "intro", PageType::Unknown),
            ["intro"]
        );
    }

    #[test]
    fn the_body_is_taken_as_its_sections_only_on_a_page_without_a_main() {
        let page = format!(
            "<html><body><div class=\"bar\"><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></div>\
             <div class=\"intro\"><p>{PARAGRAPH}</p></div>\
             <div class=\"prices\"><p>{PARAGRAPH}</p></div><div class=\"visit\"><p>{PARAGRAPH}</p></div>\
             </body></html>"
        );
        // The sections under <body>, not the bar of links beside them.
        assert_eq!(
            widened(&page, "intro", PageType::Unknown),
            ["intro", "prices", "visit"]
        );
        // A page that marks its main region keeps what was picked there.
        let page = page.replace("<body>", "<body><main class=\"m\"></main>");
        assert_eq!(
            widened_marked(&page, "intro", PageType::Unknown, true),
            ["intro"]
        );
        // A declared article keeps its pick.
        assert_eq!(widened(&page, "intro", PageType::Article), ["intro"]);
    }
}
