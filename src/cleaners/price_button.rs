//! Shop buttons that name a price: "$75 at Amazon", "$58 at Amazon $78 at Wayfair", "19,99 € bei Otto".

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::removal::Reason;
use once_cell::sync::Lazy;
use std::collections::HashSet;

/// The words of `offer_words.txt`: what stands between a price and a shop's name.
static OFFER_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    include_str!("offer_words.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .collect()
});

/// A row of shop buttons holds a few offers; a longer block is text.
const MAX_BUTTON_WORDS: usize = 24;

/// A shop's name on a button: one to four words ("Amazon", "Home Depot", "Book of the Month Club").
const MAX_SHOP_WORDS: usize = 4;

/// Currency symbols that stand before or after a price.
const CURRENCY_SYMBOLS: &[char] = &['$', '£', '€', '¥', '₹', '₩', '₽', '₺', '₪', '฿'];

/// Currency names written apart from the amount, after it ("19,99 EUR", "49 zł").
const CURRENCY_WORDS: &[&str] = &[
    "€", "$", "£", "eur", "usd", "gbp", "chf", "zł", "zl", "kr", "kč", "₽", "руб", "lei", "ft",
];

/// Removes a block that is nothing but offers, each a price, a word such as "at", "from" or "bei", and
/// the name of a shop: the price buttons of affiliate boxes and price-comparison widgets ("$75 at
/// Amazon", "$1,599.00 from Lowe's", "$58 at Amazon $78 at Wayfair"). The shop's name opens with a
/// capital or a digit or is a web address, so "$10 at the door" stays; a sentence with a price in it
/// stays, as does a price with a label before it ("Tickets: $10 at Eventbrite").
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe lamp is bright enough to read by and folds flat for travel.\n\n$75 at Amazon\n\nIt also comes in three colours.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "price-button");
/// assert_eq!(article.blocks.len(), 2);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct PriceButton;

impl Cleaner for PriceButton {
    fn name(&self) -> &'static str {
        "price-button"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if cx.is_title_candidate()
            || matches!(block.kind, BlockKind::Preformatted | BlockKind::Heading)
            || cx.words() > MAX_BUTTON_WORDS
        {
            return Verdict::Keep;
        }
        // A row of offers opens with a price, read from its first two tokens at most: most blocks
        // open with none and are passed over without splitting the rest.
        let mut words = block.text.split_whitespace();
        let Some(first) = words.next() else {
            return Verdict::Keep;
        };
        if price_len(&[first, words.next().unwrap_or("")]).is_none() {
            return Verdict::Keep;
        }
        let tokens: Vec<&str> = block.text.split_whitespace().collect();
        if is_row_of_offers(&tokens) {
            Verdict::Drop(Reason::Pattern(
                "a price and the shop selling at it: a shop's button",
            ))
        } else {
            Verdict::Keep
        }
    }
}

/// Whether `tokens` are one offer or more and nothing else: a price, an offer word, a shop's name.
fn is_row_of_offers(tokens: &[&str]) -> bool {
    let mut rest = tokens;
    let mut offers = 0;
    while !rest.is_empty() {
        let Some(after_price) = price_len(rest).map(|n| &rest[n..]) else {
            return false;
        };
        let Some((&word, after_word)) = after_price.split_first() else {
            return false;
        };
        if !OFFER_WORDS.contains(word.to_lowercase().as_str()) {
            return false;
        }
        let shop = (0..after_word.len())
            .find(|&i| price_len(&after_word[i..]).is_some())
            .unwrap_or(after_word.len());
        if shop == 0 || shop > MAX_SHOP_WORDS || !is_shop_name(after_word[0]) {
            return false;
        }
        rest = &after_word[shop..];
        offers += 1;
    }
    offers > 0
}

/// How many tokens the price at the start of `tokens` takes (`$75`, `US$1,599.00`, `19,99€`,
/// `19,99 €`), or `None` when they do not start with a price.
fn price_len(tokens: &[&str]) -> Option<usize> {
    let first = tokens.first()?.trim_start_matches('+');
    let amount = first.trim_start_matches(|c: char| c.is_ascii_uppercase());
    if let Some(number) = amount.strip_prefix(CURRENCY_SYMBOLS) {
        return is_amount(number).then_some(1);
    }
    if let Some(number) = first.strip_suffix(CURRENCY_SYMBOLS) {
        return is_amount(number).then_some(1);
    }
    let currency = tokens.get(1)?.to_lowercase();
    (is_amount(first) && CURRENCY_WORDS.contains(&currency.as_str())).then_some(2)
}

/// Digits with the separators of thousands and decimals: `75`, `1,599.00`, `19,99`, `1.299,-`.
fn is_amount(text: &str) -> bool {
    let text = text.trim_end_matches(['-', '–']);
    text.starts_with(|c: char| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// The first word of a shop's name: it opens with a capital or a digit, or is a web address
/// (`ampfit.com`).
fn is_shop_name(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || word.trim_end_matches(['.', ',']).contains('.')
}

#[cfg(test)]
mod tests {
    use super::PriceButton;

    removes! { PriceButton;
        one_offer: "$75 at Amazon",
        from_a_shop: "$1,599.00 from Lowe's",
        web_address: "$1,795 at ampfit.com",
        a_row_of_offers: "$58 at Amazon $78 at Wayfair $78 at Home Depot",
        euro_after: "19,99 € bei Otto",
        euro_glued: "29€ chez Fnac",
        currency_code: "US$49 on Etsy",
        pounds: "£12.99 at John Lewis",
    }

    keeps! { PriceButton;
        the_door: "$10 at the door",
        label_first: "Tickets: $10 at Eventbrite",
        sentence: "The lamp costs $75 at Amazon and comes in three colours, the maker said.",
        price_alone: "$75",
        no_shop: "$75 at",
        long_shop: "$75 at The Very Long Name Of A Shop",
        no_price: "Sold at Amazon",
        number_not_price: "75 at Amazon",
    }
}
