//! HTML furniture that sits inside or beside the article container: what the DOM stage removes, and the
//! body text that must stay. Small pages of our own, in several languages.

use copydesk::Pipeline;

/// Three paragraphs of body text, so that the page has a clear article container.
fn body(paragraphs: &[&str]) -> String {
    paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect()
}

fn clean(html: &str) -> String {
    Pipeline::default().clean_html(html).unwrap().text()
}

const DE_BODY: [&str; 3] = [
    "Der Gemeinderat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen, der mehr Geld für Schulen und Straßen vorsieht.",
    "Die Opposition kritisierte, dass die Rücklagen der Stadt damit fast aufgebraucht seien, und kündigte einen eigenen Antrag an.",
    "Bürgermeisterin Anna Weber sagte, die Investitionen seien nötig, weil viele Gebäude seit Jahrzehnten nicht saniert worden seien.",
];

const EN_BODY: [&str; 3] = [
    "The council approved the new budget on Monday after a debate that lasted well into the night, with more money for schools and roads.",
    "Opposition members said the city's reserves would be almost exhausted by the plan, and announced a motion of their own for next month.",
    "Mayor Anna Weber said the investment was needed because many buildings had not been renovated for decades, and repairs could not wait.",
];

#[test]
fn author_boxes_are_removed_and_the_body_stays() {
    for class in [
        "author-bio",
        "post-author clearfix",
        "TestReport__AuthorBox",
        "entry-author author-avatar-show",
    ] {
        let html = format!(
            "<html lang=\"de\"><body><article><h1>Haushalt beschlossen</h1>{}\
             <section class=\"{class}\"><p>Jule Meier studierte Sportwissenschaften, bevor sie als Volontärin \
             nach Hamburg zog. In ihrer Freizeit findet man sie im Schwimmbad.</p></section></article></body></html>",
            body(&DE_BODY)
        );
        let text = clean(&html);
        assert!(!text.contains("Sportwissenschaften"), "{class}: {text}");
        for p in DE_BODY {
            assert!(text.contains(p), "{class}: body lost: {text}");
        }
    }
}

#[test]
fn a_body_paragraph_about_an_author_stays() {
    // Only a container named like an author box goes: prose about an author inside the body is the story.
    let mut paragraphs = EN_BODY.to_vec();
    paragraphs.push(
        "The author of the report, a former city engineer, studied the buildings for two years before writing it.",
    );
    let html = format!(
        "<html><body><div class=\"post-content\">{}</div></body></html>",
        body(&paragraphs)
    );
    let text = clean(&html);
    for p in paragraphs {
        assert!(text.contains(p), "body lost: {text}");
    }
}

#[test]
fn affiliate_and_advertising_disclaimers_are_removed() {
    for (class, note) in [
        (
            "aawp-disclaimer",
            "Bei den Verlinkungen handelt es sich um Affiliate Links.",
        ),
        (
            "affiliate-text",
            "Geld erhalten wir, wenn Sie über unsere Links einen Vertrag abschließen.",
        ),
        (
            "editorial-disclaimer",
            "The advertising disclaimer below does not apply to this article.",
        ),
    ] {
        let html = format!(
            "<html><body><article><div class=\"entry-content\">{}<p class=\"{class}\">{note}</p></div></article></body></html>",
            body(&EN_BODY)
        );
        let text = clean(&html);
        assert!(!text.contains(note), "{class}: {text}");
        for p in EN_BODY {
            assert!(text.contains(p), "{class}: body lost: {text}");
        }
    }
}

/// An article page with `line` between its second and third paragraphs.
fn page_with_line(lang: &str, paragraphs: &[&str; 3], line: &str) -> String {
    format!(
        "<html lang=\"{lang}\"><body><article><div class=\"entry-content\"><p>{}</p><p>{}</p>{line}<p>{}</p>\
         </div></article></body></html>",
        paragraphs[0], paragraphs[1], paragraphs[2]
    )
}

