//! A landing page's section with its calls to action. A service or landing page sets each of its
//! sections as a heading, a sentence or two, and one to three buttons ("Start deploying", "Get a
//! demo", "Learn more") that are links; in a short section the buttons' labels make up more than a
//! fifth of the text, and the cleaning of the chosen body took it for a list of links. A list of
//! links holds many links, or long ones (the headlines of other pages); a section's buttons are few
//! and short, beside text of its own.
//!
//! Read on pages that may hold several sections (not declared articles or documentation, where the
//! link-list rule stays as it was), as [`super::linked_prose`] is.

/// Most links a section's calls to action run to.
const MAX_ACTIONS: f32 = 3.0;

/// Characters a button's label holds at most, on average: "Request a free consultation".
const MAX_ACTION_CHARS: f32 = 30.0;

/// Characters of text outside links a section holds at least: a sentence, not a label.
const MIN_OWN_CHARS: f32 = 60.0;

/// Whether a container of `text` characters, `link` of them in `links` links, is a section with its
/// calls to action rather than a list of links.
pub(crate) fn is_section_with_actions(text: f32, link: f32, links: f32) -> bool {
    (1.0..=MAX_ACTIONS).contains(&links)
        && link / links <= MAX_ACTION_CHARS
        && text - link >= MIN_OWN_CHARS
}

#[cfg(test)]
mod tests {
    use super::is_section_with_actions;

    #[test]
    fn a_sentence_and_its_buttons_is_a_section() {
        // "Ship your site in minutes. We build, host and scale it." + "Start now" + "Book a demo"
        assert!(is_section_with_actions(90.0, 20.0, 2.0));
        assert!(is_section_with_actions(120.0, 10.0, 1.0));
    }

    #[test]
    fn lists_of_links_and_labels_are_not() {
        // Five links to other pages.
        assert!(!is_section_with_actions(200.0, 150.0, 5.0));
        // Two headlines of other stories.
        assert!(!is_section_with_actions(160.0, 120.0, 2.0));
        // A label beside its button.
        assert!(!is_section_with_actions(40.0, 12.0, 1.0));
        // No link at all.
        assert!(!is_section_with_actions(100.0, 0.0, 0.0));
    }

    /// A made-up landing page: two sections of prose around `middle`.
    fn landing_page(middle: &str) -> String {
        let para = "<p>Our team plans, builds and looks after websites for small firms, from the \
            first sketch to the day the site goes live, and long after that too.</p>";
        format!(
            "<html><body><main><section><h2>Websites that work</h2>{para}{para}</section>\
             <div class=\"row\">{middle}</div>\
             <section><h2>Support</h2>{para}{para}</section></main></body></html>"
        )
    }

    #[test]
    fn keeps_a_section_that_ends_in_its_buttons() {
        let section =
            "<h3>Hosting that scales</h3><div>Your site stays fast when traffic spikes.</div>\
            <a href=\"/hosting\">Start now</a> <a href=\"/demo\">Book a demo</a>";
        let text = crate::Pipeline::default()
            .clean_html(&landing_page(section))
            .unwrap()
            .text();
        assert!(
            text.contains("Your site stays fast when traffic spikes."),
            "{text}"
        );
    }

    #[test]
    fn drops_a_box_of_links_to_other_pages() {
        let teasers = "<h3>Read more from our blog</h3><div>Stories from the projects we finished \
            this year.</div><a href=\"/blog/bakery\">How we moved a small bakery's whole shop online \
            in a week</a> <a href=\"/blog/garage\">A garage that books its repairs on the web now</a>";
        let text = crate::Pipeline::default()
            .clean_html(&landing_page(teasers))
            .unwrap()
            .text();
        assert!(!text.contains("bakery"), "{text}");
        assert!(text.contains("Websites that work"), "{text}");
    }
}
