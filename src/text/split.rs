//! Splits plain text into blocks, each located in the input by its byte span.

use crate::block::{Block, BlockKind};
use crate::measure::{ends_sentence, word_count};

/// Words a line needs before it may be the first half of a soft-wrapped paragraph. Shorter lines stand
/// alone: labels ("Tags:", "Latest"), datelines, menu entries.
const MIN_WRAPPED_LINE_WORDS: usize = 8;

/// Splits text into blocks: at blank lines, and at single line breaks where a line stands alone.
///
/// A line is joined to the next only when it looks soft-wrapped: it is long, does not end a sentence, and
/// the next line goes on in lower case. Lines starting with a bullet ("• ", "- ", "* ", "1. ") are list items.
/// Every block records its byte span in `text`.
///
/// # Examples
///
/// ```
/// use copydesk::text::split_blocks;
/// use copydesk::BlockKind;
///
/// let text = "Tags:\nLatest\n\nA long paragraph that was wrapped by the scraper at some width\nand goes on here.\n\n- one\n";
/// let blocks = split_blocks(text);
/// let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
/// assert_eq!(texts, ["Tags:", "Latest",
///     "A long paragraph that was wrapped by the scraper at some width and goes on here.", "- one"]);
/// assert_eq!(blocks[3].kind, BlockKind::ListItem);
/// assert_eq!(&text[blocks[1].span.clone().unwrap()], "Latest");
/// ```
pub fn split_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut group: Vec<(usize, &str)> = Vec::new();
    for (start, line) in raw_lines(text) {
        if line.trim().is_empty() {
            split_group(&group, &mut blocks);
            group.clear();
        } else {
            group.push((start, line));
        }
    }
    split_group(&group, &mut blocks);
    blocks
}

/// Splits one group of lines (between blank lines) into blocks: one preformatted block when the group is
/// indented code, else at the lines that stand alone.
fn split_group(group: &[(usize, &str)], blocks: &mut Vec<Block>) {
    if let Some(block) = preformatted(group) {
        blocks.push(block);
        return;
    }
    let mut open: Option<(usize, usize, String)> = None; // (start, end, text) of a soft-wrapped paragraph
    for &(start, raw) in group {
        let lead = raw.len() - raw.trim_start().len();
        let (start, line) = (start + lead, raw.trim());
        let end = start + line.len();
        match open.as_mut() {
            Some((_, open_end, joined)) if continues(joined, line) => {
                joined.push(' ');
                joined.push_str(line);
                *open_end = end;
            }
            _ => {
                flush(&mut open, blocks);
                open = Some((start, end, line.to_string()));
            }
        }
    }
    flush(&mut open, blocks);
}

/// A group of lines that reads as code — a later line indented, and a line ending or holding code's
/// punctuation — as one preformatted block that keeps its line breaks and indentation: the shape
/// [`crate::Article::text`] gives a preformatted block, so an article's text cleaned again keeps its code.
/// Page text from a scraper has no such groups; its lines of code would otherwise stand alone and read
/// as a stretch of menu lines.
fn preformatted(group: &[(usize, &str)]) -> Option<Block> {
    if group.len() < 2 || !(is_indented_code(group) || is_flush_code(group)) {
        return None;
    }
    let first_start = group[0].0;
    let (last_start, last) = group[group.len() - 1];
    let text = group
        .iter()
        .map(|(_, line)| line.trim_end())
        .collect::<Vec<_>>()
        .join("\n");
    Some(Block::located(
        BlockKind::Preformatted,
        text,
        first_start..last_start + last.trim_end().len(),
    ))
}

/// Indented code: a later line indented, and a line of code among them.
fn is_indented_code(group: &[(usize, &str)]) -> bool {
    let indented = group
        .iter()
        .skip(1)
        .any(|(_, line)| line.starts_with([' ', '\t']));
    indented && group.iter().any(|(_, line)| is_code_line(line))
}

/// Code without indentation (a script's imports, a shell session, flat statements): at least
/// [`FLUSH_CODE_SHARE`] of the lines are statements by their own shape. Commas and colons, which end
/// lines of verse and of lists, do not count here.
fn is_flush_code(group: &[(usize, &str)]) -> bool {
    let statements = group
        .iter()
        .filter(|(_, line)| is_statement_line(line))
        .count();
    statements as f64 >= FLUSH_CODE_SHARE * group.len() as f64
}

/// Share of a group's lines that must read as statements for the group to be code without indentation:
/// two in three, so that one prose line ending in a bracket does not make a menu code.
const FLUSH_CODE_SHARE: f64 = 2.0 / 3.0;

/// Words a line of code starts with in the languages articles quote most (Python, JavaScript, C, shell),
/// all lower case: prose lines start with a capital.
const STATEMENT_STARTS: &[&str] = &[
    "import ",
    "from ",
    "def ",
    "class ",
    "return ",
    "const ",
    "let ",
    "var ",
    "function ",
    "#include",
    "#!",
    "$ ",
    "pip ",
    "npm ",
    "cd ",
    "sudo ",
    "git ",
    "cargo ",
    "print(",
    "if (",
    "for (",
    "while (",
];

