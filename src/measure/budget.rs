//! The memory an input may take while it is cleaned, whatever its shape: ten times its size, and
//! never less than a floor that every input, however small, may use.
//!
//! A stage whose cost grows with the count of some unit of the input rather than with its bytes
//! (tags for a tree, lines for blocks) predicts that cost before it spends it and, over the budget,
//! reads the input in a cheaper way (see `extract::dense` and `text::dense_lines`).

/// Peak memory allowed to the cleaning of an input, as a multiple of its size.
pub(crate) const MAX_PEAK_RATIO: usize = 10;

/// Peak memory every input may take, however small: the budget of a small input is this, not ten
/// times its size.
pub(crate) const MIN_BUDGET: usize = 32 << 20;

/// The peak an input of `bytes` may take: [`MAX_PEAK_RATIO`] times its size, or [`MIN_BUDGET`].
pub(crate) fn allowed_peak(bytes: usize) -> usize {
    bytes.saturating_mul(MAX_PEAK_RATIO).max(MIN_BUDGET)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_is_ten_times_the_input_or_the_floor() {
        assert_eq!(allowed_peak(0), MIN_BUDGET);
        assert_eq!(allowed_peak(1 << 20), MIN_BUDGET);
        assert_eq!(allowed_peak(10 << 20), 100 << 20);
        assert_eq!(allowed_peak(usize::MAX), usize::MAX);
    }
}
