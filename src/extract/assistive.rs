//! Text written for screen readers only: what a page's style sheet clips to nothing (`sr-only`,
//! `visually-hidden`, WordPress's `screen-reader-text`) so that assistive technology reads it and
//! no one sees it. A shop's card says "Regular price", "Sale price" and "Unit price per" to a screen
//! reader around the one price everyone sees; a link says "(opens in a new tab)"; a rating says
//! "out of 5 stars". None of it is the page's text as its readers see it.
//!
//! The class names are the accessibility utilities of the common style frameworks (Bootstrap,
//! Tailwind, WordPress, Drupal, Shopify's themes, HTML5 Boilerplate, the GOV.UK design system),
//! matched as whole class names or as a namespace's utility (`govuk-visually-hidden`,
//! `u-visually-hidden`, `tw-sr-only`). A name that shows the text again (`focus:not-sr-only`,
//! `md:not-sr-only`, a skip link's `sr-only-focusable`, which is a link to the page's own
//! content and furniture anyway) is read as written: Tailwind's `not-sr-only` undoes the clip, so an
//! element carrying it is left alone.

use super::tree::attr;
use super::value_answers::ValueAnswers;
use scraper::node::Element;
use std::borrow::Cow;

/// Length of the shortest name in [`ASSISTIVE_ONLY`].
const SHORTEST_CLIP: usize = 7;

/// Class names that clip an element to nothing for sighted readers.
const ASSISTIVE_ONLY: [&str; 9] = [
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "screenreader-only",
    "element-invisible",
    "a11y-hidden",
    "assistive-text",
];

/// Whether `el` holds text for screen readers only (see the module's documentation).
pub(crate) fn is_assistive_only(el: &Element) -> bool {
    attr(el, "class").is_some_and(class_clips)
}

/// [`is_assistive_only`], its answer kept per `class` value in `answers`: a page repeats its
/// values, and every element with a class is asked at flattening.
pub(crate) fn is_assistive_only_answered<'e>(
    el: &'e Element,
    answers: &mut ValueAnswers<'e>,
) -> bool {
    attr(el, "class").is_some_and(|class| answers.answer(class.as_bytes(), |_| class_clips(class)))
}

/// Whether a `class` value clips its element (see the module's documentation).
fn class_clips(class: &str) -> bool {
    // Every element's class is read here: most hold no name that can clip, found by its end alone.
    if !class.split_ascii_whitespace().any(may_clip) {
        return false;
    }
    let mut clipped = false;
    for name in class.split_ascii_whitespace() {
        let name: Cow<'_, str> = match name.bytes().any(|b| b.is_ascii_uppercase()) {
            true => Cow::Owned(name.to_ascii_lowercase()),
            false => Cow::Borrowed(name),
        };
        if name.contains("not-sr-only") || name.contains("not-visually-hidden") {
            return false;
        }
        clipped |= names_clip(&name);
    }
    clipped
}

/// The ends of the names in [`ASSISTIVE_ONLY`]: a class name that clips ends with one of them.
const CLIP_ENDS: [&str; 4] = ["only", "hidden", "text", "invisible"];

/// Whether a class name may clip ([`names_clip`]): long enough, and ending as a clip ends, in any case.
fn may_clip(name: &str) -> bool {
    let name = name.as_bytes();
    name.len() >= SHORTEST_CLIP
        && CLIP_ENDS.iter().any(|end| {
            name.len() >= end.len()
                && name[name.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes())
        })
}

/// Whether `aria-hidden` on `el` hides only the shown twin of a text spoken elsewhere: an edit's
/// marks (`<del>`, `<ins>`, `<s>`) carry it where a shop prints the old price struck out and the new
/// one beside it, and says "Original price was: $30.00" to screen readers in a clipped span. The
/// struck-out and the new price are what everyone sees.
pub(crate) fn is_shown_twin(el: &Element) -> bool {
    matches!(el.name(), "del" | "ins" | "s")
}

