//! A pick that is the site's footer: the page holds no content of its own in its markup.
//!
//! Pages that render their content by script (a shop's item page built in the browser) carry only
//! their shell in the HTML: a header, an empty mount point and the site's footer. When the strict
//! attempt finds nothing, the relaxed ones, which no longer drop furniture by name, take the footer
//! (help links, the group's other sites, the copyright line) for the article. A footer is never the
//! page's content: when every container of the article stands in the page's footer, the page has no
//! article.

use super::tree::{Tree, NO_PARENT};

/// Whether every one of `roots` stands in the page's footer: a `<footer>` that is not the footer of
/// an article or section (no `<article>`, `<section>` or `<main>` holds it), or an element of role
/// `contentinfo`. False when there are no roots.
pub(crate) fn picks_only_the_footer(tree: &Tree<'_>, roots: &[usize]) -> bool {
    !roots.is_empty() && roots.iter().all(|&r| in_page_footer(tree, r))
}

/// Whether node `i` or one of its ancestors is the page's footer.
fn in_page_footer(tree: &Tree<'_>, mut i: usize) -> bool {
    let mut footer = false;
    while i != NO_PARENT {
        match tree.name(i) {
            "footer" => footer = true,
            "article" | "section" | "main" => return false,
            _ => {}
        }
        if tree
            .attr(i, "role")
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("contentinfo"))
        {
            return true;
        }
        i = tree.nodes[i].parent();
    }
    footer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(page: &str, id: &str) -> bool {
        let html = scraper::Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let root = (0..tree.nodes.len()).find(|&i| tree.attr(i, "id") == Some(id));
        picks_only_the_footer(&tree, &root.into_iter().collect::<Vec<_>>())
    }

    #[test]
    fn the_sites_footer_is_no_article() {
        let page = "<html><body><div id=app></div><footer><div id=links><p>Help centre</p>\
                    </div></footer><div role=contentinfo><p id=legal>All rights reserved</p></div>\
                    </body></html>";
        assert!(verdict(page, "links"));
        assert!(verdict(page, "legal"));
    }

    #[test]
    fn an_articles_own_footer_and_the_body_are_kept() {
        let page =
            "<html><body><article><footer><p id=notes>Filed from Leeds.</p></footer></article>\
                    <main><p id=body>The river rose overnight.</p></main></body></html>";
        assert!(!verdict(page, "notes"));
        assert!(!verdict(page, "body"));
        assert!(!verdict(page, "missing"));
    }
}
