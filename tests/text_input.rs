//! Text mode helps and never harms: an article's own text, in every shape, comes out with all of its
//! article and without the cruft a cleaner recognises. Every case is made up for this test.

use copydesk::batch::BatchDocument;
use copydesk::{BlockKind, InputKind, Pipeline};

/// Cleans `input` with the default pipeline and checks the reading and the exact output.
fn check(name: &str, input: &str, kind: InputKind, expected: &str) -> Option<String> {
    let article = match Pipeline::default().clean_text(input) {
        Ok(article) => article,
        Err(e) => return Some(format!("{name}: error {e}")),
    };
    let reading = article.input.as_ref().map(|r| r.kind);
    let mut problems = Vec::new();
    if reading != Some(kind) {
        problems.push(format!("read as {reading:?}, expected {kind:?}"));
    }
    if article.text() != expected {
        problems.push(format!("text\n{}\nexpected\n{expected}", article.text()));
    }
    (!problems.is_empty()).then(|| format!("{name}: {}", problems.join("; ")))
}

const ARTICLE: InputKind = InputKind::Article;
const PAGE: InputKind = InputKind::Page;

/// (name, input, reading, expected `Article::text()`).
const CASES: &[(&str, &str, InputKind, &str)] = &[
    (
        "three paragraphs with an ad label and a newsletter box",
        "Bridge reopens after repairs\n\n\
         The old bridge over the river reopened on Friday after eight months of repairs.\n\n\
         - Advertisement -\n\n\
         Engineers replaced the deck and strengthened two of its piers.\n\n\
         Sign up for our newsletter\n\
         Enter your email address\n\n\
         Traffic is expected to return to normal by next week.\n",
        ARTICLE,
        "Bridge reopens after repairs\n\n\
         The old bridge over the river reopened on Friday after eight months of repairs.\n\n\
         Engineers replaced the deck and strengthened two of its piers.\n\n\
         Traffic is expected to return to normal by next week.\n",
    ),
    (
        "a one-line closing paragraph",
        "Kyiv opens new metro line\n\n\
         A new metro line opened in the capital on Sunday, linking the left bank to the centre.\n\n\
         The line had been planned for more than a decade and was delayed twice.\n\n\
         The mayor, Vitali Klitschko, welcomed it.\n",
        ARTICLE,
        "Kyiv opens new metro line\n\n\
         A new metro line opened in the capital on Sunday, linking the left bank to the centre.\n\n\
         The line had been planned for more than a decade and was delayed twice.\n\n\
         The mayor, Vitali Klitschko, welcomed it.\n",
    ),
    (
        "a dateline and a wire sign-off",
        "Grain exports rise\n\n\
         LONDON, March 3 (Wire) - Grain exports rose for a third month in a row, traders said on Monday.\n\n\
         Prices held steady despite the larger shipments.\n\n\
         (Reporting by Jane Roe; Editing by John Doe)\n",
        ARTICLE,
        "Grain exports rise\n\n\
         LONDON, March 3 (Wire) - Grain exports rose for a third month in a row, traders said on Monday.\n\n\
         Prices held steady despite the larger shipments.\n\n\
         (Reporting by Jane Roe; Editing by John Doe)\n",
    ),
    (
        "subheadings and short paragraphs",
        "How the vote went\n\n\
         The motion passed by a wide margin.\n\n\
         Who voted for it\n\n\
         Most members of both parties backed it.\n\n\
         What happens next\n\n\
         It goes to the upper house.\n",
        ARTICLE,
        "How the vote went\n\n\
         The motion passed by a wide margin.\n\n\
         Who voted for it\n\n\
         Most members of both parties backed it.\n\n\
         What happens next\n\n\
         It goes to the upper house.\n",
    ),
    (
        "recipe steps and ingredients without bullets",
        "Lemon cake\n\n\
         This cake keeps well for three days in a tin.\n\n\
         Ingredients\n\
         200g flour\n\
         150g sugar\n\
         3 eggs\n\
         1 lemon\n\
         100g butter\n\n\
         Method\n\
         Heat the oven to 180C.\n\
         Beat the butter and sugar.\n\
         Add the eggs one at a time.\n\
         Fold in the flour and the zest.\n\
         Bake for 40 minutes.\n",
        ARTICLE,
        // Nothing to clean, and the lines of each list stand together as they came.
        "Lemon cake\n\n\
         This cake keeps well for three days in a tin.\n\n\
         Ingredients\n200g flour\n150g sugar\n3 eggs\n1 lemon\n100g butter\n\n\
         Method\nHeat the oven to 180C.\nBeat the butter and sugar.\nAdd the eggs one at a time.\n\
         Fold in the flour and the zest.\nBake for 40 minutes.\n",
    ),
    (
        "a Q&A interview",
        "Five questions for a beekeeper\n\n\
         Q: How did you start?\n\n\
         A: My grandfather kept bees, and I helped him as a child.\n\n\
         Q: Is it hard?\n\n\
         A: Not really.\n\n\
         Q: What would you tell a beginner?\n\n\
         A: Start with two hives, not one.\n",
        ARTICLE,
        "Five questions for a beekeeper\n\n\
         Q: How did you start?\n\n\
         A: My grandfather kept bees, and I helped him as a child.\n\n\
         Q: Is it hard?\n\n\
         A: Not really.\n\n\
         Q: What would you tell a beginner?\n\n\
         A: Start with two hives, not one.\n",
    ),
    (
        "a list with bullets and a caption",
        "Three changes to the timetable\n\n\
         The rail company announced three changes that start in May.\n\n\
         - Trains run every ten minutes at peak hours.\n\
         - The last train leaves at midnight.\n\
         - Weekend engineering works end in June.\n\n\
         Above: the new timetable at the central station\n\n\
         Passengers groups welcomed the news.\n",
        ARTICLE,
        "Three changes to the timetable\n\n\
         The rail company announced three changes that start in May.\n\n\
         - Trains run every ten minutes at peak hours.\n\n\
         - The last train leaves at midnight.\n\n\
         - Weekend engineering works end in June.\n\n\
         Above: the new timetable at the central station\n\n\
         Passengers groups welcomed the news.\n",
    ),
    (
        "share and tag rows around an article",
        "Share this article\n\n\
         Storm hits coast\n\n\
         The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
         Crews worked through the night to restore it, the utility said.\n\n\
         Tags: weather, storms, coast\n",
        ARTICLE,
        "Storm hits coast\n\n\
         The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
         Crews worked through the night to restore it, the utility said.\n",
    ),
    (
        "a whole page: menus and a footer around the article",
        "Home\nWorld\nBusiness\nSport\nCulture\nTravel\n\n\
         Storm hits coast\n\n\
         The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
         Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
         About us\nContact\nPrivacy\nTerms\nCareers\nAdvertise\n",
        PAGE,
        "Storm hits coast\n\n\
         The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
         Crews worked through the night to restore it, the utility said on Tuesday morning.\n",
    ),
];

