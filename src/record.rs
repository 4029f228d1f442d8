//! The JSON record of an article: one schema for the command's `--json`, `--json-map` and `--warc`
//! output, `serde` and Python's `Article.to_dict()`. Field by field in `docs/json-schema.md`.

use crate::article::Article;
use crate::block::{Block, BlockKind, InlineKind};
use crate::extract::PageType;
use crate::markdown::Markup;
use serde_json::{json, Map, Value};
use std::ops::Range;

/// The version of the JSON record ([`Article::to_json`]), in its `schemaVersion` field. It goes up
/// when a field is renamed or removed or changes meaning; new fields do not change it.
pub const SCHEMA_VERSION: u32 = 1;

impl BlockKind {
    /// The kind's name in the JSON record: `heading`, `paragraph`, `list-item`, `quote`, `caption`,
    /// `preformatted`, `table-row`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(copydesk::BlockKind::ListItem.name(), "list-item");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list-item",
            BlockKind::Quote => "quote",
            BlockKind::Caption => "caption",
            BlockKind::Preformatted => "preformatted",
            BlockKind::TableRow => "table-row",
        }
    }
}

impl PageType {
    /// The type's name in the JSON record: `article`, `forum`, `product`, `listing`, `service`,
    /// `documentation`, or `unknown` (written as `null`).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(copydesk::PageType::Forum.name(), "forum");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            PageType::Unknown => "unknown",
            PageType::Article => "article",
            PageType::Forum => "forum",
            PageType::Product => "product",
            PageType::Listing => "listing",
            PageType::Service => "service",
            PageType::Documentation => "documentation",
        }
    }
}

fn pair(span: &Range<usize>) -> Value {
    json!([span.start, span.end])
}

impl Article {
    /// The article's summary record: `articleBody` and the metadata (`title`, `byline`, `date`,
    /// `site`, `language`, `url`, `pageType`), `null` where unknown. The command's `--json-map`
    /// entries; the first fields of [`Article::to_json`].
    ///
    /// # Examples
    ///
    /// ```
    /// let article = copydesk::clean_text("Headline\n\nThe body.")?;
    /// let summary = article.to_json_summary();
    /// assert_eq!(summary["articleBody"], "The body.");
    /// assert_eq!(summary["title"], "Headline");
    /// assert!(summary["byline"].is_null());
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn to_json_summary(&self) -> Value {
        Value::Object(self.summary())
    }

    /// The fields of [`Article::to_json_summary`].
    fn summary(&self) -> Map<String, Value> {
        let page_type = (self.page_type != PageType::Unknown).then(|| self.page_type.name());
        let fields = [
            ("schemaVersion", json!(SCHEMA_VERSION)),
            ("articleBody", json!(self.body_text())),
            ("title", json!(self.title)),
            ("byline", json!(self.byline)),
            ("date", json!(self.date)),
            ("site", json!(self.site)),
            ("language", json!(self.language)),
            ("url", json!(self.url)),
            ("pageType", json!(page_type)),
        ];
        fields
            .into_iter()
            .map(|(name, value)| (name.to_string(), value))
            .collect()
    }

