//! Service and landing pages read from HTML (issue 20, session 22): the sections such a page keeps.
//! Made-up pages only.

use copydesk::Pipeline;

const INTRO: &str = "Our tuners visit homes, schools and concert halls across the county, and every \
    visit includes a check of the action, the pedals and the keys, with a written report for the owner.";
const MORE: &str =
    "Older instruments often need more than a tuning: we regulate the action, replace \
    worn hammers and strings, and bring a piano that has stood in a cold room back to pitch over \
    several visits, so that it holds its tuning through the seasons.";
const REPAIR: &str = "When a key sticks or a string breaks, our workshop repairs it within the week, \
    collects the instrument from your home if the work cannot be done on site, and returns it tuned, \
    cleaned and insured for the journey, at a price agreed before any work begins.";

/// A service page built by a page builder: every heading sits in two indented wrappers, and the
/// last section is styled as a banner (`heading` is the repair section's heading line as marked up).
fn service_page(heading: &str) -> String {
    format!(
        r#"<html><head><title>Piano tuning and repair</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Service",
 "name": "Piano tuning and repair"}}</script></head><body>
<div class="grid"><div class="column">
  <div class="text"><p>{INTRO}</p></div>
  <div class="text"><p>{MORE}</p></div>
  <div class="section offer-banner">
    <div class="offer-inner">
      {heading}
      <div class="text"><p>{REPAIR}</p></div>
    </div>
  </div>
</div></div></body></html>"#
    )
}

/// The heading line of a page builder: the heading in two wrappers, indented on lines of its own.
const WRAPPED_HEADING: &str = "<div class=\"title-v2\">\n        <div class=\"title\">\n          \
    <h3>\n            Repairs\n          </h3>\n        </div>\n      </div>";

#[test]
fn a_heading_in_indented_wrappers_stays_with_its_section() {
    // Counted with the blank lines of its indentation, the heading's wrapper was "too little text".
    let article = Pipeline::default()
        .clean_html(&service_page(WRAPPED_HEADING))
        .unwrap();
    let body = article.text();
    assert!(body.contains("Repairs"), "{body}");
    assert!(
        body.contains("our workshop repairs it within the week"),
        "{body}"
    );
    assert!(body.contains("Our tuners visit homes"), "{body}");
}

#[test]
fn the_same_section_without_indentation_is_kept_as_before() {
    let flat = "<div class=\"title-v2\"><div class=\"title\"><h3>Repairs</h3></div></div>";
    let article = Pipeline::default().clean_html(&service_page(flat)).unwrap();
    let body = article.text();
    assert!(body.contains("Repairs"), "{body}");
    assert!(
        body.contains("our workshop repairs it within the week"),
        "{body}"
    );
}

#[test]
fn a_short_line_beside_a_heading_is_still_too_little_text() {
    // A box holding a short heading and a few words of its own beside it is a label, not a section
    // title: the share of heading text is taken of all the text that is not blank.
    let label = "<div class=\"meta-line\">\n  <h4>\n    Tags\n  </h4>\n  <span>a b c d e f g</span>\n</div>";
    let page = service_page(WRAPPED_HEADING).replace(
        "<div class=\"text\"><p>Older",
        &format!("{label}<div class=\"text\"><p>Older"),
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    let body = article.text();
    assert!(!body.contains("Tags"), "{body}");
    assert!(body.contains("regulate the action"), "{body}");
}

/// A landing page whose "areas we serve" section links the towns it names in its paragraphs, and
/// a grid of staff cards whose names are links.
fn areas_page(article: bool) -> String {
    let kind = if article { "Article" } else { "Service" };
    let town = |t: &str| {
        format!(
            "<a href=\"/areas/{}\">{t} and district</a>",
            t.to_lowercase()
        )
    };
    let areas = format!(
        "<div class=\"areas\"><h2>Areas we serve</h2>\
         <p>Our tuners work across the valley every week, from {} and {} in the north to {} and {} \
         in the south, and they visit the schools of {} twice a year before the concert season.</p>\
         <p>We keep a workshop in {} for repairs that cannot be done in your home, and our van \
         collects and returns instruments anywhere within an hour's drive of {} at no extra cost.</p></div>",
        town("Ashford"),
        town("Brampton"),
        town("Carlow"),
        town("Dunmore"),
        town("Eastwick"),
        town("Fairview"),
        town("Fairview")
    );
    let card = |n: &str| {
        format!(
            "<div class=\"card\"><p><a href=\"/staff/{n}\">{n} Tunerson</a></p><p>Tuner</p></div>"
        )
    };
    let staff = format!(
        "<div class=\"staff\">{}{}{}{}</div>",
        card("Ann"),
        card("Bob"),
        card("Cat"),
        card("Dan")
    );
    format!(
        r#"<html><head><title>Piano tuning and repair</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "{kind}",
 "name": "Piano tuning and repair"}}</script></head><body><main>
<div class="content"><p>{INTRO}</p><p>{MORE}</p><p>{REPAIR}</p>{areas}{staff}</div>
</main></body></html>"#
    )
}

