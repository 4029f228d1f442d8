//! Articles read from HTML (issue 20, session 35): a form for the reader to fill in inside the
//! body goes with its prompts and fine print. Made-up pages only.

use copydesk::Pipeline;

const FIRST: &str = "The river rose two metres overnight after a week of rain on the hills, and \
    by morning the lower road through the village stood under water for the first time in a decade.";
const SECOND: &str = "Volunteers filled sandbags at the church hall until late, while the council \
    opened the school gym for families from the houses nearest the bank, most of whom stayed with \
    relatives instead.";
const THIRD: &str = "Engineers expect the water to fall slowly over the weekend, and the council \
    has asked drivers to keep off the lower road until its surface has been checked for damage.";

/// A declared news article holding `middle` between its second and third paragraphs.
fn article(middle: &str) -> String {
    format!(
        r#"<html><head><title>River floods the lower road</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "River floods the lower road", "datePublished": "2025-02-03"}}</script></head>
<body><article><h1>River floods the lower road</h1>
<p>{FIRST}</p>
<p>{SECOND}</p>
{middle}
<p>{THIRD}</p>
</article></body></html>"#
    )
}

/// A sign-up form with its heading, labels and consent line, as a newsletter or contact plug-in
/// writes it.
const SIGN_UP: &str = r#"<form class="signup" action="/subscribe" method="post">
<h3>Get the morning briefing</h3>
<p><label for="n">First name</label> <input id="n" type="text" name="name"></p>
<p><label for="e">Email address</label> <input id="e" type="email" name="email"></p>
<p>We write once a week, on Sunday mornings, with the five stories our readers opened most and a note from the desk.</p>
<input type="hidden" name="list" value="7">
<button type="submit">Sign up</button>
</form>"#;

#[test]
fn a_sign_up_form_inside_an_article_goes_with_its_prompts() {
    let article = Pipeline::default().clean_html(&article(SIGN_UP)).unwrap();
    let body = article.text();
    assert!(!body.contains("We write once a week"), "{body}");
    assert!(!body.contains("Get the morning briefing"), "{body}");
    assert!(!body.contains("First name"), "{body}");
}

#[test]
fn the_article_around_a_sign_up_form_stays() {
    let article = Pipeline::default().clean_html(&article(SIGN_UP)).unwrap();
    let body = article.text();
    for paragraph in [FIRST, SECOND, THIRD] {
        assert!(body.contains(&paragraph[..60]), "{body}");
    }
}

#[test]
fn a_form_without_a_field_to_fill_in_stays() {
    // Only hidden inputs and a button: a link styled as a form, not one to fill in.
    let box_of_prose = format!(
        r#"<form action="/print" method="get"><p>{SECOND} The hall stays open tonight.</p><input type="hidden" name="id" value="4"><button>Print</button></form>"#
    );
    let page = article(&box_of_prose).replace(&format!("<p>{SECOND}</p>"), "");
    let article = Pipeline::default().clean_html(&page).unwrap();
    let body = article.text();
    assert!(body.contains("The hall stays open tonight."), "{body}");
}

#[test]
fn an_article_wrapped_in_a_page_form_stays() {
    // ASP.NET writes one form around the whole page, with a search field in its header.
    let page = article("").replace(
        "<body><article>",
        r#"<body><form id="aspnetForm" method="post"><div class="search"><input type="text" name="q"></div><article>"#,
    )
    .replace("</article></body>", "</article></form></body>");
    let article = Pipeline::default().clean_html(&page).unwrap();
    let body = article.text();
    for paragraph in [FIRST, SECOND, THIRD] {
        assert!(body.contains(&paragraph[..60]), "{body}");
    }
}
