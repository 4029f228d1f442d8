//! What a box leaves behind in text when a cleaner takes its pitch or its form: the short lines that
//! stood in the box with it (its heading, its buttons, its "Be the first to know!").

use crate::block::{Block, BlockKind};
use crate::measure::{ends_sentence, word_count};
use crate::phrases::fold;
use crate::removal::Removal;
use rustc_hash::FxHashMap;

/// The stage name, in removal records and in
/// [`PipelineBuilder::remove`](crate::PipelineBuilder::remove), of text mode's removal of what a box
/// leaves when a cleaner takes its pitch or its form: the short lines that stood with it (its
/// heading, its buttons).
///
/// # Examples
///
/// ```
/// use copydesk::{Pipeline, BOX_REMNANT};
///
/// let text = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n\
///     Be the first to know!\n\nSign up for our newsletter\n\n\
///     The new rates take effect in May, the treasurer said.\n";
/// let article = Pipeline::default().clean_text(text)?;
/// assert!(article.removals.iter().any(|r| r.stage == BOX_REMNANT));
/// assert!(!article.text().contains("Be the first to know!"));
/// assert!(article.text().contains("the treasurer said."));
/// let kept = Pipeline::builder().remove(BOX_REMNANT).build()?.clean_text(text)?;
/// assert!(kept.text().contains("Be the first to know!"));
/// # Ok::<(), copydesk::Error>(())
/// ```
pub const BOX_REMNANT: &str = "box-remnant";

/// The stages whose removal marks a box of its own in the text: a newsletter's pitch, a form's consent
/// line, a comment form, a cookie or consent notice. The short lines beside what they took are the
/// box's heading and buttons. (Stages that take a single label or a link, "call-to-action",
/// "share-prompt", stand among the article's own short lines too often: not boxes.)
const BOX_STAGES: &[&str] = &[
    "newsletter-prompt",
    "consent-notice",
    "comment-form",
    "cookie-notice",
    "consent-dialog",
];

/// Times a box's text may be removed from one text: a box stands once or twice (above and below the
/// article); a label removed under item after item of a listing is the items' own.
const MAX_BOX_COPIES: usize = 3;

/// Words of a box's line at most: a heading or a button ("Get the best deals sent to your phone!").
const MAX_REMNANT_WORDS: usize = 12;

/// Words from which a line that calls out or asks is the article's rather than a box's heading
/// ("Be the first to know!" is a box's; "Why did the council wait until the spring to vote?" is not).
const MAX_SENTENCE_REMNANT_WORDS: usize = 6;

/// Short lines a box's line may stand from what was taken: a box holds a heading, a line of pitch and
/// a button or two, one under the other.
const MAX_REACH: usize = 2;

/// The indices of `blocks` that are what is left of a box a cleaner took part of: short lines (at most
/// [`MAX_REMNANT_WORDS`] words, no sentence with a full stop nor a call or question of more than
/// [`MAX_SENTENCE_REMNANT_WORDS`] words, no lead-in ending in a colon, not a
/// heading, list item, table row, quote or code) that stand next to a removal of a box's stage
/// ([`BOX_STAGES`]), or at most [`MAX_REACH`] such lines from one, with only such lines between.
/// Where a block stood is read from the spans: blocks and removals without one are passed over.
/// A text's first block is never a remnant when `first_is_title` (it is the headline).
pub(crate) fn box_remnants(
    blocks: &[Block],
    removals: &[Removal],
    first_is_title: bool,
) -> Vec<usize> {
    // Most texts have no box: no need to fold every removal's text, round after round.
    if !removals
        .iter()
        .any(|removal| BOX_STAGES.contains(&removal.stage))
    {
        return Vec::new();
    }
    let events = events(blocks, removals);
    let short: Vec<bool> = events
        .iter()
        .map(|event| match *event {
            Event::Kept(index, _) => is_box_line(&blocks[index]) && !(first_is_title && index == 0),
            // A line of a box taken in an earlier round still stands between its box and the next.
            Event::Remnant(_) => true,
            Event::Taken(_) => false,
        })
        .collect();
    let mut remnants: Vec<usize> = (0..events.len())
        .filter(|&at| {
            short[at]
                && (box_within(&events, &short, at, true) || box_within(&events, &short, at, false))
        })
        .filter_map(|at| match events[at] {
            Event::Kept(index, _) => Some(index),
            Event::Taken(_) | Event::Remnant(_) => None,
        })
        .collect();
    remnants.sort_unstable();
    remnants
}

