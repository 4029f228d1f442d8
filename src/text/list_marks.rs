//! Whether a text's bullets tell content lists from menus.
//!
//! Most page-to-text tools print a list's entries as bare lines: then a bullet ("• ", "* ", "- ")
//! was typed by the site, in an article's own list, and the locator takes a bulleted entry for
//! content. Others (`inscriptis`, `html2text` and other Markdown writers, `lynx -dump`, `w3m`,
//! `pandoc`) mark every `<li>` they print, so a page's menus and link lists come out bulleted too:
//! "* Home", "* News", "* Sport". There a bullet is no evidence of content, and a bulleted entry
//! reads as any other line of its length. The sign is the menus themselves: many bulleted entries
//! of one or two words, a good share of all such short lines.

use crate::block::{Block, BlockKind};

/// Bulleted entries of [`MAX_MENU_ENTRY_WORDS`] or fewer a text holds at least when its bullets are
/// a tool's: a page's menus run to dozens of entries, while an article's own list of one-word
/// entries (a packing list, a glossary) stays one list among prose. Measured on page and container
/// text written by several tools (see the CHANGELOG): plain dumps of the dev sets have at most a
/// handful, `inscriptis` dumps of the same pages dozens to hundreds.
const MIN_MENU_ENTRIES: usize = 10;

/// Share of a text's lines of [`MAX_MENU_ENTRY_WORDS`] or fewer that must be bulleted: a tool that
/// marks lists bullets nearly every menu entry, while the short lines of a plain dump are bare.
const MIN_MENU_ENTRY_SHARE: f64 = 0.3;

/// Words of a menu's entry ("Home", "Contact us").
const MAX_MENU_ENTRY_WORDS: usize = 2;

/// Whether the text's bullets are a tool's, marking every list (menus included) rather than content
/// lists only: [`MIN_MENU_ENTRIES`] bulleted entries of a word or two or more, making at least
/// [`MIN_MENU_ENTRY_SHARE`] of all its blocks of a word or two. `words[i]` is `blocks[i]`'s word
/// count; a numbered entry ("1. ") is no menu's.
pub(crate) fn bullets_mark_menus(blocks: &[Block], words: &[usize]) -> bool {
    let (mut bulleted, mut bare) = (0usize, 0usize);
    for (block, &n) in blocks.iter().zip(words) {
        if n == 0 || n > MAX_MENU_ENTRY_WORDS {
            continue;
        }
        if block.kind == BlockKind::ListItem && is_bulleted(&block.text) {
            bulleted += 1;
        } else {
            bare += 1;
        }
    }
    bulleted >= MIN_MENU_ENTRIES
        && bulleted as f64 >= MIN_MENU_ENTRY_SHARE * (bulleted + bare) as f64
}

/// Whether a list item opens with a bullet, not a number.
pub(crate) fn is_bulleted(text: &str) -> bool {
    !text.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::bullets_mark_menus;
    use crate::measure::word_count;
    use crate::text::split_blocks;

    fn marks_menus(text: &str) -> bool {
        let blocks = split_blocks(text);
        let words: Vec<usize> = blocks.iter().map(|b| word_count(&b.text)).collect();
        bullets_mark_menus(&blocks, &words)
    }

    const PARA: &str =
        "The council approved the new budget on Monday after a debate that lasted well into the night.";

    fn menu(bullet: &str, entries: &[&str]) -> String {
        entries.iter().map(|e| format!("{bullet}{e}\n")).collect()
    }

    const ENTRIES: [&str; 12] = [
        "Home",
        "News",
        "Sport",
        "Weather",
        "Culture",
        "Travel",
        "Video",
        "Audio",
        "Contact us",
        "Careers",
        "Privacy",
        "Terms",
    ];

    #[test]
    fn a_page_whose_menus_are_bulleted_marks_menus() {
        let page = format!(
            "{}\n{PARA}\n\n{}",
            menu("* ", &ENTRIES),
            menu("  + ", &ENTRIES)
        );
        assert!(marks_menus(&page));
    }

    #[test]
    fn bare_menus_and_an_article_s_bulleted_list_do_not() {
        // A plain dump: the menus bare, the article's own list bulleted.
        let list = "• Added granite blocks\n• Added banners\n• Added armor stands\n";
        let page = format!(
            "{}\n{PARA}\n\n{list}\n{PARA}\n\n{}",
            menu("", &ENTRIES),
            menu("", &ENTRIES)
        );
        assert!(!marks_menus(&page));
        // A few bulleted one-word entries are an article's list, not a tool's habit.
        let glossary = menu("- ", &ENTRIES[..6]);
        assert!(!marks_menus(&format!("{PARA}\n\n{glossary}\n{PARA}\n")));
    }

    #[test]
    fn numbered_entries_are_no_menu() {
        let ranks: String = (1..=12).map(|i| format!("{i}. Seattle\n")).collect();
        assert!(!marks_menus(&format!("{PARA}\n\n{ranks}\n{PARA}\n")));
    }

    #[test]
    fn bulleted_entries_among_as_many_bare_short_lines_do_not() {
        // Twelve bulleted entries among forty bare short lines: the site's own bullets.
        let bare: Vec<String> = (0..40).map(|i| format!("Section {i}")).collect();
        let bare: Vec<&str> = bare.iter().map(String::as_str).collect();
        let page = format!("{}\n{PARA}\n\n{}", menu("", &bare), menu("* ", &ENTRIES));
        assert!(!marks_menus(&page));
    }
}