#[test]
fn every_shape_of_article_comes_out_exactly_as_expected() {
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|(name, input, kind, expected)| check(name, input, *kind, expected))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn an_article_read_as_a_page_by_option_goes_through_the_locator() {
    let pipeline = Pipeline::builder()
        .input_kind(InputKind::Page)
        .build()
        .unwrap();
    let reading = pipeline.clean_text(CASES[0].1).unwrap().input.unwrap();
    assert_eq!(
        (reading.kind, reading.decided_by),
        (InputKind::Page, "option")
    );
}

#[test]
fn the_reading_is_on_record_with_its_evidence() {
    let article = Pipeline::default().clean_text(CASES[1].1).unwrap();
    let reading = article.input.unwrap();
    assert_eq!(reading.decided_by, "detected");
    assert!(
        reading.evidence.contains("blocks read as prose"),
        "{}",
        reading.evidence
    );
}

#[test]
fn html_input_has_no_text_reading() {
    let page = "<html><body><article><p>The storm reached the coast on Monday night.</p></article></body></html>";
    assert_eq!(Pipeline::default().clean_html(page).unwrap().input, None);
}

#[test]
fn cleaning_html_output_again_as_text_keeps_its_body() {
    let page = "<html><head><title>Grain exports rise</title></head><body><nav><a href=/>Home</a></nav>\
        <article><h1>Grain exports rise</h1>\
        <p>Grain exports rose for a third month in a row, traders said on Monday.</p>\
        <p>Prices held steady.</p><p>(Reporting by Jane Roe; Editing by John Doe)</p></article></body></html>";
    let html = Pipeline::default().clean_html(page).unwrap();
    let again = Pipeline::default().clean_text(&html.text()).unwrap();
    assert_eq!(again.body_text(), html.body_text());
}

