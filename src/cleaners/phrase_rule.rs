//! The rule most cleaners share: a short block that is, as a whole, a phrase of the cleaner's lists.

use super::{BlockContext, Verdict};
use crate::block::{Block, BlockKind};
use crate::phrases::Category;
use crate::removal::Reason;

/// Bytes per word above which a block is certainly too long to be checked; saves counting long paragraphs.
const MAX_BYTES_PER_WORD: usize = 64;

/// Where an open-ended phrase (one with `{*}`) may match a block that reads as prose.
///
/// An exact phrase is a label wherever it stands. An open-ended one ("we use cookies {*}", "read more {*}")
/// also opens ordinary sentences, so it needs more evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OpenEnded {
    /// Never on prose: labels and short lists ("Read more: Other headline", "Tags: a, b").
    NotOnProse,
    /// On prose only at an edge of the article: sign-up pitches and consent notices are full sentences.
    AtEdge,
    /// On prose anywhere: a disclosure is a full sentence wherever the site prints it (under the
    /// headline, after the first paragraph, beside a product box). Only for lists whose phrases say
    /// what no article's own sentence says.
    Anywhere,
}

/// Drops `block` when it has at most `max_words` words and the whole of it matches a phrase of `set`
/// (in the document's language or English; every language when it is unknown). A preformatted block
/// of several lines (code) is never a phrase.
pub(crate) fn judge_phrase(
    category: Category,
    max_words: usize,
    open_ended: OpenEnded,
    block: &Block,
    cx: &BlockContext<'_>,
) -> Verdict {
    if block.text.len() > max_words * MAX_BYTES_PER_WORD || cx.words() > max_words {
        return Verdict::Keep;
    }
    // Lines of code (`tags = {` over a resource's fields) are no label, whatever their words.
    if block.kind == BlockKind::Preformatted && block.text.contains('\n') {
        return Verdict::Keep;
    }
    let open_ended_allowed = !cx.is_prose()
        || open_ended == OpenEnded::Anywhere
        || (open_ended == OpenEnded::AtEdge && cx.is_at_edge());
    // Elsewhere only a phrase without `{*}` may match, and none of those is long: a long block of prose
    // is not looked up at all.
    if !open_ended_allowed && cx.folds_to_more_words_than(category.max_closed_words()) {
        return Verdict::Keep;
    }
    let hit = cx.phrase(category);
    let allowed = |phrase: &str| !phrase.contains("{*}") || open_ended_allowed;
    // A statement (`name = "";`) is no label, whatever phrase its words fold to: asked only of a hit.
    match hit.filter(|hit| allowed(hit.phrase) && !is_statement(&block.text)) {
        Some(hit) => Verdict::Drop(Reason::Phrase {
            lang: hit.lang,
            phrase: hit.phrase.to_string(),
        }),
        None => Verdict::Keep,
    }
}

/// Whether `text` is a line of code, an assignment or a statement (`name = "";`, `share = true`,
/// `tags: [];`): a label or a button never holds an equals sign between spaces nor ends with a
/// semicolon. (Markup's `attr="…"` is not looked for: markup left in the text is cruft of its own.)
fn is_statement(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with(';') || text.contains(" = ")
}
