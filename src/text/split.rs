//! Splits plain text into blocks, each located in the input by its byte span.

use crate::block::{Block, BlockKind};
use crate::document::LineGroup;
use crate::measure::{ends_sentence, is_format_character, word_count};
use std::borrow::Cow;
use std::ops::Range;

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
    split_text(text).0
}

/// [`split_blocks`], and the groups of lines between blank lines that came out a block for each line
/// (see [`LineGroup`]), when the text's spacing is meaningful and none of its prose lines shares a
/// group with another line that is read as a block of its own: a text that parts its paragraphs by
/// blank lines. None otherwise. A group that is a program's text by its own lines
/// ([`Group::is_program_text`]) may hold a sentence: it is given back, and does not count against the text.
///
/// Both conditions hold again for the text's own output: its paragraphs stand a blank line apart, flush,
/// and the groups given back hold no prose line but in a program's text, which reads the same alone,
/// whatever the cleaners took. So the output, read again, has the same groups.
pub(crate) fn split_text(text: &str) -> (Vec<Block>, Vec<LineGroup>) {
    let groups = read_groups(text);
    let layout = Layout::of(&groups);
    let mut blocks = Vec::new();
    let mut line_groups = Vec::new();
    let mut prose_grouped = false;
    for group in &groups {
        let first = blocks.len();
        split_group(group, layout, &mut blocks);
        let split = &blocks[first..];
        if group.lines.len() >= 2 && split.len() >= 2 {
            let lines = line_group(&group.lines, split);
            match group.has_prose_line() {
                true if lines.is_some() && group.is_program_text() => line_groups.extend(lines),
                true => prose_grouped = true,
                false => line_groups.extend(lines),
            }
        }
    }
    mark_table_rows(&mut blocks);
    if layout != Layout::Meaningful || prose_grouped {
        line_groups.clear();
    }
    (blocks, line_groups)
}

/// A group of lines between blank lines, read once for both the text's [`Layout`] and its split:
/// each line as it stands (with its byte offset) and as the normalizers will leave it
/// ([`settled`]), which of those read as prose ([`is_prose_line`]), and the group's shape as code
/// (see [`Group::is_code_by_shape`]).
struct Group<'a> {
    /// The lines, each with its offset in the text.
    lines: Vec<(usize, &'a str)>,
    /// The lines as the normalizers will leave them, for reading their shape.
    settled: Vec<Cow<'a, str>>,
    /// For each settled line, whether it reads as prose.
    prose: Vec<bool>,
    /// Code by its shape whatever the text's layout: fenced, or code without indentation (two lines
    /// or more).
    code: bool,
    /// Indented code ([`is_indented_code`], two lines or more): code by its shape unless the text's
    /// indentation is a tool's nesting of lists ([`Layout::Nested`]).
    indented_code: bool,
    /// An indented block (two lines or more): code by its shape where the layout is meaningful.
    indented_block: bool,
}

