//! Whole-page text dumped with a blank line after every line (as `get_text("\n\n")` or a join of a
//! page's text nodes gives it): every short line stands apart, as an edited article's do, yet the
//! page's menu stands above the article and its footer below. Every text here is made up.

use copydesk::{InputKind, Pipeline};

#[path = "common/footbridge.rs"]
mod footbridge;
use footbridge::{FOOTER, HEADLINE, PARAGRAPHS};

/// A site's header menu, one entry a line: two dozen entries of one to three words.
const MENU: [&str; 24] = [
    "Skip to content",
    "Home",
    "News",
    "Local",
    "World",
    "Business",
    "Markets",
    "Sport",
    "Football",
    "Cricket",
    "Weather",
    "Culture",
    "Film",
    "Music",
    "Books",
    "Travel",
    "Food",
    "Opinion",
    "Letters",
    "Podcasts",
    "Newsletters",
    "Subscribe",
    "Log in",
    "Search",
];

/// Each line of `lines` followed by a blank line.
fn apart(lines: &[&str]) -> String {
    lines.iter().map(|line| format!("{line}\n\n")).collect()
}

fn dumped_page() -> String {
    format!(
        "{}{HEADLINE}\n\n{}{}",
        apart(&MENU),
        apart(&PARAGRAPHS),
        apart(&FOOTER)
    )
}

#[test]
fn a_page_dumped_with_every_line_apart_is_read_as_a_page_and_loses_its_menus() {
    let article = Pipeline::default().clean_text(&dumped_page()).unwrap();
    let reading = article.input.as_ref().expect("the reading is on record");
    assert_eq!(reading.kind, InputKind::Page, "{}", reading.evidence);
    let body: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, PARAGRAPHS, "the article's paragraphs, and only them");
    for line in MENU.iter().chain(&FOOTER) {
        assert!(
            article.removals.iter().any(|r| r.text == *line),
            "{line:?} is removed with a record"
        );
    }
}

#[test]
fn an_article_text_whose_lines_all_stand_apart_stays_an_article() {
    // The seeds' situation: an article's own text, a headline, a byline and a label above the prose.
    let text = format!(
        "{HEADLINE}\n\nBy Ann Example\n\nLocal news\n\n{}",
        apart(&PARAGRAPHS)
    );
    let article = Pipeline::default().clean_text(&text).unwrap();
    assert_eq!(article.input.as_ref().unwrap().kind, InputKind::Article);
    assert!(article.blocks.len() >= PARAGRAPHS.len());
}

/// Twenty-five titles of several words each, not a menu's entries of one to three.
fn episode_titles() -> Vec<String> {
    (1..=25)
        .map(|i| format!("Episode {i} with garden guests"))
        .collect()
}

/// The titles, the paragraphs twice, and `footer` below them, every line apart: a listing's own
/// text cleaned again, or a page's.
fn titles_above_prose(titles: &[String], footer: &[&str]) -> copydesk::Article {
    let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    let text = format!(
        "{}{}{}{}",
        apart(&titles),
        apart(&PARAGRAPHS),
        apart(&PARAGRAPHS),
        apart(footer)
    );
    Pipeline::default().clean_text(&text).unwrap()
}

#[test]
fn a_list_of_titles_above_the_prose_stays_an_article() {
    // A listing's own text (copydesk's output of a listing page, cleaned again), though the prose is
    // most of the text, with a closing line or two that name a stock page ("About us", "Contact").
    let titles = episode_titles();
    let article = titles_above_prose(&titles, &FOOTER[..2]);
    let reading = article.input.as_ref().unwrap();
    assert_eq!(reading.kind, InputKind::Article, "{}", reading.evidence);
    let text = article.text();
    assert!(titles.iter().all(|t| text.contains(t)), "every title stays");
}

#[test]
fn a_page_footer_of_stock_links_makes_a_page_of_any_shape() {
    // The same titles above the prose, but a site's whole footer below it (its about, contact,
    // careers, privacy and terms pages): no edited text carries that, a page's text does.
    let article = titles_above_prose(&episode_titles(), &FOOTER);
    let reading = article.input.as_ref().unwrap();
    assert_eq!(reading.kind, InputKind::Page, "{}", reading.evidence);
    assert!(
        reading.evidence.contains("8 different footer marks"),
        "{}",
        reading.evidence
    );
    let text = article.text();
    assert!(
        PARAGRAPHS.iter().all(|p| text.contains(p)),
        "the prose stays"
    );
    for line in FOOTER {
        assert!(!text.contains(line), "{line:?} goes");
    }
}

#[test]
fn a_menu_above_a_text_that_is_mostly_short_lines_stays_an_article() {
    // The same menu and footer around a text whose prose holds less than half of its words: a
    // listing's or a shop's text, where cutting to the prose would cut the items.
    let items: Vec<String> = (1..=60).map(|i| format!("Seed packet {i}")).collect();
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    let text = format!(
        "{}{}{}{}",
        apart(&MENU),
        apart(&items),
        apart(&PARAGRAPHS[..1]),
        apart(&FOOTER)
    );
    let article = Pipeline::default().clean_text(&text).unwrap();
    let reading = article.input.as_ref().unwrap();
    assert_eq!(reading.kind, InputKind::Article, "{}", reading.evidence);
}