#[test]
fn cleaning_html_output_with_code_again_as_text_keeps_its_code() {
    // Preformatted blocks are the only ones whose lines are indented, aligned or broken: an indented
    // line alone, aligned columns, code with a blank line inside, flush settings.
    let page = "<html><head><title>Setting up the worker</title></head><body><article>\
        <h1>Setting up the worker</h1>\
        <p>The worker runs as a service and reads its settings from one file at start-up.</p>\
        <pre>    worker --config /etc/worker.toml</pre>\
        <p>Its status command prints one line for each queue that it serves at the moment.</p>\
        <pre>Queue     Jobs   State\nmail      12     busy\nreports   0      idle</pre>\
        <p>A handler is a plain function that the worker calls once for every job it takes.</p>\
        <pre>def handle(job):\n    log(job)\n\ndef retry(job):\n    return job.again()</pre>\
        <p>The unit file for the service manager needs two settings and nothing else at all.</p>\
        <pre>[Unit]\nAfter=network.target</pre></article></body></html>";
    let html = Pipeline::default().clean_html(page).unwrap();
    assert!(
        html.body_text().contains("def retry(job):"),
        "{}",
        html.body_text()
    );
    let again = Pipeline::default().clean_text(&html.text()).unwrap();
    assert_eq!(again.body_text(), html.body_text());
}

#[test]
fn cleaning_html_output_with_flush_lines_again_as_text_keeps_them_together() {
    // A program's output and a poem's lines: flush, short, no code by their shape. Read again as
    // text they are lines a blank line apart from the paragraphs, each kept, so they stand together
    // again; and two blank lines inside code come out as one, which a second reading keeps.
    let page = "<html><head><title>Reading the build log</title></head><body><article>\
        <h1>Reading the build log</h1>\
        <p>The build stopped halfway, and the log said little more than this about the reason.</p>\
        <pre>Compiling parser\nCompiling checker\nerror: could not compile checker\nBuild failed</pre>\
        <p>A colleague once summed up the language we chose in a few lines that still hold today.</p>\
        <pre>the syntax of one\nthe speed of another\nthe tools of a third</pre>\
        <p>The fix itself was short, two functions with a gap between them in the source file.</p>\
        <pre>def first():\n    pass\n\n\n\ndef second():\n    pass</pre></article></body></html>";
    let html = Pipeline::default().clean_html(page).unwrap();
    assert!(
        html.body_text().contains("    pass\n\ndef second():"),
        "{}",
        html.body_text()
    );
    let again = Pipeline::default().clean_text(&html.text()).unwrap();
    assert_eq!(again.body_text(), html.body_text());
    assert!(again
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::Preformatted && b.text.starts_with("the syntax of one\n")));
}

#[test]
fn cleaning_html_output_with_a_command_again_as_text_keeps_its_spacing() {
    // A crontab entry: its fields parted by a double space, which a browser would fold in prose.
    let page = "<html><head><title>Clearing the package cache</title></head><body><article>\
        <h1>Clearing the package cache</h1>\
        <p>The cache had grown over two years of upgrades without anyone clearing it, so the first step \
        was a job that clears it every week, at night, when nobody is using the machine at all.</p>\
        <pre>00 01 * * sun  /usr/local/bin/clear_cache.sh >> /var/log/clear_cache.log 2>&1</pre>\
        <p>After the first run the disk had room again, and the upgrade went through without another \
        message, which is all anybody wanted from it on a Sunday morning before the week began.</p>\
        </article></body></html>";
    let html = Pipeline::default().clean_html(page).unwrap();
    assert!(
        html.body_text().contains("sun  /usr"),
        "{}",
        html.body_text()
    );
    let again = Pipeline::default().clean_text(&html.text()).unwrap();
    assert_eq!(again.body_text(), html.body_text());
}

#[test]
fn lines_standing_together_in_text_come_out_together_when_all_are_kept() {
    let text = "Storm closes the coast road\n\n\
        The coast road was closed on Monday after the storm brought down trees and power lines.\n\n\
        Road closed\nDiversion via the hill road\nReopening expected Friday\n\n\
        Crews worked through the night, and the council said the road should reopen by Friday.\n";
    let article = Pipeline::default().clean_text(text).unwrap();
    let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts[1],
        "Road closed\nDiversion via the hill road\nReopening expected Friday"
    );
    assert_eq!(article.blocks[1].kind, BlockKind::Preformatted);
    assert_reads_the_same_again(text);
}

