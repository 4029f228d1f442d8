//! A page's header left above a text read as an article: the menu of short lines a whole page's text
//! opens with, cut down to the lead-in of its first prose.
//!
//! The situation detector reads a text as a page only on strong evidence, because reading an article
//! as a page cuts its prose. A page's text that misses that evidence (its article is short beside its
//! menus and sidebars, or its lines all stand apart) is cleaned as an article, and its whole header
//! stays: dozens of menu entries, account links and promotions above the headline. Its position alone
//! tells it: an article's own text opens with a headline, a byline, a date and a label or two before
//! its first paragraph, never [`MIN_HEADER_BLOCKS`] short lines. What follows the first prose is left
//! to the cleaners, as in any article: a list inside the article, a table or a spec sheet stands
//! after the paragraph that introduces it.

use super::data_line::is_data_line;
use super::locate::{is_run_block, Measured};
use crate::block::BlockKind;
use std::ops::Range;

/// The stage name, in removal records and in
/// [`PipelineBuilder::remove`](crate::PipelineBuilder::remove), of text mode's removal of a page's
/// header above a text read as an article: the short lines before its first prose.
///
/// # Examples
///
/// ```
/// use copydesk::{Pipeline, PAGE_HEADER};
///
/// let menu = "Home\n\nNews\n\nSport\n\nWeather\n\nCulture\n\nTravel\n\nFood\n\nMoney\n\n\
///     Health\n\nScience\n\nPodcasts\n\n";
/// let links = "About us\n\nContact\n\nCareers\n\nAdvertise\n\nPrivacy\n\n";
/// let story = "The council approved the new budget on Monday after a debate that lasted \
///     well into the night.\n\n";
/// let text = format!(
///     "Budget passes | The Daily Post\n\n{menu}Budget passes\n\n{story}{links}{story}{links}{story}{links}"
/// );
/// let article = Pipeline::default().clean_text(&text)?;
/// assert!(article.removals.iter().any(|r| r.stage == PAGE_HEADER && r.text == "Weather"));
/// assert!(article.text().contains("Budget passes\n\nThe council approved"));
/// let kept = Pipeline::builder().remove(PAGE_HEADER).build()?.clean_text(&text)?;
/// assert!(kept.text().contains("Weather"));
/// # Ok::<(), copydesk::Error>(())
/// ```
pub const PAGE_HEADER: &str = "page-header";

/// Short blocks above the first prose from which they are a page's header. An article's text opens
/// with a headline, a standfirst, a byline, a date and a label or two; measured on whole-page and
/// article texts alike (see the CHANGELOG), six to fifteen gave nearly the same, and fewer reach the
/// short opening lines of article containers.
const MIN_HEADER_BLOCKS: usize = 10;

/// Short blocks right above the first prose that stay as its lead-in: the headline and a standfirst,
/// a byline or a date.
const LEAD_IN_BLOCKS: usize = 2;

/// Share of the text's words its prose holds at least: a shop's grid, a listing's cards or a forum's
/// index holds its content in short lines with a paragraph or two far below them, and there the short
/// lines above the prose are the page's content, not its header.
const MIN_PROSE_SHARE: f64 = 0.15;

/// Share of the header's lines of at most [`MENU_ENTRY_WORDS`] words at least: a menu's entries are
/// names ("News", "Sign in", "Gift cards"), where a shop's or a listing's own short lines above its
/// first paragraph (copydesk's output of such a page, cleaned again) are longer: product names,
/// sizes, features.
const MIN_MENU_ENTRY_SHARE: f64 = 0.7;

/// Words a menu's entry has at most.
const MENU_ENTRY_WORDS: usize = 3;

/// Words from which a line of the header is a headline or a sentence rather than a menu's entry.
const LONG_LINE_WORDS: usize = 7;

/// Share of the header's lines of [`LONG_LINE_WORDS`] or more at most: a page's header holds a
/// promotion's banner or two among its entries, where a listing's teasers put a headline under each
/// section label or author's name, and a product's own text its features' lines between its names.
const MAX_LONG_LINE_SHARE: f64 = 0.15;

