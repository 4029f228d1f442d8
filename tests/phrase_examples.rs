//! Each language's phrase examples: cruft its cleaner must remove, and body sentences that mention the same
//! words, which it must keep. Cases live in `tests/phrase_examples/<lang>.tsv` as
//! `remove|keep <TAB> category <TAB> text`.

use copydesk::cleaners::{self, BlockContext, Cleaner};
use copydesk::phrases::Lang;
use copydesk::{Block, BlockKind};
use std::path::Path;

const TITLE: &str = "Council approves new budget after long debate";
const BODY_1: &str =
    "The city council approved the new budget on Monday after a debate that lasted well into the night.";
const BODY_2: &str =
    "Opponents said the plan would raise taxes, while supporters argued it would fund schools and roads.";

fn cleaner_for(category: &str) -> Box<dyn Cleaner> {
    match category {
        "ad_label" => Box::new(cleaners::AdLabel),
        "affiliate_disclosure" => Box::new(cleaners::AffiliateDisclosure),
        "newsletter_prompt" => Box::new(cleaners::NewsletterPrompt),
        "comment_form" => Box::new(cleaners::CommentForm),
        "breadcrumb" => Box::new(cleaners::Breadcrumb),
        "tag_list" => Box::new(cleaners::TagList),
        "share_prompt" => Box::new(cleaners::SharePrompt),
        "cookie_notice" => Box::new(cleaners::CookieNotice),
        "copyright_line" => Box::new(cleaners::CopyrightLine),
        "skip_link" => Box::new(cleaners::SkipLink),
        "photo_credit" => Box::new(cleaners::PhotoCredit),
        "loading_indicator" => Box::new(cleaners::LoadingIndicator),
        "call_to_action" => Box::new(cleaners::CallToAction),
        other => panic!("unknown category {other}"),
    }
}

fn judge(cleaner: &dyn Cleaner, texts: [&str; 4], index: usize, lang: Lang) -> bool {
    let blocks: Vec<Block> = texts
        .iter()
        .map(|t| Block::new(BlockKind::Paragraph, *t))
        .collect();
    let cx = BlockContext::new(&blocks, index)
        .title(TITLE)
        .language(Some(lang));
    cleaner.check(&blocks[index], &cx).is_keep()
}

#[test]
fn every_language_removes_its_cruft_and_keeps_its_prose() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/phrase_examples");
    let mut failures = Vec::new();
    let mut checked = 0;
    for &lang in Lang::ALL {
        let path = dir.join(format!("{}.tsv", lang.code()));
        let Ok(cases) = std::fs::read_to_string(&path) else {
            if lang != Lang::En {
                failures.push(format!("{}: no examples file", lang.code()));
            }
            continue;
        };
        for line in cases
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let mut fields = line.splitn(3, '\t');
            let (Some(action), Some(category), Some(text)) =
                (fields.next(), fields.next(), fields.next())
            else {
                failures.push(format!("{}: malformed line {line:?}", lang.code()));
                continue;
            };
            let cleaner = cleaner_for(category);
            checked += 1;
            match action {
                "remove" => {
                    if judge(cleaner.as_ref(), [TITLE, BODY_1, BODY_2, text], 3, lang) {
                        failures.push(format!("{} {category}: kept {text:?}", lang.code()));
                    }
                }
                "keep" => {
                    let inside = judge(cleaner.as_ref(), [TITLE, BODY_1, text, BODY_2], 2, lang);
                    let after = judge(cleaner.as_ref(), [TITLE, BODY_1, BODY_2, text], 3, lang);
                    if !(inside && after) {
                        failures.push(format!(
                            "{} {category}: removed body text {text:?}",
                            lang.code()
                        ));
                    }
                }
                other => failures.push(format!("{}: unknown action {other}", lang.code())),
            }
        }
    }
    assert!(checked > 200, "only {checked} examples found");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
