//! Character classes the normalizers share: which scripts join with ZWNJ/ZWJ, which run right to left,
//! which characters are emoji, which are invisible.

/// Scripts in which ZWNJ and ZWJ change how letters join or conjuncts form (Arabic and Persian, Syriac,
/// Thaana, N'Ko, the Indic scripts, Tibetan, Myanmar, Khmer, Mongolian): there they carry meaning.
pub(crate) fn is_joining_script(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{07FF}'      // Arabic, Syriac, Arabic Supplement, Thaana, N'Ko
        | '\u{0860}'..='\u{08FF}'    // Syriac Supplement, Arabic Extended
        | '\u{0900}'..='\u{0DFF}'    // Devanagari … Sinhala
        | '\u{0F00}'..='\u{0FFF}'    // Tibetan
        | '\u{1000}'..='\u{109F}'    // Myanmar
        | '\u{1780}'..='\u{18AF}'    // Khmer, Mongolian
        | '\u{A8E0}'..='\u{A8FF}'    // Devanagari Extended
        | '\u{FB50}'..='\u{FDFF}'    // Arabic Presentation Forms-A
        | '\u{FE70}'..='\u{FEFE}'    // Arabic Presentation Forms-B (U+FEFF, the BOM, excluded)
    )
}

/// Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
pub(crate) fn is_rtl(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFE}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}'
    )
}

/// Emoji and the pieces of emoji sequences (variation selector 16, skin tones, tag characters).
pub(crate) fn is_emoji_part(c: char) -> bool {
    matches!(c,
        '\u{00A9}' | '\u{00AE}' | '\u{203C}' | '\u{2049}' | '\u{2122}' | '\u{2139}'
        | '\u{2190}'..='\u{21FF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{24C2}'
        | '\u{25A0}'..='\u{27BF}'
        | '\u{2934}'..='\u{2935}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}'
        | '\u{FE0F}'
        | '\u{1F000}'..='\u{1FAFF}'
        | '\u{E0020}'..='\u{E007F}'
    )
}

/// Zero-width non-joiner and zero-width joiner.
pub(crate) const ZWNJ: char = '\u{200C}';
/// Zero-width joiner, the glue of emoji sequences and Indic half-forms.
pub(crate) const ZWJ: char = '\u{200D}';

/// Bidirectional marks and controls: LRM, RLM, ALM, the embeddings and overrides, the isolates.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that are invisible and carry nothing in running text: zero-width space, the BOM inside
/// text, soft hyphen, word joiner, invisible operators, and control characters other than the ones
/// whitespace handling owns (tab, line breaks, form feed, NEL).
pub(crate) fn is_invisible_junk(c: char) -> bool {
    matches!(c,
        '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}'..='\u{2064}'
        | '\u{0000}'..='\u{0008}'
        | '\u{000E}'..='\u{001F}'
        | '\u{007F}'..='\u{0084}'
        | '\u{0086}'..='\u{009F}'
    )
}

/// Characters the invisible-character normalizer may take out: measures of how a text reads (the body
/// locator's share of letters) leave them out too, so that a text reads the same before and after it is
/// normalized.
pub(crate) fn is_format_character(c: char) -> bool {
    is_invisible_junk(c) || is_bidi_control(c) || c == ZWNJ || c == ZWJ
}

/// Space characters other than the plain space, line breaks and tabs: no-break, en/em/thin/hair spaces,
/// narrow no-break, medium mathematical, ideographic, Ogham.
pub(crate) fn is_unusual_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}
