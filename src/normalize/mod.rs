//! Normalizers: after cleaning, kept text is put into one house style, and every edit is recorded.
//!
//! Like cleaners, normalizers do not edit: they return [`Edit`]s, which the pipeline applies and records
//! as [`Change`]s. They run in this order, each on the title and on every block:
//!
//! | stage | normalizer | default | builder option |
//! |---|---|---|---|
//! | `unicode` | [`UnicodeNormalizer`]: NFC, NFKC or as is | on (NFC) | [`unicode`](crate::PipelineBuilder::unicode) |
//! | `mojibake` | [`MojibakeNormalizer`]: UTF-8 read as Windows-1252 or Latin-1 repaired ("donâ€™t" → "don’t") | on (after NFC, which may make its leads) | — |
//! | `invisible` | [`InvisibleNormalizer`]: zero-width and control characters out, odd spaces plain, ZWNJ/ZWJ and bidi marks kept where they mean something | on | [`strip_bidi`](crate::PipelineBuilder::strip_bidi) |
//! | `whitespace` | [`WhitespaceNormalizer`]: line endings unified, runs collapsed, blocks trimmed (empty blocks dropped) | on | — |
//! | `typography` | [`TypographyNormalizer`]: quotes, apostrophes, dashes, ellipses per language, or back to ASCII | off | [`typography`](crate::PipelineBuilder::typography) |
//! | `house-spelling` | [`HouseSpelling`]: one spelling per name from variant tables, in a [`HouseStyle`] | off | [`house_style`](crate::PipelineBuilder::house_style), [`spelling_table`](crate::PipelineBuilder::spelling_table) |
//!
//! An edit never makes composed text uncomposed: removing a soft hyphen or zero-width space that kept a
//! letter and a combining accent apart (`e\u{ad}\u{301}`, NFC as it stands) would leave `e\u{301}`,
//! so the edit takes in the letter and the accent and puts back their composition (`é`). (Invisible
//! characters are judged on canonically ordered text: NFC runs first, so a mark typed in the wrong
//! order cannot change what a joiner beside it means between one pass and the next.)
//!
//! [`discover_variants`] finds names a batch of articles spells in several ways; its proposals become a
//! table with [`SpellingTable::from_clusters`], applied only when the caller adds it to a pipeline.
//!
//! # Examples
//!
//! ```
//! use copydesk::normalize::{NormalizeContext, Normalizer, WhitespaceNormalizer};
//! use copydesk::BlockKind;
//!
//! let cx = NormalizeContext::new(BlockKind::Paragraph, None);
//! let edits = WhitespaceNormalizer.edits("two  spaces", &cx);
//! assert_eq!(edits[0].range, 3..5);
//! assert_eq!(edits[0].replacement, " ");
//! ```

mod invisible;
mod mojibake;
mod typography;
mod unicode;
mod variants;
mod whitespace;

pub use invisible::InvisibleNormalizer;
pub use mojibake::MojibakeNormalizer;
pub use typography::{Typography, TypographyNormalizer};
pub use unicode::{UnicodeForm, UnicodeNormalizer};
pub use variants::{
    discover_variants, transliteration_key, FormCounts, HouseSpelling, HouseStyle, Sighting,
    SpellingTable, VariantCluster, VariantForm,
};
pub use whitespace::WhitespaceNormalizer;

use crate::block::BlockKind;
use crate::phrases::Lang;
use crate::removal::Change;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// One replacement a normalizer asks for: a byte range of the text and what goes in its place.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::Edit;
/// let edit = Edit::new(0..3, "the");
/// assert_eq!(edit.replacement, "the");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Edit {
    /// Byte range in the text the normalizer was given.
    pub range: Range<usize>,
    /// The text that replaces it.
    pub replacement: String,
}

impl Edit {
    /// An edit replacing `range` with `replacement`.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::Edit;
    /// assert_eq!(Edit::new(2..4, "").range, 2..4);
    /// ```
    pub fn new(range: Range<usize>, replacement: impl Into<String>) -> Edit {
        Edit {
            range,
            replacement: replacement.into(),
        }
    }
}

