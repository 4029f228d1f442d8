//! Items of a listing: repeated sibling blocks of the same shape (tag and class), each holding a
//! title link and some text of its own, as a shop's product grid, a blog's index or a directory lays
//! them out. The link-density rules take such a card for a link list; on a page that does not declare
//! itself an article, the cards and the grid that holds them are the content.
//!
//! A [`Grid`] is the same idea for cards that differ in class (a post id in each) or that are mostly
//! a headline link: the element whose children of one tag hold the most card text. When its cards
//! outweigh the prose of what scoring picked (a listing's introduction, or one card), the grid is
//! added to the article and cleaning leaves its cards alone.

use super::score::Stats;
use super::tree::{trim, Tree, NO_PARENT};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Siblings of one shape that make a run of items: fewer is a pair of boxes.
const MIN_ITEMS: u32 = 3;
/// Characters of text outside links an item needs: a title link alone, with no description, price or
/// date beside it, is a link list's entry. (The tune half of the dev sites scores the same from 0 to
/// 80; 0 harms more pages.)
const MIN_ITEM_PROSE: f32 = 20.0;

/// Share of a card's text in links, at least: its title links to what it shows, beside a price, a
/// date or a line of description. (An article's sections of one class, on the dev pages, hold 2 to
/// 3 % of links; the cards of listings 15 % and more.)
const MIN_ITEM_LINK_SHARE: f32 = 0.1;

/// For each element, how many of its siblings (itself included) share its tag and class.
#[derive(Debug)]
pub(crate) struct Repeats(Vec<u32>);

impl Repeats {
    /// Counts the shapes of every parent's element children, one parent at a time: a pass over its
    /// children gives each classed child its shape's slot, a second reads the slot's count. The
    /// table of shapes holds one parent's children's shapes and is emptied for the next parent:
    /// one table for the whole page (a parent, a tag and a class per entry) grew to hundreds of
    /// kilobytes on pages of utility-class markup, read at random, and was rebuilt a dozen times
    /// on its way.
    pub(crate) fn new(tree: &Tree<'_>) -> Repeats {
        let n = tree.nodes.len();
        let mut repeats = vec![0; n];
        let mut slots: FxHashMap<(&str, &str), u32> = FxHashMap::default();
        let mut counts: Vec<u32> = Vec::new();
        // The current parent's classed children and their slots in `counts`.
        let mut slot_of: Vec<(usize, u32)> = Vec::new();
        for parent in 0..n {
            // Only an element has children; a text node's subtree is itself.
            if tree.nodes[parent].end() == parent + 1 {
                continue;
            }
            slots.clear();
            counts.clear();
            slot_of.clear();
            for i in tree.children(parent) {
                let name = tree.name(i);
                if name.is_empty() {
                    continue;
                }
                let Some(class) = tree.attr(i, "class").filter(|c| !trim(c).is_empty()) else {
                    continue;
                };
                let next = counts.len() as u32;
                let k = *slots.entry((name, class)).or_insert(next);
                if k == next {
                    counts.push(0);
                }
                counts[k as usize] += 1;
                slot_of.push((i, k));
            }
            for &(i, k) in &slot_of {
                repeats[i] = counts[k as usize];
            }
        }
        Repeats(repeats)
    }

    /// Whether element `i` is one item of a run: repeated in shape, with text of its own.
    pub(crate) fn is_item(&self, stats: &Stats, i: usize) -> bool {
        self.0.get(i).is_some_and(|&r| r >= MIN_ITEMS)
            && stats.text[i] - stats.link[i] >= MIN_ITEM_PROSE
    }

    /// For each node of the subtree at `root` (by its offset from `root`), whether it stands inside an
    /// item below `root` (a card's wrappers, its title and its price line), with the text and prose
    /// of the outermost items. One forward pass (parents come before their children).
    pub(crate) fn inside_items(&self, tree: &Tree<'_>, stats: &Stats, root: usize) -> Inside {
        let end = tree.nodes[root].end();
        let mut inside = Inside {
            flags: vec![false; end - root],
            prose: 0.0,
            cards: 0.0,
        };
        for i in root + 1..end {
            let parent = tree.nodes[i].parent();
            if parent == NO_PARENT || parent < root || stats.dead[i] {
                continue;
            }
            let within = parent > root && inside.flags[parent - root];
            inside.flags[i - root] =
                within || (parent > root && self.is_linked(tree, stats, parent));
            if !within && self.is_linked(tree, stats, i) {
                inside.prose += stats.text[i] - stats.link[i];
                if stats.link[i] >= stats.text[i] * MIN_ITEM_LINK_SHARE {
                    inside.cards += stats.text[i];
                }
            }
        }
        inside
    }

