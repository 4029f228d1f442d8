//! Measurement, not a gate: smart quotes against publishers' own curly quotes on real paragraphs.
//!
//! Run with `cargo test --release --test quote_errors -- --ignored --nocapture` when `../shared/corpus`
//! is there (the crate's own tests never need it). For every kept paragraph in English, German, French
//! or Russian whose publisher wrote curly double quotes in the language's convention (and no straight
//! or other marks: „ “ in German, « » in French and Russian, “ ” in English), the quotes are
//! straightened with plain typography, curled again with smart typography in the page's language, and
//! the quotation marks compared one by one with the publisher's. Printed: per language, double-quote
//! errors per 1,000 double quotes, and single-quote/apostrophe errors per 1,000 of those.

use copydesk::normalize::{NormalizeContext, Normalizer, Typography, TypographyNormalizer};
use copydesk::phrases::Lang;
use copydesk::BlockKind;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const DOUBLE: &[char] = &['“', '”', '„', '‟', '«', '»', '"'];
const SINGLE: &[char] = &['‘', '’', '‚', '‛', '‹', '›', '\''];

fn apply(normalizer: &TypographyNormalizer, text: &str, lang: Lang) -> String {
    let cx = NormalizeContext::new(BlockKind::Paragraph, Some(lang));
    let mut out = text.to_string();
    for edit in normalizer.edits(text, &cx).iter().rev() {
        out.replace_range(edit.range.clone(), &edit.replacement);
    }
    out
}

/// Errors and marks of one kind: the publisher's marks against ours, in order.
fn compare(theirs: &str, ours: &str, kind: &[char]) -> (usize, usize) {
    let a: Vec<char> = theirs.chars().filter(|c| kind.contains(c)).collect();
    let b: Vec<char> = ours.chars().filter(|c| kind.contains(c)).collect();
    let wrong = a.iter().zip(&b).filter(|(x, y)| x != y).count() + a.len().abs_diff(b.len());
    (wrong, a.len())
}

/// The double and single quotation marks (and apostrophe) of `lang`'s convention.
fn convention(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::De => ("„“", "‚‘’"),
        Lang::Fr => ("«»", "“”’"),
        Lang::Ru => ("«»", "„“’"),
        _ => ("“”", "‘’"),
    }
}

fn pages(root: &Path) -> Vec<(PathBuf, bool)> {
    let mut out = Vec::new();
    let corpus = root.join("../shared/corpus");
    if let Ok(entries) = std::fs::read_dir(corpus.join("multilingual-dev/pages")) {
        out.extend(entries.flatten().map(|e| (e.path(), true)));
    }
    if let Ok(entries) = std::fs::read_dir(corpus.join("readability-pages")) {
        out.extend(
            entries
                .flatten()
                .map(|e| (e.path().join("source.html"), true)),
        );
    }
    if let Ok(entries) = std::fs::read_dir(corpus.join("wcxb-dev-text/container/pages")) {
        out.extend(entries.flatten().map(|e| (e.path(), false)));
    }
    out.sort();
    out
}

#[test]
#[ignore = "measurement over ../shared/corpus"]
fn quote_errors_per_thousand_on_real_paragraphs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let plain = TypographyNormalizer::new(Typography::Plain);
    let smart = TypographyNormalizer::new(Typography::Smart);
    // language → (double errors, doubles, single errors, singles, paragraphs)
    let mut figures: BTreeMap<&str, [usize; 5]> = BTreeMap::new();
    let mut sound_figures: BTreeMap<&str, [usize; 5]> = BTreeMap::new();
    let show = std::env::var_os("QUOTE_ERRORS_SHOW").is_some();
    for (path, html) in pages(root) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let article = if html {
            copydesk::clean_html(&text)
        } else {
            copydesk::clean_text(&text)
        };
        let Ok(article) = article else { continue };
        let Some(lang) = article.language.as_deref().and_then(Lang::from_code) else {
            continue;
        };
        if !matches!(lang, Lang::En | Lang::De | Lang::Fr | Lang::Ru) {
            continue;
        }
        for block in &article.blocks {
            let theirs = &block.text;
            let curly = theirs.contains(['“', '”', '„', '«', '»']);
            if block.kind != BlockKind::Paragraph || !curly || theirs.contains(['"', '\'']) {
                continue;
            }
            // Only where the publisher follows the language's convention (a German page in English
            // quotes is not a mistake of ours to count).
            let (doubles, singles) = convention(lang);
            let follows = theirs.chars().all(|c| {
                !(DOUBLE.contains(&c) || SINGLE.contains(&c))
                    || doubles.contains(c)
                    || singles.contains(c)
            });
            if !follows {
                continue;
            }
            // Where the publisher's own double marks alternate open, close, … the reference is sound;
            // figures are given for those paragraphs too (a „ closing a German quotation, a “ closing
            // an English one, inch marks written ” are the publisher's mistakes, not ours).
            let opens: Vec<bool> = theirs
                .chars()
                .filter(|c| doubles.contains(*c))
                .map(|c| doubles.starts_with(c))
                .collect();
            let sound = opens.len().is_multiple_of(2)
                && opens.iter().enumerate().all(|(i, &o)| o == (i % 2 == 0));
            let straight = apply(&plain, theirs, lang);
            let ours = apply(&smart, &straight, lang);
            let (dw, dn) = compare(theirs, &ours, DOUBLE);
            let (sw, sn) = compare(theirs, &ours, SINGLE);
            if show && dw > 0 {
                eprintln!("[{}] {theirs}\n   => {ours}\n", lang.code());
            }
            let f = figures.entry(lang.code()).or_default();
            for (slot, n) in f.iter_mut().zip([dw, dn, sw, sn, 1]) {
                *slot += n;
            }
            if sound {
                let f = sound_figures.entry(lang.code()).or_default();
                for (slot, n) in f.iter_mut().zip([dw, dn, sw, sn, 1]) {
                    *slot += n;
                }
            }
        }
    }
    for (title, figures) in [
        ("paragraphs in the language's convention", &figures),
        (
            "of which the publisher's marks alternate open/close",
            &sound_figures,
        ),
    ] {
        eprintln!("{title}");
        eprintln!("lang  paragraphs  double quotes  errors/1000  single+apostrophes  errors/1000");
        for (lang, [dw, dn, sw, sn, p]) in figures {
            let per = |w: usize, n: usize| {
                if n == 0 {
                    0.0
                } else {
                    1000.0 * w as f64 / n as f64
                }
            };
            eprintln!(
                "{lang}    {p:>10}  {dn:>13}  {:>11.1}  {sn:>18}  {:>11.1}",
                per(*dw, *dn),
                per(*sw, *sn)
            );
        }
    }
}
