//! Helpers shared by the integration tests.
#![allow(dead_code)]

use copydesk::Article;
use std::collections::HashMap;

/// Characters of `input` (whitespace aside) that appear neither in the article, nor in a removal, nor in
/// the source text of a change. Empty when nothing was dropped silently.
pub fn unaccounted(input: &str, article: &Article) -> Vec<char> {
    let mut counts: HashMap<char, i64> = HashMap::new();
    for c in input.chars().filter(|c| !c.is_whitespace()) {
        *counts.entry(c).or_default() += 1;
    }
    let mut account = |text: &str| {
        for c in text.chars() {
            if let Some(n) = counts.get_mut(&c) {
                *n -= 1;
            }
        }
    };
    account(&article.text());
    for removal in &article.removals {
        account(&removal.text);
    }
    for change in &article.changes {
        account(&change.from);
    }
    let mut missing: Vec<char> = counts
        .into_iter()
        .filter(|&(_, n)| n > 0)
        .map(|(c, _)| c)
        .collect();
    missing.sort_unstable();
    missing
}
