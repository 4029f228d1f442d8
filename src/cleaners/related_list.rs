//! A list of links to other stories: its label and the headlines under it.

use super::context::BlockFlag;
use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::measure::ends_sentence;
use crate::phrases::{fold, phrase_lines};
use crate::removal::Reason;
use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

/// Headlines a list of other stories has at most, as this cleaner reads it.
const MAX_HEADLINES: usize = 20;

/// Headlines that must stand under a label for it to open a list: one short line after "Related" may
/// be the article's own subheading.
const MIN_HEADLINES: usize = 2;

/// Words a headline has at most.
const MAX_HEADLINE_WORDS: usize = 20;

/// Bytes a label has at most; longer blocks are not folded to be looked up.
const MAX_LABEL_BYTES: usize = 64;

/// Words of a teaser's description under its headline in a list of cards ("Discover key features to
/// look out for when buying a new phone."): a sentence or two, never a paragraph of the article.
const MAX_TEASER_WORDS: usize = 45;

/// Teasers a list of cards needs: one paragraph under a headline at the document's foot may be the
/// article's own last section, its subheading said like a headline.
const MIN_TEASERS: usize = 2;

/// Blocks a list of cards holds at most under its label: [`MAX_HEADLINES`] headlines, each with a
/// description and a line of byline or date.
const MAX_CARD_BLOCKS: usize = 3 * MAX_HEADLINES;

/// Removes a list of links to other stories: its label ("Related posts", "You might also like", "Read
/// next", "Lesen Sie auch", …, from `related_list_labels.txt`) and the headlines under it, when two or
/// more stand there. A headline is a short line that does not end a sentence; the list ends at the first
/// block that is not one. Labels of the article's own lists ("Further reading", "Sources") are not read
/// as labels. On HTML too, so that an article's text cleaned again as text comes out the same; a page
/// whose own content is such a list (a listing not declared as one) loses it.
///
/// At the document's foot, the list may be of cards: each headline with a sentence or two of teaser
/// under it ("Ten parks to visit" over "Our pick of the city's green spaces."). Such a list goes when
/// it runs from its label to the document's end with two headlines or more, two teasers or more, and
/// no two teasers in a row: two sentences of prose in a row are the article's own text under a
/// subheading, and one paragraph under a short line may be the article's last section. A text with no
/// paragraph longer than a teaser above the list is a listing of cards, and keeps them.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n\
///     You might also like\n\nTen parks to visit this spring\n\nWhy the bridge closed for a year\n";
/// let article = Pipeline::default().clean_text(page)?;
/// let stages: Vec<&str> = article.removals.iter().map(|r| r.stage).collect();
/// assert_eq!(stages, ["related-list"; 3]);
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct RelatedList;

impl Cleaner for RelatedList {
    fn name(&self) -> &'static str {
        "related-list"
    }

    fn check(&self, _block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let index = cx.index();
        // Most blocks have no label within reach: looked for first, by length and a lookup, before
        // the blocks between are read for their shape.
        let reach = index.saturating_sub(MAX_HEADLINES + 1)..index + 1;
        if cx.is_title_candidate() {
            return Verdict::Keep;
        }
        if !cx.any_flag(reach, BlockFlag::RelatedListLabel, judge_label)
            || !(is_label(cx, index) || is_headline_shaped(cx, index))
        {
            return card_verdict(cx);
        }
        let Some(label) = label_above(cx, index) else {
            return card_verdict(cx);
        };
        let end = headlines_end(cx, label);
        if end - (label + 1) < MIN_HEADLINES {
            return card_verdict(cx);
        }
        match index == label {
            true => Verdict::Drop(Reason::Pattern("the label of a list of other stories")),
            false => Verdict::Drop(Reason::Pattern("a headline in a list of other stories")),
        }
    }
}

/// A block that can be a headline in the list (or its label): a short line, no sentence, no code, and
/// no tag line ("Tags: …", "Filed under: …").
fn is_headline_shaped(cx: &BlockContext<'_>, index: usize) -> bool {
    cx.flag(index, BlockFlag::HeadlineShaped, judge_headline_shape)
}

