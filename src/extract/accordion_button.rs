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
//! Or, named by utility classes only (`flex items-center gap-2`), known by what it says: a question
//! of [`MIN_QUESTION_WORDS`] words or more ("How long does delivery take?"); a control asks in two or
//! three ("Need help?", "Forgot your password?").

use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;

use super::tree::attr;

/// Words of a class or id name that name an accordion or its questions.
const ACCORDION_NAMES: [&[u8]; 2] = [b"accordion", b"faq"];

/// Whether `el` is a `<button>` heading a panel of an accordion (see the module's documentation).
pub(crate) fn is_accordion_button(el: &Element) -> bool {
    if el.name() != "button" {
        return false;
    }
    !submits(el)
        && [attr(el, "class"), attr(el, "id")]
            .into_iter()
            .flatten()
            .any(names_accordion)
}

/// Words a button's question has at least to be an FAQ's: a control's question is shorter.
const MIN_QUESTION_WORDS: usize = 5;

/// Characters a button's text has at most to be read: an FAQ's question is a line.
const MAX_QUESTION_CHARS: usize = 200;

/// Whether `node`, a `<button>` (not a submit or reset button), asks a question of
/// [`MIN_QUESTION_WORDS`] words or more: its text, at most [`MAX_QUESTION_CHARS`] characters, ends
/// with a question mark.
pub(crate) fn asks_a_question(node: NodeRef<'_, Node>) -> bool {
    let Some(el) = node.value().as_element() else {
        return false;
    };
    if el.name() != "button" || submits(el) {
        return false;
    }
    let mut text = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            if text.len() + t.len() > MAX_QUESTION_CHARS {
                return false;
            }
            text.push_str(t);
            text.push(' ');
        }
    }
    let text = text.trim_end();
    text.ends_with('?') && text.split_whitespace().count() >= MIN_QUESTION_WORDS && answered(node)
}

/// Levels up from a question's button its answer's panel may follow: the button may sit in a
/// heading, the heading in the accordion item's header.
const MAX_HEADER_LEVELS: usize = 3;

/// Characters of text an answer shown on the page holds at least.
const MIN_ANSWER_CHARS: usize = 40;

/// Most nodes of an answer looked at for its text.
const MAX_ANSWER_NODES: usize = 200;

/// Whether the answer follows the button on the page: the next element after the button, or after
/// the wrapper it ends (up to [`MAX_HEADER_LEVELS`] levels up), is shown and holds
/// [`MIN_ANSWER_CHARS`] of text. A question whose answer is hidden in the markup, or loaded later, is
/// a lone line without it.
fn answered(button: NodeRef<'_, Node>) -> bool {
    let mut at = button;
    for _ in 0..MAX_HEADER_LEVELS {
        if let Some(next) = at.next_siblings().find(|n| n.value().is_element()) {
            return shows_an_answer(next);
        }
        match at.parent() {
            Some(parent) => at = parent,
            None => return false,
        }
    }
    false
}

/// Whether `node`, an element, is shown (or a collapsed panel that the page opens) and holds [`MIN_ANSWER_CHARS`] of text.
fn shows_an_answer(node: NodeRef<'_, Node>) -> bool {
    let Some(el) = node.value().as_element() else {
        return false;
    };
    // The next section's heading is no answer.
    if matches!(el.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        return false;
    }
    // Hidden, unless it is a collapsed panel the page opens (see `disclosure`).
    if super::prune::classify(el).is_some() && !super::disclosure::is_collapsed_panel(node) {
        return false;
    }
    let mut chars = 0;
    for d in node.descendants().take(MAX_ANSWER_NODES) {
        match d.value() {
            // The next question's item, its answer hidden or not yet loaded.
            Node::Element(e) if e.name() == "button" => return false,
            Node::Text(t) => chars += t.trim().chars().count(),
            _ => {}
        }
    }
    chars >= MIN_ANSWER_CHARS
}

/// Whether a button submits or resets its form.
fn submits(el: &Element) -> bool {
    attr(el, "type").is_some_and(|t| {
        let t = t.trim();
        t.eq_ignore_ascii_case("submit") || t.eq_ignore_ascii_case("reset")
    })
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
        let button = page.tree.nodes().find_map(|n| {
            n.value()
                .as_element()
                .filter(|e| e.name() == "button")
                .cloned()
        });
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

    /// Whether the first button of `html` asks an FAQ's question.
    fn asks(html: &str) -> bool {
        let page = scraper::Html::parse_fragment(html);
        let button = page
            .tree
            .nodes()
            .find(|n| n.value().as_element().is_some_and(|e| e.name() == "button"));
        button.is_some_and(asks_a_question)
    }

    /// An answer of a sentence or two, made up.
    const ANSWER: &str = "<p>Parcels leave the warehouse the next working day and arrive within \
        three to five days.</p>";

    #[test]
    fn a_button_asking_a_question_heads_its_answer() {
        assert!(asks(&format!(
            r#"<button class="flex items-center"><span>How long does delivery take?</span><svg></svg></button><div>{ANSWER}</div>"#
        )));
        assert!(asks(&format!(
            r#"<div><h3><button type="button">Can I pay in monthly instalments?</button></h3></div><div>{ANSWER}</div>"#
        )));
        // No answer shown after it: hidden, or loaded later.
        assert!(!asks(&format!(
            r#"<button>How long does delivery take?</button><div hidden>{ANSWER}</div>"#
        )));
        assert!(!asks(
            "<li><button>How long does delivery take?</button></li>"
        ));
        // Only the next question follows, or the next section's heading.
        assert!(!asks(
            "<div><button>How long does delivery take?</button></div>\
             <div><button>Can I change the address of an order?</button></div>"
        ));
        assert!(!asks(
            "<div><button>How long does delivery take?</button></div>\
             <h2>Our shops across the country and their opening hours</h2>"
        ));
        // A control's short question, a label, a submit button and a long text are not.
        for html in [
            "<button>Need help?</button>",
            "<button>Already have an account?</button>",
            "<button>Show all questions</button>",
            r#"<button type="submit">Is this answer helpful to you?</button>"#,
        ] {
            assert!(!asks(html), "{html}");
        }
        let long = format!("<button>{}?</button>", "word ".repeat(60));
        assert!(!asks(&long));
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
