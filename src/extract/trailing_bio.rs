//! The byline's author introduced at the foot of the article, without a label over the box: "Jane Doe
//! is a freelance writer living in Denver …", under a line with the name ("Jane Doe") or the name and
//! role ("Jane Doe, Features Editor"). Blogs and publishers print such a box after every article; the
//! page's metadata names the author, so the paragraph that opens with that name and says who the
//! person is, among the last blocks, is the box and not the article.
//!
//! The page says so itself: the paragraph is the author's description in its structured data (the
//! JSON-LD `Person` that SEO plugins print with every post, `"description": "Jane Doe is a …"`), or
//! it stands in a box the page names as the author's (`author-box`, `contributor-bio`,
//! `hero-author__bio`; see [`AUTHOR_BOX_TOKENS`]). A paragraph on the author that the page neither
//! describes so nor boxes stays: a contributor's note in the article's own flow ("*Jane Doe is a
//! reporter for …*", which some references keep and others leave out), a profile's subject, a
//! quote.
//!
//! The labelled box ("About the author") is the `author-bio` cleaner's, in text and HTML alike; this
//! rule needs the byline and the data the page's markup states, so it runs on HTML pages only. Only
//! the last [`TAIL_BLOCKS`] blocks are read, and only a paragraph that opens with the byline's name.

use super::align::json_ld_scripts;
use super::tree::{record, Tree, NO_PARENT};
use crate::block::{Block, BlockKind};
use crate::cleaners::is_author_box_label;
use crate::measure::{ends_sentence, word_count};
use crate::phrases::fold;
use crate::removal::Removal;

/// Blocks at the end of the body in which a biography is looked for.
const TAIL_BLOCKS: usize = 3;

/// Words of a biography: a paragraph of a few sentences, never an article's section.
const MAX_BIO_WORDS: usize = 150;

/// Words a biography has at least: the name and what the person does.
const MIN_BIO_WORDS: usize = 6;

/// Words from the start within which a biography says who the author is ("Jane Doe, CFP, is a …").
const VERB_WITHIN_WORDS: usize = 14;

/// Lines with the author's name (and role) over a biography.
const MAX_NAME_LINES: usize = 2;

/// Words of a line with the author's name and role ("Jane Doe, Senior Editor, Home and Garden").
const MAX_NAME_LINE_WORDS: usize = 10;

/// Words of a biography's opening looked for in the page's structured data.
const DESCRIBED_WORDS: usize = 8;

/// Levels above a biography's text within which the page's author box is named.
const MAX_BOX_LEVELS: usize = 5;

/// Class and id tokens that name the author's box: `author-box`, `contributor-bio`,
/// `post-author__bio`, `author-byline`.
const AUTHOR_BOX_TOKENS: &[&str] = &["author", "bio", "contributor", "byline"];

/// Words of a name the byline gives (a person's names; a byline longer than this is a sentence).
const MAX_NAME_WORDS: usize = 4;

/// What a biography says within its first words, folded: who the author is ("is a", "has written"),
/// what the author does ("covers", "manages") or has done ("joined", "founded", "studied").
const BIO_VERBS: &[&str] = &[
    "is a",
    "is an",
    "is the",
    "is our",
    "is also",
    "is currently",
    "is one of",
    "has been",
    "has written",
    "has worked",
    "has spent",
    "has covered",
    "has more than",
    "has over",
    "writes",
    "teaches",
    "covers",
    "joined",
    "manages",
    "founded",
    "started",
    "holds",
    "leads",
    "specializes",
    "specialises",
    "serves as",
    "works as",
    "was born",
    "lives",
    "graduated",
    "studied",
];

