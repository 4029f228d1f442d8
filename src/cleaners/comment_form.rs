//! Comment forms and comment counters.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::COMMENT_FORM;

/// Comment-form labels and notices are short; the longest common one has about twenty words.
const MAX_FORM_WORDS: usize = 30;

/// Removes comment forms and comment counters: "Leave a Reply", "Your email address will not be published.
/// Required fields are marked *", "Post a comment", "12 comments".
///
/// Phrases come from `src/phrases/<lang>/comment_form.txt`; only a whole block of at most 30 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nLeave a Reply\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "comment-form");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CommentForm;

impl Cleaner for CommentForm {
    fn name(&self) -> &'static str {
        "comment-form"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(COMMENT_FORM, MAX_FORM_WORDS, OpenEnded::AtEdge, block, cx)
    }
}

#[cfg(test)]
mod tests {
    use super::CommentForm;

    removes! { CommentForm;
        older_comments: "« Older Comments",
        newer_comments: "Newer Comments »",
        more_comments: "Show more comments",
        expand_comment: "Expand full comment",
        leave_reply: "Leave a Reply",
        email_notice: "Your email address will not be published. Required fields are marked *",
        post_comment: "Post a comment",
        count: "12 comments",
        save_name: "Save my name, email, and website in this browser for the next time I comment.",
        answer_form_guest: "Post as a guest",
        answer_form_email: "Required, but never shown",
        answer_form_sign_up: "Sign up using Google",
        reply_box_member: "You need to be a member in order to leave a comment",
        rating_question: "How useful was this post?",
        rating_prompt: "Click on a star to rate it!",
        rating_button: "Submit Rating",
        rating_tally: "Average rating 4.2 / 5. Vote count: 37",
        rating_none: "No votes so far! Be the first to rate this post.",
    }

    keeps! { CommentForm;
        older_comments_sentence: "Older comments on the forum were deleted when the site moved, the editors said.",
        expand_sentence: "Expand full comment threads only when a moderator asks, the guidelines say.",
        reply_sentence: "The ministry did not reply to a request for comment on Friday, a spokesman said.",
        comments_sentence: "His comments drew criticism from opposition lawmakers, who called for an inquiry.",
        member_sentence: "You need to be a member in order to leave a comment on the club's notice board, the rules say, and members must sign them.",
        guest_sentence: "She asked to post as a guest columnist, and the editor agreed within the week.",
        sign_up_sentence: "Most of the new users sign up using Google accounts, the company's report shows.",
        email_sentence: "The email address was published by mistake in the minutes of the meeting, officials said.",
        // Risky one-word labels of the lists: the form label alone goes, prose with the word stays.
        name_sentence: "Name changes must be registered with the city office within two weeks, the law says.",
        website_sentence: "Website traffic doubled after the launch, according to the company's own figures.",
        // A program's line is no label, whatever its words.
        name_assignment: "\tname = \"\";",
        email_statement: "email = form.email;",
        rating_sentence: "How useful was this post office to the village? Very, the older residents say.",
        tally_sentence: "The average rating rose to 4.1, and the vote count passed 2,000 by noon on Sunday.",
    }
}