#[test]
fn teaser_lines_between_paragraphs_are_removed_in_any_language() {
    for (lang, line, label) in [
        (
            "es",
            "<p><strong>Lea también:</strong> <a href=\"/politica/otra-noticia\">Impiden ingreso a reportero y camarógrafo extranjeros</a></p>",
            "Lea también",
        ),
        (
            "es",
            "<h3>MIRA:&nbsp;<a href=\"https://example.com/articulo/1\">Madre se acerca a conocer los motivos de la captura</a></h3>",
            "MIRA",
        ),
        (
            "de",
            "<p>Lesen Sie auch: <a href=\"/politik/haushalt\">Stadtrat streitet über neue Schulden</a> »</p>",
            "Lesen Sie auch",
        ),
        (
            "ar",
            "<p>اقرأ أيضا: <a href=\"/news/2\">الحكومة تعلن عن خطة جديدة للطرق والمدارس</a></p>",
            "اقرأ أيضا",
        ),
        (
            // A label that no phrase list knows: the markup is the evidence.
            "en",
            "<p><b>Don't miss:</b> <a href=\"/story/44\">Storm closes roads across the north</a></p>",
            "Don't miss",
        ),
    ] {
        let paragraphs = if lang == "de" { &DE_BODY } else { &EN_BODY };
        let text = clean(&page_with_line(lang, paragraphs, line));
        assert!(!text.contains(label), "{lang}: {text}");
        for p in paragraphs {
            assert!(text.contains(p), "{lang}: body lost: {text}");
        }
    }
}

#[test]
fn lines_that_only_hold_a_link_among_text_stay() {
    for line in [
        // A name of one or two words is no headline.
        "<p>Speakers: <a href=\"/people/anna-weber\">Anna Weber</a></p>",
        // Text after the link: a sentence that links, not a teaser.
        "<p>Note: <a href=\"/report\">the full report of the council</a> is published on Friday with all figures.</p>",
        // A label that is a sentence, not a few words.
        "<p>The mayor explained the plan in detail in a long interview on local radio: <a href=\"/audio\">listen to the interview here</a></p>",
        // A link to a place on the same page.
        "<p>Details: <a href=\"#budget-table\">the table of the budget items</a></p>",
    ] {
        let text = clean(&page_with_line("en", &EN_BODY, line));
        let visible: String = scraper::Html::parse_fragment(line)
            .root_element()
            .text()
            .collect();
        let visible = visible.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&visible), "{line} lost: {text}");
    }
}

const ES_BODY: [&str; 3] = [
    "El Banco Central informó este martes que la deuda externa total aumentó en 884 millones de dólares respecto al año anterior.",
    "La autoridad monetaria indicó en un informe que la mayor parte del endeudamiento corresponde al sector público y el resto al privado.",
    "Los desembolsos del año fueron de 2.662 millones de dólares, de los cuales la mitad provino de acreedores privados, según el informe.",
];

#[test]
fn a_declared_language_that_the_text_contradicts_gives_way() {
    // A Spanish story under a template that declares English: the Spanish lists must apply.
    let html = page_with_line("en", &ES_BODY, "<p>Te puede interesar</p>");
    let article = Pipeline::default().clean_html(&html).unwrap();
    assert_eq!(article.language.as_deref(), Some("es"));
    let text = article.text();
    assert!(!text.contains("Te puede interesar"), "{text}");
    for p in ES_BODY {
        assert!(text.contains(p), "body lost: {text}");
    }
}

#[test]
fn a_declared_language_that_the_text_confirms_is_kept() {
    let html = page_with_line("en-GB", &EN_BODY, "");
    let article = Pipeline::default().clean_html(&html).unwrap();
    assert_eq!(article.language.as_deref(), Some("en-GB"));
}