/// Removes the biography of the byline's author among the last blocks of `blocks`, which the page
/// `source` gives as a description in its JSON-LD or which stands in the author's box (`boxed`),
/// with the lines over it that give the author's name and the box's label ("About the author")
/// and the paragraphs after it in the box, and records them (stage
/// `author-description`). Nothing goes when the byline names no person or when the biography would
/// be all the body holds.
pub(crate) fn drop_trailing_bio(
    blocks: &mut Vec<Block>,
    byline: &str,
    source: &str,
    boxed: impl Fn(&Block) -> bool,
    removals: &mut Vec<Removal>,
) {
    let names = names_of(byline);
    if names.is_empty() {
        return;
    }
    let mut data: Option<String> = None;
    let mut gone = vec![false; blocks.len()];
    let start = blocks.len().saturating_sub(TAIL_BLOCKS);
    for at in start..blocks.len() {
        if !is_biography(&blocks[at], &names) {
            continue;
        }
        let data = data.get_or_insert_with(|| structured_data(source));
        if !described_in(&blocks[at].text, data) && !boxed(&blocks[at]) {
            continue;
        }
        gone[at] = true;
        // The rest of a biography of several paragraphs, in the same box.
        for next in at + 1..blocks.len() {
            if !boxed(&blocks[next]) {
                break;
            }
            gone[next] = true;
        }
        let mut top = at;
        while top > at.saturating_sub(MAX_NAME_LINES) && is_name_line(&blocks[top - 1], &names) {
            top -= 1;
        }
        // The box's label ("About the author") and the short lines under it (the name, a "Feed"
        // link), which would stand alone.
        if let Some(label) = labelled_from(blocks, at) {
            top = top.min(label);
        }
        gone[top..at].iter_mut().for_each(|g| *g = true);
    }
    if gone.iter().all(|&g| g) || !gone.iter().any(|&g| g) {
        return;
    }
    let mut at = 0;
    blocks.retain(|block| {
        let keep = !gone[at];
        at += 1;
        if !keep {
            let span = block.span.as_ref().map(|s| (s.start, s.end));
            record(
                removals,
                "author-description",
                "the byline's author's biography at the article's foot",
                &block.text,
                span,
            );
        }
        keep
    });
}

/// The names a byline gives, each as its folded words: "Jane Doe and Max Muster" gives two. A part
/// that is no name (longer than [`MAX_NAME_WORDS`], with a word in lower case, or opening with an
/// article: "The Commercial Appeal", whose first word would match any paragraph) is left out.
fn names_of(byline: &str) -> Vec<Vec<String>> {
    byline
        .split([',', '&', '|', '/'])
        .flat_map(|part| part.split(" and "))
        .filter_map(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let capitalized = words.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| !c.is_alphabetic() || c.is_uppercase())
            });
            let folded: Vec<String> = fold(part).split_whitespace().map(str::to_owned).collect();
            let article = folded
                .first()
                .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "by"));
            (capitalized
                && !article
                && (1..=MAX_NAME_WORDS).contains(&words.len())
                && !folded.is_empty())
            .then_some(folded)
        })
        .collect()
}

/// Whether `words` (folded) open with one of `names`: the whole name, or the first name alone
/// ("Jane has written for …" under the byline "Jane Doe").
fn opens_with_name(words: &[String], names: &[Vec<String>]) -> bool {
    names
        .iter()
        .any(|name| words.starts_with(name) || words.first().is_some_and(|first| *first == name[0]))
}

