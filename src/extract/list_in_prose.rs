//! A list of links inside the body's flow: the tools a guide names with a link to where each is
//! sold, the courses or places a story lists, the shops a line announces ("Sold at:").
//! The article's prose (or a line announcing the list, ending in a colon) stands right before it,
//! and the body goes on right after it (a paragraph or the next heading), so it is part of what the
//! article says, not a menu or a block of related stories: those stand at the article's end or
//! beside it, and still go.

use super::score::Stats;
use super::tree::{Tree, NO_PARENT};

/// Characters a paragraph holds at least to count as the body's prose around the list: a
/// sentence or two, not a label or a line of links.
const MIN_PROSE_CHARS: f32 = 80.0;
/// Share of a paragraph's text in links under which it is prose.
const MAX_PROSE_LINK_DENSITY: f32 = 0.25;

/// Whether list `i` stands in the body's flow: the element with text just before it (elements
/// without text, an empty embed or a picture, passed over) is a paragraph of prose or a line that
/// announces it with a colon, and the element with text just after it is a paragraph of prose or a
/// heading, or nothing when a colon announced it (a list closing the item or box it was announced in).
pub(crate) fn stands_in_the_flow(tree: &Tree<'_>, stats: &Stats, i: usize) -> bool {
    let parent = tree.nodes[i].parent();
    if parent == NO_PARENT {
        return false;
    }
    let mut before = None;
    let mut after = None;
    let mut seen = false;
    for c in tree.children(parent) {
        if c == i {
            seen = true;
            continue;
        }
        if tree.name(c).is_empty() || stats.dead[c] || stats.text[c] <= 0.0 {
            continue;
        }
        if seen {
            after = Some(c);
            break;
        }
        before = Some(c);
    }
    let Some(before) = before else {
        return false;
    };
    let announced = announces(tree, stats, before);
    if !announced && !is_prose(tree, stats, before) {
        return false;
    }
    match after {
        Some(a) => is_prose(tree, stats, a) || is_heading(tree.name(a)),
        None => announced,
    }
}

/// Whether element `c` is a paragraph of prose still in the article.
fn is_prose(tree: &Tree<'_>, stats: &Stats, c: usize) -> bool {
    tree.name(c) == "p"
        && stats.text[c] >= MIN_PROSE_CHARS
        && stats.link_density(c) < MAX_PROSE_LINK_DENSITY
}

/// Whether element `c` is a line without links that ends in a colon: "Where to buy:".
fn announces(tree: &Tree<'_>, stats: &Stats, c: usize) -> bool {
    stats.link[c] <= 0.0 && tree.text_of(c, |j| stats.dead[j]).trim_end().ends_with(':')
}

/// Whether an element of this name is a heading below the page's title: the body's next section.
fn is_heading(name: &str) -> bool {
    matches!(name, "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Characters a list's links hold at most on average to name things (a tool, a shop, a course)
/// rather than other stories: a headline runs to a sentence.
const MAX_NAME_CHARS: f32 = 40.0;

/// Whether a list's `links` links, holding `link` characters in all, name things: two links or
/// more, short on average. A lone link is a pointer ("the original as a PDF"), and a list of
/// headlines is a block of related stories even when the body goes on after it.
pub(crate) fn names_things(link: f32, links: f32) -> bool {
    links >= 2.0 && link / links <= MAX_NAME_CHARS
}

#[cfg(test)]
mod tests {
    use super::names_things;

    /// Two paragraphs of a made-up guide to kitchen knives.
    const BEFORE: &str = "<p>A chef's knife does most of the work in a home kitchen, from onions to \
        a whole chicken, so it is the one to spend on; a paring knife and a bread knife cover the rest \
        of what a cook cuts in a week.</p>";
    const AFTER: &str =
        "<p>Whichever you pick, keep it sharp: a dull blade slips off a tomato's skin \
        and needs more force, which is how most cuts happen, and a whetstone takes ten minutes a \
        month once you have the knack of holding the angle.</p>";

    /// A made-up article page with `middle` between the guide's paragraphs and `end` after them.
    fn page(middle: &str, end: &str) -> String {
        format!(
            "<html><head><title>Choosing a kitchen knife</title>\
             <meta property=\"og:type\" content=\"article\"></head><body>\
             <article><h1>Choosing a kitchen knife</h1>{BEFORE}{BEFORE}{middle}{AFTER}{AFTER}{end}\
             </article></body></html>"
        )
    }

    /// A list of `names`, each a link to a shop's page.
    fn shop_list(names: &[&str]) -> String {
        let items: String = names
            .iter()
            .map(|n| {
                format!(
                    "<li><a href=\"https://shop.example/{}\">{n}</a></li>",
                    n.len()
                )
            })
            .collect();
        format!("<ul>{items}</ul>")
    }

    fn text_of(html: &str) -> String {
        crate::Pipeline::default()
            .clean_html(html)
            .map(|a| a.text())
            .unwrap_or_default()
    }

    #[test]
    fn keeps_a_list_of_shops_between_the_paragraphs() {
        let list = shop_list(&["Harbour Cutlery", "Mill Lane Knives", "The Steel Drawer"]);
        let text = text_of(&page(&list, ""));
        assert!(text.contains("Mill Lane Knives"), "{text}");
        assert!(text.contains("keep it sharp"), "{text}");
    }

    #[test]
    fn keeps_a_list_announced_with_a_colon_before_the_next_heading() {
        let list = format!(
            "<h3>Where to buy</h3><p>Our picks are sold at:</p><div class=\"slot\"></div>{}",
            shop_list(&["Harbour Cutlery", "Mill Lane Knives"])
        );
        let middle = format!("{list}<h2>Caring for the blade</h2>");
        let text = text_of(&page(&middle, ""));
        assert!(text.contains("Harbour Cutlery"), "{text}");
        assert!(text.contains("Caring for the blade"), "{text}");
    }

    #[test]
    fn drops_a_list_of_headlines_between_the_paragraphs() {
        let list = "<ul><li><a href=\"/guides/1\">Why a cheap honing rod beats an expensive \
            sharpener</a></li><li><a href=\"/guides/2\">The ten knives our testers reached for \
            again and again</a></li></ul>";
        let text = text_of(&page(list, ""));
        assert!(!text.contains("honing rod"), "{text}");
        assert!(text.contains("A chef's knife"), "{text}");
    }

    #[test]
    fn drops_a_list_of_links_after_the_last_paragraph() {
        let list = shop_list(&["Harbour Cutlery", "Mill Lane Knives", "The Steel Drawer"]);
        let text = text_of(&page("", &list));
        assert!(!text.contains("Mill Lane Knives"), "{text}");
        assert!(text.contains("keep it sharp"), "{text}");
    }

    #[test]
    fn a_lone_link_or_long_links_name_nothing() {
        assert!(names_things(60.0, 3.0));
        assert!(!names_things(15.0, 1.0));
        assert!(!names_things(180.0, 3.0));
        assert!(!names_things(0.0, 0.0));
    }
}