#[test]
fn the_lead_printed_above_the_body_container_is_kept() {
    // The template sets the lead in the header beside the headline, the body in a container of its own.
    let lead = "In den Vereinigten Staaten trommeln Aktivisten für einen Mietenstopp in der Krise und warnen die Vermieter vor Klagen.";
    let summary = "Die Gewerkschaft der Mieter fordert, dass während der Krise niemand seine Wohnung verlieren darf, und sammelt Unterschriften.";
    let html = format!(
        "<html lang=\"de\"><body><div class=\"wrapper\"><div class=\"head\"><h1>Mietenstreik</h1>\
         <div class=\"leader\"><p>{lead}</p><p>{summary}</p></div><p class=\"byline\">Von Anna Weber</p></div>\
         <div class=\"main\"><div class=\"text\">{}</div></div>\
         <div class=\"more\"><h3>Mehr</h3><ul><li><a href=\"/a\">Andere Meldung heute</a></li>\
         <li><a href=\"/b\">Noch eine Meldung</a></li></ul></div></div></body></html>",
        body(&DE_BODY)
    );
    let text = clean(&html);
    assert!(text.contains(lead), "lead lost: {text}");
    assert!(
        text.find(lead) < text.find(DE_BODY[0]),
        "lead after body: {text}"
    );
    assert!(!text.contains("Andere Meldung"), "{text}");
    for p in DE_BODY {
        assert!(text.contains(p), "body lost: {text}");
    }
}

#[test]
fn a_teaser_of_another_story_above_the_body_is_not_a_lead() {
    // A headline in a link or a list item before the body is navigation, however long.
    let teaser = "Nach zwanzig Jahren macht die Stadt den ersten Schritt zum Bau der neuen U-Bahn-Linie quer durch das Zentrum";
    for wrapper in [
        format!("<ul><li><h3>{teaser}</h3></li></ul>"),
        format!("<a href=\"/prev\"><div class=\"desc\"><h6>{teaser}</h6></div></a>"),
    ] {
        let html = format!(
            "<html lang=\"de\"><body><div class=\"wrapper\"><div class=\"head\"><h1>Mietenstreik</h1>\
             {wrapper}</div><div class=\"main\"><div class=\"text\">{}</div></div></div></body></html>",
            body(&DE_BODY)
        );
        let text = clean(&html);
        assert!(!text.contains(teaser), "{wrapper}: {text}");
        for p in DE_BODY {
            assert!(text.contains(p), "body lost: {text}");
        }
    }
}

#[test]
fn fact_boxes_beside_the_story_are_removed() {
    let html = format!(
        "<html><body><article><div class=\"article-text\"><p>{}</p>\
         <div class=\"art-ins mol-factbox floatRHS\"><p>As many as a million young people need urgent help, \
         a charity said in a separate report on Friday.</p></div><p>{}</p><p>{}</p></div></article></body></html>",
        EN_BODY[0], EN_BODY[1], EN_BODY[2]
    );
    let text = clean(&html);
    assert!(!text.contains("a million young people"), "{text}");
    for p in EN_BODY {
        assert!(text.contains(p), "body lost: {text}");
    }
}

/// A documentation page's sections, each anchored by its heading's words the way Sphinx, MkDocs and
/// Markdown renderers write them, between two sections of body text.
fn docs_page(sections: &[(&str, &str, &str)]) -> String {
    let section = |id: &str, heading: &str, paragraphs: &str| {
        format!(
            "<section id=\"{id}\"><h2>{heading}<a class=\"headerlink\" href=\"#{id}\">¶</a></h2>\
             {paragraphs}</section>\n"
        )
    };
    let anchored: String = sections
        .iter()
        .map(|(id, heading, text)| section(id, heading, &format!("<p>{text}</p>")))
        .collect();
    format!(
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/docs\">Docs</a></nav>\
         <div role=\"main\"><h1>Working with the archive</h1>{}{anchored}{}</div></body></html>",
        section("s-records", "Records", &body(&EN_BODY)),
        section("s-queries", "Queries", &body(&DE_BODY)),
    )
}