impl<'a> Group<'a> {
    /// Reads the lines of one group.
    fn read(lines: Vec<(usize, &'a str)>) -> Group<'a> {
        let settled: Vec<Cow<'a, str>> = lines.iter().map(|&(_, line)| settled(line)).collect();
        let prose = settled.iter().map(|line| is_prose_line(line)).collect();
        let view = settled_view(&settled);
        let several = view.len() >= 2;
        Group {
            code: several && (is_fenced(&view) || is_flush_code(&view)),
            indented_code: several && is_indented_code(&view),
            indented_block: several && is_indented_block(&view),
            lines,
            settled,
            prose,
        }
    }

    /// A group of two lines or more that is code by its shape alone: fenced or code without
    /// indentation ([`is_flush_code`]), whatever the text's layout; indented code
    /// ([`is_indented_code`]) unless the indentation is a tool's nesting of lists ([`Layout::Nested`]);
    /// and, where the layout is meaningful, an indented block ([`is_indented_block`]). Where indentation is
    /// the text's margin, a group indented as every other is not set in.
    fn is_code_by_shape(&self, layout: Layout) -> bool {
        self.code
            || self.indented_code && layout != Layout::Nested
            || layout == Layout::Meaningful && self.indented_block
    }

    /// The settled lines that read as prose.
    fn prose_lines(&self) -> impl Iterator<Item = &str> {
        self.settled
            .iter()
            .zip(&self.prose)
            .filter(|(_, &prose)| prose)
            .map(|(line, _)| line.as_ref())
    }

    /// The settled lines that do not read as prose.
    fn other_lines(&self) -> impl Iterator<Item = &str> {
        self.settled
            .iter()
            .zip(&self.prose)
            .filter(|(_, &prose)| !prose)
            .map(|(line, _)| line.as_ref())
    }

    /// Whether a line of the group reads as prose ([`is_prose_line`]).
    fn has_prose_line(&self) -> bool {
        self.prose.contains(&true)
    }

    /// A group of lines holding a sentence that is still a program's text, not a paragraph with a
    /// label over it: a line that is no sentence is a program's diagnostic ([`is_diagnostic`]), and
    /// each sentence stands flush and single-spaced, as a paragraph of the output would (so the
    /// layout the text reads, [`Layout::of`], is the same again when the group comes back as it
    /// stood). A compiler's closing lines: "For more information about this error, try `rustc
    /// --explain E0382`." over "error: could not compile `demo` due to 1 previous error".
    ///
    /// Its lines are still read one by one; the text gives them back together only when the cleaners
    /// keep every one, and its sentences do not part the text's other groups (see [`split_text`]).
    /// The test reads the group alone, and a group given back comes out as it stood, so a second
    /// reading of the output finds the same group and reads it the same.
    fn is_program_text(&self) -> bool {
        self.prose_lines().all(stands_flush)
            && self.other_lines().any(|line| is_diagnostic(visible(line)))
    }

    /// A group whose spacing marks it as preformatted, by a line that is no line of prose: a line
    /// aligned by spaces or tabs, a line of code spaced by a double space, or, in a group without
    /// prose, an indented line that is not a list item (nested lists indent theirs). A group holding
    /// prose is laid out only by columns or spaced code, and only when each of its lines of prose
    /// stands flush and single-spaced ([`stands_flush`]): a configuration file whose comments are
    /// sentences, over its aligned settings. An indented line under a sentence is a paragraph's own
    /// (a page's markup indentation), and a prose line that keeps its spacing in the output would
    /// change the layout a second reading finds ([`Layout::of`]).
    fn is_laid_out(&self) -> bool {
        if !self.prose_lines().all(stands_flush) {
            return false;
        }
        let no_prose = !self.has_prose_line();
        self.other_lines().any(|line| {
            is_aligned(line)
                || is_spaced_code(line)
                || no_prose && is_indented(line) && !is_list_item(visible(line))
        })
    }
}

/// Settled lines as the `(offset, line)` pairs the shape tests read (offsets unused there).
fn settled_view<'s>(settled: &'s [Cow<'_, str>]) -> Vec<(usize, &'s str)> {
    settled.iter().map(|line| (0, line.as_ref())).collect()
}

/// The text's groups of lines between blank lines, each read once ([`Group::read`]).
fn read_groups(text: &str) -> Vec<Group<'_>> {
    let mut groups = Vec::new();
    let mut lines: Vec<(usize, &str)> = Vec::new();
    for (start, line) in raw_lines(text) {
        if line.trim().is_empty() {
            if !lines.is_empty() {
                groups.push(Group::read(std::mem::take(&mut lines)));
            }
        } else {
            lines.push((start, line));
        }
    }
    if !lines.is_empty() {
        groups.push(Group::read(lines));
    }
    groups
}

/// Rows a run of lines with the same cells needs to be a table: a header and two rows, or three
/// rows. Two lines of links parted by bars (a footer's) are no table.
const MIN_TABLE_ROWS: usize = 3;

/// The cell border [`crate::Article::text`] prints between a table row's cells.
const CELL_BORDER: &str = " | ";

/// Marks the rows of tables as [`BlockKind::TableRow`]: a line of cells with a bar at each end
/// ("| Station | Rainfall |", as an article's text and Markdown print a row), standing alone too;
/// and runs of [`MIN_TABLE_ROWS`] paragraphs or list items or more, each a line of cells parted by
/// [`CELL_BORDER`], all with the same number of cells. The cleaners leave a table's rows alone (see
/// [`crate::cleaners::Cleaner::judges_table_rows`]), so an article's text read again keeps them.
fn mark_table_rows(blocks: &mut [Block]) {
    let cells = |block: &Block| match block.kind {
        // A row whose first cell opens with a bullet reads as a list item ("• Dominion | 1907").
        BlockKind::Paragraph | BlockKind::ListItem if !block.text.contains('\n') => {
            block.text.matches(CELL_BORDER).count()
        }
        _ => 0,
    };
    for block in blocks.iter_mut() {
        if matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
            && is_bordered_row(&block.text)
        {
            block.kind = BlockKind::TableRow;
        }
    }
    let mut start = 0;
    while start < blocks.len() {
        let count = cells(&blocks[start]);
        let run = blocks[start..]
            .iter()
            .take_while(|block| count > 0 && cells(block) == count)
            .count()
            .max(1);
        if count > 0 && run >= MIN_TABLE_ROWS {
            blocks[start..start + run]
                .iter_mut()
                .for_each(|block| block.kind = BlockKind::TableRow);
        }
        start += run;
    }
}

/// A line with a bar and a space at each end, and no line break: "| Merchant | Price |", "| Total |".
/// Scraped menus part their links by bars, but do not open and close the line with them.
fn is_bordered_row(text: &str) -> bool {
    !text.contains('\n')
        && text.len() >= 4
        && (text.starts_with("| ") || text.starts_with("|\t"))
        && (text.ends_with(" |") || text.ends_with("\t|"))
}

/// A line neither indented nor aligned by its spacing: how a paragraph comes out.
fn stands_flush(line: &str) -> bool {
    !is_indented(line) && !is_aligned(line)
}

/// A program's diagnostic: a line opening with a lower-case name and a colon, the message after it
/// in lower case too ("error: could not compile", "warning: unused variable", "grep: notes.txt: No
/// such file", "fatal: not a git repository"), the shape compilers and Unix tools print. A label
/// opens with a capital, and a glossary's entry ("ggplot2: A package for graphs.") gives its
/// description one.
fn is_diagnostic(line: &str) -> bool {
    let Some((name, message)) = line.split_once(": ") else {
        return false;
    };
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        && message.starts_with(|c: char| c.is_lowercase())
}

/// The [`LineGroup`] of a group of lines without prose that came out as `blocks`: when each line is a
/// block of its own, and not every line is a list item (the house style gives each item a block).
fn line_group(group: &[(usize, &str)], blocks: &[Block]) -> Option<LineGroup> {
    if blocks.len() != group.len() || blocks.iter().all(|block| block.kind == BlockKind::ListItem) {
        return None;
    }
    let lines: Vec<Range<usize>> = blocks
        .iter()
        .map(|block| block.span.clone())
        .collect::<Option<_>>()?;
    let (text, span) = as_they_stand(group);
    Some(LineGroup { span, text, lines })
}

/// Whether a text's spacing carries meaning: whether indentation and runs of spaces inside a line can
/// mark preformatted text (code, a shell session, an aligned table) rather than a scraper's leftovers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Prose lines stand flush and single-spaced, so the lines that do not are laid out on purpose: the
    /// shape of [`crate::Article::text`], whose only indented or aligned lines are preformatted blocks.
    Meaningful,
    /// Prose lines are indented or padded too: the markup's own indentation, as a scraper's page dump
    /// keeps it. Spacing says nothing there.
    Incidental,
    /// Incidental, and the indentation is a tool's nesting of lists ([`MIN_NESTED_ENTRIES`]): a
    /// line deeper than the one above it is a sub-menu's, no evidence of code either.
    Nested,
}

/// A line that reads as prose for [`Layout::of`]: past any punctuation, control or invisible character
/// it opens with a letter, has [`MIN_WRAPPED_LINE_WORDS`] words or more and ends a sentence. (A code
/// comment that is a sentence reads as prose too: reading `#` or `//` as code here made the reading of a
/// line depend on marks the cleaners' output no longer had, and a second reading differed.)
fn is_prose_line(line: &str) -> bool {
    line.split(is_vertical_space).any(|part| {
        let part = visible(part);
        part.trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_alphabetic)
            // The end first: it is read at once, the words are counted along the whole line.
            && ends_sentence(part)
            && word_count(part) >= MIN_WRAPPED_LINE_WORDS
    })
}

/// The characters inside a line that the normalizers take for line breaks: vertical tab, form feed,
/// NEL, the Unicode line and paragraph separators. Each part of a line between them is read as a line.
fn is_vertical_space(c: char) -> bool {
    matches!(c, '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A line as the normalizers will leave it, for reading its shape: every space but a tab a plain space,
/// and no invisible character (a no-break space and a zero-width joiner are gone after the first run,
/// and a second reading of the output must read the line the same).
fn settled(line: &str) -> Cow<'_, str> {
    // ASCII without controls is as it will stay; a stray control (`\u{e}`) goes, and a line it
    // opened reads as indented once it has gone.
    if line.is_ascii() && !line.bytes().any(|b| b.is_ascii_control()) {
        return Cow::Borrowed(line);
    }
    Cow::Owned(
        line.chars()
            .filter(|&c| !is_format_character(c))
            .map(|c| if is_horizontal_space(c) { ' ' } else { c })
            .collect(),
    )
}

/// A space within a line that the normalizers make a plain space: any whitespace but a tab and the
/// characters they take for line breaks (vertical tab, form feed, NEL, the Unicode line and paragraph
/// separators).
fn is_horizontal_space(c: char) -> bool {
    c.is_whitespace() && c != '\t' && !is_vertical_space(c)
}

/// Whether `text`, read again as text input on its own, is one preformatted block: what is left of a
/// preformatted block once a cleaner has cut part of it may no longer be (a breadcrumb aligned by tabs,
/// cut down to the headline after it).
pub(crate) fn reads_as_preformatted(text: &str) -> bool {
    let blocks = split_blocks(text);
    blocks.len() == 1 && blocks[0].kind == BlockKind::Preformatted
}

/// A line without the spacing and the invisible characters at its ends (a zero-width joiner, a soft
/// hyphen): the normalizers remove those later, so reading the line past them reads it as it comes out.
fn visible(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || is_format_character(c))
}

/// Share of prose lines that may be indented or padded while the text's spacing still counts as
/// meaningful: one in five, for a quotation or two indented by hand in an article.
const INCIDENTAL_PROSE_SHARE: f64 = 0.2;

