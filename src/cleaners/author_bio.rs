//! An author's box at the foot of an article: "About the author", the author's name and role, and a
//! paragraph of biography.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::measure::{ends_sentence, word_count};
use crate::phrases::fold;
use crate::removal::Reason;
use crate::text::is_prose;
use aho_corasick::AhoCorasick;
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

/// Blocks from the document's end within which a box without a label must start: a box or two and
/// the links under them ("All articles by …"), never a section of the article.
const FOOT_BLOCKS: usize = 10;

/// Words of the name line over a box without a label: a name, with perhaps a title or a role
/// ("Jane Doe", "Dr Jane van der Berg", "Jane Doe Writer").
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=5;

/// Prose blocks that stand above a box without a label at least: the article it closes.
const MIN_PROSE_ABOVE: usize = 2;

/// Characters of a lower-case word a name may hold ("van", "der", "de"): a particle, not a verb.
const MAX_PARTICLE_CHARS: usize = 3;

/// The labels and biography verbs of `author_bio_labels.txt`, each folded.
struct BoxWords {
    labels: FxHashSet<String>,
    /// Each verb folded, with a space on either side (" is a "): all of them looked for in one pass
    /// over a paragraph's opening, not one search (and one copy of the verb) each.
    verbs: AhoCorasick,
}

static WORDS: Lazy<BoxWords> = Lazy::new(|| {
    let mut labels = FxHashSet::default();
    let mut verbs = Vec::new();
    for line in include_str!("author_bio_labels.txt").lines() {
        if let Some(label) = line.strip_prefix("label ") {
            labels.insert(fold(label));
        } else if let Some(verb) = line.strip_prefix("verb ") {
            verbs.push(format!(" {} ", fold(verb)));
        }
    }
    BoxWords {
        labels,
        verbs: AhoCorasick::new(verbs).expect("a few short verbs build an automaton"),
    }
});

/// Removes an author's box: a label ("About the author", "Über den Autor", "À propos de l'auteur", from
/// `author_bio_labels.txt`), at most two short lines under it (the author's name and role), and the
/// paragraph of biography that follows them, which says who the author is within its first words
/// ("Jane Doe is a reporter …", "I'm a folklorist …"). Without such a paragraph nothing goes: a
/// section of a book review headed "About the author" that goes on with the review stays.
///
/// A box without a label goes too when it stands at the article's foot: the author's name ("Jane
/// Doe"), at most one line of role, and a biography opening with the name ("Jane is a reporter …"),
/// with only short lines or other such boxes after it. A name and paragraph that the article's prose
/// follows, or the last of a list of entries of that shape (people, products), stay.
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
        if let Some(label) = (lowest..=index).rev().find(|&at| is_label(cx, at)) {
            if box_end(cx, label).is_some_and(|end| index < end) {
                return Verdict::Drop(Reason::Pattern(
                    "an author's box: label, name and biography",
                ));
            }
        }
        let lowest = index.saturating_sub(MAX_LINES_BEFORE_BIO);
        if (lowest..=index).any(|name| foot_box_end(cx, name).is_some_and(|end| index < end)) {
            return Verdict::Drop(Reason::Pattern(
                "an author's box at the article's foot: name and biography",
            ));
        }
        Verdict::Keep
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

/// Where a box without a label that starts at `name` ends (just past its biography): the author's
/// name, at most one line of role, and a biography that opens with the name's first word ("Jane Doe"
/// over "Jane is a reporter …"), near the document's end with only short lines or other boxes after
/// it, under an article. A list of people or products whose entries have the same shape (a name,
/// then "X is a …") is an article's own: when such an entry stands before the document's foot, the
/// last entries at the foot stay too.
fn foot_box_end(cx: &BlockContext<'_>, name: usize) -> Option<usize> {
    // Block 0 is a text's title candidate, never a box.
    if name + FOOT_BLOCKS < cx.len() || name == 0 {
        return None;
    }
    let bio = biography_under_name(cx, name)?;
    if !is_foot_after(cx, bio)
        || cx.prose_before(name) < MIN_PROSE_ABOVE
        || has_entry_above(cx, name)
    {
        return None;
    }
    Some(bio + 1)
}

/// Whether only a foot stands after the biography at `bio`: short lines (links, a newsletter's
/// prompt) or other biographies, no prose of the article.
fn is_foot_after(cx: &BlockContext<'_>, bio: usize) -> bool {
    (bio + 1..cx.len()).all(|at| {
        cx.block(at).is_some_and(|b| {
            !is_prose(&b.text)
                || is_biography(&b.text)
                || (at.saturating_sub(MAX_LINES_BEFORE_BIO)..at)
                    .any(|name| biography_under_name(cx, name) == Some(at))
        })
    })
}

