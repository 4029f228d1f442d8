//! The two situations of a text input told apart (session 22): a whole page whose article is long
//! beside its chrome. Every text here is made up for this test.

use copydesk::{InputKind, Pipeline};

/// A site's header: a menu of twenty short lines, one under the other, as a page's text dump has it.
const HEADER: &str = "Skip to content\nHome\nNews\nLocal\nCounty\nSchools\nSport\nFootball\nHurling\n\
    Business\nFarming\nOpinion\nLetters\nObituaries\nEvents\nWhat's on\nPhotos\nVideo\nPodcasts\nSubscribe\n";

/// A footer of two short lines: too short a stretch to count as a page's chrome.
const FOOTER: &str = "Contact\nPrivacy\n";

const PARAGRAPHS: [&str; 8] = [
    "The county council voted on Thursday to reopen the old railway line between the two market towns as a walking and cycling path.",
    "Work on the twelve-mile route is to begin in the spring, once the bridges over the river have been surveyed and the drainage repaired.",
    "Councillors from both towns backed the plan, which has been discussed for more than a decade, and said it would bring visitors all year.",
    "Landowners along the line were consulted over the summer, and most agreed to new fencing and gates where the path crosses their fields.",
    "The cost is put at four million, most of it from a national fund for rural paths, with the rest shared by the council and local businesses.",
    "A group of walkers who have campaigned for the path since the line closed said they were delighted, though they would watch the timetable closely.",
    "The council expects the first section, from the northern station to the viaduct, to open to the public by the end of next summer.",
    "Residents can see the plans at the library in either town until the end of the month, and comments may be sent to the council by post.",
];

fn article() -> String {
    let mut text = String::from("Old railway to become a path\n\n");
    for p in PARAGRAPHS {
        text.push_str(p);
        text.push_str("\n\n");
    }
    text
}

fn page() -> String {
    format!("{HEADER}\n{}{FOOTER}", article())
}

#[test]
fn a_page_header_of_many_short_lines_above_a_long_article_reads_as_a_page() {
    let pipeline = Pipeline::builder().build().unwrap();
    let out = pipeline.clean_text(&page()).unwrap();
    let reading = out.input.clone().unwrap();
    assert_eq!(reading.kind, InputKind::Page, "{}", reading.evidence);
    // The chrome goes and every paragraph of the article stays.
    for p in PARAGRAPHS {
        assert!(out.body_text().contains(p), "{p}");
    }
    for line in ["Skip to content", "Obituaries", "Podcasts", "Subscribe"] {
        assert!(!out.body_text().contains(line), "{line}");
    }
}

#[test]
fn the_same_article_without_the_header_reads_as_an_article() {
    let pipeline = Pipeline::builder().build().unwrap();
    let text = format!("{}{FOOTER}", article());
    let out = pipeline.clean_text(&text).unwrap();
    assert_eq!(out.input.as_ref().unwrap().kind, InputKind::Article);
    for p in PARAGRAPHS {
        assert!(out.body_text().contains(p), "{p}");
    }
}

#[test]
fn an_article_opening_with_a_spec_list_stays_an_article() {
    // A review whose first lines are its spec box, each line apart as an edited article has them: the
    // short lines stand in paragraphs of their own, and nothing of the article goes.
    let specs: String = (1..=16).map(|i| format!("Feature {i}: yes\n\n")).collect();
    let text = format!("{specs}{}", article());
    let pipeline = Pipeline::builder().build().unwrap();
    let out = pipeline.clean_text(&text).unwrap();
    assert_eq!(out.input.as_ref().unwrap().kind, InputKind::Article);
    assert!(out.body_text().contains("Feature 16: yes"));
    for p in PARAGRAPHS {
        assert!(out.body_text().contains(p), "{p}");
    }
}