impl Layout {
    /// Reads the layout from the prose lines: lines of [`MIN_WRAPPED_LINE_WORDS`] words or more that end
    /// a sentence. A text without any has nothing against meaningful spacing. Groups that are code by
    /// their shape ([`Group::is_code_by_shape`]) are preformatted whatever the layout and are not read here;
    /// groups laid out by their spacing ([`Group::is_laid_out`]) and groups of a program's text given back
    /// whole ([`Group::is_program_text`]) hold prose lines only flush and single-spaced; every other line comes
    /// out flush in a paragraph. So no prose line read here is padded in a text cleaned once, which
    /// reads the same layout again, whatever lines of prose the cleaners cut.
    fn of(groups: &[Group<'_>]) -> Layout {
        let mut counts = ProseLines::default();
        for group in groups {
            counts.add(group);
        }
        if counts.nested_entries >= MIN_NESTED_ENTRIES {
            return Layout::Nested;
        }
        if counts.padded as f64 > INCIDENTAL_PROSE_SHARE * counts.flowing as f64
            || counts.set_in as f64 > MARGIN_PROSE_SHARE * (counts.flowing + counts.set_in) as f64
                && counts.indented_lines as f64 >= MARGIN_LINE_SHARE * counts.lines as f64
        {
            Layout::Incidental
        } else {
            Layout::Meaningful
        }
    }
}

/// Share of all prose lines above which the prose standing in indented blocks ([`is_indented_block`])
/// shows the indentation to be the text's margin, not a quotation set in: most of the text's prose is
/// indented, as in a page's text printed with the markup's indentation (the text content of an element,
/// an HTML parser's text of a pretty-printed page). A quotation or a poem set in an article is less
/// than half of its prose.
const MARGIN_PROSE_SHARE: f64 = 0.5;

/// Share of a text's lines that must be indented for the indentation to be its margin: nearly all, as a
/// page's text printed with the markup's indentation has them. An article that sets a docstring or a
/// quoted message in has lines of its own standing flush around it.
const MARGIN_LINE_SHARE: f64 = 0.8;

/// Indented list entries ("  • Home", "    * News") from which a text's indentation is the nesting of
/// the page's lists as a tool printed them (`inscriptis`, `resiliparse`, `w3m`, Markdown writers), not
/// a layout of its own: such tools indent every nested list, menus included, and a page's menus run
/// to dozens of entries. A text typed or dumped plain opens its list entries flush.
const MIN_NESTED_ENTRIES: usize = 10;

/// The prose lines [`Layout::of`] reads the layout from, and how many of all the lines are indented.
#[derive(Debug, Default)]
struct ProseLines {
    /// Prose lines of the groups that are not code by their shape ([`Group::is_code_by_shape`]).
    flowing: usize,
    /// Those of them indented or aligned.
    padded: usize,
    /// Prose lines of the indented blocks that are not code otherwise ([`Group::is_code_by_shape`] but for
    /// [`is_indented_block`]).
    set_in: usize,
    /// Lines that are not blank.
    lines: usize,
    /// Those of them indented ([`is_indented`]).
    indented_lines: usize,
    /// Indented lines that are list entries ([`MIN_NESTED_ENTRIES`]).
    nested_entries: usize,
}

impl ProseLines {
    /// Adds a group's prose lines.
    fn add(&mut self, group: &Group<'_>) {
        self.lines += group.settled.len();
        // One pass over the lines: indented ones, list entries, indented entries, and whether the
        // group is a comment block of C's family ("/**", " * I format the name.", " */"), which
        // stars its lines too.
        let (mut indented, mut entries, mut nested, mut comment) = (0, 0, 0, false);
        for line in &group.settled {
            let shown = visible(line);
            let set_in = is_indented(line);
            let entry = is_list_item(shown);
            indented += usize::from(set_in);
            entries += usize::from(entry);
            nested += usize::from(set_in && entry);
            comment |= shown.starts_with("/*") || shown.ends_with("*/");
        }
        self.indented_lines += indented;
        // Only a list's entries: a program's text holds a few (YAML's "  - name: web") among its lines.
        if !comment && entries * 2 >= group.settled.len() {
            self.nested_entries += nested;
        }
        if group.is_code_by_shape(Layout::Incidental) {
            return;
        }
        // Code by its shape where the layout is meaningful, and not otherwise: an indented block
        // (the rest of [`Group::is_code_by_shape`] was asked above and does not depend on the layout).
        if group.indented_block {
            self.set_in += group.prose_lines().count();
            return;
        }
        for line in group.prose_lines() {
            self.flowing += 1;
            self.padded += usize::from(is_indented(line) || is_aligned(line));
        }
    }
}

/// A Markdown fenced block: a group that opens with a fence of three backticks or tildes (an info
/// string after it at most: "```python") and closes with the same fence. Chat transcripts, READMEs and
/// forum posts print code so, and whatever stands between the fences is kept as it stands.
fn is_fenced(group: &[(usize, &str)]) -> bool {
    let first = group[0].1.trim();
    let last = group[group.len() - 1].1.trim();
    ["```", "~~~"].iter().any(|fence| {
        first.starts_with(fence) && !first[fence.len()..].contains(fence) && last == *fence
    })
}

/// Spaces every line of an indented block starts with: Markdown's indented code block.
const BLOCK_INDENT: usize = 4;

/// A group whose every line is indented by [`BLOCK_INDENT`] spaces or a tab at least, prose or not: an
/// indented block (a docstring, a quoted message, a poem set in) keeps its lines, as Markdown reads it.
/// A page's text and an article's paragraphs start their lines flush.
fn is_indented_block(group: &[(usize, &str)]) -> bool {
    group.iter().all(|(_, line)| {
        let line = line.trim_start_matches(is_format_character);
        (line.starts_with('\t') || line.starts_with(&" ".repeat(BLOCK_INDENT)))
            && !line.trim().is_empty()
    })
}

/// Splits one group of lines (between blank lines) into blocks: one preformatted block when the group is
/// code or laid out, else at the lines that stand alone. Code with blank lines inside comes out as one
/// preformatted block for each group: cleaners judge each apart, as a second reading of the output does.
fn split_group(group: &Group<'_>, layout: Layout, blocks: &mut Vec<Block>) {
    if group.lines.is_empty() {
        return;
    }
    if let Some(block) = preformatted(group, layout) {
        blocks.push(block);
        return;
    }
    let mut open: Option<(usize, usize, String)> = None; // (start, end, text) of a soft-wrapped paragraph
                                                         // Whether the open paragraph has the words to go on: counted on its first line only, as a
                                                         // paragraph's words only grow when a line joins it (counting the whole paragraph again at every
                                                         // line took time quadratic in its length).
    let mut open_long = false;
    for &(start, raw) in &group.lines {
        let lead = raw.len() - raw.trim_start().len();
        let (start, line) = (start + lead, raw.trim());
        let end = start + line.len();
        match open.as_mut() {
            Some((_, open_end, joined)) if continues(joined, open_long, line) => {
                joined.push(' ');
                joined.push_str(line);
                *open_end = end;
            }
            _ => {
                flush(&mut open, blocks);
                open_long = word_count(visible(line)) >= MIN_WRAPPED_LINE_WORDS;
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
///
/// Where the text's [`Layout`] is meaningful, a group is preformatted on its spacing alone, a single line
/// too: a line aligned by runs of spaces or tabs, or an indented line — unless a line of the group is
/// prose, which preformatted text seldom holds and a paragraph always does.
fn preformatted(group: &Group<'_>, layout: Layout) -> Option<Block> {
    if !(group.is_code_by_shape(layout) || layout == Layout::Meaningful && group.is_laid_out()) {
        return None;
    }
    let (text, span) = as_they_stand(&group.lines);
    Some(Block::located(BlockKind::Preformatted, text, span))
}

/// A group's lines as they stand, the spaces at their ends dropped, joined by line feeds; and their span
/// in the text, from the first line's first byte to the last line's last.
fn as_they_stand(group: &[(usize, &str)]) -> (String, Range<usize>) {
    let first_start = group[0].0;
    let (last_start, last) = group[group.len() - 1];
    let text = group
        .iter()
        .map(|(_, line)| line.trim_end())
        .collect::<Vec<_>>()
        .join("\n");
    (text, first_start..last_start + last.trim_end().len())
}

/// A line of code with a double space inside it (`{  const x = 1;`, a cron entry's `sun  /path`): where
/// the text's layout is meaningful a browser would have folded the space, so it was printed as it
/// stands. A double space in a line of prose is a typist's slip ([`is_aligned`]).
fn is_spaced_code(line: &str) -> bool {
    let inner = visible(line);
    inner.contains("  ") && (is_code_line(inner) || is_statement_line(inner) || redirects(inner))
}

/// A line that starts with a space or a tab.
fn is_indented(line: &str) -> bool {
    line.trim_start_matches(is_format_character)
        .starts_with([' ', '\t'])
        && !visible(line).is_empty()
}

/// A line aligned by its spacing: a tab between its words, a run of three spaces or more, or two runs of
/// two spaces that do not follow the end of a sentence. One double space is a typist's slip, and two after
/// a full stop were the typists' rule; columns and code comments line up with longer or repeated runs.
fn is_aligned(line: &str) -> bool {
    let inner = visible(line);
    // Without a tab or a double space none of the marks below is there: one or two searches for
    // nearly every line of prose, not five.
    if inner.contains('\t') {
        return true;
    }
    if !inner.contains("  ") {
        return false;
    }
    let pairs = inner
        .match_indices("  ")
        .filter(|&(at, _)| !inner[..at].ends_with(['.', '!', '?', ':', ';']))
        .count();
    inner.contains("   ") || pairs >= 2 || is_inline_comment(inner)
}

/// Code's inline comment: two spaces, then `#` or `//` (the spacing Python's and C's style guides ask for).
fn is_inline_comment(line: &str) -> bool {
    line.contains("  # ") || line.contains("  // ")
}

/// Indented code: a later line indented deeper than the first, and a line of code among them. (Lines
/// all set in by the same margin, as a page's text printed with the markup's indentation has them, are
/// not indented against each other.) A group whose lines are mostly list entries is a nested list as
/// a tool prints one ("• News", "  • World", "  • Politics (12)"), not code, whatever its lines end
/// with.
fn is_indented_code(group: &[(usize, &str)]) -> bool {
    let margin = indentation(group[0].1);
    let indented = group
        .iter()
        .skip(1)
        .any(|(_, line)| indentation(line) > margin);
    let entries = group
        .iter()
        .filter(|(_, line)| is_list_item(visible(line)))
        .count();
    indented && entries * 2 < group.len() && group.iter().any(|(_, line)| is_code_line(line))
}

/// The bytes of spaces and tabs a line starts with.
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

/// Code without indentation (a script's imports, a shell session, flat statements): at least
/// [`FLUSH_CODE_SHARE`] of the lines other than comments are statements by their own shape. Commas and
/// colons, which end lines of verse and of lists, do not count here.
fn is_flush_code(group: &[(usize, &str)]) -> bool {
    if is_session(group) {
        return true;
    }
    let code = group.iter().filter(|(_, line)| !is_comment_line(line));
    let (lines, statements) = code.fold((0usize, 0usize), |(lines, statements), (_, line)| {
        (lines + 1, statements + usize::from(is_statement_line(line)))
    });
    // A run of comment lines alone is code's too: a script's header, a commented-out query.
    let only_comments = lines == 0 && group.len() >= 2;
    only_comments || statements > 0 && statements as f64 >= FLUSH_CODE_SHARE * lines as f64
}

/// A terminal session: a group that opens with a prompt and a command (`$ git pull`, `>>> import os`),
/// the lines after it the program's output, whatever their shape. A price ("$ 4.99") is no prompt:
/// commands are lower case.
fn is_session(group: &[(usize, &str)]) -> bool {
    let first = group[0].1.trim_start();
    let command = PROMPTS
        .iter()
        .find_map(|prompt| first.strip_prefix(prompt))
        .and_then(|rest| rest.chars().next());
    group.len() >= 2 && command.is_some_and(|c| c.is_ascii_lowercase() || c == '.' || c == '/')
}

/// Prompts that open a line typed at a terminal: the shell's and Python's.
const PROMPTS: [&str; 2] = ["$ ", ">>> "];

/// SQL's clauses, written in capitals as its manuals and articles write them; a prose line does not
/// open with a word in capitals followed by these.
const SQL_CLAUSES: &[&str] = &[
    "SELECT",
    "FROM",
    "WHERE",
    "GROUP BY",
    "ORDER BY",
    "HAVING",
    "LIMIT",
    "INSERT INTO",
    "UPDATE",
    "DELETE FROM",
    "CREATE TABLE",
    "ALTER TABLE",
    "VALUES",
    "JOIN",
    "LEFT JOIN",
    "INNER JOIN",
    "EXPLAIN",
];

/// A line that opens with an SQL clause in capitals: the clause alone, or followed by a space.
fn is_sql_clause(line: &str) -> bool {
    SQL_CLAUSES.iter().any(|clause| {
        line.strip_prefix(clause)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// A comment line of shell, Python, C or SQL: it says nothing of the code around it, so
/// [`is_flush_code`] weighs the other lines ("# install the tools" over "brew install jq", "-- the
/// plan with timings" over "EXPLAIN ANALYZE").
fn is_comment_line(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("# ") || line.starts_with("// ") || line.starts_with("-- ")
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
    ">>> ",
    "mkdir ",
    "brew ",
    "apt ",
    "apt-get ",
    "docker ",
    "kubectl ",
    "curl ",
    "wget ",
    "python ",
    "python3 ",
    "export ",
    "chmod ",
    "rsync ",
    "yarn ",
    "./",
];

/// A line that is a statement of code by its shape: it ends in a semicolon, a brace or an opening
/// bracket, holds an assignment, an arrow or a line comment, or starts with a word code lines start
/// with. A closing bracket does not count: teaser lines end in "(12 Photos)" and "(Video)".
fn is_statement_line(line: &str) -> bool {
    let line = line.trim();
    line.ends_with(['{', '}', ';', '(', '['])
        || line.contains(" = ")
        || line.contains("=>")
        || has_line_comment(line)
        || STATEMENT_STARTS.iter().any(|start| line.starts_with(start))
        || is_setting(line)
        || is_call(line)
        || is_sql_clause(line)
}

/// Whether a line holds a line comment: `//` opening the line or after a space. A web address's
/// `://` is no comment: a line of links is not code.
fn has_line_comment(line: &str) -> bool {
    line.match_indices("//")
        .any(|(at, _)| at == 0 || line[..at].ends_with(char::is_whitespace))
}

/// A line of a configuration file: `name=value` with no space before the sign (`dtparam=on`,
/// `After=network.target`), or a `[section]` header.
fn is_setting(line: &str) -> bool {
    if line.starts_with('[') && line.ends_with(']') && !line.contains(' ') {
        return true;
    }
    line.split_once('=').is_some_and(|(name, value)| {
        !name.is_empty()
            && !value.starts_with([' ', '='])
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
    })
}

/// A function call standing as a line: a name glued to its bracket, the line closing it
/// (`loop.run(main())`). A teaser's "(Video)" follows a space.
fn is_call(line: &str) -> bool {
    let Some(open) = line.find('(') else {
        return false;
    };
    let name = &line[..open];
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.'))
        && line.trim_end_matches(';').ends_with(')')
}

/// Shell redirections: a command line's output sent on (`>> log.txt`, `2>&1`). Prose writes neither.
const REDIRECTIONS: [&str; 3] = [" >> ", " 2>&1", " 2> "];

/// Whether a line holds a shell command's redirection ([`REDIRECTIONS`]): a crontab entry or a
/// command printed as it is typed.
fn redirects(line: &str) -> bool {
    REDIRECTIONS.iter().any(|r| line.contains(r))
}

/// A line that ends in code's punctuation (or a tag's bracket) or holds an assignment, an arrow or a
/// line comment.
fn is_code_line(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(['{', '}', ';', '(', ')', '[', ']', ':', ',', '>'])
        || line.contains(" = ")
        || line.contains("=>")
        || has_line_comment(line)
}

/// Pushes the open paragraph as a block.
fn flush(open: &mut Option<(usize, usize, String)>, blocks: &mut Vec<Block>) {
    if let Some((start, end, text)) = open.take() {
        let kind = if is_list_item(visible(&text)) {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        blocks.push(Block::located(kind, text, start..end));
    }
}

/// True when `next` continues the paragraph `so_far` (a soft line wrap, not a new block), whose
/// words are [`MIN_WRAPPED_LINE_WORDS`] or more when `long_enough`. The paragraph's lines are joined
/// with spaces: its last line is all of it.
fn continues(so_far: &str, long_enough: bool, next: &str) -> bool {
    // Read past invisible characters at the ends, as a second reading of the output will.
    let last_line = visible(so_far);
    let next = visible(next);
    let Some(first) = next.chars().next() else {
        return false;
    };
    first.is_lowercase()
        && !is_labelled(next)
        && !is_list_item(next)
        && !is_list_item(so_far)
        && !ends_sentence(last_line)
        && !last_line.ends_with(':')
        && long_enough
}

/// A line that opens with a word in lower case and a colon: a program's message ("error: …",
/// "note: …", "warning: …") or a usage line. Each such line is a line of its own; a line of prose
/// wrapped at some width seldom breaks right before a word ending in a colon.
fn is_labelled(line: &str) -> bool {
    line.split_once(' ').is_some_and(|(word, _)| {
        word.len() > 1
            && word.ends_with(':')
            && word[..word.len() - 1]
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
    })
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

/// Each line with its start offset, untrimmed. Any of `\n`, `\r\n` and `\r` ends a line, and so do the
/// vertical spaces ([`is_vertical_space`]): the normalizers make them line breaks or keep them in
/// preformatted text, and a second reading of the output must see the same lines and the same blank
/// lines as the first ("\n\u{b}" is a blank line).
pub(super) fn raw_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let vertical = has_vertical_space(text);
    let mut rest = text;
    let mut offset = 0;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, consumed) = match line_end(rest, vertical) {
            Some((i, width)) => (&rest[..i], i + width),
            None => (rest, rest.len()),
        };
        let item = (offset, line);
        rest = &rest[consumed..];
        offset += consumed;
        Some(item)
    })
}

/// Whether `text` may hold a vertical space: a byte that is one, or that can start one (U+0085 starts
/// with 0xC2, U+2028 and U+2029 with 0xE2). Most texts hold none, and their lines are found by a byte
/// search alone.
fn has_vertical_space(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3(0x0B, 0x0C, 0xC2, bytes).is_some() || memchr::memchr(0xE2, bytes).is_some()
}

/// Where the first line of `rest` ends, and the width of its line break: `\r\n` is two bytes.
fn line_end(rest: &str, vertical: bool) -> Option<(usize, usize)> {
    let (at, c) = if vertical {
        rest.char_indices()
            .find(|&(_, c)| c == '\n' || c == '\r' || is_vertical_space(c))?
    } else {
        let at = memchr::memchr2(b'\n', b'\r', rest.as_bytes())?;
        (at, char::from(rest.as_bytes()[at]))
    };
    let width = if rest[at..].starts_with("\r\n") {
        2
    } else {
        c.len_utf8()
    };
    Some((at, width))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        split_blocks(text).into_iter().map(|b| b.text).collect()
    }

    /// The rule of a soft wrap as it was written before the paragraph's words were counted once:
    /// the words of the whole paragraph so far, counted again at each line.
    fn continues_by_recount(so_far: &str, next: &str) -> bool {
        let long_enough = word_count(visible(so_far)) >= MIN_WRAPPED_LINE_WORDS;
        continues(so_far, long_enough, next)
    }

    /// The paragraphs of a group's lines joined by [`continues_by_recount`].
    fn joined_by_recount(lines: &[&str]) -> Vec<String> {
        let mut paragraphs: Vec<String> = Vec::new();
        let mut open: Option<String> = None;
        for raw in lines {
            let line = raw.trim();
            match open.as_mut() {
                Some(joined) if continues_by_recount(joined, line) => {
                    joined.push(' ');
                    joined.push_str(line);
                }
                _ => {
                    paragraphs.extend(open.take());
                    open = Some(line.to_string());
                }
            }
        }
        paragraphs.extend(open);
        paragraphs
    }

    #[test]
    fn counting_a_paragraphs_words_once_joins_the_same_lines() {
        // Lines of every kind a wrap is judged on: short and long, lower and upper case, ending a
        // sentence or a label, list items, invisible characters at the ends, unspaced scripts.
        let kinds = [
            "and the council met on monday to discuss the bridge",
            "which has been closed",
            "more",
            "Then the mayor spoke about the bridge and the roads of the town",
            "it was closed in May.",
            "note: the meeting is public",
            "- a list item with enough words to be long enough here",
            "\u{200b}and a line with a zero width space before its first words here",
            "東京都は月曜日に発表した東京都は月曜日に発表した",
            "one two three four five six seven",
            "one two three four five six seven eight",
            "eight",
            "Contents:",
            "é and the accent",
        ];
        let mut seed = 7u64;
        for _ in 0..2_000 {
            let lines: Vec<&str> = (0..8)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    kinds[(seed % kinds.len() as u64) as usize]
                })
                .collect();
            let group = Group::read(lines.iter().map(|l| (0, *l)).collect());
            let mut blocks = Vec::new();
            split_group(&group, Layout::Incidental, &mut blocks);
            let texts: Vec<String> = blocks.into_iter().map(|b| b.text).collect();
            assert_eq!(texts, joined_by_recount(&lines), "{lines:?}");
        }
    }

    #[test]
    fn a_group_of_lines_in_a_text_of_paragraphs_apart_is_a_line_group() {
        let text = format!("{PROSE}\n\nRoad closed\nDiversion ahead\n\n{PROSE}\n");
        let (blocks, groups) = split_text(&text);
        assert_eq!(blocks.len(), 4);
        let at = text.find("Road").unwrap();
        let end = text.find("ahead").unwrap() + "ahead".len();
        assert_eq!(
            groups,
            [LineGroup {
                span: at..end,
                text: "Road closed\nDiversion ahead".to_string(),
                lines: vec![
                    blocks[1].span.clone().unwrap(),
                    blocks[2].span.clone().unwrap()
                ],
            }]
        );
    }

    #[test]
    fn no_line_group_where_paragraphs_share_groups_or_lines_are_list_items_or_wrapped() {
        // Paragraphs a line apart: the text's lines are its blocks.
        assert!(
            split_text(&format!("{PROSE}\nRoad closed\nDiversion\n{PROSE}"))
                .1
                .is_empty()
        );
        // A list: each item a block of its own.
        assert!(split_text(&format!("{PROSE}\n\n- one\n- two\n\n{PROSE}"))
            .1
            .is_empty());
        // A wrapped paragraph is one block.
        let wrapped =
            "A long paragraph that was wrapped by the scraper at some width\nand goes on here.";
        assert!(split_text(&format!("{PROSE}\n\n{wrapped}\n\n{PROSE}"))
            .1
            .is_empty());
        // One paragraph sharing a group with a line: no group anywhere in the text.
        assert!(split_text(&format!(
            "Road closed\nDiversion\n\nNote\n{PROSE}\n\n{PROSE}"
        ))
        .1
        .is_empty());
        // Without any prose, the groups of short lines are line groups.
        assert_eq!(
            split_text("Road closed\nDiversion\n\nHome\nNews").1.len(),
            2
        );
    }

    #[test]
    fn lines_of_web_addresses_are_not_code_but_comments_are() {
        let links =
            "Visit https://example.com/a\nSee http://example.org/b\nMore at https://example.net/";
        assert_eq!(split_blocks(links).len(), 3);
        let code = "x = compute() // first\ny = x + 1 // then\n// done";
        assert_eq!(split_blocks(code).len(), 1);
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
    fn a_program_s_messages_stand_as_lines_of_their_own() {
        let text = "error: could not determine the mount point of the cache directory\n\
                    error: failed to commit the transaction (not enough free disk space)";
        assert_eq!(texts(text).len(), 2);
        // A wrapped line that goes on with a word and a colon later in it still joins.
        let wrapped = "The installer stops at this point and prints a short message that\n\
                       says what went wrong: the disk is full.";
        assert_eq!(texts(wrapped).len(), 1);
        assert!(!is_labelled("E: x") && !is_labelled("error:"));
    }

    #[test]
    fn a_stray_control_before_a_line_does_not_make_the_next_line_indented_deeper() {
        // Both lines are set in by one space once the control has gone (as the `invisible`
        // normalizer takes it out): no line is indented deeper, so the group is no code, read the
        // same before and after.
        let group = "\u{e} <b> =html lang=\"cs\">\n Rain closed streets in the centre last night, \
                     the city said on Monday.";
        let settled_group = group.replace('\u{e}', "");
        for text in [group, settled_group.as_str()] {
            let blocks = split_blocks(&format!("{PROSE}\n\n{text}\n\n{PROSE}"));
            assert!(
                blocks.iter().all(|b| b.kind != BlockKind::Preformatted),
                "{text:?}: {blocks:?}"
            );
        }
    }

    #[test]
    fn a_command_with_a_redirection_keeps_its_double_space() {
        let cron = "00 01 * * sun  /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1";
        let blocks = split_blocks(&format!("{PROSE}\n\n{cron}\n\n{PROSE}"));
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
        assert_eq!(blocks[1].text, cron);
        // Without a redirection, a line of words and a double space is no command.
        let label = "Open daily  9 am to 5 pm except on public holidays";
        let blocks = split_blocks(&format!("{PROSE}\n\n{label}\n\n{PROSE}"));
        assert_ne!(blocks[1].kind, BlockKind::Preformatted);
    }

    #[test]
    fn three_lines_of_as_many_cells_are_a_table() {
        let table = "Rank | State | Rate\n\n1 | Alaska | $14.55\n\n2 | Oregon | $13.90";
        let blocks = split_blocks(&format!("{PROSE}\n\n{table}\n\n{PROSE}"));
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds[1..4], [BlockKind::TableRow; 3]);
        assert_eq!(kinds[4], BlockKind::Paragraph);
        // Two lines of links parted by bars, or lines of different cells, are no table.
        let footer = "About | Contact | Jobs\n\nPrivacy | Terms | Cookies";
        let blocks = split_blocks(&format!("{PROSE}\n\n{footer}\n\n{PROSE}"));
        assert!(blocks.iter().all(|b| b.kind != BlockKind::TableRow));
        let bulleted = "• Founded | 1856\n\n• Dominion | 1907\n\n• Independence | 1947";
        let blocks = split_blocks(&format!("{PROSE}\n\n{bulleted}\n\n{PROSE}"));
        assert_eq!(blocks[3].kind, BlockKind::TableRow);
        let mixed = "Home | News\n\nA | B | C\n\nOne | Two | Three | Four";
        let blocks = split_blocks(&format!("{PROSE}\n\n{mixed}\n\n{PROSE}"));
        assert!(blocks.iter().all(|b| b.kind != BlockKind::TableRow));
    }

    #[test]
    fn spans_point_at_the_trimmed_text() {
        let text = "  Title  \n\n\tBody text here, which runs on long enough to read as a line of prose.\n";
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
        let dump = "Home\n  News\n  Sport\n  Weather\n\n    The council approved the new budget on Monday after a long debate.";
        assert_eq!(texts(dump)[..4], ["Home", "News", "Sport", "Weather"]);
    }

    #[test]
    fn what_is_left_of_laid_out_text_may_read_as_a_line() {
        assert!(reads_as_preformatted("Name      Size\nnotes.txt 12 kB"));
        assert!(!reads_as_preformatted("Council approves budget"));
    }

    #[test]
    fn a_quoted_paragraph_or_one_broken_by_a_vertical_tab_is_prose() {
        let quoted =
            "\"We hope the talks will give the required impetus \t to joint work,\" it said.";
        assert_eq!(
            split_blocks(&format!("{PROSE}\n\n{quoted}"))[1].kind,
            BlockKind::Paragraph
        );
        let broken =
            "The trains will run normally again \t from Monday, the operator said.\u{b}Subscribe";
        assert_eq!(
            split_blocks(&format!("{PROSE}\n\n{broken}"))[1].kind,
            BlockKind::Paragraph
        );
    }

    #[test]
    fn a_sentence_behind_marks_or_control_characters_is_a_prose_line() {
        assert!(is_prose_line(
            "(“The talks will give the required impetus to joint work,” it said.)"
        ));
        assert!(is_prose_line(
            "\"\u{14}They told us what they wanted, and we listened,\" the librarian said."
        ));
    }

    #[test]
    fn an_indented_sentence_sharing_a_group_parts_the_text_s_groups() {
        // Counted as laid out, the group would come back as it stood; once the cleaners take other
        // prose lines, the text read again has incidental spacing and the group comes apart (the long
        // mutation run found it). A sentence is a paragraph, indented or not.
        let text = format!(
            "{PROSE}\n\nThe new hall\n will keep the old timber frame where it can, the architect said.\n\nRoad closed\nDiversion ahead\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n"
        );
        assert!(split_text(&text).1.is_empty());
    }

    #[test]
    fn a_no_break_space_reads_as_the_space_it_becomes() {
        // "//\u{a0}," is a comment line once the no-break space is a space: the group is not code.
        assert_eq!(texts("//\u{a0},\nZ\n(").len(), 3);
    }

    #[test]
    fn invisible_characters_at_a_line_s_ends_do_not_change_its_reading() {
        // A zero-width joiner before a sentence and soft hyphens after it: still a prose line, so the
        // tab inside it does not make the group preformatted.
        let line = "\u{200d}Drivers had faced delays \t on the bridge for most of the week.\u{ad}";
        let blocks = split_blocks(&format!("{PROSE}\n\n{line}"));
        assert_eq!(blocks[1].kind, BlockKind::Paragraph);
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

    /// Flush prose around the code, as [`crate::Article::text`] writes it.
    const PROSE: &str = "The build takes a minute on a laptop and needs no network access at all.";

    #[test]
    fn an_indented_line_is_preformatted_where_prose_stands_flush() {
        let text = format!("{PROSE}\n\n    npm run build --watch\n\n{PROSE}");
        let blocks = split_blocks(&text);
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
        assert_eq!(blocks[1].text, "    npm run build --watch");
        assert_eq!(&text[blocks[1].span.clone().unwrap()], blocks[1].text);
    }

    #[test]
    fn an_indented_list_item_behind_an_invisible_character_is_a_list_item() {
        // The normalizers drop the control character; a second reading then sees "  * …" and takes
        // it for a list item, so the first reading must too (not preformatted text keeping its
        // indentation).
        for invisible in ["\u{e}", "\u{200b}"] {
            let text = format!("{PROSE}\n\n{invisible}  * Bring water and a torch\n");
            let blocks = split_blocks(&text);
            assert_eq!(blocks[1].kind, BlockKind::ListItem, "{invisible:?}");
        }
        // An indented line that is not a list item stays preformatted, invisible character or not.
        let blocks = split_blocks(&format!("{PROSE}\n\n\u{e}    npm run build --watch\n"));
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
    }

    /// A page's menus as a tool that nests lists prints them (`resiliparse`, `inscriptis`): every
    /// entry bulleted and indented by its depth, a sub-menu's entries deeper, counts in brackets.
    fn nested_menus() -> String {
        let entries = ["News", "World", "Politics (12)", "Tech", "Science", "Sport"];
        let menu: String = entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let depth = if i == 0 { 2 } else { 4 };
                format!("{}• {e}\n", " ".repeat(depth))
            })
            .collect();
        format!("{menu}\n{menu}")
    }

    #[test]
    fn a_tool_s_nested_list_is_no_code_and_its_indentation_no_layout() {
        let text = format!("{}\n{PROSE}\n\n    Search:\n\n{PROSE}\n", nested_menus());
        let blocks = split_blocks(&text);
        assert!(
            blocks.iter().all(|b| b.kind != BlockKind::Preformatted),
            "{blocks:?}"
        );
        assert_eq!(blocks[0].kind, BlockKind::ListItem);
        assert_eq!(blocks[0].text, "• News");
        // A lone indented label among twelve nested entries: the tool's margin, not a layout.
        assert!(blocks.iter().any(|b| b.text == "Search:"));
    }

    #[test]
    fn under_a_tool_s_nesting_a_deeper_line_is_no_code() {
        // A sidebar's lines set in by the tool among nested menus: "See More:" ends like code,
        // and a line stands deeper than the one above it, as a sub-menu's would.
        let sidebar = "      Get breaking news alerts\n        See More:\n      Comments (12)";
        let text = format!("{}\n{PROSE}\n\n{sidebar}\n\n{PROSE}\n", nested_menus());
        let blocks = split_blocks(&text);
        assert!(
            blocks.iter().all(|b| b.kind != BlockKind::Preformatted),
            "{blocks:?}"
        );
        assert!(blocks.iter().any(|b| b.text == "See More:"));
        // The same lines in a text without the tool's nesting: indented code by their shape.
        let blocks = split_blocks(&format!("{PROSE}\n\n{sidebar}\n\n{PROSE}\n"));
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
    }

    #[test]
    fn a_program_s_list_lines_are_no_tool_s_nesting() {
        // YAML in an article: its "- name:" lines are a dozen indented entries, a minority of the
        // lines of each group, so the text keeps a layout of its own and each group stays code.
        let yaml =
            "spec:\n  ports:\n    - name: http\n      port: 80\n    - name: https\n      port: 443";
        let text = format!("{PROSE}\n\n{}{PROSE}\n", format!("{yaml}\n\n").repeat(6));
        let blocks = split_blocks(&text);
        let pre = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Preformatted)
            .count();
        assert_eq!(pre, 6, "{blocks:?}");
    }

    #[test]
    fn code_and_a_layout_of_its_own_stay_beside_few_nested_entries() {
        // Indented code with a comment block of C's family: its starred lines are no list entries.
        let comment = "    /**\n     * Formats the name.\n     */\n    function format(name) {\n        return name;\n    }";
        let repeated = format!("{comment}\n\n").repeat(12);
        let blocks = split_blocks(&format!(
            "{PROSE}\n\n{repeated}{PROSE}\n\n    npm run build\n"
        ));
        let pre = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Preformatted)
            .count();
        assert_eq!(pre, 13, "{blocks:?}");
        // A line that opens like a list entry among lines of code: code.
        let code = "config = {\n    - debug: true\n    port: 8080,\n    host: 'local',\n}";
        assert_eq!(
            split_blocks(&format!("{PROSE}\n\n{code}\n\n{PROSE}"))[1].kind,
            BlockKind::Preformatted
        );
    }