    /// Whether element `i` is an item that links somewhere, and no paragraph: a card of a listing,
    /// or a section of an article in a container of one class.
    fn is_linked(&self, tree: &Tree<'_>, stats: &Stats, i: usize) -> bool {
        self.is_item(stats, i) && stats.link[i] > 0.0 && tree.name(i) != "p"
    }

    /// Whether element `i` is an item, or holds a run of items among its children.
    pub(crate) fn holds_items(&self, tree: &Tree<'_>, stats: &Stats, i: usize) -> bool {
        self.is_item(stats, i)
            || tree
                .children(i)
                .filter(|&c| !stats.dead[c] && self.is_item(stats, c))
                .count()
                >= MIN_ITEMS as usize
    }
}

/// Characters a card of a grid holds (title link and what stands beside it): a menu's labels are
/// shorter.
const MIN_CARD_CHARS: f32 = 20.0;
/// Share of a card's text in links: a card links to what it shows, an article's paragraph may hold a
/// link but is mostly prose.
const MIN_CARD_LINK_SHARE: f32 = 0.25;
/// The largest card's share of the grid's text: cards are alike, while the columns of a layout (one
/// holding the body, the others a rail) are not. (0.5 left out grids with one long featured card; on
/// the tune half of the dev sites 0.7 scores best of 0.34, 0.5, 0.7 and 0.85.)
const MAX_CARD_SHARE: f32 = 0.7;
/// A grid is taken when its cards hold this many times the text, outside links, of the article
/// picked beside it: on a listing the picked container is an introduction or a single card, on an
/// article the body outweighs a grid of related stories.
const MIN_GRID_GAIN: f32 = 1.0;
/// Prose (characters outside links) of the picked article past which it is an article, whatever
/// grid stands beside it: a listing's introduction is a few sentences. (Without this limit an
/// article's teaser rail, with longer teasers than its 250 words, was taken.)
const MAX_INTRO_PROSE: f32 = 1500.0;
/// Cards of a grid that stands before the picked article from which the grid is a listing's items
/// whatever prose follows: a shop's category sets a dozen products or more above the essay it
/// writes for search engines, while an article's teaser rails follow its body, and the rows of
/// teasers above a story are shorter. (On the tune half of the dev sites, 6, 8, 10 and 12 score the
/// same; no article page has such a grid.)
const MIN_LEADING_CARDS: u32 = 12;
/// The share of the picked article's prose that a grid before it must hold in its cards to be taken
/// (see [`MIN_LEADING_CARDS`]). (Swept on the tune half: 0.1 and 0.2 also take the grids above
/// introductions that the answers leave out; 0.4 takes only those it keeps.)
const MIN_LEADING_SHARE: f32 = 0.4;

/// What stands inside the items of one root: a flag per node of its subtree (by offset from the
/// root), the prose (text outside links) of its outermost items, and the text of those that are
/// cards by their share of links (an article's sections of one class are not).
#[derive(Debug)]
pub(crate) struct Inside {
    pub(crate) flags: Vec<bool>,
    pub(crate) prose: f32,
    pub(crate) cards: f32,
}

/// Whether the roots are a listing by their items (see [`Inside`]): the items outweigh the prose
/// outside them, and that prose is an introduction, not an article's body beside a few cards.
pub(crate) fn items_make_a_listing(stats: &Stats, roots: &[usize], inside: &[Inside]) -> bool {
    let text: f32 = inside.iter().map(|v| v.cards).sum();
    let items_prose: f32 = inside.iter().map(|v| v.prose).sum();
    let prose: f32 = roots.iter().map(|&r| stats.text[r] - stats.link[r]).sum();
    is_listing(text, (prose - items_prose).max(0.0))
}