#[test]
fn a_german_page_is_read_as_a_page_by_its_footer() {
    // A local paper's page in German, every line apart, with a short menu (fewer lines than a
    // header alone needs) and its footer's imprint, privacy, terms and contact links.
    let menu = [
        "Startseite",
        "Lokales",
        "Sport",
        "Kultur",
        "Wetter",
        "Anmelden",
    ];
    let paragraphs = [
        "Die Fußgängerbrücke über den Fluss an der Mühlenstraße wird im Frühjahr wieder geöffnet, ein Jahr nachdem das Hochwasser zwei ihrer Felder fortgerissen hat, teilte die Stadt am Dienstag mit.",
        "Die Ingenieure fanden die Pfeiler unbeschädigt, als das Wasser zurückgegangen war, und die neuen Felder werden andernorts gebaut, damit der Übergang nur wenige Wochen gesperrt bleibt.",
        "Fußgänger und Radfahrer müssen bis dahin die Straßenbrücke eine Meile flussabwärts nehmen, wo der Gehweg schmal und der Verkehr schnell ist; Eltern der Grundschule hatten einen Schülerlotsen gefordert.",
        "Der Verkehrsausschuss hat den Auftrag im vergangenen Monat vergeben, nach einer Debatte darüber, ob die Brücke über den Stand des letzten Hochwassers angehoben werden soll, was die Kosten erhöht.",
    ];
    let footer = ["Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten"];
    let text = format!(
        "{}Brücke öffnet im Frühjahr\n\n{}{}",
        apart(&menu),
        apart(&paragraphs),
        apart(&footer)
    );
    let article = Pipeline::default().clean_text(&text).unwrap();
    let reading = article.input.as_ref().unwrap();
    assert_eq!(reading.kind, InputKind::Page, "{}", reading.evidence);
    let body: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, paragraphs, "the article's paragraphs, and only them");
    // Without the footer the same text is an article's own: nothing of it is cut.
    let without_footer = format!(
        "{}Brücke öffnet im Frühjahr\n\n{}",
        apart(&menu),
        apart(&paragraphs)
    );
    let article = Pipeline::default().clean_text(&without_footer).unwrap();
    assert_eq!(article.input.as_ref().unwrap().kind, InputKind::Article);
}

/// Three more paragraphs of the footbridge story: with [`PARAGRAPHS`], an article of some 300 words.
const MORE_PARAGRAPHS: [&str; 3] = [
    "The river trust, which owns the towpath on the far bank, has agreed to close it for two days while the spans are lifted, and will put up signs at both ends a fortnight before.",
    "Residents on Mill Lane asked at a meeting in January whether lorries would use their street; the contractor said deliveries would come by the industrial estate road instead.",
    "A plaque recording the flood level will be fixed to the new parapet, the council said, at the suggestion of the history society, which has photographs of the old crossing going back a century.",
];

/// Thirty teasers of other stories: short lines, six to eight words each, no sentence among them.
fn teasers() -> Vec<String> {
    (1..=30)
        .map(|i| format!("Story {i} from the valley this week"))
        .collect()
}

/// A story's page exported a block per line: a short menu, the headline and `paragraphs`, then
/// `below` (share buttons and prompts, or none) and thirty teasers of other stories.
fn exported_page(paragraphs: &[&str], below: &[&str]) -> copydesk::Article {
    let menu = ["Menu", "Search", "Home", "Local", "Sport"];
    let teasers = teasers();
    let teasers: Vec<&str> = teasers.iter().map(String::as_str).collect();
    let text = format!(
        "{}{HEADLINE}\n\n{}{}{}",
        apart(&menu),
        apart(paragraphs),
        apart(below),
        apart(&teasers)
    );
    Pipeline::default().clean_text(&text).unwrap()
}

/// A page's stock lines below its story: share buttons and the newsletter and comment prompts.
const STOCK_LINES: [&str; 4] = [
    "Share on Facebook",
    "Share on X",
    "Sign up for our newsletter",
    "Leave a comment",
];

#[test]
fn a_page_exported_a_block_per_line_is_read_as_a_page_by_its_stock_lines() {
    // Its menu is too short for a page's header and it has no footer: what tells it from an
    // edited text is that it is led by chrome (the teasers) carrying a page's stock lines.
    let story: Vec<&str> = PARAGRAPHS.iter().chain(&MORE_PARAGRAPHS).copied().collect();
    let article = exported_page(&story, &STOCK_LINES);
    let reading = article.input.as_ref().unwrap();
    assert_eq!(reading.kind, InputKind::Page, "{}", reading.evidence);
    let body: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    let headed: Vec<&str> = [HEADLINE].iter().chain(&story).copied().collect();
    assert_eq!(
        body, headed,
        "the story's headline and paragraphs, and only them"
    );
    // The same text without its stock lines is an edited text's shape: nothing is cut by position.
    let edited = exported_page(&story, &[]);
    let reading = edited.input.as_ref().unwrap();
    assert_eq!(reading.kind, InputKind::Article, "{}", reading.evidence);
    let text = edited.text();
    assert!(teasers().iter().all(|t| text.contains(t.as_str())));
}

#[test]
fn a_post_made_of_lists_with_stock_lines_below_stays_an_article() {
    // Five short paragraphs and a long list, every line apart, with share buttons below: the prose is no
    // article of its own to cut the list from, so nothing is cut for standing outside it (the
    // cleaners still take the stock lines, and the box-remnant cleaner a list line or two beside
    // them).
    let article = exported_page(&PARAGRAPHS, &STOCK_LINES);
    let reading = article.input.as_ref().unwrap();
    assert_eq!(reading.kind, InputKind::Article, "{}", reading.evidence);
    let cut: Vec<&str> = article
        .removals
        .iter()
        .filter(|r| r.stage == "body-locator")
        .map(|r| r.text.as_str())
        .collect();
    assert!(cut.is_empty(), "{cut:?}");
    let text = article.text();
    assert!(PARAGRAPHS.iter().all(|p| text.contains(p)));
    assert!(teasers()[5..].iter().all(|t| text.contains(t.as_str())));
}
