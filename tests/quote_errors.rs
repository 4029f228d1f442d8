//! Smart quotes against publishers' own curly quotes.
//!
//! Two tests share one measure. For a paragraph whose publisher wrote curly double quotes in its
//! language's convention (and no straight or other marks: „ “ ‚ ‘ in German, « » “ ” in French, « » „ “
//! in Russian, “ ” ‘ ’ in English, « » ‹ › in Swiss German and French), the quotes are straightened with
//! plain typography, curled again with smart typography in the paragraph's language, and the marks
//! compared one by one with the publisher's.
//!
//! - `every_mark_of_the_made_up_paragraphs_comes_back` runs in `cargo test`, on the made-up paragraphs
//!   of `tests/quotes/paragraphs.tsv`, and expects no error.
//! - `quote_errors_per_thousand_on_real_paragraphs` is a measurement, not a gate, over the dev pages
//!   (readability-pages, multilingual-dev, wcxb-dev HTML): `cargo test --release --test quote_errors --
//!   --ignored --nocapture` prints, per language, double-quote errors per 1,000 double quotes and
//!   single-quote/apostrophe errors per 1,000 of those; `QUOTE_ERRORS_SHOW=1` prints each paragraph with
//!   an error, and `QUOTE_ERRORS_PAGES=DIR:DIR` adds the HTML pages of other directories (the dev
//!   corpora have no Russian paragraph with guillemets; Debian's Russian manuals, such as the packages
//!   debian-faq-ru, maint-guide-ru and developers-reference-ru, do). An absent corpus skips it, or
//!   fails it under `COPYDESK_REQUIRE_CORPUS=1`.

use copydesk::normalize::{NormalizeContext, Normalizer, Typography, TypographyNormalizer};
use copydesk::phrases::Lang;
use copydesk::BlockKind;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

mod common;

const DOUBLE: &[char] = &['“', '”', '„', '‟', '«', '»', '"'];
const SINGLE: &[char] = &['‘', '’', '‚', '‛', '‹', '›', '\''];

/// `text` with every edit of `normalizer` applied, in a paragraph of language tag `tag`.
fn apply(normalizer: &TypographyNormalizer, text: &str, tag: &str) -> String {
    let cx = NormalizeContext::new(BlockKind::Paragraph, Lang::from_code(tag)).with_tag(Some(tag));
    let mut out = text.to_string();
    for edit in normalizer.edits(text, &cx).iter().rev() {
        out.replace_range(edit.range.clone(), &edit.replacement);
    }
    out
}

/// The publisher's marks of one kind against ours, in order: errors, of which errors where the
/// publisher's mark follows a digit (a foot or inch mark written as a quote, 5’11”: copydesk sets
/// ’ and ” there where those are the language's closing marks, and leaves it straight elsewhere), and
/// marks.
fn compare(theirs: &str, ours: &str, kind: &[char]) -> [usize; 3] {
    let mut prev = ' ';
    let mut a = Vec::new();
    for c in theirs.chars() {
        if kind.contains(&c) {
            a.push((c, prev.is_ascii_digit()));
        }
        prev = c;
    }
    let b: Vec<char> = ours.chars().filter(|c| kind.contains(c)).collect();
    let wrong: Vec<bool> = a
        .iter()
        .zip(&b)
        .filter(|((x, _), y)| x != *y)
        .map(|(&(_, digit), _)| digit)
        .collect();
    let missing = a.len().abs_diff(b.len());
    [
        wrong.len() + missing,
        wrong.iter().filter(|&&d| d).count(),
        a.len(),
    ]
}

/// Whether language tag `tag` asks for Swiss marks (de-CH, de-LI, fr-CH).
fn is_swiss(tag: &str) -> bool {
    let cx = NormalizeContext::new(BlockKind::Paragraph, None).with_tag(Some(tag));
    match Lang::from_code(tag) {
        Some(Lang::De) => matches!(cx.region(), Some("CH" | "LI")),
        Some(Lang::Fr) => cx.region() == Some("CH"),
        _ => false,
    }
}

/// The double and single quotation marks (and apostrophe) of the convention of language tag `tag`.
fn convention(tag: &str) -> (&'static str, &'static str) {
    match Lang::from_code(tag) {
        Some(Lang::De | Lang::Fr) if is_swiss(tag) => ("«»", "‹›’"),
        Some(Lang::De) => ("„“", "‚‘’"),
        Some(Lang::Fr) => ("«»", "“”’"),
        Some(Lang::Ru) => ("«»", "„“’"),
        _ => ("“”", "‘’"),
    }
}

