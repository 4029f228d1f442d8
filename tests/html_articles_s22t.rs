//! Articles read from HTML pages (issue 20, session 22, helper h20t): boxes of the article's own
//! prose named like furniture (a roundup's product widgets) stay; teaser widgets inside an article
//! still go. Made-up pages only.

use copydesk::Pipeline;

/// The roundup's introduction: enough prose for the article to stand without its boxes.
const INTRO: &str = "<p>We tested twenty kettles over three months in our lab, boiling water again \
    and again, timing each one, and measuring how hot the handle and the body became.</p>\
    <p>Below are the ones we liked best, each with what it does well and where it falls short, and \
    a note on who should buy it.</p>\
    <p>Every kettle was filled to its maximum line and boiled ten times in a row, and we noted how \
    long each boil took and how loud it was at a distance of one metre.</p>\
    <p>We also checked how easy each one is to fill from the tap, whether the lid stays open on its \
    own, and whether the water window can be read when the kettle sits at the back of the \
    counter.</p>\
    <p>Prices change often, so we list the features that matter rather than what each kettle costs \
    today, and we will update this guide when new models reach the shops.</p>";

/// The reviews of the roundup, one per product.
const REVIEWS: [(&str, &str); 3] = [
    (
        "Best overall: the Acme Quiet Kettle",
        "The Acme boils a litre in under three minutes, keeps its water hot for an hour and, unlike \
         most of its rivals, shows the temperature on a small dial by the handle.",
    ),
    (
        "Best for tea: the Birch Steeper",
        "The Birch lets you choose the temperature in five steps, from green tea to a full boil, \
         and holds it for half an hour, which makes it the one to buy for several kinds of tea.",
    ),
    (
        "Best on a budget: the Cedar Basic",
        "The Cedar has no dial and no settings, but it boils as fast as kettles twice its price, \
         its lid opens wide for cleaning, and its cord winds neatly into the base.",
    ),
];

/// One review in a box named like a product widget, its text in a part named like the box.
fn review_box(class: &str, name: &str, review: &str) -> String {
    format!(
        "<div class=\"{class} {class}--big\"><div class=\"{class}__name\">{name}</div>\
         <div class=\"{class}__content\"><p>{review}</p><p>It costs a little more than most of its \
         rivals, but the dial, the quiet boil and the long warranty make up for the price.</p></div>\
         <div class=\"{class}__buy\"><a href=\"/buy\">Buy now</a></div></div>"
    )
}

fn page(boxes: &str) -> String {
    format!(
        "<html><head><title>The best kettles</title></head><body><nav><a href=\"/\">Home</a>\
         <a href=\"/kitchen\">Kitchen</a></nav><article><h1>The best kettles</h1>{INTRO}{boxes}\
         </article><footer>Copyright</footer></body></html>"
    )
}

#[test]
fn a_roundups_reviews_in_boxes_named_like_widgets_stay() {
    let boxes: String = REVIEWS
        .iter()
        .map(|(name, review)| review_box("product-widget", name, review))
        .collect();
    let article = Pipeline::default().clean_html(&page(&boxes)).unwrap();
    let body = article.text();
    for (name, review) in REVIEWS {
        assert!(body.contains(name), "{body}");
        assert!(body.contains(&review[..40]), "{body}");
    }
    assert!(body.contains("Prices change often"), "{body}");
    assert!(!body.contains("Copyright"), "{body}");
}

#[test]
fn a_pair_of_boxes_named_like_widgets_beside_more_prose_goes() {
    let boxes: String = REVIEWS[..2]
        .iter()
        .map(|(name, review)| review_box("product-widget", name, review))
        .collect();
    let article = Pipeline::default().clean_html(&page(&boxes)).unwrap();
    let body = article.text();
    assert!(!body.contains("the Birch Steeper"), "{body}");
    assert!(body.contains("We tested twenty kettles"), "{body}");
}

#[test]
fn a_pair_of_boxes_holding_most_of_the_articles_prose_stays() {
    let long = |review: &str| format!("{review} {review} {review}");
    let boxes: String = REVIEWS[..2]
        .iter()
        .map(|(name, review)| review_box("product-widget", name, &long(review)))
        .collect();
    let article = Pipeline::default().clean_html(&page(&boxes)).unwrap();
    let body = article.text();
    assert!(body.contains("the Birch Steeper"), "{body}");
    assert!(body.contains("the Acme Quiet Kettle"), "{body}");
    assert!(body.contains("We tested twenty kettles"), "{body}");
}

#[test]
fn teaser_widgets_inside_the_article_still_go() {
    let cards: String = [
        "Ten mugs we love",
        "How to descale a kettle",
        "The best toasters",
    ]
    .iter()
    .map(|title| {
        format!(
            "<div class=\"related-widget\"><a href=\"/story\">{title}</a>\
                 <p>Our pick of the season.</p></div>"
        )
    })
    .collect();
    let boxes: String = REVIEWS
        .iter()
        .map(|(name, review)| review_box("product-widget", name, review))
        .collect();
    let article = Pipeline::default()
        .clean_html(&page(&format!("{boxes}{cards}")))
        .unwrap();
    let body = article.text();
    assert!(!body.contains("How to descale a kettle"), "{body}");
    assert!(!body.contains("Our pick of the season"), "{body}");
    assert!(body.contains("the Cedar Basic"), "{body}");
}
