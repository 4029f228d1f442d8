//! A data table's rows belong to the table: the text cleaners do not judge them as lines. Cells
//! joined by bars read like a breadcrumb's steps, a "Credit" column like a photo credit, a date
//! cell like a timestamp's label; the DOM stage keeps or leaves out the table as a whole.

mod common;

use common::table_rows;
use copydesk::Pipeline;

const PAGE: &str = "<html><head><title>Where hourly pay is highest</title></head><body><article>\
    <h1>Where hourly pay is highest</h1>\
    <p>Pay for the same work differs a great deal from one state to the next, and the gap has grown \
    over the last five years as living costs rose faster in some places than in others.</p>\
    <table><tr><th>Rank</th><th>State</th><th>Average Hourly Rate</th></tr>\
    <tr><td>1</td><td>Alaska</td><td>$14.55</td></tr>\
    <tr><td>2</td><td>Oregon</td><td>$13.90</td></tr>\
    <tr><td>3</td><td>Nevada</td><td>$13.20</td></tr></table>\
    <p>The figures come from the state labour offices and were gathered over the spring, before the \
    new minimum wages took effect in most of the states on the list.</p>\
    <table><tr><th>Card</th><th>Credit Reporting</th><th>Updated</th></tr>\
    <tr><td>Basic</td><td>Yes</td><td>12/09/2025</td></tr>\
    <tr><td>Plus</td><td>No</td><td>11/22/2025</td></tr></table>\
    <p>Both tables are updated every month, and the next update is due at the start of January, when \
    the winter figures come in from every state that reports them.</p>\
    </article></body></html>";

#[test]
fn every_row_of_a_data_table_in_the_article_is_kept() {
    let article = Pipeline::default().clean_html(PAGE).unwrap();
    let rows = table_rows(&article);
    assert_eq!(rows.len(), 7, "{rows:?}\n{:?}", article.removals);
    assert!(
        rows.contains(&"Rank | State | Average Hourly Rate"),
        "{rows:?}"
    );
    assert!(rows.contains(&"Basic | Yes | 12/09/2025"), "{rows:?}");
    assert!(article.removals.iter().all(|r| !r.text.contains(" | ")));
}

#[test]
fn the_same_lines_as_text_are_still_judged() {
    // In text there are no table rows: a line of short steps before the headline is a trail.
    let text = "News\n\nHome / Pay / States\n\nWhere hourly pay is highest\n\n\
        Pay for the same work differs a great deal from one state to the next, and the gap has grown.\n";
    let article = Pipeline::default().clean_text(text).unwrap();
    let trail = article.removals.iter().find(|r| r.stage == "breadcrumb");
    assert_eq!(trail.map(|r| r.text.as_str()), Some("Home / Pay / States"));
}

#[test]
fn a_table_in_an_article_s_text_read_again_keeps_its_rows() {
    let article = Pipeline::default().clean_html(PAGE).unwrap();
    let again = Pipeline::default().clean_text(&article.text()).unwrap();
    assert_eq!(again.body_text(), article.body_text());
    assert_eq!(table_rows(&again).len(), 7, "{:?}", again.blocks);
}
