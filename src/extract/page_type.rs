//! What kind of page a page is, from what it declares: schema.org `@type`s in its JSON-LD and its
//! `og:type`.

use serde_json::Value;

/// The kind of page an article was taken from, as the page declares it.
///
/// Read from the page's JSON-LD `@type`s (a `DiscussionForumPosting` or `QAPage` is a forum thread, a
/// `Product` a product page, a `CollectionPage` or `ItemList` a listing, a `TechArticle` documentation,
/// a `Service` a service page, a `NewsArticle` or `BlogPosting` an article) and its `og:type`; a page
/// that declares nothing or an article, at a forum thread's address (`/threads/…`, `viewtopic.php`,
/// a `forum.` host), is a forum thread; one that declares nothing at a documentation address
/// (`docs.` or `developer.` host, a `/docs/` or `/reference/` directory) is documentation. Text
/// input and pages that declare nothing are
/// [`PageType::Unknown`], and so is a site's home page (its canonical address has no path) that
/// declares an article or documentation.
///
/// # Examples
///
/// ```
/// use copydesk::{PageType, Pipeline};
///
/// let page = r#"<html><head><script type="application/ld+json">{"@type": "QAPage"}</script></head>
///   <body><p>How do I keep bread fresh for a week without a freezer in a hot kitchen?</p></body></html>"#;
/// let article = Pipeline::default().clean_html(page)?;
/// assert_eq!(article.page_type, PageType::Forum);
/// assert_eq!(Pipeline::default().clean_text("Plain text, no markup at all.")?.page_type, PageType::Unknown);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum PageType {
    /// Nothing declared (or text input).
    #[default]
    Unknown,
    /// A news story, blog post or other article.
    Article,
    /// A forum thread or question-and-answer page: every post is content.
    Forum,
    /// A product page: description and specifications.
    Product,
    /// A listing or collection: the list of items is the content.
    Listing,
    /// A service or landing page: every section is content.
    Service,
    /// Documentation.
    Documentation,
}

/// `@type` names of a product.
const PRODUCT_TYPES: &[&str] = &["Product", "ProductGroup", "IndividualProduct"];

/// `@type` names and the page type each declares, the more telling first: a thread's page often
/// declares an `Article` too, a product page a `CollectionPage` breadcrumb.
const TYPES: &[(&[&str], PageType)] = &[
    // Not `Question` alone: an FAQ block on any page lists its questions so.
    (&["DiscussionForumPosting", "QAPage"], PageType::Forum),
    (PRODUCT_TYPES, PageType::Product),
    (&["TechArticle", "APIReference"], PageType::Documentation),
    (
        &[
            "Article",
            "NewsArticle",
            "BlogPosting",
            "Report",
            "ScholarlyArticle",
            "OpinionNewsArticle",
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "BackgroundNewsArticle",
            "LiveBlogPosting",
            "Recipe",
        ],
        PageType::Article,
    ),
    (
        &[
            "CollectionPage",
            "ItemList",
            "SearchResultsPage",
            "OfferCatalog",
        ],
        PageType::Listing,
    ),
    (&["Service"], PageType::Service),
];

/// The page type that the page's JSON-LD scripts and `og:type` declare; `dated` tells whether the
/// page bears a date (published or modified, in its markup, JSON-LD or address).
///
/// An `og:type` of `article` on a page without a date declares nothing: content systems and their
/// SEO plugins write it on every page of a site, its service pages, indexes and shop categories
/// too, while an article is dated.
pub(crate) fn declared_page_type<S: AsRef<str>>(
    json_ld: &[S],
    og_type: Option<&str>,
    dated: bool,
) -> PageType {
    let mut names = Vec::new();
    for script in json_ld {
        if let Ok(value) = serde_json::from_str::<Value>(script.as_ref().trim()) {
            collect_types(&value, &mut names);
        }
    }
    from_names(&names).unwrap_or_else(|| match og_type.map(str::trim) {
        Some(t) if t.eq_ignore_ascii_case("article") && dated => PageType::Article,
        Some(t) if is_product_group(t) => PageType::Listing,
        Some(t) if t.to_ascii_lowercase().contains("product") => PageType::Product,
        _ => PageType::Unknown,
    })
}

