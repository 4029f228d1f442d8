//! Helpers shared by the integration tests.
#![allow(dead_code)]

use copydesk::Article;
use std::collections::HashMap;

/// Characters of `input` (whitespace aside) that appear neither in the article, nor in a removal, nor in
/// the source text of a change. Empty when nothing was dropped silently.
pub fn unaccounted(input: &str, article: &Article) -> Vec<char> {
    let mut counts: HashMap<char, i64> = HashMap::new();
    for c in input.chars().filter(|c| !c.is_whitespace()) {
        *counts.entry(c).or_default() += 1;
    }
    let mut account = |text: &str| {
        for c in text.chars() {
            if let Some(n) = counts.get_mut(&c) {
                *n -= 1;
            }
        }
    };
    account(&article.text());
    for removal in &article.removals {
        account(&removal.text);
    }
    for change in &article.changes {
        account(&change.from);
    }
    let mut missing: Vec<char> = counts
        .into_iter()
        .filter(|&(_, n)| n > 0)
        .map(|(c, _)| c)
        .collect();
    missing.sort_unstable();
    missing
}

/// The text a reader can see in a page: its text nodes outside the elements that browsers' default
/// style sheet hides (`head`, `title`, `script`, `style`, `template`, `rp`, `datalist`, `noembed`,
/// `noframes`; HTML's "Rendering" section, `display: none`) and outside `<noscript>` (hidden when
/// scripts run), and outside `<iframe>`, `<canvas>`, `<video>` and `<audio>` (a frame shows its own
/// document and media their stream, never their children: fallback content for old browsers). A `<title>`
/// misplaced in the body is hidden too.
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
                matches!(
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
