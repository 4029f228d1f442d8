//! A block the normalizers leave empty: it is not kept, so its edits cannot be changes of a kept block
//! (a change with no block is the title's); its text is recorded as a removal, by the normalizer that
//! emptied it.

use crate::article::Article;
use crate::block::Block;
use crate::normalize::MAX_LISTED_CHANGES;
use crate::removal::{Change, Reason, Removal};

/// Why a block the normalizers emptied is gone: [`Reason::Pattern`] of its removal.
pub(super) const LEFT_EMPTY: &str = "nothing left after normalizing";

/// The block's text as it was before normalizing, kept only for a block that normalizing may empty.
///
/// The built-in normalizers remove only invisible characters and whitespace, and a custom one
/// rarely removes a letter or a digit: a block holding one is never copied, so a page's text is not
/// held twice. A block emptied although it held one keeps the old record (its changes, with no
/// block).
pub(super) fn original_if_at_risk(block: &Block) -> Option<String> {
    (!block.text.chars().any(char::is_alphanumeric)).then(|| block.text.clone())
}

/// Where the change records stood before a block was normalized, to take its edits back out.
pub(super) struct ChangeMark {
    /// How many records there were.
    len: usize,
    /// The counts of the unlisted records past the cap, which a block's edits add to.
    unlisted: Vec<usize>,
}

impl ChangeMark {
    /// The mark of `changes` as they are now.
    pub(super) fn of(changes: &[Change]) -> ChangeMark {
        let unlisted = changes
            .get(MAX_LISTED_CHANGES..)
            .unwrap_or_default()
            .iter()
            .map(|c| c.repeats)
            .collect();
        ChangeMark {
            len: changes.len(),
            unlisted,
        }
    }

    /// Takes the records made since the mark back out.
    fn rewind(&self, changes: &mut Vec<Change>) {
        changes.truncate(self.len);
        let tail = changes.get_mut(MAX_LISTED_CHANGES..).unwrap_or_default();
        for (change, &repeats) in tail.iter_mut().zip(&self.unlisted) {
            change.repeats = repeats;
        }
    }
}

/// Records a block that the normalizer `emptied_by` left empty: as a removal of its text as it was
/// (`original`), with the edits made to it taken out of the changes; or, with no copy of its text, by
/// its changes, which then belong to no block.
pub(super) fn record(
    article: &mut Article,
    block: Block,
    original: Option<String>,
    emptied_by: &'static str,
    mark: &ChangeMark,
) {
    match original {
        Some(text) => {
            mark.rewind(&mut article.changes);
            article.removals.push(Removal {
                stage: emptied_by,
                reason: Reason::Pattern(LEFT_EMPTY),
                text,
                span: block.span,
            });
        }
        None => {
            for change in &mut article.changes[mark.len..] {
                change.block = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ChangeMark;
    use crate::normalize::MAX_LISTED_CHANGES;
    use crate::removal::Change;

    fn listed(block: usize) -> Change {
        Change {
            normalizer: "whitespace",
            block: Some(block),
            span: 0..2,
            from: "  ".into(),
            to: " ".into(),
            repeats: 1,
        }
    }

    #[test]
    fn rewinding_takes_out_records_made_since_the_mark() {
        let mut changes = vec![listed(0)];
        let mark = ChangeMark::of(&changes);
        changes.push(listed(1));
        changes.push(listed(1));
        mark.rewind(&mut changes);
        assert_eq!(changes, vec![listed(0)]);
    }

    #[test]
    fn rewinding_past_the_cap_restores_the_unlisted_counts() {
        let mut changes: Vec<Change> = (0..MAX_LISTED_CHANGES).map(listed).collect();
        changes.push(Change::unlisted("whitespace", 3));
        let mark = ChangeMark::of(&changes);
        changes[MAX_LISTED_CHANGES].repeats += 5;
        changes.push(Change::unlisted("invisible", 2));
        mark.rewind(&mut changes);
        assert_eq!(changes.len(), MAX_LISTED_CHANGES + 1);
        assert_eq!(
            changes[MAX_LISTED_CHANGES],
            Change::unlisted("whitespace", 3)
        );
    }
}
