//! Block cleaners: one judge per kind of cruft.
//!
//! A cleaner looks at one block in its context and returns a [`Verdict`]; it never edits. The pipeline
//! applies the verdicts of one cleaner to all blocks at once, records every removal, and hands the
//! remaining blocks to the next cleaner. The same cleaners serve text and HTML input.
//!
//! # Examples
//!
//! A cleaner of your own, as a closure:
//!
//! ```
//! use copydesk::cleaners::{FnCleaner, Verdict};
//! use copydesk::{Pipeline, Reason};
//!
//! let no_shouting = FnCleaner::new("all-caps", |block, _cx| {
//!     let letters: Vec<char> = block.text.chars().filter(|c| c.is_alphabetic()).collect();
//!     if letters.len() > 3 && letters.iter().all(|c| c.is_uppercase()) {
//!         Verdict::Drop(Reason::Custom("all capitals".into()))
//!     } else {
//!         Verdict::Keep
//!     }
//! });
//! let pipeline = Pipeline::builder().add(no_shouting).build()?;
//! let article = pipeline.clean_text("Title\n\nBREAKING NEWS\n\nThe council met on Monday to approve the budget.")?;
//! assert_eq!(article.removals[0].stage, "all-caps");
//! # Ok::<(), copydesk::Error>(())
//! ```

#[cfg(test)]
#[macro_use]
mod test_macros;

mod ad_label;
mod affiliate_disclosure;
mod author_bio;
mod breadcrumb;
mod call_to_action;
mod comment_form;
mod consent_dialog;
mod consent_notice;
pub(crate) mod context;
mod cookie_notice;
mod copyright_line;
mod credit_line;
mod labelled_run;
mod legal_links;
mod listing_control;
mod loading_indicator;
mod markup_residue;
mod newsletter_prompt;
mod number_run;
mod option_list;
mod photo_credit;
mod phrase_rule;
mod placeholder_text;
mod post_dates;
mod price_button;
mod reading_time;
mod related_list;
mod repeated_headline;
mod repeated_lede;
mod repeated_section;
mod share_prompt;
mod skip_link;
mod stray_punctuation;
mod table_of_contents;
mod tag_list;
mod teaser_label_line;
mod teaser_link;
mod timestamp_label;

pub use ad_label::AdLabel;
pub use affiliate_disclosure::AffiliateDisclosure;
pub(crate) use author_bio::is_author_box_label;
pub use author_bio::AuthorBio;
pub use breadcrumb::Breadcrumb;
pub use call_to_action::CallToAction;
pub use comment_form::CommentForm;
pub use consent_dialog::ConsentDialog;
pub use consent_notice::ConsentNotice;
pub use context::BlockContext;
pub use cookie_notice::CookieNotice;
pub use copyright_line::CopyrightLine;
pub use credit_line::CreditLine;
pub use legal_links::LegalLinks;
pub use listing_control::ListingControl;
pub use loading_indicator::LoadingIndicator;
pub use markup_residue::MarkupResidue;
pub use newsletter_prompt::NewsletterPrompt;
pub use number_run::NumberRun;
pub use option_list::OptionList;
pub use photo_credit::PhotoCredit;
pub use placeholder_text::PlaceholderText;
pub use price_button::PriceButton;
pub use reading_time::ReadingTime;
pub use related_list::RelatedList;
pub use repeated_headline::RepeatedHeadline;
pub use repeated_lede::RepeatedLede;
pub use repeated_section::RepeatedSection;
pub use share_prompt::SharePrompt;
pub use skip_link::SkipLink;
pub use stray_punctuation::StrayPunctuation;
pub use table_of_contents::TableOfContents;
pub use tag_list::TagList;
pub use teaser_link::TeaserLink;
pub use timestamp_label::TimestampLabel;

