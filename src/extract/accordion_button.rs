//! The buttons of an accordion: an FAQ or a course outline written as a list of questions, each a
//! `<button>` that opens the panel of its answer below it (`<button class="accordion-button">How
//! long does delivery take?</button>`). The button is the panel's heading: a reader reads the
//! questions to find an answer, and an answer without its question says little. A form's buttons
//! ("Subscribe", "Add to cart", "Search") are controls and go; a button named for an accordion or an
//! FAQ stays as text.
//!
//! Known by name: a class or id holding `accordion` or `faq` in any case (`accordion__button`,
//! `FAQ_accordionButton__x1`, `feature-accordion-question`), as accordion widgets of CSS frameworks
//! and page builders name their headers. A submit or reset button is a form's, whatever its name.

use scraper::node::Element;

use super::tree::attr;

/// Words of a class or id name that name an accordion or its questions.
const ACCORDION_NAMES: [&[u8]; 2] = [b"accordion", b"faq"];

/// Whether `el` is a `<button>` heading a panel of an accordion (see the module's documentation).
pub(crate) fn is_accordion_button(el: &Element) -> bool {
    if el.name() != "button" {
        return false;
    }
    let submits = attr(el, "type").is_some_and(|t| {
        let t = t.trim();
        t.eq_ignore_ascii_case("submit") || t.eq_ignore_ascii_case("reset")
    });
    !submits && [attr(el, "class"), attr(el, "id")].into_iter().flatten().any(names_accordion)
}

/// Whether a class or id attribute holds a word of [`ACCORDION_NAMES`], in any case.
fn names_accordion(names: &str) -> bool {
    let bytes = names.as_bytes();
    ACCORDION_NAMES.iter().any(|word| {
        bytes
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the first button of `html` is an accordion's.
    fn first_button(html: &str) -> bool {
        let page = scraper::Html::parse_fragment(html);
        let button = page
            .tree
            .nodes()
            .find_map(|n| n.value().as_element().filter(|e| e.name() == "button").cloned());
        button.is_some_and(|el| is_accordion_button(&el))
    }

    #[test]
    fn buttons_named_for_an_accordion_or_faq_head_its_panels() {
        for html in [
            r#"<button class="accordion-button collapsed" type="button">Can I return a used kettle?</button>"#,
            r#"<button class="FAQ_accordionButton__x1" aria-expanded="false">How long is the course?</button>"#,
            r#"<button class="feature-accordion-question">What does the audit check?</button>"#,
            r#"<button id="faq-3">Do you ship abroad?</button>"#,
        ] {
            assert!(first_button(html), "{html}");
        }
    }

    #[test]
    fn form_and_page_buttons_stay_controls() {
        for html in [
            r#"<button class="btn btn-primary">Subscribe</button>"#,
            r#"<button class="menu-toggle" aria-expanded="false">Menu</button>"#,
            r#"<button type="submit" class="faq-search-submit">Search</button>"#,
            r#"<button>Add to cart</button>"#,
            r#"<a class="accordion-link" href="/faq">Questions</a>"#,
        ] {
            assert!(!first_button(html), "{html}");
        }
    }
}
