//! A whole page's text that the situation detector reads as an article (its short lines all stand
//! apart, its article is short beside its chrome) loses its header: the menu above the first prose.
//! Every text here is made up.

use copydesk::{InputKind, Pipeline, PAGE_HEADER};

const MENU: [&str; 14] = [
    "Skip to content",
    "Home",
    "Shop",
    "Gift cards",
    "Our story",
    "Journal",
    "Stockists",
    "Wholesale",
    "Help",
    "Returns",
    "Account",
    "Log in",
    "Search",
    "Basket",
];

const PARA: &str =
    "Our workshop in the valley has made oak furniture by hand since the spring of 1987, \
    and every table still leaves it finished with linseed oil.";

/// Each entry followed by a blank line.
fn lines(entries: &[&str]) -> String {
    entries.iter().map(|e| format!("{e}\n\n")).collect()
}

/// A shop's page: its menu, a headline, two paragraphs, then three columns of links (a sidebar, a
/// list of collections and a footer of the shop's own lines, no stock footer link among them)
/// between and after more paragraphs.
fn page() -> String {
    page_with_footer(&[
        "Valley Oak",
        "Mill Lane",
        "Open daily",
        "Since 1987",
        "Sale",
    ])
}

fn page_with_footer(footer: &[&str]) -> String {
    let column = lines(&["Tables", "Chairs", "Benches", "Shelves", "Sale"]);
    let footer = lines(footer);
    format!(
        "Oak tables | Valley Oak\n\n{}Oak tables\n\nMade to order\n\n{PARA}\n\n{PARA}\n\n{column}\
         {PARA}\n\n{column}{PARA}\n\n{footer}",
        lines(&MENU)
    )
}

#[test]
fn with_a_footer_of_stock_links_the_page_is_read_as_one_and_loses_its_menu_to_the_locator() {
    // The same page with its footer's about, contact, careers, privacy and terms links: read as a
    // page (see the situation's footer marks), and the locator takes the menu.
    let article = Pipeline::default()
        .clean_text(&page_with_footer(&[
            "About us", "Contact", "Careers", "Privacy", "Terms",
        ]))
        .unwrap();
    let reading = article.input.as_ref().unwrap();
    assert_eq!(reading.kind, InputKind::Page, "{}", reading.evidence);
    let text = article.text();
    assert!(text.lines().all(|line| !MENU.contains(&line)), "{text}");
    assert_eq!(text.matches("finished with linseed oil.").count(), 4);
}

#[test]
fn the_menu_above_the_first_prose_goes_and_the_article_stays() {
    let article = Pipeline::default().clean_text(&page()).unwrap();
    let taken: Vec<&str> = article
        .removals
        .iter()
        .filter(|r| r.stage == PAGE_HEADER)
        .map(|r| r.text.as_str())
        .collect();
    // Other cleaners take a few entries first ("Skip to content", "Log in"); the header takes the rest.
    assert!(
        taken.len() >= 10 && taken.iter().all(|t| MENU.contains(t)),
        "{taken:?}"
    );
    assert!(article.text().lines().all(|line| !MENU.contains(&line)));
    assert_eq!(article.title.as_deref(), Some("Oak tables | Valley Oak"));
    let text = article.text();
    assert!(
        text.contains("Oak tables\n\nMade to order\n\nOur workshop"),
        "{text}"
    );
    assert_eq!(text.matches("finished with linseed oil.").count(), 4);
    assert_eq!(article.input.unwrap().kind, InputKind::Article);
}

#[test]
fn a_text_the_caller_calls_an_article_keeps_its_opening_lines() {
    let article = Pipeline::builder()
        .input_kind(InputKind::Article)
        .build()
        .unwrap()
        .clean_text(&page())
        .unwrap();
    assert!(article.removals.iter().all(|r| r.stage != PAGE_HEADER));
    assert!(article.text().contains("Gift cards"));
}

#[test]
fn the_output_cleaned_again_is_the_same() {
    let pipeline = Pipeline::default();
    let once = pipeline.clean_text(&page()).unwrap();
    let twice = pipeline.clean_text(&once.text()).unwrap();
    assert_eq!(twice.text(), once.text());
}
