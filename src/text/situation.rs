//! Tells the two situations of a text input apart: an article's own text (what a scraper's article
//! selector hands over, cruft inside) or a whole page's text (menus, link lists and footers around the
//! article).
//!
//! The evidence is the shape of the text. An article is mostly prose: its short blocks (a subheading, an
//! ad label, a caption, a byline) stand alone or in pairs between paragraphs. A page's chrome comes in
//! *stretches* of short lines: a menu, a list of section links, a footer's columns. So the reader counts
//! the blocks that stand in such stretches — [`MIN_CHROME_STRETCH`] or more short blocks in a row. A text
//! is read as a page when half its blocks are such chrome and the article the locator finds in it holds
//! nearly all its prose, or when nine blocks in ten are chrome; when a long menu stands above the
//! prose; or when it carries a page's footer (three different stock footer links or rights lines,
//! whatever the shape of its lines). Anything else is read as an article, whose prose the locator
//! never cuts: a doubtful text is left to the cleaners.

use super::data_line::is_data_line;
use super::locate::{is_run_block, locate_by_prose, rival_run_words, Measured};
use crate::article::InputKind;
use crate::block::{Block, BlockKind};
use crate::measure::{ends_sentence, word_count};
use crate::phrases::Lang;

/// Short blocks in a row that make a stretch of page chrome (a menu, a footer column). An article's own
/// short blocks come one or two at a time; a list inside an article has its bullets, and list items with
/// bullets are content to the locator, not short blocks.
const MIN_CHROME_STRETCH: usize = 5;

/// Stretches of chrome a whole page has at least: a page's header menu and its footer are two. One
/// stretch of short lines is as often an article's own list without bullets (ingredients, steps).
const PAGE_MIN_STRETCHES: usize = 2;

/// Share of a text's blocks in stretches of chrome from which it may be a whole page: an article's text
/// has most of its blocks in or next to its paragraphs.
const PAGE_CHROME_SHARE: f64 = 0.4;

/// Share of the blocks of the stretches of chrome that must lie outside the article the locator finds:
/// a page's menus, link lists and footers stand around its article, while an article's own runs of
/// short lines (a spec list, ingredients, a table) stand between its paragraphs, inside what the
/// locator keeps.
const PAGE_CHROME_OUTSIDE_SHARE: f64 = 0.7;

/// Share of the short lines standing apart below which a text reads as a page's dump ([`short_lines_apart`]):
/// most of its short lines stand one under the other, as menus and link lists come out of a page's text,
/// where an article's labels and captions are paragraphs of their own.
const DUMPED_SHORT_LINES_APART: f64 = 0.6;

/// [`PAGE_CHROME_OUTSIDE_SHARE`] for a text of dumped shape: its chrome already looks like a page's, so
/// a third of the stretches lying outside the located article is enough (a page's sidebar and related
/// lists can sit between the article's sections, inside what the locator spans) — when the located
/// article holds [`DUMPED_LOCATED_PROSE_SHARE`] of the prose.
const DUMPED_CHROME_OUTSIDE_SHARE: f64 = 0.3;

/// Share of the prose the located article must hold for the looser [`DUMPED_CHROME_OUTSIDE_SHARE`]:
/// nearly all of it, so that reading the text as a page cuts chrome and not a long guide's sections.
const DUMPED_LOCATED_PROSE_SHARE: f64 = 0.9;

/// Short blocks before the first prose from which a text has a page's header: a menu of this many
/// entries or more above the article. An article's own text opens with a headline, a byline, a date
/// and perhaps a label or two.
const HEADER_MIN_BLOCKS: usize = 15;

/// [`PAGE_CHROME_OUTSIDE_SHARE`] for a text with a page's header ([`HEADER_MIN_BLOCKS`]): two stretches
/// in five lying outside the located article is enough (a page's sidebar and related lists can sit
/// between the article's sections, inside what the locator spans) — when the located article holds
/// [`HEADED_LOCATED_PROSE_SHARE`] of the prose.
const HEADED_CHROME_OUTSIDE_SHARE: f64 = 0.4;

/// Share of the prose the located article must hold for the looser [`HEADED_CHROME_OUTSIDE_SHARE`].
const HEADED_LOCATED_PROSE_SHARE: f64 = 0.85;

/// Share of the chrome's blocks that must lie outside the located article for a text with a page's
/// header ([`HEADER_MIN_BLOCKS`]) to be a page whatever its share of chrome
/// ([`Evidence::is_headed_page`]): nearly all of them.
const HEADED_PAGE_OUTSIDE_SHARE: f64 = 0.9;

/// Share of the prose the located article must hold for [`Evidence::is_headed_page`]: nearly all.
const HEADED_PAGE_LOCATED_PROSE_SHARE: f64 = 0.9;

/// Share of the text's prose the located article must hold: when the locator would leave out more than
/// half of it, the text is more likely an article of an unusual shape (a listicle, a guide of labelled
/// steps, a review with spec lines) than a page, and cutting its prose would do harm.
const PAGE_LOCATED_PROSE_SHARE: f64 = 0.5;

/// Share of a text's blocks in stretches of chrome from which it is led by chrome
/// ([`Evidence::is_chrome_led`]): half of them, where an article's own lists are a few stretches among
/// many paragraphs.
const CHROME_LED_SHARE: f64 = 0.5;

/// Share of the chrome's blocks that must lie outside the located article for a chrome-led page:
/// nearly all.
const CHROME_LED_OUTSIDE_SHARE: f64 = 0.9;

/// Share of the prose the located article must hold on a chrome-led page.
const CHROME_LED_LOCATED_PROSE_SHARE: f64 = 0.3;

/// Share of the located article's prose that the richest run beside it ([`Evidence::rival_run_words`])
/// stays under on a chrome-led page: the located run stands out, so the prose left out is scattered
/// among the chrome. A run beside it of some weight may be the article itself, and the text stays an
/// article.
const CHROME_LED_RIVAL_SHARE: f64 = 0.25;

/// Share of the short lines standing apart below which a chrome-led text reads as a page's dump by
/// its shape alone; from it on (a page exported a block per line, or an edited text) it needs
/// [`CHROME_LED_APART_MIN_MARKS`] and an article of its own ([`FRAMED_MIN_ARTICLE_WORDS`]).
const CHROME_LED_SHORT_LINES_APART: f64 = 0.7;

/// Different chrome marks ([`StockMarks::chrome`]) a chrome-led text whose short lines stand apart
/// needs to read as a page: a page exported a block per line keeps its share buttons, newsletter and
/// comment prompts and footer links, while an edited text whose lines stand apart
/// has at most one left — copydesk's own output of a page, cleaned again, has none or one in
/// 1,475 of the 1,480 WCXB pages it is not empty on.
const CHROME_LED_APART_MIN_MARKS: usize = 2;

/// Share of the short lines standing in a paragraph of their own from which a text reads as edited
/// into blocks — an article's text, or copydesk's own output — rather than a page's dump: a page's
/// visible text has its menus and link lists as lines one under the other, with no blank line between.
const EDITED_SHORT_LINES_APART: f64 = 0.95;