/// One paragraph's comparison: double-quote errors, double quotes, single-quote and apostrophe errors,
/// single quotes and apostrophes, and errors (of either kind) where the publisher's mark follows a
/// digit; `None` when the paragraph is not one to compare (no curly double quote, or a straight or
/// foreign mark: the publisher does not follow the language's convention). With `show`, a paragraph
/// with an error is printed with ours below it, after `source`.
fn measure(theirs: &str, tag: &str, show: bool, source: &str) -> Option<[usize; 5]> {
    let (doubles, singles) = convention(tag);
    let curly = theirs.chars().any(|c| doubles.contains(c));
    let follows = theirs.chars().all(|c| {
        !(DOUBLE.contains(&c) || SINGLE.contains(&c)) || doubles.contains(c) || singles.contains(c)
    });
    if !curly || !follows {
        return None;
    }
    let straight = apply(&TypographyNormalizer::new(Typography::Plain), theirs, tag);
    let ours = apply(
        &TypographyNormalizer::new(Typography::Smart),
        &straight,
        tag,
    );
    let [dw, dd, dn] = compare(theirs, &ours, DOUBLE);
    let [sw, sd, sn] = compare(theirs, &ours, SINGLE);
    if show && dw + sw > 0 {
        eprintln!("{source}\n[{tag}] {theirs}\n   => {ours}\n");
    }
    Some([dw, dn, sw, sn, dd + sd])
}

/// Whether the publisher's own double marks alternate open, close, … (a „ closing a German quotation,
/// a “ closing an English one, inch marks written ” are the publisher's slips, not ours).
fn alternates(theirs: &str, tag: &str) -> bool {
    let (doubles, _) = convention(tag);
    let opens: Vec<bool> = theirs
        .chars()
        .filter(|c| doubles.contains(*c))
        .map(|c| doubles.starts_with(c))
        .collect();
    opens.len().is_multiple_of(2) && opens.iter().enumerate().all(|(i, &o)| o == (i % 2 == 0))
}

/// Whether the publisher's own single marks are used as marks: no opening single mark right after a
/// letter or digit or right before a digit (an apostrophe written ‘ — "Joe‘s", "the ‘70s"), and, where
/// the closing mark is not the apostrophe (German ‚ ‘), no closing mark without an opening one before
/// it ("Marrs‘ Kollegin") and none left open. A slip of the publisher's is no error of ours.
fn singles_are_marks(theirs: &str, tag: &str) -> bool {
    let (_, singles) = convention(tag);
    let mut marks = singles.chars();
    let (Some(open), Some(close)) = (marks.next(), marks.next()) else {
        return true;
    };
    let closes_apart = close != '’';
    let chars: Vec<char> = theirs.chars().collect();
    let mut depth = 0usize;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        if c == open {
            if before.is_some_and(char::is_alphanumeric)
                || after.is_some_and(|a| a.is_ascii_digit())
            {
                return false;
            }
            depth += 1;
        } else if c == close && closes_apart {
            let Some(open_before) = depth.checked_sub(1) else {
                return false;
            };
            depth = open_before;
        }
    }
    depth == 0 || !closes_apart
}

/// Per language: double errors, doubles, single errors, singles, errors after a digit, paragraphs.
type Figures = BTreeMap<String, [usize; 6]>;

fn add(figures: &mut Figures, tag: &str, found: [usize; 5]) {
    let f = figures.entry(tag.to_string()).or_default();
    for (slot, n) in f.iter_mut().zip(found.into_iter().chain([1])) {
        *slot += n;
    }
}

fn print(title: &str, figures: &Figures) {
    eprintln!("{title}");
    eprintln!(
        "lang   paragraphs  double quotes  errors  errors/1000  single+apostrophes  errors  errors/1000  \
         errors after a digit"
    );
    let per = |w: usize, n: usize| {
        if n == 0 {
            0.0
        } else {
            1000.0 * w as f64 / n as f64
        }
    };
    for (lang, [dw, dn, sw, sn, digit, p]) in figures {
        eprintln!(
            "{lang:<5}  {p:>10}  {dn:>13}  {dw:>6}  {:>11.1}  {sn:>18}  {sw:>6}  {:>11.1}  {digit:>20}",
            per(*dw, *dn),
            per(*sw, *sn)
        );
    }
}

