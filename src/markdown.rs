//! Markdown output of an article, with the inline markup asked for.

use crate::article::Article;

use crate::block::{Block, BlockKind, InlineKind};
use std::borrow::Cow;
use std::ops::Range;

/// Which inline markup [`Article::to_markdown_with`] writes (and the CLI's JSON lists): links as
/// `[text](href)`, images as `![alt](src)`, bold and italic as `**…**` and `*…*`. The blocks must
/// carry it: see [`PipelineBuilder::inline_markup`](crate::PipelineBuilder::inline_markup).
///
/// # Examples
///
/// ```
/// let markup = copydesk::Markup::default().with_links(true);
/// assert!(markup.links && !markup.images && !markup.formatting);
/// assert!(copydesk::Markup::all().any());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Markup {
    /// Links.
    pub links: bool,
    /// Images.
    pub images: bool,
    /// Bold and italic.
    pub formatting: bool,
}

impl Markup {
    /// Every kind of markup.
    pub fn all() -> Markup {
        Markup {
            links: true,
            images: true,
            formatting: true,
        }
    }

    /// With links or without.
    pub fn with_links(mut self, on: bool) -> Markup {
        self.links = on;
        self
    }

    /// With images or without.
    pub fn with_images(mut self, on: bool) -> Markup {
        self.images = on;
        self
    }

    /// With bold and italic or without.
    pub fn with_formatting(mut self, on: bool) -> Markup {
        self.formatting = on;
        self
    }

    /// Whether any markup is asked for.
    pub fn any(self) -> bool {
        self.links || self.images || self.formatting
    }

    /// Whether this markup is asked for.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{InlineKind, Markup};
    /// assert!(Markup::default().with_formatting(true).wants(&InlineKind::Bold));
    /// assert!(!Markup::default().wants(&InlineKind::Italic));
    /// ```
    pub fn wants(self, kind: &InlineKind) -> bool {
        match kind {
            InlineKind::Link { .. } => self.links,
            InlineKind::Image { .. } => self.images,
            InlineKind::Bold | InlineKind::Italic => self.formatting,
        }
    }
}

impl Article {
    /// The article as Markdown: the title as `#`, headings as `##`, list items as `- `, quotes as
    /// `> `, preformatted text in fences, table rows as a GFM table, captions in italics.
    ///
    /// # Examples
    ///
    /// ```
    /// let page = "<title>Results</title><body><article>\
    ///   <p>The count finished late on Sunday, and the turnout was the highest in decades.</p>\
    ///   <h2>By party</h2><table><tr><th>Party</th><th>Seats</th></tr><tr><td>Blue</td><td>41</td></tr></table>\
    ///   <ul><li>Turnout rose.</li></ul></article></body>";
    /// let article = copydesk::clean_html(page)?;
    /// let md = article.to_markdown();
    /// assert!(md.starts_with("# Results\n\nThe count finished"));
    /// assert!(md.contains("## By party\n\n| Party | Seats |\n| --- | --- |\n| Blue | 41 |\n"));
    /// assert!(md.contains("- Turnout rose.\n"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        self.to_markdown_with(Markup::default())
    }

    /// The article as Markdown ([`Article::to_markdown`]) with the blocks' inline markup that `markup`
    /// names. An image that opens a block stands on its own line before it. Markup whose text a
    /// cleaner or normalizer removed is left out; the text is the same as without markup.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{Markup, Pipeline};
    ///
    /// let page = r#"<article><p>The council <a href="https://example.com/budget">approved the budget</a>
    ///   on <b>Monday</b>, after a <i>long</i> debate that ran late into the night.</p>
    ///   <figure><img src="hall.jpg" alt="The hall"><figcaption>The town hall.</figcaption></figure></article>"#;
    /// let article = Pipeline::builder().inline_markup(true).build()?.clean_html(page)?;
    /// let md = article.to_markdown_with(Markup::all());
    /// assert!(md.contains("The council [approved the budget](https://example.com/budget) on **Monday**, after a *long* debate"));
    /// assert!(md.contains("![The hall](hall.jpg)\n\n*The town hall.*"));
    /// assert_eq!(article.to_markdown_with(Markup::default()), article.to_markdown());
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn to_markdown_with(&self, markup: Markup) -> String {
        let mut out = String::new();
        if let Some(title) = self.title.as_deref().filter(|t| !t.is_empty()) {
            out.push_str("# ");
            out.push_str(title);
            out.push('\n');
        }
        let mut previous: Option<BlockKind> = None;
        for block in &self.blocks {
            let kind = block.kind;
            // Items of one list and rows of one table stay together; everything else is a paragraph.
            let continues =
                previous == Some(kind) && matches!(kind, BlockKind::ListItem | BlockKind::TableRow);
            if !out.is_empty() && !continues {
                out.push('\n');
            }
            let (leading, text) = marked_text(block, markup);
            if !leading.is_empty() {
                out.push_str(&leading);
                out.push_str("\n\n");
            }
            match kind {
                BlockKind::Heading => {
                    out.push_str("## ");
                    out.push_str(&text);
                    out.push('\n');
                }
                BlockKind::ListItem => {
                    out.push_str("- ");
                    out.push_str(&text);
                    out.push('\n');
                }
                BlockKind::Quote => {
                    out.push_str("> ");
                    out.push_str(&text);
                    out.push('\n');
                }
                BlockKind::Preformatted => {
                    let fence = if block.text.contains("```") {
                        "~~~~"
                    } else {
                        "```"
                    };
                    out.push_str(fence);
                    out.push('\n');
                    out.push_str(&block.text);
                    out.push('\n');
                    out.push_str(fence);
                    out.push('\n');
                }
                BlockKind::TableRow => {
                    let cells: Vec<String> =
                        row_cells(&text).map(|c| c.replace('|', "\\|")).collect();
                    out.push_str("| ");
                    out.push_str(&cells.join(" | "));
                    out.push_str(" |\n");
                    if !continues {
                        out.push('|');
                        out.push_str(&" --- |".repeat(cells.len()));
                        out.push('\n');
                    }
                }
                BlockKind::Caption => {
                    out.push('*');
                    out.push_str(text.trim());
                    out.push_str("*\n");
                }
                _ => {
                    out.push_str(&text);
                    out.push('\n');
                }
            }
            previous = Some(kind);
        }
        out
    }
}