/// [`is_headline_shaped`], judged.
fn judge_headline_shape(cx: &BlockContext<'_>, index: usize) -> bool {
    cx.block(index).is_some_and(|block| {
        block.kind != BlockKind::Preformatted
            && !block.text.contains('\n')
            && cx.words_at(index) <= MAX_HEADLINE_WORDS
            && !(ends_sentence(&block.text) && block.text.trim_end().ends_with('.'))
            && !opens_with_a_label(&block.text)
    })
}

/// Labels of a tag line, which may follow a list of stories and is no headline ("Tags: …").
const TAG_LINE_LABELS: [&str; 6] = [
    "tags",
    "tag",
    "filed under",
    "categories",
    "category",
    "topics",
];

/// Whether `text` opens with a tag line's label and a colon ("Tags: budget, council").
fn opens_with_a_label(text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(label, _)| TAG_LINE_LABELS.contains(&fold(label).as_str()))
}

/// Whether the block at `index` is the label of a list of other stories: a label of the list, or one
/// said at more length (see [`is_label_said_at_length`]).
fn is_label(cx: &BlockContext<'_>, index: usize) -> bool {
    cx.flag(index, BlockFlag::RelatedListLabel, judge_label)
}

/// [`is_label`], judged.
fn judge_label(cx: &BlockContext<'_>, index: usize) -> bool {
    let Some(block) = cx.block(index).filter(|b| b.text.len() <= MAX_LABEL_BYTES) else {
        return false;
    };
    let folded = cx.folded_at(index);
    LABELS.contains(folded.as_ref())
        || (is_label_said_at_length(&block.text, &folded) && !is_title(cx, index, &folded))
}

/// Whether the block at `index`, folded to `folded`, is the document's title: a page called "Most
/// popular films" lists films, not other stories (its text cleaned again opens with that title).
fn is_title(cx: &BlockContext<'_>, index: usize, folded: &str) -> bool {
    (cx.title_is_first_block() && index == 0)
        || cx.folded_title().is_some_and(|title| title == folded)
}

/// Words a label said at more length has beside the label it holds ("some of my other posts"); a
/// sentence that opens with a label's words goes on longer.
const MAX_WORDS_BESIDE_LABEL: usize = 5;

/// Marks a label said at more length may hold beside letters, digits and spaces ("Latest posts by Jane
/// Doe (see all)", an author box's list).
const LABEL_MARKS: [char; 6] = ['\'', '’', '-', '&', '(', ')'];

/// Whether a short block opens or ends with an English label of two words or more and has a few words beside
/// it ("Related articles that may interest you", "If you liked this post you might also like:"): the
/// same heading in a blog's own words. Words only, a colon at most at its end: no sentence (a full
/// stop, a comma), no quote or emoji ("“Popular posts are up” ✅" is a line of the article), and
/// "Related reading: Ten parks to visit" is a link to one story, not a list's label.
fn is_label_said_at_length(text: &str, folded: &str) -> bool {
    // Most blocks open and end with words no label does: passed over before their characters are read.
    let (firsts, lasts) = &*LONG_LABEL_EDGES;
    // A label of two words with one beside it has three: no single space, no label said at length.
    let bytes = folded.as_bytes();
    let (Some(first_space), Some(last_space)) =
        (memchr::memchr(b' ', bytes), memchr::memrchr(b' ', bytes))
    else {
        return false;
    };
    if first_space == last_space {
        return false;
    }
    let opens = firsts.contains(&folded[..first_space]);
    let ends = lasts.contains(&folded[last_space + 1..]);
    if !(opens || ends) {
        return false;
    }
    let words_only = text
        .trim_end()
        .trim_end_matches(':')
        .chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || LABEL_MARKS.contains(&c));
    if !words_only {
        return false;
    }
    let words = folded.split(' ').count();
    let is_label_beside = |label: &str| {
        label.contains(' ')
            && words.saturating_sub(label.split(' ').count()) <= MAX_WORDS_BESIDE_LABEL
            && LONG_LABELS.contains(label)
    };
    let mut spaces = folded.match_indices(' ').map(|(at, _)| at);
    spaces.any(|at| {
        (opens && is_label_beside(&folded[..at])) || (ends && is_label_beside(&folded[at + 1..]))
    })
}