#[test]
fn a_section_of_prose_that_links_its_towns_stays_on_a_service_page() {
    let article = Pipeline::default().clean_html(&areas_page(false)).unwrap();
    let body = article.text();
    assert!(body.contains("Our tuners work across the valley"), "{body}");
    assert!(body.contains("our van collects and returns"), "{body}");
    assert!(body.contains("Our tuners visit homes"), "{body}");
    // The staff cards' short lines are still a list of links.
    assert!(!body.contains("Ann Tunerson"), "{body}");
}

#[test]
fn on_a_declared_article_the_linked_section_stays_and_the_staff_cards_go() {
    // Session 34: paragraphs of sentences that link their key words are prose on every page type.
    let article = Pipeline::default().clean_html(&areas_page(true)).unwrap();
    let body = article.text();
    assert!(body.contains("Our tuners visit homes"), "{body}");
    assert!(body.contains("Our tuners work across the valley"), "{body}");
    assert!(body.contains("our van collects and returns"), "{body}");
    // The staff cards' short lines are still a list of links.
    assert!(!body.contains("Ann Tunerson"), "{body}");
}

/// A declared article (made up) whose section names two other stories of the site by their linked
/// titles inside sentences, followed by a box of teasers: a title link and a few words each.
const LINKED_TITLES_ARTICLE: &str = r#"<html><head><title>Choosing a bread flour</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Choosing a bread flour", "datePublished": "2024-03-02"}</script></head>
<body><article>
<h1>Choosing a bread flour</h1>
<p>Strong white flour holds more protein than plain flour, and the gluten it forms traps the gas of a slow rise, which is why most home bakers start with it for a tin loaf or a rustic round.</p>
<p>Wholemeal flour keeps the bran and the germ, so it drinks more water and gives a denser crumb; many bakers mix a third of it into white flour for flavour without losing the rise of the dough.</p>
<div class="section"><p>Rye behaves differently again: it forms little gluten, so a rye dough is a paste rather than a stretchy ball, and it needs an acid starter to set. For the method we use at home, see <a href="/rye-starter">How to keep a rye starter alive through a long winter</a> and <a href="/rye-loaf">A dense rye loaf for beginners, step by step</a>.</p>
<p>Spelt sits between the two: its gluten is fragile, so it wants a shorter knead and a gentler shaping than wheat, and it rewards a cooler kitchen. Our notes on that are in <a href="/spelt">Baking with spelt when the kitchen is warm</a>.</p></div>
<p>Whatever the flour, weigh it rather than measure it by the cup, and keep it in a closed tin away from the heat of the oven, where it stays fresh for several months.</p>
<div class="more"><p><a href="/a">Ten loaves to bake this spring</a> From tin to round.</p><p><a href="/b">The best bread tins, tested</a> Six tins we liked.</p><p><a href="/c">Why your crust goes soft overnight</a> And how to stop it.</p></div>
</article></body></html>"#;

#[test]
fn an_article_paragraph_that_names_other_stories_by_linked_titles_stays() {
    let article = Pipeline::default()
        .clean_html(LINKED_TITLES_ARTICLE)
        .unwrap();
    let body = article.text();
    assert!(body.contains("Rye behaves differently again"), "{body}");
    assert!(
        body.contains("Our notes on that are in Baking with spelt"),
        "{body}"
    );
    assert!(body.contains("Whatever the flour, weigh it"), "{body}");
}

#[test]
fn an_article_box_of_teasers_still_goes_as_mostly_links() {
    let article = Pipeline::default()
        .clean_html(LINKED_TITLES_ARTICLE)
        .unwrap();
    let body = article.text();
    assert!(!body.contains("Ten loaves to bake this spring"), "{body}");
    assert!(!body.contains("Six tins we liked"), "{body}");
}
