//! [`PipelineBuilder`]: the pipeline's configuration, checked once in [`PipelineBuilder::build`].

use super::focus::{Focus, LinkDense, TablesOff};
use super::text::Naming;
use super::{Pipeline, BODY_LOCATOR, BOX_REMNANT, PAGE_HEADER};
use crate::article::InputKind;
use crate::cleaners::Cleaner;
use crate::error::Error;
use crate::normalize::{
    HouseSpelling, HouseStyle, InvisibleNormalizer, Normalizer, SpellingTable, Typography,
    TypographyNormalizer, UnicodeForm, UnicodeNormalizer,
};
use crate::phrases::Lang;
use std::sync::Arc;

/// Builds a [`Pipeline`]: add, remove, replace and reorder cleaners and normalizers, and set options.
///
/// Setters take `&mut self` and chain; mistakes (an unknown stage name, a zero size limit) are reported
/// by [`build`](PipelineBuilder::build).
///
/// # Examples
///
/// ```
/// use copydesk::cleaners::{FnCleaner, Verdict};
/// use copydesk::Pipeline;
///
/// let pipeline = Pipeline::builder()
///     .insert_before("ad-label", FnCleaner::new("mine", |_, _| Verdict::Keep))
///     .build()?;
/// let names = pipeline.cleaner_names();
/// let mine = names.iter().position(|n| *n == "mine").unwrap();
/// assert_eq!(names[mine + 1], "ad-label");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PipelineBuilder {
    cleaners: Vec<Arc<dyn Cleaner>>,
    normalizers: Vec<Arc<dyn Normalizer>>,
    language: Option<Lang>,
    language_tag: Option<String>,
    max_input_bytes: usize,
    locate_body: bool,
    box_remnants: bool,
    page_header: bool,
    input_kind: InputKind,
    detect_language: bool,
    name_located_cruft: Naming,
    problems: Vec<Error>,
    house_style: Option<HouseStyle>,
    spelling_tables: Vec<SpellingTable>,
    builtin_spelling: bool,
    inline_markup: bool,
    focus: Focus,
    tables: bool,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl PipelineBuilder {
    /// A builder with the default cleaners and normalizers.
    pub fn new() -> PipelineBuilder {
        let defaults = Pipeline::default();
        PipelineBuilder {
            cleaners: defaults.cleaners,
            normalizers: defaults.normalizers,
            language: defaults.language,
            language_tag: defaults.language_tag,
            max_input_bytes: defaults.max_input_bytes,
            locate_body: defaults.locate_body,
            box_remnants: defaults.box_remnants,
            page_header: defaults.page_header,
            input_kind: defaults.input_kind,
            detect_language: defaults.detect_language,
            name_located_cruft: defaults.name_located_cruft,
            problems: Vec::new(),
            house_style: None,
            spelling_tables: Vec::new(),
            builtin_spelling: true,
            inline_markup: defaults.inline_markup,
            focus: defaults.focus,
            tables: true,
        }
    }

    /// Appends a cleaner; it runs after the others.
    pub fn add(&mut self, cleaner: impl Cleaner + 'static) -> &mut Self {
        self.cleaners.push(Arc::new(cleaner));
        self
    }

    /// Inserts a cleaner just before the stage named `name`.
    pub fn insert_before(&mut self, name: &str, cleaner: impl Cleaner + 'static) -> &mut Self {
        match self.cleaner_position(name) {
            Some(i) => self.cleaners.insert(i, Arc::new(cleaner)),
            None => self.unknown(name),
        }
        self
    }

    /// Replaces the cleaner named `name` with another, in the same place.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::{FnCleaner, Verdict};
    /// let pipeline = copydesk::Pipeline::builder()
    ///     .replace("ad-label", FnCleaner::new("my-ads", |_, _| Verdict::Keep))
    ///     .build()?;
    /// assert!(pipeline.cleaner_names().contains(&"my-ads"));
    /// assert!(!pipeline.cleaner_names().contains(&"ad-label"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn replace(&mut self, name: &str, cleaner: impl Cleaner + 'static) -> &mut Self {
        match self.cleaner_position(name) {
            Some(i) => self.cleaners[i] = Arc::new(cleaner),
            None => self.unknown(name),
        }
        self
    }

    /// Removes the cleaner or normalizer named `name` (or the text-mode "body-locator",
    /// "box-remnant" or "page-header" stage).
    ///
    /// # Examples
    ///
    /// ```
    /// let err = copydesk::Pipeline::builder().remove("no-such-stage").build().unwrap_err();
    /// assert!(err.to_string().contains("no-such-stage"));
    /// ```
    pub fn remove(&mut self, name: &str) -> &mut Self {
        if name == BODY_LOCATOR {
            return self.locate_body(false);
        }
        if name == BOX_REMNANT {
            self.box_remnants = false;
            return self;
        }
        if name == PAGE_HEADER {
            self.page_header = false;
            return self;
        }
        let before = self.cleaners.len() + self.normalizers.len();
        self.cleaners.retain(|c| c.name() != name);
        self.normalizers.retain(|n| n.name() != name);
        if self.cleaners.len() + self.normalizers.len() == before {
            self.unknown(name);
        }
        self
    }

    /// Removes every cleaner, to start from an empty list.
    pub fn clear_cleaners(&mut self) -> &mut Self {
        self.cleaners.clear();
        self
    }

    /// Moves the named cleaners to the front, in the order given; the others keep their order after them.
    ///
    /// # Examples
    ///
    /// ```
    /// let pipeline = copydesk::Pipeline::builder().order(&["repeated-headline", "ad-label"]).build()?;
    /// assert_eq!(&pipeline.cleaner_names()[..2], ["repeated-headline", "ad-label"]);
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn order(&mut self, names: &[&str]) -> &mut Self {
        let mut front = Vec::with_capacity(names.len());
        for name in names {
            match self.cleaner_position(name) {
                Some(i) => front.push(self.cleaners.remove(i)),
                None => self.unknown(name),
            }
        }
        front.append(&mut self.cleaners);
        self.cleaners = front;
        self
    }

    /// Appends a normalizer; it runs after the others.
    pub fn add_normalizer(&mut self, normalizer: impl Normalizer + 'static) -> &mut Self {
        self.normalizers.push(Arc::new(normalizer));
        self
    }

    /// Removes every normalizer: the kept text comes out exactly as the cleaners left it.
    pub fn clear_normalizers(&mut self) -> &mut Self {
        self.normalizers.clear();
        self
    }

    /// Chooses the Unicode normalization form of the "unicode" normalizer.
    ///
    /// # Default
    ///
    /// [`UnicodeForm::Nfc`].
    pub fn unicode(&mut self, form: UnicodeForm) -> &mut Self {
        let normalizer: Arc<dyn Normalizer> = Arc::new(UnicodeNormalizer::new(form));
        match self.normalizers.iter().position(|n| n.name() == "unicode") {
            Some(i) => self.normalizers[i] = normalizer,
            None => self.normalizers.insert(0, normalizer),
        }
        self
    }

    /// Whether bidi marks and controls (LRM, RLM, ALM, embeddings, isolates) are removed from
    /// right-to-left text too, by the "invisible" normalizer.
    ///
    /// # Default
    ///
    /// `false`: they are kept in blocks with right-to-left letters and removed from the others.
    ///
    /// # Examples
    ///
    /// ```
    /// let pipeline = copydesk::Pipeline::builder().strip_bidi(true).build()?;
    /// let article = pipeline.clean_text("כותרת\n\nהמחיר\u{200f} הוא 20 שקלים לכל אחד מהם.")?;
    /// assert!(!article.blocks[0].text.contains('\u{200f}'));
    /// assert_eq!(article.changes[0].normalizer, "invisible");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn strip_bidi(&mut self, yes: bool) -> &mut Self {
        let normalizer: Arc<dyn Normalizer> = Arc::new(InvisibleNormalizer::new().strip_bidi(yes));
        match self
            .normalizers
            .iter()
            .position(|n| n.name() == "invisible")
        {
            Some(i) => self.normalizers[i] = normalizer,
            None => {
                let at = self.normalizer_position("unicode").map_or(0, |i| i + 1);
                self.normalizers.insert(at, normalizer);
            }
        }
        self
    }

    /// Typography: straight punctuation to the document language's quotes and dashes
    /// ([`Typography::Smart`]), or back to ASCII ([`Typography::Plain`]); see
    /// [`TypographyNormalizer`](crate::normalize::TypographyNormalizer). It runs after whitespace.
    ///
    /// # Default
    ///
    /// [`Typography::Off`]: punctuation is left as it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::Typography, phrases::Lang, Pipeline};
    ///
    /// let pipeline = Pipeline::builder().language(Lang::En).typography(Typography::Smart).build()?;
    /// let article = pipeline.clean_text("Title\n\nShe said \"it's over\" - and left...")?;
    /// assert_eq!(article.blocks[0].text, "She said “it’s over” – and left…");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn typography(&mut self, mode: Typography) -> &mut Self {
        let existing = self.normalizer_position("typography");
        if mode == Typography::Off {
            if let Some(i) = existing {
                self.normalizers.remove(i);
            }
            return self;
        }
        let normalizer: Arc<dyn Normalizer> = Arc::new(TypographyNormalizer::new(mode));
        match existing {
            Some(i) => self.normalizers[i] = normalizer,
            None => {
                let at = self
                    .normalizer_position("whitespace")
                    .map_or(self.normalizers.len(), |i| i + 1);
                self.normalizers.insert(at, normalizer);
            }
        }
        self
    }

    /// Turns on house spelling with the built-in variant tables (and any
    /// [`spelling_table`](PipelineBuilder::spelling_table)), writing each name as `style` does. The
    /// "house-spelling" normalizer runs last.
    ///
    /// # Default
    ///
    /// Off. When a spelling table is given without a style, [`HouseStyle::Ap`].
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::HouseStyle, Pipeline};
    ///
    /// let pipeline = Pipeline::builder().house_style(HouseStyle::Bgn).build()?;
    /// let article = pipeline.clean_text("Talks\n\nSergei Lavrov arrived in Kiev on Monday.")?;
    /// assert_eq!(article.blocks[0].text, "Sergey Lavrov arrived in Kyiv on Monday.");
    /// assert_eq!(article.changes[0].normalizer, "house-spelling");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn house_style(&mut self, style: HouseStyle) -> &mut Self {
        self.house_style = Some(style);
        self
    }

    /// Adds a user spelling table, laid over the built-in tables (or over the tables added before it);
    /// turns house spelling on. See [`SpellingTable`] for the format.
    ///
    /// # Default
    ///
    /// No user tables.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::SpellingTable, Pipeline};
    ///
    /// let table = SpellingTable::parse("house.tsv", "Sergey\tSergei\n")?;
    /// let pipeline = Pipeline::builder().spelling_table(table).build()?;
    /// let article = pipeline.clean_text("Talks\n\nSergei Lavrov arrived in Kiev on Monday.")?;
    /// assert_eq!(article.blocks[0].text, "Sergey Lavrov arrived in Kyiv on Monday.");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn spelling_table(&mut self, table: SpellingTable) -> &mut Self {
        self.spelling_tables.push(table);
        self
    }

    /// Whether house spelling uses the built-in tables; `false` leaves only the user tables, which then
    /// apply to documents in any language.
    ///
    /// # Default
    ///
    /// `true`.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::SpellingTable, Pipeline};
    ///
    /// let table = SpellingTable::parse("house.tsv", "Sergey\tSergei\n")?;
    /// let pipeline = Pipeline::builder().spelling_table(table).builtin_spelling(false).build()?;
    /// let article = pipeline.clean_text("Talks\n\nSergei Lavrov arrived in Kiev on Monday.")?;
    /// assert_eq!(article.blocks[0].text, "Sergey Lavrov arrived in Kiev on Monday.");
    ///
    /// let err = Pipeline::builder().builtin_spelling(false).house_style(Default::default()).build();
    /// assert!(err.is_err());
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn builtin_spelling(&mut self, yes: bool) -> &mut Self {
        self.builtin_spelling = yes;
        self
    }

    /// The language of the documents, when the caller knows it: its phrase lists and English apply.
    ///
    /// # Default
    ///
    /// Unknown: the phrase lists of every language apply.
    pub fn language(&mut self, lang: Lang) -> &mut Self {
        self.language = Some(lang);
        self.language_tag = None;
        self
    }

    /// The language of the documents as a full tag (`de-CH`, `fr_CH`, `en`): its language as
    /// [`language`](PipelineBuilder::language) sets it, and its region for regional conventions (Swiss
    /// guillemets under [`Typography::Smart`]). A tag whose language has no phrase lists makes
    /// [`build`](PipelineBuilder::build) fail with [`Error::InvalidOption`].
    ///
    /// # Default
    ///
    /// Unknown, as for [`language`](PipelineBuilder::language).
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::Typography, Pipeline};
    ///
    /// let pipeline = Pipeline::builder().language_tag("de-CH").typography(Typography::Smart).build()?;
    /// let article = pipeline.clean_text("Titel\n\nEr sagte \"Grüezi\" und ging.")?;
    /// assert_eq!(article.blocks[0].text, "Er sagte «Grüezi» und ging.");
    /// assert!(Pipeline::builder().language_tag("xx-CH").build().is_err());
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn language_tag(&mut self, tag: &str) -> &mut Self {
        match Lang::from_code(tag) {
            Some(lang) => {
                self.language = Some(lang);
                self.language_tag = Some(tag.trim().to_string());
            }
            None => self.problems.push(Error::InvalidOption {
                option: "language_tag",
                message: format!("{tag:?}: no phrase lists for this language"),
            }),
        }
        self
    }

    /// Whether a text input read as a whole page ([`InputKind::Page`]) is searched for the article's run
    /// of prose before the cleaners run. Off, every block of the text goes to the cleaners.
    ///
    /// # Default
    ///
    /// On. Text read as an article ([`InputKind::Article`]) never goes through the locator.
    ///
    /// # Examples
    ///
    /// ```
    /// let pipeline = copydesk::Pipeline::builder().locate_body(false).build()?;
    /// let article = pipeline.clean_text("Weather\nSport\n\nHeadline\n\nThe story, in full, with a full stop at its end.")?;
    /// assert_eq!(article.title.as_deref(), Some("Weather"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn locate_body(&mut self, on: bool) -> &mut Self {
        self.locate_body = on;
        self
    }

    /// What text input holds: an article's own text ([`InputKind::Article`]: only what a cleaner
    /// recognises as cruft is removed), a whole page's ([`InputKind::Page`]: the article is located
    /// first), or either, read per document from the text ([`InputKind::Auto`]). The reading is recorded
    /// in [`Article::input`](crate::Article::input). HTML input is not affected.
    ///
    /// # Default
    ///
    /// [`InputKind::Auto`].
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{InputKind, Pipeline};
    ///
    /// let page = "Home\nNews\nSport\nWeather\nCulture\nTravel\n\nStorm hits coast\n\n\
    ///     The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
    ///     Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
    ///     About us\nContact\nPrivacy\nTerms\nCareers\nAdvertise\n";
    /// let as_page = Pipeline::default().clean_text(page)?; // read as a page: menus on both sides
    /// assert_eq!(as_page.input.unwrap().kind, InputKind::Page);
    /// assert_eq!(as_page.title.as_deref(), Some("Storm hits coast"));
    /// assert_eq!(as_page.blocks.len(), 2);
    /// let as_article = Pipeline::builder().input_kind(InputKind::Article).build()?.clean_text(page)?;
    /// // No cleaner knows menu entries: said to be an article, the text keeps them.
    /// assert!(as_article.blocks.len() > 2);
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn input_kind(&mut self, kind: InputKind) -> &mut Self {
        self.input_kind = kind;
        self
    }

    /// Whether the language is detected from the text when neither the caller nor the page declares
    /// one, and whether a page's declared language is checked against its text. Off, a document
    /// without a declared language is cleaned with the phrase lists of every language and recorded
    /// without one; this also saves the detection's cost (about 0.1 ms per page).
    ///
    /// # Default
    ///
    /// On.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Titre\n\nLe conseil municipal a adopté lundi le nouveau budget après un long débat \
    ///     qui a duré jusque tard dans la nuit.\n\nL'opposition a déclaré que le plan augmenterait \
    ///     les impôts de tous les habitants de la ville.\n";
    /// let detected = copydesk::Pipeline::default().clean_text(text)?;
    /// assert_eq!(detected.language.as_deref(), Some("fr"));
    /// let pipeline = copydesk::Pipeline::builder().detect_language(false).build()?;
    /// assert_eq!(pipeline.clean_text(text)?.language, None);
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn detect_language(&mut self, on: bool) -> &mut Self {
        self.detect_language = on;
        self
    }

    /// Whether each block the body locator leaves out of whole-page text is credited to the first cleaner
    /// that would drop it on its own ("comment-form", with the phrase), or recorded as a `body-locator`
    /// removal ("outside the article's run of prose") without asking the cleaners. The article's text
    /// is the same either way, and every removal is still recorded with its text and span. `true` names
    /// every such block (the example binary does for `--json` and `--explain`); `false` names none.
    ///
    /// # Default
    ///
    /// The blocks within 12 blocks of the located article are named: the cruft a scraped article carries
    /// sits there. The page's far menus and footers are recorded as outside the article: asking every
    /// cleaner about each of their lines takes about a fifth of `clean_text`'s time on whole-page text.
    ///
    /// # Examples
    ///
    /// ```
    /// let page = "Home\nNews\nSport\nWeather\nCulture\nTravel\n\nStorm hits coast\n\n\
    ///     The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
    ///     Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
    ///     Leave a Reply\n";
    /// use copydesk::{InputKind, Pipeline};
    /// let named = Pipeline::builder().input_kind(InputKind::Page).build()?.clean_text(page)?;
    /// let fast = Pipeline::builder()
    ///     .input_kind(InputKind::Page)
    ///     .name_located_cruft(false)
    ///     .build()?
    ///     .clean_text(page)?;
    /// assert_eq!(named.text(), fast.text());
    /// let credit = |a: &copydesk::Article| {
    ///     a.removals.iter().find(|r| r.text == "Leave a Reply").map(|r| r.stage)
    /// };
    /// assert_eq!(credit(&named), Some("comment-form"));
    /// assert_eq!(credit(&fast), Some("body-locator"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn name_located_cruft(&mut self, on: bool) -> &mut Self {
        self.name_located_cruft = if on { Naming::All } else { Naming::Off };
        self
    }

    /// Whether the blocks of an HTML page keep their inline markup: links, images, bold and italic
    /// text, in [`Block::inlines`](crate::Block::inlines), for
    /// [`Article::to_markdown_with`](crate::Article::to_markdown_with) and the JSON output. The text
    /// is the same either way. Text input has no markup (a `*` or `[x](y)` in it is plain text).
    ///
    /// # Default
    ///
    /// Off: collecting it costs a little time, and the page's link targets and image sources are read.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{InlineKind, Pipeline};
    ///
    /// let page = r#"<p>The council <a href="/budget">approved the budget</a> on <b>Monday</b>, after a long debate.</p>"#;
    /// let pipeline = Pipeline::builder().inline_markup(true).build()?;
    /// let block = &pipeline.clean_html(page)?.blocks[0];
    /// assert_eq!(block.text, "The council approved the budget on Monday, after a long debate.");
    /// let (range, kind) = &block.markup()[0];
    /// assert_eq!(&block.text[range.clone()], "approved the budget");
    /// assert_eq!(*kind, &InlineKind::Link { href: "/budget".into() });
    /// assert!(Pipeline::default().clean_html(page)?.blocks[0].inlines.is_empty());
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn inline_markup(&mut self, on: bool) -> &mut Self {
        self.inline_markup = on;
        self
    }

    /// Whether data tables are kept (their rows as [`BlockKind::TableRow`](crate::BlockKind::TableRow)
    /// blocks). Off, the "tables" cleaner drops every table row, with a record of each; tables used for
    /// layout are not data tables, and their text is read as any other.
    ///
    /// # Default
    ///
    /// On.
    ///
    /// # Examples
    ///
    /// ```
    /// let page = "<article><p>The count finished late on Sunday, and the turnout was the highest in decades.</p>\
    ///   <table><tr><th>Party</th><th>Seats</th></tr><tr><td>Blue</td><td>41</td></tr></table></article>";
    /// let pipeline = copydesk::Pipeline::builder().tables(false).build()?;
    /// let article = pipeline.clean_html(page)?;
    /// assert_eq!(article.blocks.len(), 1);
    /// assert_eq!(article.removals.last().unwrap().stage, "tables");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn tables(&mut self, on: bool) -> &mut Self {
        self.tables = on;
        self
    }

    /// A preset that favours precision or recall; see [`Focus`].
    ///
    /// - [`Focus::Precision`], on HTML pages: the article stays the container that scored best (on a
    ///   page that does not declare itself an article, it is not widened to the sections around it),
    ///   and the "edge-links" cleaner drops a block made mostly of link text (related headlines, tag
    ///   lists) before the article's first prose block or after its last one.
    /// - [`Focus::Recall`], on HTML pages: the containers inside the article are not judged by their
    ///   measures (link density, images, commas), so link lists, galleries and boxes stay unless
    ///   furniture by name, structure or a cleaner's phrase.
    ///
    /// Text input is cleaned the same under every focus. Everything left out is recorded as usual.
    /// Measured on the dev sets (CHANGELOG, issue 22): precision raises precision (wcxb-dev word
    /// precision 0.848 → 0.855) at a cost in recall; recall raises recall (0.846 → 0.907).
    ///
    /// # Default
    ///
    /// [`Focus::Balanced`].
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{Focus, Pipeline};
    ///
    /// let page = r#"<article><p>The storm reached the coast on Monday night, cutting power to thousands of homes.</p>
    ///   <p><a href="/a">Floods close roads</a> <a href="/b">Schools shut for the day</a></p></article>"#;
    /// let balanced = Pipeline::default().clean_html(page)?;
    /// let precise = Pipeline::builder().focus(Focus::Precision).build()?.clean_html(page)?;
    /// assert_eq!(balanced.blocks.len(), 2);
    /// assert_eq!(precise.blocks.len(), 1);
    /// assert!(precise.removals.iter().any(|r| r.stage == "edge-links"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn focus(&mut self, focus: Focus) -> &mut Self {
        self.focus = focus;
        self
    }

    /// The largest input accepted, in bytes.
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_INPUT_BYTES`](crate::DEFAULT_MAX_INPUT_BYTES) (64 MiB).
    pub fn max_input_bytes(&mut self, limit: usize) -> &mut Self {
        self.max_input_bytes = limit;
        self
    }

    /// Checks the configuration and builds the pipeline.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownStage`] for a name that matched no stage, [`Error::DuplicateStage`] when two stages
    /// share a name, [`Error::InvalidOption`] for a zero size limit or for house spelling without the
    /// built-in tables and without a user table.
    pub fn build(&self) -> Result<Pipeline, Error> {
        if let Some(problem) = self.problems.first() {
            return Err(problem.clone());
        }
        if self.max_input_bytes == 0 {
            return Err(Error::InvalidOption {
                option: "max_input_bytes",
                message: "must be at least 1 byte".into(),
            });
        }
        let mut normalizers = self.normalizers.clone();
        if let Some(spelling) = self.house_spelling()? {
            normalizers.push(Arc::new(spelling));
        }
        let mut names: Vec<&str> = self.cleaners.iter().map(|c| c.name()).collect();
        names.extend(normalizers.iter().map(|n| n.name()));
        names.sort_unstable();
        if let Some(pair) = names.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(Error::DuplicateStage {
                name: pair[0].to_string(),
            });
        }
        Ok(Pipeline {
            cleaners: self.focused_cleaners(),
            normalizers,
            language: self.language,
            language_tag: self.language_tag.clone(),
            max_input_bytes: self.max_input_bytes,
            locate_body: self.locate_body,
            box_remnants: self.box_remnants,
            page_header: self.page_header,
            input_kind: self.input_kind,
            detect_language: self.detect_language,
            name_located_cruft: self.name_located_cruft,
            inline_markup: self.inline_markup,
            focus: self.focus,
        })
    }

    /// The cleaners, with what the focus and the table option add or leave out.
    fn focused_cleaners(&self) -> Vec<Arc<dyn Cleaner>> {
        let mut cleaners = self.cleaners.clone();
        if self.focus == Focus::Precision {
            cleaners.push(Arc::new(LinkDense));
        }
        if !self.tables {
            cleaners.push(Arc::new(TablesOff));
        }
        cleaners
    }

    /// The house-spelling normalizer the options ask for, if any.
    fn house_spelling(&self) -> Result<Option<HouseSpelling>, Error> {
        if self.house_style.is_none() && self.spelling_tables.is_empty() {
            return Ok(None);
        }
        if !self.builtin_spelling && self.spelling_tables.is_empty() {
            return Err(Error::InvalidOption {
                option: "builtin_spelling",
                message: "house spelling without the built-in tables needs a spelling_table".into(),
            });
        }
        let mut table = if self.builtin_spelling {
            SpellingTable::builtin().clone()
        } else {
            SpellingTable::default()
        };
        for user in &self.spelling_tables {
            table = user.merged_over(&table);
        }
        let style = self.house_style.clone().unwrap_or_default();
        Ok(Some(
            HouseSpelling::new(&table, &style)?.english_only(self.builtin_spelling),
        ))
    }

    fn normalizer_position(&self, name: &str) -> Option<usize> {
        self.normalizers.iter().position(|n| n.name() == name)
    }

    fn cleaner_position(&self, name: &str) -> Option<usize> {
        self.cleaners.iter().position(|c| c.name() == name)
    }

    fn unknown(&mut self, name: &str) {
        let mut known: Vec<&str> = self.cleaners.iter().map(|c| c.name()).collect();
        known.extend(self.normalizers.iter().map(|n| n.name()));
        self.problems.push(Error::UnknownStage {
            name: name.to_string(),
            known: known.join(", "),
        });
    }
}
