//! HTML input: golden cases, conservation of visible text, and pathological pages.
//!
//! Cases live in `tests/html/CASE/{input.html, expected.txt, expected.md, removals.txt}`. Set
//! `COPYDESK_BLESS=1` to rewrite the expected files; review the diff before committing it.

mod common;

use copydesk::{Article, BlockKind, Pipeline};
use scraper::{Html, Node};
use std::fs;
use std::path::{Path, PathBuf};

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/html");
    let mut cases: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/html exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("input.html").is_file())
        .collect();
    cases.sort();
    cases
}

fn removals_listing(article: &Article) -> String {
    article
        .removals
        .iter()
        .map(|r| format!("{}\t{}\n", r.stage, r.text))
        .collect()
}

fn clean_case(case: &Path) -> Article {
    let bytes = fs::read(case.join("input.html")).unwrap();
    Pipeline::default()
        .clean_bytes(&bytes, Some("text/html"))
        .unwrap()
}

#[test]
fn html_golden_cases_match() {
    let bless = std::env::var_os("COPYDESK_BLESS").is_some();
    let mut failures = Vec::new();
    let cases = cases();
    assert!(cases.len() >= 5, "tests/html holds the cases");
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let article = clean_case(&case);
        let outputs = [
            ("expected.txt", article.text()),
            ("expected.md", article.to_markdown()),
            ("removals.txt", removals_listing(&article)),
        ];
        for (file, got) in outputs {
            if bless {
                fs::write(case.join(file), &got).unwrap();
            } else if fs::read_to_string(case.join(file)).unwrap_or_default() != got {
                failures.push(format!("{name}/{file} differs; got\n{got}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} HTML golden output(s) differ (COPYDESK_BLESS=1 rewrites them):\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The text a reader can see: text nodes outside scripts, styles, templates and the head, plus the title.
fn visible_text(html: &str) -> String {
    let dom = Html::parse_document(html);
    let mut out = String::new();
    for node in dom.tree.root().descendants() {
        let Node::Text(text) = node.value() else {
            continue;
        };
        let hidden = node.ancestors().any(|a| {
            a.value().as_element().is_some_and(|e| {
                matches!(
                    e.name(),
                    "script" | "style" | "template" | "noscript" | "head"
                )
            })
        });
        if !hidden {
            out.push_str(text);
        }
    }
    out
}

#[test]
fn every_visible_character_is_kept_or_recorded() {
    for case in cases() {
        let html = fs::read_to_string(case.join("input.html")).unwrap();
        let article = clean_case(&case);
        let missing = common::unaccounted_html(&visible_text(&html), &article);
        assert!(
            missing.is_empty(),
            "{}: characters dropped silently: {missing:?}",
            case.display()
        );
    }
}

#[test]
fn chrome_is_removed_and_the_story_kept() {
    let article =
        clean_case(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/html/article-with-chrome"));
    let body = article.body_text();
    for kept in [
        "The harbour bridge reopened to traffic on Monday morning, three weeks after",
        "What was repaired",
        "We found the corrosion early",
        "Twelve cables replaced",
        "The next full inspection",
    ] {
        assert!(body.contains(kept), "lost {kept:?}:\n{body}");
    }
    for gone in [
        "Sport",
        "Most read",
        "Subscribe",
        "About time",
        "Ferry timetable",
        "Facebook",
        "All rights reserved",
        "By Jane Doe",
    ] {
        assert!(!body.contains(gone), "kept {gone:?}:\n{body}");
    }
    let stages: Vec<&str> = article.removals.iter().map(|r| r.stage).collect();
    for stage in ["boilerplate-container", "byline", "title", "low-score"] {
        assert!(stages.contains(&stage), "no {stage} removal in {stages:?}");
    }
    assert!(article.removals.iter().all(|r| r.span.is_some()));
    let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    assert!(kinds.contains(&BlockKind::Heading));
    assert!(kinds.contains(&BlockKind::Quote));
    assert!(kinds.contains(&BlockKind::ListItem));
}

#[test]
fn hidden_nodes_are_recorded_as_hidden() {
    let article =
        clean_case(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/html/hidden-nodes"));
    let body = article.body_text();
    assert!(body.contains("stay open until nine"));
    assert!(body.contains("Staff will be asked"));
    let hidden: Vec<&str> = article
        .removals
        .iter()
        .filter(|r| r.stage == "hidden")
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(hidden.len(), 4, "{hidden:?}");
    assert!(hidden.iter().any(|t| t.starts_with("Draft note")));
    for gone in [
        "Draft note",
        "cookies",
        "Illustration",
        "Loading",
        "JavaScript",
        "Template",
    ] {
        assert!(!body.contains(gone), "kept {gone:?}");
    }
}

#[test]
fn body_split_over_sibling_containers_is_recovered() {
    let article = clean_case(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/html/split-body"));
    let body = article.body_text();
    for kept in [
        "forty pupils",
        "weekly experiments",
        "head teacher",
        "summer fair",
        "ceremony in the capital",
    ] {
        assert!(body.contains(kept), "lost {kept:?}:\n{body}");
    }
    for gone in ["Advertisement", "Schools", "Terms"] {
        assert!(!body.contains(gone), "kept {gone:?}:\n{body}");
    }
}

#[test]
fn inline_text_is_joined_as_read() {
    let article =
        clean_case(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/html/br-separated"));
    let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(texts.contains(&"We covered the tomatoes with fleece, which saved about half of them; the rest went to the compost heap."));
    assert!(texts.contains(&"Next year we will plant the beans two weeks earlier"));
    assert!(texts.contains(&"and build a small cold frame for the seedlings."));
    assert!(texts
        .iter()
        .any(|t| t.starts_with("Our neighbour's squash") && t.contains("wheelbarrow, and")));
}

#[test]
fn tables_become_rows_and_markdown_tables() {
    let article = clean_case(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/html/data-table"));
    let rows = common::table_rows(&article);
    assert_eq!(rows[0], "| Station | Rainfall (mm) | Average (mm) |");
    assert_eq!(rows.len(), 4);
    let md = article.to_markdown();
    assert!(md.contains("| Station | Rainfall (mm) | Average (mm) |\n| --- | --- | --- |\n| North Point | 412 | 280 |\n"), "{md}");
    assert!(
        md.contains("*A flooded field near River Mouth in November.*"),
        "{md}"
    );
    assert!(md.contains("```\nstation,mm\nNorth Point,412\n```"), "{md}");
}

/// Nests `depth` divs around a paragraph.
fn nested_page(depth: usize) -> String {
    let para = "<p>The innermost paragraph holds the only text of this page, and it is long enough to count.</p>";
    let mut page = String::with_capacity(depth * 11 + para.len() + 64);
    page.push_str("<html><body>");
    page.push_str(&"<div>".repeat(depth));
    page.push_str(para);
    page.push_str(&"</div>".repeat(depth));
    page.push_str("</body></html>");
    page
}

#[test]
fn a_page_nested_two_hundred_thousand_deep_works() {
    // The test thread's stack is small on purpose: any recursion over the DOM would overflow it.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let article = Pipeline::default()
                .clean_html(&nested_page(200_000))
                .unwrap();
            article.body_text()
        })
        .unwrap();
    let body = handle.join().expect("no stack overflow");
    assert!(body.starts_with("The innermost paragraph"), "{body}");
}

#[test]
fn pages_without_text_are_no_article() {
    let err = Pipeline::default()
        .clean_html("<html><body><script>x()</script><div></div></body></html>")
        .unwrap_err();
    assert!(matches!(err, copydesk::Error::NoArticle { .. }), "{err}");
    assert!(matches!(
        Pipeline::default().clean_html("   "),
        Err(copydesk::Error::EmptyInput)
    ));
}

#[test]
fn a_short_article_in_its_marked_container_beats_the_menus() {
    let menu: String = (0..40)
        .map(|i| format!("<li><a href=\"/s{i}\">Section number {i} of the site</a></li>"))
        .collect();
    let page = format!(
        "<html><body><ul class=\"menu\">{menu}</ul><div itemprop=\"articleBody\"><p>The ferry to the island \
         will run twice a day from Monday, the operator said, after repairs to the pier.</p></div>\
         <ul class=\"links\">{menu}</ul></body></html>"
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    assert_eq!(
        article.body_text(),
        "The ferry to the island will run twice a day from Monday, the operator said, after repairs to the pier."
    );
}

#[test]
fn ruby_readings_are_left_out_of_the_text() {
    let page = "<html><body><p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>の読み方を学ぶ授業が、\
                今年から全国の小学校で始まりました。先生たちは新しい教科書を使っています。</p></body></html>";
    let article = Pipeline::default().clean_html(page).unwrap();
    assert!(
        article.body_text().starts_with("漢字の読み方"),
        "{}",
        article.body_text()
    );
    assert!(article
        .removals
        .iter()
        .any(|r| r.stage == "annotation" && r.text == "かんじ"));
}

/// Made-up paragraphs of a story, enough to pass the article threshold.
fn story_paragraphs() -> String {
    [
        "The ferry to the island will run twice a day from Monday, the operator said, after repairs to the pier.",
        "Repairs took three months longer than planned because storms in the spring washed away the scaffolding.",
        "Islanders had relied on a small water taxi, which could not carry cars, for most of the summer season.",
        "The council said it would review the contract with the builder once the final bill had been received.",
        "A second pier, on the north side of the island, is due to be rebuilt next year with money from the state.",
    ]
    .iter()
    .map(|p| format!("<p>{p}</p>"))
    .collect()
}

#[test]
fn streamed_segments_and_collapsed_panels_are_shown_text() {
    let story = story_paragraphs();
    // React streams the body into a hidden segment that its script moves into place.
    let streamed = format!(
        "<html><body><div id=\"root\"><template id=\"B:0\"></template></div>\
         <div hidden id=\"S:0\"><article>{story}</article></div></body></html>"
    );
    let article = Pipeline::default().clean_html(&streamed).unwrap();
    assert!(
        article.body_text().starts_with("The ferry"),
        "{}",
        article.body_text()
    );
    // An accordion's collapsed answer is on the page; a hidden draft note is not.
    let faq = format!(
        "<html><body><article>{story}<div class=\"accordion-item\"><h3>When does the ferry leave?</h3>\
         <div class=\"accordion-collapse\" hidden><p>The first ferry leaves at seven in the morning, \
         the last one at six in the evening.</p></div></div><div hidden><p>Draft note: check the \
         timetable with the operator before this goes out.</p></div></article></body></html>"
    );
    let article = Pipeline::default().clean_html(&faq).unwrap();
    let text = article.body_text();
    assert!(text.contains("The first ferry leaves at seven"), "{text}");
    assert!(!text.contains("Draft note"), "{text}");
}

#[test]
fn a_noscript_view_is_read_when_the_scripted_view_is_empty() {
    let story = story_paragraphs();
    let page = format!(
        "<html><body><div id=\"app\"><p>Loading…</p></div><noscript><div class=\"topic-body\">\
         {story}</div></noscript></body></html>"
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    assert!(
        article.body_text().starts_with("The ferry"),
        "{}",
        article.body_text()
    );
    // With a scripted view that holds the article, a noscript tracking pixel changes nothing.
    let page = format!(
        "<html><body><article>{story}</article><noscript><img src=\"/pixel.gif\" alt=\"\"></noscript>\
         </body></html>"
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    assert!(
        article.body_text().ends_with("money from the state."),
        "{}",
        article.body_text()
    );
}

#[test]
fn utility_and_builder_names_do_not_make_the_body_furniture() {
    let story = story_paragraphs();
    for class in [
        "relative overflow-hidden",
        "elementor-widget elementor-widget-text-editor",
        "o-layout-sidebar-after",
        "scroll-target",
    ] {
        let page = format!(
            "<html><body><ul class=\"menu\"><li><a href=\"/\">Home</a></li></ul>\
             <div class=\"{class}\"><div>{story}</div></div></body></html>"
        );
        let article = Pipeline::default().clean_html(&page).unwrap();
        assert!(
            article.body_text().starts_with("The ferry"),
            "{class}: {}",
            article.body_text()
        );
    }
}

#[test]
fn a_code_viewer_s_lines_inside_pre_are_one_listing() {
    // Code viewers print each line of a listing as a block inside `<pre>`; the browser shows one listing.
    let page = "<html><body><article><h1>Counting clicks</h1>\
        <p>Each component keeps its own state, and the count below goes up by one with every click on \
        the button, as the example shows when it runs in the page.</p>\
        <pre><code><div class=\"line\">function Counter() {<br></div>\
        <div class=\"line\">  const [n, setN] = useState(0);<br></div><div class=\"line\"><br></div>\
        <div class=\"line\">  return n;<br></div><div class=\"line\">}</div></code></pre>\
        <p>The state is kept between renders, so the count is not lost when the component is drawn \
        again after the click, and each counter on the page counts on its own.</p></article></body></html>";
    let article = Pipeline::default().clean_html(page).unwrap();
    let code: Vec<&str> = article
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Preformatted)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(
        code,
        ["function Counter() {\n  const [n, setN] = useState(0);\n\n  return n;\n}"]
    );
    let again = Pipeline::default().clean_text(&article.text()).unwrap();
    assert_eq!(again.body_text(), article.body_text());
}