/// The label of the list `index` stands in (see [`label_above`](super::labelled_run::label_above)).
fn label_above(cx: &BlockContext<'_>, index: usize) -> Option<usize> {
    super::labelled_run::label_above(
        index,
        MAX_HEADLINES,
        |at| is_label(cx, at),
        |at| is_headline_shaped(cx, at),
    )
}

/// The verdict on the block at `cx.index()` as part of a list of cards at the document's foot: a
/// label, then headlines each with at most one teaser under it, to the document's end.
fn card_verdict(cx: &BlockContext<'_>) -> Verdict {
    let index = cx.index();
    // A list of cards runs to the document's end: only the last blocks are looked at.
    if index + MAX_CARD_BLOCKS < cx.len() {
        return Verdict::Keep;
    }
    // The list runs to the end: a document whose last block is no card's has none (asked first,
    // before each of its last blocks walks up to a label).
    let last = cx.len().saturating_sub(1);
    if !(is_headline_shaped(cx, last) || is_teaser(cx, last)) {
        return Verdict::Keep;
    }
    let Some(label) = card_label_above(cx, index) else {
        return Verdict::Keep;
    };
    if !is_card_list(cx, label) || !has_article_above(cx, label) {
        return Verdict::Keep;
    }
    match index == label {
        true => Verdict::Drop(Reason::Pattern(
            "the label of a list of other stories, each with its teaser",
        )),
        false => Verdict::Drop(Reason::Pattern(
            "a headline or a teaser in a list of other stories",
        )),
    }
}

/// The label of the list of cards the block at `index` may stand in: the nearest label above it
/// with only headlines and teasers between them.
fn card_label_above(cx: &BlockContext<'_>, index: usize) -> Option<usize> {
    let lowest = index.saturating_sub(MAX_CARD_BLOCKS);
    for at in (lowest..=index).rev() {
        if is_label(cx, at) {
            return Some(at);
        }
        if !(is_headline_shaped(cx, at) || is_teaser(cx, at)) {
            return None;
        }
    }
    None
}

/// Whether the blocks under the label at `label` are a list of cards to the document's end: each a
/// headline, or a teaser under a headline, with [`MIN_HEADLINES`] headlines or more and
/// [`MIN_TEASERS`] teasers among them (a list of headlines alone is [`headlines_end`]'s).
fn is_card_list(cx: &BlockContext<'_>, label: usize) -> bool {
    if label == 0 || cx.len() - label > MAX_CARD_BLOCKS + 1 {
        return false;
    }
    let (mut headlines, mut teasers) = (0, 0);
    for at in label + 1..cx.len() {
        if is_label(cx, at) {
            return false;
        }
        if is_headline_shaped(cx, at) {
            headlines += 1;
        } else if is_teaser(cx, at) {
            teasers += 1;
        } else {
            return false;
        }
    }
    headlines >= MIN_HEADLINES && teasers >= MIN_TEASERS
}

/// Words that paragraphs longer than a teaser hold above a list of cards at least: the article it
/// closes. A listing's text (a front page's) is cards from its top, every paragraph a teaser's
/// length, and its last cards under a "More top stories" are as much its content as the first.
const MIN_ARTICLE_WORDS_ABOVE: usize = 100;

/// Whether paragraphs longer than [`MAX_TEASER_WORDS`] hold [`MIN_ARTICLE_WORDS_ABOVE`] words or
/// more above the label at `label`. Asked only of a list of cards found at the foot.
fn has_article_above(cx: &BlockContext<'_>, label: usize) -> bool {
    let mut words = 0;
    (0..label).rev().any(|at| {
        let at_words = cx.words_at(at);
        if at_words > MAX_TEASER_WORDS {
            words += at_words;
        }
        words >= MIN_ARTICLE_WORDS_ABOVE
    })
}

/// Whether the block at `index` reads as a card's teaser: a sentence or two of at most
/// [`MAX_TEASER_WORDS`] words right under a headline-shaped block.
fn is_teaser(cx: &BlockContext<'_>, index: usize) -> bool {
    index > 0
        && cx.words_at(index) <= MAX_TEASER_WORDS
        && cx
            .block(index)
            .is_some_and(|b| b.kind != BlockKind::Preformatted && !b.text.contains('\n'))
        && is_headline_shaped(cx, index - 1)
        && !is_label(cx, index - 1)
}