#[test]
fn a_line_of_punctuation_in_lines_kept_together_comes_back_with_them() {
    // The rules of a settings header: alone they would be stray punctuation.
    let text = "Writing the rule file\n\n\
        The rule file opens with a header that names the files it applies to, and nothing else.\n\n\
        ---\nglobs: *.md\nalwaysApply: false\n---\n\n\
        The editor reads the header again whenever the file is saved, so changes apply at once.\n";
    let article = Pipeline::default().clean_text(text).unwrap();
    let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts[1], "---\nglobs: *.md\nalwaysApply: false\n---");
    assert!(article.removals.is_empty(), "{:?}", article.removals);
    assert_reads_the_same_again(text);
    // Lines opening with an ellipsis line, under no headline: the ellipsis comes back with them, and
    // read again without any cleaner (the normalizers only) it is no title either.
    let text = "...\nrt of a wire story whose first line the scraper cut, running on well past forty words so \
        that it is too long to be a headline, with no full stop at its end either, as the feed left it here\n\
        Foreign ministers discuss the treaty\n\n\
        The ministers met in Rome on Friday and agreed to speed up the talks, the ministry said.\n";
    let first = Pipeline::default().clean_text(text).unwrap();
    let mut normalizers_only = Pipeline::builder();
    normalizers_only.clear_cleaners().locate_body(false);
    let again = normalizers_only
        .build()
        .unwrap()
        .clean_text(&first.text())
        .unwrap();
    assert_eq!(again.text(), first.text());
    // A lone rule between paragraphs is still stray punctuation.
    let lone = "Writing the rule file\n\n\
        The rule file opens with a header that names the files it applies to, and nothing else.\n\n\
        ---\n\n\
        The editor reads the header again whenever the file is saved, so changes apply at once.\n";
    let article = Pipeline::default().clean_text(lone).unwrap();
    assert_eq!(article.removals.len(), 1);
    assert_eq!(article.removals[0].text, "---");
}

#[test]
fn lines_standing_together_part_when_a_cleaner_takes_one() {
    // The share prompt goes; the lines left stand as blocks of their own, as the cleaners judged them.
    let text = "Storm closes the coast road\n\n\
        The coast road was closed on Monday after the storm brought down trees and power lines.\n\n\
        Road closed\nShare this article\nReopening expected Friday\n\n\
        Crews worked through the night, and the council said the road should reopen by Friday.\n";
    let article = Pipeline::default().clean_text(text).unwrap();
    let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(texts.contains(&"Road closed"), "{texts:?}");
    assert!(texts.contains(&"Reopening expected Friday"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("Share this")), "{texts:?}");
}

#[test]
fn lines_of_a_text_without_blank_line_paragraphs_stay_apart() {
    // One paragraph a line, no blank lines: the lines are the text's blocks, not a laid-out group.
    let text = "Storm closes the coast road\n\
        The coast road was closed on Monday after the storm brought down trees and power lines.\n\
        Road closed\nReopening expected Friday\n\
        Crews worked through the night, and the council said the road should reopen by Friday.\n";
    let article = Pipeline::default().clean_text(text).unwrap();
    assert!(no_block_is_preformatted(&article), "{:?}", article.blocks);
    assert!(article.blocks.iter().any(|b| b.text == "Road closed"));
}

#[test]
fn a_paragraph_broken_by_a_stray_line_break_reads_the_same_again() {
    // Its two lines share a group with prose: no group of the text is given back whole, in the first
    // reading or the second.
    assert_reads_the_same_again(
        "Harbour town votes\n\nThe town co\nuncil voted on Tuesday to rebuild the market that burned down.\n\n\
         ADVERTISEMENT\n\nThe new hall will keep the old frame where it can, the architect told them.\n",
    );
    // A line of invisible characters alone between the two halves goes, and the halves stay apart.
    assert_reads_the_same_again(
        "Harbour town votes\n\nThe bridge was closed when engineers found cracks in two \u{200b}\n\
         \u{200b}\u{200b}\n\u{200b}of its supports.\n\nThe county said the repairs cost less than first \
         estimated.\n",
    );
    // An invisible character opening the second line does not stop it continuing the first.
    assert_reads_the_same_again(
        "Harbour town votes\n\nSeveral shops on the east bank said that their takings had f\n\u{feff}allen \
         by a third.\n\nThe county said the repairs cost less than first estimated, and that was that.\n",
    );
}

#[test]
fn a_cut_breadcrumb_aligned_by_tabs_leaves_a_line_that_reads_the_same_again() {
    let text = "Home \t \t » Press » International News » Council approves budget\n\n\
        The council approved the new budget on Monday after a debate that lasted well into the night.\n";
    let first = Pipeline::default().clean_text(text).unwrap();
    let again = Pipeline::default().clean_text(&first.text()).unwrap();
    assert_eq!(again.text(), first.text());
}

