//! JSON-LD: the article object of a page's `<script type="application/ld+json">` blocks.
//!
//! Every block is parsed (malformed ones are skipped), and the values are walked with an explicit
//! stack through arrays, `@graph` and nested objects, so the depth of the input costs no recursion.
//! The article is the first object whose `@type` is one of schema.org's article types, preferring one
//! that carries its body.

use super::clean::{clean_value, is_url};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// schema.org types of an article (and the subtypes news sites use).
const ARTICLE_TYPES: &[&str] = &[
    "AdvertiserContentArticle",
    "AnalysisNewsArticle",
    "Article",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "DiscussionForumPosting",
    "LiveBlogPosting",
    "MedicalScholarlyArticle",
    "NewsArticle",
    "OpinionNewsArticle",
    "Report",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "SatiricalArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "TechArticle",
];

/// Objects visited per page at most: a guard against pathological blocks, far above real ones.
const MAX_OBJECTS: usize = 100_000;

/// Hops from a value to its text (`[{"name": "…"}]` takes two): real values need at most three.
const MAX_TEXT_HOPS: usize = 4;

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct JsonLdArticle {
    /// `headline`.
    pub headline: Option<String>,
    /// `name`, which some sites fill instead of `headline`.
    pub name: Option<String>,
    /// `author`: the names of people or organisations, joined with ", ".
    pub author: Option<String>,
    /// `datePublished` (else `dateCreated`), as written.
    pub date_published: Option<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `articleBody`, as written.
    pub body: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `inLanguage`.
    pub language: Option<String>,
    /// `url`, else `mainEntityOfPage` when it is a URL.
    pub url: Option<String>,
}

/// schema.org types of a thing for sale whose `description` is the text of its page.
const DESCRIBED_TYPES: &[&str] = &["Product", "ProductGroup", "IndividualProduct"];

/// The `description` of the page's product (a JSON-LD `Product` or `ProductGroup`), one paragraph a
/// line, markup taken out and entities decoded. `None` when no product has one, or when products
/// describe themselves differently (a listing of several).
pub(crate) fn read_product_description<S: AsRef<str>>(scripts: &[S]) -> Option<String> {
    let values: Vec<Value> = scripts.iter().filter_map(|s| parse(s.as_ref())).collect();
    let mut found: Option<String> = None;
    for object in objects_in_order(&values) {
        if !types(object).iter().any(|t| DESCRIBED_TYPES.contains(t)) {
            continue;
        }
        let Some(raw) = object.get("description").and_then(Value::as_str) else {
            continue;
        };
        let Some(description) = paragraphs(raw) else {
            continue;
        };
        match &found {
            Some(first) if *first != description => return None,
            Some(_) => {}
            None => found = Some(description),
        }
    }
    found
}

/// A description's paragraphs, one a line: tags break lines, whitespace collapses, entities decode.
fn paragraphs(raw: &str) -> Option<String> {
    let mut lines = Vec::new();
    let mut rest = raw;
    while !rest.is_empty() {
        let (text, after) = match rest.find('<') {
            Some(at) => {
                let close = rest[at..].find('>').map_or(rest.len(), |end| at + end + 1);
                (&rest[..at], &rest[close..])
            }
            None => (rest, ""),
        };
        lines.extend(text.split('\n').filter_map(clean_value));
        rest = after;
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// Reads the article object out of the texts of a page's JSON-LD scripts.
pub(crate) fn read_json_ld<S: AsRef<str>>(scripts: &[S]) -> Option<JsonLdArticle> {
    let values: Vec<Value> = scripts.iter().filter_map(|s| parse(s.as_ref())).collect();
    let objects = objects_in_order(&values);
    let ids: HashMap<&str, &Map<String, Value>> = objects
        .iter()
        .filter_map(|o| Some((o.get("@id")?.as_str()?, *o)))
        .filter(|(_, o)| o.len() > 1)
        .collect();
    let articles: Vec<&Map<String, Value>> =
        objects.iter().copied().filter(|o| is_article(o)).collect();
    let article = articles
        .iter()
        .find(|o| o.get("articleBody").is_some_and(Value::is_string))
        .or_else(|| articles.first())?;
    Some(JsonLdArticle {
        headline: text(article.get("headline")),
        name: text(article.get("name")),
        author: names(
            article.get("author").or_else(|| article.get("creator")),
            &ids,
        ),
        date_published: text(article.get("datePublished"))
            .or_else(|| text(article.get("dateCreated"))),
        publisher: names(article.get("publisher"), &ids)
            .or_else(|| publisher_of_page(&objects, &ids)),
        body: article
            .get("articleBody")
            .and_then(Value::as_str)
            .map(str::to_string),
        description: text(article.get("description")),
        language: language(article.get("inLanguage")),
        url: text(article.get("url"))
            .or_else(|| text(article.get("mainEntityOfPage")))
            .or_else(|| id_of(article.get("mainEntityOfPage")))
            .filter(|u| is_url(u)),
    })
}

/// Parses one script's text, tolerating CDATA and comment wrappers and raw control characters.
fn parse(script: &str) -> Option<Value> {
    let mut text = script.trim();
    for (open, close) in [
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
        ("<!--", "-->"),
    ] {
        text = text.strip_prefix(open).unwrap_or(text).trim();
        text = text.strip_suffix(close).unwrap_or(text).trim();
    }
    let text = text.strip_suffix(';').unwrap_or(text);
    if text.chars().any(|c| c.is_ascii_control()) {
        // Raw line breaks inside strings are invalid JSON that pages often hold: read them as spaces.
        let spaced: String = text
            .chars()
            .map(|c| if c.is_ascii_control() { ' ' } else { c })
            .collect();
        return serde_json::from_str(&spaced).ok();
    }
    serde_json::from_str(text).ok()
}

/// Every object of the values, in document order, walked with an explicit stack.
fn objects_in_order(values: &[Value]) -> Vec<&Map<String, Value>> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    while let Some(value) = stack.pop() {
        match value {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if out.len() >= MAX_OBJECTS {
                    break;
                }
                out.push(map);
                stack.extend(map.values().rev().filter(|v| v.is_array() || v.is_object()));
            }
            _ => {}
        }
    }
    out
}

