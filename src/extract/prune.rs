//! Pruning: what never is article text (scripts, hidden nodes, form controls), and, per extraction
//! attempt, the page furniture dropped before scoring (navigation, asides, containers named like
//! furniture, the byline, the headline repeated above the body).

use super::tokens::{is_furniture_role, MAYBE, UNLIKELY};
use super::tree::{attr, Tree, NO_PARENT};
use scraper::node::Element;

/// Why an element was dropped at flattening.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pruned {
    /// The stage id recorded in the removal.
    pub stage: &'static str,
    /// Why, in a few words.
    pub why: &'static str,
    /// Whether its text is visible on the page, so that dropping it must be recorded.
    pub recorded: bool,
}

/// Decides whether an element is dropped at flattening, before any scoring.
pub(crate) fn classify(el: &Element) -> Option<Pruned> {
    let name = el.name();
    let invisible = |why| {
        Some(Pruned {
            stage: "script",
            why,
            recorded: false,
        })
    };
    match name {
        "script" | "style" | "noscript" | "template" => return invisible("script or style"),
        "head" | "meta" | "link" | "base" | "title" => return invisible("document head"),
        // Browsers never render the children of these (a frame shows its own document, media their
        // stream; the others are void).
        "iframe" | "embed" | "canvas" | "video" | "audio" | "source" | "track" => {
            return invisible("embedded object")
        }
        // These may show their text (SVG `<text>` labels, an object's fallback, a map's links): it is
        // not article text, but dropping it is recorded.
        "svg" | "object" | "map" => {
            return Some(Pruned {
                stage: "embedded",
                why: "embedded object",
                recorded: true,
            })
        }
        "input" | "textarea" | "select" | "button" | "option" | "datalist" => {
            return Some(Pruned {
                stage: "control",
                why: "form control",
                recorded: true,
            })
        }
        // Ruby fallback parentheses: hidden wherever ruby is shown (HTML's default style sheet).
        "rp" => return invisible("ruby fallback"),
        // Ruby annotations: the reading of the characters they stand over, printed small above them.
        "rt" => {
            return Some(Pruned {
                stage: "annotation",
                why: "ruby reading",
                recorded: true,
            })
        }
        "dialog" => {
            return Some(Pruned {
                stage: "boilerplate-container",
                why: "dialog",
                recorded: true,
            })
        }
        _ => {}
    }
    if is_hidden(el) {
        return Some(Pruned {
            stage: "hidden",
            why: "hidden element",
            recorded: true,
        });
    }
    if attr(el, "aria-modal") == Some("true") && attr(el, "role") == Some("dialog") {
        return Some(Pruned {
            stage: "boilerplate-container",
            why: "modal dialog",
            recorded: true,
        });
    }
    None
}

/// Hidden by the `hidden` attribute, `aria-hidden="true"` or an inline style.
fn is_hidden(el: &Element) -> bool {
    if attr(el, "hidden").is_some() {
        return true;
    }
    // Lazy-loading scripts mark the fallback image of a figure aria-hidden; its caption still shows.
    if attr(el, "aria-hidden") == Some("true")
        && !attr(el, "class").is_some_and(|c| c.contains("fallback-image"))
    {
        return true;
    }
    attr(el, "style").is_some_and(style_hides)
}

/// Whether an inline style hides the element.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else {
            return false;
        };
        let prop = prop.trim().to_ascii_lowercase();
        let value = value
            .trim()
            .trim_end_matches("!important")
            .trim()
            .to_ascii_lowercase();
        (prop == "display" && value == "none") || (prop == "visibility" && value == "hidden")
    })
}

/// A mark on the root of a subtree dropped before scoring: stage id and reason.
pub(crate) type Mark = Option<(&'static str, &'static str)>;

/// Byline text longer than this is a paragraph that mentions the author, not a byline.
const MAX_BYLINE_CHARS: usize = 100;

/// A heading sharing more than this part of its words with the title repeats it.
pub(crate) const TITLE_SIMILARITY: f32 = 0.75;

