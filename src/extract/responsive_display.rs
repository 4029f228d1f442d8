//! A block hidden on small screens and shown from a breakpoint on: utility-class markup writes it
//! `hidden md:grid` (Tailwind's `hidden` is `display: none`, the variant `md:grid` shows it from the
//! `md` width up). Shops and blogs often lay their grid of products or posts out so, the desktop
//! grid beside a mobile list (`md:hidden`) of the same items. The name `hidden` then says how the
//! block renders on one screen, as `md:hidden` does, not that the block is furniture.

/// Display values a breakpoint variant sets to show a block (`md:block`, `lg:flex`, `sm:grid`).
const DISPLAY_VALUES: &[&str] = &[
    "block",
    "contents",
    "flex",
    "flow-root",
    "grid",
    "inline",
    "inline-block",
    "inline-flex",
    "inline-grid",
    "table",
];

/// The name that hides a block on every screen unless a variant shows it.
const HIDDEN: &str = "hidden";

/// Whether `name`, one name of a `class`, is `hidden` and `names`, the whole attribute, shows the
/// block from a breakpoint on (`hidden md:grid`): the name is then a responsive utility, neutral.
/// Only the name `hidden` starts the scan of the attribute.
pub(crate) fn is_hidden_until_a_breakpoint(name: &str, names: &str) -> bool {
    name.eq_ignore_ascii_case(HIDDEN) && names.split_whitespace().any(shows_at_a_breakpoint)
}

/// Whether one name is a variant that shows the block (`md:block`, `lg:!flex`, `min-[900px]:grid`):
/// a variant prefix, then a display value (Tailwind's `!` marks it important).
fn shows_at_a_breakpoint(name: &str) -> bool {
    name.rsplit_once(':').is_some_and(|(variant, value)| {
        let value = value.trim_start_matches('!');
        !variant.is_empty() && DISPLAY_VALUES.iter().any(|v| v.eq_ignore_ascii_case(value))
    })
}

#[cfg(test)]
mod tests {
    use super::is_hidden_until_a_breakpoint;

    #[test]
    fn hidden_shown_from_a_breakpoint_is_a_utility() {
        for names in [
            "hidden md:grid grid-cols-4 gap-4",
            "product-list hidden lg:block",
            "HIDDEN sm:flex",
            "hidden md:!inline-flex",
            "hidden min-[900px]:grid",
        ] {
            assert!(is_hidden_until_a_breakpoint("hidden", names), "{names}");
        }
    }

    #[test]
    fn hidden_alone_or_with_other_variants_still_hides() {
        for names in [
            "hidden",
            "hidden panel",
            "hidden md:p-4 lg:text-lg",
            "hidden hover:underline",
            "hidden :block",
        ] {
            assert!(!is_hidden_until_a_breakpoint("hidden", names), "{names}");
        }
        // Other names are not asked about.
        assert!(!is_hidden_until_a_breakpoint("sidebar", "sidebar md:block"));
    }
}
