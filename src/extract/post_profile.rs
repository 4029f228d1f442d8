//! The lines forum software prints with every post of a thread: the poster's rank ("Senior Member"),
//! counters ("Posts: 4032", "29,553 posts", "518 helpful votes"), when they joined ("Joined: Mon Jan
//! 7, 2019") and the post's buttons ("Reply with quote", "Report inappropriate content"). A reader
//! of the thread reads the posts; these lines repeat under every one of them.
//!
//! The lines are read as such on a page known to be a thread, or on a page where at least
//! [`MIN_COUNTER_LINES`] of them carry a number: a thread whose type the page does not declare. On
//! an article, a line "Member" or "Joined 2019" alone is the article's own.

use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

use crate::phrases::fold;
use crate::{Block, BlockKind, Removal};

use super::tree::record;

/// Characters a profile line has at most: a rank, a counter, a join date with its time.
const MAX_CHARS: usize = 60;

/// Words a line opened by a profile label ("Joined", "Member since") has at most: the date and time
/// after the label.
const MAX_OPENED_WORDS: usize = 9;

/// Profile lines with a number that show a thread on a page that does not say it is one: one post
/// with its counters is two lines, three posts' make it a thread.
const MIN_COUNTER_LINES: usize = 3;

/// The shapes of `post_profile_labels.txt`: whole lines, the openings of lines (a number after
/// them) and the leads of lines as written (anything after them).
struct Shapes {
    whole: FxHashSet<String>,
    openings: Vec<String>,
    leads: Vec<String>,
}

static SHAPES: Lazy<Shapes> = Lazy::new(|| {
    let mut shapes = Shapes {
        whole: FxHashSet::default(),
        openings: Vec::new(),
        leads: Vec::new(),
    };
    for line in include_str!("post_profile_labels.txt").lines() {
        if let Some(shape) = line.strip_prefix("is ") {
            shapes.whole.insert(shape.to_string());
        } else if let Some(shape) = line.strip_prefix("opens ") {
            shapes.openings.push(format!("{shape} "));
        } else if let Some(lead) = line.strip_prefix("leads ") {
            shapes.leads.push(lead.to_string());
        }
    }
    shapes
});

/// What a block is to this rule.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Line {
    /// Not a profile line.
    Other,
    /// A profile line without a number (a rank, a button).
    Label,
    /// A profile line with a number (a counter, a join date).
    Counter,
}

/// Removes the profile lines of a thread's posts from `blocks` and records each (stage
/// `post-profile`): on any page when `thread` (the page is a forum thread), otherwise only when at
/// least [`MIN_COUNTER_LINES`] profile lines carry a number.
pub(crate) fn drop_profile_lines(
    blocks: &mut Vec<Block>,
    thread: bool,
    removals: &mut Vec<Removal>,
) {
    // Off a thread, only counters decide, and a counter holds a digit: blocks without one (most)
    // are passed over before any is folded.
    if !thread
        && blocks
            .iter()
            .filter(|b| {
                b.text.len() <= MAX_CHARS * 4
                    && may_hold_a_number(&b.text)
                    && line_of(b) == Line::Counter
            })
            .nth(MIN_COUNTER_LINES - 1)
            .is_none()
    {
        return;
    }
    let lines: Vec<Line> = blocks.iter().map(line_of).collect();
    let mut kept = Vec::with_capacity(blocks.len());
    for (block, line) in blocks.drain(..).zip(lines) {
        if line == Line::Other {
            kept.push(block);
            continue;
        }
        let span = block.span.as_ref().map(|s| (s.start, s.end));
        let why = "a forum post's profile line or button";
        record(removals, "post-profile", why, &block.text, span);
    }
    *blocks = kept;
}

/// Whether `text` may hold a number once folded: an ASCII digit, or a character folding may
/// turn into one.
fn may_hold_a_number(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit() || !b.is_ascii())
}

/// Whether `block` is a profile line, and of which sort.
fn line_of(block: &Block) -> Line {
    if matches!(block.kind, BlockKind::Preformatted | BlockKind::TableRow)
        || block.text.len() > MAX_CHARS * 4
        || block.text.chars().count() > MAX_CHARS
    {
        return Line::Other;
    }
    let shape = shape_of(&fold(&block.text));
    let numbered = shape.split(' ').any(|w| w == "#");
    let shapes = &*SHAPES;
    let opened = || {
        numbered
            && shape.split(' ').count() <= MAX_OPENED_WORDS
            && shapes
                .openings
                .iter()
                .any(|o| shape.starts_with(o.as_str()))
    };
    let profile = shapes.whole.contains(&shape) || opened() || is_led(&block.text, &shapes.leads);
    match (profile, numbered) {
        (false, _) => Line::Other,
        (true, false) => Line::Label,
        (true, true) => Line::Counter,
    }
}

/// Whether `text` opens with one of `leads` as written, up to case: a lead that ends in a letter
/// must end a word there ("Thread starter name", not "Thread starters").
fn is_led(text: &str, leads: &[String]) -> bool {
    let text = text.trim_start();
    leads.iter().any(|lead| {
        let Some(head) = text.get(..lead.len()) else {
            return false;
        };
        // Lower-casing allocates: only a head beyond ASCII needs it (the leads are lower case).
        if !head.eq_ignore_ascii_case(lead) && (head.is_ascii() || head.to_lowercase() != *lead) {
            return false;
        }
        let word_ends = lead.chars().last().is_none_or(|c| !c.is_alphanumeric());
        word_ends || text[lead.len()..].starts_with(char::is_whitespace)
    })
}

