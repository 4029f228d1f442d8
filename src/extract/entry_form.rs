//! A form for the reader to fill in, inside an article: a newsletter's sign-up ("Get the morning
//! briefing", a name, an e-mail address, a line on how often it comes), a contact or quote request,
//! an e-book's lead form with its consent line. The controls themselves go as controls at
//! flattening; what stayed of such a form is its heading, labels, prompts and fine print, short
//! paragraphs that the link-list rules pass. On an article they are the site's, not the story's.
//!
//! A form the page wraps around its content (ASP.NET's one `<form>` per page, a report's order
//! form around its description) holds much more text than any field's labels do: a form is read
//! as one to fill in only while its text stays short.
//!
//! Read on declared articles only (see `clean::Options::article`): on a landing or service page,
//! and on a page that declares nothing, a form may be what the page offers (session 35 measured the
//! rule on every page type but products and threads: WCXB tune 16 pages better, 1 worse, but check
//! 8 better, 3 worse, services 3 / 3), as `cta_box` found for boxes named for a call to action.

use super::tree::Tree;

/// Characters of text a form to fill in holds at most: its heading, labels, prompts and a consent
/// paragraph or two. A page wrapped in a form holds far more.
pub(crate) const MAX_FORM_CHARS: f32 = 1_000.0;

/// Whether element `i` (a `<form>` holding `text` characters) is a form for the reader to fill in:
/// short, and it held a field to type in, tick or pick from (an `<input>` that is not `hidden`, a
/// `<textarea>`, a `<select>`; dropped as controls at flattening, which notes their form).
pub(crate) fn is_entry_form(tree: &Tree<'_>, i: usize, text: f32) -> bool {
    text <= MAX_FORM_CHARS && tree.form_holds_a_field(i)
}

#[cfg(test)]
mod tests {
    use super::is_entry_form;
    use crate::extract::tree::Tree;

    /// The index of the first `<form>` of a parsed page and its tree.
    fn with_form(html: &str, check: impl FnOnce(&Tree<'_>, usize)) {
        let doc = scraper::Html::parse_document(html);
        let tree = Tree::flatten(&doc, &mut Vec::new());
        let form = (0..tree.nodes.len())
            .find(|&i| tree.name(i) == "form")
            .expect("the fixture holds a form");
        check(&tree, form);
    }

    #[test]
    fn a_short_form_with_a_field_is_one_to_fill_in() {
        with_form(
            "<form><p>Talk to our team</p><label>Email</label><input type=\"email\">\
             <textarea></textarea></form>",
            |tree, form| assert!(is_entry_form(tree, form, 40.0)),
        );
        with_form(
            "<form><select><option>Dogs</option></select></form>",
            |tree, form| assert!(is_entry_form(tree, form, 4.0)),
        );
    }

    #[test]
    fn a_form_without_fields_or_around_a_page_is_not() {
        with_form(
            "<form><input type=\"hidden\" name=\"state\"><p>Report overview</p></form>",
            |tree, form| assert!(!is_entry_form(tree, form, 20.0)),
        );
        with_form(
            "<form><input type=\"text\"><p>A long report.</p></form>",
            |tree, form| assert!(!is_entry_form(tree, form, 5_000.0)),
        );
    }
}
