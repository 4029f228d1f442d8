//! Measurement, not a gate: what discovery proposes on the dev corpora, for a person to audit.
//!
//! Run with `cargo test --test discover_corpus -- --ignored --nocapture` when `../shared/corpus` is
//! there (the crate's own tests never need it). Prints every proposed cluster with its evidence.

use copydesk::normalize::discover_variants;
use std::path::Path;

#[test]
#[ignore = "measurement over ../shared/corpus"]
fn proposals_on_the_dev_corpora() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut articles = Vec::new();
    for dir in [
        "multilingual-dev/pages",
        "readability-pages",
        "wcxb-dev-text/container/pages",
    ] {
        let Ok(entries) = std::fs::read_dir(corpus.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let (file, html) = if path.is_dir() {
                (path.join("source.html"), true)
            } else {
                let html = path.extension().is_some_and(|e| e == "html");
                (path, html)
            };
            let Ok(bytes) = std::fs::read(&file) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes);
            let article = if html {
                copydesk::clean_html(&text)
            } else {
                copydesk::clean_text(&text)
            };
            if let Ok(article) = article {
                articles.push(article);
            }
        }
    }
    let clusters = discover_variants(&articles);
    eprintln!("{} articles, {} proposals", articles.len(), clusters.len());
    for cluster in &clusters {
        for (variant, words) in cluster.differences() {
            eprintln!("{}  <  {variant}  {words:?}", cluster.canonical);
        }
    }
}