/// A table row's cells: its text split at the bars between cells, the bars at its ends (an HTML
/// table's row prints them, a text's own row need not) left out.
fn row_cells(text: &str) -> impl Iterator<Item = &str> {
    let inner = text.strip_prefix('|').unwrap_or(text);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split(" | ").map(str::trim)
}

/// A block's text with the markup `want` names, and the images that open it (written before it).
fn marked_text(block: &Block, want: Markup) -> (String, Cow<'_, str>) {
    let text = block.text.as_str();
    if !want.any() || block.inlines.is_empty() || block.kind == BlockKind::Preformatted {
        return (String::new(), Cow::Borrowed(text));
    }
    let marks = nested(
        block
            .markup()
            .into_iter()
            .filter(|(_, kind)| want.wants(kind)),
    );
    let mut leading = String::new();
    let mut out = String::with_capacity(text.len() * 2);
    let mut pos = 0;
    // Closing strings of the open marks, innermost last.
    let mut closes: Vec<(usize, String)> = Vec::new();
    let close_until =
        |at: usize, out: &mut String, pos: &mut usize, closes: &mut Vec<(usize, String)>| {
            while closes.last().is_some_and(|(end, _)| *end <= at) {
                if let Some((end, close)) = closes.pop() {
                    out.push_str(&text[*pos..end]);
                    *pos = end;
                    out.push_str(&close);
                }
            }
        };
    for (range, kind) in marks {
        close_until(range.start, &mut out, &mut pos, &mut closes);
        out.push_str(&text[pos..range.start]);
        pos = range.start;
        match kind {
            InlineKind::Image { src, alt } => {
                let image = format!("![{}]({})", label(alt), target(src));
                if range.start == 0 && closes.is_empty() {
                    if !leading.is_empty() {
                        leading.push(' ');
                    }
                    leading.push_str(&image);
                } else {
                    out.push_str(&image);
                }
            }
            InlineKind::Link { href } => {
                out.push('[');
                closes.push((range.end, format!("]({})", target(href))));
            }
            InlineKind::Bold => {
                out.push_str("**");
                closes.push((range.end, "**".into()));
            }
            InlineKind::Italic => {
                out.push('*');
                closes.push((range.end, "*".into()));
            }
        }
    }
    close_until(usize::MAX, &mut out, &mut pos, &mut closes);
    out.push_str(&text[pos..]);
    (leading, Cow::Owned(out))
}

/// The marks that nest, in text order: a mark that crosses the end of one opened before it is left out.
fn nested<'a>(
    marks: impl Iterator<Item = (Range<usize>, &'a InlineKind)>,
) -> Vec<(Range<usize>, &'a InlineKind)> {
    let mut kept = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (range, kind) in marks {
        while open.last().is_some_and(|&end| end <= range.start) {
            open.pop();
        }
        if open.last().is_some_and(|&end| range.end > end) {
            continue;
        }
        if !matches!(kind, InlineKind::Image { .. }) {
            open.push(range.end);
        }
        kept.push((range, kind));
    }
    kept
}

/// Link text or alternative text with its brackets escaped.
fn label(text: &str) -> String {
    text.replace('[', "\\[").replace(']', "\\]")
}

/// A link target as Markdown reads it: in angle brackets when it holds spaces or brackets.
fn target(url: &str) -> String {
    if url.contains(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>')) {
        format!("<{}>", url.replace('<', "%3C").replace('>', "%3E"))
    } else {
        url.to_string()
    }
}
