//! The pipeline: input → blocks → cleaners → normalizers → [`Article`].
//!
//! The top of the crate: every entry point of [`Pipeline`] is here, and the stages below it (`extract`,
//! `text`, `cleaners`, `batch`, `normalize`, `warc`) export functions over
//! [`Document`](crate::document::Document)s without knowing the pipeline.
//!
//! - `builder`: [`PipelineBuilder`], the configuration.
//! - `text`, `html`, `batch`, `warc`: the entry points, each an input stage that makes a `Document`.
//! - `rounds`: what every entry point ends with: the cleaners in rounds to a fixed point, the
//!   normalizers, and the [`Article`].
//! - `emptied`: the record of a block the normalizers leave empty (a removal).

mod batch;
mod builder;
mod emptied;
mod focus;
mod html;
mod rounds;
mod text;
#[cfg(feature = "warc")]
mod warc;

pub use builder::PipelineBuilder;
pub use focus::Focus;
#[cfg(feature = "warc")]
pub use warc::WarcArticles;

use crate::article::InputKind;
use crate::cleaners::{default_cleaners, Cleaner};
use crate::error::Error;
use crate::input::{self, DEFAULT_MAX_INPUT_BYTES};
use crate::normalize::{default_normalizers, Normalizer};
use crate::phrases::Lang;
use std::sync::Arc;
use text::Naming;

/// The stage name of text mode's body locator in removal records and in [`PipelineBuilder::remove`].
pub const BODY_LOCATOR: &str = "body-locator";

pub use crate::text::BOX_REMNANT;
pub use crate::text::PAGE_HEADER;

/// A configured cleaning pipeline: immutable, `Send + Sync`, built once and shared across threads.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let pipeline = Pipeline::default();
/// let article = pipeline.clean_text("Headline\n\nThe body of the story.\n\nSubscribe to our newsletter\n")?;
/// assert_eq!(article.text(), "Headline\n\nThe body of the story.\n");
/// assert_eq!(article.removals[0].stage, "newsletter-prompt");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Pipeline {
    cleaners: Vec<Arc<dyn Cleaner>>,
    normalizers: Vec<Arc<dyn Normalizer>>,
    language: Option<Lang>,
    /// The caller's full language tag (`de-CH`), when given: its region reaches the normalizers.
    language_tag: Option<String>,
    max_input_bytes: usize,
    locate_body: bool,
    box_remnants: bool,
    page_header: bool,
    input_kind: InputKind,
    pub(crate) detect_language: bool,
    name_located_cruft: Naming,
    inline_markup: bool,
    focus: Focus,
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline {
            cleaners: default_cleaners(),
            normalizers: default_normalizers(),
            language: None,
            language_tag: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            locate_body: true,
            box_remnants: true,
            page_header: true,
            input_kind: InputKind::Auto,
            detect_language: true,
            name_located_cruft: Naming::NearBody,
            inline_markup: false,
            focus: Focus::Balanced,
        }
    }
}

