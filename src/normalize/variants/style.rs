//! House styles: which form of each variant group is the canonical one.

use super::table::{Group, SpellingTable};
use crate::article::Article;
use once_cell::sync::Lazy;
use std::collections::{HashMap, HashSet};

/// The forms the BGN/PCGN-based style prefers, lower-cased (`styles/bgn.txt`).
static BGN: Lazy<HashSet<String>> = Lazy::new(|| style_forms(include_str!("styles/bgn.txt")));

/// The forms of a style file: one per line, `#` comments.
fn style_forms(text: &str) -> HashSet<String> {
    text.lines()
        .map(|l| l.split_once('#').map_or(l, |(before, _)| before).trim())
        .filter(|l| !l.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Which spelling of each variant group a house writes.
///
/// There is no one right romanization: BGN/PCGN writes Sergey and Yuriy, AP Sergei and Yuri, The
/// Economist Sergei and Yury. A style picks each group's canonical form; a user table's own canonical
/// forms always win (see [`SpellingTable::merged_over`]).
///
/// # Examples
///
/// ```
/// use copydesk::normalize::HouseStyle;
/// assert_eq!(HouseStyle::default(), HouseStyle::Ap);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum HouseStyle {
    /// AP-like, the default: the tables' first column, which follows the spellings of Associated Press
    /// wire copy (Sergei Lavrov, Yuri Ushakov, Dmitry Peskov, Moammar Gadhafi, Kyiv, Odesa). Source: AP
    /// usage as published in its wire stories; AP's own stylebook entries are not reproduced.
    #[default]
    Ap,
    /// BGN/PCGN-based: the U.S. Board on Geographic Names / UK Permanent Committee on Geographical Names
    /// romanizations (Russian 1947 with ë written e and the soft sign dropped; Ukrainian 2019, the
    /// Ukrainian national system; Arabic 1956 without diacritics). Source: `variants/styles/bgn.txt`,
    /// which names the preferred form of each group it covers; other groups keep the first column.
    Bgn,
    /// Most frequent in the batch: each group's most frequent form in the counted texts, ties broken by
    /// the AP-like style.
    MostFrequent(FormCounts),
}

impl HouseStyle {
    /// Index of the canonical form of `group` under this style.
    pub(crate) fn pick(&self, group: &Group) -> usize {
        if group.pinned {
            return group.canonical;
        }
        match self {
            HouseStyle::Ap => group.canonical,
            HouseStyle::Bgn => group
                .forms
                .iter()
                .position(|f| BGN.contains(&f.text.to_lowercase()))
                .unwrap_or(group.canonical),
            HouseStyle::MostFrequent(counts) => (0..group.forms.len())
                .max_by_key(|&i| {
                    let count = counts.count(&group.forms[i].text);
                    (count, i == group.canonical, std::cmp::Reverse(i))
                })
                .unwrap_or(group.canonical),
        }
    }
}

/// How often each form of a table was written in a batch of texts (whole words, any of the allowed
/// capitalisations), for [`HouseStyle::MostFrequent`]. A context-only form counts only where house
/// spelling would replace it, beside a known name: "Julia Roberts" is no vote for "Julia Navalnaya".
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{FormCounts, SpellingTable};
///
/// let counts = FormCounts::of_texts(SpellingTable::builtin(), ["Sergey Lavrov and SERGEY", "Sergei"]);
/// assert_eq!(counts.count("Sergey"), 2);
/// assert_eq!(counts.count("Sergei"), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormCounts {
    counts: HashMap<String, usize>,
}

impl FormCounts {
    /// Counts every form of `table` in `texts`.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{FormCounts, HouseStyle, SpellingTable};
    /// let counts = FormCounts::of_texts(SpellingTable::builtin(), ["Yury Ushakov", "Yury Ushakov"]);
    /// let style = HouseStyle::MostFrequent(counts);
    /// let pipeline = copydesk::Pipeline::builder().house_style(style).build()?;
    /// let article = pipeline.clean_text("Talks\n\nYuri Ushakov spoke.")?;
    /// assert_eq!(article.blocks[0].text, "Yury Ushakov spoke.");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn of_texts<'t>(
        table: &SpellingTable,
        texts: impl IntoIterator<Item = &'t str>,
    ) -> FormCounts {
        let counts = super::count_forms(table, texts);
        FormCounts { counts }
    }

    /// Counts every form of `table` in the titles and blocks of `articles`.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{FormCounts, SpellingTable};
    /// let article = copydesk::clean_text("Yury Ushakov speaks\n\nYury Ushakov said so on Monday.")?;
    /// let counts = FormCounts::of_articles(SpellingTable::builtin(), &[article]);
    /// assert_eq!(counts.count("Yury"), 2);
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn of_articles(table: &SpellingTable, articles: &[Article]) -> FormCounts {
        let texts = articles.iter().flat_map(|a| {
            a.title
                .as_deref()
                .into_iter()
                .chain(a.blocks.iter().map(|b| b.text.as_str()))
        });
        FormCounts::of_texts(table, texts)
    }

    /// How often `form` was seen (case-insensitively).
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{FormCounts, SpellingTable};
    /// let counts = FormCounts::of_texts(SpellingTable::builtin(), ["Kiev, KIEV and Kyiv"]);
    /// assert_eq!((counts.count("kiev"), counts.count("Kyiv"), counts.count("Lviv")), (2, 1, 0));
    /// ```
    pub fn count(&self, form: &str) -> usize {
        self.counts
            .get(&form.replace('’', "'").to_lowercase())
            .copied()
            .unwrap_or(0)
    }
}
