//! Page metadata: title, byline, date, site, language, URLs, description.
//!
//! STUB: the real reader (OpenGraph, JSON-LD, meta tags, `<time>`, URL dates) lands from the metadata
//! branch; this one reads `<title>` only, so the HTML branch compiles and runs.

use crate::article::Article;
use scraper::{Html, Selector};

/// Metadata found in a page; each value with the name of the markup that gave it.
#[derive(Debug, Default, Clone)]
pub(crate) struct PageMetadata {
    pub title: Option<(String, &'static str)>,
    pub byline: Option<(String, &'static str)>,
    pub date: Option<(String, &'static str)>,
    pub site: Option<(String, &'static str)>,
    pub language: Option<(String, &'static str)>,
    pub url: Option<(String, &'static str)>,
    pub canonical_url: Option<(String, &'static str)>,
    pub description: Option<(String, &'static str)>,
    pub json_ld_body: Option<String>,
}

/// Reads the metadata of a parsed page (stub: `<title>` only).
pub(crate) fn read_metadata(html: &Html, page_url: Option<&str>) -> PageMetadata {
    let mut meta = PageMetadata::default();
    if let Ok(selector) = Selector::parse("title") {
        if let Some(title) = html.select(&selector).next() {
            let text = title.text().collect::<String>();
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                meta.title = Some((text, "<title>"));
            }
        }
    }
    meta.url = page_url.map(|u| (u.to_string(), "option"));
    meta
}

impl PageMetadata {
    /// Copies the values into the article's fields and their sources.
    pub(crate) fn fill(&self, article: &mut Article) {
        fn put(
            value: &Option<(String, &'static str)>,
            field: &mut Option<String>,
            source: &mut Option<&'static str>,
        ) {
            if let Some((v, s)) = value {
                *field = Some(v.clone());
                *source = Some(s);
            }
        }
        let s = &mut article.sources;
        put(&self.title, &mut article.title, &mut s.title);
        put(&self.byline, &mut article.byline, &mut s.byline);
        put(&self.date, &mut article.date, &mut s.date);
        put(&self.site, &mut article.site, &mut s.site);
        put(&self.language, &mut article.language, &mut s.language);
        put(&self.url, &mut article.url, &mut s.url);
        put(
            &self.canonical_url,
            &mut article.canonical_url,
            &mut s.canonical_url,
        );
        put(
            &self.description,
            &mut article.description,
            &mut s.description,
        );
    }
}
