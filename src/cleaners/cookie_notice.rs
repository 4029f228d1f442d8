//! Cookie and consent notices.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::COOKIE_NOTICE;

/// Consent banners can run to a paragraph, but not to a long one.
const MAX_NOTICE_WORDS: usize = 80;

/// Removes cookie and consent notices: "We use cookies to improve your experience…", "Accept all cookies".
///
/// Phrases come from `src/phrases/<lang>/cookie_notice.txt`; only a whole block of at most 80 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nWe use cookies to improve your experience on our site.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "cookie-notice");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CookieNotice;

impl Cleaner for CookieNotice {
    fn name(&self) -> &'static str {
        "cookie-notice"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(
            COOKIE_NOTICE,
            MAX_NOTICE_WORDS,
            OpenEnded::AtEdge,
            block,
            cx,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::CookieNotice;

    removes! { CookieNotice;
        we_use: "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.",
        accept: "Accept all cookies",
        this_site: "This site uses cookies to analyse traffic.",
        settings: "Cookie settings",
    }

    #[test]
    fn keeps_a_sentence_opening_like_a_notice_inside_the_body() {
        let text =
            "We use cookies and cakes from the bakery next door, the cafe owner said with a laugh.";
        assert!(crate::cleaners::test_macros::judge_in_body(&CookieNotice, text).is_keep());
    }

    keeps! { CookieNotice;
        regulator: "The regulator said websites that use cookies to track visitors must ask for consent first.",
        bakery: "The bakery next door sells cookies and cakes, and the cafe owner said business was good.",
    }
}
