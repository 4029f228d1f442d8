//! Share prompts and rows of share buttons.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::measure::is_longer_than_words;
use crate::phrases::{ascii_first_word, SHARE_PROMPT};
use crate::removal::Reason;

/// Share prompts are a few words; a row of buttons ("Facebook Twitter Reddit Email") rarely passes a dozen.
const MAX_SHARE_WORDS: usize = 20;

/// Removes share prompts ("Share this article", "Share on Facebook") and rows of share buttons whose every
/// word is itself a share label ("Facebook Twitter Reddit Email Print").
///
/// Phrases come from `src/phrases/<lang>/share_prompt.txt`.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nFacebook Twitter Email\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "share-prompt");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct SharePrompt;

impl Cleaner for SharePrompt {
    fn name(&self) -> &'static str {
        "share-prompt"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let verdict = judge_phrase(
            SHARE_PROMPT,
            MAX_SHARE_WORDS,
            OpenEnded::NotOnProse,
            block,
            cx,
        );
        if !verdict.is_keep() || is_longer_than_words(&block.text, MAX_SHARE_WORDS) {
            return verdict;
        }
        if is_button_row(&block.text, cx) {
            return Verdict::Drop(Reason::Pattern("a row of share buttons"));
        }
        Verdict::Keep
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

/// Two or more words, each of them a share label on its own, and at most one "X" among them
/// ([`NETWORK_ONCE_TWITTER`]).
fn is_button_row(text: &str, cx: &BlockContext<'_>) -> bool {
    // Most blocks open with a word that is no share label, told without folding the block whole.
    if let Some(first) = ascii_first_word(text) {
        let first = first.to_ascii_lowercase();
        if first != NETWORK_ONCE_TWITTER && SHARE_PROMPT.find(&first, cx.lang()).is_none() {
            return false;
        }
    }
    let folded = cx.folded();
    // A folded block is words joined by single spaces: without a space it is one word at most.
    if !folded.contains(' ') {
        return false;
    }
    let (mut labels, mut exes) = (0, 0);
    for word in folded.split(' ') {
        if word == NETWORK_ONCE_TWITTER {
            exes += 1;
        } else if SHARE_PROMPT.find(word, cx.lang()).is_some() {
            labels += 1;
        } else {
            return false;
        }
    }
    labels >= 2 && exes <= 1
}

/// The network once called Twitter, whose button is labelled "X": a label only in a row beside two
/// others, as a lone "x" is a variable, a cell's mark or a close button.
const NETWORK_ONCE_TWITTER: &str = "x";

#[cfg(test)]
mod tests {
    use super::SharePrompt;

    removes! { SharePrompt;
        follow_button: "Follow",
        followed_button: "Followed",
        listen_button: "Listen",
        pin_button: "Pin",
        copy_button: "Copy",
        link_copied: "Link copied!",
        share_post_on: "Share post on:",
        shortlink: "Shortlink: https://wp.me/p1a2b3-4c",
        short_link: "Short link: https://example.com/4821",
        cook_mode: "Cook Mode",
        cook_mode_caption: "Prevent your screen from going dark",
        share_article: "Share this article",
        share_on: "Share on Facebook",
        button_row: "Facebook Twitter Reddit Email Print",
        button_row_with_x: "X Facebook Email LinkedIn",
        button_row_with_sms: "SMS Facebook Twitter Email",
        share_colon: "Share:",
        share_this_on: "Share this on:",
        pin_it: "Pin it",
        pin_it_for_later: "Pin it for later!",
        pin_this_for_later: "PIN THIS FOR LATER",
        pin_it_here: "Pin it here",
    }

    keeps! { SharePrompt;
        pin_hem_sentence: "Pin the hem before you sew it, then press it flat.",
        listen_heading: "Listen closely",
        follow_heading: "Follow the money",
        copy_heading: "Copy that works",
        short_link_heading: "Short link between sleep and memory",
        cook_mode_sentence: "Cook mode on the new oven keeps the temperature low for hours, the maker says.",
        screen_sentence: "Prevent your screen from going dark by changing one setting, the guide explains.",
        share_sentence: "Shares in the company fell 8% on Monday after it warned of lower profits.",
        facebook_sentence: "Facebook said it would share more data with researchers from next year.",
        two_names: "Twitter chief",
        pin_sentence: "Pin it to the wall before the glue dries, the guide says.",
        pin_for_later_sentence: "Pin it for later fitting, the tailor said, once the fabric has settled.",
        // A question before the prompt is the post's own line: only the prompt alone goes.
        pin_after_a_question: "Did you enjoy this post? Pin it for later!",
        marks: "| x | x | x |",
        variable: "x",
        x_and_one_network: "X Facebook",
        // Risky one-word labels of the lists: the button alone goes, prose with the word stays.
        senden_sentence: "Senden die Sender weiter wie bisher, droht ihnen eine Strafe, sagte die Behörde.",
        drucken_sentence: "Drucken lassen will der Verlag das Buch erst im Herbst, teilte er am Montag mit.",
    }
}