#[test]
fn every_mark_of_the_made_up_paragraphs_comes_back() {
    let show = std::env::var_os("QUOTE_ERRORS_SHOW").is_some();
    let fixture = include_str!("quotes/paragraphs.tsv");
    let mut figures = Figures::new();
    let mut wrong = Vec::new();
    for line in fixture
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (tag, theirs) = line.split_once('\t').expect("tag TAB paragraph");
        let found = measure(theirs, tag, show, "tests/quotes/paragraphs.tsv")
            .unwrap_or_else(|| panic!("not compared: {line}"));
        if found[0] + found[2] > 0 {
            let straight = apply(&TypographyNormalizer::new(Typography::Plain), theirs, tag);
            let ours = apply(
                &TypographyNormalizer::new(Typography::Smart),
                &straight,
                tag,
            );
            wrong.push(format!("[{tag}] {theirs}\n   => {ours}"));
        }
        add(&mut figures, tag, found);
    }
    print("made-up paragraphs", &figures);
    for tag in ["en", "de", "fr", "ru", "de-CH", "fr-CH"] {
        assert!(figures.contains_key(tag), "no {tag} paragraph");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The dev pages whose publishers' marks are compared: readability-pages and multilingual-dev, and the
/// gzipped wcxb-dev pages, all HTML. An absent corpus skips (and says so), or fails under
/// `COPYDESK_REQUIRE_CORPUS=1`.
fn pages() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let listed = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .map(|entries| entries.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    if let Some(dir) = common::corpus("multilingual-dev/pages") {
        out.extend(listed(&dir));
    }
    if let Some(dir) = common::corpus("readability-pages") {
        out.extend(listed(&dir).into_iter().map(|d| d.join("source.html")));
    }
    if let Some(dir) = common::corpus("wcxb-dev/html") {
        out.extend(listed(&dir));
    }
    // More HTML pages, from directories outside the dev corpora (`QUOTE_ERRORS_PAGES=DIR:DIR`).
    if let Some(dirs) = std::env::var_os("QUOTE_ERRORS_PAGES") {
        for dir in std::env::split_paths(&dirs) {
            let pages = listed(&dir).into_iter();
            out.extend(pages.filter(|p| p.extension().is_some_and(|e| e == "html" || e == "gz")));
        }
    }
    out.sort();
    out
}

/// A page's HTML, unzipped when its name ends in `.gz`.
fn read_page(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .ok()?;
        return Some(String::from_utf8_lossy(&out).into_owned());
    }
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

#[test]
#[ignore = "measurement over ../shared/corpus"]
fn quote_errors_per_thousand_on_real_paragraphs() {
    let show = std::env::var_os("QUOTE_ERRORS_SHOW").is_some();
    let mut figures = Figures::new();
    let mut sound = Figures::new();
    let mut marks = Figures::new();
    let mut pages_read = 0;
    for path in pages() {
        let Some(html) = read_page(&path) else {
            continue;
        };
        let Ok(article) = copydesk::clean_html(&html) else {
            continue;
        };
        pages_read += 1;
        let Some(tag) = article.language.as_deref() else {
            continue;
        };
        let Some(lang) = Lang::from_code(tag) else {
            continue;
        };
        if !matches!(lang, Lang::En | Lang::De | Lang::Fr | Lang::Ru) {
            continue;
        }
        // Swiss pages are counted apart; every other region by its language.
        let tag = if is_swiss(tag) {
            format!("{}-CH", lang.code())
        } else {
            lang.code().to_string()
        };
        for block in &article.blocks {
            if block.kind != BlockKind::Paragraph {
                continue;
            }
            let Some(found) = measure(&block.text, &tag, show, &path.display().to_string()) else {
                continue;
            };
            add(&mut figures, &tag, found);
            if alternates(&block.text, &tag) {
                add(&mut sound, &tag, found);
                if singles_are_marks(&block.text, &tag) {
                    add(&mut marks, &tag, found);
                }
            }
        }
    }
    assert!(pages_read > 0, "no dev page read");
    print("paragraphs in the language's convention", &figures);
    print(
        "of which the publisher's marks alternate open/close",
        &sound,
    );
    print(
        "of which the publisher's single marks are marks too (no ‘ for an apostrophe)",
        &marks,
    );
}
