//! A page template's filler text ("Lorem ipsum dolor sit amet, …") that the site never replaced.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::measure::is_prose_counted;
use crate::removal::Reason;
use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

/// Share of a block's words (numbers aside) that must be the filler's: the filler itself, not a
/// sentence about it ("Lorem ipsum is the dummy text designers use" holds four words of eight).
const MIN_FILLER_SHARE: f32 = 0.8;

/// Words of the filler a block holds at least: one word ("in", "et") is any language's.
const MIN_FILLER_WORDS: usize = 2;

/// Blocks on each side of a filler block within which the article's own prose must stand: a
/// document made of the filler (a template's demo page, a test page) is the filler's, and stays.
const MAX_SCAN_BLOCKS: usize = 100;

/// The phrases and the vocabulary of `placeholder_words.txt`, each folded.
struct Filler {
    phrases: Vec<String>,
    words: FxHashSet<&'static str>,
}

static FILLER: Lazy<Filler> = Lazy::new(|| {
    let mut filler = Filler {
        phrases: Vec::new(),
        words: FxHashSet::default(),
    };
    for line in include_str!("placeholder_words.txt").lines() {
        if let Some(phrase) = line.strip_prefix("phrase ") {
            filler.phrases.push(phrase.to_owned());
        } else if let Some(word) = line.strip_prefix("word ") {
            filler.words.insert(word);
        }
    }
    filler
});

/// Removes a page template's filler text that the site never replaced: a block holding "lorem
/// ipsum" or "dolor sit amet" (`placeholder_words.txt`) whose words are the filler's ("Lorem ipsum
/// dolor sit amet, consectetur adipiscing elit", "Lorem Ipsum 2"). A sentence that speaks of the
/// filler ("Lorem ipsum is the dummy text designers use") stays, and so does all of an article
/// whose title names it, or a document whose only prose is the filler (a template's demo page).
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n\
///     Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "placeholder-text");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct PlaceholderText;

impl Cleaner for PlaceholderText {
    fn name(&self) -> &'static str {
        "placeholder-text"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if block.kind == BlockKind::Preformatted || cx.is_title_candidate() {
            return Verdict::Keep;
        }
        if !may_hold_a_phrase(&block.text) {
            return Verdict::Keep;
        }
        let folded = cx.folded();
        if !is_filler(&folded) || title_names_filler(cx) || !is_beside_real_prose(cx) {
            return Verdict::Keep;
        }
        Verdict::Drop(Reason::Pattern("a template's filler text"))
    }
}

/// Whether `text` may hold a phrase of the filler: "ipsum" or "amet" in any case, found from their
/// `m` by a byte search. Most blocks hold neither and are passed over before they are folded.
fn may_hold_a_phrase(text: &str) -> bool {
    let bytes = text.as_bytes();
    let around = |at: usize, before: usize, word: &[u8]| {
        at.checked_sub(before)
            .and_then(|start| bytes.get(start..start + word.len()))
            .is_some_and(|found| found.eq_ignore_ascii_case(word))
    };
    memchr::memchr2_iter(b'm', b'M', bytes)
        .any(|at| around(at, 4, b"ipsum") || around(at, 1, b"amet"))
}

/// Whether the folded text holds a phrase of the filler and is made of its words.
fn is_filler(folded: &str) -> bool {
    // The phrase may stand inside a longer word only if the vocabulary check below lets it: each
    // word must be the filler's.
    FILLER.phrases.iter().any(|p| folded.contains(p.as_str())) && is_in_filler_words(folded)
}

/// Whether the folded text is made of the filler's words (numbers aside), with or without one of
/// its phrases: the filler's later sentences ("Ut enim ad minim veniam, …") hold none.
fn is_in_filler_words(folded: &str) -> bool {
    let (mut filler, mut other) = (0usize, 0usize);
    for word in folded.split_whitespace() {
        if word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        match FILLER.words.contains(word) {
            true => filler += 1,
            false => other += 1,
        }
    }
    filler >= MIN_FILLER_WORDS && filler as f32 >= MIN_FILLER_SHARE * (filler + other) as f32
}

/// Whether prose that is not the filler stands near the block: the filler then fills a card or a
/// box beside an article, and is not the document's whole text.
fn is_beside_real_prose(cx: &BlockContext<'_>) -> bool {
    let index = cx.index();
    let start = index.saturating_sub(MAX_SCAN_BLOCKS);
    let end = cx.len().min(index + MAX_SCAN_BLOCKS + 1);
    (start..end).any(|at| {
        at != index
            && !(at == 0 && cx.title_is_first_block())
            && cx
                .block(at)
                .is_some_and(|b| is_prose_counted(&b.text, cx.words_at(at)))
            && !is_in_filler_words(&cx.folded_at(at))
    })
}

/// Whether the document's title names the filler: an article about it quotes it.
fn title_names_filler(cx: &BlockContext<'_>) -> bool {
    cx.folded_title()
        .is_some_and(|title| FILLER.phrases.iter().any(|p| title.contains(p.as_str())))
}

#[cfg(test)]
mod tests {
    use super::PlaceholderText;
    use crate::cleaners::test_macros::{kept_blocks, PARA_1, PARA_2};

    removes! { PlaceholderText;
        opening: "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
        short_card: "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod",
        heading: "Lorem Ipsum",
        numbered_item: "Lorem ipsum 3",
        later_phrase: "Dolor sit amet, consectetur adipiscing elit.",
    }

    #[test]
    fn the_byte_search_finds_both_phrases_in_any_case() {
        use super::may_hold_a_phrase;
        for text in [
            "Lorem ipsum",
            "LOREM IPSUM",
            "dolor sit Amet.",
            "Dolor sit amet",
            "ipsum",
        ] {
            assert!(may_hold_a_phrase(text), "{text:?}");
        }
        for text in [
            "",
            "m",
            "am",
            "The meeting met at nine.",
            "psum",
            "Amen",
            "ipsun",
        ] {
            assert!(!may_hold_a_phrase(text), "{text:?}");
        }
    }

    keeps! { PlaceholderText;
        about_the_filler: "Lorem ipsum is the dummy text designers use until the real copy arrives.",
        french_words: "Il est venu et non sans peine, dit-on, au conseil du lundi.",
        latin_motto: "Et in Arcadia ego",
        one_word: "Lorem",
    }

    #[test]
    fn keeps_the_filler_quoted_in_an_article_about_it() {
        let texts = [
            "Why designers still use Lorem Ipsum",
            PARA_1,
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            PARA_2,
        ];
        assert_eq!(kept_blocks(&PlaceholderText, &texts), [true; 4]);
    }

    #[test]
    fn keeps_a_document_made_of_the_filler() {
        let texts = [
            "Test page",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
            "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.",
            "Lorem ipsum 1",
        ];
        assert_eq!(kept_blocks(&PlaceholderText, &texts), [true; 4]);
    }

    #[test]
    fn removes_each_card_of_a_template_grid() {
        let texts = [
            "Budget passes",
            PARA_1,
            "Lorem Ipsum",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "Lorem ipsum 1",
            PARA_2,
        ];
        assert_eq!(
            kept_blocks(&PlaceholderText, &texts),
            [true, true, false, false, false, true]
        );
    }
}
