//! Finds the article in a whole page's text: the stretch of blocks richest in prose once the chrome
//! inside it is paid for, with the headline and lead-in above it.
//!
//! A scraper that hands over a page's visible text mixes the article with menus, section lists, related
//! headlines, comment threads and footers. Without markup, plain text still shows where the article is:
//! its paragraphs are long lines of running prose, while page chrome is short lines. Every block gets a
//! value: a block of prose (or a content list item) is worth its words (a long line that ends no
//! sentence half of them), a short block costs a word
//! and half a word per word of its own (a label line such as "Price: $175" nothing, and a long line of
//! names, a menu flattened into one line, nothing: it is no prose, see `name_run`), a section label
//! ("Related articles") costs a hundred words, and a comment form or counter cannot be crossed. The
//! article is the stretch of blocks with the highest total (the maximum-sum stretch, found in one
//! pass), extended upwards over the short blocks that introduce an article (headline, standfirst,
//! byline, dateline).
//!
//! So a menu of a hundred entries costs more than any teaser beside it is worth and is left out, while a
//! spec list, a pros-and-cons box or a table between two parts of an article costs less than the prose
//! around it and is kept: the cut is where the chrome outweighs the prose, not at a fixed distance from
//! the longest paragraph.
//!
//! Two more pieces of evidence move the cut: a line stamped with a clock time is a feed's item, not
//! prose (`stamped_line`), and when the text opens with the page's title, the prose right below the
//! title's headline is the article even where teasers elsewhere are richer (`title_anchor`).

use super::list_marks::{bullets_mark_menus, is_bulleted};
use super::name_run::is_run_of_names;
use super::stamped_line::is_stamped_teaser;
use super::title_anchor::title_headlines;
use crate::block::{Block, BlockKind};
use crate::document::BlockKey;
use crate::measure::char_table::letter;
use crate::measure::{ends_sentence, is_prose_counted, is_unspaced_script, word_count};
use crate::phrases::{fold, Category, Lang, PhraseMatch, COMMENT_FORM, TAG_LIST};
use std::ops::Range;

/// What a short block (a menu entry, a label, a line of a link list) costs the stretch that takes it in,
/// in words of prose, besides [`CHROME_WORD_COST`] per word: a menu of forty entries outweighs a
/// teaser's excerpt, while a subheading, an ad label or a caption credit costs little against the
/// paragraphs around it.
const CHROME_BLOCK_COST: f64 = 1.0;

/// What each word of a short block costs, in words of prose: a long line of links flattened into one
/// block costs by its length. Half a word, because an article's own short blocks (list entries, table
/// rows, spec lines) carry real words; measured on whole pages and article texts alike (see the
/// CHANGELOG), a full word cut more of such articles and a tenth of a word kept more chrome.
const CHROME_WORD_COST: f64 = 0.5;

/// What a section label ("Related articles", "Tags", "Most read") costs, in words of prose: what follows
/// one is usually teasers, so only a substantial continuation of the article (more than this many words
/// of prose) is taken in past it.
const SECTION_LABEL_COST: f64 = 100.0;

/// Share of a block's visible characters that must be letters for it to read as prose.
const MIN_LETTER_SHARE: f64 = 0.6;

/// Words (two characters each) a line of Chinese, Japanese or Thai needs to read as prose without a
/// sentence end.
const MIN_UNSPACED_PROSE_WORDS: usize = 12;

/// Blocks above the run that may belong to the article's lead-in: headline, standfirst, byline, dateline.
const MAX_LEAD_IN_BLOCKS: usize = 4;

/// Words past which a block above the run is not a lead-in line (a headline or standfirst is shorter).
const MAX_LEAD_IN_WORDS: usize = 60;

/// Words a lead-in block needs, unless it ends a sentence: one- and two-word lines above an article are
/// menu entries and labels.
const MIN_LEAD_IN_WORDS: usize = 3;

/// The blocks of the article in a page's blocks, as an index range, or `None` when no block reads as
/// prose (then there is nothing to locate by, and everything is kept).
///
/// # Examples
///
/// ```
/// use copydesk::text::{locate_body, split_blocks};
///
/// let page = "Home\nNews\nSport\nWeather\nCulture\nTravel\n\n\
///     Storm hits coast\n\n\
///     The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
///     Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
///     About us\nContact\nPrivacy\nTerms\nCareers\nAdvertise\n";
/// let blocks = split_blocks(page);
/// let body = locate_body(&blocks, None).unwrap();
/// assert_eq!(blocks[body.start].text, "Storm hits coast");
/// assert!(blocks[body.end - 1].text.starts_with("Crews worked"));
/// ```
pub fn locate_body(blocks: &[Block], lang: Option<Lang>) -> Option<Range<usize>> {
    let words: Vec<usize> = blocks.iter().map(|b| word_count(&b.text)).collect();
    locate_measured(&Measured::new(blocks, &words, None), lang)
}

/// Blocks with what the pipeline already knows of each: its [`word_count`] and, when at hand, its
/// key (folded text and phrase hits).
pub(crate) struct Measured<'a> {
    pub blocks: &'a [Block],
    pub words: &'a [usize],
    pub keys: Option<&'a [BlockKey]>,
    /// For each block, when at hand, whether a cleaner recognises it as cruft on its own: such a
    /// block of prose is worth nothing to a stretch (a cookie dialog's paragraphs are no article).
    pub cruft: Option<&'a [bool]>,
    /// Whether the text's bullets are a tool's, marking menus too ([`bullets_mark_menus`]): then a
    /// bulleted entry is no content list item.
    pub bullets_mark_menus: bool,
}

