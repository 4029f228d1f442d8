//! Consent dialogs: a cookie banner's settings panel, printed into a page's text.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::fold;
use crate::removal::Reason;
use memchr::memmem::Finder;
use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

/// Blocks a dialog runs to under its heading: its text, the categories with their descriptions, the
/// cookies' table and the buttons.
const MAX_DIALOG_BLOCKS: usize = 40;

/// Words up to which a block of the dialog may run: a category's description, a cookie's purpose.
const MAX_ENTRY_WORDS: usize = 120;

/// Words up to which a block without the dialog's topic may stand in it: a category's name
/// ("Necessary", "Always Enabled"), a column's heading, a row of buttons.
const MAX_SHORT_ENTRY_WORDS: usize = 6;

/// Words up to which a block is a row of buttons ("Accept all Reject all Save preferences").
const MAX_BUTTON_WORDS: usize = 10;

/// Blocks of the dialog that speak of its topic: a dialog explains itself at least twice (its notice
/// and a category), where a heading "Cookie settings" over one paragraph may be an article's.
const MIN_TOPIC_BLOCKS: usize = 2;

/// The words of `consent_dialog_words.txt`, each folded.
struct DialogWords {
    labels: FxHashSet<String>,
    /// The shortest and longest label, in bytes: most short blocks are passed over on their length.
    label_bytes: (usize, usize),
    /// Each topic without its first letter, looked for in a block's own text: a capital at a word's
    /// start ("Cookies", "Consent") does not hide it, and no block is folded for this question alone
    /// (folding every block of a page would cost more than the whole cleaner).
    topics: Vec<Finder<'static>>,
    buttons: FxHashSet<String>,
}

static WORDS: Lazy<DialogWords> = Lazy::new(|| {
    let mut labels = FxHashSet::default();
    let mut topics = Vec::new();
    let mut buttons = FxHashSet::default();
    for line in include_str!("consent_dialog_words.txt").lines() {
        // A note after two spaces and `#` is no part of the word.
        let line = line.split("  #").next().unwrap_or(line).trim_end();
        if let Some(label) = line.strip_prefix("label ") {
            labels.insert(fold(label));
        } else if let Some(topic) = line.strip_prefix("topic ") {
            let topic = fold(topic);
            let tail = topic
                .char_indices()
                .nth(1)
                .map_or("", |(at, _)| &topic[at..]);
            topics.push(Finder::new(tail.as_bytes()).into_owned());
        } else if let Some(button) = line.strip_prefix("button ") {
            buttons.insert(fold(button));
        }
    }
    let lengths = labels.iter().map(String::len);
    let label_bytes = (
        lengths.clone().min().unwrap_or(0),
        lengths.max().unwrap_or(0),
    );
    DialogWords {
        labels,
        label_bytes,
        topics,
        buttons,
    }
});

/// Removes a consent dialog from a text input (a page's text): a heading of one ("Manage consent", "Privacy Overview", "Cookie
/// settings", from `consent_dialog_words.txt`) and the blocks under it that speak of cookies and
/// consent and its rows of buttons (a category's bare name between them stays), when the run holds
/// a row of buttons ("Accept", "Reject all", "Save preferences") and two blocks that speak of its
/// topic. The run ends at its last block about the topic or its last row of buttons: the short lines
/// after it stay. A heading "Cookie settings" over an article's paragraphs stays, as no button
/// follows it.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate in the chamber.\n\n\
///     Schools and roads get more money than last year, the mayor told reporters afterwards.\n\n\
///     Manage consent\n\nWe use cookies to give you the most relevant experience on our website.\n\n\
///     Necessary cookies are essential for the website to function properly.\n\nAccept all Reject all\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert!(article.removals.iter().any(|r| r.stage == "consent-dialog"));
/// assert_eq!(article.blocks.len(), 2);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ConsentDialog;

