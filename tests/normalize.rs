//! Normalization across every fixture: idempotence, conservation, meaning-carrying characters kept, and
//! house spelling on the seeds (one spelling of each name, nothing else changed).

mod common;

use copydesk::normalize::{discover_variants, HouseStyle, SpellingTable, Typography};
use copydesk::phrases::Lang;
use copydesk::{Article, Pipeline};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut inputs: Vec<PathBuf> = fs::read_dir(root.join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".input.txt"))
        .collect();
    inputs.extend(
        fs::read_dir(root.join("golden"))
            .unwrap()
            .map(|e| e.unwrap().path().join("input.txt"))
            .filter(|p| p.is_file()),
    );
    inputs.sort();
    inputs
}

fn seeds() -> Vec<(String, String)> {
    fixtures()
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".input.txt"))
        .map(|p| {
            let expected = p.to_string_lossy().replace(".input.txt", ".expected.txt");
            (
                fs::read_to_string(&p).unwrap(),
                fs::read_to_string(expected).unwrap(),
            )
        })
        .collect()
}

/// The default pipeline, and pipelines with every normalizer option on.
fn pipelines() -> Vec<(&'static str, Pipeline)> {
    vec![
        ("default", Pipeline::default()),
        (
            "smart+ap",
            Pipeline::builder()
                .typography(Typography::Smart)
                .house_style(HouseStyle::Ap)
                .build()
                .unwrap(),
        ),
        (
            "plain+bgn+strip-bidi",
            Pipeline::builder()
                .typography(Typography::Plain)
                .house_style(HouseStyle::Bgn)
                .strip_bidi(true)
                .build()
                .unwrap(),
        ),
    ]
}

#[test]
fn normalizing_twice_changes_nothing_on_every_fixture() {
    for (name, pipeline) in pipelines() {
        for path in fixtures() {
            let input = fs::read_to_string(&path).unwrap();
            let first = pipeline.clean_text(&input).unwrap();
            let again = pipeline.clean_text(&first.text()).unwrap();
            assert_eq!(again.text(), first.text(), "{name}: {}", path.display());
            assert!(
                again.changes.is_empty(),
                "{name}: {}: second run changed {:?}",
                path.display(),
                again.changes
            );
        }
    }
}

#[test]
fn every_fixture_conserves_its_text_with_every_option_on() {
    for (name, pipeline) in pipelines() {
        for path in fixtures() {
            let input = fs::read_to_string(&path).unwrap();
            let article = pipeline.clean_text(&input).unwrap();
            let missing = common::unaccounted(&input, &article);
            assert!(
                missing.is_empty(),
                "{name}: {}: {missing:?}",
                path.display()
            );
        }
    }
}

/// Counts of `c` in the article's text.
fn count(article: &Article, c: char) -> usize {
    article.text().matches(c).count()
}

#[test]
fn rtl_and_cjk_fixtures_keep_their_meaning_carrying_characters() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let rtl = fs::read_to_string(root.join("rtl-persian-arabic-hebrew/input.txt")).unwrap();
    let cjk = fs::read_to_string(root.join("cjk-devanagari-emoji/input.txt")).unwrap();
    let article = Pipeline::default().clean_text(&rtl).unwrap();
    // ZWNJ in Persian words, ALM, RLI/PDI and RLM in Arabic and Hebrew sentences.
    for c in ['\u{200c}', '\u{61c}', '\u{2067}', '\u{2069}', '\u{200f}'] {
        assert_eq!(
            count(&article, c),
            rtl.matches(c).count(),
            "U+{:04X}",
            c as u32
        );
    }
    assert_eq!(count(&article, '\u{200b}'), 0);
    assert_eq!(count(&article, '\u{a0}'), 0);
    let article = Pipeline::default().clean_text(&cjk).unwrap();
    // ZWJ and ZWNJ of Devanagari conjuncts and emoji sequences stay; the stray LRM, ZWSP, soft hyphen go.
    assert_eq!(count(&article, '\u{200d}'), 5);
    assert_eq!(count(&article, '\u{200c}'), 1);
    for c in ['\u{200e}', '\u{200b}', '\u{ad}'] {
        assert_eq!(count(&article, c), 0, "U+{:04X}", c as u32);
    }
    // Every letter, digit and mark of the kept blocks is there: full-width digits are not folded (NFC).
    assert!(article
        .text()
        .contains("東京都は２０２４年、区内に新しい図書館を開館した。館内には"));
    assert!(article.text().contains("पांडुलिपियाँ"));
    assert!(article.text().contains("👩🏽\u{200d}💻"));
}

