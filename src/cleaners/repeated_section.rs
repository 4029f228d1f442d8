//! A section of the article printed again: its paragraphs, in the same order, a second time.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::measure::ends_sentence;
use crate::removal::Reason;

/// Words a block needs to count as a paragraph of a repeated section: short lines (headings, labels,
/// list entries) come again in an article on purpose.
const MIN_PARAGRAPH_WORDS: usize = 12;

/// Paragraphs a repeated section needs. An article quotes a paragraph again, or two (a pull quote,
/// a summary restated at the end, a warning box printed twice); four in a row, in their first
/// order, are the page's second copy of its text (a print or mobile version, a tab's panel, a
/// script's copy of the article).
const MIN_SECTION_PARAGRAPHS: usize = 4;

/// Blocks that may stand between two paragraphs of a section, and between their earlier copies:
/// a subheading, a caption, a credit.
const MAX_STEP: usize = 8;

/// Removes the second copy of a section: [`MIN_SECTION_PARAGRAPHS`] paragraphs of prose or more
/// that all stood earlier in the text, in the same order and as close together, all of them above
/// the copy, with nothing new between them (the headings, captions and list entries beside them go
/// with them when they stood so beside the first copies too). A paragraph quoted again on its own,
/// or two, stays, as does a paragraph printed over and over in a row, and a section whose copy
/// brings something new among the old paragraphs (a tab's code for another language, a package
/// with one more feature).
///
/// On text and on a page's markup alike, so that an article's text cleaned again comes out the
/// same. A page whose own content repeats four paragraphs in order (a service page's packages that
/// list the same features word for word) loses the repeats.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let paragraphs = [
///     "The council approved the new budget on Monday after a debate that lasted well into the night.",
///     "Opponents said the plan would raise taxes, while supporters argued it would fund schools and roads.",
///     "The mayor said the vote settled the question of the new library for at least another decade.",
///     "Work on the library is due to start in the spring, once the contracts have been signed and sealed.",
/// ]
/// .join("\n\n");
/// let page = format!("Budget passes\n\n{paragraphs}\n\nPrinter version\n\n{paragraphs}\n");
/// let article = Pipeline::default().clean_text(&page)?;
/// assert_eq!(article.body_text(), format!("{paragraphs}\n\nPrinter version"));
/// assert!(article.removals.iter().any(|r| r.stage == "repeated-section"));
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct RepeatedSection;

impl Cleaner for RepeatedSection {
    fn name(&self) -> &'static str {
        "repeated-section"
    }

    fn check(&self, _block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let index = cx.index();
        if cx.is_title_candidate() {
            return Verdict::Keep;
        }
        let Some(copy) = cx.earlier_copy(index) else {
            return Verdict::Keep;
        };
        let in_section = match is_paragraph(cx, index) {
            true => in_repeated_section(cx, index),
            false => beside_section_paragraph(cx, index, copy),
        };
        match in_section {
            true => Verdict::Drop(Reason::DuplicateOf(copy)),
            false => Verdict::Keep,
        }
    }
}

/// Whether the block at `at` is a paragraph of prose: long enough, and a sentence (a table's row
/// or a spec line printed twice, in a summary above and in full below, is the article's).
fn is_paragraph(cx: &BlockContext<'_>, at: usize) -> bool {
    cx.words_at(at) >= MIN_PARAGRAPH_WORDS
        && cx.block(at).is_some_and(|block| {
            block.kind != BlockKind::Preformatted
                && (ends_sentence(&block.text) || block.text.contains(". "))
        })
}

/// The paragraph with an earlier copy nearest after (`forward`) or before block `at`, within
/// [`MAX_STEP`] blocks, with that copy.
fn next_paragraph(cx: &BlockContext<'_>, at: usize, forward: bool) -> Option<(usize, usize)> {
    (1..=MAX_STEP + 1)
        .filter_map(|step| match forward {
            true => Some(at + step).filter(|&next| next < cx.len()),
            false => at.checked_sub(step),
        })
        .find(|&next| is_paragraph(cx, next))
        .and_then(|next| Some((next, cx.earlier_copy(next)?)))
}

/// Whether the paragraph at `index` stands in a repeated section: among [`MIN_SECTION_PARAGRAPHS`]
/// paragraphs in a row (at most [`MAX_STEP`] blocks apart), each with an earlier copy after the
/// copy of the one before it and as close to it, the first copy above the first of them, and every
/// block between the first and the last with an earlier copy of its own. Only
/// windows of that many paragraphs around the block are read, so a long section costs no more per
/// block than a short one.
fn in_repeated_section(cx: &BlockContext<'_>, index: usize) -> bool {
    let Some(copy) = cx.earlier_copy(index) else {
        return false;
    };
    // The paragraphs of the section before and after this one, nearest first, as far as a window reaches.
    let reach = MIN_SECTION_PARAGRAPHS - 1;
    let walk = |forward: bool| {
        let mut found = Vec::with_capacity(reach);
        let (mut at, mut at_copy) = (index, copy);
        while found.len() < reach {
            let Some((next, next_copy)) = next_paragraph(cx, at, forward) else {
                break;
            };
            let (earlier, later) = match forward {
                true => (at_copy, next_copy),
                false => (next_copy, at_copy),
            };
            if later <= earlier || later - earlier > MAX_STEP + 1 {
                break;
            }
            found.push((next, next_copy));
            (at, at_copy) = (next, next_copy);
        }
        found
    };
    let before = walk(false);
    let after = walk(true);
    // Each window of MIN_SECTION_PARAGRAPHS paragraphs that holds this one: the copies must all lie
    // above the window's first paragraph.
    let mut run: Vec<(usize, usize)> = before.into_iter().rev().collect();
    let own = run.len();
    run.push((index, copy));
    run.extend(after);
    (0..=own)
        .filter(|&start| start + MIN_SECTION_PARAGRAPHS <= run.len())
        .filter(|&start| start + MIN_SECTION_PARAGRAPHS > own)
        .any(|start| {
            let window = &run[start..start + MIN_SECTION_PARAGRAPHS];
            let (first, last) = (window[0].0, window[MIN_SECTION_PARAGRAPHS - 1].0);
            window.iter().all(|&(_, copy)| copy < first)
                && (first..=last).all(|at| cx.earlier_copy(at).is_some())
        })
}

