//! The page's metadata: title, byline, date, site, language, URLs and description, each with the name
//! of the markup it came from.
//!
//! Everything is gathered in one iterative walk of the parsed page ([`collect`]), then each field takes
//! the first good value of its sources in order of trust, except the title, which is picked by
//! agreement between the metadata, the `<title>` and the `<h1>` ([`title`]).

mod byline;
mod clean;
mod collect;
mod dates;
mod jsonld;
mod language;
mod title;
mod url_ref;

use crate::article::Article;
use clean::resolve_url as resolve;
pub(crate) use collect::may_name_byline;
use collect::Markup;
use jsonld::JsonLdArticle;
use scraper::Html;

/// Meta keys of a title, in order of trust, with their source names.
/// JSON-LD's headline goes before all of them, and its name after.
const TITLE_METAS: &[(&str, &str)] = &[
    ("og:title", "og:title"),
    ("twitter:title", "twitter:title"),
    ("dc:title", "dc:title"),
    ("dc.title", "dc:title"),
    ("dcterms.title", "dc:title"),
    ("parsely-title", "parsely-title"),
    ("sailthru.title", "sailthru.title"),
    ("title", "meta:title"),
    ("itemprop:headline", "itemprop=headline"),
];

/// Meta keys of a byline, in order of trust, with their source names.
/// Every value of the first key present is kept: pages list several authors in several tags.
const BYLINE_METAS: &[(&str, &str)] = &[
    ("dc:creator", "dc:creator"),
    ("dc.creator", "dc:creator"),
    ("dcterms.creator", "dc:creator"),
    ("author", "meta:author"),
    ("article:author", "article:author"),
    ("parsely-author", "parsely-author"),
    ("sailthru.author", "sailthru.author"),
    ("byl", "meta:byl"),
    ("itemprop:author", "itemprop=author"),
];

/// Meta keys of a publication date after JSON-LD's and article:published_time, all reported as
/// "meta:date".
const DATE_METAS: &[&str] = &[
    "og:published_time",
    "article:published",
    "itemprop:datepublished",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "dc.date.issued",
    "dc.date",
    "dc:date",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "citation_date",
];

/// Meta keys of the site's name after JSON-LD's publisher and og:site_name, in order of trust.
const SITE_METAS: &[(&str, &str)] = &[
    ("application-name", "application-name"),
    ("publisher", "meta:publisher"),
];

/// Meta keys of the language after `<html lang>`, in order of trust.
const LANGUAGE_METAS: &[(&str, &str)] = &[
    ("content-language", "content-language"),
    ("language", "meta:language"),
    ("dc.language", "meta:language"),
    ("dc:language", "meta:language"),
    ("og:locale", "og:locale"),
];

/// Meta keys of the description, in order of trust.
const DESCRIPTION_METAS: &[(&str, &str)] = &[
    ("description", "meta:description"),
    ("og:description", "og:description"),
    ("twitter:description", "twitter:description"),
    ("dc:description", "dc:description"),
    ("dc.description", "dc:description"),
];