impl<'a> Measured<'a> {
    /// Blocks with their word counts (and keys, when at hand), no block taken for cruft yet.
    pub(crate) fn new(
        blocks: &'a [Block],
        words: &'a [usize],
        keys: Option<&'a [BlockKey]>,
    ) -> Self {
        Measured {
            blocks,
            words,
            keys,
            cruft: None,
            bullets_mark_menus: bullets_mark_menus(blocks, words),
        }
    }
}

impl Measured<'_> {
    /// [`reads_as_prose_counted`] for block `i`, from its key when at hand (judged once per block).
    fn reads_as_prose(&self, i: usize) -> bool {
        let judge = || reads_as_prose_counted(&self.blocks[i].text, self.words[i]);
        match self.keys.and_then(|keys| keys.get(i)) {
            Some(key) => key.located_prose(judge),
            None => judge(),
        }
    }

    /// Whether block `i` is prose a cleaner recognises as cruft ([`Measured::cruft`]).
    fn is_cruft(&self, i: usize) -> bool {
        self.cruft.and_then(|cruft| cruft.get(i)) == Some(&true)
    }

    /// The phrase of `category` that block `i` is, from its key when at hand.
    fn phrase(&self, i: usize, category: Category, lang: Option<Lang>) -> Option<PhraseMatch> {
        match self.keys.and_then(|keys| keys.get(i)) {
            Some(key) => category.pick(key.phrase_hits(&self.blocks[i]), lang),
            None => category.find(&fold(&self.blocks[i].text), lang),
        }
    }
}

/// [`locate_body`] on blocks measured beforehand.
pub(crate) fn locate_measured(m: &Measured<'_>, lang: Option<Lang>) -> Option<Range<usize>> {
    locate(m, lang, true)
}

/// [`locate_measured`] by the prose alone, without the page title's evidence: how the page reads
/// by its shape, which tells an article's text from a whole page's (the title's headline moves the
/// article, not the page's shape).
pub(crate) fn locate_by_prose(m: &Measured<'_>, lang: Option<Lang>) -> Option<Range<usize>> {
    locate(m, lang, false)
}

/// The located article, with the page title's evidence ([`below_title_headline`]) when `by_title`.
fn locate(m: &Measured<'_>, lang: Option<Lang>, by_title: bool) -> Option<Range<usize>> {
    let best = richest_stretch(m, lang)?;
    let below_title = by_title
        .then(|| below_title_headline(m, &best, lang))
        .flatten();
    // Below the title's headline nothing above the headline is the article's.
    let (best, top) = match below_title {
        Some((headline, run)) => (joined_below(run, best), headline),
        None => (best, 0),
    };
    let best = take_in_further_sections(m, best, top, lang);
    let start = lead_in_start(m, best.start, top, lang);
    Some(start..best.end)
}

/// The run below the title's headline, taking in the richest stretch `best` when that lies further
/// down: the rest of the same article, which chrome inside it (a product box, a lead form, "Read
/// more" labels) cut off from its opening. A richer stretch above the headline (a list of teasers
/// with their blurbs) stays out.
fn joined_below(run: Range<usize>, best: Range<usize>) -> Range<usize> {
    if best.start >= run.start {
        run.start..run.end.max(best.end)
    } else {
        run
    }
}

/// A block that ends a run of prose, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Marker {
    None,
    /// A section label: "Related articles", "Tags", "Most read". What follows is usually teasers, but
    /// sites also box related links inside an article.
    Section,
    /// A comment form or counter: what follows is readers', not the article's.
    Comments,
}

/// What block `i` is worth to a stretch of the article that takes it in, or `None` for a block no
/// stretch crosses (a comment form or counter).
fn block_value(m: &Measured<'_>, i: usize, lang: Option<Lang>) -> Option<f64> {
    if is_stamped_teaser(&m.blocks[i].text, m.words[i]) {
        // A feed's or a teaser list's line, however long: chrome.
        return Some(-(CHROME_BLOCK_COST + CHROME_WORD_COST * m.words[i] as f64));
    }
    if is_run_block(m, i) {
        if m.is_cruft(i) {
            // Prose a cleaner takes for cruft: neither the article's nor, by its shape, chrome.
            return Some(0.0);
        }
        let share = if is_run_on(&m.blocks[i]) {
            RUN_ON_SHARE
        } else {
            1.0
        };
        return Some(share * m.words[i] as f64);
    }
    // A figure's label, or a line of names (a menu flattened, or a table's row of names): neither the
    // article's prose nor, by its words alone, a page's chrome.
    if is_figure_label(&m.blocks[i].text) || is_run_of_names(&m.blocks[i].text, m.words[i]) {
        return Some(0.0);
    }
    match end_marker(m, i, lang) {
        Marker::Comments => None,
        Marker::Section => Some(-SECTION_LABEL_COST),
        // A label line is the article's data (a spec sheet, a fact box), not a menu's entry: like a
        // figure's label, it is worth nothing either way.
        Marker::None if is_label_line(&m.blocks[i].text) => Some(0.0),
        Marker::None => Some(-(CHROME_BLOCK_COST + CHROME_WORD_COST * m.words[i] as f64)),
    }
}

/// Share of its words a run-on line ([`is_run_on`]) is worth to a run of prose.
///
/// An article's paragraphs end their sentences; the long lines of a page that do not are mostly
/// other things: a teaser's blurb, a row of headlines flattened into one line, a picker's options.
/// Such a line still counts as prose (a long caption, an article's line that lost its full stop),
/// but at half its words it no longer draws the located article across a stretch of chrome to reach
/// it, nor outweighs a short article of full sentences.
const RUN_ON_SHARE: f64 = 0.5;