/// Cleans `text`, then cleans the result again, and asserts the second run changes nothing.
fn assert_reads_the_same_again(text: &str) {
    let first = Pipeline::default().clean_text(text).unwrap();
    let again = Pipeline::default().clean_text(&first.text()).unwrap();
    assert_eq!(again.text(), first.text(), "first run: {:?}", first.text());
}

#[test]
fn a_line_broken_by_a_vertical_tab_reads_the_same_again() {
    // The normalizers make the vertical tab a line break: the first run must read the two lines the
    // second run reads, not one line aligned by its tabs.
    assert_reads_the_same_again("Polls clos/d at ni ht \t  \t  \u{b}!ok%:\"\n");
}

#[test]
fn vertical_spaces_end_lines_as_the_normalizers_make_them() {
    // "\n\u{b}" comes out as a blank line, and a line separator can indent what follows it: the first
    // run must read the groups and the indentation the second run reads.
    assert_reads_the_same_again(
        "Rail strike ends\n\nThe strike that shut the railways for two weeks ended\n\
        on Friday, when the union accepted \u{2028}\u{2028}a pay offer over two years and\n\
        a promise to review hours.\n\u{b}Trains will run from\u{2028}\u{2028} Monday, the operator said.\n\
        - Timetables will be published on Saturday.\n",
    );
}

#[test]
fn an_indented_wrapped_paragraph_does_not_decide_the_layout_the_second_run_reads() {
    // A soft-wrapped paragraph whose second line is indented, and a line ending in a comma before it,
    // has code's shape; a share row aligned by tabs below. Cutting a cookie notice (a flush prose line)
    // must not make the second run read the text's spacing otherwise.
    let text = "The harbour board voted on Monday to dredge the channel that silted up two winters ago,\r\n \
        ending a long dispute over who should pay for the work.\n\n\
        The dredger will start in March, the board's chair said, and will work for six weeks in all.\n\n\
        \"We wanted the boats back in, not a car park,\" said a fisherman who had backed the plan.\n\n\
        Work is due to end before the summer season brings the visitors back.\n\n\
        Share this \t  \t story\nFacebook Twitter Email\n\n\
        We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.\n";
    assert_reads_the_same_again(text);
}

#[test]
fn a_title_case_headline_ending_in_a_full_stop_is_the_title_and_a_sentence_is_not() {
    let body = "The figures, published on Monday, show prices rising fastest in the smaller cities of the south.";
    let headline = "The Hottest Housing Markets in the U.S.";
    let article = Pipeline::default()
        .clean_text(&format!("{headline}\n\n{body}\n"))
        .unwrap();
    assert_eq!(article.title.as_deref(), Some(headline));
    assert_eq!(article.body_text(), body);
    // A short sentence that opens a text is its first paragraph, not a headline.
    let lede = "The mayor resigned on Monday.";
    let article = Pipeline::default()
        .clean_text(&format!("{lede}\n\n{body}\n"))
        .unwrap();
    assert_eq!(article.title, None);
    assert_eq!(article.body_text(), format!("{lede}\n\n{body}"));
}

#[test]
fn a_first_sentence_that_runs_on_into_the_next_block_is_no_headline() {
    let quote = "The old rule, the harbour master wrote, was that no boat leaves after dark.";
    for opening in [
        "As the harbour master put it in his memoir of forty years on the quay,",
        "Readers write to me every week with the same question about the tides:",
        "The board met on Monday; its chair, who has served for a decade, spoke first;",
    ] {
        let article = Pipeline::default()
            .clean_text(&format!("{opening}\n\n{quote}\n"))
            .unwrap();
        assert_eq!(article.title, None, "{opening}");
        assert_eq!(article.body_text(), format!("{opening}\n\n{quote}"));
    }
    // A headline may end in a colon when it is written as one, and a short label stands as before.
    for headline in [
        "Harbour Dredging: What Comes Next",
        "Tide Tables for the Winter:",
    ] {
        let article = Pipeline::default()
            .clean_text(&format!("{headline}\n\n{quote}\n"))
            .unwrap();
        assert_eq!(article.title.as_deref(), Some(headline));
    }
}