/// Meta properties of Open Graph's product object that give the price of one item
/// (`product:price:amount`, and `og:price:amount` as older shop themes write it).
const PRICE_METAS: [&str; 2] = ["product:price:amount", "og:price:amount"];

/// The declared type, or a product when the page declares nothing or an article and its metadata
/// states the price of one item (see [`PRICE_METAS`]): a shop's item page whose theme writes its
/// price for link previews but no type that says product (or the `og:type` of `article` that SEO
/// plugins write on every page). Of the 1,497 wcxb-dev pages, the 30 with such a meta are all
/// products. `has_meta` says whether the page has a meta of that name.
pub(crate) fn or_priced(declared: PageType, has_meta: impl Fn(&str) -> bool) -> PageType {
    match declared {
        PageType::Unknown | PageType::Article if PRICE_METAS.iter().any(|k| has_meta(k)) => {
            PageType::Product
        }
        declared => declared,
    }
}

/// Whether an `og:type` names a group of products (Open Graph's `product.group`, also written
/// `product:group`): a shop's category or collection, which lists products rather than shows one.
fn is_product_group(og_type: &str) -> bool {
    let t = og_type.to_ascii_lowercase();
    t.strip_prefix("product")
        .and_then(|rest| rest.strip_prefix(['.', ':']))
        .is_some_and(|rest| rest == "group")
}

/// The page type that the page's microdata declares (`itemtype="https://schema.org/QAPage"` on the
/// thread's container), for pages that declare nothing in JSON-LD or `og:type`.
pub(crate) fn declared_in_microdata<'a>(itemtypes: impl Iterator<Item = &'a str>) -> PageType {
    let names: Vec<String> = itemtypes
        .flat_map(str::split_whitespace)
        .map(short)
        .collect();
    from_names(&names).unwrap_or_default()
}

/// Whether a page's address is a forum thread's, in the address schemes of the common forum
/// software: a host named for a forum or community (`forum.`, `forums.`, `community.`, `discuss.`),
/// XenForo's `/threads/`, phpBB's `viewtopic.php`, vBulletin's `showthread.php`, Vanilla's
/// `/discussion/<number>`, Discourse's `/t/<slug>/<number>`, Invision's `/topic/<number>-<slug>`,
/// Simple Machines Forum's `index.php?topic=<number>`.
///
/// Forum software often declares its threads an `article` (`og:type`), or nothing; the address says
/// what the page is. On the dev pages this finds 21 threads declared otherwise, and no other page.
///
/// A reference without a scheme is read as written: `//host/path` names a host, any other is a path
/// (a relative canonical link, `viewtopic.php?id=…`).
pub(crate) fn is_thread_url(url: &str) -> bool {
    let url = url.trim();
    let (host, path) = match url.split_once("://") {
        Some((_, rest)) => rest.split_once('/').unwrap_or((rest, "")),
        None => match url.strip_prefix("//") {
            Some(rest) => rest.split_once('/').unwrap_or((rest, "")),
            None => ("", url.trim_start_matches('/')),
        },
    };
    let host = host.to_ascii_lowercase();
    if ["forum.", "forums.", "community.", "discuss."]
        .iter()
        .any(|p| host.starts_with(p))
    {
        return true;
    }
    let path = path.split('#').next().unwrap_or("");
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let segments: Vec<&str> = path.split('/').collect();
    let numbered = |s: &str| s.bytes().next().is_some_and(|b| b.is_ascii_digit());
    if segments.last() == Some(&"index.php") && names_a_topic(query, numbered) {
        return true;
    }
    segments.iter().enumerate().any(|(k, seg)| {
        let next = segments.get(k + 1).copied().unwrap_or("");
        match *seg {
            "threads" => !next.is_empty(),
            "viewtopic.php" | "showthread.php" => true,
            "discussion" => numbered(next),
            "t" => !next.is_empty() && segments.get(k + 2).is_some_and(|s| numbered(s)),
            "topic" => numbered(next) && next.contains('-'),
            _ => false,
        }
    })
}

/// Whether an address's query names a topic by its number (`topic=589061.0`), as Simple Machines
/// Forum addresses its threads (`index.php?topic=…`); a board's index has no `topic`.
/// First labels of a host that serves documentation (`docs.example.com`, `developer.example.com`,
/// `wiki.example.org`): the documentation generators and wikis of many projects and companies.
const DOC_HOSTS: &[&str] = &["docs", "doc", "developer", "developers", "wiki"];