use crate::block::Block;
use crate::phrases::{
    Category, Lang, PhraseHits, COMMENT_FORM, COOKIE_NOTICE, LISTING_CONTROL, NEWSLETTER_PROMPT,
    SHARE_PROMPT, SKIP_LINK,
};
use crate::removal::Reason;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// A judge of one kind of cruft.
///
/// Implementations must be cheap to call and free of side effects: the pipeline calls
/// [`check`](Cleaner::check) once per block and may share the cleaner across threads.
///
/// # Examples
///
/// ```
/// use copydesk::cleaners::{BlockContext, Cleaner, Verdict};
/// use copydesk::{Block, BlockKind, Pipeline, Reason};
///
/// #[derive(Debug)]
/// struct Teaser;
///
/// impl Cleaner for Teaser {
///     fn name(&self) -> &'static str {
///         "teaser"
///     }
///     fn check(&self, block: &Block, _cx: &BlockContext<'_>) -> Verdict {
///         match block.text.starts_with("PLUS:") {
///             true => Verdict::Drop(Reason::Pattern("teaser line")),
///             false => Verdict::Keep,
///         }
///     }
/// }
///
/// let pipeline = Pipeline::builder().add(Teaser).build()?;
/// let article = pipeline.clean_text("Title\n\nPLUS: ten recipes\n\nThe body of the story goes here, in full.")?;
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
pub trait Cleaner: Send + Sync + fmt::Debug {
    /// The stable name used in removal records and in [`PipelineBuilder::remove`](crate::PipelineBuilder::remove).
    fn name(&self) -> &'static str;

    /// Judges one block.
    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict;

    /// Whether the cleaner judges a data table's rows ([`BlockKind::TableRow`](crate::BlockKind)):
    /// no by default, as a table belongs to the DOM stage, which keeps or leaves it out whole, and
    /// a row's cells joined by bars read like a line of cruft (a breadcrumb's steps, a credit, a
    /// date). A cleaner meant for tables says yes.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::{BlockContext, Cleaner, Verdict};
    /// use copydesk::{Block, BlockKind, Pipeline, Reason};
    ///
    /// /// Drops the rows of tables whose first cell is "Total".
    /// #[derive(Debug)]
    /// struct NoTotals;
    ///
    /// impl Cleaner for NoTotals {
    ///     fn name(&self) -> &'static str {
    ///         "no-totals"
    ///     }
    ///     fn check(&self, block: &Block, _cx: &BlockContext<'_>) -> Verdict {
    ///         match block.kind == BlockKind::TableRow && block.text.starts_with("| Total |") {
    ///             true => Verdict::Drop(Reason::Custom("a totals row".into())),
    ///             false => Verdict::Keep,
    ///         }
    ///     }
    ///     fn judges_table_rows(&self) -> bool {
    ///         true
    ///     }
    /// }
    ///
    /// let page = "<article><p>The vote was counted twice, and the second count gave the same result \
    ///     in every district of the city.</p><table><tr><th>District</th><th>Votes</th></tr>\
    ///     <tr><td>North</td><td>410</td></tr><tr><td>Total</td><td>410</td></tr></table></article>";
    /// let pipeline = Pipeline::builder().add(NoTotals).build()?;
    /// let article = pipeline.clean_html(page)?;
    /// assert_eq!(article.removals.last().unwrap().stage, "no-totals");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    fn judges_table_rows(&self) -> bool {
        false
    }

    /// Whether the cleaner's verdict on a block depends on that block alone: its text and kind,
    /// the page's declared title and the language, and what the [`BlockContext`] measures of the
    /// block itself (its words, its fold, whether it reads as prose, its phrases), not the blocks
    /// around it nor its place among them (except whether it is the title candidate of text
    /// input). No by default. A cleaner that says yes is not asked again, in the next rounds of
    /// cleaning, about a block it kept while the block is unchanged.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::{BlockContext, Cleaner, Verdict};
    /// use copydesk::{Block, Pipeline, Reason};
    ///
    /// /// Drops a block that opens with "PROMO:", wherever it stands.
    /// #[derive(Debug)]
    /// struct Promo;
    ///
    /// impl Cleaner for Promo {
    ///     fn name(&self) -> &'static str {
    ///         "promo"
    ///     }
    ///     fn check(&self, block: &Block, _cx: &BlockContext<'_>) -> Verdict {
    ///         match block.text.starts_with("PROMO:") {
    ///             true => Verdict::Drop(Reason::Pattern("a promotion")),
    ///             false => Verdict::Keep,
    ///         }
    ///     }
    ///     fn judges_block_alone(&self) -> bool {
    ///         true
    ///     }
    /// }
    ///
    /// let pipeline = Pipeline::builder().clear_cleaners().add(Promo).build()?;
    /// let text = "Title\n\nThe body of the story goes here, in full.\n\nPROMO: ten recipes";
    /// let article = pipeline.clean_text(text)?;
    /// assert_eq!(article.removals[0].stage, "promo");
    /// assert!(Promo.judges_block_alone());
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    fn judges_block_alone(&self) -> bool {
        false
    }
}

