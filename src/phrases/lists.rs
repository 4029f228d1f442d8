//! The shipped phrase lists, one `Lazy` automaton per cleaner category over all languages.

use super::{Lang, PhraseSet};
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
        $(
            #[doc = concat!("Compiled phrase lists `src/phrases/<lang>/", $file, "`.")]
            pub(crate) static $name: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::new(&sources!($file)));
        )*

        /// Every shipped list file as `(file name, language, contents)`, for the data checks in tests.
        #[cfg(test)]
        pub(crate) fn shipped_lists() -> Vec<(&'static str, Lang, &'static str)> {
            let mut all = Vec::new();
            $(
                all.extend(sources!($file).into_iter().map(|(lang, source)| ($file, lang, source)));
            )*
            all
        }

        /// Forces every shipped list, so a test sees each compile.
        #[cfg(test)]
        pub(crate) fn force_all() -> Vec<&'static PhraseSet> {
            vec![$(&*$name),*]
        }
    };
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
}