/// What a normalizer knows about the text it is given.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::NormalizeContext;
/// use copydesk::{phrases::Lang, BlockKind};
/// let cx = NormalizeContext::new(BlockKind::Heading, Some(Lang::Fr));
/// assert_eq!(cx.lang(), Some(Lang::Fr));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct NormalizeContext {
    kind: BlockKind,
    lang: Option<Lang>,
    /// The region subtag of the document's language tag, upper case (`CH` of `de-CH`).
    region: Option<[u8; 2]>,
}

impl NormalizeContext {
    /// A context for a block of `kind` in language `lang`.
    pub fn new(kind: BlockKind, lang: Option<Lang>) -> NormalizeContext {
        NormalizeContext {
            kind,
            lang,
            region: None,
        }
    }

    /// The same context with the region of the document's full language tag (`de-CH`, `fr_CH`,
    /// `de-Latn-CH`): regional conventions, such as Swiss guillemets, follow it. A tag without a
    /// two-letter region subtag, or `None`, leaves the region unknown.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::NormalizeContext;
    /// use copydesk::{phrases::Lang, BlockKind};
    /// let cx = NormalizeContext::new(BlockKind::Paragraph, Some(Lang::De)).with_tag(Some("de-ch"));
    /// assert_eq!(cx.region(), Some("CH"));
    /// assert_eq!(cx.with_tag(Some("de")).region(), None);
    /// ```
    pub fn with_tag(self, tag: Option<&str>) -> NormalizeContext {
        let region = tag.and_then(|tag| {
            tag.trim()
                .split(['-', '_'])
                .skip(1)
                .find(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
                .map(|s| {
                    let b = s.as_bytes();
                    [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()]
                })
        });
        NormalizeContext { region, ..self }
    }

    /// The region of the document's language tag (ISO 3166 code, upper case), when known.
    pub fn region(&self) -> Option<&str> {
        self.region
            .as_ref()
            .and_then(|r| std::str::from_utf8(r).ok())
    }

    /// The kind of block (the title counts as a heading).
    pub fn kind(&self) -> BlockKind {
        self.kind
    }

    /// The document's language, when known.
    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }
}

/// A stage that puts kept text into house style.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{Edit, NormalizeContext, Normalizer};
/// use copydesk::Pipeline;
///
/// #[derive(Debug)]
/// struct Ampersand;
///
/// impl Normalizer for Ampersand {
///     fn name(&self) -> &'static str {
///         "ampersand"
///     }
///     fn edits(&self, text: &str, _cx: &NormalizeContext) -> Vec<Edit> {
///         text.match_indices(" & ").map(|(i, m)| Edit::new(i..i + m.len(), " and ")).collect()
///     }
/// }
///
/// let pipeline = Pipeline::builder().add_normalizer(Ampersand).build()?;
/// let article = pipeline.clean_text("Title\n\nSalt & pepper were added to the soup before serving.")?;
/// assert_eq!(article.blocks[0].text, "Salt and pepper were added to the soup before serving.");
/// assert_eq!(article.changes[0].normalizer, "ampersand");
/// # Ok::<(), copydesk::Error>(())
/// ```
pub trait Normalizer: Send + Sync + fmt::Debug {
    /// The stable name used in change records and in [`PipelineBuilder::remove`](crate::PipelineBuilder::remove).
    fn name(&self) -> &'static str;

    /// The edits this normalizer makes to `text`. Ranges must not overlap; an edit that is out of bounds,
    /// off a character boundary or overlaps an earlier one is skipped.
    fn edits(&self, text: &str, cx: &NormalizeContext) -> Vec<Edit>;