/// The `@type` names of an object, without a `schema:` or `http://schema.org/` prefix.
fn types(object: &Map<String, Value>) -> Vec<&str> {
    match object.get("@type") {
        Some(Value::String(t)) => vec![short_type(t)],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(short_type)
            .collect(),
        _ => Vec::new(),
    }
}

/// `http://schema.org/NewsArticle` and `schema:NewsArticle` as `NewsArticle`.
fn short_type(name: &str) -> &str {
    name.rsplit(['/', ':']).next().unwrap_or(name)
}

fn is_article(object: &Map<String, Value>) -> bool {
    types(object).iter().any(|t| ARTICLE_TYPES.contains(t))
}

/// A value's text: a string, the first item of an array, or an object's `@value` / `name`, followed
/// for a few hops without recursion.
fn text(value: Option<&Value>) -> Option<String> {
    let mut current = value?;
    for _ in 0..MAX_TEXT_HOPS {
        current = match current {
            Value::String(s) => return clean_value(s),
            Value::Array(items) => items.first()?,
            Value::Object(map) => map.get("@value").or_else(|| map.get("name"))?,
            _ => return None,
        };
    }
    None
}

fn id_of(value: Option<&Value>) -> Option<String> {
    value?.as_object()?.get("@id")?.as_str().map(str::to_string)
}