#[test]
fn a_line_of_an_article_s_markup_is_read_as_html() {
    let paragraphs = [
        "The harbour board voted on Monday to dredge the channel that silted up two winters ago.",
        "The dredger will start in March, the board\u{2019}s chair said, and will work for six weeks.",
        "Work is due to end before the summer season brings the visitors back to the quay.",
        "The council has promised to pay a third of the bill, the rest coming from the reserves.",
    ];
    let markup: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p> ", p.replace('\u{2019}', "&rsquo;")))
        .collect();
    // A scraper that handed over the article element's markup instead of its text.
    let article = Pipeline::default()
        .clean_text(&format!("<h1>Harbour board backs plan</h1> {markup}\n"))
        .unwrap();
    assert_eq!(article.title.as_deref(), Some("Harbour board backs plan"));
    assert_eq!(article.body_text(), paragraphs.join("\n\n"));
    // A republishing box under the article, its copy of the article in markup: the copy goes.
    let page = format!(
        "Harbour board backs plan\n\n{}\n\nRepublish this article\n\n<h1>Harbour board backs plan</h1> {markup}\n",
        paragraphs.join("\n\n")
    );
    let article = Pipeline::default().clean_text(&page).unwrap();
    assert_eq!(
        article.body_text(),
        format!("{}\n\nRepublish this article", paragraphs.join("\n\n"))
    );
    // Spans of the blocks read from the markup point at their words in the input.
    for removal in article
        .removals
        .iter()
        .filter(|r| r.stage == "repeated-section")
    {
        let span = removal.span.clone().expect("a span");
        assert!(
            page[span].starts_with(&removal.text[..20]),
            "{}",
            removal.text
        );
    }
}

/// A made-up site's page as a scraper dumps it: a menu and a footer that recur on every page, and
/// around the article a list of teasers that differs from page to page.
fn dumped_page(topic: &str) -> String {
    let menu =
        "Home\nWorld\nPolitics\nBusiness\nScience\nHealth\nSport\nCulture\nTravel\nWeather\n\
        Podcasts\nNewsletters\nSubscribe\nSign in";
    let footer =
        "About us\nContact\nCareers\nAdvertise\nTerms of use\nPrivacy policy\nCookie settings\n\
        Accessibility";
    let teasers: Vec<String> = [
        "Storm hits",
        "Fair opens",
        "Mayor resigns",
        "School wins",
        "Market moves",
    ]
    .iter()
    .enumerate()
    .map(|(i, what)| format!("{what} {topic} news item {i}"))
    .collect();
    format!(
        "{menu}\n\nTown votes on the {topic} plan\n\n\
        The council voted on Monday to go ahead with the {topic} plan after a long debate that ran late into the night.\n\n\
        Supporters of the {topic} plan said it would bring work to the town, while critics warned about the cost.\n\n\
        The first stage of the {topic} work is due to start in the spring, the council's leader told reporters.\n\n\
        More stories\n\n{}\n\n{footer}\n",
        teasers.join("\n\n")
    )
}

#[test]
fn a_batch_reads_each_page_with_the_chrome_it_takes_away() {
    // The batch stage removes the menu and the footer that recur across the site's pages. The page's
    // reading and the body locator must still see them: without them the page reads as an article,
    // and the teasers around it would be kept.
    let pages: Vec<String> = ["harbour", "library", "railway", "orchard", "bridge"]
        .iter()
        .map(|topic| dumped_page(topic))
        .collect();
    let docs: Vec<BatchDocument> = pages.iter().map(|p| BatchDocument::text(p)).collect();
    let pipeline = Pipeline::default();
    for (page, cleaned) in pages.iter().zip(pipeline.clean_batch(&docs)) {
        let in_batch = cleaned.unwrap();
        let alone = pipeline.clean_text(page).unwrap();
        assert_eq!(in_batch.body_text(), alone.body_text());
        assert!(
            !in_batch.body_text().contains("news item"),
            "{}",
            in_batch.body_text()
        );
        assert!(in_batch
            .removals
            .iter()
            .any(|r| r.stage == "batch-furniture"));
        assert_eq!(
            in_batch.input.as_ref().map(|i| i.kind),
            Some(InputKind::Page)
        );
    }
}

const HARBOUR_ARTICLE: &str = "Harbour market to be rebuilt\n\n\
    The council voted on Monday to rebuild the old fish market that burned down two winters ago, ending a \
    long argument over what should replace it.\n\n\
    The new hall will keep the old timber frame where it can, the architect said, and will open its ground \
    floor to stalls six days a week.\n\n\
    Work is due to begin in the spring and to take about eighteen months, the council's leader told \
    reporters after the vote, which passed by eleven votes to four.\n\n\
    Traders who sold from vans in the car park since the fire said they would move back in as soon as the \
    doors open, and the fishermen's cooperative has asked for a cold store on the quay side of the hall.\n\n";