/// `folded` with each number ("4032", "1.2k" folded to "1 2k") written "#", numbers in a row as one.
fn shape_of(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let mut last_number = false;
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        let number = is_number(word);
        if number && last_number {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(if number { "#" } else { word });
        last_number = number;
    }
    out
}

/// Whether `word` is a number: digits, with a "k" or "m" of thousands or millions after them.
fn is_number(word: &str) -> bool {
    let digits = word.trim_end_matches(['k', 'm']);
    !digits.is_empty()
        && digits.len() + 1 >= word.len()
        && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Block {
        Block::new(BlockKind::Paragraph, text)
    }

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    const FIRST: &str = "I fired the glaze at cone six and it ran off the pot onto the shelf.";
    const SECOND: &str = "Your kiln runs hot at the top; try the lower shelf next time.";

    fn thread() -> Vec<Block> {
        vec![
            para("potter_jo"),
            para("Senior Member"),
            para("Posts: 4,032"),
            para("Joined: Mon Jan 7, 2019 9:12 pm"),
            para(FIRST),
            para("Reply with quote"),
            para("kilnwright"),
            para("12 posts · Joined 2024"),
            para("1.2k likes"),
            para(SECOND),
            para("Report inappropriate content"),
        ]
    }

    #[test]
    fn a_threads_profile_lines_and_buttons_go_the_posts_and_names_stay() {
        let mut blocks = thread();
        let mut removals = Vec::new();
        drop_profile_lines(&mut blocks, true, &mut removals);
        assert_eq!(texts(&blocks), ["potter_jo", FIRST, "kilnwright", SECOND]);
        assert_eq!(removals.len(), 7);
        assert!(removals.iter().all(|r| r.stage == "post-profile"));
    }

    #[test]
    fn counters_show_a_thread_the_page_does_not_declare() {
        let mut blocks = thread();
        let mut removals = Vec::new();
        drop_profile_lines(&mut blocks, false, &mut removals);
        assert_eq!(texts(&blocks), ["potter_jo", FIRST, "kilnwright", SECOND]);
    }

    #[test]
    fn an_articles_lines_that_read_like_labels_stay() {
        let mut blocks = vec![
            para("Member"),
            para("Joined 2019"),
            para("The club took in its hundredth member this spring, the secretary said."),
            para("Joined the board in 2019 after two decades running the regional office downtown"),
            para("Posts: the wooden ones last longer than the steel ones"),
            Block::new(BlockKind::TableRow, "Posts | 4032"),
        ];
        let before = blocks.clone();
        let mut removals = Vec::new();
        drop_profile_lines(&mut blocks, false, &mut removals);
        assert_eq!(blocks, before);
        // Even in a thread, prose and lines that only open with a label word stay.
        drop_profile_lines(&mut blocks, true, &mut removals);
        assert_eq!(blocks.len(), before.len() - 2);
        assert_eq!(
            texts(&blocks)[..2],
            [before[2].text.as_str(), before[3].text.as_str()]
        );
    }

    #[test]
    fn a_threads_reactions_attachments_and_board_links_go() {
        let mut blocks = vec![
            para("Thread starter potter_jo"),
            para(FIRST),
            para("Code: Select all"),
            para("Click to expand..."),
            para("View attachment 2029141"),
            para("Attachments"),
            para("(95.79 KiB) Downloaded 478 times"),
            para("Reactions: kilnwright, glazequeen and 3 others"),
            para("Top"),
            para(SECOND),
            para("Reactions: potter_jo"),
            para("Display posts from previous: All posts"),
            para("Return to \u{201c}Glazes and firing\u{201d}"),
            para("Join Date: Aug 2008"),
            para("Quote:"),
            para("Author"),
            para("1 person likes this."),
            para("Not open for further replies."),
        ];
        let mut removals = Vec::new();
        drop_profile_lines(&mut blocks, true, &mut removals);
        assert_eq!(texts(&blocks), [FIRST, SECOND]);
    }

    #[test]
    fn lines_that_merely_open_like_a_threads_buttons_stay() {
        let kept = [
            "Thread starters are asked to name the kiln",
            "Return to the kiln after it cools",
            "Reactions to the new glaze were mixed",
            "Top tips for a first firing",
            "Click to expand the photo of the shelf",
            "Quote of the day: fire slowly",
            "Author of the glaze book, signing at noon",
            "Join the date night class at the studio",
        ];
        let mut blocks: Vec<Block> = kept.iter().map(|t| para(t)).collect();
        let mut removals = Vec::new();
        drop_profile_lines(&mut blocks, true, &mut removals);
        assert_eq!(texts(&blocks), kept);
        // Off a thread, a line "Top" or "Attachments" is the article's own.
        let mut blocks = vec![para("Top"), para("Attachments"), para(FIRST)];
        drop_profile_lines(&mut blocks, false, &mut removals);
        assert_eq!(texts(&blocks), ["Top", "Attachments", FIRST]);
    }

    #[test]
    fn numbers_take_one_place_in_a_shape() {
        assert_eq!(shape_of("29 553 posts"), "# posts");
        assert_eq!(shape_of("1 2k likes"), "# likes");
        assert_eq!(shape_of("posts 4032"), "posts #");
        assert_eq!(
            shape_of("joined mon jan 7 2019 9 12 pm"),
            "joined mon jan # pm"
        );
        assert_eq!(shape_of("k9 unit"), "k9 unit");
    }

    #[test]
    fn every_shape_of_the_list_is_folded() {
        for shape in SHAPES.whole.iter().chain(SHAPES.openings.iter()) {
            let written = shape.replace('#', "7");
            assert_eq!(shape_of(&fold(&written)), shape.trim_end(), "{shape}");
        }
    }
}
