//! A row of a footer's legal links run together into one line: "Privacy Policy | Terms of Use".

use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::fold;
use crate::removal::Reason;
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;

/// Words a row of footer links has at most: a dozen links of two or three words each.
const MAX_ROW_WORDS: usize = 30;

/// Legal links a row needs: one "Privacy Policy" alone is a heading as often as a link (and a lone
/// footer link is the copyright-line cleaner's), while two legal pages named side by side, with nothing
/// but other footer links around them, are a site's footer.
const MIN_LEGAL_LINKS: usize = 2;

/// One label of `legal_link_labels.txt`: its folded words, and whether it names a legal page.
struct Label {
    words: Vec<String>,
    legal: bool,
}

/// The labels, by their first folded word.
static LABELS: Lazy<FxHashMap<String, Vec<Label>>> = Lazy::new(|| {
    let mut labels: FxHashMap<String, Vec<Label>> = FxHashMap::default();
    for line in include_str!("legal_link_labels.txt").lines() {
        let (legal, label) = match line.split_once(' ') {
            Some(("legal", label)) => (true, label),
            Some(("link", label)) => (false, label),
            _ => continue,
        };
        let words: Vec<String> = fold(label).split(' ').map(str::to_owned).collect();
        let Some(first) = words.first().cloned() else {
            continue;
        };
        labels
            .entry(first)
            .or_default()
            .push(Label { words, legal });
    }
    labels
});

/// Removes a row of a footer's links run together into one line, as a page's text has its footer:
/// "Privacy Policy | Terms of Use | Cookie Settings", "About Careers Terms Privacy Sitemap". A block
/// is one when every word of it belongs to a footer link of `legal_link_labels.txt` and two links or
/// more name a legal page (privacy, terms, cookies, imprint, accessibility). A sentence that names the
/// same pages ("Read our privacy policy and terms of use before signing up") has other words and
/// stays, as does a heading of one such link.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n\
///     Privacy Policy · Terms of Use · Cookie Settings\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "legal-links");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct LegalLinks;

impl Cleaner for LegalLinks {
    fn name(&self) -> &'static str {
        "legal-links"
    }

    fn check(&self, _block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if cx.words() > MAX_ROW_WORDS || cx.is_title_candidate() {
            return Verdict::Keep;
        }
        if is_row_of_links(&cx.folded()) {
            Verdict::Drop(Reason::Pattern("a row of a footer's legal links"))
        } else {
            Verdict::Keep
        }
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

/// Whether the folded text is footer links only ([`LABELS`], the longest at each word), with at
/// least [`MIN_LEGAL_LINKS`] legal ones among them.
fn is_row_of_links(folded: &str) -> bool {
    footer_links_in(folded).is_some_and(|legal| legal >= MIN_LEGAL_LINKS)
}

/// Whether the folded text is one footer link or more and nothing else ("About us", "Privacy
/// Policy", "Contact | Careers"): a line of a page's footer, which an article's text does not hold
/// three different ones of (the situation reader counts them, see
/// [`is_footer_mark`](crate::cleaners::is_footer_mark)).
pub(crate) fn is_footer_links(folded: &str) -> bool {
    footer_links_in(folded).is_some()
}

/// The legal links among the footer links the folded text is made of, or `None` when a word of it
/// belongs to no label ([`LABELS`], the longest at each word) or it has no word.
fn footer_links_in(folded: &str) -> Option<usize> {
    let mut words = folded.split(' ').filter(|w| !w.is_empty()).peekable();
    // Nearly every block opens with a word no label opens with: answered before the words are
    // gathered.
    if !words.peek().is_some_and(|w| LABELS.contains_key(*w)) {
        return None;
    }
    let words: Vec<&str> = words.collect();
    let (mut at, mut legal) = (0, 0);
    while at < words.len() {
        let label = longest_label_at(&words[at..])?;
        at += label.words.len();
        legal += usize::from(label.legal);
    }
    Some(legal)
}

/// The longest label that `words` open with.
fn longest_label_at<'l>(words: &[&str]) -> Option<&'l Label> {
    let first = words.first()?;
    LABELS
        .get(*first)?
        .iter()
        .filter(|label| {
            label.words.len() <= words.len() && label.words.iter().zip(words).all(|(a, b)| a == b)
        })
        .max_by_key(|label| label.words.len())
}

#[cfg(test)]
mod tests {
    use super::{is_footer_links, LegalLinks, LABELS};
    use crate::phrases::fold;

    #[test]
    fn one_footer_link_or_a_row_of_them_is_footer_links() {
        for line in [
            "About us",
            "Privacy Policy",
            "Contact | Careers",
            "Impressum",
            "Sitemap",
        ] {
            assert!(is_footer_links(&fold(line)), "{line}");
        }
        for line in [
            "About the author",
            "Contact the council before Friday",
            "Privacy campaigners object",
            "",
        ] {
            assert!(!is_footer_links(&fold(line)), "{line}");
        }
    }

    removes! { LegalLinks;
        bars: "Privacy Policy | Terms of Use | Cookie Settings",
        bare: "Privacy Policy Terms of Service",
        with_links: "About Us Careers Advertise Terms Privacy Sitemap",
        ampersand: "Terms & Conditions · Privacy Notice · Contact Us",
        opt_out: "Privacy Policy Cookie Notice Terms of Use Do Not Sell My Personal Information",
        slashes: "Legal Disclaimer / Terms of Use",
        capitals: "PRIVACY • TERMS • ACCESSIBILITY",
        german: "Impressum | Datenschutz | Kontakt",
        french: "Mentions légales - Politique de confidentialité - Plan du site",
        polish: "O nas | Kontakt | Polityka prywatności | Regulamin",
        russian: "Политика конфиденциальности · Пользовательское соглашение",
        turkish: "İletişim · Gizlilik Politikası · Kullanım Koşulları",
        chinese: "关于我们 | 联系我们 | 隐私政策 | 使用条款",
        japanese: "プライバシーポリシー | 利用規約 | お問い合わせ",
        arabic: "سياسة الخصوصية | الشروط والأحكام",
    }

    keeps! { LegalLinks;
        one_link: "Privacy Policy",
        one_legal_with_links: "About Us | Contact | Privacy Policy",
        sentence: "Read our privacy policy and terms of use before you sign up for the service.",
        heading: "Privacy and terms: what the new rules mean for you",
        menu: "About Us Contact Careers Press",
        other_words: "Privacy Policy Terms of Use Shop Now",
    }

    #[test]
    fn labels_are_folded_and_unique() {
        let mut seen = std::collections::HashSet::new();
        let text = include_str!("legal_link_labels.txt");
        for line in text.lines() {
            if let Some(section) = line.strip_prefix("# ").filter(|s| s.len() == 2) {
                // Each language's section is whole on its own: labels repeat across languages.
                seen.clear();
                assert!(section.chars().all(|c| c.is_ascii_lowercase()), "{line}");
                continue;
            }
            if line.starts_with('#') {
                continue;
            }
            let (kind, label) = line.split_once(' ').expect("kind and label");
            assert!(kind == "legal" || kind == "link", "{line}");
            assert!(!label.is_empty(), "{line}");
            assert_eq!(fold(label), label, "not folded: {line}");
            assert!(seen.insert(line), "duplicate: {line}");
        }
        assert!(LABELS.len() > 20);
    }
}
