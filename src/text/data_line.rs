//! Lines of an article's own data: a recipe's ingredients and times, a spec sheet's values. They come
//! as runs of short lines, like a page's menu, but a menu's entries are bare names, while data lines
//! open with a quantity ("2 cups flour", "1/2 teaspoon salt", "3 eggs") or pair a label with a number
//! ("Prep time: 10 minutes", "Serves: 4").

/// Vulgar fractions a quantity may be written with ("½ cup milk").
const FRACTIONS: &[char] = &['½', '⅓', '⅔', '¼', '¾', '⅕', '⅛', '⅜', '⅝', '⅞'];

/// True for a line of an article's data: a quantity and what it counts, or a label and a number.
pub(crate) fn is_data_line(text: &str) -> bool {
    let text = text.trim();
    is_quantity_line(text) || is_labelled_number(text)
}

/// A label and a number as its value: "Prep time: 10 minutes", "Serves: 4", "Weight: 1.2 kg". A
/// headline's colon ("Home renovation: costs room by room") is followed by words, not a number.
fn is_labelled_number(text: &str) -> bool {
    text.split_once(": ").is_some_and(|(label, value)| {
        !label.is_empty() && value.trim_start().starts_with(is_numeral)
    })
}

/// A digit or a vulgar fraction.
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || FRACTIONS.contains(&c)
}

/// A line opening with a quantity (digits, with a fraction's slash or a decimal mark, or a vulgar
/// fraction) followed by a word: "2 cups flour", "1 1/4 cups milk", "½ lemon", "3 eggs". A number
/// alone ("2024"), or one followed by punctuation ("2024 (12)"), is no quantity.
fn is_quantity_line(text: &str) -> bool {
    if !text.starts_with(is_numeral) {
        return false;
    }
    let number_end = text
        .find(|c: char| !(is_numeral(c) || matches!(c, '/' | '.' | ',')))
        .unwrap_or(text.len());
    let rest = &text[number_end..];
    if !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let mut words = rest.split_whitespace();
    let opens_with_letter = |word: Option<&str>| {
        word.and_then(|w| w.chars().next())
            .is_some_and(char::is_alphabetic)
    };
    match words.next() {
        // "1 1/4 cups": a whole number, then a fraction, then a word.
        Some(fraction) if is_fraction(fraction) => opens_with_letter(words.next()),
        word => opens_with_letter(word),
    }
}

/// A fraction written with a slash: "1/4".
fn is_fraction(word: &str) -> bool {
    word.contains('/') && word.chars().all(|c| c.is_ascii_digit() || c == '/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_and_labelled_values_are_data() {
        for line in [
            "2 cups flour",
            "1/2 teaspoon baking soda",
            "1 1/4 cups milk",
            "3 eggs",
            "½ lemon, juiced",
            "250 g butter",
            "1.5 litres of stock",
            "Prep time: 10 minutes",
            "Serves: 4",
            "Weight: 1.2 kg",
        ] {
            assert!(is_data_line(line), "{line}");
        }
    }

    #[test]
    fn menu_entries_years_and_prices_are_no_data() {
        for line in [
            "Home",
            "World news",
            "Maple syrup",
            "2024",
            "2024 (12)",
            "$19.99",
            "Contact:",
            "Transitioning to a new diet: tips for beginners",
            "1/2",
            "",
        ] {
            assert!(!is_data_line(line), "{line}");
        }
    }
}
