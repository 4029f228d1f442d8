//! Newsletter and subscription prompts.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::NEWSLETTER_PROMPT;

/// Sign-up boxes run to a sentence or two; longer blocks are article text.
const MAX_PROMPT_WORDS: usize = 45;

/// Removes newsletter and subscription prompts: "Subscribe to our newsletter", "Sign up here to get the latest
/// news, updates and special offers delivered directly to your inbox."
///
/// Phrases come from `src/phrases/<lang>/newsletter_prompt.txt`; only a whole block of at most 45 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nSubscribe to our newsletter\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "newsletter-prompt");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct NewsletterPrompt;

impl Cleaner for NewsletterPrompt {
    fn name(&self) -> &'static str {
        "newsletter-prompt"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(
            NEWSLETTER_PROMPT,
            MAX_PROMPT_WORDS,
            OpenEnded::AtEdge,
            block,
            cx,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::NewsletterPrompt;

    removes! { NewsletterPrompt;
        subscribe: "Subscribe to our newsletter",
        paywall_badge: "For subscribers only",
        sign_up_here: "Sign up here to get the latest news, updates and special offers delivered directly to your inbox.",
        sign_up_for: "Sign up for our daily newsletter to get the best stories first.",
        enter_email: "Enter your email address",
        newsletter_label: "Newsletter",
        email_updates: "Sign up for email updates",
    }

    keeps! { NewsletterPrompt;
        revenue: "Newsletter revenue grew 8% last year as more readers paid for subscriptions.",
        mention: "She said she had signed up for the newsletter of a local charity after the floods.",
        email_updates_sentence: "Residents can sign up for email updates on the roadworks, the council said on Monday.",
        subscribers: "The newspaper now has more subscribers online than it ever had in print, its editor said.",
        subscribers_only: "The paper said some stories would be for subscribers only from January, at a new price.",
    }
}