/// Where the headlines under the label at `label` end: at the first block that is not headline-shaped,
/// at another label, or after [`MAX_HEADLINES`].
fn headlines_end(cx: &BlockContext<'_>, label: usize) -> usize {
    let mut end = label + 1;
    while end < cx.len()
        && end - label <= MAX_HEADLINES
        && is_headline_shaped(cx, end)
        && !is_label(cx, end)
    {
        end += 1;
    }
    end
}

/// The labels of `related_list_labels.txt` (comments after `#` dropped), folded.
static LABELS: Lazy<FxHashSet<String>> = Lazy::new(|| {
    phrase_lines(include_str!("related_list_labels.txt"))
        .map(fold)
        .collect()
});

/// The English labels of `related_list_labels.txt` of two words or more, folded: the labels a blog
/// says at more length. Other languages' labels are mostly a verb ("Lesen Sie auch", "Czytaj też")
/// that opens a sentence or a link to one story as readily.
static LONG_LABELS: Lazy<FxHashSet<String>> = Lazy::new(|| {
    let source = include_str!("related_list_labels.txt");
    let english = source
        .split_once("\n# en\n")
        .map_or("", |(_, rest)| rest.split("\n# ").next().unwrap_or(""));
    phrase_lines(english)
        .map(fold)
        .filter(|label| label.contains(' '))
        .collect()
});

/// The first words and the last words of the labels of [`LONG_LABELS`]: a block that opens with none
/// of the first and ends with none of the last is looked up no further.
static LONG_LABEL_EDGES: Lazy<(EdgeWords, EdgeWords)> = Lazy::new(|| {
    let firsts = EdgeWords::of(
        LONG_LABELS.iter().filter_map(|l| l.split(' ').next()),
        |w| w.as_bytes().first().copied(),
    );
    let lasts = EdgeWords::of(
        LONG_LABELS.iter().filter_map(|l| l.rsplit(' ').next()),
        |w| w.as_bytes().last().copied(),
    );
    (firsts, lasts)
});

/// Words at one edge of the long labels, with the byte at that edge and the length of each: most
/// words of a page share no such pair with any, and are refused before they are hashed.
struct EdgeWords {
    words: FxHashSet<String>,
    /// For each byte, a bit for each length (past 31 bytes, the last bit) of a word with it at the edge.
    lengths: [u32; 256],
    /// The byte at the edge the set is for.
    edge: fn(&str) -> Option<u8>,
}

impl EdgeWords {
    fn of<'w>(words: impl Iterator<Item = &'w str>, edge: fn(&str) -> Option<u8>) -> EdgeWords {
        let mut set = EdgeWords {
            words: FxHashSet::default(),
            lengths: [0; 256],
            edge,
        };
        for word in words {
            if let Some(byte) = edge(word) {
                set.lengths[usize::from(byte)] |= length_bit(word);
                set.words.insert(word.to_string());
            }
        }
        set
    }

    fn contains(&self, word: &str) -> bool {
        (self.edge)(word)
            .is_some_and(|byte| self.lengths[usize::from(byte)] & length_bit(word) != 0)
            && self.words.contains(word)
    }
}

/// The bit of a word's length in [`EdgeWords::lengths`].
fn length_bit(word: &str) -> u32 {
    1 << word.len().min(31)
}

#[cfg(test)]
mod tests {
    use super::RelatedList;
    use crate::cleaners::test_macros::{kept_blocks, PARA_1, PARA_2};

    /// The verdicts on every block of `texts`, as the pipeline asks them: `true` for kept.
    fn kept(texts: &[&str]) -> Vec<bool> {
        kept_blocks(&RelatedList, texts)
    }

    #[test]
    fn removes_the_label_and_the_headlines_under_it() {
        let texts = [
            "Budget passes",
            PARA_1,
            "Related posts:",
            "Ten parks to visit this spring",
            "Why the bridge closed for a year?",
            PARA_2,
        ];
        assert_eq!(kept(&texts), [true, true, false, false, false, true]);
    }