/// A block of prose without a sentence end, at its end or inside it (no ". "): a long line that reads
/// as prose by its length alone. A content list item is no run-on line (list entries often end without
/// a full stop), nor is a line of a script written without spaces (such blogs often end paragraphs
/// without a sentence mark).
fn is_run_on(block: &Block) -> bool {
    let text = &block.text;
    if block.kind == BlockKind::ListItem || ends_sentence(text) || text.contains(". ") {
        return false;
    }
    let (letters, _, unspaced) = letter_counts(text);
    unspaced * 2 <= letters
}

/// A label and its value on one line ("Price: $248", "Duration: 2 to 6 months", "Q: …"): the fact
/// boxes, spec sheets and schedules of an article come in such lines, a page's menus and link lists do
/// not (their entries are bare names).
fn is_label_line(text: &str) -> bool {
    let text = text.trim_end();
    text.find(": ")
        .is_some_and(|at| at > 0 && at + 2 < text.len())
}

/// The stretch of blocks with the highest total [`block_value`], from its first block of prose to its
/// last: the maximum-sum stretch, in one pass over the blocks (a stretch whose running total falls to
/// zero or below helps no stretch after it, which then starts afresh). Ties go to the first stretch.
fn richest_stretch(m: &Measured<'_>, lang: Option<Lang>) -> Option<Range<usize>> {
    let mut tally = Tally::default();
    for i in 0..m.blocks.len() {
        match block_value(m, i, lang) {
            Some(value) => {
                tally.add(i, value, true);
            }
            // A comment form: no stretch reaches across it.
            None => tally.restart(),
        }
    }
    tally.best.map(|(_, range)| range)
}

/// A stretch of blocks summed one block at a time ([`block_value`]), from its block of prose nearest
/// the walk's start: the running total, and the best total so far with its stretch. A total that
/// falls to nothing helps no stretch after it, which then starts afresh.
#[derive(Default)]
struct Tally {
    best: Option<(f64, Range<usize>)>,
    total: f64,
    first_prose: Option<usize>,
}

impl Tally {
    /// Adds block `i` of `value` (walking `forward`, or back); false when the total fell to nothing
    /// and the stretch starts afresh.
    fn add(&mut self, i: usize, value: f64, forward: bool) -> bool {
        if value > 0.0 {
            let from = *self.first_prose.get_or_insert(i);
            self.total += value;
            if self.best.as_ref().is_none_or(|(top, _)| self.total > *top) {
                let stretch = if forward { from..i + 1 } else { i..from + 1 };
                self.best = Some((self.total, stretch));
            }
        } else if self.first_prose.is_some() {
            self.total += value;
            if self.total <= 0.0 {
                self.restart();
                return false;
            }
        }
        true
    }

    /// Starts the stretch afresh (past a block no stretch crosses).
    fn restart(&mut self) {
        self.total = 0.0;
        self.first_prose = None;
    }
}

/// Blocks below the title's headline within which the article's first block of prose must start for
/// the headline to be the article's: a byline, a dateline, a caption and a share bar stand between.
const HEADLINE_REACH: usize = 12;

/// Words of prose the run below the title's headline needs to be taken for the article: a headline
/// repeated above a one-line blurb (a teaser of the article itself) is no article.
const MIN_HEADLINE_RUN_WORDS: f64 = 40.0;

/// The run of prose below the page title's headline ([`title_headlines`]), when the richest stretch
/// `best` lies elsewhere: the title names the article, so the prose right below its headline is the
/// article even where teasers beside it are richer. `None` when the page has no such headline, when
/// `best` already holds it or starts within [`HEADLINE_REACH`] blocks below it, or when no run of
/// [`MIN_HEADLINE_RUN_WORDS`] starts there.
fn below_title_headline(
    m: &Measured<'_>,
    best: &Range<usize>,
    lang: Option<Lang>,
) -> Option<(usize, Range<usize>)> {
    let headlines = title_headlines(m);
    let anchored =
        |h: usize| best.contains(&h) || (h < best.start && best.start <= h + HEADLINE_REACH);
    if headlines.is_empty() || headlines.iter().any(|&h| anchored(h)) {
        return None;
    }
    headlines
        .iter()
        .filter_map(|&h| Some((h, run_below(m, h, lang)?)))
        .filter(|(_, (value, _))| *value >= MIN_HEADLINE_RUN_WORDS)
        .max_by(|a, b| a.1 .0.total_cmp(&b.1 .0))
        .map(|(h, (_, run))| (h, run))
}

/// The richest run of blocks whose first block of prose stands within [`HEADLINE_REACH`] blocks below
/// block `h`, with its value: it ends where its total would fall to nothing, at a comment form or at
/// a section label.
fn run_below(m: &Measured<'_>, h: usize, lang: Option<Lang>) -> Option<(f64, Range<usize>)> {
    let mut tally = Tally::default();
    for i in h + 1..m.blocks.len() {
        if end_marker(m, i, lang) != Marker::None {
            break;
        }
        let Some(value) = block_value(m, i, lang) else {
            break;
        };
        if tally.first_prose.is_none() && value <= 0.0 && i >= h + HEADLINE_REACH {
            return None;
        }
        if !tally.add(i, value, true) {
            break;
        }
    }
    tally.best
}