/// A line that is a statement of code by its shape: it ends in a semicolon, a brace or an opening
/// bracket, holds an assignment, an arrow or a line comment, or starts with a word code lines start
/// with. A closing bracket does not count: teaser lines end in "(12 Photos)" and "(Video)".
fn is_statement_line(line: &str) -> bool {
    let line = line.trim();
    line.ends_with(['{', '}', ';', '(', '['])
        || line.contains(" = ")
        || line.contains("=>")
        || line.contains("//")
        || STATEMENT_STARTS.iter().any(|start| line.starts_with(start))
}

/// A line that ends in code's punctuation (or a tag's bracket) or holds an assignment, an arrow or a
/// line comment.
fn is_code_line(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(['{', '}', ';', '(', ')', '[', ']', ':', ',', '>'])
        || line.contains(" = ")
        || line.contains("=>")
        || line.contains("//")
}

/// Pushes the open paragraph as a block.
fn flush(open: &mut Option<(usize, usize, String)>, blocks: &mut Vec<Block>) {
    if let Some((start, end, text)) = open.take() {
        let kind = if is_list_item(&text) {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        blocks.push(Block::located(kind, text, start..end));
    }
}

/// True when `next` continues the paragraph `so_far` (a soft line wrap, not a new block).
fn continues(so_far: &str, next: &str) -> bool {
    let last_line = so_far.rsplit('\n').next().unwrap_or(so_far);
    let Some(first) = next.chars().next() else {
        return false;
    };
    first.is_lowercase()
        && !is_list_item(next)
        && !is_list_item(so_far)
        && !ends_sentence(last_line)
        && !last_line.ends_with(':')
        && word_count(last_line) >= MIN_WRAPPED_LINE_WORDS
}

/// Lines that open with a bullet or a number and a full stop or bracket.
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '-' | '*' | '+' | '–' | '·' | '▪' | '◦') => {
            chars.next().is_some_and(char::is_whitespace)
        }
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            let mut after = rest.chars();
            line.len() - rest.len() <= 3
                && matches!(after.next(), Some('.' | ')'))
                && after.next().is_some_and(char::is_whitespace)
        }
        _ => false,
    }
}

/// Each line with its start offset, untrimmed. Any of `\n`, `\r\n` and `\r` ends a line.
fn raw_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text;
    let mut offset = 0;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, consumed) = match memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            Some(i) => {
                let after = if rest.as_bytes()[i..].starts_with(b"\r\n") {
                    i + 2
                } else {
                    i + 1
                };
                (&rest[..i], after)
            }
            None => (rest, rest.len()),
        };
        let item = (offset, line);
        rest = &rest[consumed..];
        offset += consumed;
        Some(item)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        split_blocks(text).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn blank_lines_and_lone_lines_split() {
        assert_eq!(texts("A\n\n\nB\r\nC\rD"), ["A", "B", "C", "D"]);
    }

    #[test]
    fn a_dateline_glued_to_the_lede_splits() {
        let text = "Other News Materials 24 November 2018 11:24 (UTC +04:00)\nJapanese Foreign Minister Taro Kono met his counterpart";
        assert_eq!(texts(text).len(), 2);
    }

    #[test]
    fn soft_wrapped_lines_join() {
        let text = "The minister said on Monday that the talks would resume next\nweek in Geneva, after a pause of two months.";
        assert_eq!(texts(text).len(), 1);
    }

    #[test]
    fn spans_point_at_the_trimmed_text() {
        let text = "  Title  \n\n\tBody text here.\n";
        for block in split_blocks(text) {
            assert_eq!(&text[block.span.unwrap()], block.text);
        }
    }

    #[test]
    fn list_items_are_typed() {
        let blocks = split_blocks("• first\n2. second\n- third\n-not a bullet");
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn indented_code_is_one_preformatted_block() {
        let text = "Call it like this:\n\nfetch(url).then(function(res) {\n  console.log(res.ok);\n});\n\nThat is all.";
        let blocks = split_blocks(text);
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
        assert_eq!(
            blocks[1].text,
            "fetch(url).then(function(res) {\n  console.log(res.ok);\n});"
        );
        assert_eq!(&text[blocks[1].span.clone().unwrap()], blocks[1].text);
    }

    #[test]
    fn indented_lines_without_code_stay_lines() {
        // A scraper's page text can keep the markup's indentation: a menu is still a menu.
        assert_eq!(
            texts("Home\n  News\n  Sport\n  Weather"),
            ["Home", "News", "Sport", "Weather"]
        );
    }

    #[test]
    fn code_without_indentation_is_one_block_when_its_lines_are_statements() {
        let script = "import os\nfrom time import sleep\nx = os.getcwd()\nprint(x)";
        let blocks = split_blocks(&format!("Run this:\n\n{script}\n\nThen wait."));
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
        assert_eq!(blocks[1].text, script);
        // Verse ends its lines with commas: lines, not code.
        let verse = "Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you.";
        assert!(split_blocks(verse)
            .iter()
            .all(|b| b.kind != BlockKind::Preformatted));
        let teasers = "Bored on a plane (Video)\nCan we ride on your handle bars? (34 Photos)\nBest players (26 Photos)";
        assert_eq!(texts(teasers).len(), 3);
    }

    #[test]
    fn whitespace_only_gives_no_blocks() {
        assert!(split_blocks(" \n\t\n\r\n").is_empty());
    }
}
