//! Data for scripts that a page keeps as text in its markup: a widget's settings or a component's
//! state written into a `<div>` as JSON (`{"statementLink":"","hideMobile":false,…}`), which the
//! page's script reads and the page hides (with a class its style sheet hides, or `opacity: 0`).
//! A reader never sees it; read without the style sheet, it lands in the article as a paragraph of
//! braces and quotes.
//!
//! A block goes when its whole text is one JSON object (or an array of them) with several
//! members, and its strings are settings (flags, colours, names of one or two words), not phrases
//! to read: a component's state that holds the items the page renders by script (product names,
//! review titles) may be the only place the markup holds them, and stays. Code is left alone: documentation shows JSON in its examples, preformatted or set in
//! `<code>` (see [`super::placeholders::is_code`]). A sentence that quotes a little JSON among
//! other words is prose and stays, and so does a short object, which an article may print as an
//! example outside a code element.

use crate::{Block, BlockKind, Removal};
use serde_json::Value;

use super::placeholders::is_code;
use super::tree::record;

/// Characters of text from which a block that is all JSON is data rather than an example an
/// article prints (`{"a": 1, "b": 2}`): the settings of a widget run to hundreds.
const MIN_DATA_CHARS: usize = 200;

/// Members (keys of an object, items of an array) that data holds at least.
const MIN_MEMBERS: usize = 3;

/// Words from which a string of the data is a phrase a reader would read (a product's name, a
/// title), not a setting.
const PHRASE_WORDS: usize = 3;

/// Phrases that settings may hold (a widget's label or its one message); more, and the data holds
/// the page's own text.
const MAX_PHRASES: usize = 2;

/// Removes each block that is data for scripts (see the module's documentation) and records it as
/// a removal (stage `script-data`). `source` is the page the blocks' spans point into.
pub(crate) fn drop_script_data(blocks: &mut Vec<Block>, removals: &mut Vec<Removal>, source: &str) {
    blocks.retain(|block| {
        if block.kind == BlockKind::Preformatted
            || !is_json_data(&block.text)
            || is_code(block, source)
        {
            return true;
        }
        let span = block.span.as_ref().map(|s| (s.start, s.end));
        record(
            removals,
            "script-data",
            "data for a script shown as text",
            &block.text,
            span,
        );
        false
    });
}

/// Whether `text` is, whole, a JSON object or array of at least [`MIN_MEMBERS`] members and
/// [`MIN_DATA_CHARS`] characters.
fn is_json_data(text: &str) -> bool {
    let text = text.trim();
    let bracketed = (text.starts_with('{') && text.ends_with('}'))
        || (text.starts_with('[') && text.ends_with(']'));
    if !bracketed || text.len() < MIN_DATA_CHARS {
        return false;
    }
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return false;
    };
    let members = match &value {
        Value::Object(members) => members.len(),
        Value::Array(items) => items.len(),
        _ => 0,
    };
    members >= MIN_MEMBERS && phrases(&value) <= MAX_PHRASES
}

/// The strings of `value` of [`PHRASE_WORDS`] words or more, counted up to one past
/// [`MAX_PHRASES`]; walked with a stack (the nesting is the page's).
fn phrases(value: &Value) -> usize {
    let mut stack = vec![value];
    let mut found = 0;
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) if s.split_whitespace().nth(PHRASE_WORDS - 1).is_some() => {
                found += 1;
                if found > MAX_PHRASES {
                    break;
                }
            }
            Value::Array(items) => stack.extend(items),
            Value::Object(members) => stack.extend(members.values()),
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const SETTINGS: &str = r##"{"statementLink":"","footerHtml":"","hideMobile":false,"hideTrigger":false,"language":"en","position":"right","leadColor":"#146ff8","triggerColor":"#146ff8","triggerRadius":"50%","triggerPositionX":"right","triggerIcon":"people","triggerSize":"medium"}"##;

    fn kept(texts: &[(BlockKind, &str)], source: &str) -> (Vec<String>, Vec<Removal>) {
        let mut blocks: Vec<Block> = texts.iter().map(|(k, t)| Block::new(*k, *t)).collect();
        let mut removals = Vec::new();
        drop_script_data(&mut blocks, &mut removals, source);
        (blocks.into_iter().map(|b| b.text).collect(), removals)
    }

    #[test]
    fn drops_a_widgets_settings() {
        let (kept, removals) = kept(
            &[
                (BlockKind::Paragraph, "A sturdy mug, thrown by hand."),
                (BlockKind::Paragraph, SETTINGS),
            ],
            "",
        );
        assert_eq!(kept, vec!["A sturdy mug, thrown by hand."]);
        assert_eq!(removals.len(), 1);
        assert_eq!(removals[0].stage, "script-data");
    }

    #[test]
    fn drops_an_array_of_records() {
        let data = format!("[{SETTINGS}, {SETTINGS}, {SETTINGS}]");
        assert!(kept(&[(BlockKind::Paragraph, &data)], "").0.is_empty());
    }

    #[test]
    fn keeps_state_that_holds_the_pages_text() {
        let items: Vec<String> = (1..=4)
            .map(|i| {
                format!(
                    r#"{{"id":{i},"title":"Wireless headphones with a long battery, model {i}"}}"#
                )
            })
            .collect();
        let state = format!(
            r#"{{"items":[{}],"page":1,"sort":"price"}}"#,
            items.join(",")
        );
        assert_eq!(kept(&[(BlockKind::Paragraph, &state)], "").0.len(), 1);
    }

    #[test]
    fn keeps_code_short_examples_and_prose() {
        let short = r#"{"name": "Ada", "email": "ada@example.com"}"#;
        let prose = format!("The widget reads its settings, such as {SETTINGS}, at start.");
        let not_json = format!("{{ {} }}", "title: 'Cabbage', id: 1, ".repeat(10));
        let blocks = [
            (BlockKind::Preformatted, SETTINGS),
            (BlockKind::Paragraph, short),
            (BlockKind::Paragraph, &prose),
            (BlockKind::Paragraph, &not_json),
        ];
        assert_eq!(kept(&blocks, "").0.len(), 4);
    }

    #[test]
    fn keeps_json_the_page_sets_as_code() {
        let source = format!("<p><code>{SETTINGS}</code></p>");
        let start = source.find('{').unwrap();
        let mut block = Block::new(BlockKind::Paragraph, SETTINGS);
        block.span = Some(start..start + SETTINGS.len());
        let mut blocks = vec![block];
        let mut removals = Vec::new();
        drop_script_data(&mut blocks, &mut removals, &source);
        assert_eq!(blocks.len(), 1);
    }
}
