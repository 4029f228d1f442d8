//! The shipped phrase lists: one category per cleaner, one file per language, all in one [`PhraseIndex`].

use super::index::{PhraseHits, PhraseIndex};
use super::{Lang, PhraseMatch};
use once_cell::sync::Lazy;

/// The contents of one category's list file in every language, as `(language, contents)` pairs.
macro_rules! sources {
    ($file:literal) => {
        [
            (Lang::En, include_str!(concat!("en/", $file))),
            (Lang::De, include_str!(concat!("de/", $file))),
            (Lang::Fr, include_str!(concat!("fr/", $file))),
            (Lang::Es, include_str!(concat!("es/", $file))),
            (Lang::It, include_str!(concat!("it/", $file))),
            (Lang::Pt, include_str!(concat!("pt/", $file))),
            (Lang::Nl, include_str!(concat!("nl/", $file))),
            (Lang::Pl, include_str!(concat!("pl/", $file))),
            (Lang::Ru, include_str!(concat!("ru/", $file))),
            (Lang::Uk, include_str!(concat!("uk/", $file))),
            (Lang::Tr, include_str!(concat!("tr/", $file))),
            (Lang::Ar, include_str!(concat!("ar/", $file))),
            (Lang::Zh, include_str!(concat!("zh/", $file))),
            (Lang::Ja, include_str!(concat!("ja/", $file))),
            (Lang::Ko, include_str!(concat!("ko/", $file))),
        ]
    };
}

macro_rules! phrase_lists {
    ($($name:ident => $file:literal;)*) => {
        /// Every shipped list's file name, in category order.
        #[cfg(test)]
        const FILES: &[&str] = &[$($file),*];

        phrase_lists!(@consts 0u8; $($name)*);

        /// Every shipped list as `(category, language, contents)`.
        fn shipped_sources() -> Vec<(u8, Lang, &'static str)> {
            let mut all = Vec::new();
            $(
                all.extend(sources!($file).into_iter().map(|(lang, source)| ($name.0, lang, source)));
            )*
            all
        }
    };
    (@consts $n:expr; $name:ident $($rest:ident)*) => {
        #[doc = concat!("The phrase category of the shipped lists named `", stringify!($name), "`.")]
        pub(crate) const $name: Category = Category($n);
        phrase_lists!(@consts $n + 1u8; $($rest)*);
    };
    (@consts $n:expr;) => {};
}

phrase_lists! {
    AD_LABEL => "ad_label.txt";
    NEWSLETTER_PROMPT => "newsletter_prompt.txt";
    COMMENT_FORM => "comment_form.txt";
    BREADCRUMB_HOME => "breadcrumb.txt";
    TAG_LIST => "tag_list.txt";
    SHARE_PROMPT => "share_prompt.txt";
    COOKIE_NOTICE => "cookie_notice.txt";
    COPYRIGHT_LINE => "copyright_line.txt";
    SKIP_LINK => "skip_link.txt";
    PHOTO_CREDIT => "photo_credit.txt";
    LOADING_INDICATOR => "loading_indicator.txt";
    CALL_TO_ACTION => "call_to_action.txt";
    LISTING_CONTROL => "listing_control.txt";
    OTHER_ITEMS_HEADING => "other_items_heading.txt";
    OTHER_THREADS_HEADING => "other_threads_heading.txt";
    AFFILIATE_DISCLOSURE => "affiliate_disclosure.txt";
}

/// Every shipped list of every category and language, in one index.
pub(crate) static SHIPPED: Lazy<PhraseIndex> = Lazy::new(|| PhraseIndex::new(&shipped_sources()));

/// One cleaner category of the shipped phrase lists (one file per language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Category(u8);

impl Category {
    /// The phrase of this category that matches the whole of `folded`, in `lang`'s list or English
    /// (every list when `lang` is `None`).
    pub(crate) fn find(self, folded: &str, lang: Option<Lang>) -> Option<PhraseMatch> {
        SHIPPED.find(folded, self.0, lang)
    }

    /// The most words a block can have and match a phrase of this category without `{*}`.
    pub(crate) fn max_closed_words(self) -> usize {
        SHIPPED.max_closed_words(self.0)
    }

    /// [`find`](Self::find) over hits already looked up in [`SHIPPED`].
    pub(crate) fn pick(self, hits: &PhraseHits, lang: Option<Lang>) -> Option<PhraseMatch> {
        SHIPPED.pick(hits, self.0, lang)
    }
}

/// Every shipped list file as `(file name, language, contents)`, for the data checks in tests.
#[cfg(test)]
pub(crate) fn shipped_lists() -> Vec<(&'static str, Lang, &'static str)> {
    shipped_sources()
        .into_iter()
        .map(|(category, lang, source)| (FILES[usize::from(category)], lang, source))
        .collect()
}
