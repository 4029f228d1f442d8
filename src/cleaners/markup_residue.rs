//! Markup left in a page's text: a tracking pixel's or an ad's `<div><img src=…>` printed as text.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::removal::Reason;

/// Share of a block's characters (spaces aside) that must stand inside tags: markup with a word or two
/// of text between its tags ("<a href=…>Subscribe</a>") is still markup; a sentence that mentions a tag
/// is prose.
const MIN_MARKUP_SHARE: f64 = 0.8;

/// Removes a block that is markup, not text: it opens and closes with a tag, nearly all of it stands
/// inside tags, its tags are those of an image or frame in a box or link (`<div><a href=…><img src=…>`),
/// with attributes. Scrapers print a `<noscript>` fallback (a tracking pixel, a tag manager's frame)
/// or an ad slot's markup as the page's text this way; a reader never sees it.
///
/// Markup an article shows stays: tags without attributes ("<table></table> in select"), any other tag
/// (`<script src=…>`, `<!DOCTYPE html>`, an XML file's elements), and every preformatted block.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n\
///     <div style=\"position:absolute\"><img width=1 height=1 alt=\"\" src=\"http://example.com/b?p=1\"></div>\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "markup-residue");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkupResidue;

impl Cleaner for MarkupResidue {
    fn name(&self) -> &'static str {
        "markup-residue"
    }

    fn check(&self, block: &Block, _cx: &BlockContext<'_>) -> Verdict {
        let text = block.text.trim();
        if block.kind == BlockKind::Preformatted || !text.starts_with('<') || !text.ends_with('>') {
            return Verdict::Keep;
        }
        let (inside, total, attributes) = markup_measures(text);
        if attributes && inside as f64 >= MIN_MARKUP_SHARE * total as f64 {
            Verdict::Drop(Reason::Pattern(
                "markup left in the text: tags with attributes",
            ))
        } else {
            Verdict::Keep
        }
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

/// The tags a fallback or an ad slot is made of. A block with any other tag (`<script>`, `<html>`, an
/// XML document's own elements) is code an article shows, not residue.
const RESIDUE_TAGS: &[&str] = &[
    "a", "br", "center", "div", "font", "iframe", "img", "ins", "noscript", "p", "span",
];

/// The tags that make a block residue: an image (a tracking pixel, an ad) or a frame (a tag manager).
const RESIDUE_EMBEDS: &[&str] = &["iframe", "img"];

/// Characters (whitespace aside) inside tags, all characters, and whether the tags are residue: every
/// one of [`RESIDUE_TAGS`], one of them an image or frame, and one with an attribute (a `=` inside it).
fn markup_measures(text: &str) -> (usize, usize, bool) {
    let (mut inside, mut total, mut in_tag) = (0, 0, false);
    let (mut attributes, mut embeds, mut foreign) = (false, false, false);
    for (at, c) in text.char_indices() {
        if c == '<' {
            in_tag = true;
            let name = tag_name(&text[at + 1..]);
            foreign |= !RESIDUE_TAGS.contains(&name.as_str());
            embeds |= RESIDUE_EMBEDS.contains(&name.as_str());
        }
        if !c.is_whitespace() {
            total += 1;
            inside += usize::from(in_tag);
        }
        attributes |= in_tag && c == '=';
        if c == '>' {
            in_tag = false;
        }
    }
    (inside, total, attributes && embeds && !foreign)
}

/// The lower-case name of the tag whose text follows its `<` (a closing tag's too): empty for `<!…>`
/// and `<?…>`, which are no residue tags.
fn tag_name(after: &str) -> String {
    after
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    removes! { MarkupResidue;
        tracking_pixel: "<div style=\"position:absolute;\"><img width=1 height=1 alt=\"\" src=\"http://b.example.com/b?P=abc\"></div>",
        ad_slot: "<div><a href=\"http://ad.example.net/jump/site;sz=300x250\" target=\"_blank\"><img alt=\"\" src=\"http://ad.example.net/ad/site;sz=300x250\" /></a></div>",
        image_with_id: "<img id=\"pixel\" src=\"/ivw/0.gif\" width=\"1\" height=\"1\" alt=\"\">",
    }

    keeps! { MarkupResidue;
        tags_without_attributes: "<table></table><li><table></table> in select - crash",
        a_script_tag_shown_in_a_tutorial: "<script src=\"vendor/blanket.js\" data-cover-adapter=\"vendor/adapter.js\"></script>",
        an_xml_example: "<?xml version=\"1.0\"?> <configuration> <packageSources> <add key=\"nuget\" value=\"https://api.nuget.org\" /> </packageSources> </configuration>",
        a_page_shown_as_code: "<!DOCTYPE html> <html> <head> <title>Test</title> </head> <body> <img src=\"a.png\"> </body> </html>",
        a_sentence_about_a_tag: "<div> is the most common element on the web, and the least meaningful one.",
        prose_with_a_link_in_it: "<a href=\"/x\">Read</a> how the council voted on Monday after the long debate.",
    }

    #[test]
    fn code_is_left_alone() {
        let code = Block::new(BlockKind::Preformatted, "<img src=\"logo.png\" alt=\"\">");
        let blocks = [code];
        let cx = BlockContext::new(&blocks, 0);
        assert!(MarkupResidue.check(&blocks[0], &cx).is_keep());
    }
}