/// What a cleaner decided about a block.
///
/// # Examples
///
/// ```
/// use copydesk::cleaners::Verdict;
/// use copydesk::Reason;
///
/// let verdict = Verdict::Cut(0..5, Reason::Pattern("label"));
/// assert!(!verdict.is_keep());
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Verdict {
    /// The block stays as it is.
    Keep,
    /// The whole block goes.
    Drop(Reason),
    /// This byte range of the block's text goes; the rest stays. A range that is empty, out of bounds or not
    /// on character boundaries is ignored.
    Cut(Range<usize>, Reason),
}

impl Verdict {
    /// True for [`Verdict::Keep`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(copydesk::cleaners::Verdict::Keep.is_keep());
    /// ```
    pub fn is_keep(&self) -> bool {
        matches!(self, Verdict::Keep)
    }
}

/// A cleaner made from a name and a closure.
///
/// # Examples
///
/// ```
/// use copydesk::cleaners::{Cleaner, FnCleaner, Verdict};
///
/// let keep_all = FnCleaner::new("keep-all", |_block, _cx| Verdict::Keep);
/// assert_eq!(keep_all.name(), "keep-all");
/// ```
#[derive(Clone)]
pub struct FnCleaner {
    name: &'static str,
    judge: Arc<JudgeFn>,
}

/// The closure behind an [`FnCleaner`].
type JudgeFn = dyn Fn(&Block, &BlockContext<'_>) -> Verdict + Send + Sync;

impl FnCleaner {
    /// Wraps `judge` as a cleaner named `name`.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::{FnCleaner, Verdict};
    /// let c = FnCleaner::new("noop", |_, _| Verdict::Keep);
    /// # let _ = c;
    /// ```
    pub fn new<F>(name: &'static str, judge: F) -> FnCleaner
    where
        F: Fn(&Block, &BlockContext<'_>) -> Verdict + Send + Sync + 'static,
    {
        FnCleaner {
            name,
            judge: Arc::new(judge),
        }
    }
}

impl fmt::Debug for FnCleaner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FnCleaner")
            .field("name", &self.name)
            .finish()
    }
}

impl Cleaner for FnCleaner {
    fn name(&self) -> &'static str {
        self.name
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        (self.judge)(block, cx)
    }
}