/// A kept block (its index, where it starts), where a box's stage took something, or where an earlier
/// round took a box's line, in the text.
#[derive(Clone, Copy)]
enum Event {
    Kept(usize, usize),
    Taken(usize),
    Remnant(usize),
}

impl Event {
    fn start(self) -> usize {
        match self {
            Event::Kept(_, start) | Event::Taken(start) | Event::Remnant(start) => start,
        }
    }
}

/// The kept blocks and the removals of a box's stage, in the order they stood in the text. A removal
/// whose text was removed more than [`MAX_BOX_COPIES`] times is an item's label ("Comment" under every
/// teaser of a listing), not a box: the lines beside it are the items'.
fn events(blocks: &[Block], removals: &[Removal]) -> Vec<Event> {
    let mut copies: FxHashMap<String, usize> = FxHashMap::default();
    for removal in removals {
        *copies.entry(fold(&removal.text)).or_default() += 1;
    }
    let kept = blocks
        .iter()
        .enumerate()
        .filter_map(|(index, block)| Some(Event::Kept(index, block.span.as_ref()?.start)));
    let taken = removals
        .iter()
        .filter(|removal| BOX_STAGES.contains(&removal.stage))
        .filter(|removal| {
            copies
                .get(&fold(&removal.text))
                .copied()
                .unwrap_or_default()
                <= MAX_BOX_COPIES
        })
        .filter_map(|removal| Some(Event::Taken(removal.span.as_ref()?.start)));
    // Counted as the lines they were, so that a box's reach does not grow round after round.
    let remnants = removals
        .iter()
        .filter(|removal| removal.stage == BOX_REMNANT)
        .filter_map(|removal| Some(Event::Remnant(removal.span.as_ref()?.start)));
    let mut events: Vec<Event> = kept.chain(taken).chain(remnants).collect();
    events.sort_by_key(|event| event.start());
    events
}

/// Whether a box's removal stands on one side of the event at `at` (after it when `forward`), with at
/// most [`MAX_REACH`] short lines between, all of them a box's lines.
fn box_within(events: &[Event], short: &[bool], at: usize, forward: bool) -> bool {
    let mut lines = 0;
    let next = |i: usize| {
        if forward {
            i.checked_add(1)
        } else {
            i.checked_sub(1)
        }
    };
    let mut cursor = next(at);
    while let Some(i) = cursor.filter(|&i| i < events.len()) {
        match events[i] {
            Event::Taken(_) => return true,
            Event::Kept(..) | Event::Remnant(_) => {
                lines += 1;
                if lines > MAX_REACH || !short[i] {
                    return false;
                }
            }
        }
        cursor = next(i);
    }
    false
}

/// Whether `block` may be a line of a box: short, no long sentence, no part of the article's
/// structure (heading, list item, table row, quote, code), with a letter in it (a counter "4" or a
/// rating "5/5" is an item's, not a box's).
fn is_box_line(block: &Block) -> bool {
    if matches!(
        block.kind,
        BlockKind::Heading
            | BlockKind::ListItem
            | BlockKind::TableRow
            | BlockKind::Quote
            | BlockKind::Preformatted
    ) {
        return false;
    }
    let text = block.text.trim();
    let words = word_count(text);
    if words == 0 || words > MAX_REMNANT_WORDS || !text.chars().any(char::is_alphabetic) {
        return false;
    }
    // A sentence with a full stop is the article's, however short ("The vote was close."); a box's
    // lines call out ("Be the first to know!") or ask, briefly ("Want more?").
    if ends_with_full_stop(text)
        || (words > MAX_SENTENCE_REMNANT_WORDS && text.ends_with(['?', '!']))
    {
        return false;
    }
    // A line ending in a colon leads into what follows it: the article's list or paragraph.
    if text.ends_with(':') {
        return false;
    }
    !opens_like_a_list_item(text)
}

/// Whether `text` ends with a full stop, before any closing quote or bracket ("… said.”"), in any
/// script the crate reads ("会議は終わった。", Devanagari's danda): a sentence, as
/// [`ends_sentence`] reads one, that neither calls out nor asks.
fn ends_with_full_stop(text: &str) -> bool {
    ends_sentence(text)
        && text
            .trim_end_matches(|c: char| !c.is_alphanumeric() && !FULL_STOPS.contains(&c))
            .ends_with(FULL_STOPS)
}

/// The full stops of the scripts [`ends_sentence`] knows.
const FULL_STOPS: &[char] = &['.', '。', '｡', '।'];

