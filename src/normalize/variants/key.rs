//! A transliteration-aware key: spellings of one name in different romanizations share it.

use unicode_normalization::UnicodeNormalization;

/// Folds a name token so that romanization variants of one name get the same key: Latin diacritics
/// folded, apostrophes (soft signs) dropped, then x → ks, kh → h, tz → ts, ye and yo → e, doubled
/// letters single, and a final run of i/y (-i, -y, -iy, -ii, -yi) one "i".
///
/// Distinct names keep distinct keys: Alexander/Alexandra, Sergeyev/Sergeyeva, Un/Il.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::transliteration_key;
///
/// assert_eq!(transliteration_key("Sergei"), transliteration_key("Sergey"));
/// assert_eq!(transliteration_key("Yury"), transliteration_key("Yuriy"));
/// assert_eq!(transliteration_key("Alexei"), transliteration_key("Aleksey"));
/// assert_eq!(transliteration_key("Yevgeny"), transliteration_key("Evgeniy"));
/// assert_eq!(transliteration_key("Gaddafi"), transliteration_key("Gadafi"));
/// assert_eq!(transliteration_key("Müller"), transliteration_key("Muller"));
/// assert_ne!(transliteration_key("Alexander"), transliteration_key("Alexandra"));
/// assert_ne!(transliteration_key("Sergeyev"), transliteration_key("Sergeyeva"));
/// ```
pub fn transliteration_key(token: &str) -> String {
    let folded: String = token
        .nfd()
        .filter(|c| !matches!(c, '\u{0300}'..='\u{036F}' | '\'' | '’' | 'ʹ' | 'ʼ'))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ø' => "o".to_string(),
            'ł' => "l".to_string(),
            'đ' => "d".to_string(),
            'ß' => "ss".to_string(),
            'æ' => "ae".to_string(),
            'œ' => "oe".to_string(),
            other => other.to_string(),
        })
        .collect();
    let replaced = folded
        .replace('x', "ks")
        .replace("kh", "h")
        .replace("tz", "ts")
        .replace("ye", "e")
        .replace("yo", "e");
    let mut single = String::with_capacity(replaced.len());
    for c in replaced.chars() {
        if !single.ends_with(c) {
            single.push(c);
        }
    }
    let stem = single.trim_end_matches(['i', 'y']);
    if stem.len() < single.len() {
        format!("{stem}i")
    } else {
        single
    }
}
