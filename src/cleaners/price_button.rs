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
/// stays, as does a price with a label before it ("Tickets: $10 at Eventbrite"). A row may hold a
/// struck-out price before the one asked ("$150 $120 at Amazon") and shops' buttons beside its prices
/// ("$331 at Amazon View on Example.com", "Check Price at REI $349 List"); buttons without a price
/// stay.
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
        if price_len(&[first, words.next().unwrap_or("")]).is_none() && !is_shop_button_verb(first)
        {
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

    fn judges_block_alone(&self) -> bool {
        true
    }
}

/// The verbs of a shop's button that names no price itself ("View on Amazon", "Check price at REI"),
/// lower case: such a button counts in a row only beside a price.
const SHOP_BUTTON_VERBS: [&str; 5] = ["view", "check", "shop", "buy", "see"];

/// Words between a shop button's verb and its offer word: "Check price at", "Buy now at".
const SHOP_BUTTON_FILLERS: [&str; 4] = ["price", "prices", "now", "it"];

/// The word after a price that names which price it is: "$799 List" (the list price).
const PRICE_LABELS: [&str; 2] = ["list", "msrp"];

/// Whether `word` is the verb of a shop's button ([`SHOP_BUTTON_VERBS`]), in any case.
fn is_shop_button_verb(word: &str) -> bool {
    SHOP_BUTTON_VERBS
        .iter()
        .any(|verb| word.eq_ignore_ascii_case(verb))
}

/// How many tokens a shop button's label takes before its shop's name ("View on", "Check price at"),
/// or `None` when `tokens` do not start with one.
fn shop_button_len(tokens: &[&str]) -> Option<usize> {
    if !is_shop_button_verb(tokens.first()?) {
        return None;
    }
    let filler = tokens.get(1).is_some_and(|word| {
        SHOP_BUTTON_FILLERS
            .iter()
            .any(|filler| word.eq_ignore_ascii_case(filler))
    });
    let offer_at = 1 + usize::from(filler);
    is_offer_word(tokens.get(offer_at)?).then_some(offer_at + 1)
}

/// Whether `word` stands between a price and a shop's name (`offer_words.txt`).
fn is_offer_word(word: &str) -> bool {
    OFFER_WORDS.contains(word.to_lowercase().as_str())
}

/// How many tokens the prices at the start of `tokens` take: one price or more (a struck-out price
/// and the one asked now: "$150 $120"), each perhaps labelled ("$799 List"), or `None` when they do
/// not start with a price.
fn prices_len(tokens: &[&str]) -> Option<usize> {
    let mut at = 0;
    while let Some(n) = price_len(&tokens[at..]) {
        at += n;
        if tokens.get(at).is_some_and(|word| {
            PRICE_LABELS
                .iter()
                .any(|label| word.eq_ignore_ascii_case(label))
        }) {
            at += 1;
        }
    }
    (at > 0).then_some(at)
}

/// Whether `tokens` are one offer or more and nothing else: prices, offer words, shops' names, and
/// the buttons of shops beside them ("$331 at Amazon View on Example.com", "Check price at REI $349
/// List"). A row without a price is no row of offers: "View on Amazon" alone may be the article's
/// own link, and stays.
fn is_row_of_offers(tokens: &[&str]) -> bool {
    let mut rest = tokens;
    let mut priced = false;
    let mut shops = 0;
    while !rest.is_empty() {
        let after_label = if let Some(n) = prices_len(rest) {
            priced = true;
            let after_price = &rest[n..];
            match after_price.split_first() {
                None => break,
                Some((&word, after_word)) if is_offer_word(word) => after_word,
                Some(_) if shop_button_len(after_price).is_some() => {
                    rest = after_price;
                    continue;
                }
                Some(_) => return false,
            }
        } else if let Some(n) = shop_button_len(rest) {
            &rest[n..]
        } else {
            return false;
        };
        let shop = (0..after_label.len())
            .find(|&i| starts_an_offer(&after_label[i..]))
            .unwrap_or(after_label.len());
        if shop == 0 || shop > MAX_SHOP_WORDS || !is_shop_name(after_label[0]) {
            return false;
        }
        rest = &after_label[shop..];
        shops += 1;
    }
    priced && shops > 0
}

/// Whether `tokens` open an offer: a price or a shop's button.
fn starts_an_offer(tokens: &[&str]) -> bool {
    price_len(tokens).is_some() || shop_button_len(tokens).is_some()
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
        struck_out_price: "$150 $120 at Example Running",
        offers_then_shop_buttons: "$331 at Amazon View on Example Shop View on Example.com",
        check_price_button_with_list_price: "Check Price at Example Outdoors $799 List",
        check_price_button_with_two_prices: "Check Price at Amazon $70 List $19.00 List",
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
        buttons_without_a_price: "View on Example Shop View on Amazon",
        check_the_price_at_the_door: "Check the price at the door",
        button_then_words: "Buy now at Amazon for $5 off",
        price_alone_after_a_button_word: "See $75",
        a_sentence_opening_with_a_button_verb: "Check prices at Amazon before you buy anything, because they change every week.",
    }
}