/// Whether `text` opens as a list item written out in text: "1. ", "2) ", "• ", "- ", "* ".
fn opens_like_a_list_item(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let rest = &text[digits..];
    let marker = if digits > 0 {
        rest.starts_with(". ") || rest.starts_with(") ")
    } else {
        false
    };
    marker
        || ["• ", "- ", "* ", "– "]
            .iter()
            .any(|bullet| text.starts_with(bullet))
}

#[cfg(test)]
mod tests {
    use super::{box_remnants, is_box_line};
    use crate::block::{Block, BlockKind};
    use crate::pipeline::BOX_REMNANT;
    use crate::removal::{Reason, Removal};
    use crate::Pipeline;

    const FIRST: &str =
        "The council voted on Monday to rebuild the old fish market that burned down two \
        winters ago, ending a long argument over what should replace it.";
    const SECOND: &str =
        "Work is due to begin in the spring and to take about eighteen months, the \
        council's leader told reporters after the vote, which passed by eleven votes to four.";

    /// The blocks the pipeline keeps of `text` and the stages of what it removed.
    fn clean(text: &str) -> (String, Vec<&'static str>) {
        let article = Pipeline::default().clean_text(text).expect("an article");
        let stages = article.removals.iter().map(|r| r.stage).collect();
        (article.text(), stages)
    }

    /// Blocks of `lines` one after the other (each line and a blank line), with their spans.
    fn spanned(lines: &[&str]) -> Vec<Block> {
        let mut at = 0;
        lines
            .iter()
            .map(|line| {
                let mut block = Block::new(BlockKind::Paragraph, *line);
                block.span = Some(at..at + line.len());
                at += line.len() + 2;
                block
            })
            .collect()
    }

    /// `blocks` with the one at `index` taken by `stage`: the blocks left and the removal.
    fn take(
        mut blocks: Vec<Block>,
        index: usize,
        stage: &'static str,
    ) -> (Vec<Block>, Vec<Removal>) {
        let block = blocks.remove(index);
        let removal = Removal {
            stage,
            reason: Reason::Pattern("made up"),
            text: block.text,
            span: block.span,
        };
        (blocks, vec![removal])
    }

    #[test]
    fn removes_a_newsletter_box_s_heading_and_button() {
        let text = format!(
            "Market hall to be rebuilt\n\n{FIRST}\n\nBe the first to know!\n\n\
             Sign up for our newsletter\n\nNo spam, ever!\n\n{SECOND}\n"
        );
        let (kept, stages) = clean(&text);
        assert_eq!(
            kept,
            format!("Market hall to be rebuilt\n\n{FIRST}\n\n{SECOND}\n")
        );
        assert_eq!(stages.iter().filter(|s| **s == "box-remnant").count(), 2);
    }

    #[test]
    fn removes_the_lines_of_two_boxes_and_keeps_the_article_in_order() {
        let text = format!(
            "Market hall to be rebuilt\n\nBe the first to know!\n\nSign up for our newsletter\n\n\
             {FIRST}\n\nThe plans in pictures\n\n{SECOND}\n\nDon't miss out!\n\n\
             Sign up for our newsletter\n\nJoin now\n"
        );
        let article = Pipeline::default().clean_text(&text).expect("an article");
        assert_eq!(
            article.text(),
            format!("Market hall to be rebuilt\n\n{FIRST}\n\nThe plans in pictures\n\n{SECOND}\n")
        );
        let remnants: Vec<&str> = article
            .removals
            .iter()
            .filter(|r| r.stage == BOX_REMNANT)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(
            remnants,
            ["Be the first to know!", "Don't miss out!", "Join now"]
        );
        for removal in article.removals.iter().filter(|r| r.stage == BOX_REMNANT) {
            let span = removal.span.clone().expect("a span");
            assert_eq!(&text[span], removal.text);
        }
    }

    #[test]
    fn a_full_stop_of_another_script_ends_a_sentence_too() {
        // Short sentences ending in the full stops of CJK and Devanagari are the article's, as
        // "The vote was close." is; a call with "!" is a box's in any script.
        for line in [
            "投票は接戦だった。",
            "मतदान कड़ा रहा।",
            "The vote was close.”",
        ] {
            let block = Block::new(BlockKind::Paragraph, line);
            assert!(!is_box_line(&block), "{line}");
        }
        assert!(is_box_line(&Block::new(
            BlockKind::Paragraph,
            "今すぐ登録!"
        )));
        assert!(is_box_line(&Block::new(
            BlockKind::Paragraph,
            "Be the first to know!"
        )));
    }

