//! Whole-page text: the body locator cuts a page's chrome by its evidence and keeps the article. Every
//! page here is made up for this test.

use copydesk::{InputKind, Pipeline};

const MENU: &str = "Home\nNews\nSport\nWeather\nCulture\nTravel\n";
const FOOTER: &str = "About us\nContact\nPrivacy\nTerms\nCareers\nAdvertise\n";
const HEADLINE: &str = "Hedge cutting season opens";
const FIRST: &str = "The county's hedge cutting season opened on Monday, a month later than in past years, to spare nesting birds.";
const SECOND: &str =
    "Farmers said the later start would squeeze their autumn work, but most welcomed the change.";

/// A sidebar's list of categories printed as one line, as a page's text dump flattens it: forty names
/// and no sentence, longer than the short article.
const CATEGORIES: &str = "Categories Gardening Allotments Beekeeping Birdwatching Bonsai Composting \
    Container Gardens Greenhouses Herb Gardens Hedges Houseplants Lawns Orchards Ponds Roses Seed \
    Saving Shrubs Succulents Topiary Trees Vegetables Water Features Wildflowers Window Boxes Woodland \
    Walks Alpine Plants Bulbs Cacti Dahlias Ferns Fuchsias Grasses";

/// A longer paragraph, for an article long enough to be followed by a comment thread.
const THIRD: &str = "Under the new rules, hedges on farmland may be cut from the first of September until \
    the end of February, and a landowner who cuts one during the nesting months can be fined, unless \
    the hedge blocks a road or a sight line at a junction, in which case the council may order it. The \
    county expects most farmers to plan their work around the change within a season or two.";

/// Three readers' replies, each closed by its "Reply" button's line.
const REPLIES: &str =
    "Rene\n\nI cut mine back in August every year and never saw a nest in it.\n\n\
        Reply\n\nKat\n\nThanks for sharing, that is good to hear from a grower.\n\nReply\n\n\
        Michelle\n\nDoes the rule cover garden hedges too, or only farm ones?\n\nReply\n";

/// `page` cleaned as a whole page's text (`InputKind::Page`).
fn clean_as_page(page: &str) -> copydesk::Article {
    Pipeline::builder()
        .input_kind(InputKind::Page)
        .build()
        .unwrap()
        .clean_text(page)
        .unwrap()
}

fn article_text() -> String {
    format!("{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n")
}

#[test]
fn a_line_of_names_longer_than_the_article_does_not_pass_for_it() {
    let page =
        format!("{MENU}\n{CATEGORIES}\n\n{MENU}\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{FOOTER}");
    for kind in [InputKind::Auto, InputKind::Page] {
        let pipeline = Pipeline::builder().input_kind(kind).build().unwrap();
        let article = pipeline.clean_text(&page).unwrap();
        assert_eq!(article.text(), article_text(), "{kind:?}");
        assert!(
            article.removals.iter().any(|r| r.text == CATEGORIES),
            "{kind:?}"
        );
    }
}

#[test]
fn a_line_of_names_after_the_article_is_left_out() {
    let page = format!("{MENU}\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{CATEGORIES}\n\n{FOOTER}");
    let article = Pipeline::default().clean_text(&page).unwrap();
    assert_eq!(
        article.input.as_ref().map(|r| r.kind),
        Some(InputKind::Page)
    );
    assert_eq!(article.text(), article_text());
}

#[test]
fn a_line_of_names_between_the_articles_paragraphs_stays() {
    // A row of names inside the article (a table's header, a cast list) is no prose, but costs the
    // article nothing either: it stays between the paragraphs around it.
    let cast =
        "Cast Anna Berg Brian Cole Carla Diaz Dennis Egan Elena Ford Frank Gill Grace Hall Henry \
                Ives Irene Jones Jack King Karen Lane Leo Moss";
    let third =
        "The show runs until the end of the month at the town hall, with tickets on sale now.";
    let page =
        format!("{MENU}\n{HEADLINE}\n\n{FIRST}\n\n{cast}\n\n{SECOND}\n\n{third}\n\n{FOOTER}");
    let article = clean_as_page(&page);
    assert_eq!(
        article.text(),
        format!("{HEADLINE}\n\n{FIRST}\n\n{cast}\n\n{SECOND}\n\n{third}\n")
    );
}

#[test]
fn an_article_with_a_line_of_names_keeps_it() {
    // An article's own text (no menus around it): nothing of it goes, a line of names neither.
    let cast =
        "Cast Anna Berg Brian Cole Carla Diaz Dennis Egan Elena Ford Frank Gill Grace Hall Henry \
                Ives Irene Jones Jack King Karen Lane Leo Moss";
    let text = format!("{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{cast}\n");
    let article = Pipeline::default().clean_text(&text).unwrap();
    assert_eq!(
        article.input.as_ref().map(|r| r.kind),
        Some(InputKind::Article)
    );
    assert_eq!(article.text(), format!("{}\n{cast}\n", article_text()));
}

#[test]
fn replies_closed_by_reply_buttons_under_a_comments_heading_go_on_record() {
    let thread = format!("3 Comments\n\n{REPLIES}");
    let text = format!("{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{thread}");
    let article = Pipeline::default().clean_text(&text).unwrap();
    assert_eq!(
        article.text(),
        format!("{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n")
    );
    assert!(article
        .removals
        .iter()
        .any(|r| r.text.starts_with("I cut mine back")
            && r.reason.to_string().contains("comment thread")));
}

