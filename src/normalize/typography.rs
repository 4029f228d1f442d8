//! Typography: straight punctuation to the language's typographic forms ("smart"), or back ("plain").

mod marks;

use super::{Edit, NormalizeContext, Normalizer};
use crate::block::BlockKind;
use marks::{marks_for, Marks};
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// Spans typography never touches: URLs (which end before a quotation mark, so a quote that closes
/// after a URL is still paired), e-mail addresses, inline code in backticks, and code written into
/// running text: a call with its arguments (`getElementById('x')`), an assignment of a quoted literal
/// (`display = 'inline'`) and a JSON object (`{"id": 1}`).
static PROTECTED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        // A URL never ends with a straight single quote or sentence punctuation, nor an address starts
        // with a quote: those belong to the sentence and the quotation around ('https://example.com').
        r#"(?i)(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"]*[^\s<>"'.,;:!?]"#,
        r"|[\w+-][\w.+'-]*@[\w-]+(?:\.[\w-]+)+",
        r"|`[^`\n]*`",
        r"|[\w$.]+\([^()\n]*\)",
        r#"|=\s*(?:'[^'\n]*'|"[^"\n]*")"#,
        // A JSON object in running text: braces holding a quoted key.
        r#"|\{[^{}\n]*"[^"\n]*"\s*:[^{}\n]*\}"#,
    ))
    .unwrap()
});

/// Which way typography goes.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::Typography;
/// assert_eq!(Typography::default(), Typography::Off);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Typography {
    /// Leave punctuation as it is. The default.
    #[default]
    Off,
    /// Straight quotes to the language's quotes (“ ” en, „ “ de, « » fr/ru, …), apostrophes to ’,
    /// "--" and spaced hyphens to dashes, "..." to "…".
    Smart,
    /// The reverse: typographic quotes, dashes and ellipses to ASCII punctuation.
    Plain,
}

/// Puts punctuation into typographic ("smart") or ASCII ("plain") form, never inside URLs, e-mail
/// addresses, code (preformatted blocks, `backticks`) or numbers ("1990-1995", "3.14"). A foot or
/// inch mark after a digit takes the ’ and ” publishers set there (5’11”) where those are the
/// language's closing marks, and stays straight elsewhere.
///
/// Smart mode, per language of [`NormalizeContext::lang`] (English when unknown):
///
/// | language | quotes | inner quotes | spaced hyphen " - " and " -- " |
/// |---|---|---|---|
/// | en, nl, pt, tr, ko, unknown | “ ” | ‘ ’ | " – " (spaced en dash) |
/// | de | „ “ | ‚ ‘ | " – " |
/// | de-CH, de-LI, fr-CH | « » (closed up) | ‹ › | " – " |
/// | fr, it, es, ar | « » | “ ” | " – " |
/// | ru, uk | « » | „ “ | " — " (spaced em dash) |
/// | pl | „ ” | « » | " – " |
/// | ja | 「 」 | 『 』 | " — " |
/// | zh | “ ” | ‘ ’ | " — " |
///
/// Choices: English gets the spaced en dash of British and wire style for " - " and " -- ", and the
/// closed-up em dash for "word--word". French guillemets get a plain space inside (« mot »), not a
/// no-break one: the "invisible" normalizer turns every no-break space into a plain space, and a
/// no-break space here would be undone by the next run (normalizing twice must change nothing); a
/// renderer can apply French spacing. Swiss German and Swiss French (a region `CH` in the document's
/// language tag, [`NormalizeContext::with_tag`]) close the guillemets up: German in Switzerland never
/// spaces them, and Swiss French spaces them with a thin space, which is a renderer's to add. An
/// apostrophe between letters is always ’.
///
/// Plain mode maps “ ” „ « » to `"`, ‘ ’ ‚ ‹ › to `'`, – to `-`, a closed-up — to `--` and a spaced
/// one to `-`, … to `...`; CJK corner brackets stay (they are the plain form there).
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{NormalizeContext, Normalizer, Typography, TypographyNormalizer};
/// use copydesk::{phrases::Lang, BlockKind};
///
/// let smart = TypographyNormalizer::new(Typography::Smart);
/// let de = NormalizeContext::new(BlockKind::Paragraph, Some(Lang::De));
/// let mut text = "Er sagte \"Hallo\"...".to_string();
/// let edits = smart.edits(&text, &de);
/// assert_eq!(edits.len(), 3);
/// for edit in edits.iter().rev() {
///     text.replace_range(edit.range.clone(), &edit.replacement);
/// }
/// assert_eq!(text, "Er sagte „Hallo“…");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct TypographyNormalizer {
    mode: Typography,
}