impl Pipeline {
    /// A builder starting from the default cleaners and normalizers.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{phrases::Lang, Pipeline};
    ///
    /// let pipeline = Pipeline::builder()
    ///     .remove("timestamp-label")
    ///     .language(Lang::En)
    ///     .max_input_bytes(1 << 20)
    ///     .build()?;
    /// assert!(!pipeline.cleaner_names().contains(&"timestamp-label"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::new()
    }

    /// Names of the cleaners, in the order they run.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(copydesk::Pipeline::default().cleaner_names().contains(&"ad-label"));
    /// ```
    pub fn cleaner_names(&self) -> Vec<&'static str> {
        self.cleaners.iter().map(|c| c.name()).collect()
    }

    /// Names of the normalizers, in the order they run.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(copydesk::Pipeline::default().normalizer_names(), ["unicode", "mojibake", "invisible", "whitespace"]);
    /// ```
    pub fn normalizer_names(&self) -> Vec<&'static str> {
        self.normalizers.iter().map(|n| n.name()).collect()
    }

    /// The size limit in bytes.
    pub(crate) fn max_input_bytes(&self) -> usize {
        self.max_input_bytes
    }

    /// Size, emptiness and binary checks shared by every input.
    pub(crate) fn check_input(&self, text: &str) -> Result<(), Error> {
        self.check_input_with(text, true)
    }

    /// The input checks: size, emptiness, then [`input::check_text`]'s binary check (`nul_is_binary`:
    /// text, where one NUL byte makes the input binary; markup, where parsers drop NULs, is only
    /// checked for a share of control characters in its first bytes).
    pub(crate) fn check_input_with(&self, text: &str, nul_is_binary: bool) -> Result<(), Error> {
        if text.len() > self.max_input_bytes {
            return Err(Error::TooLarge {
                size: text.len(),
                limit: self.max_input_bytes,
            });
        }
        if text.trim().is_empty() {
            return Err(Error::EmptyInput);
        }
        input::check_text(text, nul_is_binary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::cleaners::Verdict;
    use crate::removal::Reason;

    #[test]
    fn pipeline_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Pipeline>();
        assert_send_sync::<Article>();
        assert_send_sync::<Error>();
    }

    #[test]
    fn size_limit_is_enforced() {
        let pipeline = Pipeline::builder().max_input_bytes(10).build().unwrap();
        assert!(matches!(
            pipeline.clean_text("0123456789ab"),
            Err(Error::TooLarge {
                size: 12,
                limit: 10
            })
        ));
    }

    #[test]
    fn the_size_limit_bounds_the_decoded_text_too() {
        // 60 Cyrillic letters in windows-1251 are 60 bytes; as UTF-8, 120.
        let mut page = b"<html><body><p>".to_vec();
        page.extend((0..60u8).map(|i| 0xE0 + i % 32));
        page.extend_from_slice(b"</p></body></html>");
        assert_eq!(page.len(), 93);
        let pipeline = Pipeline::builder().max_input_bytes(100).build().unwrap();
        let err = pipeline
            .clean_bytes(&page, Some("text/html; charset=windows-1251"))
            .unwrap_err();
        assert_eq!(
            err,
            Error::TooLarge {
                size: 153,
                limit: 100
            }
        );
        let roomy = Pipeline::builder().max_input_bytes(200).build().unwrap();
        assert!(roomy
            .clean_bytes(&page, Some("text/html; charset=windows-1251"))
            .is_ok());
    }

    #[test]
    fn binary_input_is_not_text() {
        let err = Pipeline::default().clean_text("abc\0def").unwrap_err();
        assert!(matches!(err, Error::NotText { .. }));
        let controls: String = "\u{1}\u{2}\u{3}a".repeat(10);
        assert!(matches!(
            Pipeline::default().clean_text(&controls),
            Err(Error::NotText { .. })
        ));
    }

    /// A made-up cleaner that keeps every block and writes down each text it is asked about.
    #[derive(Debug)]
    struct Asked {
        alone: bool,
        texts: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    }

    impl crate::cleaners::Cleaner for Asked {
        fn name(&self) -> &'static str {
            "asked"
        }
        fn check(&self, block: &crate::Block, _cx: &crate::cleaners::BlockContext<'_>) -> Verdict {
            self.texts.lock().unwrap().push(block.text.clone());
            Verdict::Keep
        }
        fn judges_block_alone(&self) -> bool {
            self.alone
        }
    }

    /// The texts a cleaner that judges blocks alone (or not) is asked about, run before a cleaner
    /// that cuts a label off one block, so that the cleaning rounds run twice.
    fn texts_asked(alone: bool) -> Vec<String> {
        let texts = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let cutter = crate::cleaners::FnCleaner::new("cutter", |block, _| {
            match block.text.starts_with("CUT: ") {
                true => Verdict::Cut(0..5, Reason::Pattern("a cut label")),
                false => Verdict::Keep,
            }
        });
        let pipeline = Pipeline::builder()
            .clear_cleaners()
            .add(Asked {
                alone,
                texts: texts.clone(),
            })
            .add(cutter)
            .build()
            .unwrap();
        let page = "<html><body><article><h1>Storm hits coast</h1>\
            <p>The storm reached the coast on Monday night, cutting power to thousands of homes.</p>\
            <p>CUT: Crews worked through the night to restore it, the utility said on Tuesday.</p>\
            <p>Residents were told to stay indoors until the winds dropped in the afternoon.</p>\
            </article></body></html>";
        let article = pipeline.clean_html(page).unwrap();
        assert!(
            article.removals.iter().any(|r| r.stage == "cutter"),
            "{:?}",
            article.removals
        );
        let asked = texts.lock().unwrap().clone();
        asked
    }

    #[test]
    fn a_cleaner_judging_blocks_alone_is_asked_once_about_a_block_while_it_is_unchanged() {
        let once = texts_asked(true);
        let again = texts_asked(false);
        let count = |texts: &[String], text: &str| texts.iter().filter(|t| *t == text).count();
        let remnant = "Crews worked through the night to restore it, the utility said on Tuesday.";
        let unchanged =
            "Residents were told to stay indoors until the winds dropped in the afternoon.";
        // The second round asks again about every block, unless the cleaner judges blocks alone:
        // then only about the block the cut made.
        assert_eq!(count(&again, unchanged), 2, "{again:?}");
        assert_eq!(count(&once, unchanged), 1, "{once:?}");
        assert_eq!(count(&once, remnant), 1, "{once:?}");
        assert_eq!(once.len() + 2, again.len(), "{once:?} {again:?}");
    }

    #[test]
    fn all_cruft_is_no_article() {
        let err = Pipeline::default()
            .clean_text("Advertisement\n\nShare this article")
            .unwrap_err();
        assert!(matches!(err, Error::NoArticle { .. }));
    }

    #[test]
    fn no_article_says_why() {
        let bare = Pipeline::builder().clear_cleaners().build().unwrap();
        let err = bare.clean_text("\u{200b}\u{200b}").unwrap_err();
        assert!(err.to_string().contains("invisible"), "{err}");
        let err = Pipeline::default()
            .clean_html("<html><body><script>render()</script></body></html>")
            .unwrap_err();
        assert!(err.to_string().contains("no visible text"), "{err}");
        let err = Pipeline::default()
            .clean_text("\u{1}\u{2}\u{3}")
            .unwrap_err();
        assert!(matches!(err, Error::NotText { .. }), "{err}");
        let err = Pipeline::default()
            .clean_text("Advertisement\n\nShare this article")
            .unwrap_err();
        assert!(err.to_string().contains("2 removals"), "{err}");
    }

    #[test]
    fn a_long_first_block_is_not_a_title() {
        let para = "word ".repeat(60);
        let article = Pipeline::default().clean_text(&para).unwrap();
        assert_eq!(article.title, None);
        assert_eq!(article.blocks.len(), 1);
    }

    #[test]
    fn without_detection_a_declared_language_stands() {
        let page = "<html lang=\"en\"><body><article><p>El ayuntamiento aprobó el lunes el nuevo \
            presupuesto después de un largo debate que duró hasta la noche.</p><p>La oposición dijo \
            que el plan subiría los impuestos de todos los vecinos de la ciudad.</p></article></body></html>";
        let checked = Pipeline::default().clean_html(page).unwrap();
        assert_eq!(checked.language.as_deref(), Some("es"));
        let declared = Pipeline::builder()
            .detect_language(false)
            .build()
            .unwrap()
            .clean_html(page)
            .unwrap();
        assert_eq!(declared.language.as_deref(), Some("en"));
    }

    #[test]
    fn unnamed_cruft_is_still_recorded_and_the_text_is_the_same() {
        let page = "Home\nNews\nSport\nWeather\nCulture\nTravel\n\nStorm hits coast\n\n\
            The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
            Advertisement\n\n\
            Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
            Share this article\nLeave a Reply\nYour email address will not be published.\n";
        let named = Pipeline::builder()
            .input_kind(InputKind::Page)
            .name_located_cruft(true)
            .build()
            .unwrap()
            .clean_text(page)
            .unwrap();
        let fast = Pipeline::builder()
            .input_kind(InputKind::Page)
            .name_located_cruft(false)
            .build()
            .unwrap()
            .clean_text(page)
            .unwrap();
        assert_eq!(named.text(), fast.text());
        let texts = |a: &Article| {
            a.removals
                .iter()
                .map(|r| r.text.clone())
                .collect::<Vec<_>>()
        };
        let mut named_texts = texts(&named);
        let mut fast_texts = texts(&fast);
        named_texts.sort();
        fast_texts.sort();
        assert_eq!(named_texts, fast_texts);
        // The ad label inside the body is the cleaners' either way; what lies outside is the locator's.
        let by =
            |a: &Article, text: &str| a.removals.iter().find(|r| r.text == text).map(|r| r.stage);
        assert_eq!(by(&named, "Leave a Reply"), Some("comment-form"));
        assert_eq!(by(&fast, "Leave a Reply"), Some(BODY_LOCATOR));
        assert_eq!(by(&fast, "Advertisement"), Some("ad-label"));
    }

    #[test]
    fn by_default_only_cruft_near_the_article_is_named() {
        let menu: String = (1..=20).map(|k| format!("Section {k}\n\n")).collect();
        let page = format!(
            "Daily News\n\nAdvertisement\n\n{menu}Storm hits coast\n\n\
            The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
            Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
            Share this article\n"
        );
        let by =
            |a: &Article, text: &str| a.removals.iter().find(|r| r.text == text).map(|r| r.stage);
        let near = Pipeline::builder()
            .input_kind(InputKind::Page)
            .build()
            .unwrap()
            .clean_text(&page)
            .unwrap();
        let all = Pipeline::builder()
            .input_kind(InputKind::Page)
            .name_located_cruft(true)
            .build()
            .unwrap()
            .clean_text(&page)
            .unwrap();
        assert_eq!(near.text(), all.text());
        assert_eq!(by(&near, "Share this article"), Some("share-prompt"));
        assert_eq!(by(&all, "Share this article"), Some("share-prompt"));
        assert_eq!(by(&near, "Advertisement"), Some(BODY_LOCATOR));
        assert_eq!(by(&all, "Advertisement"), Some("ad-label"));
    }

    #[test]
    fn duplicate_names_fail_to_build() {
        use crate::cleaners::FnCleaner;
        let err = Pipeline::builder()
            .add(FnCleaner::new("ad-label", |_, _| Verdict::Keep))
            .build()
            .unwrap_err();
        assert!(matches!(err, Error::DuplicateStage { .. }));
    }

    #[test]
    fn cuts_keep_spans_pointing_at_the_input() {
        let input = "Home » World » Asia » Storm hits the coast of Japan overnight\n\nThe storm reached the coast on Monday night, cutting power to thousands of homes.";
        let article = Pipeline::default().clean_text(input).unwrap();
        let removal = &article.removals[0];
        assert_eq!(removal.stage, "breadcrumb");
        assert_eq!(&input[removal.span.clone().unwrap()], removal.text);
        assert_eq!(
            article.title.as_deref(),
            Some("Storm hits the coast of Japan overnight")
        );
    }

    #[test]
    fn bad_cut_ranges_are_ignored() {
        use crate::cleaners::FnCleaner;
        let pipeline = Pipeline::builder()
            .clear_cleaners()
            .add(FnCleaner::new("bad", |_, _| {
                Verdict::Cut(3..1000, Reason::Pattern("bad"))
            }))
            .add(FnCleaner::new("mid", |b, _| {
                if b.text.starts_with("é") {
                    Verdict::Cut(1..2, Reason::Pattern("not a char boundary"))
                } else {
                    Verdict::Keep
                }
            }))
            .build()
            .unwrap();
        let article = pipeline.clean_text("Title\n\nétude of the text").unwrap();
        assert!(article.removals.is_empty());
        assert_eq!(article.blocks[0].text, "étude of the text");
    }
}
