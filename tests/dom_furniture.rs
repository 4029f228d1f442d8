//! HTML furniture that sits inside or beside the article container: what the DOM stage removes, and the
//! body text that must stay. Small pages of our own, in several languages.

use copydesk::Pipeline;

/// Three paragraphs of body text, so that the page has a clear article container.
fn body(paragraphs: &[&str]) -> String {
    paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect()
}

fn clean(html: &str) -> String {
    Pipeline::default().clean_html(html).unwrap().text()
}

const DE_BODY: [&str; 3] = [
    "Der Gemeinderat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen, der mehr Geld für Schulen und Straßen vorsieht.",
    "Die Opposition kritisierte, dass die Rücklagen der Stadt damit fast aufgebraucht seien, und kündigte einen eigenen Antrag an.",
    "Bürgermeisterin Anna Weber sagte, die Investitionen seien nötig, weil viele Gebäude seit Jahrzehnten nicht saniert worden seien.",
];

const EN_BODY: [&str; 3] = [
    "The council approved the new budget on Monday after a debate that lasted well into the night, with more money for schools and roads.",
    "Opposition members said the city's reserves would be almost exhausted by the plan, and announced a motion of their own for next month.",
    "Mayor Anna Weber said the investment was needed because many buildings had not been renovated for decades, and repairs could not wait.",
];

#[test]
fn author_boxes_are_removed_and_the_body_stays() {
    for class in [
        "author-bio",
        "post-author clearfix",
        "TestReport__AuthorBox",
        "entry-author author-avatar-show",
    ] {
        let html = format!(
            "<html lang=\"de\"><body><article><h1>Haushalt beschlossen</h1>{}\
             <section class=\"{class}\"><p>Jule Meier studierte Sportwissenschaften, bevor sie als Volontärin \
             nach Hamburg zog. In ihrer Freizeit findet man sie im Schwimmbad.</p></section></article></body></html>",
            body(&DE_BODY)
        );
        let text = clean(&html);
        assert!(!text.contains("Sportwissenschaften"), "{class}: {text}");
        for p in DE_BODY {
            assert!(text.contains(p), "{class}: body lost: {text}");
        }
    }
}

#[test]
fn a_body_paragraph_about_an_author_stays() {
    // Only a container named like an author box goes: prose about an author inside the body is the story.
    let mut paragraphs = EN_BODY.to_vec();
    paragraphs.push(
        "The author of the report, a former city engineer, studied the buildings for two years before writing it.",
    );
    let html = format!(
        "<html><body><div class=\"post-content\">{}</div></body></html>",
        body(&paragraphs)
    );
    let text = clean(&html);
    for p in paragraphs {
        assert!(text.contains(p), "body lost: {text}");
    }
}

#[test]
fn affiliate_and_advertising_disclaimers_are_removed() {
    for (class, note) in [
        ("aawp-disclaimer", "Bei den Verlinkungen handelt es sich um Affiliate Links."),
        ("affiliate-text", "Geld erhalten wir, wenn Sie über unsere Links einen Vertrag abschließen."),
        ("editorial-disclaimer", "The advertising disclaimer below does not apply to this article."),
    ] {
        let html = format!(
            "<html><body><article><div class=\"entry-content\">{}<p class=\"{class}\">{note}</p></div></article></body></html>",
            body(&EN_BODY)
        );
        let text = clean(&html);
        assert!(!text.contains(note), "{class}: {text}");
        for p in EN_BODY {
            assert!(text.contains(p), "{class}: body lost: {text}");
        }
    }
}