impl TypographyNormalizer {
    /// A normalizer in `mode`.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{Normalizer, Typography, TypographyNormalizer};
    /// assert_eq!(TypographyNormalizer::new(Typography::Plain).name(), "typography");
    /// ```
    pub fn new(mode: Typography) -> TypographyNormalizer {
        TypographyNormalizer { mode }
    }
}

impl Normalizer for TypographyNormalizer {
    fn name(&self) -> &'static str {
        "typography"
    }

    fn edits(&self, text: &str, cx: &NormalizeContext) -> Vec<Edit> {
        let mut edits = Vec::new();
        self.each_edit(text, cx, &mut |edit| edits.push(edit));
        edits
    }

    /// The edits in text order, each handed over as it is found: a block of a million dashes costs
    /// its characters once (four bytes each), not a list of a million edits.
    fn each_edit(&self, text: &str, cx: &NormalizeContext, sink: &mut dyn FnMut(Edit)) {
        if cx.kind() == BlockKind::Preformatted || self.mode == Typography::Off {
            return;
        }
        let mut protected = Protected::new(text);
        let mut out = |edit: Edit| {
            let makes_mojibake =
                edit.replacement.chars().next().is_some_and(|c| {
                    super::mojibake::continues_a_lead(&text[..edit.range.start], c)
                });
            if !protected.overlaps(&edit.range) && !makes_mojibake {
                sink(edit);
            }
        };
        match self.mode {
            Typography::Smart => smart(text, marks_for(cx.lang(), cx.region()), &mut out),
            _ => plain(text, &mut out),
        }
    }
}

/// The [`PROTECTED`] spans of a text, read in step with edits that come in text order.
struct Protected<'t> {
    spans: regex::Matches<'static, 't>,
    /// The first span that does not end before the last edit asked about.
    current: Option<Range<usize>>,
}

impl<'t> Protected<'t> {
    fn new(text: &'t str) -> Self {
        let mut spans = PROTECTED.find_iter(text);
        let current = spans.next().map(|m| m.range());
        Protected { spans, current }
    }

    /// Whether `range` overlaps a protected span. Ranges must come in order of their starts.
    fn overlaps(&mut self, range: &Range<usize>) -> bool {
        while self.current.as_ref().is_some_and(|p| p.end <= range.start) {
            self.current = self.spans.next().map(|m| m.range());
        }
        self.current.as_ref().is_some_and(|p| p.start < range.end)
    }
}

/// Where smart mode's edits go, with what the rules ask of the edits already made.
struct Out<'s> {
    sink: &'s mut dyn FnMut(Edit),
    /// The end of the last edit.
    taken: usize,
    /// The last character of the last edit made for the current character, if any was.
    last: Option<Option<char>>,
}

impl Out<'_> {
    fn push(&mut self, edit: Edit) {
        self.taken = edit.range.end;
        self.last = Some(edit.replacement.chars().next_back());
        (self.sink)(edit);
    }
}

/// Punctuation that may stand right before an opening quote.
fn opens_after(c: char) -> bool {
    c.is_whitespace() || "([{<«„‚“‘–—-/".contains(c)
}

/// Punctuation that ends a quoted phrase: a straight single quote right after it (and before a space)
/// closes a quotation, even one opened in an earlier paragraph.
fn ends_phrase(c: char) -> bool {
    ",.;:!?…".contains(c)
}