/// Short blocks before the first prose from which a text whose short lines all stand apart (edited
/// into blocks, [`EDITED_SHORT_LINES_APART`]) may still be a page: a page's text dumped with a blank
/// line after every line (`get_text("\n\n")`) has its whole menu above the article, dozens of lines,
/// where an article's text, and copydesk's own output, opens with a headline, a byline and a label or
/// two.
const EDITED_PAGE_MIN_LEAD_BLOCKS: usize = 20;

/// Share of an edited-looking page's words that its prose holds at least: a page's dump is mostly its
/// article, where a listing's or a shop's own text (copydesk's output of such a page, cleaned again)
/// is mostly its items' short lines.
const EDITED_PAGE_PROSE_SHARE: f64 = 0.5;

/// Share of the chrome's blocks outside the located article from which an edited-looking page need
/// not be mostly prose ([`EDITED_PAGE_PROSE_SHARE`]) when a footer of [`EDITED_PAGE_MIN_TAIL_BLOCKS`]
/// stands below the prose too: nearly all of its stretches stand around the article, as a page's menus
/// and footer do (a short article between a long menu and a footer, dumped with a blank line after
/// every line).
const EDITED_PAGE_OUTSIDE_SHARE: f64 = 0.9;

/// Short blocks after the last prose that make a page's footer for [`EDITED_PAGE_OUTSIDE_SHARE`]. A
/// listing's or a shop's own text (copydesk's output of such a page, cleaned again) is mostly its
/// items' short lines too, but ends with its items or its closing prose, not with a footer.
const EDITED_PAGE_MIN_TAIL_BLOCKS: usize = 7;

/// Words of prose the located article holds at least for [`EDITED_PAGE_OUTSIDE_SHARE`]: an article
/// of its own. A listing's or a shop's page dumped whole has a line or two of prose among its items'
/// short lines, and reading it as a page would cut the items to that line.
const EDITED_PAGE_MIN_ARTICLE_WORDS: usize = 100;

/// Short blocks above the first prose from which a text whose short lines all stand apart
/// ([`EDITED_SHORT_LINES_APART`]) may be a page framed by its chrome ([`Evidence::is_framed_apart`]): a
/// page's menu, dumped with a blank line after every line. An article's own text opens with a
/// headline, a byline, a date and a label or two, fewer than ten lines; the long runs of short lines an
/// article holds (a data table, a list of sources) come after its prose.
const FRAMED_MIN_LEAD_BLOCKS: usize = 10;

/// Short blocks below the last prose a framed page has at least: its footer.
const FRAMED_MIN_TAIL_BLOCKS: usize = 5;

/// Short blocks above the first prose and below the last together, at least, for
/// [`Evidence::is_framed_apart`]: thirty lines of menu and footer, more than an article's opening and
/// closing labels come to.
const FRAMED_MIN_FRAME_BLOCKS: usize = 30;

/// Share of a framed page's words its prose holds at least.
const FRAMED_PROSE_SHARE: f64 = 0.1;

/// Words of prose the located article of a framed page holds at least: an article of its own, a short
/// news item. A shop's or a listing's own text (copydesk's output of such a page, cleaned again) is its
/// items' short lines around a paragraph or two, and reading it as a page would cut the items.
const FRAMED_MIN_ARTICLE_WORDS: usize = 250;

/// Short blocks before the first prose from which a text is a page whatever share of its chrome lies
/// inside the located article ([`Evidence::is_long_headed_page`]): a menu of twenty lines or more above
/// the article. An article's own text opens with a headline, a byline, a date and a few labels; an
/// article's list of twenty short lines (a table of contents, ingredients) comes after a paragraph that
/// introduces it.
const LONG_HEADER_MIN_BLOCKS: usize = 20;

/// Share of the prose the located article must hold under a long header
/// ([`Evidence::is_long_headed_page`]): four fifths. Twenty lines of menu above the prose are a
/// page's, so what the locator leaves out is more likely a teaser, a sidebar's blurb or a comment
/// than the article's own section.
const LONG_HEADED_LOCATED_PROSE_SHARE: f64 = 0.8;

/// Different footer marks (footer links, rights lines: "About us", "Privacy Policy", "© 2024 Example
/// Media") from which a text has a page's footer ([`Evidence::has_page_footer`]). An article's own
/// text holds none, or one ("Contact" over the author's address); a page's footer holds a handful,
/// whatever shape its lines come in.
const FOOTER_MIN_MARKS: usize = 3;

/// Share of the prose the located article must hold for a text with a page's footer to be a page
/// ([`Evidence::has_page_footer`]): most of it. What the locator leaves out of such a text is
/// teasers, a sidebar's blurbs or comments more often than the article's own section.
const FOOTER_LOCATED_PROSE_SHARE: f64 = 0.7;

/// Data lines ([`is_data_line`]) above the first prose from which they are an article's list (a
/// recipe's ingredients and times, a spec sheet) and leave the count of a page's header lines: a
/// page's header may hold a line or two of numbers ("2 comments", a date), never a list of them.
const MIN_LEAD_DATA_LINES: usize = 5;

/// Words up to which a line counts as short for [`short_lines_apart`]: a menu entry or a label.
const SHORT_LINE_WORDS: usize = 4;

/// The share of `text`'s short lines (at most [`SHORT_LINE_WORDS`] words, not ending a sentence) that
/// stand in a paragraph of their own: a blank line (or the start of the text, whatever margin the line
/// has) before them. 1 when the text has no short line.
pub(crate) fn short_lines_apart(text: &str, blocks: &[Block]) -> f64 {
    let (mut short, mut apart) = (0usize, 0usize);
    let mut previous_end = None;
    for block in blocks {
        let Some(span) = block.span.clone() else {
            continue;
        };
        let first = previous_end.is_none();
        let gap = text
            .get(previous_end.unwrap_or(0)..span.start)
            .unwrap_or("");
        previous_end = Some(span.end);
        if word_count(&block.text) > SHORT_LINE_WORDS || ends_sentence(&block.text) {
            continue;
        }
        short += 1;
        if first || line_breaks(gap) >= 2 {
            apart += 1;
        }
    }
    if short == 0 {
        1.0
    } else {
        apart as f64 / short as f64
    }
}

/// The line breaks in `gap`: `\n`, `\r\n` and a lone `\r` each count once, so a text written with
/// Windows line ends reads as the same text written with `\n`.
fn line_breaks(gap: &str) -> usize {
    let bytes = gap.as_bytes();
    let lone_returns = memchr::memchr_iter(b'\r', bytes)
        .filter(|&at| bytes.get(at + 1) != Some(&b'\n'))
        .count();
    memchr::memchr_iter(b'\n', bytes).count() + lone_returns
}

