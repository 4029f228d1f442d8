//! The article's language: from the caller, from the page's metadata, or detected from the text.
//!
//! Detection gives whatlang's answer (trigram profiles and alphabets for about 70 languages, no model
//! files), and is acted on only when the guess is reliable: a wrong language would pick the wrong phrase
//! lists, which is worse than applying them all. For the scripts several languages share, the scores are
//! computed here from inverted indexes of whatlang's profiles ([`guess`]), several times faster than
//! whatlang's own comparison with each profile in turn; a test holds the answers equal.

mod alphabets;
mod guess;
mod script;
mod trigrams;

use crate::block::Block;
use crate::phrases::Lang;
use crate::text::has_words;
use once_cell::sync::Lazy;

/// Text sampled for detection: enough for a reliable guess, small enough to keep detection cheap on
/// long pages.
const SAMPLE_BYTES: usize = 1024;

/// Blocks shorter than this are labels and menu entries, which mislead detection (English UI words on
/// a Russian page).
const MIN_SAMPLE_BLOCK_WORDS: usize = 6;

/// Detects the language of the blocks' text, as an ISO 639-1 code, when the guess is reliable.
///
/// # Examples
///
/// ```
/// use copydesk::{Block, BlockKind};
/// let blocks = [Block::new(BlockKind::Paragraph,
///     "Президент заявил в понедельник, что переговоры продолжатся на следующей неделе в Женеве.")];
/// assert_eq!(copydesk::detect_language(&blocks), Some("ru"));
/// ```
pub fn detect_language(blocks: &[Block]) -> Option<&'static str> {
    detect_with(&Allowed::All, blocks.iter().map(|b| b.text.as_str()))
}

/// What [`detect_language`] reads of some texts and what it answered: the same sample read again
/// gets the same answer, so a later reading that samples the same text skips the guess.
#[derive(Debug, Clone, Default)]
pub(crate) struct Detection {
    sample: String,
    answer: Option<&'static str>,
}

impl Detection {
    /// [`detect_language`] of the texts (blocks' or a title's), with the sample it read.
    pub(crate) fn of<'a>(texts: impl Iterator<Item = &'a str>) -> Detection {
        let sample = sample_of(texts);
        let answer = guess_sample(&Allowed::All, &sample);
        Detection { sample, answer }
    }

    /// The language detected.
    pub(crate) fn answer(&self) -> Option<&'static str> {
        self.answer
    }

    /// [`detect_language`] of other texts (the text the pipeline kept: its title, then its blocks),
    /// guessed only when their sample differs from the one read last.
    pub(crate) fn again<'a>(
        &mut self,
        texts: impl Iterator<Item = &'a str>,
    ) -> Option<&'static str> {
        let sample = sample_of(texts);
        if sample != self.sample {
            self.answer = guess_sample(&Allowed::All, &sample);
            self.sample = sample;
        }
        self.answer
    }
}

/// The language of the blocks among those copydesk has phrase lists for and `declared` (the page's own
/// tag), when the guess is reliable: whether the text contradicts the declared language with one whose
/// lists would apply instead. Comparing a handful of languages instead of every language of the script
/// makes this check several times cheaper than [`detect_language`].
pub(crate) fn detect_among_lists(blocks: &[Block], declared: &str) -> Option<&'static str> {
    let sample = sample_of(blocks.iter().map(|b| b.text.as_str()));
    if declared == "en" && is_plainly_english(&sample) {
        // The guess could only agree, or be unsure: no need to make it.
        return Some("en");
    }
    let declared_lang = whatlang::Lang::all()
        .iter()
        .copied()
        .find(|&l| iso639_1(l) == declared)
        .filter(|l| !LISTED.contains(l));
    match declared_lang {
        Some(lang) => {
            let mut allowed = LISTED.clone();
            allowed.push(lang);
            guess_sample(&Allowed::Only(&allowed), &sample)
        }
        None => guess_sample(&Allowed::Only(&LISTED), &sample),
    }
}

/// English words that other languages written in Latin letters seldom use ("the", "and", "of"): in
/// running English text they are a fifth of the words or more, and "the" alone one in twenty.
const ENGLISH_FUNCTION_WORDS: [&str; 12] = [
    "the", "and", "of", "to", "that", "with", "was", "for", "this", "from", "have", "were",
];

/// Share of a sample's words that must be [`ENGLISH_FUNCTION_WORDS`] for it to be plainly English.
const PLAINLY_ENGLISH_SHARE: f64 = 0.15;

/// Share of a sample's words that must be "the" for it to be plainly English.
const PLAINLY_ENGLISH_THE_SHARE: f64 = 0.03;