/// A page's metadata: each field is the value and the name of the markup it came from.
#[derive(Debug, Default, Clone)]
pub(crate) struct PageMetadata {
    /// The headline.
    pub title: Option<(String, &'static str)>,
    /// Who wrote it, without "By".
    pub byline: Option<(String, &'static str)>,
    /// The publication date as ISO 8601.
    pub date: Option<(String, &'static str)>,
    /// The publication's name.
    pub site: Option<(String, &'static str)>,
    /// The language as a BCP 47 tag.
    pub language: Option<(String, &'static str)>,
    /// The page's URL, as the caller gave it.
    pub url: Option<(String, &'static str)>,
    /// The canonical URL the page declares.
    pub canonical_url: Option<(String, &'static str)>,
    /// The page's summary.
    pub description: Option<(String, &'static str)>,
    /// JSON-LD `articleBody`, as written: a cross-check and fallback for the body.
    pub json_ld_body: Option<String>,
    /// The kind of page, as its JSON-LD and `og:type` declare it.
    pub page_type: super::PageType,
    /// JSON-LD `description` of the page's product, one paragraph a line.
    pub product_description: Option<String>,
    /// Whether one of the page's own addresses (the caller's URL, the canonical link as written, even
    /// relative, or an `og:url`) is a forum thread's (see [`super::page_type::is_thread_url`]).
    pub thread_address: bool,
    /// Whether one of the page's addresses is a documentation page's (see
    /// `page_type::is_documentation_url`).
    pub documentation_address: bool,
}

impl PageMetadata {
    /// Copies the fields this page has into `article`, with their sources; fields the page lacks are
    /// left as they were.
    // The HTML pipeline (`Pipeline::clean_html`) is its caller; until it lands only the tests are.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn fill(&self, article: &mut Article) {
        let sources = &mut article.sources;
        for (field, value, source) in [
            (&mut article.title, &self.title, &mut sources.title),
            (&mut article.byline, &self.byline, &mut sources.byline),
            (&mut article.date, &self.date, &mut sources.date),
            (&mut article.site, &self.site, &mut sources.site),
            (&mut article.language, &self.language, &mut sources.language),
            (&mut article.url, &self.url, &mut sources.url),
            (
                &mut article.canonical_url,
                &self.canonical_url,
                &mut sources.canonical_url,
            ),
            (
                &mut article.description,
                &self.description,
                &mut sources.description,
            ),
        ] {
            if let Some((text, from)) = value {
                *field = Some(text.clone());
                *source = Some(*from);
            }
        }
        if self.page_type != super::PageType::Unknown {
            article.page_type = self.page_type;
        }
    }
}

/// Reads the metadata of a parsed page. `page_url` is where the page was fetched from, when known: it
/// resolves a relative canonical link and can hold the date.
pub(crate) fn read_metadata(html: &Html, page_url: Option<&str>) -> PageMetadata {
    let markup = collect::collect(html);
    let json_ld = jsonld::read_json_ld(&markup.json_ld).unwrap_or_default();
    let site = read_site(&markup, &json_ld);
    let canonical_url = read_canonical(&markup, &json_ld, page_url);
    let mut site_names: Vec<String> = site.iter().map(|(s, _)| title::comparable(s)).collect();
    site_names.extend(host_name(
        page_url.or(canonical_url.as_ref().map(|(u, _)| u.as_str())),
    ));
    let date = read_date(
        &markup,
        &json_ld,
        page_url,
        canonical_url.as_ref().map(|(u, _)| u.as_str()),
    );
    let page_type = super::page_type::declared_page_type(
        &markup.json_ld,
        markup
            .metas
            .get("og:type")
            .and_then(|v| v.first())
            .map(String::as_str),
        date.is_some(),
    );
    let page_type = super::page_type::or_priced(page_type, |key| markup.metas.contains_key(key));
    let thread_address = addresses(&markup, page_url).any(super::page_type::is_thread_url);
    let documentation_address =
        addresses(&markup, page_url).any(super::page_type::is_documentation_url);
    PageMetadata {
        title: read_title(&markup, &json_ld, &site_names),
        byline: read_byline(&markup, &json_ld),
        date,
        site,
        language: read_language(&markup, &json_ld),
        url: page_url.and_then(clean::clean_value).map(|u| (u, "url")),
        canonical_url,
        description: read_description(&markup, &json_ld),
        json_ld_body: json_ld.body,
        product_description: jsonld::read_product_description(&markup.json_ld),
        page_type,
        thread_address,
        documentation_address,
    }
}

/// The caller's URL, the canonical link as written and the `og:url`s: where a page's address can be
/// read. A forum's canonical link may be relative (FluxBB writes `viewtopic.php?id=…`), and a forum
/// may give its thread a readable canonical address while `og:url` keeps the software's own
/// (`showthread.php?t=…`).
fn addresses<'a>(markup: &'a Markup, page_url: Option<&'a str>) -> impl Iterator<Item = &'a str> {
    let og_urls = markup.metas.get("og:url").into_iter().flatten();
    page_url
        .into_iter()
        .chain(markup.canonical.as_deref())
        .chain(og_urls.map(String::as_str))
}

/// The first meta value among `keys`, cleaned by `clean`, with its source name.
fn first_meta(
    markup: &Markup,
    keys: &[(&str, &'static str)],
    clean: impl Fn(&str) -> Option<String>,
) -> Option<(String, &'static str)> {
    keys.iter().find_map(|(key, source)| {
        let value = markup.metas.get(*key)?.iter().find_map(|v| clean(v))?;
        Some((value, *source))
    })
}

/// Every distinct value of the first key among `keys` that has one, joined with ", ".
fn all_metas(
    markup: &Markup,
    keys: &[(&str, &'static str)],
    clean: impl Fn(&str) -> Option<String>,
) -> Option<(String, &'static str)> {
    keys.iter().find_map(|(key, source)| {
        let mut values: Vec<String> = Vec::new();
        for value in markup.metas.get(*key)?.iter().filter_map(|v| clean(v)) {
            if !values.contains(&value) {
                values.push(value);
            }
        }
        (!values.is_empty()).then(|| (values.join(", "), *source))
    })
}

fn read_title(
    markup: &Markup,
    json_ld: &JsonLdArticle,
    site_names: &[String],
) -> Option<(String, &'static str)> {
    let mut candidates: Vec<(String, &'static str)> = Vec::new();
    candidates.extend(json_ld.headline.clone().map(|h| (h, "json-ld:headline")));
    for (key, source) in TITLE_METAS {
        candidates.extend(
            markup
                .metas
                .get(*key)
                .and_then(|v| v.first())
                .cloned()
                .map(|v| (v, *source)),
        );
    }
    candidates.extend(json_ld.name.clone().map(|h| (h, "json-ld:name")));
    let candidates: Vec<(String, &'static str)> = candidates
        .into_iter()
        .filter_map(|(text, source)| clean::clean_value(&text).map(|t| (t, source)))
        .collect();
    title::choose_title(
        &candidates,
        markup.title.as_deref(),
        &markup.h1s,
        site_names,
    )
}

fn read_byline(markup: &Markup, json_ld: &JsonLdArticle) -> Option<(String, &'static str)> {
    json_ld
        .author
        .as_deref()
        .and_then(byline::clean_byline)
        .map(|b| (b, "json-ld:author"))
        .or_else(|| all_metas(markup, BYLINE_METAS, byline::clean_byline))
        .or_else(|| {
            markup
                .bylines
                .iter()
                .find_map(|(text, source)| byline::clean_byline(text).map(|b| (b, *source)))
        })
}

fn read_date(
    markup: &Markup,
    json_ld: &JsonLdArticle,
    page_url: Option<&str>,
    canonical_url: Option<&str>,
) -> Option<(String, &'static str)> {
    let meta = |key: &str| {
        markup
            .metas
            .get(key)?
            .iter()
            .find_map(|v| dates::normalize_date(v))
    };
    json_ld
        .date_published
        .as_deref()
        .and_then(dates::normalize_date)
        .map(|d| (d, "json-ld:datePublished"))
        .or_else(|| meta("article:published_time").map(|d| (d, "article:published_time")))
        .or_else(|| {
            DATE_METAS
                .iter()
                .find_map(|key| meta(key))
                .map(|d| (d, "meta:date"))
        })
        .or_else(|| {
            let date = markup
                .itemprop_dates
                .iter()
                .find_map(|v| dates::normalize_date(v))?;
            Some((date, "itemprop=datePublished"))
        })
        .or_else(|| {
            let marked = markup.times.iter().filter(|(_, marked)| *marked);
            let date = marked
                .chain(markup.times.iter())
                .find_map(|(v, _)| dates::normalize_date(v))?;
            Some((date, "<time datetime>"))
        })
        .or_else(|| {
            let date = page_url
                .into_iter()
                .chain(canonical_url)
                .find_map(dates::date_in_url)?;
            Some((date, "url"))
        })
}

fn read_site(markup: &Markup, json_ld: &JsonLdArticle) -> Option<(String, &'static str)> {
    json_ld
        .publisher
        .clone()
        .map(|p| (p, "json-ld:publisher"))
        .or_else(|| {
            first_meta(
                markup,
                &[("og:site_name", "og:site_name")],
                clean::clean_value,
            )
        })
        .or_else(|| first_meta(markup, SITE_METAS, clean::clean_value))
        .filter(|(site, _)| !clean::is_url(site))
}

fn read_language(markup: &Markup, json_ld: &JsonLdArticle) -> Option<(String, &'static str)> {
    markup
        .html_lang
        .as_deref()
        .and_then(language::normalize_language)
        .map(|l| (l, "html[lang]"))
        .or_else(|| first_meta(markup, LANGUAGE_METAS, language::normalize_language))
        .or_else(|| {
            let lang = json_ld
                .language
                .as_deref()
                .and_then(language::normalize_language)?;
            Some((lang, "json-ld:inLanguage"))
        })
}

fn read_canonical(
    markup: &Markup,
    json_ld: &JsonLdArticle,
    page_url: Option<&str>,
) -> Option<(String, &'static str)> {
    markup
        .canonical
        .as_deref()
        .and_then(|href| resolve(href, page_url))
        .map(|u| (u, "link[rel=canonical]"))
        .or_else(|| first_meta(markup, &[("og:url", "og:url")], |u| resolve(u, page_url)))
        .or_else(|| {
            let url = resolve(json_ld.url.as_deref()?, page_url)?;
            Some((url, "json-ld:url"))
        })
}

fn read_description(markup: &Markup, json_ld: &JsonLdArticle) -> Option<(String, &'static str)> {
    first_meta(markup, DESCRIPTION_METAS, clean::clean_value).or_else(|| {
        json_ld
            .description
            .clone()
            .map(|d| (d, "json-ld:description"))
    })
}

/// The site part of a URL's host, as titles name it: `www.bbc.co.uk` gives "bbc".
fn host_name(url: Option<&str>) -> Option<String> {
    let rest = url?.split_once("://")?.1;
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .to_ascii_lowercase();
    let labels: Vec<&str> = host
        .split('.')
        .filter(|l| !l.is_empty() && *l != "www")
        .collect();
    // The label before the public suffix: the longest label that is not a two-letter country code or
    // a generic second level such as "co" or "com".
    labels
        .iter()
        .filter(|l| {
            l.len() > 3 || (l.len() == 3 && !matches!(**l, "com" | "org" | "net" | "gov" | "edu"))
        })
        .max_by_key(|l| l.len())
        .map(|l| l.to_string())
}

#[cfg(test)]
mod tests;
