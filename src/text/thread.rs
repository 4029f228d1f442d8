//! Comment threads in a page's text: replies, each under a line that signs it with a name, a date and a
//! time ("Amy September 11, 2008 at 2:06 PM", "Posted by: Karl at December 19, 2025 09:28 AM"), or
//! each closed by its "Reply" button's line, under a comment section's heading.

use crate::block::Block;
use crate::measure::word_count;
use rustc_hash::FxHashSet;
use std::borrow::Cow;

/// Replies a thread needs before it is one: two signed lines can be an article's own (a letter and
/// its answer).
const MIN_REPLIES: usize = 3;

/// Different names the replies must be signed with: a live blog signs its entries with a time and one
/// or two reporters' names; a thread's replies come from many people.
const MIN_NAMES: usize = 3;

/// Words of prose that must stand before the first reply: the thread follows an article.
const MIN_ARTICLE_WORDS: usize = 100;

/// Words a signature line has at most: a name, a date and a time, and a word or two around them.
const MAX_SIGNATURE_WORDS: usize = 16;

/// Words a block needs to read as a reply's text under its signature.
const MIN_REPLY_WORDS: usize = 3;

/// Words a block needs to count as the article's prose before the thread.
const MIN_PROSE_WORDS: usize = 8;

/// Words around a signature's name that are not the name: the verbs and prepositions of "Posted by …
/// on … at …", and the names of days and months. English: other languages' signatures keep a word or
/// two of their own in the name, the same in every reply, so the names still differ by the person.
const NOT_A_NAME: &[&str] = &[
    "posted",
    "by",
    "on",
    "at",
    "the",
    "updated",
    "published",
    "edited",
    "reply",
    "says",
    "said",
    "wrote",
    "today",
    "yesterday",
    "am",
    "pm",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

/// Month names and their abbreviations, English, for reading a date.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Where a comment thread starts among `blocks` (within `range`): the first of at least
/// [`MIN_REPLIES`] signature lines under a comment section's heading, each with a reply under it,
/// signed with at least [`MIN_NAMES`] different names ([`signed_thread_start`]), or the first of
/// the replies closed by their buttons ([`answered_thread_start`]); the heading stands after at
/// least [`MIN_ARTICLE_WORDS`] words of prose. `None` when there is none.
pub(crate) fn comment_thread_start(
    blocks: &[Block],
    range: std::ops::Range<usize>,
) -> Option<usize> {
    let end = range.end.min(blocks.len());
    let signed = signed_thread_start(blocks, range.start, end);
    let answered = answered_thread_start(blocks, range.start..end);
    match (signed, answered) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Where a thread of signed replies starts among `blocks[start..end]`: the first signed reply (see
/// [`signature`]) after the article's first [`MIN_ARTICLE_WORDS`] words of prose, under a comment
/// section's heading that stands there too, when at least [`MIN_REPLIES`] signed replies follow from
/// it, signed with at least [`MIN_NAMES`] names. Signatures within the article's opening do not count
/// (its headline over its dateline reads as a name over a date); a line naming the discussion above a
/// forum thread's first post ("Continuing the discussion from …") heads no comments. Only the heading
/// before the first reply is asked: a short reply that speaks of the discussion heads nothing. When
/// the opening is signed in the replies' form, the text is a forum's thread ("Pepper Pot" over "Jun
/// 7, 2017 at 8:28 pm" over the first post, "76 Replies", the replies signed alike): its posts stay.
fn signed_thread_start(blocks: &[Block], start: usize, end: usize) -> Option<usize> {
    let article_end = article_end(blocks, start, end)?;
    let mut first: Option<(usize, SignatureForm)> = None;
    let mut replies = 0;
    let mut names: FxHashSet<String> = FxHashSet::default();
    for i in article_end..end {
        let Some(signed) = signature(blocks, i, end) else {
            continue;
        };
        let replied = blocks
            .get(signed.reply)
            .is_some_and(|b| signed.reply < end && word_count(&b.text) >= MIN_REPLY_WORDS);
        if replied {
            first.get_or_insert((i, signed.form));
            replies += 1;
            names.insert(signed.name);
        }
    }
    let (first, form) = first?;
    // The opening post signed as the replies are: a forum's thread, whose posts are the content.
    let opens_signed_alike = (start..article_end)
        .any(|i| signature(blocks, i, end).is_some_and(|signed| signed.form == form));
    (replies >= MIN_REPLIES
        && names.len() >= MIN_NAMES
        && !opens_signed_alike
        && comments_heading_at(blocks, article_end, first).is_some())
    .then_some(first)
}

/// The first block from which at least [`MIN_ARTICLE_WORDS`] words of prose stand before it, from
/// `start` on: a comment section's heading at or after it follows an article. `None` when the text
/// holds less prose.
fn article_end(blocks: &[Block], start: usize, end: usize) -> Option<usize> {
    let mut words = 0;
    (start..end).find_map(|i| {
        let block_words = word_count(&blocks[i].text);
        if block_words >= MIN_PROSE_WORDS {
            words += block_words;
        }
        (words >= MIN_ARTICLE_WORDS).then_some(i + 1)
    })
}

/// Words a reply's button line has at most: "Reply", "Reply to This Share", "Reply to Sara Lee".
const MAX_ACTION_WORDS: usize = 5;

/// Bytes a reply's button line has at most: [`MAX_ACTION_WORDS`] words, with room for long names.
const MAX_ACTION_BYTES: usize = 160;

/// Blocks between two replies' button lines at most: a reply's name, date and paragraphs, and the
/// replies collapsed under it.
const MAX_REPLY_GAP: usize = 40;

/// The word of a reply's button, lower case, in the languages copydesk reads.
const REPLY_WORDS: &[&str] = &[
    "reply",
    "antworten",
    "répondre",
    "responder",
    "rispondi",
    "beantwoorden",
    "odpowiedz",
    "ответить",
    "svara",
    "yanıtla",
];

/// A reply button's line: a short line ([`MAX_ACTION_WORDS`]) that opens with one of [`REPLY_WORDS`]
/// ("Reply", "Reply to This", "Reply ↓"), or two words that end with it ("Like Reply"). "Leave a
/// Reply", a comment form's heading, is none.
fn is_reply_button(text: &str) -> bool {
    // Most blocks are longer than a button's few words: passed over before any word is copied.
    if text.len() > MAX_ACTION_BYTES || text.contains('\n') {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_ACTION_WORDS + 1)
        .map(str::to_lowercase)
        .collect();
    let is_reply = |w: &String| REPLY_WORDS.contains(&w.as_str());
    match words.as_slice() {
        [] => false,
        [_, second] if is_reply(second) => true,
        [first, ..] => words.len() <= MAX_ACTION_WORDS && is_reply(first),
    }
}

/// Where a thread of answered replies starts within `range`: at least [`MIN_REPLIES`] reply buttons'
/// lines ([`is_reply_button`]), each after a block of a reply's text and at most [`MAX_REPLY_GAP`]
/// blocks after the one before, under a comment section's heading standing at most
/// [`HEADING_WINDOW`] blocks above the first, after an article ([`MIN_ARTICLE_WORDS`]). The thread
/// starts after the heading, which the cleaners judge. `None` when there is none.
fn answered_thread_start(blocks: &[Block], range: std::ops::Range<usize>) -> Option<usize> {
    let mut first: Option<usize> = None;
    let mut last: Option<usize> = None;
    let mut replies = 0;
    for i in range.clone() {
        if !is_reply_button(&blocks[i].text) {
            continue;
        }
        let from = last.map_or(i.saturating_sub(HEADING_WINDOW).max(range.start), |l| l + 1);
        let answered = blocks[from..i]
            .iter()
            .any(|b| word_count(&b.text) >= MIN_REPLY_WORDS);
        if last.is_some_and(|l| i - l > MAX_REPLY_GAP) {
            if replies >= MIN_REPLIES {
                break;
            }
            first = None;
            replies = 0;
        }
        last = Some(i);
        if answered {
            first.get_or_insert(i);
            replies += 1;
        }
    }
    let first = first.filter(|_| replies >= MIN_REPLIES)?;
    let heading = comments_heading_at(blocks, range.start, first)?;
    let article_end = article_end(blocks, range.start, range.end)?;
    (heading >= article_end).then_some(heading + 1)
}

/// Blocks before a thread's first reply in which its heading is looked for: the heading, the comment
/// count, a sort menu, a form's fields.
const HEADING_WINDOW: usize = 20;

/// Words a comment section's heading has at most when the comment word may stand anywhere in it:
/// "124 Reader Comments", "Join the discussion".
const MAX_HEADING_WORDS: usize = 12;

/// Words a heading that opens with its comment word (in its first [`HEADING_LEAD_WORDS`]) has at most:
/// WordPress's "15 Replies to “…”" and "12 thoughts on “…”" quote the article's whole title.
const MAX_TITLED_HEADING_WORDS: usize = 40;

/// Words at the start of a heading in which [`MAX_TITLED_HEADING_WORDS`] allows the comment word.
const HEADING_LEAD_WORDS: usize = 3;

/// Words that name a comment section in its heading ("39 Comments", "Reader Interactions", "4
/// Responses", "12 thoughts on “…”", "Kommentare"), lower case, in the languages copydesk reads. A
/// forum thread's posts are the page's content and have no such heading above the replies: its text is
/// not cut.
const COMMENTS_WORDS: &[&str] = &[
    "comment",
    "comments",
    "responses",
    "replies",
    "thoughts",
    "interactions",
    "discussion",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "comentário",
    "comentários",
    "commento",
    "commenti",
    "reacties",
    "komentarze",
    "komentarzy",
    "комментарии",
    "комментариев",
    "коментарі",
    "коментарів",
    "yorumlar",
    "تعليقات",
    "评论",
    "コメント",
    "댓글",
];

/// The last comment section's heading among the [`HEADING_WINDOW`] blocks before `first` (not before
/// `start`), if any.
fn comments_heading_at(blocks: &[Block], start: usize, first: usize) -> Option<usize> {
    let from = first.saturating_sub(HEADING_WINDOW).max(start);
    (from..first)
        .rev()
        .find(|&i| is_comments_heading(&blocks[i]))
}

/// Whether `block` is a comment section's heading: a short block with one of [`COMMENTS_WORDS`]
/// ([`MAX_HEADING_WORDS`]), or a longer one that opens with it ([`MAX_TITLED_HEADING_WORDS`]), the
/// word outside brackets ([`outside_brackets`]).
fn is_comments_heading(block: &Block) -> bool {
    let words = word_count(&block.text);
    let unbracketed = outside_brackets(&block.text);
    let names_comments_within = |within: usize| {
        unbracketed
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .take(within)
            .any(|word| COMMENTS_WORDS.contains(&word.to_lowercase().as_str()))
    };
    (words <= MAX_HEADING_WORDS && names_comments_within(words))
        || (words <= MAX_TITLED_HEADING_WORDS && names_comments_within(HEADING_LEAD_WORDS))
}

/// `text` without what stands in round or square brackets: "Full Story (comments: 133)" is a link to
/// a story with its comment count, not a comment section's heading ("Comments (133)" still is).
fn outside_brackets(text: &str) -> Cow<'_, str> {
    if !text.contains(['(', '[']) {
        return Cow::Borrowed(text);
    }
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// The signature that block `i` opens, if any: the name it is signed with and the index of the reply
/// under it. A signature is one line with a name, a date and a time ([`signature_name`]), or two:
/// WordPress's "Diana says" over a line with the date ([`says_name`], [`is_date_line`]), or a line with
/// only the name over one with the date and the time ([`name_line`], [`is_time_stamp_line`]).
fn signature(blocks: &[Block], i: usize, end: usize) -> Option<Signature> {
    let text = &blocks[i].text;
    if let Some(name) = signature_name(text) {
        return Some(Signature {
            name,
            reply: i + 1,
            form: SignatureForm::OneLine,
        });
    }
    let next = blocks.get(i + 1).filter(|_| i + 1 < end)?;
    let (name, form, dated) = match says_name(text) {
        Some(name) => (name, SignatureForm::Says, is_date_line(&next.text)),
        // The line under is asked first: most lines have no time under them, and reading a line
        // for a name costs more.
        None if is_time_stamp_line(&next.text) => {
            (name_line(text)?, SignatureForm::NameOverTime, true)
        }
        None => return None,
    };
    dated.then_some(Signature {
        name,
        reply: i + 2,
        form,
    })
}

/// A signature line (or two) and what it tells: the name, the index of the reply under it, its form.
struct Signature {
    name: String,
    reply: usize,
    form: SignatureForm,
}

/// The shapes a reply's signature takes ([`signature`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SignatureForm {
    /// A name, a date and a time on one line.
    OneLine,
    /// "Diana says" over a date.
    Says,
    /// A line with only the name over a date and a time.
    NameOverTime,
}

/// Words a line holding only a commenter's name has at most: "Emma", "Max Battcher", "Chris S".
const MAX_NAME_LINE_WORDS: usize = 3;

/// The name of a line that holds nothing but a name, folded to lower case: at most
/// [`MAX_NAME_LINE_WORDS`] words, each opening with a letter, no digit, and no sentence closed; a name
/// of several words has each open with a capital ("Max Battcher"), where one word may be a handle
/// ("rimelek"). Comment templates print the author's name over a line with the date and time; a
/// headline over its dateline has words in lower case ("Publizistische Sorgfaltspflicht statt …") or
/// more of them, and a subheading over a date has no time under it ([`is_time_stamp_line`]).
fn name_line(line: &str) -> Option<String> {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalized = |w: &&str| w.starts_with(char::is_uppercase);
    let plain = (1..=MAX_NAME_LINE_WORDS).contains(&words.len())
        && !line.contains('\n')
        && !line.ends_with(['.', '!', '?', ':', ';', ','])
        && !line.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| w.starts_with(char::is_alphabetic))
        && (words.len() == 1 || words.iter().all(capitalized));
    plain.then(|| line.to_lowercase())
}

/// A line with a date and a clock time and no name: "December 18, 2025, 9:59 pm", "3/12/2021 at
/// 10:02". At most [`MAX_DATE_LINE_WORDS`] words.
fn is_time_stamp_line(line: &str) -> bool {
    // A time holds a colon: most lines have none, and are passed over unread.
    memchr::memchr(b':', line.as_bytes()).is_some()
        && is_date_line(line)
        && signature_name(line).is_none()
        && line
            .split_whitespace()
            .any(|t| is_time(t.trim_matches(|c: char| !c.is_alphanumeric() && c != ':')))
}

/// Words a "… says" line has at most: a name of a few words and the verb.
const MAX_SAYS_WORDS: usize = 6;

/// The verbs that end the line naming a comment's author in WordPress's comment templates: "Diana
/// says", "Diana said:", "Diana wrote:". English.
const SAYS: &[&str] = &["says", "said", "wrote"];

/// The name of a "Diana Yardley says" line, folded to lower case: a short line that ends with one of
/// [`SAYS`] (and perhaps a colon), with a name before it.
fn says_name(line: &str) -> Option<String> {
    if line.contains('\n') || word_count(line) > MAX_SAYS_WORDS {
        return None;
    }
    let line = line.trim().trim_end_matches(':').trim_end();
    let (name, verb) = line.rsplit_once(' ')?;
    let name = name.trim();
    (SAYS.contains(&verb.to_lowercase().as_str())
        && name.starts_with(char::is_alphabetic)
        && !name.is_empty())
    .then(|| name.to_lowercase())
}

/// Words a line holding only a date (and perhaps a time) has at most.
const MAX_DATE_LINE_WORDS: usize = 8;

/// A short line with a date in it: "January 11, 2026", "11/01/2026 at 10:32 am".
fn is_date_line(line: &str) -> bool {
    !line.contains('\n')
        && word_count(line) <= MAX_DATE_LINE_WORDS
        && line
            .split_whitespace()
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
            .any(|t| {
                is_year(t) || is_numeric_date(t) || MONTHS.contains(&t.to_lowercase().as_str())
            })
}

/// The name a signature line is signed with, folded to lower case: the words before its date or time
/// that are not [`NOT_A_NAME`]. `None` when the line is no signature: longer than
/// [`MAX_SIGNATURE_WORDS`], over several lines, without both a date and a time, or without a name.
fn signature_name(line: &str) -> Option<String> {
    // A signature holds a time, and a time a colon: most lines have none, and are passed over unread.
    if memchr::memchr(b':', line.as_bytes()).is_none()
        || line.contains('\n')
        || word_count(line) > MAX_SIGNATURE_WORDS
    {
        return None;
    }
    let tokens: Vec<&str> = line
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    let (mut time, mut date) = (false, false);
    let mut name: Vec<String> = Vec::new();
    let mut in_name = true;
    for token in &tokens {
        let lower = token.to_lowercase();
        let is_time = is_time(token);
        let is_date = is_year(token) || is_numeric_date(token) || MONTHS.contains(&lower.as_str());
        time |= is_time;
        date |= is_date;
        if is_time || is_date || token.starts_with(|c: char| c.is_ascii_digit()) {
            in_name = false;
        } else if in_name
            && token.starts_with(char::is_alphabetic)
            && !NOT_A_NAME.contains(&lower.as_str())
        {
            name.push(lower);
        }
    }
    (time && date && !name.is_empty()).then(|| name.join(" "))
}

/// A clock time: one or two digits, a colon, two digits, and perhaps "am"/"pm" run on ("2:06", "10:30pm").
fn is_time(token: &str) -> bool {
    let Some((hours, rest)) = token.split_once(':') else {
        return false;
    };
    let minutes = rest.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (1..=2).contains(&hours.len())
        && hours.bytes().all(|b| b.is_ascii_digit())
        && minutes.len() == 2
        && minutes.bytes().all(|b| b.is_ascii_digit())
}

/// A year from 1900 to 2099.
fn is_year(token: &str) -> bool {
    token.len() == 4
        && (token.starts_with("19") || token.starts_with("20"))
        && token.bytes().all(|b| b.is_ascii_digit())
}

/// A date written in numbers: three groups of digits joined by `/`, `.` or `-` ("3/12/2021").
fn is_numeric_date(token: &str) -> bool {
    let parts: Vec<&str> = token.split(['/', '.', '-']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::BlockKind;

    const ARTICLE: &str = "The council voted on Monday to rebuild the old fish market that burned down two \
        winters ago, ending a long argument over what should replace it. The new hall will keep the old \
        timber frame where it can, the architect said, and will open its ground floor to stalls six days \
        a week. Work is due to begin in the spring and to take about eighteen months, the council's \
        leader told reporters after the vote, which passed by eleven votes to four. Traders who sold \
        from vans in the car park since the fire said they would move back in as soon as the doors open.";

    fn blocks(lines: &[&str]) -> Vec<Block> {
        lines
            .iter()
            .map(|t| Block::new(BlockKind::Paragraph, *t))
            .collect()
    }

    fn start(lines: &[&str]) -> Option<usize> {
        let blocks = blocks(lines);
        comment_thread_start(&blocks, 0..blocks.len())
    }

    #[test]
    fn replies_signed_by_several_people_are_a_thread() {
        let lines = [
            ARTICLE,
            "3 Comments",
            "Amy September 11, 2008 at 2:06 PM",
            "Very useful perspective, thanks for writing it up.",
            "Posted by: Karl Jansen at December 19, 2025 09:28 AM",
            "I disagree with the second point entirely.",
            "Lee Wasson 8/26/2022 at 2:15pm",
            "Great post, shared it with my team.",
        ];
        assert_eq!(start(&lines), Some(2));
    }

    #[test]
    fn wordpress_replies_under_a_says_line_and_a_date_are_a_thread() {
        let lines = [
            ARTICLE,
            "Reader Interactions",
            "Diana Yardley says",
            "January 11, 2026",
            "Thanks, this was an interesting read.",
            "Melissa says",
            "January 12, 2026",
            "Glad it helped, and enjoy the trip.",
            "Billy said:",
            "April 7, 2025",
            "Is the day trip worth it in winter?",
        ];
        assert_eq!(start(&lines), Some(2));
    }

    #[test]
    fn a_forum_thread_without_a_comments_heading_is_not_cut() {
        // A thread's first post, then its replies: the posts are the page's content.
        let lines = [
            ARTICLE,
            "rimelek November 8, 2024, 8:42pm 2",
            "Could you share the compose file you start the two containers with?",
            "ryshab November 9, 2024, 10:15am 3",
            "Same problem here since the last update, the resolver ignores the network.",
            "Onimir November 9, 2024, 6:30pm 4",
            "Putting both containers on one user-defined network fixed it for me.",
        ];
        assert_eq!(start(&lines), None);
        let mut with_heading = lines.to_vec();
        with_heading.insert(1, "3 Replies");
        assert_eq!(start(&with_heading), Some(2));
        let titled =
            "3 Replies to “Why the resolver ignores the network of two containers started \
            from one compose file after an update”";
        with_heading[1] = titled;
        assert_eq!(start(&with_heading), Some(2));
    }

    #[test]
    fn a_discussion_named_above_the_first_post_heads_no_comments() {
        // Discourse opens a thread split off another with "Continuing the discussion from …": the
        // line stands above the first post, not between an article and its comments.
        let lines = [
            "Continuing the discussion from Which resolver for two containers:",
            ARTICLE,
            "rimelek November 8, 2024, 8:42pm 2",
            "Could you share the compose file you start the two containers with?",
            "ryshab November 9, 2024, 10:15am 3",
            "Same problem here since the last update, the resolver ignores the network.",
            "Onimir November 9, 2024, 6:30pm 4",
            "Putting both containers on one user-defined network fixed it for me.",
        ];
        assert_eq!(start(&lines), None);
        let mut with_heading = lines.to_vec();
        with_heading.insert(2, "Join the discussion");
        assert_eq!(start(&with_heading), Some(3));
    }

    /// Three replies, each under a line with only its author's name over the date and the time.
    const NAME_OVER_TIME_REPLIES: [&str; 9] = [
        "Ruth Okafor",
        "March 4, 2025, 9:46 pm",
        "About time, the car park stalls were freezing all winter.",
        "Dev",
        "March 4, 2025, 9:59 pm",
        "Will the rents stay the same for the old traders?",
        "Sam K",
        "March 5, 2025 at 7:02 am",
        "Good news for the whole street.",
    ];

    #[test]
    fn replies_under_a_name_line_and_a_time_stamp_are_a_thread() {
        let lines = [
            &[ARTICLE, "12 Comments on “The fish market will be rebuilt”"][..],
            &NAME_OVER_TIME_REPLIES,
        ]
        .concat();
        assert_eq!(start(&lines), Some(2));
    }

    #[test]
    fn a_headline_over_its_dateline_above_the_article_does_not_hide_the_thread() {
        // The article's headline over its dateline reads as a name over a date and a time; the
        // thread under the comment heading, signed on one line each, is still found.
        let lines = [
            "Harbour Plans Approved",
            "7 June 2017, 11:19",
            ARTICLE,
            "3 Comments",
            "Ruth Okafor March 4, 2025 at 9:46 pm",
            "About time, the car park stalls were freezing all winter.",
            "Dev March 4, 2025 at 9:59 pm",
            "Will the rents stay the same for the old traders?",
            "Sam K March 5, 2025 at 7:02 am",
            "Good news for the whole street.",
        ];
        assert_eq!(start(&lines), Some(4));
    }

    #[test]
    fn a_forum_thread_whose_first_post_is_signed_as_its_replies_is_not_cut() {
        // A forum's thread: the first post under its author's name and time, the reply count as a
        // heading, the replies signed alike. The posts are the page's content.
        let opening = [
            "Pepper Pot",
            "March 4, 2025, 8:28 pm",
            ARTICLE,
            "76 Replies",
        ];
        let lines = [&opening[..], &NAME_OVER_TIME_REPLIES].concat();
        assert_eq!(start(&lines), None);
    }

    #[test]
    fn a_reply_that_speaks_of_the_discussion_heads_no_thread() {
        // A forum thread: the first post, then replies, one of them a short line about the
        // discussion. Without a heading before the first reply the posts are the page's content.
        let lines = [
            ARTICLE,
            "rimelek November 8, 2024, 8:42pm 2",
            "Could you share the compose file you start the two containers with?",
            "ryshab November 9, 2024, 10:15am 3",
            "Great discussion, thanks to all of you",
            "Onimir November 9, 2024, 6:30pm 4",
            "Putting both containers on one user-defined network fixed it for me.",
            "Dana November 10, 2024, 7:12am 5",
            "Same fix worked here after the update last week.",
        ];
        assert_eq!(start(&lines), None);
    }

    #[test]
    fn subheadings_over_datelines_without_a_time_are_no_signatures() {
        // An article's timeline: a short heading over a date, then the text. Without a clock time
        // under the name line nothing is signed, whatever heading stands above.
        let lines = [
            ARTICLE,
            "Responses to the plan",
            "First vote",
            "March 4, 2025",
            "The council approved the plan by eleven votes to four.",
            "Second vote",
            "April 2, 2025",
            "The budget passed after a short debate in the evening.",
            "Opening",
            "May 9, 2026",
            "The hall opened its doors to the first stalls.",
        ];
        assert_eq!(start(&lines), None);
        assert_eq!(name_line("Max Battcher"), Some("max battcher".to_string()));
        assert_eq!(name_line("Read more:"), None);
        assert_eq!(name_line("Top 10 picks"), None);
        assert_eq!(name_line("rimelek"), Some("rimelek".to_string()));
        assert_eq!(name_line("Sorgfaltspflicht statt Gesetz"), None);
        assert!(is_time_stamp_line("December 18, 2025, 9:59 pm"));
        assert!(!is_time_stamp_line("Amy September 11, 2008 at 2:06 PM"));
        assert!(!is_time_stamp_line("December 18, 2025"));
    }

    #[test]
    fn a_comment_count_in_brackets_heads_no_comments() {
        // A front page: each story's teaser closes with a link giving its comment count, and the
        // stories are signed by their editors; the count names no comment section.
        let lines = [
            ARTICLE,
            "Full Story (comments: 12)",
            "[Kernel] Posted March 5, 2026 19:13 UTC by Ann",
            "The release brings a new scheduler and drops two old drivers.",
            "[Security] Posted March 5, 2026 15:47 UTC by Bob",
            "A long-standing bug in the file system was fixed this week.",
            "[Events] Posted March 4, 2026 10:02 UTC by Cid",
            "The conference opens its call for papers until the end of May.",
        ];
        assert_eq!(start(&lines), None);
        // The same signatures under a heading that names the comments are a thread.
        let mut headed = lines.to_vec();
        headed[1] = "Comments (12)";
        assert_eq!(start(&headed), Some(2));
    }

    #[test]
    fn a_quotation_introduced_by_says_is_no_signature() {
        assert_eq!(says_name("The mayor says"), Some("the mayor".to_string()));
        assert_eq!(says_name("The report says the plan will cost more"), None);
        assert!(!is_date_line(
            "The vote was held in January after months of talks"
        ));
        assert!(is_date_line("January 11, 2026"));
    }

    #[test]
    fn a_live_blog_signed_with_times_alone_is_no_thread() {
        let lines = [
            ARTICLE,
            "December 3, 2026 10:32 AM",
            "The minister has arrived at the summit and is expected to speak shortly.",
            "Updated December 3, 2026 10:47 AM",
            "Talks have begun behind closed doors, officials said.",
            "December 3, 2026 11:05 AM",
            "A statement is expected before noon.",
        ];
        assert_eq!(start(&lines), None);
    }

    #[test]
    fn entries_signed_by_one_or_two_reporters_are_no_thread() {
        let lines = [
            ARTICLE,
            "Jane Smith December 3, 2026 10:32 AM",
            "The minister has arrived at the summit and is expected to speak shortly.",
            "Jane Smith December 3, 2026 10:47 AM",
            "Talks have begun behind closed doors, officials said.",
            "Tom Brown December 3, 2026 11:05 AM",
            "A statement is expected before noon.",
        ];
        assert_eq!(start(&lines), None);
    }

    #[test]
    fn signed_lines_without_an_article_before_them_are_no_thread() {
        let lines = [
            "Amy September 11, 2008 at 2:06 PM",
            "Very useful perspective, thanks for writing it up.",
            "Karl September 12, 2008 at 9:28 AM",
            "I disagree with the second point entirely.",
            "Lee September 13, 2008 at 2:15 PM",
            "Great post, shared it with my team.",
        ];
        assert_eq!(start(&lines), None);
    }

    /// An article, a comment section's heading, and `replies` replies each closed by its button.
    fn answered(heading: &'static str, replies: usize) -> Vec<&'static str> {
        let mut lines = vec![ARTICLE, "Share this article"];
        if !heading.is_empty() {
            lines.push(heading);
        }
        let thread = [
            (
                "Rene",
                "I tried the same route last summer and loved every minute of it.",
            ),
            (
                "Kat",
                "So glad to hear it, thanks for reading and for the kind words!",
            ),
            (
                "Michelle",
                "Is the ferry still running in October, or only in the summer?",
            ),
            (
                "Sam",
                "It runs until the end of October, with fewer crossings a day.",
            ),
        ];
        for (name, text) in thread.iter().take(replies) {
            lines.extend([*name, *text, "Reply"]);
        }
        lines
    }

    #[test]
    fn replies_closed_by_their_reply_buttons_under_a_heading_are_a_thread() {
        // The thread starts after the heading (left to the cleaners), at the first reply's name.
        assert_eq!(start(&answered("4 Comments", 4)), Some(3));
        assert_eq!(start(&answered("Join the discussion", 3)), Some(3));
    }

    #[test]
    fn reply_buttons_without_a_heading_or_too_few_are_no_thread() {
        // A forum's posts with their buttons: the page's content.
        assert_eq!(start(&answered("", 4)), None);
        // Two replies: a letter and its answer may be the article's own.
        assert_eq!(start(&answered("2 Comments", 2)), None);
    }

    #[test]
    fn a_reply_button_is_a_short_line_opening_with_reply() {
        for line in [
            "Reply",
            "Reply to This Share",
            "Reply ↓",
            "Like Reply",
            "Antworten",
        ] {
            assert!(is_reply_button(line), "{line}");
        }
        for line in [
            "Leave a Reply",
            "Leave a Reply Cancel reply",
            "Replies",
            "Reply to the minister's letter was sent on Monday by the council",
        ] {
            assert!(!is_reply_button(line), "{line}");
        }
    }

    #[test]
    fn a_signature_needs_a_name_a_date_and_a_time() {
        assert_eq!(
            signature_name("Amy September 11, 2008 at 2:06 PM").as_deref(),
            Some("amy")
        );
        assert_eq!(
            signature_name("Posted by: Karl Jansen at December 19, 2025 09:28 AM").as_deref(),
            Some("karl jansen")
        );
        assert_eq!(signature_name("September 11, 2008 at 2:06 PM"), None);
        assert_eq!(signature_name("Amy at 2:06 PM"), None);
        assert_eq!(signature_name("Amy September 11, 2008"), None);
        assert_eq!(
            signature_name("The meeting on September 11, 2008 began at 2:06 PM and ran for hours into the night with no end in sight at all"),
            None
        );
    }
}