/// Whether cards holding `cards_text` characters, beside `prose` characters outside links and
/// outside the cards, make a listing: the cards outweigh the prose, and the prose is an
/// introduction, not an article's body.
fn is_listing(cards_text: f32, prose: f32) -> bool {
    cards_text > 0.0 && prose < MAX_INTRO_PROSE && cards_text >= prose * MIN_GRID_GAIN
}

/// Whether `found`, a grid that stands before the picked article, holds a listing's items above
/// `prose` characters outside links: enough cards (see [`MIN_LEADING_CARDS`]) holding enough text
/// beside that prose (see [`MIN_LEADING_SHARE`]).
fn leads_a_listing(found: &Found, prose: f32) -> bool {
    found.count >= MIN_LEADING_CARDS && found.text >= prose * MIN_LEADING_SHARE
}

/// A grid of cards: an element whose children of one tag each hold a card (a title link and its
/// text), as a listing, a shop category or a blog index shows its items.
#[derive(Debug, Clone)]
pub(crate) struct Grid {
    /// Its subtree, whose containers cleaning does not judge as link lists.
    pub(crate) range: Range<usize>,
    /// Characters of text it adds to the roots: none when it stands inside them.
    pub(crate) added: f32,
}

/// The roots with the page's largest grid of cards added, when the cards hold more text than the
/// roots' prose outside them: a listing's items are its content, though each is mostly a link. A
/// grid inside the roots is returned too, for cleaning to keep. A grid outside the container the page
/// marks as its article (`marked`: `itemprop="articleBody"`, its only `article` or `main`) is not
/// the article's. A grid of many cards before the roots is taken beside longer prose too (see
/// [`MIN_LEADING_CARDS`]).
pub(crate) fn with_grid(
    tree: &Tree<'_>,
    stats: &Stats,
    mut roots: Vec<usize>,
    marked: Option<usize>,
) -> (Vec<usize>, Option<Grid>) {
    let Some(found) = largest_grid(tree, stats) else {
        return (roots, None);
    };
    let grid = found.root;
    let end = tree.nodes[grid].end();
    let related = |m: usize| (m <= grid && end <= tree.nodes[m].end()) || (grid <= m && m < end);
    if marked.is_some_and(|m| !related(m)) {
        return (roots, None);
    }
    let holds_grid = |r: usize| r <= grid && end <= tree.nodes[r].end();
    let inside = roots.iter().any(|&r| holds_grid(r));
    let mut prose: f32 = roots.iter().map(|&r| stats.text[r] - stats.link[r]).sum();
    if inside {
        prose -= found.prose;
    }
    let prose = prose.max(0.0);
    let before = roots.first().is_some_and(|&r| end <= r);
    let listing = is_listing(found.text, prose) || (before && leads_a_listing(&found, prose));
    if !listing {
        return (roots, None);
    }
    if !inside {
        roots.retain(|&r| !(grid <= r && r < end));
        let at = roots.partition_point(|&r| r < grid);
        roots.insert(at, grid);
    }
    (
        roots,
        Some(Grid {
            range: grid..end,
            added: if inside { 0.0 } else { stats.text[grid] },
        }),
    )
}

/// A grid found: its element, and the number, the text and the prose (text outside links) of its
/// cards.
#[derive(Debug, Clone, Copy)]
struct Found {
    root: usize,
    count: u32,
    text: f32,
    prose: f32,
}

/// Cards of one tag among an element's children: how many, their text and prose, the largest.
#[derive(Debug, Clone, Copy)]
struct Tally<'a> {
    tag: &'a str,
    count: u32,
    text: f32,
    prose: f32,
    largest: f32,
}

