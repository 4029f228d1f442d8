//! Helpers shared by the integration tests.
#![allow(dead_code)]

use copydesk::{Article, BlockKind};
use std::collections::HashMap;

/// Characters of `input` (whitespace aside) that are not accounted for exactly once: each character
/// of the input must be in the article or in one removal, or in the source text of a change (whose
/// result the article holds instead). Lists what is missing (dropped silently) and, marked with a
/// leading `+`, what is surplus (text given twice: kept and recorded as removed, or removed twice).
/// Empty when the books balance.
///
/// The title counts as article text in text mode (it is the input's first line) but not in HTML mode,
/// where it may come from `<title>`, which a reader does not see. An article whose change list was
/// capped ([`copydesk::Change::is_unlisted`]) cannot be balanced exactly: only missing text is checked,
/// and not the characters a normalizer with unlisted changes may have edited (see [`may_edit`]).
pub fn unaccounted(input: &str, article: &Article) -> Vec<String> {
    imbalance(input, article, true)
}

/// [`unaccounted`] for a page cleaned as HTML, whose title may come from hidden markup.
pub fn unaccounted_html(visible: &str, article: &Article) -> Vec<String> {
    imbalance(visible, article, false)
}

fn imbalance(input: &str, article: &Article, count_title: bool) -> Vec<String> {
    let mut counts: HashMap<char, i64> = HashMap::new();
    // In HTML the pipeline joins table cells with " | ", in the article and in records alike.
    let ignored = |c: char| c.is_whitespace() || (!count_title && c == '|');
    let mut add = |text: &str, times: i64| {
        for c in text.chars().filter(|&c| !ignored(c)) {
            *counts.entry(c).or_default() += times;
        }
    };
    add(input, 1);
    if count_title {
        add(article.title.as_deref().unwrap_or_default(), -1);
    }
    for block in &article.blocks {
        if block.kind == BlockKind::TableRow && !count_title {
            // The " | " between cells is the pipeline's, not the page's. (A text's table rows are
            // lines it held, bars and all.)
            let row = block.text.replace(" | ", " ");
            let row = row.strip_suffix(" |").unwrap_or(&row);
            add(row.strip_prefix("| ").unwrap_or(row), -1);
        } else {
            add(&block.text, -1);
        }
    }
    for removal in &article.removals {
        add(&removal.text, -1);
    }
    let unlisted: Vec<&str> = article
        .changes
        .iter()
        .filter(|c| c.is_unlisted())
        .map(|c| c.normalizer)
        .collect();
    let capped = !unlisted.is_empty();
    // The title's changes come first, with no block; when the title is not counted, neither are they.
    let title_changes = if count_title || article.title.is_none() {
        0
    } else {
        article
            .changes
            .iter()
            .take_while(|c| c.block.is_none())
            .count()
    };
    for change in &article.changes[title_changes..] {
        let times = change.repeats as i64;
        add(&change.from, -times);
        add(&change.to, times);
    }
    let mut problems: Vec<String> = counts
        .into_iter()
        .filter(|&(c, n)| {
            let excused = unlisted.iter().any(|&name| may_edit(name, c));
            (n > 0 && !excused) || (n < 0 && !capped)
        })
        .map(|(c, n)| {
            if n > 0 {
                format!("{c:?}")
            } else {
                format!("+{c:?}")
            }
        })
        .collect();
    problems.sort_unstable();
    problems
}

/// Whether the normalizer `name` may edit the character `c` away: an edit past the cap of listed
/// changes is only counted, so its characters are in no record. The invisible characters' normalizer
/// takes out controls and format characters; typography edits punctuation; any other normalizer
/// (NFC, a custom one) may edit any character.
fn may_edit(name: &str, c: char) -> bool {
    match name {
        "invisible" => {
            c.is_control()
                || matches!(c, '\u{ad}' | '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}')
        }
        "typography" => !c.is_alphanumeric(),
        "whitespace" => c.is_whitespace(),
        _ => true,
    }
}

/// [`unaccounted_html`] of a whole page: balanced against the text a reader sees with scripts on, or,
/// when the pipeline read the page as a browser without scripts shows it (its `<noscript>` content as
/// markup), against that text. Empty when either view balances; otherwise the scripted view's problems.
pub fn unaccounted_page(html: &str, article: &Article) -> Vec<String> {
    let scripted = unaccounted_html(&visible_text(html), article);
    if scripted.is_empty() {
        return scripted;
    }
    let unscripted = unaccounted_html(&visible_text(&without_scripts(html)), article);
    if unscripted.is_empty() {
        unscripted
    } else {
        scripted
    }
}

