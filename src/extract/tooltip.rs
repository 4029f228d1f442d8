//! Tooltips: the text a page shows in a bubble while the pointer rests on a label or an icon. A
//! shop prints beside each of a product's specifications ("Cup style", "Driver type") an icon
//! whose tooltip explains what the term means in general, the same on every product of the shop;
//! a landing page explains its plans' features so. The bubble is hidden until hovered, and what it
//! says is a glossary's, not the page's.
//!
//! A tooltip is known by its ARIA role (`role="tooltip"`) or by a class name that names the bubble:
//! `tooltip`, `tooltiptext`, or a name ending in the tooltip's part (`tooltip-content`,
//! `tool-tip__content`, `icon-tooltip-text`, `tooltip-inner`). The element that opens one
//! (`tooltip-trigger`, `has-tooltip`, `tooltip-wrapper`) holds the label everyone sees and is not one.

/// Parts of a tooltip that hold its text, as the last token of a class name after `tooltip`.
const BUBBLE_PARTS: [&str; 5] = ["content", "text", "inner", "body", "bubble"];

/// Whether an element with these `class` and `role` attributes is a tooltip's bubble.
pub(crate) fn is_tooltip(class: &str, role: Option<&str>) -> bool {
    if role.is_some_and(|r| r.trim().eq_ignore_ascii_case("tooltip")) {
        return true;
    }
    // Every element's class on a shop's page is read here: one without "tip" names no bubble.
    mentions_tip(class) && class.split_ascii_whitespace().any(names_bubble)
}

/// Whether `class` holds "tip" in any case: every name of a bubble does (`tooltip`, `tool-tip__content`).
fn mentions_tip(class: &str) -> bool {
    class
        .as_bytes()
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"tip"))
}

/// Whether one class name names a tooltip's bubble (see the module's documentation).
fn names_bubble(name: &str) -> bool {
    let tokens: Vec<String> = name
        .split(['-', '_'])
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    // `tool-tip` is one word written in two.
    let mut words: Vec<&str> = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while k < tokens.len() {
        if tokens[k] == "tool" && tokens.get(k + 1).is_some_and(|t| t == "tip") {
            words.push("tooltip");
            k += 2;
        } else {
            words.push(&tokens[k]);
            k += 1;
        }
    }
    match words.as_slice() {
        ["tooltip"] | ["tooltiptext"] => true,
        [.., "tooltip", part] => BUBBLE_PARTS.contains(part),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bubbles_are_tooltips() {
        for class in [
            "tooltip",
            "tooltiptext",
            "tooltip-content",
            "tool-tip__content",
            "icon-tooltip-text",
            "Tooltip_Inner",
            "spec tooltip-bubble",
        ] {
            assert!(is_tooltip(class, None), "{class}");
        }
        assert!(is_tooltip("", Some("tooltip")));
    }

    #[test]
    fn what_opens_a_tooltip_is_not_one() {
        for class in [
            "tooltip-trigger",
            "has-tooltip",
            "tooltip-wrapper",
            "tooltip-container",
            "with-tooltip",
            "tooltips-enabled",
            "content",
            "",
        ] {
            assert!(!is_tooltip(class, None), "{class}");
        }
        assert!(!is_tooltip("", Some("button")));
    }
}