    #[test]
    fn keeps_a_label_over_one_line_and_a_list_of_the_article_s_own() {
        // One short line under "Related": the article's own subheading.
        let one = [
            "Budget passes",
            PARA_1,
            "Related",
            "What comes next",
            PARA_2,
        ];
        assert_eq!(kept(&one), [true; 5]);
        // "Further reading" opens the article's own list.
        let own = [
            "Budget passes",
            PARA_1,
            "Further reading",
            "The budget in full",
            "The mayor's statement",
        ];
        assert_eq!(kept(&own), [true; 5]);
    }

    #[test]
    fn a_labelled_line_ends_the_list() {
        let texts = [
            "Budget passes",
            PARA_1,
            "Related articles",
            "Tags: budget, council, schools",
            "Filed under: Local news",
        ];
        assert_eq!(kept(&texts), [true; 5]);
    }

    #[test]
    fn every_label_is_read_without_its_comment() {
        assert!(super::LABELS.contains("you may also like"));
        assert!(super::LABELS.contains("das könnte sie auch interessieren"));
        assert!(super::LABELS.iter().all(|label| !label.contains("generic")));
        assert!(super::LONG_LABELS.contains("you might also enjoy"));
        assert!(!super::LONG_LABELS.contains("related"));
        assert!(!super::LONG_LABELS.contains("lesen sie auch"));
    }

    #[test]
    fn a_sentence_that_opens_with_a_label_s_words_is_no_label() {
        let texts = [
            "Budget passes",
            PARA_1,
            "You may also like the new park, which opens in May",
            "Ten parks to visit this spring",
            "Why the bridge closed for a year",
        ];
        assert_eq!(kept(&texts), [true; 5]);
        let polish = [
            "Budżet przyjęty",
            PARA_1,
            "Czytaj też raport rady miasta o budżecie",
            "Dziesięć parków na wiosnę",
            "Dlaczego most zamknięto",
        ];
        assert_eq!(kept(&polish), [true; 5]);
    }

    /// `label` over two headlines after an article's paragraph: the label and the headlines go.
    fn assert_heads_two_headlines_and_goes(label: &str) {
        let texts = [
            "Budget passes",
            PARA_1,
            label,
            "Ten parks to visit this spring",
            "Why the bridge closed for a year",
        ];
        assert_eq!(kept(&texts), [true, true, false, false, false], "{label:?}");
    }

    #[test]
    fn removes_a_blog_s_stock_recent_posts_headings() {
        // The headings of blogs' and CMSs' boxes of other posts, each over two headlines.
        for label in [
            "Recent articles",
            "Latest articles",
            "Related blog posts",
            "Keep reading",
            "You might like",
            "You may like",
        ] {
            assert_heads_two_headlines_and_goes(label);
        }
    }

    #[test]
    fn removes_a_label_said_at_more_length() {
        for label in [
            "You might also enjoy some of my other posts",
            "If you liked this post you might also like:",
            "Related articles that may interest you",
        ] {
            assert_heads_two_headlines_and_goes(label);
        }
    }

    #[test]
    fn removes_a_food_blog_s_you_ll_also_love_box() {
        let texts = [
            "Lemon cake",
            PARA_1,
            "You’ll Also Love...",
            "Easy lemon bars for a crowd",
            "How to zest a lemon without a grater",
        ];
        assert_eq!(kept(&texts), [true, true, false, false, false]);
        // The words in a sentence of the article stay, and so do the lines under it.
        let sentence = [
            "Lemon cake",
            PARA_1,
            "You'll also love how little sugar it needs and how long it keeps.",
            "Easy lemon bars for a crowd",
            "How to zest a lemon without a grater",
        ];
        assert_eq!(kept(&sentence), [true; 5]);
    }