/// The page as a browser without scripts reads it: its `<noscript>` elements as `<div>`s.
fn without_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag = &rest[at..];
        let starts = |t: &str| {
            tag.len() >= t.len() && tag.as_bytes()[..t.len()].eq_ignore_ascii_case(t.as_bytes())
        };
        if starts("<noscript") {
            out.push_str("<div data-noscript");
            rest = &tag["<noscript".len()..];
        } else if starts("</noscript") {
            out.push_str("</div");
            rest = &tag["</noscript".len()..];
        } else {
            out.push('<');
            rest = &tag[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The text a reader can see in a page: its text nodes outside the elements that browsers' default
/// style sheet hides (`head`, `title`, `script`, `style`, `template`, `rp`, `datalist`, `noembed`,
/// `noframes`; HTML's "Rendering" section, `display: none`) and outside `<noscript>` (hidden when
/// scripts run), and outside `<iframe>`, `<canvas>`, `<video>` and `<audio>` (a frame shows its own
/// document and media their stream, never their children: fallback content for old browsers). A `<title>`
/// misplaced in the body is hidden too. In SVG and MathML only `script`, `style` and `title` are hidden by
/// their names (a MathML `<base>` is the formula's).
///
/// Only for pages of modest depth: `ancestors()` makes it O(depth) per text node.
pub fn visible_text(html: &str) -> String {
    use scraper::{Html, Node};
    let dom = Html::parse_document(html);
    let mut out = String::new();
    for node in dom.tree.root().descendants() {
        let Node::Text(text) = node.value() else {
            continue;
        };
        let hidden = node.ancestors().any(|a| {
            a.value().as_element().is_some_and(|e| {
                // In SVG and MathML only a script, a style sheet or a title goes unseen: a `<link>` or
                // a `<video>` there is the drawing's own element.
                let html = e.name.ns == html5ever::ns!(html);
                let drawn = matches!(e.name(), "script" | "style" | "title");
                (html || drawn)
                    && matches!(
                        e.name(),
                        "head"
                            | "title"
                            | "script"
                            | "style"
                            | "template"
                            | "noscript"
                            | "rp"
                            | "datalist"
                            | "noembed"
                            | "noframes"
                            | "iframe"
                            | "canvas"
                            | "video"
                            | "audio"
                    )
            })
        });
        if !hidden {
            out.push_str(text);
        }
    }
    out
}

/// What is wrong with an article's output text, if anything: a control character (other than the
/// line feeds between blocks and tabs), or text that is not in NFC.
/// The texts of the article's table rows, in order.
pub fn table_rows(article: &Article) -> Vec<&str> {
    article
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::TableRow)
        .map(|b| b.text.as_str())
        .collect()
}

pub fn output_problem(article: &Article) -> Option<String> {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    let mut texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    texts.extend(article.title.as_deref());
    for text in texts {
        if let Some(c) = text
            .chars()
            .find(|&c| c.is_control() && c != '\n' && c != '\t')
        {
            return Some(format!("control character {c:?} in {text:?}"));
        }
        let nfc = match is_nfc_quick(text.chars()) {
            IsNormalized::Yes => true,
            _ => unicode_normalization::UnicodeNormalization::nfc(text).eq(text.chars()),
        };
        if !nfc {
            return Some(format!("not NFC: {text:?}"));
        }
    }
    None
}

/// Units of dense markup: tiny elements, far more tags per byte than a tree of a page made of them
/// could hold within ten times its size (`src/extract/dense.rs` reads such pages without a tree).
pub const DENSE_SHAPES: [&str; 6] = [
    "<div>a</div>",
    "<p>Word</p>",
    "<span>x</span> ",
    "<li>é\u{301}</li>",
    "<td>1<td>2<tr>",
    "<i hidden>h</i><b>v</b>",
];

/// Whether the article was read without a tree, as dense markup.
pub fn read_as_dense(article: &Article) -> bool {
    article
        .input
        .as_ref()
        .is_some_and(|r| r.decided_by == "dense-markup")
}

/// What a second cleaning of an article's text changes, if anything: its text read again (no
/// cleaners, no body locator, the language as it is) must come out the same.
pub fn second_clean_problem(article: &Article) -> Option<String> {
    let text = article.text();
    let mut again = copydesk::Pipeline::builder();
    again
        .clear_cleaners()
        .locate_body(false)
        .detect_language(false);
    let again = match again.build().map(|p| p.clean_text(&text)) {
        Ok(Ok(again)) => again,
        Ok(Err(e)) => return Some(format!("its own text does not clean: {e}")),
        Err(e) => return Some(format!("no pipeline: {e}")),
    };
    (again.text() != text).then(|| format!("cleaned again: {:?} -> {:?}", text, again.text()))
}

/// A small deterministic generator (xorshift), so a failure can be replayed from its seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// The development corpus at `../shared/corpus/SUB`, or `None` when it is absent: the gate calling
/// this then skips, and says so on stderr. With `COPYDESK_REQUIRE_CORPUS=1` (set by `.ci/run`) an
/// absent corpus fails the gate instead, so a moved or renamed corpus cannot turn the gates off.
pub fn corpus(sub: &str) -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(sub);
    if dir.is_dir() {
        return Some(dir);
    }
    let required = std::env::var_os("COPYDESK_REQUIRE_CORPUS").is_some_and(|v| v == "1");
    assert!(
        !required,
        "COPYDESK_REQUIRE_CORPUS=1 but {} is absent",
        dir.display()
    );
    eprintln!("skipped: {} is absent", dir.display());
    None
}

