//! Markdown output of an article.

use crate::article::Article;

use crate::block::BlockKind;

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
            match kind {
                BlockKind::Heading => {
                    out.push_str("## ");
                    out.push_str(&block.text);
                    out.push('\n');
                }
                BlockKind::ListItem => {
                    out.push_str("- ");
                    out.push_str(&block.text);
                    out.push('\n');
                }
                BlockKind::Quote => {
                    out.push_str("> ");
                    out.push_str(&block.text);
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
                    let cells: Vec<String> = block
                        .text
                        .split(" | ")
                        .map(|c| c.replace('|', "\\|"))
                        .collect();
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
                    out.push_str(block.text.trim());
                    out.push_str("*\n");
                }
                _ => {
                    out.push_str(&block.text);
                    out.push('\n');
                }
            }
            previous = Some(kind);
        }
        out
    }
}