/// Share of the header's lines holding a digit at most: a menu's entries are bare names, where prices,
/// sizes, ratings and dates are a product's or a listing's data.
const MAX_NUMBERED_SHARE: f64 = 0.3;

/// Stretches of [`MIN_STRETCH_BLOCKS`] short blocks or more that the text holds at least, the header
/// among them: a whole page has chrome besides its header (a sidebar, related links, a footer's
/// columns), where an article's text, or copydesk's own output of a shop's page, holds its short
/// lines in one or two lists.
const MIN_STRETCHES: usize = 4;

/// Short blocks in a row that make a stretch of chrome.
const MIN_STRETCH_BLOCKS: usize = 5;

/// Data lines ([`is_data_line`]) in the short lines above the first prose from which they are an
/// article's list (a recipe's ingredients and times, a spec sheet) rather than a page's menu.
const MAX_DATA_LINES: usize = 5;

/// The blocks of a page's header in the blocks `m` of a text read as an article: the short blocks
/// between `from` (past a title kept as such) and the lead-in of the first prose, when there are at
/// least [`MIN_HEADER_BLOCKS`] of them, shaped as a menu's entries ([`is_menu_shaped`]), the text
/// holds [`MIN_STRETCHES`] stretches of short blocks, its prose holds [`MIN_PROSE_SHARE`] of its
/// words, and none of the short blocks is code, a table's row or one of a list of data lines. Empty
/// otherwise.
pub(crate) fn page_header(m: &Measured<'_>, from: usize) -> Range<usize> {
    let Some(first_prose) = (from..m.blocks.len()).find(|&i| is_run_block(m, i)) else {
        return 0..0;
    };
    if first_prose < from + MIN_HEADER_BLOCKS {
        return 0..0;
    }
    let header = from..first_prose - LEAD_IN_BLOCKS;
    let mut data_lines = 0usize;
    for block in &m.blocks[from..first_prose] {
        let listed = block.kind == BlockKind::TableRow
            || (block.kind == BlockKind::Preformatted && block.text.contains('\n'));
        data_lines += usize::from(is_data_line(&block.text));
        if listed || data_lines >= MAX_DATA_LINES {
            return 0..0;
        }
    }
    let words: usize = m.words.iter().sum();
    let prose_words: usize = (first_prose..m.blocks.len())
        .filter(|&i| is_run_block(m, i))
        .map(|i| m.words[i])
        .sum();
    if (prose_words as f64) < MIN_PROSE_SHARE * words as f64
        || !is_menu_shaped(m, header.clone())
        || stretches(m) < MIN_STRETCHES
    {
        return 0..0;
    }
    header
}

/// Whether the blocks of `range` read as a menu's entries: [`MIN_MENU_ENTRY_SHARE`] of them of at most
/// [`MENU_ENTRY_WORDS`] words, at most [`MAX_LONG_LINE_SHARE`] of [`LONG_LINE_WORDS`] or more, at
/// most [`MAX_NUMBERED_SHARE`] holding a digit.
fn is_menu_shaped(m: &Measured<'_>, range: Range<usize>) -> bool {
    let lines = range.len() as f64;
    let entries = range
        .clone()
        .filter(|&i| m.words[i] <= MENU_ENTRY_WORDS)
        .count();
    let numbered = m.blocks[range.clone()]
        .iter()
        .filter(|b| b.text.chars().any(char::is_numeric))
        .count();
    let long = range.filter(|&i| m.words[i] >= LONG_LINE_WORDS).count();
    entries as f64 >= MIN_MENU_ENTRY_SHARE * lines
        && long as f64 <= MAX_LONG_LINE_SHARE * lines
        && numbered as f64 <= MAX_NUMBERED_SHARE * lines
}