impl Cleaner for ConsentDialog {
    fn name(&self) -> &'static str {
        "consent-dialog"
    }

    fn check(&self, _block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let index = cx.index();
        // Text input only: on a page's markup the DOM stage takes a dialog out by its structure
        // (`role="dialog"`, its consent manager's names), and no dev page's HTML output held one.
        if !cx.title_is_first_block() || cx.is_title_candidate() || cx.words() > MAX_ENTRY_WORDS {
            return Verdict::Keep;
        }
        // Only the dialog's own blocks go: its heading, what speaks of its topic and its rows of
        // buttons. (A category's bare name between them, "Necessary", stays: asking every short line
        // of a page whether a dialog's heading stands above it cost more than the rest of the
        // cleaners on listing pages.)
        if !(speaks_of_topic(cx, index) || is_label(cx, index) || is_buttons(cx, index)) {
            return Verdict::Keep;
        }
        // The nearest heading of a dialog above, found on the blocks' lengths and short blocks' folds
        // alone; then every block between must be one a dialog may hold.
        let lowest = index.saturating_sub(MAX_DIALOG_BLOCKS);
        let label = (lowest..=index)
            .rev()
            .take_while(|&at| cx.words_at(at) <= MAX_ENTRY_WORDS)
            .find(|&at| is_label(cx, at));
        let Some(label) = label else {
            return Verdict::Keep;
        };
        if !(label + 1..=index).all(|at| is_entry(cx, at)) {
            return Verdict::Keep;
        }
        match dialog_end(cx, label) {
            Some(end) if index < end => Verdict::Drop(Reason::Pattern("a consent dialog")),
            _ => Verdict::Keep,
        }
    }
}

/// Whether block `at` is a dialog's heading.
fn is_label(cx: &BlockContext<'_>, at: usize) -> bool {
    let (shortest, longest) = WORDS.label_bytes;
    // Folding keeps a block's letters and drops at most its punctuation and spaces: a block shorter
    // than the shortest label or over twice the longest is none, whatever it folds to.
    let may_be = |block: &Block| (shortest..=2 * longest).contains(&block.text.len());
    cx.block(at).is_some_and(may_be)
        && !(at == 0 && cx.title_is_first_block())
        && cx.words_at(at) <= MAX_SHORT_ENTRY_WORDS
        && {
            let folded = cx.folded_at(at);
            let (shortest, longest) = WORDS.label_bytes;
            (shortest..=longest).contains(&folded.len()) && WORDS.labels.contains(folded.as_ref())
        }
}

/// Whether block `at` may stand in a dialog: it speaks of the topic, it is short, or it is a row of
/// buttons (a service's toggle, "Click to enable/disable Google Maps.").
fn is_entry(cx: &BlockContext<'_>, at: usize) -> bool {
    at < cx.len()
        && cx.words_at(at) <= MAX_ENTRY_WORDS
        && (cx.words_at(at) <= MAX_SHORT_ENTRY_WORDS
            || speaks_of_topic(cx, at)
            || is_buttons(cx, at))
}

/// Whether block `at` speaks of cookies or consent.
fn speaks_of_topic(cx: &BlockContext<'_>, at: usize) -> bool {
    let text = cx.block(at).map_or(&b""[..], |block| block.text.as_bytes());
    WORDS.topics.iter().any(|topic| topic.find(text).is_some())
}

/// Whether block `at` is a row of buttons: short, with a button's word.
fn is_buttons(cx: &BlockContext<'_>, at: usize) -> bool {
    cx.words_at(at) <= MAX_BUTTON_WORDS
        && cx
            .folded_at(at)
            .split(' ')
            .any(|word| WORDS.buttons.contains(word))
}

