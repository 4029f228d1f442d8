//! A transliteration-aware key: spellings of one name in different romanizations share it.

use unicode_normalization::UnicodeNormalization;

/// Folds a name token so that romanization variants of one name get the same key, and only where
/// romanizations really differ:
///
/// - Latin diacritics folded, apostrophes (soft signs, hamzas) dropped: Zinédine/Zinedine, Il'ya/Ilya;
/// - x → ks, kh → h, tz → ts: Alexei/Aleksei, Khodorkovsky/Hodorkovsky;
/// - a word-initial "ye" before a consonant → e (Russian е): Yevgeny/Evgeny, Yeltsin/Eltsin; not
///   "Year", "Yes";
/// - "yo" between consonants inside a word → e (ё): Artyom/Artem, Gorbachyov/Gorbachev, and Fyodor/Fedor;
///   not after a word's first consonant otherwise, where it is Japanese or Korean (Kyoto, Ryoko, Pyongyang)
///   or French (Lyon), which no romanization writes "e";
/// - "ya", "yu" after a consonant → ia, iu (я, ю): Vyacheslav/Viacheslav, Lyudmila/Liudmila; "iye" → ie:
///   Kiriyenko/Kirienko;
/// - a final -ya/-ia/-iya/-iia → ia (я): Nebenzya/Nebenzia, Natalya/Natalia, Yulia/Yuliia;
/// - a doubled consonant single (Slavic and Arabic doubling): Vassily/Vasily, Gaddafi/Gadafi; doubled
///   vowels stay (Moore is not More, Feed is not Fed, Staaten is not Staten);
/// - a final run of i/y (-i, -y, -iy, -ii, -yi) one "i": Sergei/Sergey, Yury/Yuriy, Dmitry/Dmitrii.
///
/// Distinct names keep distinct keys: Alexander/Alexandra, Sergeyev/Sergeyeva, Un/Il, Kyoto/Keto.
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
/// assert_eq!(transliteration_key("Vassily"), transliteration_key("Vasily"));
/// assert_eq!(transliteration_key("Nebenzia"), transliteration_key("Nebenzya"));
/// assert_eq!(transliteration_key("Müller"), transliteration_key("Muller"));
/// assert_ne!(transliteration_key("Alexander"), transliteration_key("Alexandra"));
/// assert_ne!(transliteration_key("Sergeyev"), transliteration_key("Sergeyeva"));
/// assert_ne!(transliteration_key("Moore"), transliteration_key("More"));
/// assert_ne!(transliteration_key("Year"), transliteration_key("Ear"));
/// assert_ne!(transliteration_key("Kyoto"), transliteration_key("Keto"));
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
        .replace("tz", "ts");
    let chars: Vec<char> = replaced.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        let prev = k.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(k + 1).copied();
        let consonant_after = chars.get(k + 2).copied().is_some_and(is_consonant);
        let after_consonant = prev.is_some_and(|p| is_consonant(p) && p != 'y');
        match (c, next) {
            // Russian е at a word's start: Yevgeny / Evgeny.
            ('y', Some('e')) if k == 0 && consonant_after => {}
            // ё after a consonant inside a word: Artyom / Artem, Gorbachyov / Gorbachev.
            ('y', Some('o'))
                if after_consonant && (k >= 2 || prev == Some('f')) && consonant_after =>
            {
                out.push('e');
                k += 1;
            }
            // я, ю after a consonant: Vyacheslav / Viacheslav, Lyudmila / Liudmila.
            ('y', Some('a' | 'u')) if after_consonant => out.push('i'),
            // -ие- after и: Kiriyenko / Kirienko, Matviyenko / Matvienko.
            ('y', Some('e')) if prev == Some('i') => {}
            _ => {
                let doubled = out.last() == Some(&c) && is_consonant(c);
                if !doubled {
                    out.push(c);
                }
            }
        }
        k += 1;
    }
    let single: String = out.into_iter().collect();
    // A final -ya, -ia, -iya, -iia (я): Nebenzya / Nebenzia, Yulia / Yuliia.
    if let Some(stem) = single.strip_suffix('a') {
        let bare = stem.trim_end_matches(['i', 'y']);
        if bare.len() < stem.len() && !bare.is_empty() {
            return format!("{bare}ia");
        }
    }
    let stem = single.trim_end_matches(['i', 'y']);
    if stem.len() < single.len() && !stem.is_empty() {
        format!("{stem}i")
    } else {
        single
    }
}

/// A Latin consonant letter (y counts as one here: it stands for й).
fn is_consonant(c: char) -> bool {
    c.is_ascii_alphabetic() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}