/// Words a sample needs before its function words say anything.
const MIN_PLAIN_SAMPLE_WORDS: usize = 40;

/// Whether the sample is plainly English by its function words alone: the check of a page that
/// declares English then needs no guess (the guess is the costliest step of reading a page's
/// language, and most pages that declare English are).
fn is_plainly_english(sample: &str) -> bool {
    let (mut words, mut function, mut the) = (0usize, 0usize, 0usize);
    for word in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if word.len() <= 5
            && ENGLISH_FUNCTION_WORDS
                .iter()
                .any(|f| f.eq_ignore_ascii_case(word))
        {
            function += 1;
            the += usize::from(word.eq_ignore_ascii_case("the"));
        }
    }
    words >= MIN_PLAIN_SAMPLE_WORDS
        && function as f64 >= PLAINLY_ENGLISH_SHARE * words as f64
        && the as f64 >= PLAINLY_ENGLISH_THE_SHARE * words as f64
}

/// The languages a guess may name.
#[derive(Debug, Clone, Copy)]
enum Allowed<'a> {
    All,
    Only(&'a [whatlang::Lang]),
}

impl Allowed<'_> {
    fn has(&self, lang: whatlang::Lang) -> bool {
        match self {
            Allowed::All => true,
            Allowed::Only(langs) => langs.contains(&lang),
        }
    }

    /// whatlang's own detector, limited to the allowed languages.
    fn whatlang_detector(&self) -> whatlang::Detector {
        match self {
            Allowed::All => whatlang::Detector::new(),
            Allowed::Only(langs) => whatlang::Detector::with_allowlist(langs.to_vec()),
        }
    }
}

/// The `(language, data)` lines of `script` in one of the data files (`alphabets.txt`,
/// `profiles.txt`): script, TAB, ISO 639-3 code, TAB, data; `#` starts a comment line.
fn script_lines(
    source: &'static str,
    script: &'static str,
) -> impl Iterator<Item = (whatlang::Lang, &'static str)> {
    source
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(move |line| {
            let mut fields = line.split('\t');
            if fields.next()? != script {
                return None;
            }
            let lang = whatlang::Lang::from_code(fields.next()?)?;
            Some((lang, fields.next()?))
        })
}

/// True for the characters detection reads as spaces: ASCII characters that are no letters.
fn is_stop_char(c: char) -> bool {
    matches!(c, '\u{0000}'..='\u{0040}' | '\u{005B}'..='\u{0060}' | '\u{007B}'..='\u{007E}')
}

/// The whatlang languages copydesk has phrase lists for, found once.
static LISTED: Lazy<Vec<whatlang::Lang>> = Lazy::new(|| {
    whatlang::Lang::all()
        .iter()
        .copied()
        .filter(|&l| Lang::from_code(iso639_1(l)).is_some())
        .collect()
});

/// [`detect_language`] among the allowed languages.
fn detect_with<'a>(
    allowed: &Allowed<'_>,
    texts: impl Iterator<Item = &'a str>,
) -> Option<&'static str> {
    guess_sample(allowed, &sample_of(texts))
}

/// The text detection reads: the opening [`SAMPLE_BYTES`] of the blocks of
/// [`MIN_SAMPLE_BLOCK_WORDS`] words or more, a line each.
fn sample_of<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut sample = String::with_capacity(SAMPLE_BYTES);
    for text in texts.filter(|t| has_words(t, MIN_SAMPLE_BLOCK_WORDS)) {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        let room = SAMPLE_BYTES.saturating_sub(sample.len());
        let mut end = text.len().min(room);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        sample.push_str(&text[..end]);
        sample.push('\n');
    }
    sample
}