/// Marks the subtrees dropped before scoring in one attempt.
///
/// With `strip_unlikely`, navigation, furniture roles and containers named like furniture go; the
/// first byline and the first heading that repeats `title` always go (they are metadata).
pub(crate) fn mark_furniture(
    tree: &Tree<'_>,
    strip_unlikely: bool,
    title: Option<&str>,
) -> Vec<Mark> {
    let n = tree.nodes.len();
    let mut marks: Vec<Mark> = vec![None; n];
    // Inside a table or code: names there describe cells and tokens, not page regions.
    let mut in_table = vec![false; n];
    let mut byline_found = false;
    let mut title_found = false;
    let title_words = title.map(words);
    let mut i = 0;
    while i < n {
        let node = tree.nodes[i];
        let Some(el) = tree.element(i) else {
            i += 1;
            continue;
        };
        let name = tree.name(i);
        let parent_in_table = node.parent != NO_PARENT && in_table[node.parent];
        in_table[i] = parent_in_table || matches!(name, "table" | "code" | "pre");
        let class = attr(el, "class").unwrap_or("");
        let id = attr(el, "id").unwrap_or("");
        let mark = if strip_unlikely && matches!(name, "aside" | "footer") {
            Some(("boilerplate-container", "aside or footer element"))
        } else if strip_unlikely && name == "nav" {
            Some(("navigation", "nav element"))
        } else if strip_unlikely && attr(el, "role").is_some_and(is_furniture_role) {
            Some(("navigation", "furniture role"))
        } else if strip_unlikely
            && !parent_in_table
            && !matches!(name, "body" | "a" | "html")
            && is_unlikely(class, id)
        {
            Some(("boilerplate-container", "class or id of page furniture"))
        } else if !byline_found && is_byline(tree, i, el, class, id) {
            byline_found = true;
            Some(("byline", "byline"))
        } else if !title_found
            && matches!(name, "h1" | "h2")
            && title_words
                .as_ref()
                .is_some_and(|t| similarity(t, &tree.text_of(i, |_| false)) > TITLE_SIMILARITY)
        {
            title_found = true;
            Some(("title", "repeats the title"))
        } else {
            None
        };
        if mark.is_some() {
            marks[i] = mark;
            i = node.end;
        } else {
            i += 1;
        }
    }
    marks
}

/// Class and id name page furniture, and nothing that may be the article.
fn is_unlikely(class: &str, id: &str) -> bool {
    if class.is_empty() && id.is_empty() {
        return false;
    }
    let names = format!("{class} {id}").to_lowercase();
    UNLIKELY.matches(&names) && !MAYBE.matches(&names)
}

/// A short element marked as the author line.
fn is_byline(tree: &Tree<'_>, i: usize, el: &Element, class: &str, id: &str) -> bool {
    let marked = attr(el, "rel") == Some("author")
        || attr(el, "itemprop").is_some_and(|p| p.contains("author"))
        || {
            let names = format!("{class} {id}").to_lowercase();
            ["byline", "author", "dateline", "writtenby", "p-author"]
                .iter()
                .any(|w| names.contains(w))
        };
    if !marked {
        return false;
    }
    let text = tree.text_of(i, |_| false);
    let chars = text.chars().count();
    chars > 0 && chars < MAX_BYLINE_CHARS
}

/// Lowercased word tokens.
pub(crate) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Share of `heading`'s text made of words that `title` also has (1.0 = all of them).
pub(crate) fn similarity(title: &[String], heading: &str) -> f32 {
    let heading = words(heading);
    if heading.is_empty() {
        return 0.0;
    }
    let title: std::collections::HashSet<&str> = title.iter().map(String::as_str).collect();
    let total: usize = heading.iter().map(|w| w.chars().count() + 1).sum();
    let unique: usize = heading
        .iter()
        .filter(|w| !title.contains(w.as_str()))
        .map(|w| w.chars().count() + 1)
        .sum();
    1.0 - unique as f32 / total as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_that_hide() {
        assert!(style_hides("color: red; display : none"));
        assert!(style_hides("visibility:hidden !important"));
        assert!(!style_hides("display: block"));
    }

    #[test]
    fn heading_similarity() {
        let title = words("Storm hits coast - Daily News");
        assert!(similarity(&title, "Storm hits coast") > TITLE_SIMILARITY);
        assert!(similarity(&title, "Rain in the valley") < TITLE_SIMILARITY);
    }
}
