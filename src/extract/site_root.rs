//! A site's home page that declares itself an article: content systems and their SEO plugins write
//! the type of a post (`BlogPosting`, `TechArticle`, `og:type` `article`) on every page of a site,
//! its home page too, while a home page is an index of the site's stories, products or sections.
//! Its address says what it is: the canonical address of a home page has no path.

use super::page_type::PageType;

/// The page type of a page whose canonical address is `canonical`, declared `declared`: a page at
/// the root of its site (see [`is_site_root`]) that declares an article or documentation declares
/// nothing that holds, and is read as [`PageType::Unknown`] (its sections, cards and items may be
/// the content). Any other declaration stands.
pub(crate) fn or_home_page(declared: PageType, canonical: Option<&str>) -> PageType {
    let claims_an_article = matches!(declared, PageType::Article | PageType::Documentation);
    if claims_an_article && canonical.is_some_and(is_site_root) {
        PageType::Unknown
    } else {
        declared
    }
}

/// Whether `url`, an absolute address, names the root of its site: a scheme, a host, and no path
/// past `/` (a query or fragment aside). A relative reference, or one whose host holds an escaped
/// slash (`%2F`: a path written into the host by a broken template), names no root.
pub(crate) fn is_site_root(url: &str) -> bool {
    let url = url.trim();
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    if scheme.is_empty() || !scheme.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    let (host, path) = rest[..end].split_once('/').unwrap_or((&rest[..end], ""));
    let plain_host = !host.is_empty()
        && host.contains('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':'));
    plain_host && path.is_empty()
}

#[cfg(test)]
mod tests {
    use super::{is_site_root, or_home_page};
    use crate::PageType;

    #[test]
    fn roots_of_sites() {
        for url in [
            "https://example.com",
            "https://example.com/",
            "http://www.example.co.uk/?ref=home",
            "https://example.com:8080/#top",
            " https://news.example.org/ ",
        ] {
            assert!(is_site_root(url), "{url}");
        }
    }

    #[test]
    fn pages_below_the_root() {
        for url in [
            "https://example.com/2024/05/a-story-about-bread",
            "https://example.com/blog/",
            "https://example.com/index.html",
            "/",
            "//example.com/",
            "example.com",
            "https://example.com%2Farticles%2Fa-story",
            "http://a-story-about-bread",
            "",
        ] {
            assert!(!is_site_root(url), "{url}");
        }
    }

    #[test]
    fn an_article_at_the_root_is_read_as_undeclared() {
        let root = Some("https://example.com/");
        assert_eq!(or_home_page(PageType::Article, root), PageType::Unknown);
        assert_eq!(
            or_home_page(PageType::Documentation, root),
            PageType::Unknown
        );
    }

    /// A made-up page declared a `BlogPosting`, at `canonical`.
    fn page_at(canonical: &str) -> String {
        format!(
            r#"<html><head><link rel="canonical" href="{canonical}">
            <script type="application/ld+json">{{"@type": "BlogPosting", "datePublished": "2024-05-01"}}</script>
            </head><body><main><p>Our bakery opened its doors in spring, and since then the queue has
            reached the corner every Saturday morning, rain or shine, for the rye loaves.</p></main>
            </body></html>"#
        )
    }

    #[test]
    fn a_home_page_is_not_an_article() {
        let pipeline = crate::Pipeline::default();
        let home = pipeline
            .clean_html(&page_at("https://bakery.example/"))
            .unwrap();
        assert_eq!(home.page_type, PageType::Unknown);
        let post = pipeline
            .clean_html(&page_at("https://bakery.example/2024/05/spring-queue"))
            .unwrap();
        assert_eq!(post.page_type, PageType::Article);
    }

    #[test]
    fn other_declarations_stand() {
        let root = Some("https://example.com/");
        let story = Some("https://example.com/2024/05/a-story-about-bread");
        assert_eq!(or_home_page(PageType::Article, story), PageType::Article);
        assert_eq!(or_home_page(PageType::Article, None), PageType::Article);
        assert_eq!(or_home_page(PageType::Listing, root), PageType::Listing);
        assert_eq!(or_home_page(PageType::Product, root), PageType::Product);
        assert_eq!(or_home_page(PageType::Forum, root), PageType::Forum);
    }
}