    /// The article's full JSON record (schema [`SCHEMA_VERSION`]): the summary
    /// ([`Article::to_json_summary`]), then `canonicalUrl`, `description`, `text`, `sources`,
    /// `input`, `decoding`, `blocks` (each with the inline markup `markup` names, under `inlines`),
    /// `removals` and `changes`. The command's `--json` lines, `serde`'s form of an [`Article`], and
    /// Python's `Article.to_dict()`.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = copydesk::clean_text("Headline\n\nThe body.\n\nShare this article")?;
    /// let record = article.to_json(copydesk::Markup::default());
    /// assert_eq!(record["schemaVersion"], 1);
    /// assert_eq!(record["blocks"][0]["kind"], "paragraph");
    /// assert_eq!(record["removals"][0]["stage"], "share-prompt");
    /// assert_eq!(record["input"]["decidedBy"], "detected");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn to_json(&self, markup: Markup) -> Value {
        let mut record = self.summary();
        let s = &self.sources;
        let fields = [
            ("canonicalUrl", json!(self.canonical_url)),
            ("description", json!(self.description)),
            ("text", json!(self.text())),
            (
                "sources",
                json!({
                    "title": s.title, "byline": s.byline, "date": s.date, "site": s.site,
                    "language": s.language, "url": s.url, "canonicalUrl": s.canonical_url,
                    "description": s.description,
                }),
            ),
            (
                "input",
                json!(self.input.as_ref().map(|r| json!({
                    "kind": r.kind.name(), "decidedBy": r.decided_by, "evidence": r.evidence,
                }))),
            ),
            (
                "decoding",
                json!(self.decoding.map(|d| json!({
                    "encoding": d.encoding, "source": d.source.name(), "hadErrors": d.had_errors,
                }))),
            ),
            (
                "blocks",
                Value::Array(self.blocks.iter().map(|b| b.to_json(markup)).collect()),
            ),
            (
                "removals",
                Value::Array(
                    self.removals
                        .iter()
                        .map(|r| {
                            json!({
                                "stage": r.stage, "reason": r.reason.to_string(), "text": r.text,
                                "span": r.span.as_ref().map(pair),
                            })
                        })
                        .collect(),
                ),
            ),
            (
                "changes",
                Value::Array(
                    self.changes
                        .iter()
                        .map(|c| {
                            json!({
                                "stage": c.normalizer, "block": c.block, "from": c.from, "to": c.to,
                                "span": pair(&c.span), "repeats": c.repeats,
                            })
                        })
                        .collect(),
                ),
            ),
        ];
        for (name, value) in fields {
            record.insert(name.into(), value);
        }
        Value::Object(record)
    }
}

impl Block {
    /// The block's JSON record: `kind` ([`BlockKind::name`]), `text`, `span` (`[start, end]` or
    /// `null`), and `inlines` when the block has markup of the kinds `markup` names: objects with
    /// `type` (`link`, `image`, `bold`, `italic`), `range` (`[start, end]` of `text`, empty for an
    /// image), `text`, and `href` for a link, `src` and `alt` for an image.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{Block, BlockKind, Inline, InlineKind, Markup};
    ///
    /// let mut block = Block::new(BlockKind::Paragraph, "See the map.");
    /// block.inlines.push(Inline::new(InlineKind::Link { href: "/map".into() }, 4..11, "the map"));
    /// let record = block.to_json(Markup::default().with_links(true));
    /// assert_eq!(record["inlines"][0]["href"], "/map");
    /// assert_eq!(record["inlines"][0]["range"], serde_json::json!([4, 11]));
    /// assert!(block.to_json(Markup::default()).get("inlines").is_none());
    /// ```
    pub fn to_json(&self, markup: Markup) -> Value {
        let mut record = Map::new();
        record.insert("kind".into(), json!(self.kind.name()));
        record.insert("text".into(), json!(self.text));
        record.insert("span".into(), json!(self.span.as_ref().map(pair)));
        let inlines: Vec<Value> = self
            .markup()
            .into_iter()
            .filter(|(_, kind)| markup.wants(kind))
            .map(|(range, kind)| {
                let mut inline = match kind {
                    InlineKind::Link { href } => json!({"type": "link", "href": href}),
                    InlineKind::Image { src, alt } => {
                        json!({"type": "image", "src": src, "alt": alt})
                    }
                    InlineKind::Bold => json!({"type": "bold"}),
                    InlineKind::Italic => json!({"type": "italic"}),
                };
                inline["range"] = pair(&range);
                inline["text"] = json!(self.text[range].to_string());
                inline
            })
            .collect();
        if !inlines.is_empty() {
            record.insert("inlines".into(), Value::Array(inlines));
        }
        Value::Object(record)
    }
}

/// `serde`'s form of an article is its JSON record ([`Article::to_json`]) with all its markup.
#[cfg(feature = "serde")]
impl serde::Serialize for Article {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_json(Markup::all()).serialize(serializer)
    }
}

/// `serde`'s form of a block is its JSON record ([`Block::to_json`]) with all its markup.
#[cfg(feature = "serde")]
impl serde::Serialize for Block {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_json(Markup::all()).serialize(serializer)
    }
}
