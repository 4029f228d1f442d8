//! Spans in HTML mode: every block and every removal of a page points at the stretch of the page it
//! came from, and that stretch, tags dropped and entities decoded, holds the record's words.
//! Conservation in HTML mode: no text is both kept and on record.

mod common;

use copydesk::{Article, Pipeline};
use proptest::prelude::*;
use scraper::{Html, Node};
use std::fs;
use std::ops::Range;
use std::path::Path;

/// The text a stretch of markup shows, whitespace dropped: what its text nodes hold, entities decoded.
fn shown(markup: &str) -> String {
    let dom = Html::parse_fragment(markup);
    let mut out = String::new();
    for node in dom.tree.root().descendants() {
        if let Node::Text(text) = node.value() {
            out.extend(text.chars().filter(|c| !is_blank(*c)));
        }
    }
    out
}

/// Whitespace, and the byte order mark, which the parser drops at the start of a fragment.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Whether `page[span]` shows the words of `text`, in order (the " | " the pipeline puts between
/// table cells aside).
fn holds(page: &str, span: &Option<Range<usize>>, text: &str) -> bool {
    let Some(slice) = span.clone().and_then(|s| page.get(s)) else {
        return false;
    };
    let shown = shown(slice);
    let mut at = 0;
    for word in text.split(is_blank).filter(|w| !w.is_empty() && *w != "|") {
        match shown[at..].find(word) {
            Some(k) => at += k + word.len(),
            None => return false,
        }
    }
    true
}

/// How many removals whose span does not hold their words a gate lists: 20, or
/// `COPYDESK_SPAN_MISSES` to study them.
fn misses_listed() -> usize {
    std::env::var("COPYDESK_SPAN_MISSES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20)
}

/// Tallies of one or more pages: records and blocks, and those whose span holds their words.
#[derive(Debug, Default)]
struct Tally {
    removals: usize,
    removals_held: usize,
    blocks: usize,
    blocks_located: usize,
    blocks_held: usize,
    misses: Vec<String>,
}

impl Tally {
    fn add(&mut self, name: &str, page: &str, article: &Article) {
        for r in &article.removals {
            self.removals += 1;
            if holds(page, &r.span, &r.text) {
                self.removals_held += 1;
            } else if self.misses.len() < misses_listed() {
                let text: String = r.text.chars().take(80).collect();
                self.misses
                    .push(format!("{name}: {} {:?} {text:?}", r.stage, r.span));
            }
        }
        for b in &article.blocks {
            self.blocks += 1;
            self.blocks_located += usize::from(b.span.is_some());
            self.blocks_held += usize::from(holds(page, &b.span, &b.text));
        }
    }

    fn share(part: usize, whole: usize) -> f64 {
        if whole == 0 {
            1.0
        } else {
            part as f64 / whole as f64
        }
    }
}

/// Cleaners only: the normalizers rewrite the kept text (quotes, dashes), so the blocks' text would
/// no longer be the page's.
fn unnormalized() -> Pipeline {
    Pipeline::builder().clear_normalizers().build().unwrap()
}

/// A made-up page with what makes locating text hard: entities, comments, scripts, a table, hidden
/// text, a form control, an SVG label, furniture around the story.
const PAGE: &str = r##"<!DOCTYPE html><html><head><title>Tide &amp; time</title>
<script>var s = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> &middot; <a href="/world">World</a></nav>
<div class="share-bar">Share &rarr; <a href="#">Post</a></div>
<article><h1>Tide &amp; time</h1>
<p>The harbour master said the tide came in &ldquo;faster than anyone could remember&rdquo;, flooding the quay.</p>
<!-- an ad slot --><p>Boats were moved inland&nbsp;before dawn, and the fish market opened two hours late on Tuesday.</p>
<table class="data"><tr><th>Day</th><th>Height</th></tr><tr><td>Mon</td><td>4.1&#8239;m</td></tr>
<tr><td>Tue</td><td>4.6&#x202F;m</td></tr></table>
<p hidden>Hidden note for editors.</p>
<p>Residents were told to expect another high tide on Thursday evening, though smaller than the last.</p>
<svg><text>Chart label</text></svg><textarea>Leave a comment &lt;here&gt;</textarea>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul></aside>
<footer>&copy; 2024 The Coast Paper. All rights reserved.</footer></body></html>"##;

#[test]
fn every_removal_and_block_of_a_page_points_at_its_words() {
    let article = unnormalized().clean_html(PAGE).unwrap();
    let mut tally = Tally::default();
    tally.add("page", PAGE, &article);
    assert!(tally.removals > 5, "{:?}", article.removals);
    assert_eq!(tally.removals_held, tally.removals, "{:#?}", tally.misses);
    assert_eq!(tally.blocks_held, tally.blocks, "{:#?}", article.blocks);
    let footer = article
        .removals
        .iter()
        .find(|r| r.text.contains("All rights reserved"))
        .unwrap();
    let span = footer.span.clone().unwrap();
    assert_eq!(
        &PAGE[span],
        "&copy; 2024 The Coast Paper. All rights reserved."
    );
}

#[test]
fn spans_of_the_shipped_html_fixtures_hold_their_words() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/html");
    let mut tally = Tally::default();
    for case in fs::read_dir(&dir).unwrap() {
        let case = case.unwrap().path();
        let Ok(html) = fs::read_to_string(case.join("input.html")) else {
            continue;
        };
        let article = unnormalized().clean_html(&html).unwrap();
        tally.add(&case.display().to_string(), &html, &article);
    }
    assert!(tally.removals > 0 && tally.blocks > 0);
    assert_eq!(tally.removals_held, tally.removals, "{:#?}", tally.misses);
    assert_eq!(tally.blocks_held, tally.blocks);
}

