//! Texts of so many short lines that a block for each would pass the memory budget are read in
//! paragraphs of joined lines: the article says so, every character is accounted for exactly once,
//! the output is NFC and cleans the same again. Texts of lines of ordinary length keep their lines.

mod common;

use copydesk::Pipeline;

/// `unit` repeated to about `bytes`, after a title.
fn text(unit: &str, bytes: usize) -> String {
    format!("A dense text\n\n{}", unit.repeat(bytes / unit.len()))
}

fn joined(article: &copydesk::Article) -> bool {
    article
        .input
        .as_ref()
        .is_some_and(|r| r.evidence.contains(" were joined into paragraphs"))
}

/// Shapes of short lines: letters, a menu's entries, paragraphs of a word, Windows line ends,
/// ad labels (cruft on their own line), a decomposed accent, lines parted by vertical spaces.
const SHAPES: [&str; 7] = [
    "ab\n",
    "Home page\n",
    "Word\n\n",
    "x\r\n",
    "Advertisement\n",
    "e\u{301}\n",
    "one\u{2028}two\n",
];

#[test]
fn a_text_of_short_lines_is_read_in_paragraphs_and_says_so() {
    let input = text("ab\n", 3 << 20);
    let article = Pipeline::default().clean_text(&input).expect("an article");
    assert!(joined(&article), "{:?}", article.input);
    let reading = article.input.as_ref().expect("a reading");
    // The reading of the text as an article or a page is still made and given after.
    assert!(matches!(reading.decided_by, "detected"), "{reading:?}");
    let lines = input.lines().count();
    assert!(
        article.blocks.len() < lines / 50,
        "{}",
        article.blocks.len()
    );
    assert!(article.blocks.iter().all(|b| b.span.is_some()));
}

#[test]
fn ordinary_texts_keep_their_lines() {
    // A long text of paragraphs and a page's short lines, two megabytes: each line a block still.
    let paragraph =
        "The council met on Monday to discuss the bridge, which has been closed for repairs.\n\n";
    let menu = "Home\nNews\nSport\nWeather\n\n";
    let unit = format!("{}{menu}", paragraph.repeat(5));
    let input = text(&unit, 2 << 20);
    let article = Pipeline::default().clean_text(&input).expect("an article");
    assert!(!joined(&article), "{:?}", article.input);
    // Half as large again, the menu's lines are joined, and only they.
    let input = text(&unit, 4 << 20);
    let article = Pipeline::default().clean_text(&input).expect("an article");
    assert!(joined(&article), "{:?}", article.input);
    assert!(article.blocks.iter().all(
        |b| b.text.starts_with("The council") || b.text.starts_with("Home News Sport Weather")
    ));
    // A small text of short lines fits the budget's floor.
    let small = text("ab\n", 32 << 10);
    let article = Pipeline::default().clean_text(&small).expect("an article");
    assert!(!joined(&article));
}

#[test]
fn dense_texts_lose_nothing_and_clean_the_same_again() {
    let pipeline = Pipeline::default();
    for unit in SHAPES {
        let input = text(unit, 2 << 20);
        let article = pipeline.clean_text(&input).expect("an article");
        assert!(joined(&article), "{unit:?}");
        let off = common::unaccounted(&input, &article);
        assert!(off.is_empty(), "{unit:?}: {off:?}");
        assert_eq!(common::output_problem(&article), None, "{unit:?}");
        assert_eq!(common::second_clean_problem(&article), None, "{unit:?}");
    }
}