/// The measures the reading rests on.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct Evidence {
    /// Blocks in the text.
    pub blocks: usize,
    /// Blocks that read as prose (or are content list items).
    pub prose_blocks: usize,
    /// Words in the text, and in its prose blocks.
    pub words: usize,
    pub prose_words: usize,
    /// Stretches of [`MIN_CHROME_STRETCH`] or more short blocks in a row, their blocks and their words.
    pub stretches: usize,
    pub stretch_blocks: usize,
    pub stretch_words: usize,
    /// Short blocks before the first prose block, and after the last. The lead leaves out data lines
    /// ([`is_data_line`]) when they come to a list ([`MIN_LEAD_DATA_LINES`]): a recipe's ingredients
    /// and times or a spec sheet's values above the prose are the article's own, where a page's header
    /// is its menu's bare names.
    pub lead_blocks: usize,
    pub tail_blocks: usize,
    /// Words of prose inside the article the locator finds.
    pub located_prose_words: usize,
    /// Words of prose of the richest run beside the located article ([`rival_run_words`]).
    pub rival_run_words: usize,
    /// Share of the short lines that stand in a paragraph of their own ([`short_lines_apart`]).
    pub short_lines_apart: f64,
    /// Blocks of the stretches of chrome that lie outside the located article, and words outside it.
    pub outside_stretch_blocks: usize,
    pub outside_words: usize,
    /// Different footer marks the text holds ([`StockMarks::footer`]).
    pub footer_marks: usize,
    /// Different chrome marks the text holds, its footer marks among them ([`StockMarks::chrome`]).
    pub chrome_marks: usize,
}

/// The stock lines of a page's chrome a text holds, each different one counted once however often it
/// stands; counted by the caller, which knows the cleaners' word lists (see
/// `cleaners::is_footer_mark` and `cleaners::is_chrome_mark`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StockMarks {
    /// Footer links and rights lines ("About us", "Privacy Policy", "© 2024 Example Media").
    pub footer: usize,
    /// The footer marks and the other stock lines of a page's chrome: share buttons, skip links,
    /// newsletter and comment prompts, a listing's controls, cookie notices.
    pub chrome: usize,
}

/// A block of several lines kept as they stand: code, a program's output, a shell session. Menus and
/// link lists never come as such blocks.
fn is_code(block: &Block) -> bool {
    block.kind == BlockKind::Preformatted && block.text.contains('\n')
}

impl Evidence {
    /// Measures the blocks.
    pub(crate) fn of(
        m: &Measured<'_>,
        lang: Option<Lang>,
        short_lines_apart: f64,
        marks: StockMarks,
    ) -> Evidence {
        let mut evidence = Evidence {
            blocks: m.blocks.len(),
            short_lines_apart,
            footer_marks: marks.footer,
            chrome_marks: marks.chrome,
            ..Evidence::default()
        };
        let body = locate_by_prose(m, lang);
        let outside = |i: usize| body.as_ref().is_none_or(|b| !b.contains(&i));
        let (mut streak, mut streak_words, mut streak_outside) = (0usize, 0usize, 0usize);
        // Data lines above the first prose (a recipe's ingredients and times): no page header's.
        let mut lead_data_lines = 0usize;
        let close = |evidence: &mut Evidence,
                     streak: &mut usize,
                     streak_words: &mut usize,
                     streak_outside: &mut usize| {
            if *streak >= MIN_CHROME_STRETCH {
                evidence.stretches += 1;
                evidence.stretch_blocks += *streak;
                evidence.stretch_words += *streak_words;
                evidence.outside_stretch_blocks += *streak_outside;
            }
            *streak = 0;
            *streak_words = 0;
            *streak_outside = 0;
        };
        for i in 0..m.blocks.len() {
            let words = m.words[i];
            evidence.words += words;
            if outside(i) {
                evidence.outside_words += words;
            }
            if is_run_block(m, i) {
                if evidence.prose_blocks == 0 {
                    evidence.lead_blocks = if lead_data_lines >= MIN_LEAD_DATA_LINES {
                        i - lead_data_lines
                    } else {
                        i
                    };
                }
                evidence.prose_blocks += 1;
                evidence.tail_blocks = m.blocks.len() - i - 1;
                evidence.prose_words += words;
                close(
                    &mut evidence,
                    &mut streak,
                    &mut streak_words,
                    &mut streak_outside,
                );
            } else if is_code(&m.blocks[i]) {
                // Code printed line by line is the article's, never a page's menu: it ends a stretch
                // without counting as chrome.
                close(
                    &mut evidence,
                    &mut streak,
                    &mut streak_words,
                    &mut streak_outside,
                );
            } else {
                if evidence.prose_blocks == 0 && is_data_line(&m.blocks[i].text) {
                    lead_data_lines += 1;
                }
                streak += 1;
                streak_words += words;
                streak_outside += usize::from(outside(i));
            }
        }
        close(
            &mut evidence,
            &mut streak,
            &mut streak_words,
            &mut streak_outside,
        );
        if let Some(body) = body {
            evidence.rival_run_words = rival_run_words(m, body.clone(), lang);
            evidence.located_prose_words = body
                .filter(|&i| is_run_block(m, i))
                .map(|i| m.words[i])
                .sum();
        }
        evidence
    }

    /// The situation these measures point to. When in doubt, an article: reading an article as a page
    /// cuts its prose, reading a page as an article leaves its chrome to the cleaners.
    pub(crate) fn kind(&self) -> InputKind {
        if self.prose_blocks == 0 {
            // Nothing reads as prose: nothing to locate an article by either.
            return InputKind::Article;
        }
        let chrome_share = self.stretch_blocks as f64 / self.blocks as f64;
        let outside_share = self.outside_stretch_blocks as f64 / self.stretch_blocks.max(1) as f64;
        let located_share = self.located_prose_words as f64 / self.prose_words.max(1) as f64;
        let dumped = self.short_lines_apart < DUMPED_SHORT_LINES_APART
            && located_share >= DUMPED_LOCATED_PROSE_SHARE;
        let headed =
            self.lead_blocks >= HEADER_MIN_BLOCKS && located_share >= HEADED_LOCATED_PROSE_SHARE;
        let outside_needed = if dumped {
            DUMPED_CHROME_OUTSIDE_SHARE
        } else if headed {
            HEADED_CHROME_OUTSIDE_SHARE
        } else {
            PAGE_CHROME_OUTSIDE_SHARE
        };
        let chrome_led = self.is_chrome_led(chrome_share, outside_share, located_share);
        // Short lines that all stand apart are an edited text's, unless a page's header stands above
        // the prose or the text is led by chrome that carries a page's stock lines.
        let page = (self.short_lines_apart < EDITED_SHORT_LINES_APART
            || chrome_led
            || self.is_dumped_apart(outside_share))
            && self.stretches >= PAGE_MIN_STRETCHES
            && chrome_share >= PAGE_CHROME_SHARE
            && outside_share >= outside_needed
            && (located_share >= PAGE_LOCATED_PROSE_SHARE || chrome_led)
            // A page's text has its header or its footer outside the prose; a text that begins and
            // ends with prose is an article, however many lists it holds.
            && self.lead_blocks + self.tail_blocks > 0;
        if page
            || self.is_framed_apart(outside_share, located_share)
            || self.is_headed_page(outside_share, located_share)
            || self.is_long_headed_page(located_share)
            || self.has_page_footer(located_share)
        {
            InputKind::Page
        } else {
            InputKind::Article
        }
    }