/// What a further section of the article must be worth, as a share of the prose of the stretch found so
/// far, to be taken in across the short lines between them: a recipe's shopping list or a spec table
/// between two halves of an article costs more than either half, but the half beyond it is no teaser.
/// Half: a section label or a comment form in between still stops it, and a page's second run of prose
/// (an excerpt, a sidebar story) is worth much less than its article. Measured on whole pages and article
/// texts (see the CHANGELOG): a third also took in sidebars of whole pages.
const FURTHER_SECTION_SHARE: f64 = 0.5;

/// Blocks of prose a further section needs: a section of an article runs to several paragraphs, while a
/// lone paragraph beyond a menu may be a site's blurb.
const MIN_FURTHER_SECTION_PROSE: usize = 3;

/// The richest stretch of blocks in `range` next to the located article, walking away from it
/// (`forward`: from `range.start` on; else from `range.end` back), with its total value; the walk stops
/// at a section label or a comment form, which no section of the article lies beyond.
fn richest_beside(
    m: &Measured<'_>,
    range: Range<usize>,
    lang: Option<Lang>,
    forward: bool,
) -> Option<(f64, Range<usize>)> {
    let mut tally = Tally::default();
    let order: Box<dyn Iterator<Item = usize>> = if forward {
        Box::new(range)
    } else {
        Box::new(range.rev())
    };
    for i in order {
        if end_marker(m, i, lang) != Marker::None {
            break;
        }
        let Some(value) = block_value(m, i, lang) else {
            break;
        };
        tally.add(i, value, forward);
    }
    tally.best
}

/// The words of prose of the richest stretch outside `body`, before or after it (the walk stops at a
/// section label or a comment form, as [`richest_beside`] does): the run a reading of the text as a
/// page would give up. Teasers and comments beyond such a marker are no rival.
pub(crate) fn rival_run_words(m: &Measured<'_>, body: Range<usize>, lang: Option<Lang>) -> usize {
    let after = richest_beside(m, body.end..m.blocks.len(), lang, true);
    let before = richest_beside(m, 0..body.start, lang, false);
    [after, before]
        .into_iter()
        .flatten()
        .map(|(_, stretch)| {
            stretch
                .filter(|&i| is_run_block(m, i))
                .map(|i| m.words[i])
                .sum::<usize>()
        })
        .max()
        .unwrap_or(0)
}

/// Whether `range` holds at least [`MIN_FURTHER_SECTION_PROSE`] blocks of prose.
fn is_section(m: &Measured<'_>, range: Range<usize>) -> bool {
    range
        .filter(|&i| is_run_block(m, i))
        .nth(MIN_FURTHER_SECTION_PROSE - 1)
        .is_some()
}

/// The words of prose (the positive values) in `range`.
fn prose_worth(m: &Measured<'_>, range: Range<usize>, lang: Option<Lang>) -> f64 {
    range
        .filter_map(|i| block_value(m, i, lang))
        .filter(|value| *value > 0.0)
        .sum()
}

/// The richest stretch grown over the further sections of the article that short lines cut off from
/// it: a stretch beyond worth [`FURTHER_SECTION_SHARE`] of its prose, with at least
/// [`MIN_FURTHER_SECTION_PROSE`] blocks of prose and no section label or comment form in between, is
/// taken in, on either side (above, not past block `top`), until none is left. Each growth adds at
/// least half the worth, so it happens a few times at most.
fn take_in_further_sections(
    m: &Measured<'_>,
    mut best: Range<usize>,
    top: usize,
    lang: Option<Lang>,
) -> Range<usize> {
    loop {
        let mut grown = false;
        let worth = prose_worth(m, best.clone(), lang);
        if let Some((value, after)) = richest_beside(m, best.end..m.blocks.len(), lang, true) {
            if value >= FURTHER_SECTION_SHARE * worth && is_section(m, after.clone()) {
                best = best.start..after.end;
                grown = true;
            }
        }
        let worth = prose_worth(m, best.clone(), lang);
        if let Some((value, before)) = richest_beside(m, top..best.start, lang, false) {
            if value >= FURTHER_SECTION_SHARE * worth && is_section(m, before.clone()) {
                best = before.start..best.end;
                grown = true;
            }
        }
        if !grown {
            return best;
        }
    }
}

/// The blocks that a run of prose takes in ([`is_run_block`]), in order.
pub(crate) fn prose_blocks<'m>(m: &'m Measured<'_>) -> impl Iterator<Item = usize> + 'm {
    (0..m.blocks.len()).filter(move |&i| is_run_block(m, i))
}

/// True for a block that a run of prose takes in: one that reads as prose, or a content list item.
pub(super) fn is_run_block(m: &Measured<'_>, i: usize) -> bool {
    m.reads_as_prose(i) || is_content_list_item(m, i)
}

/// A figure's number or axis label ("$900", "’17", "0"): charts and tables inside an article leave runs
/// of them in page text, which must not count as chrome between two parts of the article.
fn is_figure_label(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).nth(1).is_none()
}

/// A list item with its bullet or number: naive page text keeps the markers of content lists, while
/// menus come out as bare lines. In a text whose tool bullets every list ([`bullets_mark_menus`]),
/// only a numbered entry is one: menus are bulleted there too, seldom numbered.
fn is_content_list_item(m: &Measured<'_>, i: usize) -> bool {
    let block = &m.blocks[i];
    block.kind == BlockKind::ListItem
        && m.words[i] >= MIN_LEAD_IN_WORDS
        && !(m.bullets_mark_menus && is_bulleted(&block.text))
}