/// A paragraph of biography of one of `names`: it opens with the name and says who the person is
/// within its first [`VERB_WITHIN_WORDS`] words.
fn is_biography(block: &Block, names: &[Vec<String>]) -> bool {
    if block.kind != BlockKind::Paragraph {
        return false;
    }
    let count = word_count(&block.text);
    if !(MIN_BIO_WORDS..=MAX_BIO_WORDS).contains(&count) {
        return false;
    }
    let opening: Vec<String> = block
        .text
        .split_whitespace()
        .take(VERB_WITHIN_WORDS)
        .flat_map(|word| {
            fold(word)
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    if !opens_with_name(&opening, names) {
        return false;
    }
    let opening = format!(" {} ", opening.join(" "));
    BIO_VERBS
        .iter()
        .any(|verb| opening.contains(&format!(" {verb} ")))
}

/// Whether `block`'s text stands in the page's author box: an element within [`MAX_BOX_LEVELS`]
/// above the text node where the block starts is named by one of [`AUTHOR_BOX_TOKENS`] (a whole
/// token of its class or id), or holds the page's author in microdata (`itemprop="author"`, as
/// WordPress's author box plugins print it). Reads the tree once, for the few blocks that are biographies.
pub(crate) fn in_author_box(tree: &Tree<'_>, block: &Block) -> bool {
    let Some(start) = block.span.as_ref().map(|s| s.start) else {
        return false;
    };
    let Some(text) = (0..tree.nodes.len()).find(|&i| {
        tree.nodes[i]
            .at()
            .is_some_and(|(from, to)| from <= start && start < to)
    }) else {
        return false;
    };
    let mut at = tree.nodes[text].parent();
    for _ in 0..MAX_BOX_LEVELS {
        if at == NO_PARENT {
            return false;
        }
        let named = [
            tree.attr(at, "class"),
            tree.attr(at, "id"),
            tree.attr(at, "itemprop"),
        ]
        .into_iter()
        .flatten()
        .any(names_author_box);
        if named {
            return true;
        }
        at = tree.nodes[at].parent();
    }
    false
}

/// Whether a class or id attribute holds one of [`AUTHOR_BOX_TOKENS`] as a whole token (split at
/// anything but letters and digits, in any case).
fn names_author_box(names: &str) -> bool {
    names
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|token| {
            AUTHOR_BOX_TOKENS
                .iter()
                .any(|name| token.eq_ignore_ascii_case(name))
        })
}

/// The folded text of every JSON-LD script of `source`, each between spaces.
fn structured_data(source: &str) -> String {
    let mut folded = String::from(" ");
    for (content, end) in json_ld_scripts(source) {
        if let Some(script) = source.get(content..end) {
            folded.push_str(&fold(script));
            folded.push(' ');
        }
    }
    folded
}

/// Whether the opening words of `text` stand in `data` (folded, between spaces).
fn described_in(text: &str, data: &str) -> bool {
    let words: Vec<String> = fold(text)
        .split_whitespace()
        .take(DESCRIBED_WORDS)
        .map(str::to_owned)
        .collect();
    !words.is_empty() && data.contains(&format!(" {} ", words.join(" ")))
}

/// Where the label of the box whose biography is at `bio` stands: an author box's label
/// ("About the author") with at most [`MAX_NAME_LINES`] short lines between it and the biography.
fn labelled_from(blocks: &[Block], bio: usize) -> Option<usize> {
    let lowest = bio.saturating_sub(MAX_NAME_LINES + 1);
    for at in (lowest..bio).rev() {
        if is_author_box_label(&blocks[at].text) {
            return Some(at);
        }
        if !is_short_line(&blocks[at]) {
            return None;
        }
    }
    None
}

/// A line of at most [`MAX_NAME_LINE_WORDS`] words without a sentence's end, not code or a row.
fn is_short_line(block: &Block) -> bool {
    !matches!(block.kind, BlockKind::Preformatted | BlockKind::TableRow)
        && word_count(&block.text) <= MAX_NAME_LINE_WORDS
        && !ends_sentence(&block.text)
}

/// A short line without a sentence's end that opens with one of `names`: the author's name, or
/// name and role, over the biography.
fn is_name_line(block: &Block, names: &[Vec<String>]) -> bool {
    if !is_short_line(block) {
        return false;
    }
    let words: Vec<String> = fold(&block.text)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    opens_with_name(&words, names)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA_1: &str = "The council approved the budget on Monday after a long debate about \
        the cost of the new bridge over the river.";
    const PARA_2: &str = "Work on the bridge starts in spring, and the council expects it to open \
        to traffic within two years.";
    const BIO: &str = "Jane Doe is a freelance writer living in Denver who has covered city \
        politics for ten years.";

    fn blocks(texts: &[(BlockKind, &str)]) -> Vec<Block> {
        texts
            .iter()
            .map(|&(kind, text)| Block::new(kind, text))
            .collect()
    }

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    /// A page whose JSON-LD describes the author Jane Doe, and Max Muster's first name.
    const PAGE: &str = r#"<html><head><script type="application/ld+json">{"@graph": [
        {"@type": "Person", "name": "Jane Doe", "description": "<p>Jane Doe is a freelance writer
        living in Denver who has covered city politics for ten years.</p>"},
        {"@type": "Person", "name": "Jane Doe", "description": "Jane joined the paper in 2015 and
        writes about the city\u2019s money."}]}</script></head><body></body></html>"#;

    fn run_on(texts: &[(BlockKind, &str)], byline: &str, page: &str) -> (Vec<Block>, Vec<Removal>) {
        let mut blocks = blocks(texts);
        let mut removals = Vec::new();
        drop_trailing_bio(&mut blocks, byline, page, |_| false, &mut removals);
        (blocks, removals)
    }

    fn run(texts: &[(BlockKind, &str)], byline: &str) -> (Vec<Block>, Vec<Removal>) {
        run_on(texts, byline, PAGE)
    }

    use BlockKind::{Heading, Paragraph};

    #[test]
    fn removes_the_bylines_biography_and_the_name_line_over_it() {
        let (kept, removals) = run(
            &[
                (Heading, "Budget passes"),
                (Paragraph, PARA_1),
                (Paragraph, PARA_2),
                (Heading, "About the author"),
                (Paragraph, "Jane Doe, City Hall Reporter"),
                (Paragraph, BIO),
            ],
            "Jane Doe",
        );
        assert_eq!(texts(&kept), ["Budget passes", PARA_1, PARA_2]);
        assert_eq!(removals.len(), 3);
        // The label goes with whatever short lines stand between it and the biography.
        let (kept, _) = run(
            &[
                (Paragraph, PARA_1),
                (Heading, "About the author"),
                (Paragraph, "Jane Doe"),
                (Paragraph, "Feed"),
                (Paragraph, BIO),
            ],
            "Jane Doe",
        );
        assert_eq!(texts(&kept), [PARA_1]);
        assert!(removals.iter().all(|r| r.stage == "author-description"));
    }

    #[test]
    fn reads_the_first_name_and_each_author_of_several() {
        let first_name = "Jane joined the paper in 2015 and writes about the city's money.";
        let (kept, _) = run(
            &[(Paragraph, PARA_1), (Paragraph, first_name)],
            "Max Muster and Jane Doe",
        );
        assert_eq!(texts(&kept), [PARA_1]);
    }

    #[test]
    fn keeps_paragraphs_that_are_no_biography_of_the_byline() {
        // Another person's biography, a sentence that opens with the name but says no role, the
        // biography far from the end, a byline that is no name.
        let other = "John Roe is a retired engineer who built the old bridge in 1970.";
        let quote = "Jane Doe asked the mayor about the cost, and the mayor did not answer.";
        for (texts, byline) in [
            (vec![(Paragraph, PARA_1), (Paragraph, other)], "Jane Doe"),
            (vec![(Paragraph, PARA_1), (Paragraph, quote)], "Jane Doe"),
            (
                vec![
                    (Paragraph, BIO),
                    (Paragraph, PARA_1),
                    (Paragraph, PARA_2),
                    (Paragraph, PARA_1),
                ],
                "Jane Doe",
            ),
            (
                vec![(Paragraph, PARA_1), (Paragraph, BIO)],
                "the staff of the city desk",
            ),
            (
                vec![
                    (Paragraph, PARA_1),
                    (
                        Paragraph,
                        "The bridge is a gift to the town, the mayor said at the vote.",
                    ),
                ],
                "Jane Doe, The City Paper",
            ),
        ] {
            let (kept, removals) = run(&texts, byline);
            assert_eq!(kept.len(), texts.len(), "{byline}");
            assert!(removals.is_empty());
        }
    }

    #[test]
    fn keeps_a_biography_the_pages_data_does_not_give() {
        // The contributor's note in the article's flow, on a page without the author's data.
        let texts = [(Paragraph, PARA_1), (Paragraph, PARA_2), (Paragraph, BIO)];
        for page in [
            "<html><body></body></html>",
            "<p>ld+json Jane Doe is a freelance</p>",
        ] {
            let (kept, removals) = run_on(&texts, "Jane Doe", page);
            assert_eq!(kept.len(), 3);
            assert!(removals.is_empty());
        }
    }

    #[test]
    fn names_of_an_author_box_are_whole_tokens() {
        for names in [
            "author-box",
            "contributor-bio",
            "hero-author--bio",
            "section author-byline",
        ] {
            assert!(names_author_box(names), "{names}");
        }
        for names in [
            "authority",
            "biography-page",
            "bionic",
            "coauthors-list",
            "article-body",
        ] {
            assert!(!names_author_box(names), "{names}");
        }
    }

    #[test]
    fn keeps_a_body_that_is_only_the_biography() {
        let (kept, removals) = run(&[(Paragraph, BIO)], "Jane Doe");
        assert_eq!(texts(&kept), [BIO]);
        assert!(removals.is_empty());
    }
}