#[test]
fn a_section_anchored_by_its_heading_stays_whatever_words_the_heading_holds() {
    let extra =
        "Each record may carry fields of its own beyond the schema, which the archive keeps \
                 in a separate table, indexed by the record's key, and returns with every query.";
    let comments = "When a reviewer asks for a change, answer each point in turn, say what you \
                    changed and why, and send the new version as a reply to the same thread.";
    let html = docs_page(&[
        (
            "s-extra-fields-on-archived-records",
            "Extra fields on archived records",
            extra,
        ),
        (
            "respond-to-review-comments",
            "Respond to review comments",
            comments,
        ),
    ]);
    let text = clean(&html);
    assert!(text.contains(extra), "{text}");
    assert!(text.contains(comments), "{text}");
    for p in EN_BODY {
        assert!(text.contains(p), "body lost: {text}");
    }
}

#[test]
fn a_widget_anchored_by_a_short_title_or_more_than_its_heading_still_goes() {
    let html = format!(
        "<html><body><article><h1>Budget approved</h1>{}\
         <div id=\"related-posts\"><h3>Related posts</h3><p>Schools, roads and the river: what the \
         new budget means, and other stories from the city hall, read by many this week.</p></div>\
         <div id=\"getting-help-with-the-budget-sidebar\"><h3>Getting help with the budget</h3><p>Our \
         helpline answers questions, on weekdays, from nine to five, in six languages.</p></div>\
         </article></body></html>",
        body(&EN_BODY)
    );
    let text = clean(&html);
    assert!(!text.contains("other stories from the city hall"), "{text}");
    assert!(!text.contains("in six languages"), "{text}");
    for p in EN_BODY {
        assert!(text.contains(p), "body lost: {text}");
    }
}

#[test]
fn a_heading_left_at_the_articles_end_goes_and_the_body_stays() {
    // The heading of a box of links under the story: the links go as furniture, the heading, set in
    // the story's container, is left with nothing under it.
    for heading in [
        "Around the region",
        "Aus unserem Archiv",
        "Notes from the newsroom:",
    ] {
        let html = format!(
            "<html><body><article><h1>Budget passed</h1>{}<h3>{heading}</h3>\
             <ul class=\"related-links\"><li><a href=\"/a\">Schools get more money</a></li>\
             <li><a href=\"/b\">Roads to be repaired</a></li></ul></article></body></html>",
            body(&EN_BODY)
        );
        let article = Pipeline::default().clean_html(&html).unwrap();
        let text = article.text();
        assert!(!text.contains(heading), "{heading}: {text}");
        assert!(
            article
                .removals
                .iter()
                .any(|r| r.stage == "orphan-heading" && r.text == heading),
            "{heading}: {:?}",
            article.removals
        );
        for p in EN_BODY {
            assert!(text.contains(p), "{heading}: body lost: {text}");
        }
    }
}

#[test]
fn a_heading_with_its_section_under_it_stays() {
    // A heading with text under it, and a question whose answer the page folds away, are the story's.
    let last = "Who pays for the repairs?";
    let html = format!(
        "<html><body><article><h1>Budget passed</h1>{}<h2>What comes next</h2>\
         <p>Work on the first three schools starts in May and should be done by the end of the summer.</p>\
         <h3>{last}</h3></article></body></html>",
        body(&EN_BODY)
    );
    let text = clean(&html);
    assert!(text.contains("What comes next"), "{text}");
    assert!(text.contains(last), "{text}");
}

#[test]
fn text_input_keeps_a_short_last_line() {
    // The rule reads the headings of markup: a short last line of text may be a sign-off or a name.
    let text = format!("{}\n\nRelated topics\n", EN_BODY.join("\n\n"));
    let article = Pipeline::default().clean_text(&text).unwrap();
    assert!(article.removals.iter().all(|r| r.stage != "orphan-heading"));
}