/// Prose as the locator counts it: a sentence of some length, made mostly of letters (an archive list
/// "2016 十月 (1) 2016 八月 (1) …" is long but no prose). Lines of scripts without spaces need no
/// sentence end: blogs in Chinese and Japanese often end lines without one.
#[cfg(test)]
fn reads_as_prose(text: &str) -> bool {
    reads_as_prose_counted(text, word_count(text))
}

/// [`reads_as_prose`] for a text of `words` words.
fn reads_as_prose_counted(text: &str, words: usize) -> bool {
    let sentence = is_prose_counted(text, words) && !is_run_of_names(text, words);
    // Most lines of a page are too short for either test: they need no letter count.
    if !sentence && words < MIN_UNSPACED_PROSE_WORDS {
        return false;
    }
    let (letters, visible, unspaced) = letter_counts(text);
    if visible == 0 || (letters as f64) < MIN_LETTER_SHARE * visible as f64 {
        return false;
    }
    sentence || (unspaced * 2 > letters && words >= MIN_UNSPACED_PROSE_WORDS)
}

/// Letters, visible characters, and letters of scripts written without spaces, in `text`. Whitespace,
/// controls and the invisible format characters the normalizers take out are not visible: a block
/// reads the same before and after normalizing, so cleaning the output again changes nothing.
fn letter_counts(text: &str) -> (usize, usize, usize) {
    // ASCII bytes are counted over the whole text at once (other bytes count as neither); then each
    // other character is decoded at its leading byte (0xC0 or more), in the chunks that hold one.
    let bytes = text.as_bytes();
    let (mut letters, mut visible) = ascii_letters_and_visible(bytes);
    let mut unspaced = 0;
    if text.is_ascii() {
        return (letters, visible, unspaced);
    }
    for (k, chunk) in bytes.chunks(LEAD_CHUNK).enumerate() {
        if chunk.iter().fold(0, |max, &b| max.max(b)) < 0xC0 {
            continue;
        }
        for (i, _) in chunk.iter().enumerate().filter(|(_, &b)| b >= 0xC0) {
            let at = k * LEAD_CHUNK + i;
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                continue;
            };
            let facts = letter(c);
            if facts.invisible {
                continue;
            }
            visible += 1;
            if facts.alphabetic {
                letters += 1;
                unspaced += usize::from(is_unspaced_script(c));
            }
        }
    }
    (letters, visible, unspaced)
}

/// Bytes [`letter_counts`] looks at together for the leading bytes of non-ASCII characters.
const LEAD_CHUNK: usize = 32;

/// ASCII letters and visible ASCII characters (`!` to `~`) among `bytes`, counted 64 bytes at a time
/// into byte-wide counters: a loop the compiler turns into vector instructions.
fn ascii_letters_and_visible(bytes: &[u8]) -> (usize, usize) {
    let (mut letters, mut visible) = (0, 0);
    for chunk in bytes.chunks(64) {
        let (mut chunk_letters, mut chunk_visible) = (0u8, 0u8);
        for &b in chunk {
            chunk_letters += u8::from((b | 0x20).wrapping_sub(b'a') < 26);
            chunk_visible += u8::from(b.wrapping_sub(b'!') < b'~' - b'!' + 1);
        }
        letters += usize::from(chunk_letters);
        visible += usize::from(chunk_visible);
    }
    (letters, visible)
}

/// Words past which a block is no marker: markers are labels.
const MAX_MARKER_WORDS: usize = 12;

/// What kind of end marker a block is: a comment form or counter, a section label (an exact phrase of
/// the tag-list lists, not an open-ended one such as "read more {*}", which links inside articles use).
fn end_marker(m: &Measured<'_>, i: usize, lang: Option<Lang>) -> Marker {
    if m.words[i] > MAX_MARKER_WORDS {
        return Marker::None;
    }
    if m.phrase(i, COMMENT_FORM, lang).is_some() {
        Marker::Comments
    } else if m
        .phrase(i, TAG_LIST, lang)
        .is_some_and(|hit| !hit.phrase.contains('{'))
    {
        Marker::Section
    } else {
        Marker::None
    }
}

/// True for a comment form or counter, which no lead-in crosses.
fn is_end_marker(m: &Measured<'_>, i: usize, lang: Option<Lang>) -> bool {
    end_marker(m, i, lang) == Marker::Comments
}