/// The smart-mode edits of one block, in text order.
fn smart(text: &str, marks: &Marks, sink: &mut dyn FnMut(Edit)) {
    let chars: Vec<char> = text.chars().collect();
    let chars = chars.as_slice();
    let mut edits = Out {
        sink,
        taken: 0,
        last: None,
    };
    // The byte offset of `chars[pos_k]`, moved forward with `k`.
    let (mut pos_k, mut pos) = (0, 0);
    let mut double_open = false;
    let mut single_open = false;
    // A quotation inside a guillemet quotation, written with straight quotes too ("a "b" c").
    let mut inner_open = false;
    let nests = marks.open.trim() == "«";
    let first = FirstChars::of(marks);
    let at = |k: usize| chars.get(k).copied();
    // The character before, as this pass leaves it: a second pass must see what the first one wrote.
    let mut prev: Option<char> = None;
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        while pos_k < k {
            pos += chars[pos_k].len_utf8();
            pos_k += 1;
        }
        let i = pos;
        edits.last = None;
        // Quotes an earlier pass already curled keep the state a straight one would have set, so a
        // second pass decides the remaining straight quotes the same way.
        let next = at(k + 1);
        if c != '"' && Some(c) == first.open {
            double_open = true;
        } else if c != '"' && Some(c) == first.close {
            double_open = false;
        }
        // The same for single quotes; a ’ between letters is an apostrophe, which leaves the state alone.
        if nests && c != '"' && Some(c) == first.open_single {
            inner_open = double_open;
        } else if nests && c != '"' && Some(c) == first.close_single {
            inner_open = false;
        }
        // A ’ between letters is an apostrophe; a closing mark that is not ’ (French ”, German “) closes
        // wherever it stands, as the pass that wrote it had it close.
        let apostrophe = c == '’'
            && prev.is_some_and(char::is_alphabetic)
            && next.is_some_and(char::is_alphabetic);
        if c != '\'' && Some(c) == first.open_single {
            single_open = true;
        } else if (c == '’' || (c != '\'' && Some(c) == first.close_single)) && !apostrophe {
            single_open = false;
        }
        let opening = prev.is_none_or(opens_after) && next.is_some_and(|n| !n.is_whitespace());
        match c {
            '"' => {
                let after_space = prev.is_none_or(opens_after);
                let before_space = next.is_none_or(char::is_whitespace);
                let after_digit = prev.is_some_and(|p| p.is_ascii_digit());
                let before_punctuation = next.is_some_and(|n| ",.;:!?)]…".contains(n));
                let spaced_marks = marks.open.ends_with(' ');
                let after_dash = prev.is_some_and(|p| "–—-".contains(p));
                let closes_here = before_space || before_punctuation;
                let quote = if after_dash && closes_here {
                    // "know--" or "know—" before a space: a broken-off quotation closes.
                    Some(false)
                } else if after_space && !before_space {
                    // A quotation that ends in a space (French spacing) closes before punctuation.
                    Some(!(double_open && before_punctuation))
                } else if after_space {
                    // Between spaces: closes an open quotation (French « mot »), or opens one whose
                    // first word follows a space (" mot ").
                    if double_open {
                        Some(false)
                    } else {
                        (next == Some(' ') && at(k + 2).is_some_and(char::is_alphanumeric))
                            .then_some(true)
                    }
                } else if double_open {
                    Some(false)
                } else if after_digit {
                    // An inch or seconds mark (5'11", a 24" screen): where the closing mark is ”, it
                    // takes the ” publishers set there; elsewhere it stays as it is.
                    (marks.close == "”").then_some(false)
                } else {
                    // Before a space or punctuation it closes (a quotation opened in an earlier
                    // paragraph); inside a run of text without spaces (CJK) it opens.
                    Some(!closes_here)
                };
                // Guillemet languages nest the other quotes inside: « … “ … ” … ».
                let inner = nests
                    && match quote {
                        Some(true) => double_open && !inner_open,
                        Some(false) => inner_open,
                        None => false,
                    };
                if inner {
                    let open = quote == Some(true);
                    let mark = if open {
                        marks.open_single
                    } else {
                        marks.close_single
                    };
                    edits.push(Edit::new(i..i + 1, mark));
                    // The inner marks are the language's single ones: a second pass sees them so.
                    inner_open = open;
                    single_open = open;
                } else if let Some(open) = quote {
                    let mark = if open { marks.open } else { marks.close };
                    let taken = edits.taken;
                    // A mark that brings its own space takes the text's space beside it.
                    let (range, mark) = if spaced_marks && open && next == Some(' ') {
                        (i..i + 2, mark)
                    } else if spaced_marks && !open && prev == Some(' ') && i > taken {
                        (i - 1..i + 1, mark)
                    } else if prev == Some(' ') {
                        // The space before is the previous mark's own ("" → « »).
                        (i..i + 1, mark.trim_start())
                    } else {
                        (i..i + 1, mark)
                    };
                    edits.push(Edit::new(range, mark));
                    double_open = open;
                    inner_open = false;
                    if open && next == Some(' ') && spaced_marks {
                        prev = Some(' ');
                        k += 2;
                        continue;
                    }
                }
            }
            '\'' => {
                let after_letter = prev.is_some_and(char::is_alphabetic);
                let before_letter = next.is_some_and(char::is_alphabetic);
                // A double quote after it closes too: straight here, it becomes a closing mark (with its own
                // space in French), which a second pass then sees.
                let before_space =
                    next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]…\"”»".contains(n));
                if (after_letter && before_letter)
                    || (opening && is_elision(chars, k + 1))
                    || is_numeral_s(chars, k)
                {
                    edits.push(Edit::new(i..i + 1, "’"));
                } else if (opening || prev == Some('…')) && next.is_some_and(char::is_alphanumeric)
                {
                    // "preferable…'green'": a single quote opens after an ellipsis too.
                    edits.push(Edit::new(i..i + 1, marks.open_single));
                    single_open = true;
                } else if !single_open && prev.is_some_and(ends_phrase) && before_space {
                    // "…transmission,' he says": the quotation opened in an earlier paragraph.
                    edits.push(Edit::new(i..i + 1, marks.close_single));
                } else if after_letter || (single_open && prev.is_some_and(|p| !p.is_whitespace()))
                {
                    let close = if single_open {
                        marks.close_single
                    } else {
                        "’"
                    };
                    edits.push(Edit::new(i..i + 1, close));
                    single_open = false;
                } else if prev.is_some_and(|p| p.is_ascii_digit()) && marks.close_single == "’" {
                    // A foot or minutes mark (6'7"): the ’ publishers set there, where it is the
                    // language's apostrophe.
                    edits.push(Edit::new(i..i + 1, "’"));
                }
            }
            '.' => {
                let run = run_len(chars, k, '.');
                let numeric = prev.is_some_and(|p| p.is_ascii_digit())
                    && at(k + run).is_some_and(|n| n.is_ascii_digit());
                if run == 3 && !numeric {
                    edits.push(Edit::new(i..i + 3, "…"));
                }
                prev = edits.last.unwrap_or(Some('.'));
                k += run;
                continue;
            }
            '-' => {
                let run = run_len(chars, k, '-');
                let after = at(k + run);
                // A straight quote after the dash becomes a French mark with its own space: " - ".
                let spaced_marks = marks.close.starts_with(' ');
                let spaced = prev == Some(' ')
                    && (after == Some(' ') || (spaced_marks && after == Some('"')));
                let between_digits = k >= 2
                    && at(k - 2).is_some_and(|p| p.is_ascii_digit())
                    && at(k + run + 1).is_some_and(|n| n.is_ascii_digit());
                let end = i + run;
                if spaced && run <= 2 && !between_digits {
                    edits.push(Edit::new(i..end, marks.spaced_dash));
                } else if run == 2
                    && prev.is_some_and(char::is_alphabetic)
                    && after.is_some_and(char::is_alphabetic)
                {
                    edits.push(Edit::new(i..end, "—"));
                }
                prev = edits.last.unwrap_or(Some('-'));
                k += run;
                continue;
            }
            _ => {}
        }
        prev = edits.last.unwrap_or(Some(c));
        k += 1;
    }
}

