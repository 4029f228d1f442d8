//! A page's text as Markdown, the way scrapers that write Markdown hand it over (Firecrawl, Jina
//! Reader, `html2text`): menus of links, the article with links and images inside its paragraphs,
//! a footer of links. The links read as their text, so the page reads as the same page dumped
//! plain. Every text here is made up.

use copydesk::{InlineKind, InputKind, Pipeline};

#[path = "common/footbridge.rs"]
mod footbridge;
use footbridge::FOOTER;

const MENU: [&str; 12] = [
    "Home", "News", "Local", "World", "Business", "Sport", "Weather", "Culture", "Travel", "Food",
    "Opinion", "Podcasts",
];

/// The article's paragraphs, a link in each written as `[text](target)`.
const PARAGRAPHS: [&str; 4] = [
    "The footbridge over the river at [Mill Lane](https://herald.example/tags/mill-lane) will reopen in the spring, a year after floods tore away two of its spans, the council said on Tuesday.",
    "Engineers found the piers sound once the water had gone down, and the new spans are being [built off site](https://herald.example/2024/05/spans \"The spans\") so that the crossing is closed for as few weeks as possible.",
    "The council's [transport committee](https://council.example/committees/transport) approved the contract last month after a debate about whether to raise the deck above the level of the last flood.",
    "Work on the approach paths starts next week, and the council expects to lift the spans into place in March if the river stays low enough for the [cranes](https://herald.example/cranes).",
];

fn links(entries: &[&str]) -> String {
    entries
        .iter()
        .map(|e| {
            format!(
                "* [{e}](https://herald.example/{})\n",
                e.to_lowercase().replace(' ', "-")
            )
        })
        .collect()
}

fn page() -> String {
    let [first, second, third, fourth] = PARAGRAPHS;
    format!(
        "[![Valley Herald](https://herald.example/logo.svg)](https://herald.example/)\n\n{}\n\
         # River footbridge to reopen in spring\n\n{first}\n\n\
         ![The footbridge after the flood](https://herald.example/img/bridge.jpg)\n\n\
         {second}\n\n{third}\n\n{fourth}\n\n{}",
        links(&MENU),
        links(&FOOTER),
    )
}

#[test]
fn a_markdown_page_keeps_its_article_with_the_links_read_as_their_text() {
    let article = Pipeline::default().clean_text(&page()).expect("an article");
    assert_eq!(
        article.input.as_ref().map(|r| r.kind),
        Some(InputKind::Page)
    );
    let body = article.body_text();
    for (text, target) in [
        ("at Mill Lane will reopen", "tags/mill-lane"),
        ("are being built off site so that", "2024/05/spans"),
        (
            "The council's transport committee approved",
            "committees/transport",
        ),
        ("low enough for the cranes.", "herald.example/cranes"),
    ] {
        assert!(body.contains(text), "{text}: {body}");
        assert!(!body.contains(target), "{target}: {body}");
    }
    for entry in ["Podcasts", "Sitemap", "Careers", "logo.svg", "bridge.jpg"] {
        assert!(!body.contains(entry), "{entry} kept: {body}");
    }
    // Each block read is on record as it stood.
    let read: Vec<_> = article
        .changes
        .iter()
        .filter(|c| c.normalizer == "markdown-links")
        .collect();
    assert!(read.iter().any(|c| c
        .from
        .contains("(https://council.example/committees/transport)")));
}

#[test]
fn the_targets_stay_as_the_blocks_markup_when_asked() {
    let pipeline = Pipeline::builder()
        .inline_markup(true)
        .build()
        .expect("a pipeline");
    let article = pipeline.clean_text(&page()).expect("an article");
    let block = article
        .blocks
        .iter()
        .find(|b| b.text.contains("transport committee"))
        .expect("the third paragraph");
    let link = block.inlines.first().expect("its link");
    assert_eq!(link.text, "transport committee");
    assert!(
        matches!(&link.kind, InlineKind::Link { href } if href == "https://council.example/committees/transport")
    );
    let markdown = article.to_markdown_with(copydesk::Markup::default().with_links(true));
    assert!(
        markdown.contains("[transport committee](https://council.example/committees/transport)"),
        "{markdown}"
    );
}

#[test]
fn text_in_brackets_and_code_stays_as_it_stands() {
    // Among the page's links, brackets that are no link and a link quoted in a code span.
    let aside = "The figure [sic] was revised (2019), and editors write a link as \
        `[text](https://example.com)` in the page's help, the council said on Monday evening.";
    let text = page().replacen(PARAGRAPHS[3], &format!("{}\n\n{aside}", PARAGRAPHS[3]), 1);
    let article = Pipeline::default().clean_text(&text).expect("an article");
    let body = article.body_text();
    assert!(
        body.contains("The figure [sic] was revised (2019)"),
        "{body}"
    );
    assert!(body.contains("`[text](https://example.com)`"), "{body}");
    assert!(body.contains("low enough for the cranes."), "{body}");
}

#[test]
fn a_text_with_a_few_links_in_markdown_syntax_is_read_as_it_stands() {
    // A plain text that shows the syntax (a reference list as its site printed it) is its text.
    let text = "Sources\n\n\
        The guidance on desks comes from the health service. Retrieved from [nhs.uk](https://www.nhs.uk).\n\n\
        The advice on screens comes from the eye doctors. Retrieved from [aoa.org](https://www.aoa.org).\n";
    let article = Pipeline::default().clean_text(text).expect("an article");
    assert!(article
        .body_text()
        .contains("Retrieved from [nhs.uk](https://www.nhs.uk)."));
    assert!(article
        .changes
        .iter()
        .all(|c| c.normalizer != "markdown-links"));
}
