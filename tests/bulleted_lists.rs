//! Whole-page text from tools that mark every list entry with a bullet (`inscriptis`, `resiliparse`,
//! `html2text` and other Markdown writers, `lynx -dump`): the site's menus and lists of other stories
//! come out bulleted, and indented by their nesting (four spaces and more, which is no code block
//! there), as an article's own lists do. Such a page must read as the same page dumped with bare
//! lines. Every text here is made up.

use copydesk::{InputKind, Pipeline};

#[path = "common/footbridge.rs"]
mod footbridge;
use footbridge::{FOOTER, HEADLINE, PARAGRAPHS};

const MENU: [&str; 14] = [
    "Home",
    "News",
    "Local",
    "World",
    "Business",
    "Sport",
    "Weather",
    "Culture",
    "Travel",
    "Food",
    "Opinion",
    "Podcasts",
    "Subscribe",
    "Log in",
];

const OTHER_STORIES: [&str; 8] = [
    "Mayor backs the new tram line plan",
    "Storm leaves thousands without power overnight",
    "Harbour swimming pool opens its doors again",
    "School meals to be free from the autumn",
    "Police name the man found in the river",
    "Rail strike called off after late talks",
    "Market traders win their fight over rents",
    "New bus station will open in the spring",
];

/// The article's own list, between its second and third paragraphs.
const WORKS: [&str; 3] = [
    "New spans built off site",
    "Approach paths resurfaced and lit",
    "Deck raised above the last flood",
];

/// Lines marked with `bullet` (a tool's list marker, with its indentation), one a line.
fn list(bullet: &str, entries: &[&str]) -> String {
    entries.iter().map(|e| format!("{bullet}{e}\n")).collect()
}

/// The page as a tool prints it: every list marked with `menu_bullet`, the article's own with
/// `article_bullet`.
fn page(menu_bullet: &str, article_bullet: &str) -> String {
    let [first, second, third, fourth, fifth] = PARAGRAPHS;
    format!(
        "Mill Lane footbridge to reopen | Valley Herald\n\n{}\n{}\n{HEADLINE}\n\n{first}\n\n{second}\n\n{}\n{third}\n\n{fourth}\n\n{fifth}\n\n{}",
        list(menu_bullet, &MENU),
        list(menu_bullet, &OTHER_STORIES),
        list(article_bullet, &WORKS),
        list(menu_bullet, &FOOTER),
    )
}

fn body(text: &str) -> String {
    let article = Pipeline::default().clean_text(text).expect("an article");
    assert_eq!(
        article.input.as_ref().map(|r| r.kind),
        Some(InputKind::Page),
        "{:?}",
        article.input
    );
    article.body_text()
}

#[test]
fn a_page_whose_tool_bullets_every_list_keeps_the_article_and_its_list_only() {
    // The bare dump ("") is the baseline: a tool's bullets must not change what is kept.
    for bullet in ["", "* ", "  * ", "- ", "+ ", "    • ", "      + "] {
        let body = body(&page(bullet, bullet));
        for paragraph in PARAGRAPHS {
            assert!(body.contains(paragraph), "{bullet:?}: {body}");
        }
        for entry in WORKS {
            assert!(body.contains(entry), "{bullet:?}: {entry} lost: {body}");
        }
        for story in OTHER_STORIES.iter().take(4) {
            assert!(!body.contains(story), "{bullet:?}: {story} kept: {body}");
        }
        for entry in ["Podcasts", "Subscribe", "Sitemap", "Careers"] {
            assert!(!body.contains(entry), "{bullet:?}: {entry} kept: {body}");
        }
    }
}
