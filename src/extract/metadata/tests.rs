//! Each metadata field from each of its sources, and the order between sources.

use super::*;

fn meta(page: &str) -> PageMetadata {
    read_metadata(&Html::parse_document(page), None)
}

fn meta_at(page: &str, url: &str) -> PageMetadata {
    read_metadata(&Html::parse_document(page), Some(url))
}

fn pair(value: &str, source: &'static str) -> Option<(String, &'static str)> {
    Some((value.to_string(), source))
}

const JSON_LD: &str = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
    "headline":"Storm hits the coast","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
    "datePublished":"2020-01-02T03:04:05+01:00","publisher":{"@type":"Organization","name":"Daily Planet"},
    "articleBody":"The storm hit the coast on Monday.","description":"A storm.","inLanguage":"en-GB"}</script>"#;

#[test]
fn title_sources() {
    assert_eq!(
        meta(r#"<meta property="og:title" content="Storm hits">"#).title,
        pair("Storm hits", "og:title")
    );
    assert_eq!(
        meta(r#"<meta name="twitter:title" content="Storm hits">"#).title,
        pair("Storm hits", "twitter:title")
    );
    assert_eq!(
        meta(JSON_LD).title,
        pair("Storm hits the coast", "json-ld:headline")
    );
    assert_eq!(
        meta("<body><h1>Storm <i>hits</i></h1></body>").title,
        pair("Storm hits", "h1")
    );
    assert_eq!(
        meta("<title>Storm hits the coast tonight | Daily Planet</title>").title,
        pair("Storm hits the coast tonight", "<title>")
    );
    assert_eq!(
        meta(r#"<meta property="dc:title" content="Storm">"#).title,
        pair("Storm", "dc:title")
    );
}

#[test]
fn title_picked_by_agreement_and_stripped_of_the_site() {
    let page = r#"<meta property="og:title" content="You won't believe this storm">
        <meta property="og:site_name" content="Daily Planet">
        <title>You won't believe this storm - Daily Planet</title>
        <script type="application/ld+json">{"@type":"Article","headline":"Storm hits the coast"}</script>"#;
    assert_eq!(
        meta(page).title,
        pair("You won't believe this storm", "og:title")
    );
    let page = r#"<meta property="og:site_name" content="BBC News"><title>Storm hits the coast - BBC News</title>"#;
    assert_eq!(meta(page).title, pair("Storm hits the coast", "<title>"));
    // A suffix naming the site's host goes even when it is long.
    let page = "<title>Storm hits the coast | The Example Gazette Of Record</title>";
    let got = meta_at(page, "https://www.examplegazette.com/a");
    assert_eq!(got.title, pair("Storm hits the coast", "<title>"));
}

#[test]
fn byline_sources_and_cleaning() {
    assert_eq!(
        meta(JSON_LD).byline,
        pair("Jane Doe, John Roe", "json-ld:author")
    );
    assert_eq!(
        meta(r#"<meta name="author" content="By Jane Doe">"#).byline,
        pair("Jane Doe", "meta:author")
    );
    let several = r#"<meta name="author" content="Jane Doe"><meta name="author" content="John Roe"><meta name="author" content="Jane Doe">"#;
    assert_eq!(
        meta(several).byline,
        pair("Jane Doe, John Roe", "meta:author")
    );
    let dublin_core =
        r#"<meta name="author" content="Site Staff"><meta name="DC.creator" content="Jane Doe">"#;
    assert_eq!(meta(dublin_core).byline, pair("Jane Doe", "dc:creator"));
    let url_author = r#"<meta property="article:author" content="https://facebook.com/jd"><a rel="author" href="/jd">Jane Doe</a>"#;
    assert_eq!(meta(url_author).byline, pair("Jane Doe", "rel=author"));
    let itemprop =
        r#"<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span></div>"#;
    assert_eq!(meta(itemprop).byline, pair("Jane Doe", "itemprop=author"));
    let class = r#"<div class="comment-author">Troll</div><p class="byline">Von  Anna Schmidt</p>"#;
    assert_eq!(meta(class).byline, pair("Anna Schmidt", ".byline"));
    assert_eq!(meta("<p>By the sea</p>").byline, None);
}

#[test]
fn date_sources() {
    let m = |p: &str| meta(p).date;
    assert_eq!(
        m(r#"<meta property="article:published_time" content="2021-11-01T10:52:50+0100">"#),
        pair("2021-11-01T10:52:50+01:00", "article:published_time")
    );
    assert_eq!(
        m(JSON_LD),
        pair("2020-01-02T03:04:05+01:00", "json-ld:datePublished")
    );
    let both = format!(r#"<meta property="article:published_time" content="2021-11-01">{JSON_LD}"#);
    assert_eq!(
        m(&both),
        pair("2020-01-02T03:04:05+01:00", "json-ld:datePublished")
    );
    assert_eq!(
        m(r#"<meta name="DC.date.issued" content="2019-03-05">"#),
        pair("2019-03-05", "meta:date")
    );
    assert_eq!(
        m(r#"<meta name="pubdate" content="20190305">"#),
        pair("2019-03-05", "meta:date")
    );
    assert_eq!(
        m(r#"<span itemprop="datePublished" content="2019-03-05T08:00:00Z">March 5</span>"#),
        pair("2019-03-05T08:00:00Z", "itemprop=datePublished")
    );
    assert_eq!(
        m(
            r#"<time datetime="2019-01-01">Updated</time><time class="published" datetime="2018-12-31">Posted</time>"#
        ),
        pair("2018-12-31", "<time datetime>")
    );
    assert_eq!(
        m(r#"<time datetime="2019-01-01">x</time>"#),
        pair("2019-01-01", "<time datetime>")
    );
    assert_eq!(
        meta_at("<p>x</p>", "https://e.com/2019/03/05/story/").date,
        pair("2019-03-05", "url")
    );
    assert_eq!(m(r#"<meta name="date" content="soon">"#), None);
}

#[test]
fn site_sources() {
    let og = r#"<meta property="og:site_name" content="Daily Planet">"#;
    assert_eq!(meta(og).site, pair("Daily Planet", "og:site_name"));
    assert_eq!(
        meta(JSON_LD).site,
        pair("Daily Planet", "json-ld:publisher")
    );
    assert_eq!(
        meta(&format!("{og}{JSON_LD}")).site,
        pair("Daily Planet", "json-ld:publisher")
    );
    let app = r#"<meta name="application-name" content="Planet">"#;
    assert_eq!(meta(app).site, pair("Planet", "application-name"));
    let url_site = r#"<meta property="og:site_name" content="http://www.example.com">"#;
    assert_eq!(meta(url_site).site, None);
}

#[test]
fn language_sources() {
    assert_eq!(
        meta("<html lang=pt-br><p>x</p></html>").language,
        pair("pt-BR", "html[lang]")
    );
    let equiv = r#"<meta http-equiv="Content-Language" content="de-AT">"#;
    assert_eq!(meta(equiv).language, pair("de-AT", "content-language"));
    let locale = r#"<meta property="og:locale" content="en_US">"#;
    assert_eq!(meta(locale).language, pair("en-US", "og:locale"));
    assert_eq!(meta(JSON_LD).language, pair("en-GB", "json-ld:inLanguage"));
    // A junk lang attribute gives way to the next source.
    assert_eq!(
        meta(&format!("<html lang='{{{{lang}}}}'>{locale}")).language,
        pair("en-US", "og:locale")
    );
}

#[test]
fn canonical_url_description_and_body() {
    let page = r#"<link rel="canonical" href="/news/storm"><meta name="description" content=" A  storm. ">"#;
    let m = meta_at(page, "https://e.com/news/storm?utm=x");
    assert_eq!(
        m.canonical_url,
        pair("https://e.com/news/storm", "link[rel=canonical]")
    );
    assert_eq!(m.url, pair("https://e.com/news/storm?utm=x", "url"));
    assert_eq!(m.description, pair("A storm.", "meta:description"));
    let og = r#"<meta property="og:url" content="https://e.com/a"><meta property="og:description" content="Sum">"#;
    let m = meta(og);
    assert_eq!(m.canonical_url, pair("https://e.com/a", "og:url"));
    assert_eq!(m.description, pair("Sum", "og:description"));
    assert_eq!(
        meta(JSON_LD).json_ld_body.as_deref(),
        Some("The storm hit the coast on Monday.")
    );
    // Without the page's URL a relative canonical link cannot be made absolute.
    assert_eq!(
        meta(r#"<link rel="canonical" href="/a">"#).canonical_url,
        None
    );
}

#[test]
fn relative_urls_resolve() {
    let base = Some("https://e.com/dir/page.html?q=1");
    assert_eq!(
        resolve("other.html", base).as_deref(),
        Some("https://e.com/dir/other.html")
    );
    assert_eq!(
        resolve("//cdn.e.com/x", base).as_deref(),
        Some("https://cdn.e.com/x")
    );
    assert_eq!(
        resolve("/root", Some("https://e.com")).as_deref(),
        Some("https://e.com/root")
    );
    assert_eq!(
        resolve("http://x.org/", None).as_deref(),
        Some("http://x.org/")
    );
    assert_eq!(resolve("#top", base), None);
}

#[test]
fn hosts_give_site_names() {
    assert_eq!(
        host_name(Some("https://www.bbc.co.uk/news")).as_deref(),
        Some("bbc")
    );
    assert_eq!(
        host_name(Some("https://news.examplegazette.com:8080/a")).as_deref(),
        Some("examplegazette")
    );
    assert_eq!(host_name(Some("not a url")), None);
}

#[test]
fn fill_copies_values_and_sources_and_keeps_the_rest() {
    let m = meta(&format!("<html lang=fr>{JSON_LD}</html>"));
    let mut article = Article {
        byline: None,
        ..Article::default()
    };
    article.description = Some("kept?".into());
    m.fill(&mut article);
    assert_eq!(article.title.as_deref(), Some("Storm hits the coast"));
    assert_eq!(article.sources.title, Some("json-ld:headline"));
    assert_eq!(article.byline.as_deref(), Some("Jane Doe, John Roe"));
    assert_eq!(article.language.as_deref(), Some("fr"));
    assert_eq!(article.sources.language, Some("html[lang]"));
    assert_eq!(article.description.as_deref(), Some("A storm."));
    assert_eq!(article.url, None);
    assert_eq!(article.sources.url, None);
    let mut untouched = Article {
        url: Some("https://e.com".into()),
        ..Article::default()
    };
    PageMetadata::default().fill(&mut untouched);
    assert_eq!(untouched.url.as_deref(), Some("https://e.com"));
}

#[test]
fn malformed_pages_give_empty_metadata_without_panic() {
    for page in [
        "",
        "<",
        "<meta content>",
        "<script type=application/ld+json>{</script>",
        "<html lang>",
    ] {
        let m = meta(page);
        assert_eq!(
            (m.title, m.byline, m.date, m.language),
            (None, None, None, None),
            "{page}"
        );
    }
}

#[test]
fn hint_and_phrase_files_are_well_formed() {
    use unicode_normalization::UnicodeNormalization;
    for (name, data) in [
        ("byline_hints.txt", include_str!("byline_hints.txt")),
        (
            "byline_hint_exclusions.txt",
            include_str!("byline_hint_exclusions.txt"),
        ),
        ("byline_prefixes.txt", include_str!("byline_prefixes.txt")),
        (
            "byline_connectives.txt",
            include_str!("byline_connectives.txt"),
        ),
        ("byline_rejects.txt", include_str!("byline_rejects.txt")),
    ] {
        let entries: Vec<&str> = data
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        assert!(!entries.is_empty(), "{name} is empty");
        let mut seen = std::collections::HashSet::new();
        for entry in entries {
            assert!(seen.insert(entry), "{name}: {entry:?} twice");
            assert_eq!(
                entry,
                entry.to_lowercase(),
                "{name}: {entry:?} is not lower case"
            );
            assert_eq!(
                entry,
                entry.nfc().collect::<String>(),
                "{name}: {entry:?} is not NFC"
            );
        }
    }
}

#[test]
fn thread_address_from_any_of_the_page_addresses() {
    let relative = r#"<link rel="canonical" href="viewtopic.php?id=41">"#;
    assert!(meta(relative).thread_address);
    let og = r#"<link rel="canonical" href="https://example.com/help-desk/41-a-readable-title">
        <meta property="og:url" content="https://example.com/showthread.php?t=41">"#;
    assert!(meta(og).thread_address);
    assert!(meta_at("<p>x</p>", "https://example.com/threads/a-question.41/").thread_address);
    let story = r#"<link rel="canonical" href="/2024/05/a-story.html">"#;
    assert!(!meta(story).thread_address);
}
