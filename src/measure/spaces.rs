//! Whitespace told by its bytes: the hot loops that collapse or count text look at bytes, not
//! characters.

/// Whether an ASCII byte is whitespace as `char::is_whitespace` says (the six of them).
#[inline]
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// The length in bytes of the whitespace character (`char::is_whitespace`) that starts at `i` of a
/// text's bytes; `None` when none does (a byte inside a character included). Besides ASCII's, the
/// whitespace characters are U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F,
/// U+205F and U+3000, told apart by their UTF-8 bytes.
#[inline(always)]
pub(crate) fn space_at(bytes: &[u8], i: usize) -> Option<usize> {
    let &b = bytes.get(i)?;
    if b < 0x80 {
        return is_ascii_space(b).then_some(1);
    }
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    let is_space = match b {
        0xC2 => return matches!(next(1), 0x85 | 0xA0).then_some(2),
        0xE1 => next(1) == 0x9A && next(2) == 0x80,
        0xE2 => match next(1) {
            0x80 => matches!(next(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
            0x81 => next(2) == 0x9F,
            _ => false,
        },
        0xE3 => next(1) == 0x80 && next(2) == 0x80,
        _ => false,
    };
    is_space.then_some(3)
}