/// The element whose cards hold the most text; none inside the page's chrome.
fn largest_grid(tree: &Tree<'_>, stats: &Stats) -> Option<Found> {
    let n = tree.nodes.len();
    let mut chrome = vec![false; n];
    let mut best: Option<Found> = None;
    let mut tallies: Vec<Tally<'_>> = Vec::new();
    for i in 0..n {
        let parent = tree.nodes[i].parent();
        let name = tree.name(i);
        chrome[i] = (parent != NO_PARENT && chrome[parent])
            || matches!(name, "nav" | "header" | "footer" | "aside" | "menu");
        if name.is_empty() || stats.dead[i] || chrome[i] || matches!(name, "body" | "html") {
            continue;
        }
        tallies.clear();
        for c in tree.children(i) {
            let tag = tree.name(c);
            if tag.is_empty() || stats.dead[c] || !is_card(stats, c) {
                continue;
            }
            let (text, prose) = (stats.text[c], stats.text[c] - stats.link[c]);
            match tallies.iter_mut().find(|t| t.tag == tag) {
                Some(t) => {
                    t.count += 1;
                    t.text += text;
                    t.prose += prose;
                    t.largest = t.largest.max(text);
                }
                None => tallies.push(Tally {
                    tag,
                    count: 1,
                    text,
                    prose,
                    largest: text,
                }),
            }
        }
        for t in &tallies {
            if t.count >= MIN_ITEMS
                && t.largest <= t.text * MAX_CARD_SHARE
                && best.is_none_or(|b| t.text > b.text)
            {
                best = Some(Found {
                    root: i,
                    count: t.count,
                    text: t.text,
                    prose: t.prose,
                });
            }
        }
    }
    best
}