/// The reliable guess of the sample's language among the allowed ones.
fn guess_sample(allowed: &Allowed<'_>, sample: &str) -> Option<&'static str> {
    if sample.is_empty() {
        return None;
    }
    let guess = guess::guess(sample, allowed)?;
    if !guess.is_reliable() {
        return None;
    }
    Some(iso639_1(guess.lang))
}

/// The two-letter code of a whatlang language (the three-letter one where ISO 639-1 has none).
fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang as L;
    match lang {
        L::Epo => "eo",
        L::Eng => "en",
        L::Rus => "ru",
        L::Cmn => "zh",
        L::Spa => "es",
        L::Por => "pt",
        L::Ita => "it",
        L::Ben => "bn",
        L::Fra => "fr",
        L::Deu => "de",
        L::Ukr => "uk",
        L::Kat => "ka",
        L::Ara => "ar",
        L::Hin => "hi",
        L::Jpn => "ja",
        L::Heb => "he",
        L::Yid => "yi",
        L::Pol => "pl",
        L::Amh => "am",
        L::Jav => "jv",
        L::Kor => "ko",
        L::Nob => "nb",
        L::Dan => "da",
        L::Swe => "sv",
        L::Fin => "fi",
        L::Tur => "tr",
        L::Nld => "nl",
        L::Hun => "hu",
        L::Ces => "cs",
        L::Ell => "el",
        L::Bul => "bg",
        L::Bel => "be",
        L::Mar => "mr",
        L::Kan => "kn",
        L::Ron => "ro",
        L::Slv => "sl",
        L::Hrv => "hr",
        L::Srp => "sr",
        L::Mkd => "mk",
        L::Lit => "lt",
        L::Lav => "lv",
        L::Est => "et",
        L::Tam => "ta",
        L::Vie => "vi",
        L::Urd => "ur",
        L::Tha => "th",
        L::Guj => "gu",
        L::Uzb => "uz",
        L::Pan => "pa",
        L::Aze => "az",
        L::Ind => "id",
        L::Tel => "te",
        L::Pes => "fa",
        L::Mal => "ml",
        L::Ori => "or",
        L::Mya => "my",
        L::Nep => "ne",
        L::Sin => "si",
        L::Khm => "km",
        L::Tuk => "tk",
        L::Aka => "ak",
        L::Zul => "zu",
        L::Sna => "sn",
        L::Afr => "af",
        L::Lat => "la",
        L::Slk => "sk",
        L::Cat => "ca",
        L::Tgl => "tl",
        L::Hye => "hy",
        L::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::BlockKind;

    fn detect(text: &str) -> Option<&'static str> {
        detect_language(&[Block::new(BlockKind::Paragraph, text)])
    }

    #[test]
    fn detects_several_scripts() {
        assert_eq!(detect("The council approved the new budget on Monday after a debate that lasted well into the night."), Some("en"));
        assert_eq!(detect("Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen."), Some("de"));
        assert_eq!(
            detect("東京都は月曜日、新しい予算案を長い議論の末に承認したと発表しました。"),
            Some("ja")
        );
        assert_eq!(
            detect("قال المتحدث باسم الحكومة إن المفاوضات ستستمر الأسبوع المقبل في جنيف."),
            Some("ar")
        );
    }

    #[test]
    fn plain_english_is_told_by_its_function_words_and_nothing_else_is() {
        let english = "The council approved the new budget on Monday after a debate that lasted \
            well into the night. The mayor said the plan was the first of its kind for the town, \
            and that the money for the new school would come from the sale of land that the \
            council had held for years.";
        assert!(is_plainly_english(english));
        for other in [
            // Too short to say.
            "The council met on Monday and the mayor spoke.",
            "El concejo aprobó el nuevo presupuesto el lunes después de un debate que duró hasta \
                la noche. El alcalde dijo que el plan era el primero de su tipo para la ciudad, y \
                que el dinero para la nueva escuela vendría de la venta de terrenos del concejo.",
            "Der Stadtrat hat am Montag nach einer Debatte, die bis in die Nacht dauerte, den neuen \
                Haushalt beschlossen. Der Bürgermeister sagte, was der Plan für die Stadt bedeute, \
                sei neu, und das Geld für die neue Schule komme aus dem Verkauf von Land der Stadt.",
            "De gemeenteraad keurde maandag na een debat dat tot diep in de nacht duurde de nieuwe \
                begroting goed. De burgemeester zei dat het plan het eerste in zijn soort was voor \
                de stad en dat het geld voor de nieuwe school uit de verkoop van grond zou komen.",
        ] {
            assert!(!is_plainly_english(other), "{other}");
        }
    }

    #[test]
    fn the_check_against_a_declared_language_compares_the_listed_languages_and_it() {
        let spanish = [Block::new(
            BlockKind::Paragraph,
            "El concejo aprobó el nuevo presupuesto el lunes después de un debate que duró hasta la noche.",
        )];
        assert_eq!(detect_among_lists(&spanish, "en"), Some("es"));
        let czech = [Block::new(
            BlockKind::Paragraph,
            "Zastupitelstvo v pondělí po dlouhé debatě schválilo nový rozpočet města na příští rok.",
        )];
        // Czech has no phrase lists, but a page that declares it keeps it among the candidates.
        assert_ne!(detect_among_lists(&czech, "cs"), Some("pl"));
    }

    #[test]
    fn short_labels_are_not_evidence() {
        assert_eq!(detect("Share this"), None);
    }
}

#[cfg(test)]
mod equivalence;
