//! The page's language as a BCP 47 tag.

use once_cell::sync::Lazy;
use regex::Regex;

/// Tags that say the language is unknown, mixed or not a language at all.
const NOT_A_LANGUAGE: &[&str] = &["und", "mul", "zxx", "mis"];

/// A language tag: `en`, `pt-BR`, `zh-Hant-TW`, `en_US` (as og:locale writes it).
static TAG: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$").unwrap());

/// A language value as a BCP 47 tag in its usual case (`en-US`, `zh-Hant`), from the first entry of a
/// list (`"de, en"`); `None` for values that are no language tag.
pub(super) fn normalize_language(raw: &str) -> Option<String> {
    let first = raw.split([',', ';']).next()?.trim();
    if !TAG.is_match(first) {
        return None;
    }
    let mut parts = first.split(['-', '_']);
    let primary = parts.next()?.to_ascii_lowercase();
    if NOT_A_LANGUAGE.contains(&primary.as_str()) {
        return None;
    }
    let mut tag = primary;
    for part in parts {
        tag.push('-');
        match part.len() {
            2 if part.chars().all(|c| c.is_ascii_alphabetic()) => {
                tag.push_str(&part.to_ascii_uppercase())
            }
            4 if part.chars().all(|c| c.is_ascii_alphabetic()) => {
                tag.push_str(&part[..1].to_ascii_uppercase());
                tag.push_str(&part[1..].to_ascii_lowercase());
            }
            _ => tag.push_str(&part.to_ascii_lowercase()),
        }
    }
    Some(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalised() {
        for (raw, tag) in [
            ("en", "en"),
            ("en-us", "en-US"),
            ("en_GB", "en-GB"),
            ("PT-br", "pt-BR"),
            ("zh-hant-tw", "zh-Hant-TW"),
            (" de, en ", "de"),
            ("es-419", "es-419"),
        ] {
            assert_eq!(normalize_language(raw).as_deref(), Some(tag), "{raw}");
        }
    }

    #[test]
    fn non_tags_are_rejected() {
        for raw in ["", "{{lang}}", "english language", "x-default", "und", "e"] {
            assert_eq!(normalize_language(raw), None, "{raw}");
        }
    }
}