/// The names of a person, an organisation, or a list of them (references by `@id` resolved), joined
/// with ", "; URLs are not names.
fn names(value: Option<&Value>, ids: &HashMap<&str, &Map<String, Value>>) -> Option<String> {
    let items: Vec<&Value> = match value? {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut found: Vec<String> = Vec::new();
    for item in items {
        let name = match item {
            Value::String(s) => clean_value(s),
            Value::Object(map) => text(map.get("name")).or_else(|| {
                let target = ids.get(map.get("@id")?.as_str()?)?;
                text(target.get("name"))
            }),
            _ => None,
        };
        if let Some(name) = name.filter(|n| !is_url(n)) {
            if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    (!found.is_empty()).then(|| found.join(", "))
}

/// The publisher named by a `WebPage` or `WebSite` object, for articles that do not name theirs.
fn publisher_of_page(
    objects: &[&Map<String, Value>],
    ids: &HashMap<&str, &Map<String, Value>>,
) -> Option<String> {
    objects
        .iter()
        .filter(|o| types(o).iter().any(|t| *t == "WebPage" || *t == "WebSite"))
        .find_map(|o| names(o.get("publisher"), ids))
}

/// `inLanguage` as a string or a `Language` object.
fn language(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::Object(map) => text(map.get("alternateName")).or_else(|| text(map.get("name"))),
        other => text(Some(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(scripts: &[&str]) -> JsonLdArticle {
        read_json_ld(scripts).unwrap()
    }

    #[test]
    fn a_product_gives_its_description_without_markup() {
        let scripts = [r#"{"@type":["Product"],"name":"Kettle",
            "description":"<p>Enamel over steel.</p><p>Pours &amp; cleans well.\nLight.</p>"}"#];
        assert_eq!(
            read_product_description(&scripts).as_deref(),
            Some("Enamel over steel.\nPours & cleans well.\nLight.")
        );
        // A listing of products that describe themselves differently has no one description.
        let listing = [r#"{"@type":"ItemList","itemListElement":[
            {"@type":"Product","description":"A kettle."},
            {"@type":"Product","description":"A pan."}]}"#];
        assert_eq!(read_product_description(&listing), None);
        let article = [r#"{"@type":"NewsArticle","description":"A storm."}"#];
        assert_eq!(read_product_description(&article), None);
        assert_eq!(read_product_description(&["{not json"]), None);
    }

    #[test]
    fn a_news_article_gives_its_fields() {
        let a = read(&[
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits coast",
            "author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2020-01-02T03:04:05Z",
            "publisher":{"@type":"Organization","name":"Daily Planet"},"articleBody":"The storm…",
            "description":"A storm.","inLanguage":"en-GB","url":"https://example.com/a"}"#,
        ]);
        assert_eq!(a.headline.as_deref(), Some("Storm hits coast"));
        assert_eq!(a.author.as_deref(), Some("Jane Doe"));
        assert_eq!(a.date_published.as_deref(), Some("2020-01-02T03:04:05Z"));
        assert_eq!(a.publisher.as_deref(), Some("Daily Planet"));
        assert_eq!(a.body.as_deref(), Some("The storm…"));
        assert_eq!(a.description.as_deref(), Some("A storm."));
        assert_eq!(a.language.as_deref(), Some("en-GB"));
        assert_eq!(a.url.as_deref(), Some("https://example.com/a"));
    }

    #[test]
    fn authors_as_strings_objects_and_arrays() {
        let a = read(&[
            r#"{"@type":"Article","author":[{"name":"Stella Kim"},"Jennifer Jett",{"name":"Stella Kim"},"https://x.com/p"]}"#,
        ]);
        assert_eq!(a.author.as_deref(), Some("Stella Kim, Jennifer Jett"));
        let a = read(&[r#"{"@type":"Article","author":"Ana Sandoiu"}"#]);
        assert_eq!(a.author.as_deref(), Some("Ana Sandoiu"));
    }

    #[test]
    fn graph_and_id_references_are_followed() {
        let a = read(&[r#"{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"https://ex.com/#org","name":"Example Times"},
            {"@type":"Person","@id":"https://ex.com/#jane","name":"Jane Roe"},
            {"@type":["BlogPosting"],"headline":"Hello","author":{"@id":"https://ex.com/#jane"},
             "publisher":{"@id":"https://ex.com/#org"}}]}"#]);
        assert_eq!(a.headline.as_deref(), Some("Hello"));
        assert_eq!(a.author.as_deref(), Some("Jane Roe"));
        assert_eq!(a.publisher.as_deref(), Some("Example Times"));
    }

    #[test]
    fn the_article_with_a_body_wins_over_listed_teasers() {
        let a = read(&[
            r#"[{"@type":"NewsArticle","headline":"Teaser"},{"@type":"http://schema.org/NewsArticle","headline":"Main","articleBody":"Text."}]"#,
        ]);
        assert_eq!(a.headline.as_deref(), Some("Main"));
    }

    #[test]
    fn malformed_blocks_are_skipped_without_panic() {
        let a = read(&[
            "{not json",
            "",
            "<!-- {\"@type\":\"Article\",\"headline\":\"Wrapped\",\"description\":\"line\nbreak\"} -->",
        ]);
        assert_eq!(a.headline.as_deref(), Some("Wrapped"));
        assert_eq!(a.description.as_deref(), Some("line break"));
        assert_eq!(read_json_ld(&["[1, 2, {\"@type\":\"WebSite\"}]"]), None);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(read_json_ld(&[deep.as_str()]), None);
        let nested = format!("{}\"x\"{}", "{\"a\":".repeat(120), "}".repeat(120));
        assert_eq!(read_json_ld(&[nested.as_str()]), None);
    }

    #[test]
    fn entities_in_strings_are_decoded() {
        let a = read(&[r#"{"@type":"Article","headline":"Tom &amp; Jerry&#8217;s"}"#]);
        assert_eq!(a.headline.as_deref(), Some("Tom & Jerry’s"));
    }
}