#[test]
fn a_comment_thread_after_the_article_goes_on_record() {
    let text = format!(
        "{HARBOUR_ARTICLE}3 Comments\n\nAmy Kerr March 10, 2017 at 12:20 AM\n\nAbout time, the old market was the heart of the town.\n\n\
        Rob · March 10, 2017 at 1:26 AM\n\nWho is paying for all this, though?\n\n\
        Posted by: Jo Lind at March 11, 2017 09:28 AM\n\nThe timber frame is the best part of the plan.\n"
    );
    for input in [InputKind::Article, InputKind::Page, InputKind::Auto] {
        let pipeline = Pipeline::builder().input_kind(input).build().unwrap();
        let article = pipeline.clean_text(&text).unwrap();
        let body = article.body_text();
        assert!(body.ends_with("side of the hall."), "{input:?}: {body}");
        let thread: Vec<&str> = article
            .removals
            .iter()
            .filter(|r| matches!(&r.reason, copydesk::Reason::Pattern(p) if p.contains("comment thread")))
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(thread.len(), 6, "{input:?}: {thread:?}");
    }
}

#[test]
fn a_live_blog_signed_with_times_keeps_its_entries() {
    let text = format!(
        "{HARBOUR_ARTICLE}December 3, 2026 10:32 AM\n\nThe minister has arrived and is expected to speak shortly.\n\n\
        Updated December 3, 2026 10:47 AM\n\nTalks have begun behind closed doors, officials said.\n\n\
        December 3, 2026 11:05 AM\n\nA statement is expected before noon, a spokesman said.\n"
    );
    let article = Pipeline::default().clean_text(&text).unwrap();
    assert!(
        article.body_text().ends_with("a spokesman said."),
        "{}",
        article.body_text()
    );
}

#[test]
fn a_forum_thread_without_a_comments_heading_keeps_its_replies() {
    // A thread's posts are signed like comments but are the page's content: with no comment section's
    // heading above them, nothing is cut as a comment thread.
    let text = format!(
        "{HARBOUR_ARTICLE}Amy Kerr March 10, 2017 at 12:20 AM\n\nAbout time, the old market was the heart of the town.\n\n\
        Rob · March 10, 2017 at 1:26 AM\n\nWho is paying for all this, though?\n\n\
        Posted by: Jo Lind at March 11, 2017 09:28 AM\n\nThe timber frame is the best part of the plan.\n"
    );
    let article = Pipeline::builder()
        .input_kind(InputKind::Article)
        .build()
        .unwrap()
        .clean_text(&text)
        .unwrap();
    assert!(
        article
            .body_text()
            .ends_with("The timber frame is the best part of the plan."),
        "{}",
        article.body_text()
    );
    assert!(!article.removals.iter().any(
        |r| matches!(&r.reason, copydesk::Reason::Pattern(p) if p.contains("comment thread"))
    ));
}

#[test]
fn a_long_opening_question_is_the_first_paragraph_and_a_short_one_the_headline() {
    let body =
        "The answer depends on the soil, the weather of the first fortnight and how deep the \
        seeds went in.";
    // An article handed over without its headline: it opens with a paragraph that asks the reader.
    let lede = "Sowing beans by the window is the easiest start a new gardener can make, yet the same \
        worry comes back every spring from our readers: \u{201c}Why did my seedlings wilt overnight?\u{201d}";
    let article = Pipeline::default()
        .clean_text(&format!("{lede}\n\n{body}\n"))
        .unwrap();
    assert_eq!(article.title, None);
    assert_eq!(article.body_text(), format!("{lede}\n\n{body}"));
    // A question headline is short.
    let headline = "Why do bean seedlings wilt overnight?";
    let article = Pipeline::default()
        .clean_text(&format!("{headline}\n\n{body}\n"))
        .unwrap();
    assert_eq!(article.title.as_deref(), Some(headline));
    assert_eq!(article.body_text(), body);
    // A long headline in title case stays the headline, whatever it ends with.
    let headline =
        "The Twelve Vegetables Every Beginner Can Grow on a Balcony and the Tools That Make \
        Them Thrive — Green Patch Ltd.";
    let article = Pipeline::default()
        .clean_text(&format!("{headline}\n\n{body}\n"))
        .unwrap();
    assert_eq!(article.title.as_deref(), Some(headline));
}

