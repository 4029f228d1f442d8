//! The consent line under a form: "By signing up, you agree to our Terms and Privacy Policy."

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::phrases::fold;
use crate::removal::Reason;
use once_cell::sync::Lazy;

/// A consent line runs to a few sentences of legal text, never to a long paragraph.
const MAX_CONSENT_WORDS: usize = 70;

/// Words from the start within which the agreement must come: "By entering your email address and
/// clicking Subscribe, you agree …".
const AGREEMENT_WITHIN_WORDS: usize = 16;

/// The phrases of `consent_phrases.txt`: what opens a consent line and what says the reader agrees,
/// each folded.
struct ConsentPhrases {
    opens: Vec<String>,
    agrees: Vec<String>,
    /// Whether a folded block may open with one of `opens`, by its first byte (every byte when a
    /// phrase is empty).
    may_open: [bool; 256],
}

static PHRASES: Lazy<ConsentPhrases> = Lazy::new(|| {
    let mut phrases = ConsentPhrases {
        opens: Vec::new(),
        agrees: Vec::new(),
        may_open: [false; 256],
    };
    for line in include_str!("consent_phrases.txt").lines() {
        if let Some(phrase) = line.strip_prefix("opens ") {
            phrases.opens.push(fold(phrase));
        } else if let Some(phrase) = line.strip_prefix("agrees ") {
            phrases.agrees.push(fold(phrase));
        }
    }
    for open in &phrases.opens {
        match open.as_bytes().first() {
            Some(&b) => phrases.may_open[usize::from(b)] = true,
            None => phrases.may_open = [true; 256],
        }
    }
    phrases
});

/// Removes the consent line of a sign-up, contact or download form: a block that opens with the form's
/// action ("By signing up", "By clicking Subscribe", "En vous inscrivant", "Mit dem Absenden …") and
/// says, within its first words, that the reader agrees ("you agree", "vous acceptez", "erklären Sie
/// sich …"), as the phrases of `consent_phrases.txt` have it. Only a form's action opens one: "By
/// signing the lease, you agree to pay on time" stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n\
///     By signing up, you agree to our Terms of Use and Privacy Policy.\n\nThe vote was close.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "consent-notice");
/// assert_eq!(article.blocks.len(), 2);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ConsentNotice;

impl Cleaner for ConsentNotice {
    fn name(&self) -> &'static str {
        "consent-notice"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if cx.is_title_candidate()
            || block.kind == BlockKind::Preformatted
            || cx.words() > MAX_CONSENT_WORDS
        {
            return Verdict::Keep;
        }
        match is_consent_line(&cx.folded()) {
            true => Verdict::Drop(Reason::Pattern("a form's consent line")),
            false => Verdict::Keep,
        }
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

/// Whether folded text opens with a form's action and agrees within its first words.
fn is_consent_line(folded: &str) -> bool {
    let phrases = &*PHRASES;
    // Most blocks open with a byte no opening phrase opens with: not compared with each of them.
    // (An empty block opens with none, and only an empty phrase would open it.)
    let first = folded.as_bytes().first().copied().unwrap_or(0);
    if !phrases.may_open[usize::from(first)] {
        return false;
    }
    let opens = phrases.opens.iter().any(|open| {
        folded
            .strip_prefix(open.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    });
    if !opens {
        return false;
    }
    let head: String = folded
        .split(' ')
        .take(AGREEMENT_WITHIN_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    let head = format!(" {head} ");
    phrases
        .agrees
        .iter()
        .any(|agree| head.contains(&format!(" {agree} ")))
}

#[cfg(test)]
mod tests {
    use super::ConsentNotice;

    removes! { ConsentNotice;
        signing_up: "By signing up, you agree to our Terms of Use and Privacy Policy.",
        checking_the_box: "By checking this box, you agree to receive marketing emails from us. Unsubscribe at any time.",
        entering_email: "By entering your email address and clicking Subscribe, you agree to our Terms and consent to receive emails.",
        french: "En vous inscrivant, vous acceptez nos conditions générales et notre politique de confidentialité.",
        german: "Mit dem Absenden des Formulars erklären Sie sich mit unserer Datenschutzerklärung einverstanden.",
        spanish: "Al suscribirte aceptas nuestra política de privacidad.",
    }

    keeps! { ConsentNotice;
        lease: "By signing the lease, you agree to pay the rent on the first of every month, the agency said.",
        late_agreement: "By clicking through the council's archive of minutes from the last ten years of meetings and reports, you agree with the critics.",
        no_agreement: "By subscribing to three streaming services, the average family now spends more than it did on cable.",
        mention: "Critics said that by signing up, users agree to far more than they know, and the regulator agreed.",
    }
}