    #[test]
    fn keeps_a_line_that_only_opens_with_a_label_s_words() {
        // A quote with an emoji, a link to one story, a sentence, a label with too much beside it.
        for line in [
            "“Popular posts are doing well” ✅",
            "Related reading: the budget in full",
            "Related posts are linked below.",
            "You might also like to know that the park opens again in May",
            "Latest articles on the bridge disagree about what the repairs will cost.",
        ] {
            let texts = [
                "Budget passes",
                PARA_1,
                line,
                "Ten parks to visit this spring",
                "Why the bridge closed for a year",
            ];
            assert_eq!(kept(&texts), [true; 5], "{line:?}");
        }
    }

    #[test]
    fn keeps_the_list_under_a_title_said_like_a_label() {
        let texts = [
            "Most popular films this week",
            "The Long Winter",
            "A House by the Sea",
            PARA_1,
        ];
        assert_eq!(kept(&texts), [true; 4]);
    }

    /// Two paragraphs of an article, each longer than a card's teaser.
    const LONG_1: &str = "The council approved the budget on Monday after a debate in the chamber that \
        lasted well into the night, with members arguing over the cost of the bridge, the schools and the \
        roads, and the mayor warning that the city could not go on borrowing to pay for repairs that should \
        have been made years ago.";
    const LONG_2: &str = "Schools and roads get more money than last year, the mayor told reporters \
        after the vote, while the parks department loses a tenth of its funds and the library will open on \
        Sundays only in the winter months, a change that drew protests from parents outside the town hall \
        before the meeting began.";

    /// A list of cards under "Recommended reading": headlines, each with its teaser.
    const CARDS: [&str; 5] = [
        "Recommended reading",
        "Ten parks to visit this spring",
        "Our pick of the city's green spaces, from the riverside gardens to the old cemetery.",
        "Why the bridge closed for a year",
        "The story of the floods, the inspections and the long wait for repairs.",
    ];

    #[test]
    fn removes_a_list_of_cards_at_the_document_s_foot() {
        let mut texts = vec!["Budget passes", LONG_1, LONG_2];
        texts.extend(CARDS);
        assert_eq!(
            kept(&texts),
            [true, true, true, false, false, false, false, false]
        );
        // A card's byline and date are short lines of the card too.
        let mut dated = vec!["Budget passes", LONG_1, LONG_2];
        dated.extend(CARDS);
        dated.extend(["Jane Doe", "May 4, 2024 · 5 min read"]);
        assert_eq!(kept(&dated)[3..], [false; 7]);
    }

    #[test]
    fn keeps_the_last_cards_of_a_listing() {
        // A front page's text: cards from its top, then more of them under a label.
        let mut texts = vec![
            "Top stories",
            "Bridge reopens after a year",
            "Traffic returned to the old crossing on Monday morning.",
            "Schools close for the storm",
            "Classes move online for two days as the wind picks up.",
        ];
        texts.extend(CARDS);
        assert_eq!(kept(&texts), [true; 10]);
    }

    #[test]
    fn keeps_cards_the_article_goes_on_after() {
        // Prose after the list: the cards are not at the document's foot.
        let mut texts = vec!["Budget passes", LONG_1, LONG_2];
        texts.extend(CARDS);
        texts.push(PARA_2);
        assert_eq!(kept(&texts), [true; 9]);
    }

    #[test]
    fn keeps_sections_of_the_article_under_a_label() {
        // Two sentences in a row under a subheading: the article's own section, not a teaser.
        let texts = [
            "Budget passes",
            LONG_1,
            LONG_2,
            "Recommended reading",
            "Books for the long winter",
            "The library lists three novels set in the valley.",
            "Each is on loan at the branch in the old town hall, free to members.",
            "Films for the holidays",
            "The cinema shows two of them again in December.",
        ];
        assert_eq!(kept(&texts), [true; 9]);
        // A paragraph right under the label introduces the list: no card.
        let intro = [
            "Budget passes",
            LONG_1,
            LONG_2,
            "Recommended reading",
            "The library chose these books for the winter.",
            "Books for the long winter",
            "Films for the holidays",
        ];
        assert_eq!(kept(&intro)[..5], [true; 5]);
    }

    #[test]
    fn keeps_sentences_under_a_label() {
        let texts = [
            "Budget passes",
            PARA_1,
            "You might also like",
            "The parks open again in spring.",
            "The bridge closed for a year.",
        ];
        assert_eq!(kept(&texts), [true; 5]);
    }
}
