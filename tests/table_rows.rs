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
        rows.contains(&"| Rank | State | Average Hourly Rate |"),
        "{rows:?}"
    );
    assert!(rows.contains(&"| Basic | Yes | 12/09/2025 |"), "{rows:?}");
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

/// A table of one row (a product's price grid, a calendar's month letters) beside an article's prose.
const ONE_ROW_PAGE: &str = "<html><head><title>Trail guide</title></head><body><article>\
    <h1>Trail guide</h1>\
    <p>The loop climbs through oak woods to the ridge and comes back along the creek, and it is open \
    to walkers and riders all year, though the creek crossing floods after heavy rain in spring.</p>\
    <table><tr><td>J</td><td>F</td><td>M</td><td>A</td><td>M</td><td>J</td></tr></table>\
    <p>The best months to ride it are the dry ones, when the ground is firm and the views from the \
    ridge reach the coast on a clear morning, and the car park at the foot of the trail fills early.</p>\
    </article></body></html>";

#[test]
fn a_table_row_standing_alone_is_printed_with_bars_at_its_ends() {
    let article = Pipeline::default().clean_html(ONE_ROW_PAGE).unwrap();
    assert_eq!(table_rows(&article), ["| J | F | M | A | M | J |"]);
}

#[test]
fn a_table_row_standing_alone_survives_a_second_reading() {
    // Without the bars at its ends, a lone row of short cells reads as a trail of steps.
    let article = Pipeline::default().clean_html(ONE_ROW_PAGE).unwrap();
    let again = Pipeline::default().clean_text(&article.text()).unwrap();
    assert_eq!(again.body_text(), article.body_text());
    assert_eq!(table_rows(&again), ["| J | F | M | A | M | J |"]);
}

#[test]
fn a_text_s_line_with_bars_at_its_ends_is_a_table_row_and_a_menu_line_is_not() {
    let text = "Rates\n\nThe county publishes its rates every spring, after the budget is set by the board.\n\n\
        | Merchant | Base | Promo | Shipping |\n\n\
        Home | News | Sport | Weather\n\n\
        The rates above apply to every merchant registered in the county on the first of April.\n";
    let article = Pipeline::default().clean_text(text).unwrap();
    assert_eq!(
        table_rows(&article),
        ["| Merchant | Base | Promo | Shipping |"]
    );
    assert!(article
        .removals
        .iter()
        .any(|r| r.text == "Home | News | Sport | Weather"));
}
