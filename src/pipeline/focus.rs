//! [`Focus`]: a preset that trades recall for precision or the other way round, and the cleaners the
//! presets add.

use crate::block::{Block, BlockKind};
use crate::cleaners::{BlockContext, Cleaner, Verdict};
use crate::removal::Reason;

/// What the pipeline favours when a block is doubtful: the default balance, fewer cruft words kept
/// ([`Focus::Precision`]) or fewer article words lost ([`Focus::Recall`]). Set with
/// [`PipelineBuilder::focus`](crate::PipelineBuilder::focus); the CLI's `--focus precision|recall`.
///
/// # Examples
///
/// ```
/// use copydesk::Focus;
/// assert_eq!(Focus::from_name("recall"), Some(Focus::Recall));
/// assert_eq!(Focus::default(), Focus::Balanced);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Focus {
    /// The default: what the cleaners recognise goes, doubtful blocks stay.
    #[default]
    Balanced,
    /// Stricter: also drop doubtful blocks (see [`PipelineBuilder::focus`](crate::PipelineBuilder::focus)).
    Precision,
    /// Looser: keep what the stricter rules would drop.
    Recall,
}

impl Focus {
    /// The preset's name: `balanced`, `precision` or `recall`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(copydesk::Focus::Precision.name(), "precision");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Focus::Balanced => "balanced",
            Focus::Precision => "precision",
            Focus::Recall => "recall",
        }
    }

    /// The preset named `name`, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(copydesk::Focus::from_name("strict"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Focus> {
        [Focus::Balanced, Focus::Precision, Focus::Recall]
            .into_iter()
            .find(|focus| focus.name() == name)
    }
}

/// The stage name of the cleaner that [`Focus::Precision`] adds.
pub(super) const EDGE_LINKS: &str = "edge-links";

/// [`Focus::Precision`]'s cleaner: drops a block that is mostly link text (a list of related
/// headlines, a tag cloud, a "more from" line) before the article's first prose block or after its
/// last one. It needs the blocks' links, so it sees only HTML input.
#[derive(Debug, Default)]
pub(super) struct LinkDense;

/// Share of a block's characters in links from which it is a link block.
const MIN_LINK_SHARE: f32 = 0.5;

impl Cleaner for LinkDense {
    fn name(&self) -> &'static str {
        EDGE_LINKS
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        // Between paragraphs of prose, linked lines are the article's own (a list of sources, bug
        // reports): only the edges, where related links gather, are judged.
        if !cx.is_outside_body()
            || matches!(block.kind, BlockKind::Preformatted | BlockKind::Heading)
        {
            return Verdict::Keep;
        }
        let chars = block.text.chars().filter(|c| !c.is_whitespace()).count();
        if chars == 0 {
            return Verdict::Keep;
        }
        let linked: usize = block
            .markup()
            .iter()
            .filter(|(_, kind)| matches!(kind, crate::block::InlineKind::Link { .. }))
            .map(|(range, _)| {
                block.text[range.clone()]
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .count()
            })
            .sum();
        if (linked as f32) < MIN_LINK_SHARE * chars as f32 {
            return Verdict::Keep;
        }
        Verdict::Drop(Reason::Custom("mostly link text".into()))
    }
}

/// The cleaner [`PipelineBuilder::tables`](crate::PipelineBuilder::tables)`(false)` adds: drops every
/// table row.
#[derive(Debug, Default)]
pub(super) struct TablesOff;

impl Cleaner for TablesOff {
    fn name(&self) -> &'static str {
        "tables"
    }

    fn judges_table_rows(&self) -> bool {
        true
    }

    fn check(&self, block: &Block, _cx: &BlockContext<'_>) -> Verdict {
        if block.kind == BlockKind::TableRow {
            Verdict::Drop(Reason::Custom("tables are off".into()))
        } else {
            Verdict::Keep
        }
    }
}