/// Whether element `c` holds a card: enough text, much of it a link.
fn is_card(stats: &Stats, c: usize) -> bool {
    stats.text[c] >= MIN_CARD_CHARS && stats.link[c] >= stats.text[c] * MIN_CARD_LINK_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::marks::Marks;
    use crate::extract::score::TextMeasures;
    use scraper::Html;

    /// Whether the first element of class `class` holds items, on `page`.
    fn holds_items(page: &str, class: &str) -> bool {
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks = Marks::new(tree.nodes.len());
        let stats = Stats::new(&tree, &TextMeasures::new(&tree), &marks);
        let i = (0..tree.nodes.len())
            .find(|&i| tree.attr(i, "class") == Some(class))
            .unwrap();
        Repeats::new(&tree).holds_items(&tree, &stats, i)
    }

    /// No slot: an element without a class, or a text node (the page-wide count below).
    const NO_SLOT: u32 = u32::MAX;

    /// The counts as they were made before, in one table for the whole page keyed by parent, tag
    /// and class: kept to check the per-parent count against.
    fn page_wide_repeats(tree: &Tree<'_>) -> Vec<u32> {
        let mut slots: FxHashMap<(usize, &str, &str), u32> = FxHashMap::default();
        let mut counts: Vec<u32> = Vec::new();
        let mut slot_of = vec![NO_SLOT; tree.nodes.len()];
        for (i, slot) in slot_of.iter_mut().enumerate() {
            let parent = tree.nodes[i].parent();
            let name = tree.name(i);
            if parent == NO_PARENT || name.is_empty() {
                continue;
            }
            let Some(class) = tree.attr(i, "class").filter(|c| !trim(c).is_empty()) else {
                continue;
            };
            let next = counts.len() as u32;
            let k = *slots.entry((parent, name, class)).or_insert(next);
            if k == next {
                counts.push(0);
            }
            counts[k as usize] += 1;
            *slot = k;
        }
        slot_of
            .into_iter()
            .map(|k| counts.get(k as usize).copied().unwrap_or(0))
            .collect()
    }

    #[test]
    fn repeats_counted_per_parent_are_those_of_the_page_wide_table() {
        let pages = [
            String::new(),
            "<p>no class at all</p>".to_string(),
            format!(
                "<html class=top><body><div class=\"grid\">{}{}<p class=card>x</p></div>\
                 <div class=\"grid\">{}</div><span class=\" \">a</span><span class=\" \">b</span>\
                 <ul><li class=i>1<li class=i>2<li class=j>3<li class=i><b class=i>4</b></ul></body></html>",
                card("<p class=price>12 EUR</p>").repeat(4),
                card("").repeat(2),
                card("<p class=price>9 EUR</p>").repeat(3),
            ),
            "<table class=t><tr class=r><td class=c>1<td class=c>2</tr><tr class=r><td class=c>3</table>"
                .to_string(),
        ];
        for page in &pages {
            let html = Html::parse_document(page);
            let tree = Tree::flatten(&html, &mut Vec::new());
            assert_eq!(Repeats::new(&tree).0, page_wide_repeats(&tree), "{page}");
        }
        // The grid page counts runs of several sizes: its six and three cards, its three `li.i`, the
        // two grids, a price line of its own.
        let html = Html::parse_document(&pages[2]);
        let counts = Repeats::new(&Tree::flatten(&html, &mut Vec::new())).0;
        assert!(
            [1, 2, 3, 6].iter().all(|n| counts.contains(n)),
            "{counts:?}"
        );
    }

    fn card(text: &str) -> String {
        format!(
            "<div class=\"card\"><a href=\"/item\">Oak side table with one drawer</a>{text}</div>"
        )
    }

    #[test]
    fn repeated_cards_with_text_of_their_own_are_items() {
        let cards = card("<p>Solid oak, oiled, 45 cm high. 120 EUR</p>").repeat(3);
        let page = format!("<html><body><div class=\"grid\">{cards}</div></body></html>");
        assert!(holds_items(&page, "card"));
        assert!(holds_items(&page, "grid"));
    }

    /// The classes of the roots after [`with_grid`], starting from the element of class `picked`.
    fn grid_roots(page: &str, picked: &str) -> (Vec<String>, bool) {
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks = Marks::new(tree.nodes.len());
        let stats = Stats::new(&tree, &TextMeasures::new(&tree), &marks);
        let i = (0..tree.nodes.len())
            .find(|&i| tree.attr(i, "class") == Some(picked))
            .unwrap();
        let (roots, grid) = with_grid(&tree, &stats, vec![i], None);
        let classes = roots
            .iter()
            .map(|&r| tree.attr(r, "class").unwrap_or("").to_string())
            .collect();
        (classes, grid.is_some())
    }

    /// A card of the kind shops and blogs repeat: an id-like class, a title link, a line beside it.
    fn headline_card(n: usize) -> String {
        format!(
            "<div class=\"tile post-{n}\"><a href=\"/r/{n}\">Leek and potato soup, recipe {n}</a> \
             <span>Ready in 40 minutes</span></div>"
        )
    }

    const INTRO: &str =
        "<p class=\"intro\">Pots that feed a table for days, from a clear broth to a \
                         stew thick enough to stand a spoon in.</p>";

    #[test]
    fn a_grid_of_cards_beside_a_short_introduction_is_added() {
        let cards: String = (1..=6).map(headline_card).collect();
        let page = format!(
            "<html><body><main>{INTRO}<div class=\"tiles\">{cards}</div></main></body></html>"
        );
        assert_eq!(
            grid_roots(&page, "intro"),
            (vec!["intro".into(), "tiles".into()], true)
        );
    }

    #[test]
    fn a_grid_inside_the_picked_container_is_kept_there() {
        let cards: String = (1..=6).map(headline_card).collect();
        let page = format!(
            "<html><body><main class=\"main\">{INTRO}<div class=\"tiles\">{cards}</div></main>\
             </body></html>"
        );
        assert_eq!(grid_roots(&page, "main"), (vec!["main".into()], true));
    }

    #[test]
    fn a_long_body_outweighs_a_grid_of_teasers() {
        let cards: String = (1..=6).map(headline_card).collect();
        let body = format!(
            "<p>{}</p>",
            "The line loses money every year, as it always has. ".repeat(40)
        );
        let page = format!(
            "<html><body><div class=\"story\">{body}</div><div class=\"tiles\">{cards}</div>\
             </body></html>"
        );
        assert_eq!(grid_roots(&page, "story"), (vec!["story".into()], false));
    }

    /// A shop's product card: a linked name, a price beside it.
    fn product_card(n: usize) -> String {
        format!(
            "<li class=\"tile\"><a href=\"/p/{n}\">Enamel casserole with lid, 24 cm, model {n}</a> \
             <span>Cast iron, cream. $4{n}.00</span></li>"
        )
    }

    /// What a shop writes below its products for search engines: more prose than an introduction
    /// (about 1,500 characters).
    fn essay() -> String {
        let paragraph =
            "A good pot holds its heat, spreads it evenly and cleans up without a fight. ";
        format!("<div class=\"essay\"><p>{}</p></div>", paragraph.repeat(20))
    }

    #[test]
    fn a_dozen_cards_above_a_long_essay_are_a_listing() {
        let cards: String = (1..=12).map(product_card).collect();
        let page = format!(
            "<html><body><ul class=\"tiles\">{cards}</ul>{}</body></html>",
            essay()
        );
        assert_eq!(
            grid_roots(&page, "essay"),
            (vec!["tiles".into(), "essay".into()], true)
        );
    }

    #[test]
    fn a_long_body_keeps_out_a_few_cards_above_it_and_many_below_it() {
        // Fewer cards above it: a row of teasers.
        let cards: String = (1..=8).map(product_card).collect();
        let page = format!(
            "<html><body><ul class=\"tiles\">{cards}</ul>{}</body></html>",
            essay()
        );
        assert_eq!(grid_roots(&page, "essay"), (vec!["essay".into()], false));
        // Many cards below it: the rail after a story.
        let cards: String = (1..=12).map(product_card).collect();
        let page = format!(
            "<html><body>{}<ul class=\"tiles\">{cards}</ul></body></html>",
            essay()
        );
        assert_eq!(grid_roots(&page, "essay"), (vec!["essay".into()], false));
    }

    #[test]
    fn menus_uneven_columns_and_pairs_are_no_grid() {
        // Labels of a menu are shorter than a card.
        let menu = "<ul class=\"menu\"><li><a href=\"/\">Home</a></li><li><a href=\"/a\">About us</a></li>\
                    <li><a href=\"/s\">Soups</a></li><li><a href=\"/b\">Bread</a></li></ul>";
        let page = format!("<html><body>{INTRO}{menu}</body></html>");
        assert_eq!(grid_roots(&page, "intro"), (vec!["intro".into()], false));
        // One column holds most of the text: a layout, not cards.
        let wide = format!(
            "<div><a href=\"/x\">{}</a></div>",
            "A long run of linked words. ".repeat(20)
        );
        let page = format!(
            "<html><body>{INTRO}<div class=\"cols\">{wide}{}{}</div></body></html>",
            headline_card(1),
            headline_card(2)
        );
        assert_eq!(grid_roots(&page, "intro"), (vec!["intro".into()], false));
        // Two cards are a pair of boxes.
        let page = format!(
            "<html><body>{INTRO}<div class=\"tiles\">{}{}</div></body></html>",
            headline_card(1),
            headline_card(2)
        );
        assert_eq!(grid_roots(&page, "intro"), (vec!["intro".into()], false));
    }

    #[test]
    fn a_pair_of_boxes_or_bare_links_are_not_items() {
        let pair = card("<p>Solid oak, oiled, 45 cm high. 120 EUR</p>").repeat(2);
        let page = format!("<html><body><div class=\"grid\">{pair}</div></body></html>");
        assert!(!holds_items(&page, "card"));
        assert!(!holds_items(&page, "grid"));
        let links = card("").repeat(5);
        let page = format!("<html><body><div class=\"grid\">{links}</div></body></html>");
        assert!(!holds_items(&page, "card"));
        assert!(!holds_items(&page, "grid"));
    }

    /// Whether the element of class `root` is a listing by its items, on `page`.
    fn listing(page: &str, root: &str) -> bool {
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks = Marks::new(tree.nodes.len());
        let stats = Stats::new(&tree, &TextMeasures::new(&tree), &marks);
        let r = (0..tree.nodes.len())
            .find(|&i| tree.attr(i, "class") == Some(root))
            .unwrap();
        let inside = [Repeats::new(&tree).inside_items(&tree, &stats, r)];
        items_make_a_listing(&stats, &[r], &inside)
    }

    #[test]
    fn cards_make_a_listing_and_sections_with_a_link_do_not() {
        let cards = card("<p>Solid oak, oiled, 45 cm high. 120 EUR</p>").repeat(4);
        let page = format!("<html><body><div class=\"grid\">{INTRO}{cards}</div></body></html>");
        assert!(listing(&page, "grid"));
        // An article's sections of one class, a link in each: few links, no cards.
        let section = format!(
            "<div class=\"part\"><p>{} See <a href=\"/n\">the notes</a>.</p></div>",
            "The line loses money every year, as it always has. ".repeat(6)
        );
        let page = format!(
            "<html><body><div class=\"story\">{}</div></body></html>",
            section.repeat(4)
        );
        assert!(!listing(&page, "story"));
    }
}