    #[test]
    fn keeps_the_article_s_lines_beside_a_box() {
        // A lead-in ending in a colon, a numbered step and a sentence, however short, are the
        // article's own, box or not.
        let text = format!(
            "Market hall to be rebuilt\n\n{FIRST}\n\nSign up for our newsletter\n\n\
             Here is what the plan keeps:\n\n{SECOND}\n\nSign up for our newsletter\n\n\
             1. The old timber frame\n\n{SECOND}\n\nSign up for our newsletter\n\n\
             The stalls will open.\n\n{FIRST}\n"
        );
        let (kept, stages) = clean(&text);
        assert!(!stages.contains(&"box-remnant"), "{stages:?}");
        for line in [
            "Here is what the plan keeps:",
            "1. The old timber frame",
            "The stalls will open.",
        ] {
            assert!(kept.contains(line), "{line} missing from {kept}");
        }
    }

    #[test]
    fn keeps_short_lines_where_no_box_was_taken() {
        let text =
            format!("Market hall to be rebuilt\n\n{FIRST}\n\nBe the first to know!\n\n{SECOND}\n");
        let (kept, stages) = clean(&text);
        assert!(kept.contains("Be the first to know!"));
        assert!(stages.is_empty(), "{stages:?}");
    }

    #[test]
    fn reaches_two_short_lines_from_the_box_and_no_further() {
        let lines = [
            FIRST,
            "Deals",
            "Today only",
            "Get the best deals",
            "Sent to your phone",
            "Sign me up",
            SECOND,
        ];
        let (blocks, removals) = take(spanned(&lines), 5, "newsletter-prompt");
        // "Deals" has three short lines between it and the removal; the three under it are the box's.
        assert_eq!(box_remnants(&blocks, &removals, false), [2, 3, 4]);
    }

    #[test]
    fn keeps_lines_beside_the_removal_of_a_stage_that_is_no_box() {
        let lines = [FIRST, "Get the best deals", "Share this", SECOND];
        let (blocks, removals) = take(spanned(&lines), 2, "share-prompt");
        assert!(box_remnants(&blocks, &removals, false).is_empty());
    }

    #[test]
    fn keeps_a_listing_s_items_beside_a_label_removed_under_each() {
        let mut lines = Vec::new();
        for _ in 0..4 {
            lines.extend([
                "Comment",
                "Council to rebuild the market",
                "March 3, 2024",
                FIRST,
            ]);
        }
        let mut blocks = spanned(&lines);
        let mut removals = Vec::new();
        for at in (0..4).rev().map(|item| item * 4) {
            let (rest, taken) = take(blocks, at, "comment-form");
            blocks = rest;
            removals.extend(taken);
        }
        assert!(box_remnants(&blocks, &removals, false).is_empty());
        // Taken once, the same label marks a box.
        let (blocks, removals) = take(spanned(&lines[..4]), 0, "comment-form");
        assert_eq!(box_remnants(&blocks, &removals, false), [0, 1]);
    }

    #[test]
    fn the_reach_does_not_grow_round_after_round() {
        let lines = [
            FIRST,
            "Deals",
            "Hot",
            "Today only",
            "Get the best deals",
            "Sign me up",
            SECOND,
        ];
        let (mut blocks, mut removals) = take(spanned(&lines), 5, "newsletter-prompt");
        // Round one takes the three lines over the box; "Deals", three lines up, stays, and round
        // two, which counts the lines taken, finds nothing more.
        for index in box_remnants(&blocks, &removals, false).into_iter().rev() {
            let (rest, taken) = take(blocks, index, BOX_REMNANT);
            blocks = rest;
            removals.extend(taken);
        }
        assert_eq!(blocks.len(), 3);
        assert!(box_remnants(&blocks, &removals, false).is_empty());
    }

    #[test]
    fn keeps_prose_between_the_box_and_a_short_line() {
        let lines = ["Thanks for reading", SECOND, "Sign up", FIRST];
        let (blocks, removals) = take(spanned(&lines), 2, "newsletter-prompt");
        assert!(box_remnants(&blocks, &removals, false).is_empty());
    }

    #[test]
    fn keeps_the_headline() {
        let lines = ["Be the first to know", "Sign up", FIRST];
        let (blocks, removals) = take(spanned(&lines), 1, "newsletter-prompt");
        assert!(box_remnants(&blocks, &removals, true).is_empty());
        assert_eq!(box_remnants(&blocks, &removals, false), [0]);
    }
}