/// Path segments under which sites keep their documentation (`/docs/…`, `/en/latest/reference/…`).
/// Not `guide`, `learn` or `tutorials`: magazines and shops file their articles there too.
const DOC_SEGMENTS: &[&str] = &[
    "docs",
    "doc",
    "documentation",
    "reference",
    "api-reference",
    "manual",
    "handbook",
    "userguide",
    "user-guide",
];

/// Whether `url` is the address of a documentation page: a page (not the root) on a documentation
/// host, or under a documentation directory. The last segment is the page's own name and does not
/// count (`/blog/the-docs` is a post about docs).
pub(crate) fn is_documentation_url(url: &str) -> bool {
    let Some((_, rest)) = url.trim().split_once("://") else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let path = path.split(['?', '#']).next().unwrap_or("");
    if path.trim_matches('/').is_empty() {
        return false;
    }
    let first_label = host.split('.').next().unwrap_or("").to_ascii_lowercase();
    if DOC_HOSTS.contains(&first_label.as_str()) {
        return true;
    }
    let segments: Vec<&str> = path.split('/').collect();
    let directories = &segments[..segments.len() - 1];
    directories
        .iter()
        .any(|s| DOC_SEGMENTS.iter().any(|d| s.eq_ignore_ascii_case(d)))
}

fn names_a_topic(query: &str, numbered: impl Fn(&str) -> bool) -> bool {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .any(|(key, value)| key == "topic" && numbered(value))
}

/// The page type that the `@type` (or `itemtype`) names declare, the more telling first.
fn from_names(names: &[String]) -> Option<PageType> {
    let products = names.iter().filter(|n| n.as_str() == "Product").count();
    if products >= MIN_LISTED_PRODUCTS {
        return Some(PageType::Listing);
    }
    TYPES
        .iter()
        .find(|(types, _)| names.iter().any(|n| types.contains(&n.as_str())))
        .map(|(_, page_type)| *page_type)
}

/// Products declared on one page from which it lists products rather than shows one.
const MIN_LISTED_PRODUCTS: usize = 3;

/// Maximum JSON values visited per page: a guard against huge generated graphs.
const MAX_VALUES: usize = 10_000;

/// The `@type` names anywhere in a JSON-LD value (objects, arrays, `@graph`s), without a schema.org
/// prefix; visited with an explicit stack.
///
/// The products described inside a product (a `ProductGroup`'s `hasVariant`s, the `itemOffered` of
/// its offers, its `isSimilarTo`) are parts of the one product the page shows, not products it
/// lists: their names are left out, so that a product in eight sizes is not taken for a listing.
fn collect_types(value: &Value, names: &mut Vec<String>) {
    // Each value with whether it stands inside a product's description.
    let mut stack = vec![(value, false)];
    let mut visited = 0;
    while let Some((value, in_product)) = stack.pop() {
        visited += 1;
        if visited > MAX_VALUES {
            return;
        }
        match value {
            Value::Array(items) => stack.extend(items.iter().map(|v| (v, in_product))),
            Value::Object(map) => {
                let own: Vec<String> = match map.get("@type") {
                    Some(Value::String(name)) => vec![short(name)],
                    Some(Value::Array(list)) => {
                        list.iter().filter_map(Value::as_str).map(short).collect()
                    }
                    _ => Vec::new(),
                };
                let product = own.iter().any(|n| is_product(n));
                if !(in_product && product) {
                    names.extend(own);
                }
                let inside = in_product || product;
                stack.extend(
                    map.values()
                        .filter(|v| v.is_array() || v.is_object())
                        .map(|v| (v, inside)),
                );
            }
            _ => {}
        }
    }
}

/// Whether a `@type` name declares a product.
fn is_product(name: &str) -> bool {
    PRODUCT_TYPES.contains(&name)
}