#[test]
fn spans_of_clean_bytes_point_into_the_decoded_text() {
    // "Café" in windows-1252: the span is of the decoded text, where "é" takes two bytes.
    let bytes = b"<html><head><meta charset=windows-1252></head><body><article><p>Caf\xe9 owners reopened their terraces on Monday, after a winter that lasted too long.</p></article><footer>Contact us</footer></body></html>";
    let article = unnormalized().clean_bytes(bytes, None).unwrap();
    let decoded = copydesk::input::decode(bytes, None).unwrap().text;
    let span = article.blocks[0].span.clone().unwrap();
    assert!(decoded[span].starts_with("Café owners"));
    let footer = article.removals.iter().find(|r| r.text == "Contact us");
    assert_eq!(
        &decoded[footer.unwrap().span.clone().unwrap()],
        "Contact us"
    );
}

#[test]
fn spans_never_panic_on_broken_markup() {
    let pages = [
        "<p>a &amp b &#xD800; &#99999999; c</p><p>ü<<&&#x;<!--é",
        "<textarea>never closed <p>é",
        "<script>é</scr<p>é</p>",
        "<table>é<tr>ü<td>ß</table>ñ<noscript><p>long enough</p></noscript>",
        "\u{feff}<p>\r\n\0é\r</p><!-->ü<!--->ß<?x>ç</ p>ø",
    ];
    for page in pages {
        if let Ok(article) = Pipeline::default().clean_html(page) {
            let spans = article.removals.iter().map(|r| &r.span);
            for span in article
                .blocks
                .iter()
                .map(|b| &b.span)
                .chain(spans)
                .flatten()
            {
                assert!(page.get(span.clone()).is_some(), "{page:?} {span:?}");
            }
        }
    }
}