    /// A page's text dumped with a blank line after every line: its short lines all stand apart, as an
    /// edited text's do, but a page's header of [`EDITED_PAGE_MIN_LEAD_BLOCKS`] short blocks or more
    /// stands above the prose and most of the chrome ([`PAGE_CHROME_OUTSIDE_SHARE`]) lies outside
    /// the located article; the page is mostly prose, or nearly all its chrome lies outside
    /// ([`EDITED_PAGE_OUTSIDE_SHARE`]) with a footer below an article of its own.
    fn is_dumped_apart(&self, outside_share: f64) -> bool {
        self.lead_blocks >= EDITED_PAGE_MIN_LEAD_BLOCKS
            && outside_share >= PAGE_CHROME_OUTSIDE_SHARE
            && (self.prose_words as f64 >= EDITED_PAGE_PROSE_SHARE * self.words as f64
                || (outside_share >= EDITED_PAGE_OUTSIDE_SHARE
                    && self.tail_blocks >= EDITED_PAGE_MIN_TAIL_BLOCKS
                    && self.located_prose_words >= EDITED_PAGE_MIN_ARTICLE_WORDS))
            && self.stretch_words <= SHORT_LINE_WORDS * self.stretch_blocks
    }

    /// A page's text dumped with a blank line after every line and framed by its chrome: a menu above
    /// the first prose ([`FRAMED_MIN_LEAD_BLOCKS`]) and a footer below the last
    /// ([`FRAMED_MIN_TAIL_BLOCKS`], [`FRAMED_MIN_FRAME_BLOCKS`] together), nearly all the chrome outside
    /// the located article ([`EDITED_PAGE_OUTSIDE_SHARE`]), and an article of its own there
    /// ([`FRAMED_MIN_ARTICLE_WORDS`]) holding half the prose or more ([`PAGE_LOCATED_PROSE_SHARE`]: a
    /// forum's or a listing's prose scattered among its chrome is no article to cut the rest down to).
    /// A header shorter than [`is_dumped_apart`](Evidence::is_dumped_apart) wants is enough when a
    /// footer stands below.
    fn is_framed_apart(&self, outside_share: f64, located_share: f64) -> bool {
        self.lead_blocks >= FRAMED_MIN_LEAD_BLOCKS
            && self.tail_blocks >= FRAMED_MIN_TAIL_BLOCKS
            && self.lead_blocks + self.tail_blocks >= FRAMED_MIN_FRAME_BLOCKS
            && self.stretches >= 1
            && outside_share >= EDITED_PAGE_OUTSIDE_SHARE
            && self.prose_words as f64 >= FRAMED_PROSE_SHARE * self.words as f64
            && self.located_prose_words >= FRAMED_MIN_ARTICLE_WORDS
            && located_share >= PAGE_LOCATED_PROSE_SHARE
    }

    /// A page whose article is long beside its chrome: a header of [`HEADER_MIN_BLOCKS`] short blocks
    /// or more above the first prose (a page's menus), nearly all the chrome outside the located
    /// article, and nearly all the prose inside it. Its chrome is then a small share of its blocks,
    /// which alone would make it an article's; but an article's text does not open with fifteen short
    /// lines, and cutting what lies outside the located article leaves its prose whole. Its short
    /// lines stand one under the other, as a page's dump has them.
    fn is_headed_page(&self, outside_share: f64, located_share: f64) -> bool {
        self.lead_blocks >= HEADER_MIN_BLOCKS
            && self.stretches >= 1
            && outside_share >= HEADED_PAGE_OUTSIDE_SHARE
            && located_share >= HEADED_PAGE_LOCATED_PROSE_SHARE
            && self.short_lines_apart < EDITED_SHORT_LINES_APART
    }

    /// A page under a long header ([`LONG_HEADER_MIN_BLOCKS`] short blocks or more above the first
    /// prose) whose located article holds most of the prose ([`LONG_HEADED_LOCATED_PROSE_SHARE`]),
    /// wherever the rest of its chrome stands: a page's sidebars, related lists and comment threads can
    /// sit between the article's sections, inside what the locator spans, where
    /// [`Evidence::is_headed_page`] wants nearly all the chrome outside. Reading it as a page cuts the
    /// header and at most a fifth of the prose; reading it as an article leaves a menu of twenty lines
    /// and more to the cleaners. Its short lines stand one under the other, as a page's dump has them —
    /// or, dumped with a blank line after every line, a footer stands below an article of its own
    /// ([`Evidence::has_footer_below_an_article`]).
    fn is_long_headed_page(&self, located_share: f64) -> bool {
        self.lead_blocks >= LONG_HEADER_MIN_BLOCKS
            && self.stretches >= 1
            && located_share >= LONG_HEADED_LOCATED_PROSE_SHARE
            && (self.short_lines_apart < EDITED_SHORT_LINES_APART
                || self.has_footer_below_an_article())
    }

    /// A footer below the last prose ([`EDITED_PAGE_MIN_TAIL_BLOCKS`] short blocks) under an article
    /// of its own ([`EDITED_PAGE_MIN_ARTICLE_WORDS`]): what tells a page's text dumped with a blank line
    /// after every line from an edited text whose short lines stand apart too. An article's text, and
    /// copydesk's own output of a shop's or a listing's page, ends with its prose or its items and a
    /// line or two of credits; a page's dump ends with its footer.
    fn has_footer_below_an_article(&self) -> bool {
        self.tail_blocks >= EDITED_PAGE_MIN_TAIL_BLOCKS
            && self.located_prose_words >= EDITED_PAGE_MIN_ARTICLE_WORDS
    }

    /// A page by its footer: [`FOOTER_MIN_MARKS`] different footer links or rights lines ("About
    /// us", "Privacy Policy", "© 2024 Example Media"), a stretch of chrome, and an article of its own
    /// ([`EDITED_PAGE_MIN_ARTICLE_WORDS`]) holding most of the prose
    /// ([`FOOTER_LOCATED_PROSE_SHARE`]). Whatever shape its lines come in — one under the other, or
    /// each a paragraph of its own as a block-per-line export has them — a page's text carries its
    /// footer's stock links, where an article's own text, and copydesk's output, has none.
    fn has_page_footer(&self, located_share: f64) -> bool {
        self.footer_marks >= FOOTER_MIN_MARKS
            && self.stretches >= 1
            && located_share >= FOOTER_LOCATED_PROSE_SHARE
            && self.located_prose_words >= EDITED_PAGE_MIN_ARTICLE_WORDS
    }

    /// A page made mostly of chrome, nearly all of it outside the located article, and no run of prose
    /// beside the located one that rivals it: there the prose the locator leaves out stands scattered
    /// among the chrome (teasers, comments, promotions), not in an article of unusual shape, so a
    /// smaller share of located prose ([`CHROME_LED_LOCATED_PROSE_SHARE`]) is enough. Its short lines
    /// stand one under the other, as a page's dump has them; or, each a paragraph of its own as a
    /// block-per-line export has them, they hold a page's stock lines
    /// ([`CHROME_LED_APART_MIN_MARKS`]) around an article of its own as a framed page's
    /// ([`FRAMED_MIN_ARTICLE_WORDS`]): an edited text has no such marks, and a blog post or a recipe
    /// made mostly of lists, each line apart, has a paragraph or two of prose among them that reading
    /// it as a page would cut it down to.
    fn is_chrome_led(&self, chrome_share: f64, outside_share: f64, located_share: f64) -> bool {
        chrome_share >= CHROME_LED_SHARE
            && outside_share >= CHROME_LED_OUTSIDE_SHARE
            && located_share >= CHROME_LED_LOCATED_PROSE_SHARE
            && (self.short_lines_apart < CHROME_LED_SHORT_LINES_APART
                || (self.chrome_marks >= CHROME_LED_APART_MIN_MARKS
                    && self.located_prose_words >= FRAMED_MIN_ARTICLE_WORDS))
            && (self.rival_run_words as f64)
                < CHROME_LED_RIVAL_SHARE * self.located_prose_words as f64
    }

