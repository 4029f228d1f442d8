//! Content hints matched by whole tokens: a `class` or `id` name says "article body" only when one
//! of its words is a content word.
//!
//! A name is split into tokens at every character that is not a letter or a digit (`-`, `_`, `__`,
//! `:`), at a lowercase letter or digit followed by an uppercase one (`articleBody`, CSS-in-JS
//! `RichText__default`) and inside a run of capitals before a capitalised word (`HTMLContent`); a
//! token's trailing digits are a counter (`content1`, `post-2`). A hint matches a token it equals,
//! ASCII case ignored (or a camelCase word it equals whole: `MathJax`), so a builder's `wpb_text_column` and `RichText__default` still say "text",
//! while `history`, `context`, `textarea`, `maintenance`, `homepage` and `textwidget` (a sidebar's
//! text widget) no longer say "story", "text", "main" or "page". A hint of several tokens (`h-entry`)
//! matches them in a row. Hints written outside ASCII (`正文`, `статья`) match anywhere in the
//! lowercased names, as scripts without separators need.

use aho_corasick::AhoCorasick;

/// Content hints of one list, compiled for matching by token.
#[derive(Debug)]
pub(crate) struct ContentHints {
    /// ASCII hints, lowercase, each as its tokens (most have one).
    words: Vec<Vec<String>>,
    /// The hints written outside ASCII, lowercase, matched anywhere.
    anywhere: Option<AhoCorasick>,
}

impl ContentHints {
    /// Compiles hint lines (lowercase, comments gone). A leading `=` (whole word) is what every
    /// line means here, so it is read as the line without it.
    pub(crate) fn new(lines: impl Iterator<Item = String>) -> ContentHints {
        let mut words = Vec::new();
        let mut anywhere = Vec::new();
        for line in lines {
            let line = line.strip_prefix('=').unwrap_or(&line);
            if !line.is_ascii() {
                anywhere.push(line.to_string());
                continue;
            }
            let tokens: Vec<String> = name_tokens(line).map(str::to_ascii_lowercase).collect();
            if !tokens.is_empty() && !words.contains(&tokens) {
                words.push(tokens);
            }
        }
        let anywhere = (!anywhere.is_empty()).then(|| {
            AhoCorasick::new(&anywhere).expect("hint lists compile: they are short literals")
        });
        ContentHints { words, anywhere }
    }

    /// Whether the names (a `class` and/or an `id`, whitespace-separated, in any case) match a hint.
    pub(crate) fn matches(&self, names: &str) -> bool {
        if !names.is_ascii() {
            if let Some(anywhere) = &self.anywhere {
                if anywhere.is_match(&names.to_lowercase()) {
                    return true;
                }
            }
        }
        names.split_whitespace().any(|name| self.name_matches(name))
    }

    /// Whether one name's tokens hold a hint.
    fn name_matches(&self, name: &str) -> bool {
        // A hint written as one word matches a camelCase word whole too (`MathJax`).
        let whole_word = |segment: &str| {
            let counted = segment.trim_end_matches(|c: char| c.is_ascii_digit());
            let word = if counted.is_empty() { segment } else { counted };
            self.words
                .iter()
                .any(|hint| matches!(hint.as_slice(), [one] if word.eq_ignore_ascii_case(one)))
        };
        if name
            .split(|c: char| !c.is_alphanumeric())
            .any(|segment| segment.chars().any(char::is_uppercase) && whole_word(segment))
        {
            return true;
        }
        let mut tokens = name_tokens(name);
        while let Some(token) = tokens.next() {
            let holds = |hint: &Vec<String>| {
                let mut after = tokens.clone();
                hint.split_first().is_some_and(|(first, more)| {
                    token.eq_ignore_ascii_case(first)
                        && more
                            .iter()
                            .all(|h| after.next().is_some_and(|t| t.eq_ignore_ascii_case(h)))
                })
            };
            if self.words.iter().any(holds) {
                return true;
            }
        }
        false
    }
}

/// The tokens of a class or id name (see the module's docs), trailing digits cut unless the token
/// is all digits.
pub(crate) fn name_tokens(name: &str) -> NameTokens<'_> {
    NameTokens { name, at: 0 }
}

/// Iterator of [`name_tokens`].
#[derive(Clone, Debug)]
pub(crate) struct NameTokens<'a> {
    name: &'a str,
    at: usize,
}

impl<'a> Iterator for NameTokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = &self.name[self.at..];
        let skipped = rest.find(char::is_alphanumeric)?;
        let start = self.at + skipped;
        let mut end = self.name.len();
        let mut prev: Option<char> = None;
        let mut chars = self.name[start..].char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !c.is_alphanumeric() {
                end = start + i;
                break;
            }
            if let Some(p) = prev {
                let next_lower = chars.peek().is_some_and(|(_, n)| n.is_lowercase());
                let boundary = c.is_uppercase()
                    && (p.is_lowercase() || p.is_ascii_digit() || (p.is_uppercase() && next_lower));
                if boundary {
                    end = start + i;
                    break;
                }
            }
            prev = Some(c);
        }
        self.at = end;
        let token = &self.name[start..end];
        let counted = token.trim_end_matches(|c: char| c.is_ascii_digit());
        Some(if counted.is_empty() { token } else { counted })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(lines: &str) -> ContentHints {
        ContentHints::new(lines.lines().map(str::to_string))
    }

    fn tokens(name: &str) -> Vec<&str> {
        name_tokens(name).collect()
    }

    #[test]
    fn a_one_word_hint_matches_a_camel_case_word_whole() {
        let list = hints("mathjax\nrichtext");
        assert!(list.matches("MathJax_Display"));
        assert!(list.matches("RichText2"));
        assert!(list.matches("richtext"));
        assert!(!list.matches("Math-Jax"));
        assert!(!list.matches("MathJaxLoader"));
    }

    #[test]
    fn names_split_at_separators_case_and_counters() {
        assert_eq!(tokens("wpb_text_column"), ["wpb", "text", "column"]);
        assert_eq!(tokens("RichText__default"), ["Rich", "Text", "default"]);
        assert_eq!(tokens("articleBody"), ["article", "Body"]);
        assert_eq!(tokens("HTMLContent"), ["HTML", "Content"]);
        assert_eq!(tokens("content1 post-12"), ["content", "post", "12"]);
        assert_eq!(tokens("md:text-lg"), ["md", "text", "lg"]);
        assert_eq!(tokens("--"), Vec::<&str>::new());
        assert_eq!(tokens("статья-текст"), ["статья", "текст"]);
    }

    #[test]
    fn content_words_count_as_whole_tokens() {
        let list = hints("content\ntext\nstory\nmain\npage\nh-entry\n正文");
        for names in [
            "post-content",
            "wpb_text_column",
            "RichText__default",
            "mainContent",
            "content2",
            "x h-entry",
            "article-正文",
            "TextBlock",
        ] {
            assert!(list.matches(names), "{names}");
        }
        for names in [
            "history-timeline",
            "textarea",
            "textwidget",
            "maintenance-guide",
            "homepage-hero",
            "nextstory",
            "entry",
            "h-card",
        ] {
            assert!(!list.matches(names), "{names}");
        }
    }
}
