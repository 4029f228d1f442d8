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

/// Swiss German and Swiss French: guillemets closed up on both sides, single guillemets inside
/// (« … ‹ … › … »), as the Swiss keyboard, press and the Swiss style guides write them. German in
/// Switzerland never spaces them. For French, Swiss usage (the *Guide du typographe*) spaces them with a
/// thin space, which a renderer adds: a full space would be too wide, and a thin no-break space is
/// turned into a plain one by the "invisible" normalizer, so closed-up marks are the faithful plain form.
const SWISS: Marks = Marks {
    open: "«",
    close: "»",
    open_single: "‹",
    close_single: "›",
    spaced_dash: "–",
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

/// The marks of `lang` in `region` (the language tag's region subtag, upper case); English ones when
/// the language is unknown or has no entry.
pub(crate) fn marks_for(lang: Option<Lang>, region: Option<&str>) -> &'static Marks {
    match lang {
        // Liechtenstein writes German as Switzerland does.
        Some(Lang::De) if matches!(region, Some("CH" | "LI")) => &SWISS,
        Some(Lang::Fr) if region == Some("CH") => &SWISS,
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
