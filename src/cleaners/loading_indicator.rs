//! Placeholder text left by scripts that never ran.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::LOADING_INDICATOR;
use crate::removal::Reason;
use once_cell::sync::Lazy;
use regex::Regex;

/// Placeholders left by scripts are a few words.
const MAX_INDICATOR_WORDS: usize = 8;

/// Removes placeholder text left by scripts that never ran: "Loading…", "Please enable JavaScript".
///
/// Phrases come from `src/phrases/<lang>/loading_indicator.txt`; only a whole block of at most 8 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nLoading...\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "loading-indicator");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadingIndicator;

impl Cleaner for LoadingIndicator {
    fn name(&self) -> &'static str {
        "loading-indicator"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let verdict = judge_phrase(
            LOADING_INDICATOR,
            MAX_INDICATOR_WORDS,
            OpenEnded::NotOnProse,
            block,
            cx,
        );
        if verdict.is_keep() && cx.words() <= MAX_INDICATOR_WORDS && is_loading_line(&block.text) {
            return Verdict::Drop(Reason::Pattern(
                "a placeholder saying what is loading, with an ellipsis",
            ));
        }
        if verdict.is_keep() && is_embed_signature(&block.text) {
            return Verdict::Drop(Reason::Pattern(
                "the signature line of an embedded post whose script never ran",
            ));
        }
        verdict
    }
}

/// Whether `text` says what a script is loading and trails off: "Loading specifications…", "Loading
/// prices for your region...". The ellipsis is a placeholder's, the first word a participle that
/// opens no headline of its own ("Loading docks" has no ellipsis).
fn is_loading_line(text: &str) -> bool {
    let text = text.trim();
    let Some(head) = text.get(..8) else {
        return false;
    };
    head.eq_ignore_ascii_case("loading ") && (text.ends_with('…') || text.ends_with("..."))
}

/// An embedded post's signature is a name, a handle and a date; longer text is no signature.
const MAX_SIGNATURE_BYTES: usize = 160;

/// The signature line a microblog's embed prints under the post when its script never ran: a dash,
/// the author's name, the handle in brackets and the date ("— Jane Doe (@janedoe) May 4, 2024",
/// "— Jane Doe (@janedoe) 4. Mai 2024"). The handle in brackets and the year at the end are what no
/// sentence of an article has together.
static EMBED_SIGNATURE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^[—–-]\s*[^()\n]{1,80}\(@[A-Za-z0-9_]{1,30}\)\s+[^()\n]{1,30}\b\d{4}\s*$")
        .expect("embed signature pattern compiles")
});

/// Whether `text` is the signature line of an embedded post (see [`EMBED_SIGNATURE`]).
fn is_embed_signature(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_SIGNATURE_BYTES
        && text.starts_with(['—', '–', '-'])
        && text.contains("(@")
        && EMBED_SIGNATURE.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::LoadingIndicator;

    removes! { LoadingIndicator;
        loading: "Loading...",
        wait: "Please wait",
        load_more: "Load more",
        loading_what: "Loading specifications…",
        loading_what_dots: "Loading prices for your region...",
        instagram_fallback: "A post shared by Jane Doe (@janedoe)",
        microblog_signature: "— Jane Doe 🐷 (@JDOE) November 20, 2025",
        microblog_signature_other_language: "– Jane Doe (@jane_doe) 4. Mai 2024",
    }

    keeps! { LoadingIndicator;
        sentence: "Loading of the ships resumed on Tuesday after the strike ended, the port authority said.",
        post_shared_in_a_sentence: "A post shared by the mayor on Monday drew thousands of replies within an hour of going up.",
        handle_in_a_sentence: "— and then Jane Doe (@janedoe) replied that she had never seen the report before 2024.",
        loading_heading: "Loading docks and warehouses",
        loading_sentence_trailing_off: "Loading the lorries took the crews the whole of the night and most of the morning...",
        dash_and_handle_without_date: "— Jane Doe (@janedoe)",
        quoted_handle_in_prose: "The mayor, Jane Doe (@janedoe), posted the figures on Monday, May 4, 2024",
    }
}