/// Words that start with an apostrophe standing for dropped letters: ’em, ’n’, ’tis, ’til, ’cause,
/// and German ’ne, ’nen, ’nem, ’ner (eine, einen, einem, einer).
const ELISIONS: &[&str] = &[
    "em", "n", "tis", "twas", "til", "cause", "bout", "round", "kay", "ne", "nen", "nem", "ner",
];

/// Whether the straight quote at `chars[k]` stands between a numeral and a final "s": the 1980's,
/// 1984's album, version 3's.
fn is_numeral_s(chars: &[char], k: usize) -> bool {
    let at = |j: usize| chars.get(j).copied();
    k > 0
        && at(k - 1).is_some_and(|c| c.is_ascii_digit())
        && at(k + 1) == Some('s')
        && at(k + 2).is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the apostrophe before `chars[k]` starts an elided word (’em, rock ’n’ roll) or a decade
/// (’90s, ’05): an apostrophe, not an opening quote.
fn is_elision(chars: &[char], k: usize) -> bool {
    let word: String = chars[k.min(chars.len())..]
        .iter()
        .copied()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let after = chars.get(k + word.chars().count()).copied();
    let ends = after.is_none_or(|c| !c.is_alphanumeric());
    // ’90s is a decade; ’11 alone is one too, unless a quote closes later in the block ('11 weeks!').
    let decade = word.len() >= 2
        && word.chars().take(2).all(|c| c.is_ascii_digit())
        && (word[2..] == *"s" || (word.len() == 2 && !next_quote_closes(chars, k + 2)));
    let elided =
        ELISIONS.contains(&word.to_lowercase().as_str()) && (word != "n" || after == Some('\''));
    ends && (decade || elided)
}

/// Whether the next straight single quote from `chars[k]` on can close a quotation: it follows a
/// character that is not a space or a digit (a foot mark), with no letter or digit after it. Each call
/// reads up to the next straight quote only, so the calls of one block read it once in all.
fn next_quote_closes(chars: &[char], k: usize) -> bool {
    let Some(j) = (k.max(1)..chars.len()).find(|&j| chars[j] == '\'') else {
        return false;
    };
    let prev = chars[j - 1];
    !prev.is_whitespace()
        && !prev.is_ascii_digit()
        && chars.get(j + 1).is_none_or(|c| !c.is_alphanumeric())
}

/// The first character of each quotation mark, compared with every character of a block.
struct FirstChars {
    open: Option<char>,
    close: Option<char>,
    open_single: Option<char>,
    close_single: Option<char>,
}

impl FirstChars {
    fn of(marks: &Marks) -> FirstChars {
        let first = |mark: &str| mark.trim().chars().next();
        FirstChars {
            open: first(marks.open),
            close: first(marks.close),
            open_single: first(marks.open_single),
            close_single: first(marks.close_single),
        }
    }
}

/// How many times `c` repeats from `chars[k]` on.
fn run_len(chars: &[char], k: usize, c: char) -> usize {
    chars[k..].iter().take_while(|&&x| x == c).count()
}

/// The plain-mode edits of one block, in text order.
fn plain(text: &str, sink: &mut dyn FnMut(Edit)) {
    let mut taken = 0;
    let mut prev = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let replacement = match c {
            '“' | '”' | '„' | '‟' => Some("\""),
            '‘' | '’' | '‚' | '‛' | '‹' | '›' => Some("'"),
            '–' => Some("-"),
            '—' if prev == Some(' ') && next == Some(' ') => Some("-"),
            '—' => Some("--"),
            '…' => Some("..."),
            '«' | '»' => Some("\""),
            _ => None,
        };
        if let Some(replacement) = replacement {
            // « mot » becomes "mot": the space inside the guillemet goes with it.
            let end = i + c.len_utf8();
            let range = match c {
                '«' if next == Some(' ') => i..end + 1,
                '»' if prev == Some(' ') && i > taken => i - 1..end,
                _ => i..end,
            };
            if range.end <= text.len() {
                taken = range.end;
                sink(Edit::new(range, replacement));
            }
        }
        prev = Some(c);
    }
}

#[cfg(test)]
mod tests;
