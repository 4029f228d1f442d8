//! An author's box at the foot of an article: "About the author", the author's name and role, and a
//! paragraph of biography.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::measure::{ends_sentence, word_count};
use crate::phrases::fold;
use crate::removal::Reason;
use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

/// Blocks after the label that the box may hold before its biography: the author's name and role.
const MAX_LINES_BEFORE_BIO: usize = 2;

/// Words of the name or role line over a biography ("Executive Digital Editor and Master Gardener").
const MAX_LINE_WORDS: usize = 10;

/// Words of a biography: a paragraph of a few sentences, never an article's section.
const MAX_BIO_WORDS: usize = 150;

/// Words from the start within which a biography says who the author is ("Jane Doe, CFP, is a …").
const BIO_VERB_WITHIN_WORDS: usize = 12;

/// Words a label has at most ("À propos de l'auteur").
const MAX_LABEL_WORDS: usize = 6;

/// The labels and biography verbs of `author_bio_labels.txt`, each folded.
struct BoxWords {
    labels: FxHashSet<String>,
    verbs: Vec<String>,
}

static WORDS: Lazy<BoxWords> = Lazy::new(|| {
    let mut words = BoxWords {
        labels: FxHashSet::default(),
        verbs: Vec::new(),
    };
    for line in include_str!("author_bio_labels.txt").lines() {
        if let Some(label) = line.strip_prefix("label ") {
            words.labels.insert(fold(label));
        } else if let Some(verb) = line.strip_prefix("verb ") {
            words.verbs.push(fold(verb));
        }
    }
    words
});

/// Removes an author's box: a label ("About the author", "Über den Autor", "À propos de l'auteur", from
/// `author_bio_labels.txt`), at most two short lines under it (the author's name and role), and the
/// paragraph of biography that follows them, which says who the author is within its first words
/// ("Jane Doe is a reporter …", "I'm a folklorist …"). Without such a paragraph nothing goes: a
/// section of a book review headed "About the author" that goes on with the review stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n\
///     About the author\n\nJane Doe\n\nJane Doe is a reporter who covers city hall for the paper.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// let stages: Vec<&str> = article.removals.iter().map(|r| r.stage).collect();
/// assert_eq!(stages, ["author-bio"; 3]);
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct AuthorBio;

impl Cleaner for AuthorBio {
    fn name(&self) -> &'static str {
        "author-bio"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if cx.is_title_candidate() || block.kind == BlockKind::Preformatted {
            return Verdict::Keep;
        }
        let index = cx.index();
        let lowest = index.saturating_sub(MAX_LINES_BEFORE_BIO + 1);
        let Some(label) = (lowest..=index).rev().find(|&at| is_label(cx, at)) else {
            return Verdict::Keep;
        };
        match box_end(cx, label) {
            Some(end) if index < end => Verdict::Drop(Reason::Pattern(
                "an author's box: label, name and biography",
            )),
            _ => Verdict::Keep,
        }
    }
}

/// Whether `text` is an author box's label ("About the author", `author_bio_labels.txt`): the DOM
/// stage that takes a box's biography takes the label over it too.
pub(crate) fn is_author_box_label(text: &str) -> bool {
    word_count(text) <= MAX_LABEL_WORDS && WORDS.labels.contains(fold(text).as_str())
}

/// Whether the block at `index` is an author box's label.
fn is_label(cx: &BlockContext<'_>, index: usize) -> bool {
    index < cx.len()
        && cx.words_at(index) <= MAX_LABEL_WORDS
        && WORDS.labels.contains(cx.folded_at(index).as_ref())
}

/// Where the box under the label at `label` ends (just past its biography), or `None` when no
/// biography follows within [`MAX_LINES_BEFORE_BIO`] short lines.
fn box_end(cx: &BlockContext<'_>, label: usize) -> Option<usize> {
    for at in label + 1..=label + 1 + MAX_LINES_BEFORE_BIO {
        let block = cx.block(at)?;
        if is_biography(&block.text) {
            return Some(at + 1);
        }
        if !is_name_or_role_line(&block.text) {
            return None;
        }
    }
    None
}

/// A short line without a sentence's end: the author's name, role or employer.
fn is_name_or_role_line(text: &str) -> bool {
    word_count(text) <= MAX_LINE_WORDS && !ends_sentence(text)
}

/// A paragraph of biography: at most [`MAX_BIO_WORDS`] words, saying who the author is within its
/// first [`BIO_VERB_WITHIN_WORDS`] words.
fn is_biography(text: &str) -> bool {
    if word_count(text) > MAX_BIO_WORDS {
        return false;
    }
    let opening: Vec<String> = text
        .split_whitespace()
        .take(BIO_VERB_WITHIN_WORDS)
        .map(fold)
        .filter(|word| !word.is_empty())
        .collect();
    let opening = format!(" {} ", opening.join(" "));
    WORDS
        .verbs
        .iter()
        .any(|verb| opening.contains(&format!(" {verb} ")))
}

#[cfg(test)]
mod tests {
    use super::AuthorBio;
    use crate::cleaners::test_macros::{kept_blocks, PARA_1, PARA_2};

    const BIO: &str = "Jane Doe is a reporter who has covered city hall for the paper since 2015.";

    /// The verdicts on every block of `texts`, as the pipeline asks them: `true` for kept.
    fn kept(texts: &[&str]) -> Vec<bool> {
        kept_blocks(&AuthorBio, texts)
    }

    #[test]
    fn removes_the_label_the_name_the_role_and_the_biography() {
        let texts = [
            "Budget passes",
            PARA_1,
            PARA_2,
            "About the Author",
            "Jane Doe",
            "City Hall Reporter",
            BIO,
            "Most read",
        ];
        assert_eq!(
            kept(&texts),
            [true, true, true, false, false, false, false, true]
        );
    }

    #[test]
    fn removes_a_biography_right_under_its_label_in_other_languages() {
        let texts = [
            "Haushalt beschlossen",
            PARA_1,
            "Über den Autor",
            "Max Muster ist Redakteur im Ressort Politik und schreibt über die Stadt.",
        ];
        assert_eq!(kept(&texts), [true, true, false, false]);
        let first_person = [
            "Budget passes",
            PARA_1,
            "About the author",
            "I'm a folklorist writing about the nature and culture of the island.",
        ];
        assert_eq!(kept(&first_person), [true, true, false, false]);
    }

    #[test]
    fn keeps_a_section_under_the_label_that_is_no_biography() {
        // A book review's section: the label heads more of the review, which stays, and so does it.
        let texts = [
            "A novel of the sea",
            PARA_1,
            "About the author",
            "The novel draws on the years its author spent at sea, and it shows on every page of the book.",
            PARA_2,
        ];
        assert_eq!(kept(&texts), [true; 5]);
        // A label with nothing under it stays for other cleaners to judge.
        assert_eq!(
            kept(&["Budget passes", PARA_1, "About the author"]),
            [true; 3]
        );
        // Three short lines before the biography: more than a name and a role.
        let long_box = [
            "Budget passes",
            PARA_1,
            "About the author",
            "Jane Doe",
            "Reporter",
            "City Hall",
            BIO,
        ];
        assert_eq!(kept(&long_box), [true; 7]);
    }

    #[test]
    fn keeps_body_text_that_mentions_an_author() {
        let texts = [
            "Budget passes",
            "About the author of the plan, little was known until the mayor named her on Monday.",
            BIO,
        ];
        assert_eq!(kept(&texts), [true; 3]);
    }
}