/// Whether one class name (lowercase) is an accessibility clip: one of [`ASSISTIVE_ONLY`], or one
/// behind a namespace (`govuk-visually-hidden`, `u-sr-only`), or behind a BEM block
/// (`price__visually-hidden`).
fn names_clip(name: &str) -> bool {
    ASSISTIVE_ONLY.iter().any(|clip| {
        name == *clip
            || name
                .strip_suffix(clip)
                .is_some_and(|head| head.len() > 1 && (head.ends_with('-') || head.ends_with('_')))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn clipped(markup: &str) -> bool {
        let doc = Html::parse_fragment(markup);
        let sel = Selector::parse("#x").unwrap();
        let el = doc.select(&sel).next().unwrap();
        is_assistive_only(el.value())
    }

    #[test]
    fn the_shortest_clip_is_the_shortest_name() {
        let shortest = ASSISTIVE_ONLY.iter().map(|name| name.len()).min();
        assert_eq!(shortest, Some(SHORTEST_CLIP));
    }

    #[test]
    fn every_clip_ends_as_the_prefilter_expects() {
        for clip in ASSISTIVE_ONLY {
            assert!(may_clip(clip), "{clip}");
            assert!(
                may_clip(&format!("u-{}", clip.to_ascii_uppercase())),
                "{clip}"
            );
        }
        assert!(!may_clip("article-body") && !may_clip("only"));
    }

    #[test]
    fn screen_reader_utilities_clip() {
        for markup in [
            r#"<span id="x" class="visually-hidden visually-hidden--inline">Regular price</span>"#,
            r#"<span id="x" class="sr-only">out of 5 stars</span>"#,
            r#"<span id="x" class="screen-reader-text">(opens in a new tab)</span>"#,
            r#"<span id="x" class="govuk-visually-hidden">Change</span>"#,
            r#"<span id="x" class="u-visually-hidden">Unit price</span>"#,
            r#"<span id="x" class="price__visually-hidden">per</span>"#,
            r#"<span id="x" class="SR-Only">Menu</span>"#,
        ] {
            assert!(clipped(markup), "{markup}");
        }
    }

    #[test]
    fn an_edits_marks_are_the_shown_twin_of_a_spoken_price() {
        let doc = Html::parse_fragment(
            r#"<del id="a" aria-hidden="true">£24.00</del><span id="b" aria-hidden="true">★</span>"#,
        );
        let pick = |id: &str| {
            let sel = Selector::parse(&format!("#{id}")).unwrap();
            let el = doc.select(&sel).next().unwrap();
            is_shown_twin(el.value())
        };
        assert!(pick("a"));
        assert!(!pick("b"));
    }

    #[test]
    fn shown_names_and_look_alikes_do_not_clip() {
        for markup in [
            r#"<span id="x" class="sr-only focus:not-sr-only">Skip</span>"#,
            r#"<span id="x" class="sr-only md:not-sr-only">Filters</span>"#,
            r#"<p id="x" class="hidden-xs">Shown on wide screens</p>"#,
            r#"<p id="x" class="overflow-hidden">Body text</p>"#,
            r#"<p id="x" class="visually">Body text</p>"#,
            r#"<p id="x" class="-sr-only">Body text</p>"#,
            r#"<p id="x">Body text</p>"#,
        ] {
            assert!(!clipped(markup), "{markup}");
        }
    }

    #[test]
    fn answers_kept_per_class_value_are_the_elements_own() {
        // Clips and body text, each class met again, in another case, on another element.
        let doc = Html::parse_fragment(
            r#"<p class="lead">Body</p><span class="sr-only">Price</span><p class="lead">More</p>
               <span class="sr-only">Unit</span><span class="SR-Only">Menu</span>
               <p class="sr-only md:not-sr-only">Filters</p><p class="overflow-hidden">Text</p>
               <span class="sr-only">Sale</span><p>Plain</p><p class="overflow-hidden">Text</p>"#,
        );
        let mut answers = ValueAnswers::new();
        let mut clipped = Vec::new();
        for el in doc
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            let kept = is_assistive_only_answered(el.value(), &mut answers);
            assert_eq!(kept, is_assistive_only(el.value()), "{}", el.html());
            if kept {
                clipped.push(el.text().collect::<String>());
            }
        }
        assert_eq!(clipped, ["Price", "Unit", "Menu", "Sale"]);
    }
}