#[test]
fn builtin_house_style_unifies_the_seed_names_and_changes_nothing_else() {
    let pipeline = Pipeline::builder()
        .house_style(HouseStyle::Ap)
        .build()
        .unwrap();
    let mut spellings = std::collections::BTreeSet::new();
    for (input, expected) in seeds() {
        let article = pipeline.clean_text(&input).unwrap();
        let unified = expected
            .replace("Sergey Lavrov", "Sergei Lavrov")
            .replace("Yury Ushakov", "Yuri Ushakov");
        assert_eq!(article.text(), unified);
        for change in article
            .changes
            .iter()
            .filter(|c| c.normalizer == "house-spelling")
        {
            assert!(matches!(
                (change.from.as_str(), change.to.as_str()),
                ("Sergey", "Sergei") | ("Yury", "Yuri")
            ));
        }
        for name in ["Sergei", "Sergey", "Yury", "Yuri", "Yuriy"] {
            if article.text().contains(name) {
                spellings.insert(name);
            }
        }
    }
    assert_eq!(
        spellings.into_iter().collect::<Vec<_>>(),
        ["Sergei", "Yuri"]
    );
}

#[test]
fn discovery_finds_the_lavrov_cluster_in_the_seeds_and_nothing_else() {
    let articles: Vec<Article> = seeds()
        .iter()
        .map(|(input, _)| Pipeline::default().clean_text(input).unwrap())
        .collect();
    let clusters = discover_variants(&articles);
    assert_eq!(clusters.len(), 1, "{clusters:#?}");
    assert_eq!(clusters[0].canonical, "Sergei Lavrov");
    assert_eq!(
        clusters[0].variants().collect::<Vec<_>>(),
        ["Sergey Lavrov"]
    );
    let table = SpellingTable::from_clusters(&clusters);
    let pipeline = Pipeline::builder()
        .spelling_table(table)
        .builtin_spelling(false)
        .build()
        .unwrap();
    for (input, expected) in seeds() {
        let article = pipeline.clean_text(&input).unwrap();
        assert_eq!(
            article.text(),
            expected.replace("Sergey Lavrov", "Sergei Lavrov")
        );
    }
}

/// A made-up Swiss page: its declared language tag, or the caller's, picks Swiss guillemets.
const SWISS_PAGE: &str = r#"<!doctype html><html lang="de-CH"><head><title>Ein Bericht</title></head>
<body><article><h1>Ein Bericht</h1>
<p>Die Gemeinde hat am Montag beschlossen, die Brücke zu sanieren. "Das war nötig", sagte die
Präsidentin, "und es kostet weniger als gedacht." Die Arbeiten beginnen im Frühling.</p>
<p>Der Gemeinderat hatte das Projekt zweimal verschoben, weil die Kosten unklar waren. Nun liegt eine
Offerte vor, die der Rat als vernünftig bezeichnet. Die Anwohner werden im März informiert.</p>
</article></body></html>"#;