#[test]
fn a_restored_standfirst_leaves_the_record() {
    let lead =
        "After a long night the council passed a budget that raises spending on schools and roads.";
    let body = "<p>The council approved the new budget on Monday after a debate that lasted well into the night, with twelve votes to nine.</p><p>Opponents said the plan would raise taxes, while supporters argued it would fund schools, roads and a new library.</p><p>The budget takes effect in April, and the first projects are due to start in the summer.</p>";
    let page = format!(
        "<html><head><title>Budget passes</title><meta name=\"description\" content=\"{lead}\"></head>\
         <body><header class=\"article-header\"><h1>Budget passes</h1><p class=\"intro\">{lead}</p></header>\
         <div class=\"article-body\">{body}</div></body></html>"
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    assert_eq!(article.blocks[0].text, lead);
    assert!(
        article.removals.iter().all(|r| !r.text.contains(lead)),
        "{:#?}",
        article.removals
    );
    // The headline beside it stays on record.
    assert!(article.removals.iter().any(|r| r.text == "Budget passes"));
    assert!(common::unaccounted_html(&common::visible_text(&page), &article).is_empty());
    // The standfirst spans its own paragraph, and no record spans it any more.
    let span = article.blocks[0].span.clone().unwrap();
    assert_eq!(&page[span.clone()], lead);
    for r in &article.removals {
        let Some(other) = r.span.clone() else {
            continue;
        };
        assert!(other.end <= span.start || other.start >= span.end, "{r:?}");
    }
}

#[test]
fn a_standfirst_taken_from_the_middle_of_a_record_splits_it() {
    let lead =
        "After a long night the council passed a budget that raises spending on schools and roads.";
    let body = "<p>The council approved the new budget on Monday after a debate that lasted well into the night, with twelve votes to nine.</p><p>Opponents said the plan would raise taxes, while supporters argued it would fund schools, roads and a new library.</p><p>The budget takes effect in April, and the first projects are due to start in the summer.</p>";
    let page = format!(
        "<html><head><title>Budget passes</title><meta name=\"description\" content=\"{lead}\"></head>\
         <body><div class=\"sidebar\"><p>Most read this week</p><p><b>{lead}</b></p><p>Weather and tides</p></div>\
         <article><h1>Budget passes</h1>{body}</article></body></html>"
    );
    let article = unnormalized().clean_html(&page).unwrap();
    assert_eq!(article.blocks[0].text, lead);
    assert_eq!(&page[article.blocks[0].span.clone().unwrap()], lead);
    let sidebar: Vec<_> = article
        .removals
        .iter()
        .filter(|r| r.text.contains("Most read") || r.text.contains("tides"))
        .collect();
    assert_eq!(sidebar.len(), 2, "{:#?}", article.removals);
    assert_eq!(sidebar[0].text, "Most read this week");
    assert_eq!(sidebar[1].text, "Weather and tides");
    for r in sidebar {
        assert!(holds(&page, &r.span, &r.text), "{r:?}");
        assert!(!page[r.span.clone().unwrap()].contains("council"), "{r:?}");
    }
    assert!(common::unaccounted_page(&page, &article).is_empty());
}

#[test]
fn text_no_browser_renders_is_neither_kept_nor_recorded() {
    // A datalist's suggestions show only in its input's menu; `noembed` is for browsers without
    // plugins. Neither is on the page a reader sees, so neither may be on record.
    let story = "<p>A kettle that boils only the water you need saves more energy than any other feature, the testers found after a month of trials.</p>\
                 <p>Glass kettles show the scale building up, which reminds owners to descale them before it slows the boil.</p>\
                 <p>Cordless bases that turn all the way round suit left-handed cooks, and a wide lid makes filling easier.</p>";
    let page = format!(
        "<html><body><form class=\"filters\"><label>Price <input type=\"range\" list=\"marks\"></label>\
         <datalist id=\"marks\"><option>0</option><option>2.5k</option><option>5k</option></datalist>\
         <select><option>Newest</option><option>Cheapest</option></select></form>\
         <article><h1>Choosing a kettle</h1>{story}</article>\
         <noembed>Your browser cannot show this player.</noembed><footer>Kitchen Notes</footer></body></html>"
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    let recorded: Vec<&str> = article.removals.iter().map(|r| r.text.as_str()).collect();
    assert!(
        recorded
            .iter()
            .all(|t| !t.contains("2.5k") && !t.contains("player")),
        "{recorded:?}"
    );
    assert!(!article.body_text().contains("player"));
    // The select shows its options: they stay on record, each a word of its own.
    assert!(
        recorded.iter().any(|t| t.contains("Newest Cheapest")),
        "{recorded:?}"
    );
    assert!(common::unaccounted_page(&page, &article).is_empty());
}

#[test]
fn a_product_description_put_back_leaves_its_record_whatever_its_spacing() {
    // The JSON-LD joins the feature list's items with no space before each dash; the page's list
    // items, joined into a record, have one.
    let description = "A kettle for the camp stove and the open fire alike, with an enamel coat over a steel body that takes the heat without warping.\\n- Holds 1.2 litres- Folding handle- Weighs 480 g- Made in Portugal";
    let review = "<p>I took this kettle on a week of walking in the hills and it boiled water for four people every morning without fail.</p>";
    let page = format!(
        "<html><head><title>Trail kettle</title><script type=\"application/ld+json\">\
         {{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Trail kettle\",\"description\":\"{description}\"}}</script></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></nav>\
         <div class=\"sidebar product-info\"><h2>Description</h2><p>A kettle for the camp stove and the open fire alike, with an enamel coat over a steel body that takes the heat without warping.</p>\
         <ul><li>- Holds 1.2 litres</li><li>- Folding handle</li><li>- Weighs 480 g</li><li>- Made in Portugal</li></ul></div>\
         <main><h1>Trail kettle</h1><section class=\"reviews\">{review}{review}{review}{review}</section></main></body></html>"
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    assert!(
        article
            .body_text()
            .starts_with("A kettle for the camp stove"),
        "{}",
        article.body_text()
    );
    assert!(
        article
            .removals
            .iter()
            .all(|r| !r.text.contains("Folding handle")),
        "{:#?}",
        article.removals
    );
    assert!(common::unaccounted_page(&page, &article).is_empty());
}

/// Share of removals, over a corpus, whose span must hold their words.
const MIN_HELD_SHARE: f64 = 0.99;

/// Checks the spans of a corpus, and that no page has text both kept and on record (or recorded
/// though no reader sees it).
fn gate(label: &str, pages: impl Iterator<Item = (String, String)>) {
    let mut tally = Tally::default();
    let mut doubled = Vec::new();
    let mut read = 0;
    for (name, html) in pages {
        read += 1;
        let Ok(article) = unnormalized().clean_html(&html) else {
            continue;
        };
        tally.add(&name, &html, &article);
        let article = Pipeline::default().clean_html(&html).unwrap();
        let surplus: Vec<String> = common::unaccounted_page(&html, &article)
            .into_iter()
            .filter(|p| p.starts_with('+'))
            .collect();
        if !surplus.is_empty() {
            doubled.push(format!("{name}: {}", surplus.join(" ")));
        }
    }
    let held = Tally::share(tally.removals_held, tally.removals);
    let located = Tally::share(tally.blocks_located, tally.blocks);
    let blocks_held = Tally::share(tally.blocks_held, tally.blocks);
    eprintln!(
        "{label}: {} of {} removals ({:.2}%) hold their words; blocks located {:.2}%, holding {:.2}% of {}; {} of {read} pages with doubled text",
        tally.removals_held,
        tally.removals,
        100.0 * held,
        100.0 * located,
        100.0 * blocks_held,
        tally.blocks,
        doubled.len()
    );
    eprintln!(
        "first removals whose span does not hold their words: {:#?}",
        tally.misses
    );
    assert!(read > 0, "{label}: no page read");
    assert!(held >= MIN_HELD_SHARE, "{label}: {held:.4}");
    assert!(
        doubled.is_empty(),
        "{label}: text kept and on record: {doubled:#?}"
    );
}

#[test]
fn readability_pages_spans_hold_their_words() {
    let Some(dir) = common::corpus("readability-pages") else {
        return;
    };
    let mut dirs: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    let pages = dirs.into_iter().filter_map(|d| {
        let html = fs::read_to_string(d.join("source.html")).ok()?;
        Some((d.file_name()?.to_string_lossy().into_owned(), html))
    });
    gate("readability-pages", pages);
}

/// The wcxb-dev pages (`*.html.gz`); gzip needs flate2, which the `warc` and `cli` features bring.
#[cfg(any(feature = "warc", feature = "cli"))]
#[test]
fn wcxb_dev_spans_hold_their_words() {
    use std::io::Read;
    let Some(dir) = common::corpus("wcxb-dev/html") else {
        return;
    };
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let pages = files.into_iter().filter_map(|f| {
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(fs::File::open(&f).ok()?)
            .read_to_end(&mut bytes)
            .ok()?;
        let text = copydesk::input::decode(&bytes, Some("text/html"))
            .ok()?
            .text;
        Some((f.file_name()?.to_string_lossy().into_owned(), text))
    });
    gate("wcxb-dev", pages);
}

#[test]
fn blocks_read_from_json_ld_span_its_script() {
    let body = "The museum reopened its north wing on Saturday after two years of repairs to the roof.\\nVisitors queued from early morning, and the first tours were fully booked within the hour.\\nThe museum plans late openings on Thursdays through the summer, with talks by the curators.";
    let page = format!(
        "<html><head><title>Museum reopens</title><script type=\"application/ld+json\">\
         {{\"@type\":\"NewsArticle\",\"articleBody\":\"{body}\"}}</script></head>\
         <body><p>Loading the story.</p></body></html>"
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    assert!(article.blocks.len() >= 3, "{:?}", article.blocks);
    for block in &article.blocks {
        let span = block.span.clone().unwrap();
        assert!(page[span].contains("\"articleBody\""));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Markup soup (tags, references, comments, raw text, multibyte text): every span is a slice of
    /// the page on character boundaries.
    #[test]
    fn spans_are_slices_of_any_page(parts in proptest::collection::vec(prop_oneof![
        Just("<p>"), Just("</p>"), Just("<div class=\"a>b\">"), Just("</div>"), Just("<script>"),
        Just("</script>"), Just("<textarea>"), Just("</textarea>"), Just("<!--"), Just("-->"),
        Just("&amp;"), Just("&notin"), Just("&#x1F600;"), Just("&#150;"), Just("&"), Just("<"),
        Just("<noscript>"), Just("</noscript>"), Just("<table><tr><td>"), Just("é ü ß"),
        Just("\r\n"), Just("\u{0}"), Just("The council approved the new budget on Monday. "),
        Just("<nav>Home News</nav>"), Just("<svg><text>label</text>"), Just("<br>"),
    ], 0..40)) {
        let page: String = parts.concat();
        if let Ok(article) = Pipeline::default().clean_html(&page) {
            let spans = article.removals.iter().map(|r| &r.span);
            for span in article.blocks.iter().map(|b| &b.span).chain(spans).flatten() {
                prop_assert!(span.start <= span.end && page.get(span.clone()).is_some(), "{:?} {:?}", page, span);
            }
        }
    }
}

#[test]
fn fallback_markup_no_browser_shows_is_not_recorded() {
    let story = "<p>The council approved the new budget on Monday after a debate that lasted well into the night, with twelve votes to nine and two abstentions.</p>";
    let page = format!(
        "<html><body><article>{story}{story}{story}</article>\
         <div style=\"display:none\">Close<noembed><span>#{{template}}</span></noembed></div></body></html>"
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    let hidden = article.removals.iter().find(|r| r.stage == "hidden");
    assert_eq!(hidden.map(|r| r.text.as_str()), Some("Close"));
    assert!(common::unaccounted_page(&page, &article).is_empty());
}

#[test]
fn each_line_of_a_product_description_put_back_spans_its_own_paragraph() {
    // The JSON-LD gives the description as three paragraphs; the page prints them in a panel
    // outside the article. Each line put back points at its own paragraph, not the whole panel.
    let lines = [
        "A kettle for the camp stove and the open fire alike, with an enamel coat over a steel body.",
        "The handle folds flat &amp; the lid locks, so it packs inside a cooking pot on the trail.",
        "It holds 1.2 litres and weighs 480 g, and every one is made and tested in a workshop in Portugal.",
    ];
    let description = lines.join("\\n").replace("&amp;", "&");
    let review = "<p>I took this kettle on a week of walking in the hills and it boiled water for four people every morning without fail.</p>";
    let panel: String = lines.iter().map(|l| format!("<p>{l}</p>\n")).collect();
    let page = format!(
        "<html><head><title>Trail kettle</title><script type=\"application/ld+json\">\
         {{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Trail kettle\",\"description\":\"{description}\"}}</script></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></nav>\
         <div class=\"sidebar product-info\"><h2>Description</h2>{panel}</div>\
         <main><h1>Trail kettle</h1><section class=\"reviews\">{review}{review}{review}{review}</section></main></body></html>"
    );
    let article = unnormalized().clean_html(&page).unwrap();
    for (block, line) in article.blocks.iter().zip(lines) {
        assert_eq!(
            block.text,
            line.replace("&amp;", "&"),
            "{:#?}",
            article.blocks
        );
        assert_eq!(&page[block.span.clone().unwrap()], line);
    }
    // The panel's heading stays on record, spanning none of the lines put back.
    let heading = article.removals.iter().find(|r| r.text == "Description");
    let heading = heading.and_then(|r| r.span.clone()).unwrap();
    assert!(page[heading.clone()].starts_with("Description"));
    assert!(heading.end <= article.blocks[0].span.clone().unwrap().start);
    assert!(common::unaccounted_page(&page, &article).is_empty());
}

#[test]
fn a_product_description_the_page_prints_in_pieces_leaves_its_record_line_by_line() {
    // The page sets a heading between the description's paragraphs, which the JSON-LD leaves out:
    // the record holds the description only in pieces. Each line leaves it; the headings stay.
    let lines = [
        "A kettle for the camp stove and the open fire alike, with an enamel coat over a steel body.",
        "The handle folds flat and the lid locks, so it packs inside a cooking pot on the trail.",
        "It holds 1.2 litres and weighs 480 g, and every one is made and tested in a workshop in Portugal.",
    ];
    let description = lines.join("\\n");
    let review = "<p>I took this kettle on a week of walking in the hills and it boiled water for four people every morning without fail.</p>";
    let page = format!(
        "<html><head><title>Trail kettle</title><script type=\"application/ld+json\">\
         {{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Trail kettle\",\"description\":\"{}\"}}</script></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></nav>\
         <div class=\"sidebar product-info\"><h2>Description</h2><p>{}</p><h3>On the trail</h3><p>{}</p>\
         <h3>In numbers</h3><p>{}</p><p>Free returns</p></div>\
         <main><h1>Trail kettle</h1><section class=\"reviews\">{review}{review}{review}{review}</section></main></body></html>",
        description, lines[0], lines[1], lines[2]
    );
    let article = unnormalized().clean_html(&page).unwrap();
    for (block, line) in article.blocks.iter().zip(lines) {
        assert_eq!(block.text, line, "{:#?}", article.blocks);
        assert_eq!(&page[block.span.clone().unwrap()], line);
    }
    let recorded: Vec<&str> = article.removals.iter().map(|r| r.text.as_str()).collect();
    for heading in ["Description", "On the trail", "In numbers", "Free returns"] {
        assert!(recorded.contains(&heading), "{heading}: {recorded:?}");
    }
    for r in &article.removals {
        assert!(holds(&page, &r.span, &r.text), "{r:?}");
    }
    assert!(common::unaccounted_page(&page, &article).is_empty());
}

#[test]
fn text_dropped_with_its_element_keeps_its_blocks_apart() {
    // A sort menu, a hidden panel and a dialog written without whitespace between their blocks: the
    // records hold their options and paragraphs as separate words, as a reader sees them.
    let story = "<p>The council approved the new budget on Monday after a debate that lasted well into the night, with twelve votes to nine and two abstentions.</p>";
    let page = format!(
        "<html><body><form><select><option>Newest</option><optgroup label=\"Price\"><option>Cheapest</option><option>Dearest</option></optgroup></select></form>\
         <article>{story}{story}{story}</article>\
         <div hidden><p>Sign in</p><p>Create an account</p></div>\
         <dialog><h2>Cookies</h2><p>We use them</p></dialog></body></html>"
    );
    let article = unnormalized().clean_html(&page).unwrap();
    let recorded: Vec<&str> = article.removals.iter().map(|r| r.text.as_str()).collect();
    for text in [
        "Newest Cheapest Dearest",
        "Sign in Create an account",
        "Cookies We use them",
    ] {
        assert!(recorded.contains(&text), "{text}: {recorded:?}");
    }
    for r in &article.removals {
        assert!(holds(&page, &r.span, &r.text), "{r:?}");
    }
    assert!(common::unaccounted_page(&page, &article).is_empty());
}

#[test]
fn a_script_escaped_with_a_comment_is_read_to_its_real_end() {
    // Inside `<!--` a script's `<script` makes the next `</script>` part of its text, as old pages
    // wrote scripts from scripts: the reader must not take the script's rest for text the page shows.
    let story = "<p>The council approved the new budget on Monday after a debate that lasted well into the night, with twelve votes to nine and two abstentions.</p>";
    let page = format!(
        "<html><head><title>Budget</title><script>\n<!--\ndocument.write('<script src=\"a.js\"></script>');\n\
         var menu = 'Home News Sport';\n//-->\n</script></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>\
         <article>{story}{story}{story}</article></body></html>"
    );
    let article = unnormalized().clean_html(&page).unwrap();
    let nav = article
        .removals
        .iter()
        .find(|r| r.text == "Home News Sport");
    let span = nav.and_then(|r| r.span.clone()).unwrap();
    assert!(
        page[span].starts_with("Home</a>"),
        "{:#?}",
        article.removals
    );
    for r in &article.removals {
        assert!(holds(&page, &r.span, &r.text), "{r:?}");
    }
}
