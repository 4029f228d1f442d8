//! The standfirst a page prints in its header, outside the article's container, comes back as the
//! article's first paragraph when the page also gives it as its description.

use copydesk::Pipeline;

const BODY: &str = "<p>The council approved the new budget on Monday after a debate that lasted well into the night, with twelve votes to nine.</p><p>Opponents said the plan would raise taxes, while supporters argued it would fund schools, roads and a new library.</p><p>The budget takes effect in April, and the first projects are due to start in the summer.</p>";

fn page(description: &str, header: &str) -> String {
    format!(
        "<html><head><title>Budget passes</title><meta name=\"description\" content=\"{description}\"></head>\
         <body><header class=\"article-header\"><h1>Budget passes</h1><p class=\"intro\">{header}</p></header>\
         <div class=\"article-body\">{BODY}</div></body></html>"
    )
}

#[test]
fn a_standfirst_in_the_header_comes_back() {
    let lead =
        "After a long night the council passed a budget that raises spending on schools and roads.";
    let article = Pipeline::default().clean_html(&page(lead, lead)).unwrap();
    assert_eq!(article.blocks[0].text, lead);
    assert_eq!(article.body_text().matches(lead).count(), 1);
}

#[test]
fn a_description_the_page_does_not_show_stays_out() {
    let lead =
        "After a long night the council passed a budget that raises spending on schools and roads.";
    let article = Pipeline::default()
        .clean_html(&page(lead, "Short intro"))
        .unwrap();
    assert!(!article.body_text().contains(lead));
}