    /// Hands the edits of [`edits`](Normalizer::edits) to `sink` one at a time, in text order. The
    /// pipeline calls this one: a normalizer that finds its edits in order can override it to give each
    /// as it is found, so that a block of a million edits is never held as a million edits at once. The
    /// default collects [`edits`](Normalizer::edits) and sorts them.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{NormalizeContext, Normalizer, WhitespaceNormalizer};
    /// use copydesk::BlockKind;
    ///
    /// let cx = NormalizeContext::new(BlockKind::Paragraph, None);
    /// let mut starts = Vec::new();
    /// WhitespaceNormalizer.each_edit("a  b  c", &cx, &mut |edit| starts.push(edit.range.start));
    /// assert_eq!(starts, [1, 4]);
    /// ```
    fn each_edit(&self, text: &str, cx: &NormalizeContext, sink: &mut dyn FnMut(Edit)) {
        let mut edits = self.edits(text, cx);
        if !edits.is_sorted_by_key(|e| (e.range.start, e.range.end)) {
            edits.sort_by_key(|e| (e.range.start, e.range.end));
        }
        edits.into_iter().for_each(sink);
    }
}

/// The normalizers of [`Pipeline::default`](crate::Pipeline::default): Unicode NFC, invisible
/// characters, then whitespace. Typography and house spelling are opt-in (see
/// [`PipelineBuilder`](crate::PipelineBuilder)).
///
/// # Examples
///
/// ```
/// let names: Vec<&str> = copydesk::normalize::default_normalizers().iter().map(|n| n.name()).collect();
/// assert_eq!(names, ["unicode", "mojibake", "invisible", "whitespace"]);
/// ```
pub fn default_normalizers() -> Vec<Arc<dyn Normalizer>> {
    vec![
        Arc::new(UnicodeNormalizer::new(UnicodeForm::Nfc)),
        Arc::new(MojibakeNormalizer),
        Arc::new(InvisibleNormalizer::new()),
        Arc::new(WhitespaceNormalizer),
    ]
}

/// How many change records an article lists. Past it, each normalizer's further edits are only
/// counted, in one record per normalizer (see [`Change::is_unlisted`]): a page of a million stray
/// spaces would otherwise need a million records, many times the page's own size.
pub const MAX_LISTED_CHANGES: usize = 10_000;

/// Applies one normalizer to `text`, recording each edit as a change of `block`: an edit that repeats
/// the one just recorded (same normalizer, block, text before and after) is counted in that record, and
/// past [`MAX_LISTED_CHANGES`] edits are counted, not listed. Edits are applied as the normalizer gives
/// them (see [`Normalizer::each_edit`]): the cost is the text twice and the capped records, whatever the
/// number of edits.
pub(crate) fn apply(
    normalizer: &dyn Normalizer,
    text: &mut String,
    cx: &NormalizeContext,
    block: Option<usize>,
    changes: &mut Vec<Change>,
) {
    let mut writer = Writer {
        text: text.as_str(),
        out: String::new(),
        copied_to: 0,
        taken_to: 0,
        pending: None,
        normalizer: normalizer.name(),
        block,
        changes,
    };
    normalizer.each_edit(text, cx, &mut |edit| writer.take(edit));
    if let Some(out) = writer.finish() {
        *text = out;
    }
}

/// Writes a text out with a normalizer's edits applied, one edit at a time.
struct Writer<'a> {
    text: &'a str,
    /// The text written so far (allocated at the first edit).
    out: String,
    /// Where in `text` the next unwritten byte is.
    copied_to: usize,
    /// The end of the last edit taken: an edit starting before it overlaps and is skipped.
    taken_to: usize,
    /// The last edit taken, not yet written: an edit that starts where it ends is joined to it, so
    /// that removing `\u{feff}\u{feff}` before an accent is one edit, which [`recompose`] can widen.
    pending: Option<Edit>,
    normalizer: &'static str,
    block: Option<usize>,
    changes: &'a mut Vec<Change>,
}