/// The cleaners of [`Pipeline::default`](crate::Pipeline::default), in the order they run.
///
/// Cheap structural cleaners run first, so the phrase cleaners see fewer blocks; the duplicate
/// cleaners run last, when the title candidate is the real headline and not a breadcrumb or a label.
///
/// # Examples
///
/// ```
/// let names: Vec<&str> = copydesk::cleaners::default_cleaners().iter().map(|c| c.name()).collect();
/// assert_eq!(names.first(), Some(&"stray-punctuation"));
/// assert!(names.contains(&"newsletter-prompt"));
/// ```
pub fn default_cleaners() -> Vec<Arc<dyn Cleaner>> {
    vec![
        Arc::new(StrayPunctuation),
        Arc::new(MarkupResidue),
        Arc::new(SkipLink),
        Arc::new(Breadcrumb),
        Arc::new(AdLabel),
        Arc::new(AffiliateDisclosure),
        Arc::new(NewsletterPrompt),
        Arc::new(CommentForm),
        Arc::new(SharePrompt),
        Arc::new(CookieNotice),
        Arc::new(ConsentDialog),
        Arc::new(ConsentNotice),
        Arc::new(OptionList),
        Arc::new(RelatedList),
        Arc::new(TagList),
        Arc::new(TeaserLink),
        Arc::new(CopyrightLine),
        Arc::new(LegalLinks),
        Arc::new(PhotoCredit),
        Arc::new(LoadingIndicator),
        Arc::new(PlaceholderText),
        Arc::new(NumberRun),
        Arc::new(CallToAction),
        Arc::new(ListingControl),
        Arc::new(PriceButton),
        Arc::new(ReadingTime),
        Arc::new(TimestampLabel),
        Arc::new(AuthorBio),
        Arc::new(CreditLine),
        Arc::new(TableOfContents),
        Arc::new(RepeatedHeadline),
        Arc::new(RepeatedLede),
        Arc::new(RepeatedSection),
    ]
}

/// Words a footer's line has at most ([`is_footer_mark`]): a row of a dozen links, or a rights line.
pub(crate) const MAX_FOOTER_MARK_WORDS: usize = 30;

/// Whether a block (its text `text`, folded `folded`, of at most [`MAX_FOOTER_MARK_WORDS`] words)
/// marks a page's footer: a footer link or a row of them ("About us", "Privacy Policy | Terms of
/// Use", "Impressum"), or a rights line ("© 2024 Example Media"). The situation reader counts the
/// different ones a text holds: a page's text has its footer's, an article's own text none or one.
pub(crate) fn is_footer_mark(text: &str, folded: &str) -> bool {
    legal_links::is_footer_links(folded) || copyright_line::is_rights_line(text, folded)
}

/// Words a stock line of a page's chrome has at most ([`is_chrome_mark`]): a button or a prompt.
pub(crate) const MAX_CHROME_MARK_WORDS: usize = 8;

/// The phrase lists whose lines are a page's stock chrome wherever they stand: share buttons, skip
/// links, newsletter prompts, comment forms and their "sign in to comment" prompts, a listing's
/// controls, cookie notices.
/// (Ad labels, photo credits and "Related" headings stand inside articles' own texts too.)
const CHROME_MARK_LISTS: [Category; 6] = [
    SHARE_PROMPT,
    SKIP_LINK,
    NEWSLETTER_PROMPT,
    COMMENT_FORM,
    LISTING_CONTROL,
    COOKIE_NOTICE,
];

/// Whether a block of at most [`MAX_CHROME_MARK_WORDS`] words, with its `hits` in the shipped phrase
/// lists, is a stock line of a page's chrome ([`CHROME_MARK_LISTS`]): "Share on Facebook", "Skip to
/// content", "Sign up for our newsletter", "Leave a comment", "Sort by". The situation reader counts
/// the different ones a text holds, with its footer marks: a page exported a block per line keeps
/// several, an edited text (copydesk's own output among them) none or one.
pub(crate) fn is_chrome_mark(hits: &PhraseHits, lang: Option<Lang>) -> bool {
    CHROME_MARK_LISTS
        .iter()
        .any(|list| list.pick(hits, lang).is_some())
}

#[cfg(test)]
mod tests {
    use super::context::Pass;
    use super::*;
    use crate::block::BlockKind;
    use crate::document::BlockKey;
    use crate::phrases::Lang;

