//! Whitespace: line endings unified, runs collapsed to one space, blocks trimmed.

use super::{Edit, NormalizeContext, Normalizer};
use crate::block::BlockKind;
use once_cell::sync::Lazy;

/// Collapses every run of whitespace inside a block (line breaks, tabs, non-breaking and other Unicode
/// spaces) to one plain space, and trims the block. Preformatted blocks keep their lines; only their
/// ends are trimmed.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{NormalizeContext, Normalizer, WhitespaceNormalizer};
/// use copydesk::BlockKind;
///
/// let cx = NormalizeContext::new(BlockKind::Paragraph, None);
/// assert_eq!(WhitespaceNormalizer.edits(" a\u{a0}b ", &cx).len(), 3);
/// assert!(WhitespaceNormalizer.edits("a b", &cx).is_empty());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct WhitespaceNormalizer;

impl Normalizer for WhitespaceNormalizer {
    fn name(&self) -> &'static str {
        "whitespace"
    }

    fn edits(&self, text: &str, cx: &NormalizeContext) -> Vec<Edit> {
        let mut edits = Vec::new();
        self.each_edit(text, cx, &mut |edit| edits.push(edit));
        edits
    }

    fn each_edit(&self, text: &str, cx: &NormalizeContext, sink: &mut dyn FnMut(Edit)) {
        if !is_tidy(text) {
            run_edits(text, cx.kind() == BlockKind::Preformatted, sink);
        }
    }
}

