//! Template placeholders that no script filled in: a page built by a client-side framework (Angular,
//! Vue, Handlebars, a CMS's shortcodes) writes `{{priceAnchor.totalPrice}}` or
//! `{{ board.errors[12].message }}` into its markup and replaces it in the browser. A page saved
//! before its scripts ran (or read without them) holds the expressions as text; a reader never sees
//! them. A block made of such expressions alone, or of one with a short label before it
//! ("Original price: {{price}}"), goes.
//!
//! Code is left alone: a template language's documentation shows `{{ form }}` in its examples,
//! preformatted or set in `<code>` (a block whose markup in the page holds a code element). A sentence that names an expression among other words ("place {{ form }} in the
//! template") is prose and stays.

use crate::{Block, BlockKind, Removal};

use super::tree::record;

/// Words a label before a placeholder may have ("Original price:"); more is a sentence.
const MAX_LABEL_WORDS: usize = 3;

/// Characters an expression between `{{` and `}}` may hold at most: longer is text that happens to
/// sit between braces.
const MAX_EXPRESSION_CHARS: usize = 120;

/// Elements that show code: a block whose markup holds one shows its expressions as written.
const CODE_TAGS: [&str; 4] = ["<code", "<kbd", "<samp", "<pre"];

/// Removes each block that is only template placeholders (see the module's documentation) and
/// records it as a removal (stage `template-placeholder`). `source` is the page the blocks' spans
/// point into.
pub(crate) fn drop_placeholders(
    blocks: &mut Vec<Block>,
    removals: &mut Vec<Removal>,
    source: &str,
) {
    blocks.retain(|block| {
        if block.kind == BlockKind::Preformatted
            || !is_placeholder_only(&block.text)
            || is_code(block, source)
        {
            return true;
        }
        let span = block.span.as_ref().map(|s| (s.start, s.end));
        record(
            removals,
            "template-placeholder",
            "a template expression no script filled in",
            &block.text,
            span,
        );
        false
    });
}

/// Tags looked at before a block's text: the elements that open around it.
const MAX_OPENING_TAGS: usize = 8;

/// Whether the page sets `block` as code: its markup, or one of the tags that open just before its
/// text, is a code element (see [`CODE_TAGS`]).
pub(super) fn is_code(block: &Block, source: &str) -> bool {
    let Some(span) = block.span.as_ref() else {
        return false;
    };
    let is_code_tag = |markup: &str| {
        let markup = markup.to_ascii_lowercase();
        CODE_TAGS.iter().any(|tag| markup.contains(tag))
    };
    if source.get(span.clone()).is_some_and(is_code_tag) {
        return true;
    }
    let mut before = source.get(..span.start).unwrap_or("");
    for _ in 0..MAX_OPENING_TAGS {
        before = before.trim_end();
        let Some(open) = before.strip_suffix('>').and_then(|b| b.rfind('<')) else {
            return false;
        };
        if is_code_tag(&before[open..]) {
            return true;
        }
        before = &before[..open];
    }
    false
}

/// Whether `text` holds at least one template expression and, besides them, at most a short label
/// ending in a colon.
fn is_placeholder_only(text: &str) -> bool {
    let mut rest = String::with_capacity(text.len());
    let mut found = false;
    let mut tail = text;
    while let Some(open) = tail.find("{{") {
        let Some(close) = tail[open + 2..].find("}}") else {
            return false;
        };
        let expression = &tail[open + 2..open + 2 + close];
        if !is_expression(expression) {
            return false;
        }
        found = true;
        rest.push_str(&tail[..open]);
        rest.push(' ');
        tail = &tail[open + 2 + close + 2..];
    }
    rest.push_str(tail);
    found && is_label(rest.trim())
}

/// Whether `inner` reads as a template expression: a name, a path, a call or a shortcode's
/// attributes (`price.total`, `errors[3].message`, `name | upper`, `hire-us="/banners/hire"`).
fn is_expression(inner: &str) -> bool {
    let inner = inner.trim();
    inner.chars().count() <= MAX_EXPRESSION_CHARS
        && inner
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '_' | '$' | '#' | '/' | '>' | '&'))
        && inner.chars().all(|c| {
            c.is_alphanumeric()
                || c.is_whitespace()
                || matches!(
                    c,
                    '_' | '$'
                        | '#'
                        | '/'
                        | '>'
                        | '&'
                        | '.'
                        | '-'
                        | '['
                        | ']'
                        | '('
                        | ')'
                        | '\''
                        | '"'
                        | '='
                        | '|'
                        | ':'
                        | ','
                )
        })
}

/// Whether `text` is nothing, punctuation, or a label of a few words ending in a colon.
fn is_label(text: &str) -> bool {
    if !text.chars().any(char::is_alphanumeric) {
        return true;
    }
    text.ends_with(':') && crate::text::word_count(text) <= MAX_LABEL_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(texts: &[(BlockKind, &str)]) -> Vec<String> {
        let mut blocks: Vec<Block> = texts.iter().map(|(k, t)| Block::new(*k, *t)).collect();
        let mut removals = Vec::new();
        drop_placeholders(&mut blocks, &mut removals, "");
        assert!(removals.iter().all(|r| r.stage == "template-placeholder"));
        blocks.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn a_block_of_placeholders_goes_and_the_item_text_stays() {
        let texts = [
            (BlockKind::Paragraph, "Folding camp stool"),
            (BlockKind::Paragraph, "{{cart.item.totalPrice}}"),
            (BlockKind::Paragraph, "Sale price: {{ offer.price }}"),
            (BlockKind::Paragraph, "{{ board.errors[42].message }}"),
            (BlockKind::Paragraph, "{{ total }} / {{ count }}"),
            (
                BlockKind::Paragraph,
                "{{promo-banner=\"/banners/spring-sale\"}}",
            ),
            (
                BlockKind::Paragraph,
                "Three legs of ash and a seat of waxed canvas; it folds flat into a bag.",
            ),
        ];
        assert_eq!(
            kept(&texts),
            [
                "Folding camp stool",
                "Three legs of ash and a seat of waxed canvas; it folds flat into a bag."
            ]
        );
    }

    #[test]
    fn prose_code_and_other_braces_stay() {
        let texts = [
            (BlockKind::Preformatted, "{{ form }}"),
            (
                BlockKind::Paragraph,
                "Place {{ form }} in the template to render every field.",
            ),
            (BlockKind::Paragraph, "The price in words: {{ price }}"),
            (BlockKind::Paragraph, "{{}}"),
            (BlockKind::Paragraph, "{{ 1 + 1 }}"),
            (BlockKind::Paragraph, "{{ unclosed"),
        ];
        assert_eq!(kept(&texts).len(), texts.len());
    }

    #[test]
    fn an_expression_the_page_sets_as_code_stays() {
        let source =
            "<dt><code><span>{{</span> <span>field.errors</span> <span>}}</span></code></dt>";
        let mut blocks = vec![Block::located(
            BlockKind::Paragraph,
            "{{ field.errors }}",
            0..source.len(),
        )];
        drop_placeholders(&mut blocks, &mut Vec::new(), source);
        assert_eq!(blocks.len(), 1);
        let source = "<div class=\"price\"><span>{{ field.errors }}</span></div>";
        let start = source.find("{{").unwrap();
        let mut blocks = vec![Block::located(
            BlockKind::Paragraph,
            "{{ field.errors }}",
            start..start + 18,
        )];
        drop_placeholders(&mut blocks, &mut Vec::new(), source);
        assert!(blocks.is_empty());
    }
}