impl Writer<'_> {
    /// Takes one edit: skipped when out of bounds, off a character boundary, overlapping an earlier
    /// one or changing nothing.
    fn take(&mut self, edit: Edit) {
        let Range { start, end } = edit.range;
        let text = self.text;
        let valid = start >= self.taken_to
            && start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        if !valid || text[start..end] == edit.replacement {
            return;
        }
        self.taken_to = end;
        match &mut self.pending {
            Some(last) if last.range.end == start => {
                last.range.end = end;
                last.replacement.push_str(&edit.replacement);
            }
            _ => {
                if let Some(last) = self.pending.replace(edit) {
                    self.write(last);
                }
            }
        }
    }

    /// Writes one edit out and records it.
    fn write(&mut self, edit: Edit) {
        let text = self.text;
        if self.out.capacity() == 0 {
            self.out.reserve(text.len());
        }
        let (Range { start, end }, replacement) =
            recompose(text, self.copied_to, edit.range, edit.replacement);
        self.out.push_str(&text[self.copied_to..start]);
        self.out.push_str(&replacement);
        record(
            self.changes,
            self.normalizer,
            self.block,
            start..end,
            &text[start..end],
            replacement,
        );
        self.copied_to = end;
    }

    /// The text with every edit applied, or `None` when no edit was taken.
    fn finish(mut self) -> Option<String> {
        let last = self.pending.take()?;
        self.write(last);
        self.out.push_str(&self.text[self.copied_to..]);
        Some(self.out)
    }
}

/// An edit widened, when it would bring a letter and a combining mark together that NFC composes
/// (or marks that NFC reorders), to the letter and the marks around it, with their NFC form as the
/// replacement. Text that was not NFC there to begin with is left as the normalizer asked.
fn recompose(
    text: &str,
    copied_to: usize,
    range: Range<usize>,
    replacement: String,
) -> (Range<usize>, String) {
    use unicode_normalization::char::canonical_combining_class as ccc;
    use unicode_normalization::{is_nfc, UnicodeNormalization};
    let marks_end = range.end
        + text[range.end..]
            .chars()
            .take_while(|&c| ccc(c) != 0)
            .map(char::len_utf8)
            .sum::<usize>();
    if marks_end == range.end {
        return (range, replacement);
    }
    // Back over marks to the letter they sit on, but not into text already written out.
    let mut from = range.start;
    for c in text[copied_to..range.start].chars().rev() {
        from -= c.len_utf8();
        if ccc(c) == 0 {
            break;
        }
    }
    let around = &text[from..marks_end];
    let joined = format!(
        "{}{replacement}{}",
        &text[from..range.start],
        &text[range.end..marks_end]
    );
    if !is_nfc(around) || is_nfc(&joined) {
        return (range, replacement);
    }
    (from..marks_end, joined.nfc().collect())
}

/// Adds one edit to the change records: to the last record when it repeats it, to the normalizer's
/// count of unlisted changes past the cap, or as a record of its own.
fn record(
    changes: &mut Vec<Change>,
    normalizer: &'static str,
    block: Option<usize>,
    span: Range<usize>,
    from: &str,
    to: String,
) {
    if let Some(last) = changes.last_mut() {
        let repeats_last = !last.is_unlisted()
            && last.normalizer == normalizer
            && last.block == block
            && last.span.end <= span.start
            && last.from == from
            && last.to == to;
        if repeats_last {
            last.repeats += 1;
            last.span.end = span.end;
            return;
        }
    }
    if changes.len() >= MAX_LISTED_CHANGES {
        // Past the cap only unlisted-count records follow, one per normalizer.
        let tail = changes.get_mut(MAX_LISTED_CHANGES..).unwrap_or_default();
        match tail.iter_mut().find(|c| c.normalizer == normalizer) {
            Some(count) => count.repeats += 1,
            None => changes.push(Change::unlisted(normalizer, 1)),
        }
        return;
    }
    changes.push(Change {
        normalizer,
        block,
        span,
        from: from.to_string(),
        to,
        repeats: 1,
    });
}