/// The edits of every run of whitespace, in order: dropped at the edges, one space between words (line
/// breaks unified instead when `keeps_lines`).
fn run_edits(text: &str, keeps_lines: bool, sink: &mut dyn FnMut(Edit)) {
    let mut run_start: Option<usize> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), 'x')))
    {
        let is_space = i < text.len() && c.is_whitespace();
        match (is_space, run_start) {
            (true, None) => run_start = Some(i),
            (false, Some(start)) => {
                run_start = None;
                let run = &text[start..i];
                if i == text.len() {
                    sink(Edit::new(start..i, ""));
                } else if start == 0 {
                    // Preformatted text keeps its first line's indentation: only the blank lines
                    // above it go.
                    let cut = if keeps_lines {
                        run.char_indices()
                            .rfind(|&(_, c)| is_line_break(c))
                            .map_or(0, |(at, c)| at + c.len_utf8())
                    } else {
                        run.len()
                    };
                    if cut > 0 {
                        sink(Edit::new(start..start + cut, ""));
                    }
                } else if !keeps_lines && run != " " {
                    sink(Edit::new(start..i, " "));
                } else if keeps_lines && run.contains(is_line_break) {
                    let lines = line_breaks_and_indentation(run);
                    if lines != run {
                        sink(Edit::new(start..i, lines));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Whether `text` has nothing to change: no whitespace at its edges, and none between its words but
/// single ASCII spaces (most blocks). Each kind of whitespace is looked for with a byte search: two
/// spaces in a row, the ASCII controls that are whitespace, and the first bytes a non-ASCII space can
/// start with (U+0085 and U+00A0; U+1680; U+2000–U+205F; U+3000), where the character is decoded.
fn is_tidy(text: &str) -> bool {
    if text.starts_with(char::is_whitespace) || text.ends_with(char::is_whitespace) {
        return false;
    }
    let bytes = text.as_bytes();
    if DOUBLE_SPACE.find(bytes).is_some()
        || memchr::memchr3(b'\t', b'\n', 0x0B, bytes).is_some()
        || memchr::memchr2(0x0C, b'\r', bytes).is_some()
    {
        return false;
    }
    let space_at = |at: usize| text[at..].starts_with(char::is_whitespace);
    !memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes).any(space_at)
        && !memchr::memchr_iter(0xE3, bytes).any(space_at)
}

/// Two ASCII spaces in a row, searched for with one searcher built once.
static DOUBLE_SPACE: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new(b"  "));

/// Line breaks other than `\n` that are control characters: carriage return, vertical tab, form feed
/// and NEL. The output holds no control character but `\n` and tab.
const OTHER_LINE_BREAKS: [char; 4] = ['\r', '\u{b}', '\u{c}', '\u{85}'];

/// Whether `c` ends a line: `\n` or one of [`OTHER_LINE_BREAKS`].
fn is_line_break(c: char) -> bool {
    c == '\n' || OTHER_LINE_BREAKS.contains(&c)
}

/// Line breaks in a row that preformatted text keeps: two, one blank line.
const MAX_LINE_BREAKS_IN_A_ROW: usize = 2;

/// A run of whitespace between two lines of preformatted text as it is written out: its line breaks as
/// `\n` (`\r\n`, lone `\r` and the other control line breaks unified, so the text has one kind of line
/// ending), the spaces at the ends of lines dropped, the next line's indentation kept, and at most one
/// blank line in a row: the blank line parts code's paragraphs; more says nothing, and text input,
/// which reads any blank lines as one break between blocks, could not give them back.
fn line_breaks_and_indentation(run: &str) -> String {
    let unified = run.replace("\r\n", "\n").replace(OTHER_LINE_BREAKS, "\n");
    let breaks = unified.matches('\n').count().min(MAX_LINE_BREAKS_IN_A_ROW);
    let indentation = unified.rsplit('\n').next().unwrap_or("");
    let mut out = "\n".repeat(breaks);
    out.push_str(indentation);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every run edit of `text`, collected.
    fn edits_of(text: &str, keeps_lines: bool) -> Vec<Edit> {
        let mut edits = Vec::new();
        run_edits(text, keeps_lines, &mut |edit| edits.push(edit));
        edits
    }

    #[test]
    fn text_called_tidy_has_nothing_to_change() {
        let tidy = [
            "",
            "one",
            "one two",
            "Der Rat – „endlich“ – stimmte zu.",
            "東京 都",
            "a\u{2019}b c",
        ];
        let untidy = [
            " one",
            "one ",
            "one  two",
            "one\ttwo",
            "one\ntwo",
            "one\u{a0}two",
            "one\u{2009}two",
            "one\u{3000}two",
            "one\u{85}two",
            "one\u{1680}two",
            "\u{2003}",
            "one\x0Btwo",
        ];
        for text in tidy {
            assert!(is_tidy(text), "{text:?}");
            assert!(edits_of(text, false).is_empty() && edits_of(text, true).is_empty());
        }
        for text in untidy {
            assert!(!is_tidy(text), "{text:?}");
            assert!(!edits_of(text, false).is_empty(), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn tidy_text_is_text_without_whitespace_edits(
            text in "[a b\t\n\x0B\x0C\r\u{85}\u{a0}\u{1680}\u{2003}\u{2019}\u{201c}\u{3000}東é]{0,12}"
        ) {
            proptest::prop_assert_eq!(is_tidy(&text), edits_of(&text, false).is_empty(), "{:?}", text);
        }
    }

    fn run(kind: BlockKind, text: &str) -> String {
        let mut out = text.to_string();
        let mut changes = Vec::new();
        let cx = NormalizeContext::new(kind, None);
        super::super::apply(&WhitespaceNormalizer, &mut out, &cx, Some(0), &mut changes);
        out
    }

    #[test]
    fn collapses_and_trims() {
        assert_eq!(
            run(BlockKind::Paragraph, "  one \t two\n three\u{a0} "),
            "one two three"
        );
        assert_eq!(run(BlockKind::Paragraph, "東京\u{3000}大阪"), "東京 大阪");
    }

    #[test]
    fn preformatted_keeps_its_lines() {
        assert_eq!(
            run(BlockKind::Preformatted, "\nfn main() {\n    x\n}\n"),
            "fn main() {\n    x\n}"
        );
    }

    #[test]
    fn preformatted_keeps_its_first_lines_indentation_and_drops_spaces_at_line_ends() {
        assert_eq!(
            run(
                BlockKind::Preformatted,
                "\n\n    x = 1  \n    y = 2\t\r\n  \n}  "
            ),
            "    x = 1\n    y = 2\n\n}"
        );
        assert_eq!(run(BlockKind::Preformatted, "  a\n  b"), "  a\n  b");
    }

    #[test]
    fn preformatted_text_keeps_one_blank_line_of_several() {
        assert_eq!(
            run(BlockKind::Preformatted, "a = 1\n\n\n\n  b = 2\n \n\t\nc"),
            "a = 1\n\n  b = 2\n\nc"
        );
        assert_eq!(run(BlockKind::Preformatted, "a\n\nb"), "a\n\nb");
    }

    #[test]
    fn preformatted_line_endings_are_unified() {
        assert_eq!(
            run(BlockKind::Preformatted, "a = 1\r\nb = 2\rc = 3"),
            "a = 1\nb = 2\nc = 3"
        );
        assert_eq!(run(BlockKind::Paragraph, "one\r\ntwo"), "one two");
    }

    #[test]
    fn preformatted_text_loses_a_leading_line_break_of_two_bytes() {
        // NEL is two bytes in UTF-8: the cut goes past all of it, not into it.
        assert_eq!(run(BlockKind::Preformatted, "\u{85}  x = 1"), "  x = 1");
        assert_eq!(run(BlockKind::Preformatted, "\r\n\u{85}x = 1"), "x = 1");
    }

    #[test]
    fn preformatted_control_line_breaks_become_line_feeds() {
        assert_eq!(
            run(BlockKind::Preformatted, "a\u{85}b\u{c}c\u{b}d\r\ne\tf"),
            "a\nb\nc\nd\ne\tf"
        );
    }

    #[test]
    fn collapses_in_several_scripts() {
        assert_eq!(run(BlockKind::Paragraph, "Москва \n  Киев"), "Москва Киев");
        assert_eq!(run(BlockKind::Paragraph, "שלום \t עולם"), "שלום עולם");
        assert_eq!(run(BlockKind::Paragraph, "नमस्ते   दुनिया "), "नमस्ते दुनिया");
    }

    #[test]
    fn is_idempotent() {
        let once = run(BlockKind::Paragraph, " a  b\t\tc ");
        assert_eq!(run(BlockKind::Paragraph, &once), once);
    }

    #[test]
    fn whitespace_only_becomes_empty() {
        assert_eq!(run(BlockKind::Paragraph, " \u{a0}\n"), "");
    }
}
