//! Answers kept per attribute value: a question asked of every `class` value of a page (may it
//! name a byline, in the prefilter; does it clip its element for screen readers, at flattening)
//! answered once per value while the value keeps its place in a small table. Utility-class markup
//! repeats whole values (every card of a grid, every entry of a menu: on the 2025–26 dev pages
//! three class values in four were met before on their page). A value is compared with the one in
//! its place a word at a time, where the questions read it a byte at a time; a table of fixed
//! size, so nothing grows or is hashed whole, as a map of every value would be (which cost the
//! prefilter as much as it saved).

/// Places in a table: a page's distinct class values number in the hundreds, and a value that
/// lost its place to another is only asked about again.
const PLACES: usize = 512;

/// The answers to one question for the values met last on a page, one value per place, a value's
/// place told by its length and its first and last eight bytes.
pub(crate) struct ValueAnswers<'a>(Vec<Option<(&'a [u8], bool)>>);

impl<'a> ValueAnswers<'a> {
    /// An empty table, allocated when first asked.
    pub(crate) fn new() -> ValueAnswers<'a> {
        ValueAnswers(Vec::new())
    }

    /// The answer of `ask` for `value`: the one kept when `value` holds its place, else asked and
    /// kept there.
    pub(crate) fn answer(&mut self, value: &'a [u8], ask: impl FnOnce(&'a [u8]) -> bool) -> bool {
        if self.0.is_empty() {
            self.0 = vec![None; PLACES];
        }
        let place = &mut self.0[place_of(value)];
        match *place {
            Some((kept, answer)) if kept == value => answer,
            _ => {
                let answer = ask(value);
                *place = Some((value, answer));
                answer
            }
        }
    }
}

/// The place of `value`: a mix of its length and its first and last eight bytes (all of it when
/// shorter).
fn place_of(value: &[u8]) -> usize {
    let word = |bytes: &[u8]| {
        let mut w = [0u8; 8];
        w[..bytes.len()].copy_from_slice(bytes);
        u64::from_le_bytes(w)
    };
    let n = value.len();
    let (head, tail) = if n >= 8 {
        (word(&value[..8]), word(&value[n - 8..]))
    } else {
        (word(value), 0)
    };
    // Fibonacci hashing: the odd multiplier near 2^64 / φ spreads every input bit over the high
    // bits kept.
    const MIX: u64 = 0x9E37_79B9_7F4A_7C15;
    let h = (head ^ tail.rotate_left(29) ^ n as u64).wrapping_mul(MIX);
    (h >> (u64::BITS - PLACES.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_a_power_of_two_and_every_place_is_within_the_table() {
        assert!(PLACES.is_power_of_two());
        for value in ["", "a", "flex", "items-center gap-2", &"x".repeat(100)] {
            assert!(place_of(value.as_bytes()) < PLACES);
        }
    }

    #[test]
    fn a_value_is_asked_about_once_while_it_keeps_its_place() {
        let mut answers = ValueAnswers::new();
        let mut asked = Vec::new();
        let values = ["card", "card byline", "card", "card byline", "card"];
        let got: Vec<bool> = values
            .iter()
            .map(|v| {
                answers.answer(v.as_bytes(), |v| {
                    asked.push(v);
                    v.ends_with(b"byline")
                })
            })
            .collect();
        assert_eq!(got, [false, true, false, true, false]);
        assert_eq!(asked, [&b"card"[..], b"card byline"]);
    }

    #[test]
    fn values_sharing_a_place_are_told_apart() {
        // Far more values than places: every answer is the question's own.
        let mut answers = ValueAnswers::new();
        let values: Vec<String> = (0..4 * PLACES).map(|k| format!("c{k}")).collect();
        for round in 0..2 {
            for (k, v) in values.iter().enumerate() {
                let got = answers.answer(v.as_bytes(), |v| v.ends_with(b"7"));
                assert_eq!(got, k % 10 == 7, "{v} in round {round}");
            }
        }
        // Same length, same first and last eight bytes, different middles.
        let a = format!("aaaaaaaa{}zzzzzzzz", "m");
        let b = format!("aaaaaaaa{}zzzzzzzz", "n");
        assert!(answers.answer(a.as_bytes(), |_| true));
        assert!(!answers.answer(b.as_bytes(), |_| false));
        // `b` took the place of `a` (the same place): `a` is asked about again.
        let mut asked = false;
        assert!(!answers.answer(a.as_bytes(), |_| {
            asked = true;
            false
        }));
        assert!(asked);
    }
}