/// The biography under the name line at `name`, past at most one line of role: a paragraph that
/// says who the author is, opens with the name's first word, and ends a sentence (not "Some of
/// her works:", which goes on with the article).
fn biography_under_name(cx: &BlockContext<'_>, name: usize) -> Option<usize> {
    if !is_name_line(&cx.block(name)?.text) {
        return None;
    }
    let folded_name = cx.folded_at(name);
    let first = folded_name.split_whitespace().next()?;
    for at in name + 1..=name + MAX_LINES_BEFORE_BIO {
        let text = &cx.block(at)?.text;
        let folded_bio = cx.folded_at(at);
        if (is_biography(text) || names_then_says_who(&folded_name, &folded_bio))
            && ends_sentence(text)
            && word_count(text) <= MAX_BIO_WORDS
        {
            let opens = folded_bio.split_whitespace().next() == Some(first);
            return opens.then_some(at);
        }
        if at == name + MAX_LINES_BEFORE_BIO || !is_name_or_role_line(text) {
            return None;
        }
    }
    None
}

/// The verbs right after the name that open a biography whose role has no article ("Jane is Lead
/// Writer at …", "Dr Jane Doe is Chief Economist …", "Jane has covered …"), folded.
const VERBS_AFTER_NAME: [&str; 2] = ["is", "has"];

/// Whether the folded paragraph `bio` opens with the first words of the folded name line `name`
/// ("Jane" or "Dr Jane Doe" under "Dr Jane Doe Writer") and goes on with "is" or "has": it says who
/// the person named above it is, although its role is written without an article ("Jane is Lead
/// Writer at …"), so [`is_biography`]'s verbs miss it.
fn names_then_says_who(name: &str, bio: &str) -> bool {
    let mut bio_words = bio.split_whitespace();
    let mut matched = 0;
    for word in name.split_whitespace() {
        let Some(next) = bio_words.next() else {
            return false;
        };
        if next != word {
            return matched > 0 && VERBS_AFTER_NAME.contains(&next);
        }
        matched += 1;
    }
    matched > 0
        && bio_words
            .next()
            .is_some_and(|w| VERBS_AFTER_NAME.contains(&w))
}

/// Whether an entry of the same shape as a foot box (a name, then its description) stands above
/// the one at `name` and is no foot box itself (it stands before the document's foot, or the
/// article's prose follows it): the box is then the last entry of the article's own list.
fn has_entry_above(cx: &BlockContext<'_>, name: usize) -> bool {
    (1..name).any(|at| {
        biography_under_name(cx, at)
            .is_some_and(|bio| at + FOOT_BLOCKS < cx.len() || !is_foot_after(cx, bio))
    })
}

/// Bytes a name line holds at most: five words of a name, long ones written in any script.
const MAX_NAME_BYTES: usize = 120;

/// A line that reads as a person's name: two to five words, each capitalised (a particle such as
/// "van" aside), no digits, no sentence's end or colon.
fn is_name_line(text: &str) -> bool {
    // Cheap refusals first: a foot box's search reads every line above it.
    if text.len() > MAX_NAME_BYTES || !text.starts_with(char::is_uppercase) {
        return false;
    }
    let words = word_count(text);
    if !NAME_WORDS.contains(&words) || ends_sentence(text) || text.trim_end().ends_with(':') {
        return false;
    }
    if text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut words = text.split_whitespace();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let first_ok = words.next().is_some_and(capitalised);
    first_ok
        && words.all(|w| {
            capitalised(w)
                || w.chars().count() <= MAX_PARTICLE_CHARS && w.chars().all(char::is_lowercase)
        })
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
    WORDS.verbs.is_match(&opening)
}

#[cfg(test)]
mod tests {
    use super::AuthorBio;
    use crate::cleaners::test_macros::{kept_blocks, PARA_1, PARA_2, PARA_3};

    const BIO: &str = "Jane Doe is a reporter who has covered city hall for the paper since 2015.";

    /// Words and marks for made-up openings of paragraphs.
    const PIECES: [&str; 16] = [
        "Jane", " ", "is", "IS", "a", "an", "has", "been", "writes", "I'm", "I", "am", ",", "è",
        "É", "reporter",
    ];

    /// [`super::is_biography`] as it read before its verbs were looked for in one pass: each verb
    /// searched for, spaced, in the opening.
    fn is_biography_verb_by_verb(text: &str) -> bool {
        if crate::measure::word_count(text) > super::MAX_BIO_WORDS {
            return false;
        }
        let opening: Vec<String> = text
            .split_whitespace()
            .take(super::BIO_VERB_WITHIN_WORDS)
            .map(super::fold)
            .filter(|word| !word.is_empty())
            .collect();
        let opening = format!(" {} ", opening.join(" "));
        include_str!("author_bio_labels.txt")
            .lines()
            .filter_map(|line| line.strip_prefix("verb "))
            .any(|verb| opening.contains(&format!(" {} ", super::fold(verb))))
    }