/// How the pages' scores moved between two runs of a corpus gate.
#[derive(Debug, Default, PartialEq)]
pub struct PageDeltas {
    /// Pages scored higher than in the previous run.
    pub better: usize,
    /// Pages scored lower than in the previous run.
    pub worse: usize,
    /// Pages scored in both runs with the same score.
    pub unchanged: usize,
    /// Pages the previous run did not score.
    pub new: usize,
    /// The largest drops, largest first: (page, previous score, score now).
    pub drops: Vec<(String, f64, f64)>,
}

/// Scores closer than this are the same score (rounding of sums over words).
const SAME_SCORE: f64 = 1e-9;

/// Compares a run's per-page scores with the previous run's; keeps the `keep` largest drops.
pub fn page_deltas(
    previous: &HashMap<String, f64>,
    now: &[(String, f64)],
    keep: usize,
) -> PageDeltas {
    let mut deltas = PageDeltas::default();
    for (page, score) in now {
        match previous.get(page) {
            None => deltas.new += 1,
            Some(before) if score - before > SAME_SCORE => deltas.better += 1,
            Some(before) if before - score > SAME_SCORE => {
                deltas.worse += 1;
                deltas.drops.push((page.clone(), *before, *score));
            }
            Some(_) => deltas.unchanged += 1,
        }
    }
    deltas
        .drops
        .sort_by(|a, b| (b.1 - b.2).total_cmp(&(a.1 - a.2)).then(a.0.cmp(&b.0)));
    deltas.drops.truncate(keep);
    deltas
}

/// Prints how each page of a corpus gate moved against the gate's previous run on this checkout
/// (pages better, worse, the largest drops), and stores this run's scores for the next one, in
/// `target/tmp/corpus-gates/GATE.tsv`. A mean can hide pages harmed: this shows them.
pub fn report_page_deltas(gate: &str, scores: &[(String, f64)]) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("corpus-gates");
    let path = dir.join(format!("{gate}.tsv"));
    let previous: HashMap<String, f64> = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            let (page, score) = line.split_once('\t')?;
            Some((page.to_string(), score.parse().ok()?))
        })
        .collect();
    if previous.is_empty() {
        eprintln!("{gate}: no previous run stored; per-page deltas from the next run on");
    } else {
        let d = page_deltas(&previous, scores, 5);
        eprintln!(
            "{gate}: against the previous run, {} pages better, {} worse, {} unchanged, {} new",
            d.better, d.worse, d.unchanged, d.new
        );
        for (page, before, now) in &d.drops {
            eprintln!("  {page}: {before:.3} -> {now:.3}");
        }
    }
    let table: String = scores
        .iter()
        .map(|(page, score)| format!("{page}\t{score}\n"))
        .collect();
    if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, table)) {
        eprintln!(
            "{gate}: could not store the scores in {}: {e}",
            path.display()
        );
    }
}

/// Paragraphs of a made-up story, long enough to be an article's body.
pub const STORY: &str = r#"
<p>The council approved the budget for the new bridge on Monday after a long debate about its cost,
which has grown by a third since the first plans were drawn up two years ago by the city engineers.</p>
<p>Work on the bridge starts in the spring, and the council expects it to open to traffic within two
years, provided the river stays low enough for the piers to be set in the summer months of both years.</p>
<p>Several members asked for the tolls to be dropped once the loans are repaid, and the mayor
promised a vote on that question before the end of the year, after the accounts are audited in full.</p>
<p>Residents of the east bank, who now drive twenty minutes to the nearest crossing, spoke in favour
of the plan, while shop owners near the old ferry landing asked for help during the years of work.</p>
<p>The engineers expect the steel for the main span to arrive by barge in the autumn, and the road
approaches on both banks will be rebuilt at the same time, so that traffic is not stopped twice.</p>
<p>A public meeting on the design of the footpaths is planned for April, and the drawings will be
shown in the town hall for a month beforehand, so that anyone who uses the crossing can comment.</p>
<p>The last bridge built over the river here opened in 1968; it carries the railway and has no room
for cars, which is why the ferry has stayed busy for more than half a century since it was built.</p>
<p>Until the new crossing opens, the council will pay for an extra ferry on weekday mornings, when
the queue at the landing is longest, and bus passes will be valid on the ferry for the whole period.</p>
"#;