#[test]
fn a_swiss_language_tag_gives_swiss_guillemets() {
    let smart = |builder: &mut copydesk::PipelineBuilder, html: &str| {
        let pipeline = builder.typography(Typography::Smart).build().unwrap();
        pipeline.clean_html(html).unwrap().blocks[0].text.clone()
    };
    let declared = smart(&mut Pipeline::builder(), SWISS_PAGE);
    assert!(declared.contains("«Das war nötig», sagte"), "{declared}");
    let german = SWISS_PAGE.replace("de-CH", "de-DE");
    let text = smart(&mut Pipeline::builder(), &german);
    assert!(text.contains("„Das war nötig“, sagte"), "{text}");
    // The caller's tag wins over the page's, and a plain language drops an earlier tag's region.
    let text = smart(Pipeline::builder().language_tag("de-CH"), &german);
    assert!(text.contains("«Das war nötig»"), "{text}");
    let text = smart(
        Pipeline::builder().language_tag("de-CH").language(Lang::De),
        &german,
    );
    assert!(text.contains("„Das war nötig“"), "{text}");
    // French on a Swiss page takes the Swiss marks too; a tag of an unknown language is an error.
    let text = smart(Pipeline::builder().language_tag("fr-CH"), &german);
    assert!(text.contains("«Das war nötig»"), "{text}");
    assert!(Pipeline::builder().language_tag("xx-CH").build().is_err());
}

#[test]
fn the_caller_s_language_tag_is_recorded_whole() {
    let pipeline = Pipeline::builder()
        .language_tag("fr-CH")
        .typography(Typography::Smart)
        .build()
        .unwrap();
    let article = pipeline
        .clean_text("Titre\n\nIl a dit \"bonjour\", puis il est parti.")
        .unwrap();
    assert_eq!(article.language.as_deref(), Some("fr-CH"));
    assert_eq!(
        article.blocks[0].text,
        "Il a dit «bonjour», puis il est parti."
    );
}

#[test]
fn mojibake_is_repaired_in_the_title_and_the_body_with_a_record() {
    // A page saved after its UTF-8 was read as Windows-1252: its quotes and letters are mojibake.
    let page = "<html><head><title>CafÃ© owners say theyâ€™re ready</title></head><body><article>\
        <h1>CafÃ© owners say theyâ€™re ready</h1>\
        <p>The cafÃ© on the square reopens on Monday, and its owners say theyâ€™re ready for the \
        crowds after a winter of building work that closed the terrace.</p>\
        <p>â€œWeâ€™ve missed our regulars,â€\u{9d} one of them said, standing by the new counter.</p>\
        </article></body></html>";
    let article = Pipeline::default().clean_html(page).unwrap();
    assert_eq!(
        article.title.as_deref(),
        Some("Café owners say they’re ready")
    );
    let body: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(body[0].starts_with("The café on the square"), "{body:?}");
    assert_eq!(
        body[1],
        "“We’ve missed our regulars,” one of them said, standing by the new counter."
    );
    let repairs: Vec<_> = article
        .changes
        .iter()
        .filter(|c| c.normalizer == "mojibake")
        .collect();
    assert!(
        repairs.iter().any(|c| c.from == "â€™" && c.to == "’"),
        "{repairs:?}"
    );
    // Cleaned again, the repaired text stays as it is.
    let again = Pipeline::default().clean_text(&article.text()).unwrap();
    assert!(again.changes.iter().all(|c| c.normalizer != "mojibake"));
}

/// A title whose UTF-8 was read as Windows-1252 twice over up to a no-break space's lead, then a
/// control: its repair gives an `Â` at the end of the title, a stray lead that cleaning the output
/// again would take out. It goes in the first cleaning (found by the HTML mutation harness).
#[test]
fn a_repair_that_leaves_a_stray_lead_takes_it_out_at_once() {
    let page =
        "<html><head><title>Rain closes roads\u{c3}\u{201a}\u{81}</title></head><body><article>\
        <p>Heavy rain closed several roads in the city centre on Tuesday \
        evening, and the council said that nobody was hurt.</p></article></body></html>";
    let article = Pipeline::default().clean_html(page).unwrap();
    assert_eq!(article.title.as_deref(), Some("Rain closes roads"));
    let again = Pipeline::default().clean_text(&article.text()).unwrap();
    assert_eq!(again.text(), article.text());
}

#[test]
fn mojibake_repair_can_be_left_out() {
    let pipeline = Pipeline::builder().remove("mojibake").build().unwrap();
    let article = pipeline
        .clean_text("A headline\n\nThe cafÃ© reopens on Monday after a winter of building work.\n")
        .unwrap();
    assert!(article.blocks[0].text.contains("cafÃ©"));
}
