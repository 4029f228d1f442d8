//! Composing two passes of edits into one list of edits of the original text.
//!
//! House spelling runs until its output is a fixed point: a rule can become applicable only after
//! another one ran ("Vitali Klychko" → "Vitaly Klitschko", a full name the table spells "Vitali
//! Klitschko"). The second pass's edits are in the first pass's output; composed, they become edits of
//! the input, so the change log still shows each rewritten span as it was written.

use crate::normalize::Edit;
use std::ops::Range;

/// `text` with `edits` (sorted, not overlapping) applied.
pub(crate) fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied_to = 0;
    for edit in edits {
        out.push_str(&text[copied_to..edit.range.start]);
        out.push_str(&edit.replacement);
        copied_to = edit.range.end;
    }
    out.push_str(&text[copied_to..]);
    out
}

/// A position of the text before `edits` in the text after them; `pos` is not strictly inside an
/// edited range.
fn forward(edits: &[Edit], pos: usize) -> usize {
    let mut shift: isize = 0;
    for edit in edits.iter().take_while(|e| e.range.end <= pos) {
        shift += edit.replacement.len() as isize - edit.range.len() as isize;
    }
    pos.saturating_add_signed(shift)
}

/// A position of the text after `edits` in the text before them; a position inside a replacement
/// snaps to the start (`left`) or the end of the range it replaced.
fn backward(edits: &[Edit], pos: usize, left: bool) -> usize {
    let mut shift: isize = 0;
    for edit in edits {
        let start = edit.range.start.saturating_add_signed(shift);
        let end = start + edit.replacement.len();
        if pos <= start {
            break;
        }
        if pos < end || (pos == end && left && edit.replacement.is_empty()) {
            return if left {
                edit.range.start
            } else {
                edit.range.end
            };
        }
        shift += edit.replacement.len() as isize - edit.range.len() as isize;
    }
    pos.saturating_add_signed(-shift)
}

/// The edits of `text` that give what `first` (edits of `text`) then `second` (edits of the result)
/// give. Both lists are sorted and do not overlap.
pub(crate) fn compose(text: &str, first: &[Edit], second: &[Edit]) -> Vec<Edit> {
    let middle = apply(text, first);
    let last = apply(&middle, second);
    let mut regions: Vec<Range<usize>> = first.iter().map(|e| e.range.clone()).collect();
    regions.extend(
        second
            .iter()
            .map(|e| backward(first, e.range.start, true)..backward(first, e.range.end, false)),
    );
    regions.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(regions.len());
    for region in regions {
        match merged.last_mut() {
            Some(last) if region.start < last.end => last.end = last.end.max(region.end),
            _ => merged.push(region),
        }
    }
    merged
        .into_iter()
        .map(|r| {
            let from = forward(second, forward(first, r.start));
            let to = forward(second, forward(first, r.end));
            Edit::new(r, &last[from..to])
        })
        .filter(|e| text[e.range.clone()] != e.replacement)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_edits_give_the_second_pass_output() {
        let text = "Vitali Klychko and Yury met Elena";
        let first = vec![
            Edit::new(0..6, "Vitaly"),
            Edit::new(7..14, "Klitschko"),
            Edit::new(19..23, "Yuri"),
        ];
        let middle = apply(text, &first);
        assert_eq!(middle, "Vitaly Klitschko and Yuri met Elena");
        let second = vec![Edit::new(0..6, "Vitali"), Edit::new(30..35, "Yelena")];
        let last = apply(&middle, &second);
        let composed = compose(text, &first, &second);
        assert_eq!(apply(text, &composed), last);
        let spans: Vec<&str> = composed.iter().map(|e| &text[e.range.clone()]).collect();
        assert_eq!(spans, ["Klychko", "Yury", "Elena"]);
    }

    #[test]
    fn a_second_edit_across_first_ones_covers_them() {
        let text = "ab cd ef";
        let first = vec![Edit::new(0..2, "xyz"), Edit::new(6..8, "q")];
        let middle = apply(text, &first);
        assert_eq!(middle, "xyz cd q");
        let second = vec![Edit::new(1..6, "-")];
        let composed = compose(text, &first, &second);
        assert_eq!(apply(text, &composed), apply(&middle, &second));
        assert_eq!(composed.len(), 2);
    }
}