/// Whether the block at `index` that is no paragraph (a subheading, a caption, a list's entry),
/// whose earlier copy is `copy`, stands in a repeated section: next to one of its paragraphs (within
/// [`MAX_STEP`] blocks), on the same side of that paragraph's copy as it stands of the paragraph.
fn beside_section_paragraph(cx: &BlockContext<'_>, index: usize, copy: usize) -> bool {
    let above = next_paragraph(cx, index, false).is_some_and(|(paragraph, paragraph_copy)| {
        paragraph_copy < copy && copy < paragraph && in_repeated_section(cx, paragraph)
    });
    above
        || next_paragraph(cx, index, true).is_some_and(|(paragraph, paragraph_copy)| {
            copy < paragraph_copy
                && paragraph_copy - copy <= MAX_STEP + 1
                && in_repeated_section(cx, paragraph)
        })
}

#[cfg(test)]
mod tests {
    use super::RepeatedSection;
    use crate::cleaners::test_macros::kept_blocks;

    /// Asserts that the cleaner keeps every block of `texts`.
    fn assert_all_kept(texts: &[&str]) {
        assert!(kept_blocks(&RepeatedSection, texts)
            .iter()
            .all(|&kept| kept));
    }

    const P: [&str; 5] = [
        "The council approved the new budget on Monday after a debate that lasted well into the night.",
        "Opponents said the plan would raise taxes, while supporters argued it would fund schools and roads.",
        "The mayor said the vote settled the question of the new library for at least another decade.",
        "Work on the library is due to start in the spring, once the contracts have been signed and sealed.",
        "Residents will be asked to choose its name in a vote held online and at the town hall in May.",
    ];

    #[test]
    fn removes_a_section_printed_again_with_its_subheading() {
        let texts = [
            "Budget passes",
            P[0],
            P[1],
            "What comes next",
            P[2],
            P[3],
            P[4],
            "Print version",
            P[0],
            P[1],
            "What comes next",
            P[2],
            P[3],
        ];
        let kept = kept_blocks(&RepeatedSection, &texts);
        assert_eq!(&kept[..8], &[true; 8]);
        assert_eq!(&kept[8..], &[false; 5]);
    }

    #[test]
    fn keeps_a_paragraph_or_two_quoted_again() {
        // A summary restating two paragraphs at the end, and a pull quote: no section.
        let texts = [
            "Budget passes",
            P[0],
            P[1],
            P[2],
            P[3],
            P[4],
            "In short",
            P[0],
            P[1],
            "Quote of the day",
            P[2],
        ];
        assert_all_kept(&texts);
    }

    #[test]
    fn keeps_copies_out_of_their_first_order() {
        let texts = [
            "Budget passes",
            P[0],
            P[1],
            P[2],
            P[3],
            P[4],
            "Highlights",
            P[3],
            P[1],
            P[4],
            P[0],
        ];
        assert_all_kept(&texts);
    }

    #[test]
    fn keeps_a_copy_that_brings_something_new_among_the_old_paragraphs() {
        // A second tab: the same steps around another language's code.
        let texts = [
            "Budget passes",
            P[0],
            P[1],
            "let total = budget.sum();",
            P[2],
            P[3],
            "Python",
            P[0],
            P[1],
            "total = sum(budget)",
            P[2],
            P[3],
        ];
        assert_all_kept(&texts);
    }

    #[test]
    fn removes_the_copy_from_a_page_s_markup_too() {
        use crate::block::{Block, BlockKind};
        use crate::cleaners::test_macros::judge_blocks;
        let mut texts = vec!["Print version"];
        texts.extend(P);
        texts.push("Print version");
        texts.extend(P);
        let blocks: Vec<Block> = texts
            .iter()
            .map(|t| Block::new(BlockKind::Paragraph, *t))
            .collect();
        // HTML input: the title is declared, not the first block.
        assert!(judge_blocks(&RepeatedSection, &blocks, 1, Some("Budget passes")).is_keep());
        assert!(!judge_blocks(&RepeatedSection, &blocks, 8, Some("Budget passes")).is_keep());
    }

    #[test]
    fn keeps_a_paragraph_printed_over_and_over_in_a_row() {
        // Each copy's earlier copy is the one right above it, inside the run: no earlier section.
        let mut texts = vec!["Budget passes"];
        texts.extend([P[0]; 6]);
        assert_all_kept(&texts);
    }

    #[test]
    fn keeps_short_lines_that_come_again_outside_a_section() {
        let texts = [
            "Budget passes",
            "Share this story",
            P[0],
            P[1],
            P[2],
            P[3],
            "Share this story",
        ];
        assert_all_kept(&texts);
    }
}