/// Where the dialog under the heading at `label` ends (just past its last block about the topic or
/// its last row of buttons), or `None` when the run is no dialog: no row of buttons, or fewer than
/// [`MIN_TOPIC_BLOCKS`] blocks about the topic.
fn dialog_end(cx: &BlockContext<'_>, label: usize) -> Option<usize> {
    let (mut end, mut topic_blocks, mut buttons) = (label + 1, 0, false);
    let last = (label + MAX_DIALOG_BLOCKS).min(cx.len().saturating_sub(1));
    for at in label + 1..=last {
        if !is_entry(cx, at) {
            break;
        }
        let topic = speaks_of_topic(cx, at);
        let row = is_buttons(cx, at);
        topic_blocks += usize::from(topic);
        buttons |= row;
        if topic || row {
            end = at + 1;
        }
    }
    (buttons && topic_blocks >= MIN_TOPIC_BLOCKS).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::ConsentDialog;
    use crate::cleaners::test_macros::{kept_blocks, PARA_1, PARA_2, PARA_3};

    const NOTICE: &str = "We use cookies on our website to give you the most relevant experience.";
    const CATEGORY: &str =
        "Necessary cookies are absolutely essential for the website to function.";

    #[test]
    fn removes_the_dialog_under_its_heading_and_keeps_the_article() {
        let texts = [
            "Budget passes",
            PARA_1,
            PARA_2,
            "Privacy Overview",
            NOTICE,
            "Necessary",
            CATEGORY,
            "Always Enabled",
            "Accept All Reject All",
            "Contact us",
        ];
        // The categories' bare names ("Necessary", "Always Enabled") stay.
        assert_eq!(
            kept_blocks(&ConsentDialog, &texts),
            [true, true, true, false, false, true, false, true, false, true]
        );
    }

    #[test]
    fn removes_a_dialog_above_the_article() {
        let texts = [
            "Budget passes",
            "Cookie settings",
            NOTICE,
            CATEGORY,
            "Save preferences",
            "Council news",
            PARA_1,
            PARA_2,
        ];
        assert_eq!(
            kept_blocks(&ConsentDialog, &texts),
            [true, false, false, false, false, true, true, true]
        );
    }

    #[test]
    fn keeps_an_article_section_about_cookie_settings() {
        // An article's heading over paragraphs about cookies: no row of buttons follows.
        let texts = [
            "How trackers follow you",
            PARA_1,
            "Cookie settings",
            "Most browsers let you clear each cookie a site stored, the regulator's guide says.",
            "Consent banners must offer a reject button as visible as the accept one, it adds.",
            PARA_2,
            PARA_3,
        ];
        assert!(kept_blocks(&ConsentDialog, &texts).iter().all(|&kept| kept));
    }

    #[test]
    fn leaves_a_page_s_markup_to_the_dom_stage() {
        use crate::block::{Block, BlockKind};
        use crate::cleaners::test_macros::judge_blocks;
        let texts = [PARA_1, "Manage consent", NOTICE, CATEGORY, "Accept all"];
        let blocks: Vec<Block> = texts
            .iter()
            .map(|t| Block::new(BlockKind::Paragraph, *t))
            .collect();
        // HTML input: the title is declared, not the first block.
        assert!(judge_blocks(&ConsentDialog, &blocks, 2, Some("Budget passes")).is_keep());
        // The same blocks as a text input: the dialog goes.
        assert!(!judge_blocks(&ConsentDialog, &blocks, 2, None).is_keep());
    }

    #[test]
    fn removes_a_settings_panel_whose_toggles_name_services() {
        // A theme's privacy panel: tabs, then each tab's text with a toggle per service, the
        // toggles' lines naming no cookie.
        let texts = [
            "Budget passes",
            PARA_1,
            PARA_2,
            "Cookie and Privacy Settings",
            "How we use cookies",
            "Other external services",
            NOTICE,
            "We also use external services like web fonts and maps, which may store cookies.",
            "Click to enable/disable Google Webfonts.",
            "Click to enable/disable Google Maps.",
            CATEGORY,
            "Contact us",
        ];
        assert_eq!(
            kept_blocks(&ConsentDialog, &texts),
            [true, true, true, false, false, true, false, false, false, false, false, true]
        );
    }

    #[test]
    fn keeps_buttons_without_a_dialog_heading() {
        let texts = [
            "Budget passes",
            PARA_1,
            NOTICE,
            CATEGORY,
            "Accept all",
            PARA_2,
        ];
        assert!(kept_blocks(&ConsentDialog, &texts).iter().all(|&kept| kept));
    }
}
