//! Copyright and rights lines.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::measure::is_longer_than_words;
use crate::phrases::COPYRIGHT_LINE;
use crate::removal::Reason;
use crate::text::word_count;

/// Copyright footers are a line or two.
const MAX_LINE_WORDS: usize = 40;

/// Words from which a line inside the article that opens with "Copyright" but states no right is read
/// as a heading on the subject ("Copyright Office weighs in"), not a footer's label ("Copyright Notice").
const MIN_HEADING_WORDS: usize = 4;

/// Removes copyright and rights lines: "© 2024 Example Media. All rights reserved.", "Copyright 2019 The Associated
/// Press".
///
/// Phrases come from `src/phrases/<lang>/copyright_line.txt`; only a whole block of at most 40 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n© 2024 Example Media. All rights reserved.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "copyright-line");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CopyrightLine;

impl Cleaner for CopyrightLine {
    fn name(&self) -> &'static str {
        "copyright-line"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let verdict = judge_phrase(COPYRIGHT_LINE, MAX_LINE_WORDS, OpenEnded::AtEdge, block, cx);
        if let Verdict::Drop(Reason::Phrase { phrase, .. }) = &verdict {
            // Outside the article a bare "Copyright Notice" is a footer's link; inside it, a line
            // that opens with the word and states no right is a heading or a teaser on the subject.
            if phrase.starts_with("copyright ")
                && !cx.is_outside_body()
                && cx.words() >= MIN_HEADING_WORDS
                && !states_rights(&block.text)
            {
                return Verdict::Keep;
            }
        }
        if verdict.is_keep() && starts_with_copyright_sign(&block.text) && cx.is_at_edge() {
            return Verdict::Drop(Reason::Pattern("opens with the copyright sign"));
        }
        verdict
    }
}

/// Whether `text` (folded, `folded`) is a site's rights line in any language: it opens with the
/// copyright sign ("© 2024 Example Media"), or with the word "Copyright" and states a right
/// ("Copyright 2019 The Associated Press"). A page's footer has one, an article's text seldom does.
pub(crate) fn is_rights_line(text: &str, folded: &str) -> bool {
    starts_with_copyright_sign(text)
        || (folded.starts_with("copyright ")
            && word_count(text) <= MAX_LINE_WORDS
            && states_rights(text))
}

/// Whether a line that opens with "Copyright" states a right: a year, the sign, or the words of a
/// rights notice ("Copyright 2019 The Associated Press", "Copyright © Example"). A heading that opens
/// with the word ("Copyright Office weighs in on AI training") states none.
fn states_rights(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains('©')
        || lower.contains("(c)")
        || ["rights", "reserved", "licen", "holder", "owner"]
            .iter()
            .any(|word| lower.contains(word))
        || lower.split(|c: char| !c.is_ascii_digit()).any(|digits| {
            digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
        })
}

/// "© 2022 …", "(c) 2019 …": a rights line in any language, when it is short.
fn starts_with_copyright_sign(text: &str) -> bool {
    let text = text.trim_start();
    (text.starts_with('©') || text.starts_with("(c)") || text.starts_with("(C)"))
        && !is_longer_than_words(text, MAX_LINE_WORDS)
        && word_count(text) <= MAX_LINE_WORDS
}

#[cfg(test)]
mod tests {
    use super::CopyrightLine;

    removes! { CopyrightLine;
        symbol: "© 2024 Example Media. All rights reserved.",
        word: "Copyright 2019 The Associated Press",
        word_and_sign: "Copyright © Example Media",
        word_and_holder: "Copyright Example Media. All rights reserved",
        sign_in_any_language: "© 2022, Example News. This article is the property of Example News. Written permission must be obtained before reprint.",
        rights: "All rights reserved.",
        reprint: "This material may not be published, broadcast, rewritten or redistributed.",
        licence_named: "This work is licensed under a Creative Commons Attribution 4.0 International License.",
        licence_in_german: "Alle Texte dieses Blogs stehen unter einer Creative-Commons-Lizenz (Namensnennung 4.0).",
        licence_by_its_code: "Inhalte dieser Seite: Creative Commons BY-SA",
        licence_in_spanish: "Este sitio se publica bajo una licencia Creative Commons.",
    }

    keeps! { CopyrightLine;
        lawsuit: "The publisher sued over copyright, saying the site had copied thousands of articles.",
        reserved: "The seats were reserved for relatives of the victims, all of whom attended the ceremony.",
        sign_mid_sentence: "The logo, marked © in the corner of every page, was designed by a student in 1998.",
        // Creative Commons named as the subject, not as the licence of the page: headings, headlines,
        // an explainer's sentences, in any language.
        commons_question: "Was ist Creative Commons?",
        commons_licences_explained: "How Creative Commons licences work",
        commons_headline: "Museum releases its photo archive under Creative Commons",
        commons_sentence: "Die Lizenzen von Creative Commons funktionieren wie ein Baukastensystem",
    }

    #[test]
    fn a_rights_line_opens_with_the_sign_or_the_word_and_a_right() {
        use super::is_rights_line;
        use crate::phrases::fold;
        for line in [
            "© 2024 Example Media. All rights reserved.",
            "(c) 2019 Beispiel Verlag",
            "Copyright 2019 The Associated Press",
        ] {
            assert!(is_rights_line(line, &fold(line)), "{line}");
        }
        for line in [
            "Copyright Office weighs in on AI training",
            "The publisher sued over copyright in 2019.",
            "All photos by the author",
        ] {
            assert!(!is_rights_line(line, &fold(line)), "{line}");
        }
    }

    #[test]
    fn a_heading_on_copyright_inside_the_article_stays() {
        use crate::cleaners::test_macros::{judge_after_body, judge_in_body};
        for heading in [
            "Copyright Complexity in a Fragmented World",
            "Copyright Office Weighs In on AI Training and Fair Use",
        ] {
            assert!(
                judge_in_body(&CopyrightLine, heading).is_keep(),
                "{heading}"
            );
        }
        // A footer's link after the article goes, as does a rights line inside it.
        assert!(!judge_after_body(&CopyrightLine, "Copyright Notice").is_keep());
        assert!(!judge_in_body(&CopyrightLine, "Copyright 2019 The Associated Press").is_keep());
    }
}