/// A line set in only by a control character, whose mis-decoded ellipsis ("â€¦") keeps it from
/// ending a sentence, reads as an indented line of its own: preformatted. Once normalized it is a line
/// of prose, which a second reading takes for a paragraph; so the first reading comes out as one, flush.
#[test]
fn a_line_that_reads_as_prose_once_normalized_comes_out_as_a_paragraph() {
    let text = "The council met on Monday evening and agreed to keep the library open late.\n\n\
                \u{1a} The reading room will open later on Sunday mornings from Aprilâ€¦\n";
    let pipeline = Pipeline::default();
    let article = pipeline.clean_text(text).expect("an article");
    let out = article.text();
    assert!(
        out.ends_with("\n\nThe reading room will open later on Sunday mornings from April…\n"),
        "{out:?}"
    );
    assert!(no_block_is_preformatted(&article));
    assert_eq!(pipeline.clean_text(&out).expect("an article").text(), out);
    // Code set in by a control character stays code: its lines still read as preformatted.
    let code = "The council published the script it uses to count visitors at the door.\n\n\
                \u{1a}    for door in doors:\n        count += door.visitors()\n";
    let article = pipeline.clean_text(code).expect("an article");
    assert!(
        article
            .text()
            .contains("    for door in doors:\n        count += door.visitors()"),
        "{:?}",
        article.text()
    );
}

#[test]
fn a_compiler_s_sentence_over_its_diagnostic_comes_back_with_its_lines() {
    // The compiler's closing lines hold a sentence; they stand together as printed, and the program
    // output above them is given back whole too.
    let text = "Why the build stops\n\n\
        The checker refuses the second use of the buffer, and the build ends with its usual advice.\n\n\
        Checking parser v0.3.1\nBuild halted at stage two\n\n\
        To see every step the checker took, run it again with the verbose flag set.\n\
        error: could not check `parser` because of 2 earlier errors\n\n\
        Moving the buffer into a clone on the second use is enough to make the checker agree.\n";
    let article = Pipeline::default().clean_text(text).unwrap();
    let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(
        texts.contains(&"Checking parser v0.3.1\nBuild halted at stage two"),
        "{texts:?}"
    );
    assert!(
        texts.contains(
            &"To see every step the checker took, run it again with the verbose flag set.\n\
              error: could not check `parser` because of 2 earlier errors"
        ),
        "{texts:?}"
    );
    assert_reads_the_same_again(text);
}

#[test]
fn a_sentence_over_a_label_or_an_entry_still_parts_the_text_s_line_groups() {
    // A glossary entry opens its description with a capital and a note's label with one: no
    // diagnostic, so the sentence is a paragraph and the text's groups come out a line a block.
    for grouped in [
        "tidyframe: A package for tidying tables before they are plotted or summed.\n\
         plotkit: A package for drawing the tables once they are tidy.",
        "Note: the hall stays closed until the inspectors have signed it off.\n\
         The market moves to the car park until then, the council said on Monday.",
    ] {
        let text = format!(
            "Market moves for the summer\n\n\
             The covered market will close for repairs in June, the council said on Monday.\n\n\
             Stalls open at six\nParking is free\n\n{grouped}\n\n\
             Traders said they would rather move than close for the whole summer.\n"
        );
        let article = Pipeline::default().clean_text(&text).unwrap();
        assert!(
            no_block_is_preformatted(&article),
            "{grouped}: {:?}",
            article.blocks
        );
        assert_reads_the_same_again(&text);
    }
}

#[test]
fn a_sentence_comment_over_aligned_settings_is_one_preformatted_block() {
    let settings = "# Keep the editor to the restricted one, and do not let others replace it.\n\
                    Defaults      editor=/usr/bin/rnano, !env_editor\n\
                    Defaults      umask=0077";
    let text = format!(
        "Locking down the editor\n\n\
         The settings below make the tool start the restricted editor for everyone on the host.\n\n\
         {settings}\n\n\
         Check the file with the tool's own checker before you log out of the root shell.\n"
    );
    let article = Pipeline::default().clean_text(&text).unwrap();
    let block = article.blocks.iter().find(|b| b.text.starts_with("# Keep"));
    assert_eq!(
        block.map(|b| (b.kind, b.text.as_str())),
        Some((BlockKind::Preformatted, settings))
    );
    assert_reads_the_same_again(&text);
    // A sentence aligned by its own spacing is a paragraph's: the group is read a line a block.
    let aligned = "Defaults      editor=/usr/bin/rnano\n\
                   The restricted editor   cannot open a shell, so nobody can escape from it.";
    let article = Pipeline::default()
        .clean_text(&text.replace(settings, aligned))
        .unwrap();
    assert!(no_block_is_preformatted(&article), "{:?}", article.blocks);
}

/// Whether none of `article`'s blocks is preformatted: lines read one by one, or as paragraphs.
fn no_block_is_preformatted(article: &copydesk::Article) -> bool {
    article
        .blocks
        .iter()
        .all(|b| b.kind != BlockKind::Preformatted)
}