    /// The measures in words, for the record.
    pub(crate) fn describe(&self) -> String {
        format!(
            "{} of {} blocks read as prose ({} of {} words); {} stretch(es) of {} or more short lines \
             hold {} blocks ({} words); the located article holds {} words of prose, the richest run \
             beside it {}; {:.0}% of short \
             lines stand apart; {} stretch blocks and {} words lie outside the located article; {} short \
             blocks come before the first prose, {} after the last; {} different footer marks, {} chrome \
             marks",
            self.prose_blocks,
            self.blocks,
            self.prose_words,
            self.words,
            self.stretches,
            MIN_CHROME_STRETCH,
            self.stretch_blocks,
            self.stretch_words,
            self.located_prose_words,
            self.rival_run_words,
            100.0 * self.short_lines_apart,
            self.outside_stretch_blocks,
            self.outside_words,
            self.lead_blocks,
            self.tail_blocks,
            self.footer_marks,
            self.chrome_marks,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_blocks;

    const PARA: &str = "The council approved the new budget on Monday after a debate that lasted well into the night.";

    fn evidence(text: &str) -> Evidence {
        let blocks = split_blocks(text);
        let words: Vec<usize> = blocks.iter().map(|b| word_count(&b.text)).collect();
        Evidence::of(
            &Measured::new(&blocks, &words, None),
            None,
            short_lines_apart(text, &blocks),
            StockMarks::default(),
        )
    }

    /// The measures of a text with chrome around and inside its article, half of it outside.
    fn half_outside(short_lines_apart: f64, located_prose_words: usize) -> Evidence {
        Evidence {
            blocks: 100,
            prose_blocks: 20,
            words: 1600,
            prose_words: 1000,
            stretches: 4,
            stretch_blocks: 60,
            stretch_words: 400,
            lead_blocks: 12,
            tail_blocks: 8,
            located_prose_words,
            rival_run_words: 0,
            short_lines_apart,
            outside_stretch_blocks: 30,
            outside_words: 300,
            footer_marks: 0,
            chrome_marks: 0,
        }
    }

    #[test]
    fn windows_line_ends_and_a_margin_read_as_the_same_text() {
        let dumped = format!("Home\nNews\nSport\nWeather\n\n{PARA}\n\nShare\nContact us\n");
        let apart = dumped.replace('\n', "\n\n");
        for text in [&dumped, &apart] {
            let crlf = text.replace('\n', "\r\n");
            let old_mac = text.replace('\n', "\r");
            let blocks = split_blocks(text);
            let expected = short_lines_apart(text, &blocks);
            assert_eq!(short_lines_apart(&crlf, &split_blocks(&crlf)), expected);
            assert_eq!(
                short_lines_apart(&old_mac, &split_blocks(&old_mac)),
                expected
            );
            // Every line set in by the same margin, as an element's text content prints a page.
            let indented = format!("        {}", text.replace('\n', "\n        "));
            assert_eq!(
                short_lines_apart(&indented, &split_blocks(&indented)),
                expected
            );
        }
        // The dumped text's short lines stand one under another (only the first of each run apart),
        // the other's each apart.
        assert_eq!(
            short_lines_apart(&dumped, &split_blocks(&dumped)),
            2.0 / 6.0
        );
        assert_eq!(short_lines_apart(&apart, &split_blocks(&apart)), 1.0);
    }

    #[test]
    fn line_breaks_count_a_windows_line_end_once() {
        assert_eq!(line_breaks(""), 0);
        assert_eq!(line_breaks(" \r\n\t"), 1);
        assert_eq!(line_breaks("\r\n\r\n"), 2);
        assert_eq!(line_breaks("\n\r\r"), 3);
    }

    #[test]
    fn a_dumped_text_is_a_page_with_less_chrome_outside_when_the_article_holds_its_prose() {
        // Short lines one under another, as a page's text comes out: half the chrome outside is enough.
        assert_eq!(half_outside(0.4, 950).kind(), InputKind::Page);
        // Short lines standing apart, as an article's text has them: it is read as an article.
        assert_eq!(half_outside(0.8, 950).kind(), InputKind::Article);
        // Dumped, but the located article would leave out a fifth of the prose: an article.
        assert_eq!(half_outside(0.4, 800).kind(), InputKind::Article);
    }

    #[test]
    fn a_page_header_above_the_prose_makes_less_chrome_outside_enough() {
        // Short lines standing apart more often than a dump's, and only half the chrome outside the
        // located article: an article, unless a header of fifteen short blocks or more stands above
        // the first prose and the located article holds nearly all of it.
        let apart = |lead_blocks, located_prose_words| Evidence {
            lead_blocks,
            ..half_outside(0.8, located_prose_words)
        };
        assert_eq!(apart(12, 950).kind(), InputKind::Article);
        assert_eq!(apart(15, 950).kind(), InputKind::Page);
        assert_eq!(apart(15, 800).kind(), InputKind::Article);
        let few_outside = Evidence {
            outside_stretch_blocks: 20,
            ..apart(15, 950)
        };
        assert_eq!(few_outside.kind(), InputKind::Article);
    }

    #[test]
    fn a_page_header_above_a_long_article_makes_a_page_whatever_its_share_of_chrome() {
        // A long article under a header of fifteen short blocks or more, a fifth of its blocks chrome,
        // nearly all of it outside the located article, which holds nearly all the prose.
        let headed = Evidence {
            stretches: 1,
            stretch_blocks: 20,
            lead_blocks: 18,
            tail_blocks: 2,
            outside_stretch_blocks: 19,
            ..half_outside(0.4, 950)
        };
        assert_eq!(headed.kind(), InputKind::Page);
        // A header of a dozen short lines is an article's headline, byline, date and labels.
        assert_eq!(
            Evidence {
                lead_blocks: 12,
                ..headed
            }
            .kind(),
            InputKind::Article
        );
        // Chrome inside the located article (a spec box between its paragraphs): an article.
        assert_eq!(
            Evidence {
                outside_stretch_blocks: 15,
                ..headed
            }
            .kind(),
            InputKind::Article
        );
        // The located article would leave out a seventh of the prose: an article.
        assert_eq!(
            Evidence {
                located_prose_words: 860,
                ..headed
            }
            .kind(),
            InputKind::Article
        );
        // Short lines standing apart, as edited text has them (copydesk's own output): an article.
        assert_eq!(
            Evidence {
                short_lines_apart: 0.96,
                ..headed
            }
            .kind(),
            InputKind::Article
        );
    }

    #[test]
    fn a_long_page_header_makes_a_page_with_chrome_inside_the_located_article() {
        // Twenty short blocks or more above the prose, nearly all the prose located, but only half of
        // the chrome outside the located article (a sidebar between its sections).
        let long_headed = Evidence {
            stretches: 2,
            stretch_blocks: 30,
            lead_blocks: 22,
            tail_blocks: 0,
            outside_stretch_blocks: 22,
            ..half_outside(0.4, 950)
        };
        assert_eq!(long_headed.kind(), InputKind::Page);
        // A header under twenty short blocks wants nearly all the chrome outside: an article.
        assert_eq!(
            Evidence {
                lead_blocks: 18,
                ..long_headed
            }
            .kind(),
            InputKind::Article
        );
        // The located article would leave out more than a fifth of the prose: an article.
        assert_eq!(
            Evidence {
                located_prose_words: 790,
                ..long_headed
            }
            .kind(),
            InputKind::Article
        );
        // Short lines standing apart, as edited text has them (copydesk's own output): an article.
        let apart = Evidence {
            short_lines_apart: 0.96,
            ..long_headed
        };
        assert_eq!(apart.kind(), InputKind::Article);
        // ... unless a footer stands below an article of its own: a page dumped with a blank line
        // after every line.
        let dumped = Evidence {
            tail_blocks: EDITED_PAGE_MIN_TAIL_BLOCKS,
            ..apart
        };
        assert_eq!(dumped.kind(), InputKind::Page);
        let articles = [
            // Fewer short lines below the prose are an article's closing credits, not a footer.
            Evidence {
                tail_blocks: EDITED_PAGE_MIN_TAIL_BLOCKS - 1,
                ..dumped
            },
            // A line or two of prose among a shop's items is no article of its own.
            Evidence {
                prose_words: 90,
                located_prose_words: 90,
                ..dumped
            },
        ];
        for article in articles {
            assert_eq!(article.kind(), InputKind::Article, "{article:?}");
        }
    }

    #[test]
    fn three_different_footer_marks_make_a_page_of_an_article_with_chrome_inside() {
        // Little of the text is chrome and half of it stands inside the located article, short lines
        // apart: an article by its shape alone.
        let shaped = Evidence {
            stretches: 2,
            stretch_blocks: 20,
            lead_blocks: 3,
            tail_blocks: 9,
            outside_stretch_blocks: 10,
            ..half_outside(1.0, 800)
        };
        assert_eq!(shaped.kind(), InputKind::Article);
        let footed = Evidence {
            footer_marks: FOOTER_MIN_MARKS,
            ..shaped
        };
        assert_eq!(footed.kind(), InputKind::Page);
        let articles = [
            // Two marks are an article's own ("Contact", "About the project").
            Evidence {
                footer_marks: FOOTER_MIN_MARKS - 1,
                ..shaped
            },
            // The located article would leave out more than a third of the prose.
            Evidence {
                located_prose_words: 650,
                ..footed
            },
            // A paragraph or two of prose among a shop's items is no article of its own.
            Evidence {
                prose_words: 90,
                located_prose_words: 90,
                ..footed
            },
            // Without a stretch of chrome there is nothing for the locator to cut.
            Evidence {
                stretches: 0,
                stretch_blocks: 0,
                outside_stretch_blocks: 0,
                ..footed
            },
        ];
        for article in articles {
            assert_eq!(article.kind(), InputKind::Article, "{article:?}");
        }
    }

    #[test]
    fn a_long_menu_above_an_article_with_a_sidebar_inside_is_a_page() {
        // A menu of 24 entries one under the other, then a long article with a sidebar of six links
        // between its sections: little of the text is chrome, and a fifth of it stands inside the
        // located article.
        let header = entries(24).join("\n");
        let sidebar = entries(6).join("\n");
        let mut text = format!("{header}\n\nBudget passes\n\n");
        for k in 0..50 {
            text.push_str(&format!("{PARA} It was the {k}th point raised.\n\n"));
            if k == 25 {
                text.push_str(&format!("{sidebar}\n\n"));
            }
        }
        let e = evidence(&text);
        assert!(e.lead_blocks >= LONG_HEADER_MIN_BLOCKS, "{e:?}");
        assert!(e.outside_stretch_blocks < e.stretch_blocks, "{e:?}");
        assert!(
            (e.stretch_blocks as f64) < PAGE_CHROME_SHARE * e.blocks as f64,
            "{e:?}"
        );
        assert_eq!(e.located_prose_words, e.prose_words, "{e:?}");
        assert_eq!(e.kind(), InputKind::Page);
        // The same article with a headline, a byline and a date above it: an article.
        let article = text.replacen(&format!("{header}\n\n"), "By A. Writer\n3 May 2026\n\n", 1);
        assert_eq!(evidence(&article).kind(), InputKind::Article);
    }

    #[test]
    fn a_list_of_data_lines_above_the_prose_is_no_page_header() {
        // Times and twenty ingredients one under the other, then the steps: the lead counts the
        // title and the four ingredients without a quantity.
        let mut card = String::from("Pancakes\nPrep time: 10 minutes\nServes: 4\n");
        for k in 1..=16 {
            card.push_str(&format!("{k} cups of flour\n"));
        }
        card.push_str("Maple syrup\nFresh mint\nButter\nSalt\n\n");
        let e = evidence(&format!("{card}{PARA}\n\n{PARA}\n"));
        assert_eq!(e.lead_blocks, 5, "{e:?}");
        assert_eq!(e.kind(), InputKind::Article);
        // A menu with a line or two of numbers (a comment count, a date) keeps its whole count.
        let header = entries(18).join("\n") + "\n2 comments\n3 May 2026\n\n";
        let e = evidence(&format!("{header}{PARA}\n\n{PARA}\n"));
        assert_eq!(e.lead_blocks, 20, "{e:?}");
    }

    fn menu(entries: &[&str]) -> String {
        entries.join("\n") + "\n\n"
    }

    #[test]
    fn an_article_with_labels_between_its_paragraphs_is_an_article() {
        let text = format!("Budget passes\n\n{PARA}\n\nAdvertisement\n\n{PARA}\n\nSign up for our newsletter\n\n{PARA}\n");
        let e = evidence(&text);
        assert_eq!((e.stretches, e.prose_blocks), (0, 3));
        assert_eq!(e.kind(), InputKind::Article);
    }

    #[test]
    fn a_page_of_menus_around_one_article_is_a_page() {
        let nav = menu(&["Home", "World", "Business", "Sport", "Culture", "Travel"]);
        let footer = menu(&["About", "Contact", "Jobs", "Privacy", "Terms", "Advertise"]);
        let text = format!("{nav}Budget passes\n\n{PARA}\n\n{PARA}\n\n{footer}");
        let e = evidence(&text);
        assert_eq!(e.stretches, 2);
        assert_eq!(e.located_prose_words, e.prose_words);
        assert_eq!(e.kind(), InputKind::Page);
    }

    /// A page of menus around a four-paragraph article, with a teaser (one sentence of prose) in each
    /// of `teasers` link lists below it, and `rival` (a run of prose, or nothing) between the link lists.
    fn teaser_page(teasers: usize, rival: &str) -> String {
        let nav = menu(&["Home", "World", "Business", "Sport", "Culture", "Travel"]);
        let links = menu(&[
            "Weather this week",
            "Markets and money",
            "Video of the day",
            "Our podcasts",
            "Games and puzzles",
            "Letters to the editor",
            "Jobs at the paper",
            "Subscribe and save",
        ]);
        let teaser =
            "A second story about the harbour works ran in the paper on Sunday, with photos.";
        let mut text = format!("{nav}Budget passes\n\n{PARA}\n\n{PARA}\n\n{PARA}\n\n{PARA}\n\n");
        for i in 0..teasers {
            text.push_str(&links);
            if i == teasers / 2 {
                text.push_str(rival);
            }
            text.push_str(teaser);
            text.push_str("\n\n");
        }
        text + &links
    }

    #[test]
    fn a_page_led_by_chrome_with_teasers_among_it_is_a_page() {
        // The article holds under half the prose (the teasers hold the rest), but nearly every block is
        // chrome lying outside it, and no run of prose beside it rivals it.
        let e = evidence(&teaser_page(6, ""));
        assert!(e.located_prose_words * 2 < e.prose_words, "{e:?}");
        // The richest run beside it is one teaser.
        assert!(e.rival_run_words * 4 < e.located_prose_words, "{e:?}");
        assert_eq!(e.kind(), InputKind::Page);
    }

    #[test]
    fn a_rival_run_of_prose_keeps_a_chrome_led_text_an_article() {
        // The same page with a second run of prose among the link lists, two thirds as long as the
        // first: which run is the article is in doubt, so nothing is cut.
        let rival = format!("{PARA}\n\n{PARA}\n\n");
        let e = evidence(&teaser_page(6, &rival));
        assert!(e.rival_run_words > 0, "{e:?}");
        assert_eq!(e.kind(), InputKind::Article);
    }

    #[test]
    fn a_chrome_led_text_whose_lines_stand_apart_is_a_page_by_its_chrome_marks() {
        // A page led by chrome and exported a block per line: nearly every stretch outside the
        // located article, which holds under half the prose, and every short line apart.
        let exported = Evidence {
            stretch_blocks: 70,
            outside_stretch_blocks: 66,
            located_prose_words: 400,
            chrome_marks: CHROME_LED_APART_MIN_MARKS,
            ..half_outside(1.0, 0)
        };
        assert_eq!(exported.kind(), InputKind::Page, "{exported:?}");
        // The same dumped one line under another is a page by its shape alone, marks or none.
        let dumped = Evidence {
            short_lines_apart: 0.3,
            chrome_marks: 0,
            ..exported
        };
        assert_eq!(dumped.kind(), InputKind::Page, "{dumped:?}");
        let articles = [
            // Fewer stock lines: an edited text (copydesk's own output of a page, cleaned again).
            Evidence {
                chrome_marks: CHROME_LED_APART_MIN_MARKS - 1,
                ..exported
            },
            // A paragraph or two among lists: a blog post or a recipe made of them, not an article
            // of its own to cut the lists from.
            Evidence {
                located_prose_words: FRAMED_MIN_ARTICLE_WORDS - 1,
                ..exported
            },
            // A rival run of prose beside the located one.
            Evidence {
                rival_run_words: 200,
                ..exported
            },
        ];
        for article in articles {
            assert_eq!(article.kind(), InputKind::Article, "{article:?}");
        }
    }

    #[test]
    fn prose_the_locator_would_leave_out_keeps_a_chrome_heavy_text_an_article() {
        // A guide with a long run of short steps between its paragraphs: the locator would keep only
        // the part before the steps.
        let steps: String = (1..=31).map(|i| format!("Step {i}\n")).collect();
        let text = format!("{PARA}\n\n{PARA}\n\n{PARA}\n\n{steps}\n{PARA}\n\n{PARA}\n");
        let e = evidence(&text);
        assert!(e.stretch_blocks * 2 >= e.blocks, "{e:?}");
        assert!(e.located_prose_words < e.prose_words);
        assert_eq!(e.kind(), InputKind::Article);
    }

    #[test]
    fn blocks_of_code_end_a_stretch_and_are_no_chrome() {
        // A tutorial: short headings and listings one after the other, each listing a block of its own.
        let code = "-- an index on the column\nCREATE INDEX idx ON users(email);";
        let text = format!(
            "{PARA}\n\nStep one\n\n{code}\n\nStep two\n\n{code}\n\nStep three\n\n{code}\n\n{PARA}\n"
        );
        let e = evidence(&text);
        assert_eq!(e.stretches, 0, "{e:?}");
        // The same headings as lines of a menu make a stretch.
        let menu_text = format!(
            "{PARA}\n\n{}{PARA}\n",
            menu(&["One", "Two", "Three", "Four", "Five"])
        );
        assert_eq!(evidence(&menu_text).stretches, 1);
    }

    #[test]
    fn runs_of_short_lines_between_the_paragraphs_keep_a_text_an_article() {
        // A review with a spec box and a pros-and-cons list: as many short lines as a page's menus,
        // but inside the article the locator finds, not around it.
        let specs = menu(&[
            "Weight: 1 lb 2 oz",
            "Price: $175",
            "Capacity: 250 lb",
            "Length: 11 ft",
            "Fabric: nylon",
            "Rating: 4.8/5",
        ]);
        let pros = menu(&["Pros", "Light", "Roomy", "Cons", "Pricey", "Fiddly cords"]);
        let text = format!(
            "{PARA}\n\n{PARA}\n\n{PARA}\n\n{specs}{PARA}\n\n{PARA}\n\n{PARA}\n\n{pros}{PARA}\n\n{PARA}\n"
        );
        let e = evidence(&text);
        assert_eq!((e.stretches, e.stretch_blocks), (2, 12));
        assert_eq!(e.located_prose_words, e.prose_words);
        assert_eq!(e.outside_stretch_blocks, 0);
        assert_eq!(e.kind(), InputKind::Article);
    }

    #[test]
    fn a_text_that_begins_and_ends_with_prose_is_an_article() {
        // A directory of entries between paragraphs: two stretches of chrome-like lines, outside the
        // four paragraphs the locator keeps, but no page header or footer around the text.
        let entries = menu(&[
            "North Clinic",
            "12 Oak Street",
            "(555) 010-2000",
            "Counselling",
            "Low fee",
            "South Clinic",
            "4 Elm Road",
            "(555) 010-3000",
            "Psychiatry",
            "Free",
        ]);
        let text =
            format!("{PARA}\n\n{PARA}\n\n{PARA}\n\n{PARA}\n\n{entries}{entries}{PARA}\n\n{entries}{entries}{PARA}\n");
        let e = evidence(&text);
        assert_eq!((e.stretches, e.outside_stretch_blocks), (2, 40));
        assert_eq!((e.lead_blocks, e.tail_blocks), (0, 0));
        assert_eq!(e.kind(), InputKind::Article);
        // The same text with a header line and a footer line is a page's.
        let page = format!("Home\n{text}Contact us\n");
        let e = evidence(&page);
        assert_eq!((e.lead_blocks, e.tail_blocks), (1, 1));
        assert_eq!(e.kind(), InputKind::Page);
    }

    #[test]
    fn chrome_around_the_article_makes_a_page_even_with_teasers() {
        let nav = menu(&[
            "Home", "World", "Business", "Sport", "Culture", "Travel", "Style", "Video", "Audio",
            "Live",
        ]);
        let teaser = "Another story about something else entirely, told in one short excerpt here.";
        let text =
            format!("{nav}{nav}{PARA}\n\n{PARA}\n\n{nav}{nav}{nav}{nav}{teaser}\n\n{nav}{nav}");
        let e = evidence(&text);
        assert!(e.located_prose_words < e.prose_words);
        assert_eq!(e.kind(), InputKind::Page);
    }

    #[test]
    fn text_without_prose_is_left_to_the_cleaners() {
        assert_eq!(
            evidence("Home\nNews\nSport\nWeather\nCulture\n").kind(),
            InputKind::Article
        );
        assert_eq!(evidence("").kind(), InputKind::Article);
    }

    #[test]
    fn the_evidence_is_described_with_its_numbers() {
        let text = format!("{PARA}\n");
        assert_eq!(
            evidence(&text).describe(),
            "1 of 1 blocks read as prose (17 of 17 words); 0 stretch(es) of 5 or more short lines hold \
             0 blocks (0 words); the located article holds 17 words of prose, the richest run beside it \
             0; 100% of short lines stand apart; 0 stretch blocks and 0 words lie outside the located article; 0 short blocks come \
             before the first prose, 0 after the last; 0 different footer marks, 0 chrome marks"
        );
    }

    #[test]
    fn short_lines_each_in_a_paragraph_of_their_own_read_as_edited_text() {
        let lines = ["Home", "World", "Business", "Sport", "Culture", "Travel"];
        let dumped = format!("{}{PARA}\n\n{PARA}\n\n{}", menu(&lines), menu(&lines));
        let edited = dumped.replace('\n', "\n\n");
        assert_eq!(evidence(&dumped).short_lines_apart, 2.0 / 12.0);
        assert_eq!(evidence(&dumped).kind(), InputKind::Page);
        assert_eq!(evidence(&edited).short_lines_apart, 1.0);
        assert_eq!(evidence(&edited).kind(), InputKind::Article);
    }

    /// Two-word menu entries, `n` of them: a page's header or footer.
    fn entries(n: usize) -> Vec<String> {
        (1..=n).map(|k| format!("Section {k}")).collect()
    }

    /// A whole page's text dumped with a blank line after every line: a menu of `header` entries, an
    /// article of `paragraphs` paragraphs and, when `footer` is not 0, a footer of that many links.
    fn dumped_apart(header: usize, paragraphs: usize, footer: usize) -> String {
        let mut text = entries(header).join("\n\n");
        for _ in 0..paragraphs {
            text.push_str(&format!("\n\n{PARA}"));
        }
        text.push_str("\n\n");
        text.push_str(&entries(footer).join("\n\n"));
        text
    }

    #[test]
    fn a_short_article_between_a_long_menu_and_a_footer_dumped_apart_is_a_page() {
        // The menus hold more words than the article's prose (seven paragraphs, over a hundred
        // words); nearly all of them lie outside it.
        let page = evidence(&dumped_apart(60, 7, 30));
        assert_eq!(page.short_lines_apart, 1.0);
        assert!(page.located_prose_words >= 100);
        assert!(page.prose_words * 2 < page.words);
        assert_eq!(page.kind(), InputKind::Page);
    }

    #[test]
    fn a_long_menu_and_a_footer_around_an_article_with_sidebars_inside_dumped_apart_is_a_page() {
        // Every line a paragraph of its own: a menu of 24 entries, an article with two sidebars of
        // fifteen links between its sections (so the chrome outside the located article is about
        // half of it), and a footer of eight lines.
        let apart = |lines: usize| entries(lines).join("\n\n");
        let mut text = format!("{}\n\n", apart(24));
        for k in 0..21 {
            text.push_str(&format!("{PARA} It was the {k}th point raised.\n\n"));
            if k == 7 || k == 14 {
                text.push_str(&format!("{}\n\n", apart(15)));
            }
        }
        let article = text.clone();
        text.push_str(&apart(8));
        let page = evidence(&text);
        assert_eq!(page.short_lines_apart, 1.0);
        assert!(page.lead_blocks >= LONG_HEADER_MIN_BLOCKS, "{page:?}");
        assert!(
            (page.outside_stretch_blocks as f64)
                < PAGE_CHROME_OUTSIDE_SHARE * page.stretch_blocks as f64,
            "{page:?}"
        );
        assert_eq!(page.kind(), InputKind::Page);
        // Without the footer it may be copydesk's own output of a page (its lists, then the
        // article): an article.
        assert_eq!(evidence(&article).kind(), InputKind::Article);
    }

    #[test]
    fn short_lines_apart_before_prose_with_no_footer_after_it_stay_an_article() {
        // A listing's or a shop's own text cleaned again: its items' short lines, then its closing
        // prose, and no footer below: read as an article, nothing of it cut.
        assert_eq!(evidence(&dumped_apart(60, 7, 0)).kind(), InputKind::Article);
        assert_eq!(evidence(&dumped_apart(60, 7, 3)).kind(), InputKind::Article);
        // A footer alone, with no page's header above the prose, is no page either.
        assert_eq!(evidence(&dumped_apart(6, 7, 30)).kind(), InputKind::Article);
        // Nor is a line or two of prose among a shop's items, menu and footer around them.
        assert_eq!(
            evidence(&dumped_apart(60, 2, 30)).kind(),
            InputKind::Article
        );
    }

    #[test]
    fn an_article_between_a_menu_and_a_footer_dumped_apart_is_a_page() {
        // A menu of twelve lines, shorter than a header alone needs, and a footer of twenty: an article
        // of some 270 words framed by chrome on both sides.
        let page = evidence(&dumped_apart(12, 16, 20));
        assert_eq!(page.short_lines_apart, 1.0);
        assert!(page.lead_blocks < EDITED_PAGE_MIN_LEAD_BLOCKS);
        assert_eq!(page.kind(), InputKind::Page);
    }

    #[test]
    fn a_frame_too_thin_or_around_too_little_prose_stays_an_article() {
        // Ten paragraphs (some 170 words) are no article of their own: a shop's or a listing's text.
        assert_eq!(
            evidence(&dumped_apart(12, 10, 20)).kind(),
            InputKind::Article
        );
        // Twenty-two lines of frame in all, or a header of a headline and a few labels.
        assert_eq!(
            evidence(&dumped_apart(12, 16, 10)).kind(),
            InputKind::Article
        );
        assert_eq!(
            evidence(&dumped_apart(4, 16, 40)).kind(),
            InputKind::Article
        );
        // An article's own text that ends with a data table, a cell to a line.
        let mut article = String::from("Rents by state\n\nBy Staff Writer\n\nUpdated weekly");
        for _ in 0..16 {
            article.push_str(&format!("\n\n{PARA}"));
        }
        for (rank, state) in ["Alaska", "Ohio", "Texas", "Maine"]
            .iter()
            .cycle()
            .take(40)
            .enumerate()
        {
            article.push_str(&format!("\n\n{rank}\n\n{state}\n\n${}.50", 40 + rank));
        }
        assert_eq!(evidence(&article).kind(), InputKind::Article);
    }
}
