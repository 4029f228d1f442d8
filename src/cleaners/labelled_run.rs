//! A label and the run of short blocks under it: what a table of contents and a list of other stories
//! share.

/// The label of the run the block at `index` stands in: the block itself when it is a label, or the
/// nearest label above it, at most `max_entries + 1` blocks up, with only entries between them.
/// `is_label` and `is_entry` are asked about a block by its index.
pub(crate) fn label_above(
    index: usize,
    max_entries: usize,
    is_label: impl Fn(usize) -> bool,
    is_entry: impl Fn(usize) -> bool,
) -> Option<usize> {
    let lowest = index.saturating_sub(max_entries + 1);
    for at in (lowest..=index).rev() {
        if is_label(at) {
            return Some(at);
        }
        if at < index && !is_entry(at) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::label_above;

    #[test]
    fn finds_the_nearest_label_over_entries_only() {
        let texts = [
            "Label",
            "one",
            "two",
            "A long block that is no entry at all",
            "three",
        ];
        let blocks = crate::cleaners::test_macros::paragraphs(&texts);
        let is_label = |i: usize| blocks[i].text == "Label";
        let is_entry = |i: usize| blocks.get(i).is_some_and(|b| b.text.len() < 10);
        let above = |i: usize| label_above(i, 10, is_label, is_entry);
        assert_eq!(above(0), Some(0));
        assert_eq!(above(2), Some(0));
        // A block that is no entry stands between: no label.
        assert_eq!(above(4), None);
        // Further up than the run may reach: no label.
        assert_eq!(label_above(2, 0, is_label, is_entry), None);
    }
}