/// How far above the run the article's lead-in reaches: up to [`MAX_LEAD_IN_BLOCKS`] blocks that read as
/// a headline, standfirst, byline or dateline, stopping at the first menu-like line. A one- or two-word
/// line right above the run counts only when the line above it is not short too (a short headline, not
/// the last entry of a menu). It reaches no higher than block `top`.
fn lead_in_start(m: &Measured<'_>, run_start: usize, top: usize, lang: Option<Lang>) -> usize {
    let mut start = run_start;
    for i in (run_start.saturating_sub(MAX_LEAD_IN_BLOCKS).max(top)..run_start).rev() {
        let block = &m.blocks[i];
        let words = m.words[i];
        let isolated_short_headline = i + 1 == run_start
            && words > 0
            && i.checked_sub(1)
                .is_none_or(|above| m.words[above] >= MIN_LEAD_IN_WORDS);
        let lead_in = words <= MAX_LEAD_IN_WORDS
            && (words >= MIN_LEAD_IN_WORDS
                || super::ends_sentence(&block.text)
                || isolated_short_headline)
            && !is_end_marker(m, i, lang)
            && !is_stamped_teaser(&block.text, words);
        if !lead_in {
            break;
        }
        start = i;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_blocks;

    const PARA: &str = "The council approved the new budget on Monday after a debate that lasted well into the night.";

    fn locate(text: &str) -> Vec<String> {
        let blocks = split_blocks(text);
        let range = locate_body(&blocks, None).unwrap();
        blocks[range].iter().map(|b| b.text.clone()).collect()
    }

    /// A blurb of a teaser: prose, but another story's.
    const TEASER: &str = "A long look at how the city's old harbour became a place to live, work and swim again after decades.";

    /// A page as a tool that bullets every list prints it (`inscriptis`, Markdown writers): the
    /// menus, a list of other stories' headlines, the article with a list of its own, a footer.
    fn bulleted_page(bullet: &str) -> String {
        let entries = [
            "Home", "News", "Sport", "Weather", "Culture", "Travel", "Food", "Video",
        ];
        let menu: String = entries.iter().map(|e| format!("{bullet}{e}\n")).collect();
        let headlines: String = [
            "Mayor backs the new tram line plan",
            "Storm leaves thousands without power",
            "Harbour swimming pool opens its doors",
            "School meals to be free from autumn",
            "Police name the man found in the river",
            "Rail strike called off after late talks",
        ]
        .iter()
        .map(|h| format!("{bullet}{h}\n"))
        .collect();
        format!(
            "{menu}\n{headlines}\nCouncil approves budget\n\n{PARA}\n\n\
             {bullet}Roads and bridges get more money\n{bullet}Libraries open on Sundays\n\n\
             {PARA}\n\n{menu}"
        )
    }

    #[test]
    fn a_tool_s_bulleted_headlines_are_no_content_list_while_the_article_s_list_stays() {
        // The headlines right above the article's may still be taken for its lead-in (a headline, a
        // standfirst: see `lead_in_start`), but the list is no part of the run of prose.
        let located = locate(&bulleted_page("  * "));
        assert!(
            !located.iter().any(|b| b.contains("Storm leaves thousands")),
            "{located:?}"
        );
        assert!(located.iter().any(|b| b == "Council approves budget"));
        assert!(located
            .iter()
            .any(|b| b.ends_with("Libraries open on Sundays")));
        assert_eq!(located.last().map(String::as_str), Some(PARA));
    }

    #[test]
    fn bullets_a_site_typed_beside_bare_menus_mark_content() {
        // The same headlines bulleted, the menus bare: a plain dump, where only the site's own lists
        // carry bullets, and a bulleted entry is content to the run.
        let page = bulleted_page("• ").replace("• Home\n• News", "Home\nNews");
        let page = page.replace(
            "• Sport\n• Weather\n• Culture\n• Travel\n• Food\n• Video\n",
            "Sport\nWeather\nCulture\nTravel\nFood\nVideo\n",
        );
        let located = locate(&page);
        assert!(
            located.iter().any(|b| b.contains("Storm leaves thousands")),
            "{located:?}"
        );
    }

    #[test]
    fn the_prose_below_the_title_headline_wins_over_richer_teasers_above_it() {
        let teasers = format!("{TEASER}\n\n").repeat(5);
        let menu = "Home\nNews\nSport\nWeather\nCulture\nTravel\nFood\nMusic\nFilm\nBooks\n";
        let page = format!(
            "Council approves budget | Herald\n\n{teasers}{menu}\nCouncil approves budget\n\n\
             By Ann Lee\n\n{PARA}\n\n{PARA}\n\n{PARA}\n\nShare\nPrint\n"
        );
        let located = locate(&page);
        assert_eq!(
            located.first().map(String::as_str),
            Some("Council approves budget")
        );
        assert_eq!(located.last().map(String::as_str), Some(PARA));
        assert!(!located.iter().any(|b| b == TEASER), "{located:?}");
        // Without a title that names it, the richer teasers are the located run.
        let untitled = page.replacen("Council approves budget | Herald", "Herald", 1);
        let located = locate(&untitled);
        assert!(located.iter().any(|b| b == TEASER) && !located.iter().any(|b| b == PARA));
    }

    #[test]
    fn the_article_below_the_title_headline_is_taken_in_whole_past_chrome_inside_it() {
        // The opening paragraph below the headline is outweighed by the menu-like lines of a product
        // box; the richer rest of the article below it belongs to it all the same.
        let product_box = "Best overall\nThe Acme One\nRating five\nShop now at Acme\n".repeat(6);
        let page = format!(
            "Council approves budget | Herald\n\nCouncil approves budget\n\n{PARA} {PARA} {PARA}\n\n\
             {product_box}\n{PARA}\n\n{PARA}\n\n{PARA}\n\n{PARA}\n"
        );
        let blocks = split_blocks(&page);
        let located = locate(&page);
        assert_eq!(
            located.first().map(String::as_str),
            Some("Council approves budget")
        );
        assert_eq!(located.len(), blocks.len() - 1);
        // Without a title that names it, the opening stays out.
        let untitled = page.replacen("Council approves budget | Herald", "Herald", 1);
        let opening = format!("{PARA} {PARA} {PARA}");
        assert!(!locate(&untitled).contains(&opening));
    }

    #[test]
    fn a_feed_of_stamped_headlines_is_no_run_of_prose() {
        // Each line of a live feed is long enough to read as prose; stamped with its time, it is
        // the feed's, and the shorter article is the located run.
        let feed: String = (10..20)
            .map(|minute| {
                format!("14:{minute} Ministers meet in the capital to discuss the next steps of the regional budget plan\n")
            })
            .collect();
        let page = format!("Latest\n{feed}\nBudget approved\n\n{PARA}\n\n{PARA}\n\nHome\nNews\n");
        let located = locate(&page);
        assert_eq!(located.first().map(String::as_str), Some("Budget approved"));
        assert!(!located.iter().any(|b| b.starts_with("14:")), "{located:?}");
    }

    #[test]
    fn prose_recognised_as_cruft_is_worth_nothing_to_the_located_article() {
        // Three paragraphs above a menu, two below: the three win, unless a cleaner has recognised
        // them as cruft (a consent dialog's text), when the two are the article.
        let text = format!(
            "{PARA}\n\n{PARA}\n\n{PARA}\n\nHome\nNews\nSport\nWeather\nCulture\n\n{PARA}\n\n{PARA}\n"
        );
        let blocks = split_blocks(&text);
        let words: Vec<usize> = blocks.iter().map(|b| word_count(&b.text)).collect();
        let located = |cruft: Option<&[bool]>| {
            locate_measured(
                &Measured {
                    cruft,
                    ..Measured::new(&blocks, &words, None)
                },
                None,
            )
        };
        assert_eq!(located(None), Some(0..3));
        let mut cruft = vec![false; blocks.len()];
        cruft[..3].fill(true);
        assert_eq!(located(Some(&cruft)), Some(8..10));
    }

    #[test]
    fn invisible_characters_do_not_change_how_a_block_reads() {
        // Soft hyphens and a zero-width space would pull the share of letters under the bar; the
        // normalizers take them out, and the block must read the same afterwards.
        let raw = "0!!!!! Ა!!0[!A0!Sergey Lavrov met Yury Ushakov -- in Kiev... SERGEI's \u{200b}pl\u{ad}an\u{ad}.";
        let normalized = raw.replace(['\u{200b}', '\u{ad}'], "");
        assert_eq!(letter_counts(raw), letter_counts(&normalized));
        assert_eq!(reads_as_prose(raw), reads_as_prose(&normalized));
    }

    #[test]
    fn ascii_counts_by_chunks_are_the_byte_tests() {
        let all: Vec<u8> = (0..=255)
            .chain(0..=255)
            .chain(b"The 2 cats, 64!".iter().copied())
            .collect();
        for end in [0, 1, 63, 64, 65, 300, all.len()] {
            let bytes = &all[..end];
            let letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
            let visible = bytes.iter().filter(|b| (b'!'..=b'~').contains(*b)).count();
            assert_eq!(
                ascii_letters_and_visible(bytes),
                (letters, visible),
                "{end}"
            );
        }
    }

    #[test]
    fn letters_are_counted_alike_on_every_path() {
        use crate::measure::is_format_character;
        // The counts by the Unicode tables alone, for comparison with the ASCII shortcuts.
        let by_tables = |text: &str| {
            let visible: Vec<char> = text
                .chars()
                .filter(|&c| !c.is_whitespace() && !is_format_character(c))
                .collect();
            let letters: Vec<&char> = visible.iter().filter(|c| c.is_alphabetic()).collect();
            let unspaced = letters.iter().filter(|c| is_unspaced_script(***c)).count();
            (letters.len(), visible.len(), unspaced)
        };
        for text in [
            "Plain words, 12 digits\tand\x0Ba vertical tab.",
            "Der Rat – „endlich“ – stimmte zu\u{a0}(93 %).",
            "東京都は月曜日、新しい予算を発表した。 Tokyo 2024",
            "Совет утвердил бюджет\u{2003}в понедельник.",
            "soft\u{ad}hyphen, zero\u{200b}width, a\u{1}control and a \u{200e}mark",
        ] {
            assert_eq!(letter_counts(text), by_tables(text), "{text}");
        }
    }

    #[test]
    fn menus_before_and_footers_after_are_outside() {
        let page = format!("Home\nWorld\nBusiness\nSport\nCulture\n\nCouncil budget passes\n\n{PARA}\n\n{PARA}\n\nAbout\nContact\nJobs\nPrivacy\nTerms\n");
        assert_eq!(locate(&page), ["Council budget passes", PARA, PARA]);
    }

    #[test]
    fn one_and_two_word_lines_above_the_article_are_menu_entries() {
        let page = format!("Home\nNews\n\n{PARA}\n\n{PARA}\n");
        assert_eq!(locate(&page), [PARA, PARA]);
    }

    #[test]
    fn a_short_subheading_inside_the_article_stays() {
        let page = format!("{PARA}\n\nWhat comes next\n\n{PARA}\n");
        assert_eq!(locate(&page).len(), 3);
    }

    #[test]
    fn a_comment_thread_after_a_comment_form_is_a_run_of_its_own() {
        let comment =
            "I think the council made the right call here, and I hope they stick to it next year.";
        let page = format!("Council budget passes\n\n{PARA}\n\n{PARA}\n\n{PARA}\n\nLeave a Reply\n\n{comment}\n\nreply\n\n{comment}\n");
        let kept = locate(&page);
        assert_eq!(kept.len(), 4);
        assert!(!kept.iter().any(|b| b == comment));
    }

    #[test]
    fn a_list_between_two_parts_of_an_article_is_kept() {
        let items = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n";
        let page = format!("{PARA}\n\n{PARA}\n\n{items}\n{PARA}\n\n{PARA}\n");
        assert_eq!(locate(&page).len(), 11);
    }

    #[test]
    fn a_spec_box_and_a_pros_and_cons_list_between_paragraphs_are_kept() {
        let specs = "Weight: 1 lb 2 oz\nPrice: $175\nCapacity: 250 lb\nLength: 11 ft\nFabric: ripstop nylon\nRating: 4.8/5\nWarranty: 2 years\nColours: green, grey\n";
        let pros = "Pros\nLight\nRoomy\nGood side pulls\nCons\nPricey\nFiddly cords\n";
        // The label lines cost nothing, the bare entries 12 words of prose (a word per line, half a
        // word per word): less than the paragraph after them is worth.
        let page = format!("{PARA}\n\n{specs}\n{pros}\n{PARA}\n");
        assert_eq!(locate(&page).len(), 17);
    }

    #[test]
    fn a_long_menu_costs_more_than_a_paragraph_beside_it_is_worth() {
        let menu: String = [
            "Best Tents",
            "Best Sleeping Bags",
            "Best Stoves",
            "Best Packs",
        ]
        .iter()
        .cycle()
        .take(12)
        .map(|entry| format!("{entry}\n"))
        .collect();
        let page = format!("{PARA}\n\n{menu}\n{PARA}\n\n{PARA}\n");
        assert_eq!(locate(&page), [PARA, PARA]);
        // One paragraph weighs more than a short menu: both parts are one article.
        let short_menu: String = menu.lines().take(3).map(|l| format!("{l}\n")).collect();
        assert_eq!(
            locate(&format!("{PARA}\n\n{short_menu}\n{PARA}\n")).len(),
            5
        );
    }

    #[test]
    fn label_lines_are_told_from_menu_entries() {
        assert!(is_label_line("Price: $248-$575"));
        assert!(is_label_line("Q: When does the office open?"));
        assert!(!is_label_line("Best Camping Hammocks"));
        assert!(!is_label_line("Pros:"));
        assert!(!is_label_line(": nothing before"));
    }

    #[test]
    fn a_long_table_between_two_halves_of_an_article_keeps_both() {
        // Forty rows of a shopping list cost more than either half of the recipe is worth.
        let rows: String = (1..=40)
            .map(|n| format!("Item number {n} 80g 160g\n"))
            .collect();
        let page = format!(
            "{PARA}\n\n{PARA}\n\n{PARA}\n\nShopping list\n\n{rows}\n{PARA}\n\n{PARA}\n\n{PARA}\n"
        );
        let kept = locate(&page);
        assert_eq!(kept.first().map(String::as_str), Some(PARA));
        assert_eq!(kept.last().map(String::as_str), Some(PARA));
        assert_eq!(kept.iter().filter(|b| *b == PARA).count(), 6);
        // One paragraph beyond the table is no section of its own: it stays out.
        let lone = format!("{PARA}\n\n{PARA}\n\n{PARA}\n\nShopping list\n\n{rows}\n{PARA}\n");
        assert_eq!(locate(&lone).iter().filter(|b| *b == PARA).count(), 3);
    }

    #[test]
    fn a_small_run_of_prose_beyond_a_long_menu_stays_out() {
        // A sidebar's excerpt is worth far less than half the article: the menu between stays a cut.
        let menu: String = (1..=40).map(|n| format!("Section {n}\n")).collect();
        let excerpt =
            "A sidebar story about something else entirely, told in one short excerpt here.";
        let page = format!("{PARA}\n\n{PARA}\n\n{PARA}\n\n{menu}\n{excerpt}\n");
        let kept = locate(&page);
        assert!(!kept.iter().any(|b| b == excerpt));
    }

    #[test]
    fn teasers_after_a_related_label_are_not_merged() {
        let teaser = "Another story about something else entirely, told in one short excerpt.";
        let page = format!("{PARA}\n\n{PARA}\n\n{PARA}\n\n{PARA}\n\nRelated articles\n\nOther headline\n\n{teaser}\n");
        let kept = locate(&page);
        assert!(!kept.iter().any(|b| b == teaser));
    }

    #[test]
    fn an_archive_list_is_not_prose() {
        assert!(!reads_as_prose("2016 十月 (1) 2016 八月 (1) 2016 七月 (2) 2016 五月 (1) 2016 三月 (1) 2016 一月 (1) 2015 十二月 (2)"));
        assert!(reads_as_prose(
            "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣"
        ));
    }

    #[test]
    fn the_run_with_most_prose_wins() {
        let teaser = "A short teaser paragraph about another story entirely, with a full stop.";
        let menu = "Menu entry\n".repeat(31);
        let page = format!("{teaser}\n\n{menu}\n{PARA}\n\n{PARA}\n\n{PARA}\n");
        let kept = locate(&page);
        assert!(!kept.iter().any(|b| b == teaser));
    }

    #[test]
    fn a_run_on_line_is_a_long_line_that_ends_no_sentence() {
        let run_on = |kind, text: &str| is_run_on(&Block::new(kind, text));
        let line = "Council votes to keep the old pier open for another year after a long debate \
            Storm warning for the coast as high tides are expected";
        assert!(run_on(BlockKind::Paragraph, line));
        assert!(!run_on(BlockKind::Paragraph, &format!("{line}.")));
        assert!(!run_on(
            BlockKind::Paragraph,
            "The pier stays open. Storm warnings were issued for the coast on the weekend and beyond"
        ));
        // A list entry, or a line of a script written without spaces, may end without a full stop.
        assert!(!run_on(BlockKind::ListItem, line));
        assert!(!run_on(
            BlockKind::Paragraph,
            "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣"
        ));
    }

    #[test]
    fn no_prose_means_nothing_to_locate() {
        assert_eq!(locate_body(&split_blocks("Home\nNews\nSport"), None), None);
    }
}