    /// Made-up lines, most of them cruft of one cleaner or another, and a line of prose.
    const LINES: [&str; 17] = [
        "Skip to main content",
        "Tags: budget, council, housing",
        "Loading comments…",
        "Share on Facebook Share on X Email",
        "<div class=\"promo\"><a href=\"/offers\">Subscribe</a></div>",
        "$24.99 at Example Shop",
        "Read more: The council's next vote …",
        "Privacy Policy | Terms of Use | Cookie Settings",
        "I agree to receive emails and accept the privacy policy.",
        "Sort by: Newest first",
        "This post may contain affiliate links. We may earn a commission.",
        "Select Country United States Canada Mexico France Germany Spain Italy Portugal Norway Sweden",
        "Photo: Jane Doe / Reuters",
        "A crowd on the pier at dusk. Photograph by Jane Doe",
        "Source: example.org",
        "Figure 2: Rainfall by month",
        "The council approved the budget on Monday after a long debate about housing.",
    ];

    /// Blocks around `line`, in several arrangements: before, after and among prose and labels.
    fn surroundings(line: &str) -> Vec<(Vec<Block>, usize)> {
        let prose =
            "The storm reached the coast on Monday night, cutting power to thousands of homes.";
        let more =
            "Crews worked through the night to restore it, the utility said on Tuesday morning.";
        let block = |text: &str| Block::new(BlockKind::Paragraph, text);
        vec![
            (vec![block(line), block(prose), block(more)], 0),
            (
                vec![
                    Block::new(BlockKind::Heading, "Storm hits coast"),
                    block(line),
                    block(prose),
                ],
                1,
            ),
            (vec![block(prose), block(more), block(line)], 2),
            (
                vec![block(prose), block(line), block(more), block(prose)],
                1,
            ),
            (
                vec![
                    block("Related"),
                    block(line),
                    block("Advertisement"),
                    block("Share"),
                ],
                1,
            ),
        ]
    }

    #[test]
    fn stock_lines_of_a_page_chrome_are_chrome_marks_and_an_article_s_lines_are_not() {
        use crate::phrases::{fold, SHIPPED};
        let mark = |line: &str, lang| is_chrome_mark(&SHIPPED.hits(&fold(line)), lang);
        for line in [
            "Share on Facebook",
            "Skip to content",
            "Sign up for our newsletter",
            "Leave a comment",
            "Sort by",
            "Accept all cookies",
        ] {
            assert!(mark(line, Some(Lang::En)), "{line:?}");
            assert!(mark(line, None), "{line:?} in any language's lists");
        }
        assert!(mark("Zum Inhalt springen", Some(Lang::De)));
        for line in [
            "The council approved the budget on Monday.",
            "Facebook shares fell",
            "Advertisement",
            "Photo: Jane Doe / Reuters",
            "Related articles",
            "Privacy Policy",
        ] {
            assert!(!mark(line, Some(Lang::En)), "{line:?}");
        }
    }

    #[test]
    fn a_cleaner_judging_blocks_alone_judges_a_block_the_same_wherever_it_stands() {
        let mut dropped = 0;
        for cleaner in default_cleaners().iter().filter(|c| c.judges_block_alone()) {
            for line in LINES {
                for lang in [None, Some(Lang::En), Some(Lang::De)] {
                    let mut verdicts = Vec::new();
                    for (blocks, at) in surroundings(line) {
                        let keys = BlockKey::all(&blocks);
                        let pass = Pass::new(&blocks, &keys);
                        for title in [Some("Storm hits coast"), None] {
                            let cx = BlockContext::in_pass(&pass, at, Some(title), lang);
                            verdicts.push(format!("{:?}", cleaner.check(&blocks[at], &cx)));
                        }
                    }
                    assert!(
                        verdicts.iter().all(|v| *v == verdicts[0]),
                        "{} on {line:?}: {verdicts:?}",
                        cleaner.name()
                    );
                    dropped += usize::from(verdicts[0] != "Keep");
                }
            }
        }
        // The lines are cruft of these cleaners: the verdicts compared are not all Keep.
        assert!(dropped >= 20, "{dropped}");
    }
}