    proptest::proptest! {
        #[test]
        fn the_verbs_found_in_one_pass_are_those_found_one_by_one(
            picks in proptest::collection::vec(0..PIECES.len(), 0..14)
        ) {
            let text: String = picks.iter().map(|&k| PIECES[k]).collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(
                super::is_biography(&text),
                is_biography_verb_by_verb(&text),
                "{:?}", text
            );
        }
    }

    #[test]
    fn a_biography_s_verb_is_found_in_its_opening_words() {
        for text in [
            BIO,
            "I'm a folklorist and writer.",
            "Jane Doe writes about food.",
        ] {
            assert!(super::is_biography(text), "{text}");
            assert!(is_biography_verb_by_verb(text), "{text}");
        }
        for text in [PARA_1, "Jane Doe, reporter", "This is a test."] {
            assert_eq!(
                super::is_biography(text),
                is_biography_verb_by_verb(text),
                "{text}"
            );
        }
        // Past the opening words a verb no longer counts.
        let late = "One two three four five six seven eight nine ten eleven twelve is a verb.";
        assert!(!super::is_biography(late));
    }

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

    #[test]
    fn removes_a_box_without_a_label_at_the_foot() {
        let texts = [
            "Budget passes",
            PARA_1,
            PARA_2,
            "Jane Doe",
            "City Hall Reporter",
            "Jane has covered city hall for the paper since 2015 and writes about budgets.",
            "All articles by Jane Doe",
        ];
        assert_eq!(kept(&texts), [true, true, true, false, false, false, true]);
        // Two boxes, the writer's and the researcher's, one under the other.
        let two = [
            "Budget passes",
            PARA_1,
            PARA_2,
            "Jane Doe Writer",
            BIO,
            "Researched by:",
            "Dr John van der Berg",
            "Dr John van der Berg is a research analyst who checks the figures of every story.",
        ];
        assert_eq!(
            kept(&two),
            [true, true, true, false, false, true, false, false]
        );
    }

    #[test]
    fn removes_a_box_whose_biography_gives_a_role_without_an_article() {
        let texts = [
            "Budget passes",
            PARA_1,
            PARA_2,
            "Jane Doe Writer",
            "Jane is Lead Writer at the paper, where she has covered city hall since 2015.",
            "Researched by:",
            "Dr John van der Berg",
            "Dr John van der Berg is Chief Analyst of the paper's data desk.",
            "Found this article helpful?",
        ];
        assert_eq!(
            kept(&texts),
            [true, true, true, false, false, true, false, false, true]
        );
        // The same shape above more of the article's prose stays: a profile's own paragraph.
        let profile = [
            "Budget passes",
            PARA_1,
            PARA_2,
            "Jane Doe",
            "Jane is Lead Writer at the paper, where she has covered city hall since 2015.",
            PARA_3,
        ];
        assert_eq!(kept(&profile), [true; 6]);
        // A paragraph that names someone else, or says nothing of who they are, stays.
        let other = [
            "Budget passes",
            PARA_1,
            PARA_2,
            "Jane Doe",
            "Jane Street is closed to traffic until the repairs end in May.",
        ];
        assert_eq!(kept(&other), [true; 5]);
    }

    #[test]
    fn keeps_a_name_and_paragraph_that_are_the_article_s_own() {
        // The paragraph goes on with the article ("Some of his works:"), and prose follows it.
        let goes_on = [
            "Digital art",
            PARA_1,
            PARA_2,
            "John Smith",
            "John Smith is a painter who works on a tablet. Some of his works:",
            "A series of portraits drawn on the train.",
        ];
        assert_eq!(kept(&goes_on), [true; 6]);
        // Prose after the paragraph: the article goes on.
        let more_prose = ["Budget passes", PARA_1, PARA_2, "Jane Doe", BIO, PARA_3];
        assert_eq!(kept(&more_prose), [true; 6]);
        // The last entry of a list of people, each a name and "X is a …": the list is the article.
        let list = [
            "Five painters to watch",
            PARA_1,
            "John Smith",
            "John Smith is a painter who works on a tablet and shows in the city's galleries.",
            PARA_2,
            PARA_3,
            "Mary Major",
            "Mary Major is a painter of the sea who has shown her work in three countries.",
        ];
        assert_eq!(kept(&list), [true; 8]);
        // A paragraph that does not open with the name above it.
        let other = ["Budget passes", PARA_1, PARA_2, "City Hall", BIO];
        assert_eq!(kept(&other), [true; 5]);
        // No article above: a page about the author.
        assert_eq!(kept(&["About us", "Jane Doe", BIO]), [true; 3]);
    }
}
