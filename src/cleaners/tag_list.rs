//! Tag, section and "more" labels.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::TAG_LIST;

/// A label with a short list of tags or sections after it; longer blocks are text.
const MAX_LIST_WORDS: usize = 25;

/// Removes tag, section and "more" labels: "Tags:", "Latest", "Related articles", "Read more", "All news",
/// "More from Reuters", and short lists they open ("Tags: Japan, Russia").
///
/// Phrases come from `src/phrases/<lang>/tag_list.txt`; only a whole block of at most 25 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nRelated articles\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "tag-list");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct TagList;

impl Cleaner for TagList {
    fn name(&self) -> &'static str {
        "tag-list"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(TAG_LIST, MAX_LIST_WORDS, OpenEnded::NotOnProse, block, cx)
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::TagList;

    removes! { TagList;
        views: "1,234 views",
        all_posts_by: "View all posts by Jane Doe",
        more_by_the_author: "More by the author:",
        few_views: "86 Views",
        visits: "(Visited 1,902 times, 364 visits today)",
        tags: "Tags:",
        latest: "Latest",
        related: "Related articles",
        read_more: "Read more",
        all_news: "All news",
        more_from: "More from Reuters",
        tag_list: "Tags: Japan, Russia, peace treaty",
    }

    #[test]
    fn keeps_lines_of_code_that_open_like_a_label() {
        use crate::cleaners::{BlockContext, Cleaner};
        use crate::{Block, BlockKind};
        let code = "  tags = {\n    Name = \"web\"\n  }";
        let blocks = [
            Block::new(BlockKind::Preformatted, code),
            Block::new(BlockKind::Paragraph, "Tags: Japan, Russia"),
        ];
        assert!(TagList
            .check(&blocks[0], &BlockContext::new(&blocks, 0))
            .is_keep());
        assert!(!TagList
            .check(&blocks[1], &BlockContext::new(&blocks, 1))
            .is_keep());
    }

    keeps! { TagList;
        views_heading: "Views from the harbour",
        posts_by_sentence: "All posts by the agency are checked twice before they go out, the editor said.",
        views_sentence: "The clip drew 1,234 views in an hour, the ministry said.",
        visits_sentence: "The museum was visited 2,000 times and had 364 visits today, staff said.",
        latest_sentence: "The latest figures show unemployment fell to its lowest level in a decade, officials said.",
        related_sentence: "Related charges were filed against two other men, prosecutors said on Thursday.",
        read_more_sentence: "Read more about the plan in the council's report, the mayor told reporters at the meeting.",
        // Risky one-word labels of the lists: the word opening a sentence is not the label.
        themen_sentence: "Themen wie Klima und Verkehr bestimmten den Wahlkampf, sagte die Ministerin am Montag.",
        temas_sentence: "Temas como la inflación y el empleo dominaron el debate, dijeron los analistas.",
        news_sentence: "News of the merger sent the company's shares up 8% in early trading on Monday.",
        kontakt_sentence: "Kontakt zu den Behörden habe es seit Wochen nicht gegeben, sagte der Sprecher.",
        zurueck_sentence: "Zurück in Berlin traf sich die Ministerin mit den Vertretern der Länder.",
        autor_sentence: "Autor des Berichts ist ein früherer Richter, der die Kommission zwei Jahre lang leitete.",
        sources_sentence: "Sources close to the negotiations said the talks would resume next week in Geneva.",
        further_information_de: "Weitere Informationen will die Polizei am Dienstag auf einer Pressekonferenz geben.",
    }
}