/// The stretches of [`MIN_STRETCH_BLOCKS`] or more short blocks in a row (blocks that are no prose,
/// [`is_run_block`]) in `m`.
fn stretches(m: &Measured<'_>) -> usize {
    let (mut count, mut streak) = (0usize, 0usize);
    for i in 0..m.blocks.len() {
        if is_run_block(m, i) {
            count += usize::from(streak >= MIN_STRETCH_BLOCKS);
            streak = 0;
        } else {
            streak += 1;
        }
    }
    count + usize::from(streak >= MIN_STRETCH_BLOCKS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::word_count;
    use crate::text::split_blocks;

    const PARA: &str = "The council approved the new budget on Monday after a debate that lasted well into the night.";

    const MENU: &[&str] = &[
        "Home",
        "News",
        "Sport",
        "Weather",
        "Culture",
        "Travel",
        "Food",
        "Money",
        "Health",
        "Science",
        "Sign in",
        "Newsletters",
    ];

    /// Five short lines: a sidebar's or a footer's column.
    const COLUMN: &str = "About us\n\nContact\n\nCareers\n\nAdvertise\n\nPrivacy\n\n";

    /// The texts of the blocks [`page_header`] takes from `text`, past its first block (the title).
    fn header(text: &str) -> Vec<String> {
        let blocks = split_blocks(text);
        let words: Vec<usize> = blocks.iter().map(|b| word_count(&b.text)).collect();
        let m = Measured::new(&blocks, &words, None);
        blocks[page_header(&m, 1)]
            .iter()
            .map(|b| b.text.clone())
            .collect()
    }

    fn lines(entries: &[&str]) -> String {
        entries.iter().map(|e| format!("{e}\n\n")).collect()
    }

    /// A page: `head` above the headline and byline, then the article with a sidebar, related links
    /// and a footer among and after its paragraphs (three more stretches of short lines).
    fn page(head: &str) -> String {
        format!(
            "Budget passes | The Daily Post\n\n{head}Budget passes\n\nBy Jane Doe\n\n{PARA}\n\n{PARA}\n\n\
             {COLUMN}{PARA}\n\n{PARA}\n\n{COLUMN}{PARA}\n\n{COLUMN}"
        )
    }

    #[test]
    fn a_menu_above_the_first_prose_goes_but_the_lead_in() {
        assert_eq!(header(&page(&lines(MENU))), MENU);
    }

    #[test]
    fn an_article_opening_with_a_few_labels_keeps_them() {
        assert!(header(&page("News\n\nPolitics\n\nMay 3, 2025\n\n")).is_empty());
    }

    #[test]
    fn an_article_without_chrome_elsewhere_keeps_its_opening_lines() {
        // Twelve short lines over the prose, but no other stretch of short lines: an article's own
        // list (a cast, a line-up), not a page's header.
        let text = format!(
            "Title\n\n{}Budget passes\n\nBy Jane Doe\n\n{PARA}\n\n{PARA}\n",
            lines(MENU)
        );
        assert!(header(&text).is_empty());
    }

    #[test]
    fn a_recipe_opening_with_its_ingredients_keeps_them() {
        let ingredients: String = (1..=11).map(|i| format!("{i} cups flour\n\n")).collect();
        assert!(header(&page(&ingredients)).is_empty());
    }

    #[test]
    fn a_shop_grid_with_prices_above_the_prose_stays() {
        let grid: String = (1..=12).map(|i| format!("Desk\n\n${i}9.00\n\n")).collect();
        assert!(header(&page(&grid)).is_empty());
    }

    #[test]
    fn teasers_with_headlines_above_the_prose_stay() {
        let teasers = "AI\n\nA roadmap for the city's new transit plan takes shape\n\nJane Doe\n\n";
        assert!(header(&page(&teasers.repeat(5))).is_empty());
    }

    #[test]
    fn a_grid_of_short_lines_over_a_line_of_prose_is_the_page_content() {
        // 360 short lines above the paragraphs: the prose holds a tenth of the words.
        let grid = lines(MENU).repeat(30);
        let text = format!("Title\n\n{grid}{PARA}\n\n{COLUMN}{PARA}\n\n{COLUMN}{PARA}\n\n{COLUMN}");
        assert!(header(&text).is_empty());
        // The same with more prose: a header.
        let text = format!("Title\n\n{}{}", lines(MENU), &text[7 + grid.len()..]);
        assert_eq!(header(&text).len(), MENU.len() - LEAD_IN_BLOCKS);
    }

    #[test]
    fn code_above_the_first_prose_stays() {
        let head = format!("{}    let x = 1;\n    let y = 2;\n\n", lines(MENU));
        assert!(header(&page(&head)).is_empty());
    }
}