#[test]
fn posts_with_reply_buttons_and_no_comments_heading_stay() {
    // A forum's thread: its posts are the page's content, buttons or not.
    let posts = REPLIES;
    let text = format!("{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{posts}");
    let article = Pipeline::default().clean_text(&text).unwrap();
    assert!(article
        .text()
        .contains("Does the rule cover garden hedges too"));
    assert!(article.text().contains("I cut mine back in August"));
}

#[test]
fn a_run_on_line_of_headlines_beyond_the_chrome_does_not_draw_the_article_to_it() {
    // Below the article, a menu of twelve entries, then the page's "latest" box printed as one line:
    // headlines run together, sentence case, no sentence end.
    let menu: String = (1..=12).map(|i| format!("Section {i}\n")).collect();
    let latest = "Council votes to keep the old pier open for another year after a long debate \
        Storm warning for the coast as high tides and strong winds are expected on the weekend \
        Local bakery wins a national prize for its sourdough and plans to open a second shop";
    let page = format!("{MENU}\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{menu}\n{latest}\n\n{FOOTER}");
    let article = clean_as_page(&page);
    assert_eq!(article.text(), article_text());
}

#[test]
fn an_article_line_without_its_full_stop_stays_between_paragraphs() {
    // A paragraph that lost its full stop, inside the article: it is still the article's.
    let run_on =
        "The council said the later start would give birds more time to raise a second brood \
        and that the rule would be reviewed after three seasons with the farmers' union";
    let page = format!("{MENU}\n{HEADLINE}\n\n{FIRST}\n\n{run_on}\n\n{SECOND}\n\n{FOOTER}");
    let article = clean_as_page(&page);
    assert_eq!(
        article.text(),
        format!("{HEADLINE}\n\n{FIRST}\n\n{run_on}\n\n{SECOND}\n")
    );
}

/// A cookie dialog's settings panel printed into a page's text: a heading, paragraphs about cookies
/// (together longer than the article below) and a row of buttons.
const CONSENT_DIALOG: &str = "Privacy Overview\n\n\
    This website uses cookies to improve your experience while you navigate through the website. Out \
    of these, the cookies that are categorized as necessary are stored on your browser as they are \
    essential for the working of basic functionalities of the website.\n\n\
    We also use third-party cookies that help us analyze and understand how you use this website. \
    These cookies will be stored in your browser only with your consent, and you have the option to \
    opt out of these cookies.\n\n\
    Necessary cookies are absolutely essential for the website to function properly. These cookies \
    ensure basic functionalities and security features of the website, anonymously.\n\n\
    Save and accept\n\n";

#[test]
fn a_consent_dialogs_paragraphs_do_not_pass_for_the_article() {
    let links = "Newsletter\nPodcast\nForum\nGallery\nEvents\n";
    let page =
        format!("{MENU}\n{CONSENT_DIALOG}{links}\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{FOOTER}");
    let article = clean_as_page(&page);
    assert_eq!(article.text(), article_text());
    // The dialog's paragraphs are recorded as such, its buttons and the menus as outside the article.
    assert!(article
        .removals
        .iter()
        .any(|r| r.stage == "consent-dialog"
            && r.text.starts_with("We also use third-party cookies")));
}

#[test]
fn a_page_written_with_windows_line_ends_reads_as_the_same_page() {
    let page = format!("{MENU}\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{FOOTER}");
    let pipeline = Pipeline::default();
    let unix = pipeline.clean_text(&page).unwrap();
    let windows = pipeline.clean_text(&page.replace('\n', "\r\n")).unwrap();
    let kind = |a: &copydesk::Article| a.input.as_ref().expect("the reading is on record").kind;
    assert_eq!(kind(&unix), InputKind::Page);
    assert_eq!(kind(&windows), kind(&unix));
    assert_eq!(windows.text(), unix.text());
    assert!(!windows.text().contains("Careers"));
}

#[test]
fn a_page_printed_with_a_margin_on_every_line_reads_as_the_same_page() {
    let page = format!("{MENU}\n{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n\n{FOOTER}");
    let pipeline = Pipeline::default();
    let flush = pipeline.clean_text(&page).unwrap();
    let kind = |a: &copydesk::Article| a.input.as_ref().expect("the reading is on record").kind;
    // The markup's indentation, as an element's text content keeps it: one margin, or the depth of
    // each line's element; spaces or tabs.
    for margin in ["        ", "\t\t"] {
        let set_in: String = page
            .lines()
            .map(|line| format!("{margin}{line}\n"))
            .collect();
        let article = pipeline.clean_text(&set_in).unwrap();
        assert_eq!(kind(&article), kind(&flush), "{margin:?}");
        assert_eq!(article.text(), flush.text(), "{margin:?}");
    }
    let stepped: String = page
        .lines()
        .enumerate()
        .map(|(i, line)| format!("{}{line}\n", " ".repeat(4 + 4 * (i % 3))))
        .collect();
    let article = pipeline.clean_text(&stepped).unwrap();
    assert_eq!(kind(&article), InputKind::Page);
    assert!(!article.text().contains("Careers"));
    assert!(article.text().contains(FIRST));
}