    #[test]
    fn aligned_columns_are_preformatted_and_keep_their_spacing() {
        let table = "Name      Size\nnotes.txt 12 kB\nTotal:    12 kB";
        let blocks = split_blocks(&format!("{PROSE}\n\n{table}"));
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
        assert_eq!(blocks[1].text, table);
        let tabbed = "Tool\tScore\nfirst\t100%";
        assert_eq!(
            split_blocks(&format!("{PROSE}\n\n{tabbed}"))[1].text,
            tabbed
        );
    }

    #[test]
    fn a_line_of_code_keeps_its_double_space_and_a_line_of_prose_does_not_count() {
        let code = "function status(id) {  const [on, setOn] = useState(null);";
        let blocks = split_blocks(&format!("{PROSE}\n\n{code}\n\n{PROSE}"));
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
        assert_eq!(blocks[1].text, code);
        // A label with a typist's double space is no code.
        let label = "Photo by  Jane Doe";
        let blocks = split_blocks(&format!("{PROSE}\n\n{label}\n\n{PROSE}"));
        assert_ne!(blocks[1].kind, BlockKind::Preformatted);
    }

    #[test]
    fn code_with_a_blank_line_inside_is_a_preformatted_block_for_each_group() {
        let code = "def a():\n    return 1\n\ndef b():\n    return 2";
        let blocks = split_blocks(&format!("{PROSE}\n\n{code}\n\n{PROSE}"));
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts[1..3],
            ["def a():\n    return 1", "def b():\n    return 2"]
        );
        assert!(blocks[1..3]
            .iter()
            .all(|b| b.kind == BlockKind::Preformatted));
    }

    #[test]
    fn a_fenced_block_is_one_preformatted_block_whatever_its_lines() {
        let fenced = "```query\nnot done\nheading includes later\ntags include #mine\n```";
        let blocks = split_blocks(&format!("{PROSE}\n\n{fenced}\n\n{PROSE}"));
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
        assert_eq!(blocks[1].text, fenced);
    }

    #[test]
    fn lines_between_unmatched_fences_stay_lines() {
        let unfenced = "```\nnot done\nheading includes later\ntags include #mine";
        let blocks = split_blocks(&format!("{PROSE}\n\n{unfenced}\n\n{PROSE}"));
        assert!(blocks.iter().all(|b| b.kind != BlockKind::Preformatted));
    }

    #[test]
    fn spacing_is_incidental_where_prose_is_indented_too() {
        // A page dump that keeps the markup's indentation: the menu stays lines.
        let dump = format!("  {PROSE}\n\n  Home\n      News  Sport\n    Weather");
        assert_eq!(texts(&dump)[1..], ["Home", "News  Sport", "Weather"]);
        assert!(split_blocks(&dump)
            .iter()
            .all(|b| b.kind != BlockKind::Preformatted));
    }

    #[test]
    fn prose_and_lists_are_not_taken_for_laid_out_text() {
        // A slip of two spaces in a sentence, an indented nested list, a group holding flush prose.
        let text = format!(
            "{PROSE}\n\nHe left  early.\n\n- Fruit\n  - Apples\n\n{PROSE}\n    see the notes below"
        );
        let blocks = split_blocks(&text);
        assert!(blocks.iter().all(|b| b.kind != BlockKind::Preformatted));
        assert_eq!(blocks[1].text, "He left  early.");
        assert_eq!(blocks[3].kind, BlockKind::ListItem);
    }

    #[test]
    fn a_text_set_in_by_a_margin_splits_as_the_same_text_flush() {
        // A page's text printed with the markup's indentation: every line set in, by one margin or by
        // the depth of its element, lists and menus one line under another.
        let flush = format!(
            "Home\nNews\nContact\n\nHeadline\n\n{PROSE}\n\nBook the venue\nOrder the cake - see notes/list\n\n{PROSE}\n\nAbout us\nPrivacy\n"
        );
        let flush_texts = texts(&flush);
        for margins in [[8, 8, 8], [4, 12, 8]] {
            let indented: String = flush
                .lines()
                .enumerate()
                .map(|(i, line)| format!("{}{line}\n", " ".repeat(margins[i % 3])))
                .collect();
            let blocks = split_blocks(&indented);
            assert!(
                blocks.iter().all(|b| b.kind != BlockKind::Preformatted),
                "{margins:?}"
            );
            assert_eq!(texts(&indented), flush_texts, "{margins:?}");
        }
    }

    #[test]
    fn settings_prompts_and_calls_are_code_without_indentation() {
        for code in [
            "[Unit]\nAfter=network.target\nRequires=db.service",
            ">>> import json\n>>> json.dumps(1)\n'1'",
            "# make the folder\nmkdir build\n# build in it\ncd build",
            "$ hg pull -u\nadded 1 changesets\n1 files updated, 0 files merged",
            "SELECT *\nFROM log\nWHERE status = 400\nLIMIT 20;",
            "-- this index helps:\n-- SELECT * FROM orders WHERE user_id = 1;",
            "    Convolutions are commutative; however, the inputs are\n    evaluated differently, and the signal is consumed lazily.",
            "-- the plan, with timings\n-- of each step\nEXPLAIN ANALYZE\nSELECT name\nFROM users\nLEFT JOIN orders ON users.id = orders.user_id",
            "loop = make_loop()\nloop.run(main())",
        ] {
            let blocks = split_blocks(&format!("Run this:\n\n{code}"));
            assert_eq!(blocks[1].kind, BlockKind::Preformatted, "{code}");
            assert_eq!(blocks[1].text, code);
        }
        // A signature's dashes are no comment, and lines of prose under it are no code.
        assert!(
            split_blocks("-- Ann\nWrote this on the train\nHome by nine")
                .iter()
                .all(|b| b.kind != BlockKind::Preformatted)
        );
        // Prices are not prompts; a byline and a date are lines, not settings.
        assert_eq!(texts("$ 4.99\nFree shipping\nIn stock").len(), 3);
        assert_eq!(texts("By Ann Lee\nMay 3, 2024 (Updated)").len(), 2);
    }

    #[test]
    fn a_lower_case_name_and_message_after_a_colon_is_a_diagnostic() {
        for line in [
            "error: could not compile `demo` due to 1 previous error",
            "grep: notes.txt: No such file or directory",
            "fatal: not a git repository",
        ] {
            assert!(is_diagnostic(line), "{line}");
        }
        for line in [
            "Note: the hall stays closed.",
            "ggplot2: A package for graphs.",
            "Error: could not compile",
            "see also: the notes",
            "error:could not compile",
        ] {
            assert!(!is_diagnostic(line), "{line}");
        }
    }

    #[test]
    fn a_sentence_over_a_diagnostic_is_a_line_group_and_parts_no_other() {
        let closing = "For more on this failure, run the checker again with the verbose flag.\n\
                       error: could not check `demo` because of 2 earlier errors";
        let text = format!("{PROSE}\n\n{closing}\n\nRoad closed\nDiversion\n\n{PROSE}");
        let groups = split_text(&text).1;
        let given: Vec<&str> = groups.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(given, [closing, "Road closed\nDiversion"]);
        // A sentence set in by spaces, over the diagnostic: a paragraph's, and no group is given.
        let set_in = closing.replacen("For", "  For", 1);
        let text = format!("{PROSE}\n\n{set_in}\n\nRoad closed\nDiversion\n\n{PROSE}");
        assert!(split_text(&text).1.is_empty());
    }

    #[test]
    fn columns_under_a_flush_sentence_are_laid_out_and_an_indented_line_is_not() {
        let settings = "# Keep the restricted editor for everyone, and let nobody replace it.\n\
                        Defaults      editor=/usr/bin/rnano";
        let blocks = split_blocks(&format!("{PROSE}\n\n{settings}\n\n{PROSE}"));
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
        assert_eq!(blocks[1].text, settings);
        // The sentence itself aligned, or the sentence over an indented line: lines, not laid out.
        for group in [
            "Defaults      editor=/usr/bin/rnano\nNobody may   replace the restricted editor on this host.",
            "Nobody may replace the restricted editor on this host.\n    see the notes",
        ] {
            let blocks = split_blocks(&format!("{PROSE}\n\n{group}\n\n{PROSE}"));
            assert!(
                blocks.iter().all(|b| b.kind != BlockKind::Preformatted),
                "{group}: {blocks:?}"
            );
        }
    }

    #[test]
    fn whitespace_only_gives_no_blocks() {
        assert!(split_blocks(" \n\t\n\r\n").is_empty());
    }
}
