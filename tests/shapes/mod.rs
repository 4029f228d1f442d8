//! Inputs of growing size, one function per shape: the scaling test (`tests/scaling.rs`) counts the work
//! each takes at 1x and 10x, and the scaling bench (`benches/scaling.rs`, which includes this file by
//! path) times the same inputs. Each function takes the shape's size (paragraphs, depth, sentences,
//! elements or bytes).

// Each user of this module takes the shapes it measures.
#![allow(dead_code)]

/// One sentence of article prose.
pub const PARA: &str = "The council approved the new budget on Monday after a debate that lasted well into the night, \
    and the mayor said the vote showed the city could still agree on what matters.";

/// An article page of `paragraphs` numbered paragraphs, with a share row and an ad label every tenth.
pub fn article_page(paragraphs: usize) -> String {
    let mut page = String::from("<html><head><title>Budget</title></head><body><nav><a href=/>Home</a> <a href=/n>News</a></nav><article><h1>Budget</h1>");
    for i in 0..paragraphs {
        page.push_str(&format!("<p>{PARA} ({i})</p>"));
        if i % 10 == 0 {
            page.push_str("<div class=share><a href=#>Share</a></div><p>Advertisement</p>");
        }
    }
    page.push_str("</article><footer>About us</footer></body></html>");
    page
}

/// One paragraph inside `depth` nested `<div>`s.
pub fn nested(depth: usize) -> String {
    format!(
        "<!DOCTYPE html><html><body>{}<p>The innermost paragraph holds the text of this page, and it is long \
         enough to count as a body.</p>{}</body></html>",
        "<div class=\"wrap\">".repeat(depth),
        "</div>".repeat(depth)
    )
}

/// One HTML paragraph of `sentences` sentences on one line.
pub fn long_html_line(sentences: usize) -> String {
    format!("<p>{}</p>", format!("{PARA} ").repeat(sentences))
}

/// A headline and one text line of `sentences` sentences.
pub fn long_text_line(sentences: usize) -> String {
    format!("Budget\n\n{}", format!("{PARA} ").repeat(sentences))
}

/// An article of `n` inline elements (half `<span>`s holding a word, half `<b>`s holding a space).
pub fn elements(n: usize) -> String {
    let mut page = String::from("<html><body><article>");
    for i in 0..n / 2 {
        page.push_str(&format!("<span>w{i}</span><b> </b>"));
    }
    page.push_str("</article></body></html>");
    page
}

/// A whole page's text: a menu, a headline, `paragraphs` numbered paragraphs with an ad label and a
/// share prompt every tenth, a footer.
pub fn page_text(paragraphs: usize) -> String {
    let mut page = String::from("Home\nNews\nSport\n\nBudget passes\n\n");
    for i in 0..paragraphs {
        page.push_str(&format!("{PARA} ({i})\n\n"));
        if i % 10 == 0 {
            page.push_str("Advertisement\n\nShare this article\n\n");
        }
    }
    page.push_str("About us\nContact\n");
    page
}

/// A page of about `bytes` bytes: one paragraph with a link, repeated.
pub fn long_page(bytes: usize) -> String {
    let unit = "<div class=\"c\"><p>A paragraph of the long page, with a comma, and a <a href=\"/x\">link</a> inside it, the innermost.</p></div>\n";
    format!(
        "<!DOCTYPE html><html><body><article>{}</article></body></html>",
        unit.repeat(bytes / unit.len())
    )
}
