//! The typographic marks of each language.

use crate::phrases::Lang;

/// Quotes and dash of one language's typography.
#[derive(Debug)]
pub(crate) struct Marks {
    pub open: &'static str,
    pub close: &'static str,
    pub open_single: &'static str,
    pub close_single: &'static str,
    /// What replaces the hyphen (or two) of " - " and " -- "; the spaces stay.
    pub spaced_dash: &'static str,
}

const ENGLISH: Marks = Marks {
    open: "“",
    close: "”",
    open_single: "‘",
    close_single: "’",
    spaced_dash: "–",
};

const GERMAN: Marks = Marks {
    open: "„",
    close: "“",
    open_single: "‚",
    close_single: "‘",
    spaced_dash: "–",
};

/// French, Italian, Spanish, Arabic: guillemets outside, English quotes inside. French gets a plain
/// space inside the guillemets (see the normalizer's docs for why not a no-break one).
const GUILLEMETS_FR: Marks = Marks {
    open: "« ",
    close: " »",
    open_single: "“",
    close_single: "”",
    spaced_dash: "–",
};

const GUILLEMETS: Marks = Marks {
    open: "«",
    close: "»",
    open_single: "“",
    close_single: "”",
    spaced_dash: "–",
};

/// Russian and Ukrainian: guillemets outside, German quotes inside, the spaced em dash.
const CYRILLIC: Marks = Marks {
    open: "«",
    close: "»",
    open_single: "„",
    close_single: "“",
    spaced_dash: "—",
};

const POLISH: Marks = Marks {
    open: "„",
    close: "”",
    open_single: "«",
    close_single: "»",
    spaced_dash: "–",
};

const JAPANESE: Marks = Marks {
    open: "「",
    close: "」",
    open_single: "『",
    close_single: "』",
    spaced_dash: "—",
};

const CHINESE: Marks = Marks {
    spaced_dash: "—",
    ..ENGLISH
};

/// The marks of `lang`; English ones when the language is unknown or has no entry.
pub(crate) fn marks_for(lang: Option<Lang>) -> &'static Marks {
    match lang {
        Some(Lang::De) => &GERMAN,
        Some(Lang::Fr) => &GUILLEMETS_FR,
        Some(Lang::It | Lang::Es | Lang::Ar) => &GUILLEMETS,
        Some(Lang::Ru | Lang::Uk) => &CYRILLIC,
        Some(Lang::Pl) => &POLISH,
        Some(Lang::Ja) => &JAPANESE,
        Some(Lang::Zh) => &CHINESE,
        _ => &ENGLISH,
    }
}