fn short(name: &str) -> String {
    name.rsplit(['/', ':']).next().unwrap_or(name).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_addresses_of_common_forum_software() {
        for url in [
            "https://forum.example.org/some/page",
            "https://Forums.example.com/",
            "https://community.example.net/x",
            "https://example.com/threads/dense-bread.12345/",
            "https://example.com/board/viewtopic.php?f=2&t=9",
            "https://example.com/showthread.php?t=77",
            "https://example.com/discussion/396/why-a-crack",
            "https://example.com/t/new-to-pottery/1555",
            "https://example.com/topic/201820-glaze-runs/",
            "viewtopic.php?id=3099",
            "/forum/showthread.php?t=12",
            "//forums.example.org/x",
            "https://example.com/community/index.php?topic=589061.0",
            "/smf/index.php?board=2&topic=77.15",
        ] {
            assert!(is_thread_url(url), "{url}");
        }
        for url in [
            "https://news.example.com/topic/software",
            "https://shop.example.com/t/road-running-shoes-LMhfRGdO",
            "https://example.com/discussion/",
            "https://example.com/2024/05/threads-app-launch",
            "https://forumsmith.example.com/",
            "not a url",
            "/2024/05/viewing-topics.html",
            "/forum-news/",
            "https://example.com/index.php?board=4.0",
            "https://example.com/index.php?topic=gardening",
            "https://example.com/news.php?topic=42",
        ] {
            assert!(!is_thread_url(url), "{url}");
        }
    }

    #[test]
    fn documentation_addresses_by_host_or_directory() {
        for url in [
            "https://docs.example.com/getting-started/install",
            "https://developer.example.org/api/widgets",
            "https://wiki.example.net/Configuration",
            "https://example.com/docs/cli/flags",
            "https://example.com/en/latest/reference/settings.html",
            "https://example.com/manual/en/chapter-3?lang=en",
        ] {
            assert!(is_documentation_url(url), "{url}");
        }
        for url in [
            "https://docs.example.com/",
            "https://docs.example.com",
            "https://example.com/blog/why-we-rewrote-the-docs",
            "https://example.com/guides/best-hiking-boots",
            "https://example.com/learn/what-is-a-mortgage",
            "https://documentary.example.com/films/the-river",
            "/docs/relative/page",
            "not a url",
        ] {
            assert!(!is_documentation_url(url), "{url}");
        }
    }

    #[test]
    fn json_ld_types_decide_the_more_telling_first() {
        let forum = r#"{"@graph":[{"@type":"WebPage"},{"@type":"DiscussionForumPosting"},{"@type":"Article"}]}"#;
        assert_eq!(declared_page_type(&[forum], None, true), PageType::Forum);
        let product =
            r#"[{"@type":"BreadcrumbList"},{"@type":["Product"],"offers":{"@type":"Offer"}}]"#;
        assert_eq!(
            declared_page_type(&[product], None, true),
            PageType::Product
        );
        let grid = r#"{"@type":"ItemList","itemListElement":[{"item":{"@type":"Product"}},
            {"item":{"@type":"Product"}},{"item":{"@type":"Product"}}]}"#;
        assert_eq!(declared_page_type(&[grid], None, true), PageType::Listing);
        let faq = r#"{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Why?"}]}"#;
        assert_eq!(declared_page_type(&[faq], None, true), PageType::Unknown);
        let news =
            r#"{"@type":"http://schema.org/NewsArticle","publisher":{"@type":"Organization"}}"#;
        assert_eq!(declared_page_type(&[news], None, true), PageType::Article);
        assert_eq!(
            declared_page_type(&[r#"{"@type":"CollectionPage"}"#], None, true),
            PageType::Listing
        );
        assert_eq!(
            declared_page_type(&[r#"{"@type":"TechArticle"}"#], None, true),
            PageType::Documentation
        );
        assert_eq!(
            declared_page_type(&[r#"{"@type":"Service"}"#], None, true),
            PageType::Service
        );
    }

    #[test]
    fn products_inside_a_product_are_its_parts_not_a_listing() {
        // A jacket in four sizes, each offered as a product of its own.
        let sizes = r#"{"@type":"ProductGroup","name":"Rain jacket","hasVariant":[
            {"@type":"Product","name":"S"},{"@type":"Product","name":"M"},
            {"@type":"Product","name":"L"},{"@type":"Product","name":"XL"}]}"#;
        assert_eq!(declared_page_type(&[sizes], None, true), PageType::Product);
        let offered = r#"{"@type":"Product","offers":[{"@type":"Offer","itemOffered":{"@type":"Product"}},
            {"@type":"Offer","itemOffered":{"@type":"Product"}},
            {"@type":"Offer","itemOffered":{"@type":"Product"}}]}"#;
        assert_eq!(
            declared_page_type(&[offered], None, true),
            PageType::Product
        );
        // Three products side by side, in a graph or in scripts of their own, are listed.
        let graph = r#"{"@graph":[{"@type":"Product"},{"@type":"Product"},{"@type":"Product"}]}"#;
        assert_eq!(declared_page_type(&[graph], None, true), PageType::Listing);
        let scripts = [r#"{"@type":"Product"}"#; 3];
        assert_eq!(declared_page_type(&scripts, None, true), PageType::Listing);
    }

    #[test]
    fn microdata_speaks_with_the_same_names() {
        let thread = [
            "https://schema.org/DiscussionForumPosting",
            "http://schema.org/Person",
            "https://schema.org/Comment",
        ];
        assert_eq!(declared_in_microdata(thread.into_iter()), PageType::Forum);
        let qa = ["https://schema.org/QAPage", "https://schema.org/Answer"];
        assert_eq!(declared_in_microdata(qa.into_iter()), PageType::Forum);
        let grid = ["http://schema.org/Product"; 3];
        assert_eq!(declared_in_microdata(grid.into_iter()), PageType::Listing);
        // Comments under a story say nothing about the page.
        let comments = ["https://schema.org/Comment", "https://schema.org/Person"];
        assert_eq!(
            declared_in_microdata(comments.into_iter()),
            PageType::Unknown
        );
    }

    #[test]
    fn og_type_speaks_when_json_ld_does_not() {
        assert_eq!(
            declared_page_type::<&str>(&[], Some("article"), true),
            PageType::Article
        );
        assert_eq!(
            declared_page_type::<&str>(&[], Some("og:product"), false),
            PageType::Product
        );
        // A group of products is a shop's category: it lists them.
        for group in ["product.group", "product:group", "Product.Group"] {
            assert_eq!(
                declared_page_type::<&str>(&[], Some(group), false),
                PageType::Listing
            );
        }
        assert_eq!(
            declared_page_type::<&str>(&[], Some("product.item"), false),
            PageType::Product
        );
        // What JSON-LD declares comes first.
        assert_eq!(
            declared_page_type(&[r#"{"@type":"Product"}"#], Some("product.group"), false),
            PageType::Product
        );
        assert_eq!(
            declared_page_type::<&str>(&[], Some("website"), true),
            PageType::Unknown
        );
        assert_eq!(
            declared_page_type(&["{not json"], None, true),
            PageType::Unknown
        );
        assert_eq!(
            declared_page_type(&[r#"{"@type":"WebSite"}"#], Some("article"), true),
            PageType::Article
        );
    }

    #[test]
    fn a_stated_price_makes_an_undeclared_page_a_product() {
        let priced = |k: &str| k == "product:price:amount";
        assert_eq!(or_priced(PageType::Unknown, priced), PageType::Product);
        assert_eq!(or_priced(PageType::Article, priced), PageType::Product);
        assert_eq!(
            or_priced(PageType::Unknown, |k| k == "og:price:amount"),
            PageType::Product
        );
        // A declared listing, thread or service stays what it says; no price, no product.
        assert_eq!(or_priced(PageType::Listing, priced), PageType::Listing);
        assert_eq!(or_priced(PageType::Forum, priced), PageType::Forum);
        assert_eq!(
            or_priced(PageType::Unknown, |k| k == "og:title"),
            PageType::Unknown
        );
    }

    #[test]
    fn og_type_article_without_a_date_declares_nothing() {
        // A CMS's service page or index: og:type article, no date anywhere.
        assert_eq!(
            declared_page_type::<&str>(&[], Some("article"), false),
            PageType::Unknown
        );
        assert_eq!(
            declared_page_type(&[r#"{"@type":"WebPage"}"#], Some("article"), false),
            PageType::Unknown
        );
        // What JSON-LD declares needs no date.
        assert_eq!(
            declared_page_type(&[r#"{"@type":"BlogPosting"}"#], Some("article"), false),
            PageType::Article
        );
    }
}
