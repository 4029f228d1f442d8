//! The copydesk command: cleans scraped articles from files or stdin.
//!
//! ```text
//! copydesk FILE...              print each article as text (title, blank line, blocks); with several
//!                               files, each under a `==> FILE <==` header, as `head` does
//! echo TEXT | copydesk          read standard input when it is piped and no file is named
//! copydesk --output-dir DIR FILE...   write one file per input (DIR/NAME.txt, .md or .json)
//! copydesk --json FILE...       one JSON record per file, one per line (schema: docs/json-schema.md)
//! copydesk --explain FILE...    also list every removal on stderr
//! copydesk --json-map DIR       {"ID": {"articleBody": …, "title": …}} for every page in DIR
//! copydesk --warc FILE.warc.gz    one JSON line per HTML response of a WARC file (the summary record:
//!                                  articleBody, url, title, …), cleaned on --jobs threads; needs `--features warc`
//! copydesk --links --images --formatting --format markdown|json FILE...   keep inline markup (HTML)
//! copydesk --focus precision|recall --no-tables FILE...   presets and tables off
//! copydesk --format markdown FILE...   print each article as Markdown (text | markdown | json)
//! copydesk --jobs N ...         clean on N threads (default: one per core; same output for any N)
//! copydesk --typography smart|plain --unicode nfc|nfkc|none --strip-bidi --language CODE
//!          --remove CLEANER --max-input-bytes N FILE...   the library's options (PipelineBuilder)
//! copydesk --house-style STYLE FILE...
//!     ap         one spelling per name from the built-in tables, AP-like style (Sergei, Yuri, Kyiv);
//!                `builtin` is its former name
//!     bgn        the built-in tables, BGN/PCGN-based style (Sergey, Yuriy, Kyiv)
//!     frequent   the built-in tables, each name as the batch spells it most often
//!     discover   find names the batch spells in several ways and list them on stderr with their
//!                evidence and a table to edit and pass back as FILE; with --apply, also apply them
//!     FILE       a spelling table (canonical TAB variants, one name per line), over the built-in ones
//! ```
//! HTML files (by extension, or by a document that opens with markup) are read as raw bytes and
//! decoded by `Pipeline::clean_bytes`; `NAME.html.gz` and `NAME.txt.gz` are decompressed first.
//! On a terminal, a run of several inputs or a WARC file shows a progress bar on stderr.
//!
//! Build it with the `cli` feature (and `warc` for `--warc`):
//! `cargo run --release --features cli --bin copydesk -- FILE` (a binary target whose source lives here).
//! Exit status: 0 when every input was cleaned, 1 when an input failed (the others are still processed),
//! 2 on a usage error.

use clap::Parser;
use copydesk::batch::BatchDocument;
use copydesk::normalize::{
    discover_variants, FormCounts, HouseStyle, SpellingTable, VariantCluster,
};
use copydesk::normalize::{Typography, UnicodeForm};
use copydesk::phrases::Lang;
use copydesk::{Article, Error, Focus, InputKind, Markup, Pipeline, DEFAULT_MAX_INPUT_BYTES};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashSet};
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};

/// Strips a news site's cruft from scraped articles and puts the text into one house style.
#[derive(Debug, Parser)]
#[command(name = "copydesk", version, about)]
struct Cli {
    /// Files to clean (text or HTML, `.gz` too); `-` reads standard input, as does no FILE when
    /// standard input is piped.
    files: Vec<String>,

    /// Write each article to DIR/NAME.txt (.md, .json with --format), NAME being the input's file name
    /// without its extension, instead of printing them all.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["json_map", "warc"])]
    output_dir: Option<PathBuf>,

    /// Print each article as one line of JSON, with its removals and changes (same as `--format json`).
    #[arg(long, conflicts_with = "json_map")]
    json: bool,

    /// Output format of each article.
    #[arg(long, value_enum, default_value_t = Format::Text, conflicts_with = "json_map")]
    format: Format,

    /// List every removal (stage, reason, text) on standard error.
    #[arg(long)]
    explain: bool,

    /// Clean every *.txt, *.html and *.htm file of DIR (and every DIR/NAME/source.html) and print one JSON
    /// object mapping each file's name without extension to its article body and metadata.
    #[arg(long, value_name = "DIR", conflicts_with = "files")]
    json_map: Option<PathBuf>,

    /// Clean the HTML responses of a WARC file (plain or gzip) on --jobs threads and print one JSON
    /// object per page, in file order: url, title, byline, date, language, body. Needs the `warc`
    /// feature.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["files", "json_map"])]
    warc: Option<PathBuf>,

    /// Clean each input on its own: do not learn furniture (menus, footers, boxes) that recurs across the
    /// inputs of a --json-map directory or of several FILEs.
    #[arg(long)]
    no_batch: bool,

    /// Threads to clean on (default: one per core). The output is the same for any number.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,

    /// Write names in one house spelling: `ap` (AP-like; `builtin` is its former name), `bgn`,
    /// `frequent` (most frequent in the batch), `discover` (find variant spellings across the inputs
    /// and list them on stderr; they are applied only with --apply), or the path of a spelling table
    /// (canonical TAB variants per line) laid over the built-in tables.
    #[arg(long, value_name = "ap|bgn|frequent|discover|FILE")]
    house_style: Option<String>,

    /// Punctuation: `smart` (the language's quotes and dashes, "…") or `plain` (ASCII). Default: as is.
    #[arg(long, value_enum, value_name = "smart|plain")]
    typography: Option<TypographyArg>,

    /// Unicode normalization form of the output: `nfc` (the default), `nfkc` (also "ﬁ" to "fi",
    /// full-width letters to ASCII) or `none`.
    #[arg(long, value_enum, value_name = "nfc|nfkc|none", default_value_t = UnicodeArg::Nfc)]
    unicode: UnicodeArg,

    /// Also remove bidi marks and controls from right-to-left text (they are kept there by default).
    #[arg(long)]
    strip_bidi: bool,

    /// The documents' language (ISO 639-1 code such as `en`, `de`, `pt-BR`): its phrase lists and
    /// English apply, and a region selects regional typography (`de-CH`, `fr-CH`: Swiss guillemets).
    /// Default: detected per document.
    #[arg(long, value_name = "CODE", value_parser = parse_language)]
    language: Option<String>,

    /// Leave out a cleaner or normalizer (repeat the flag, or separate names with commas), e.g.
    /// `--remove share-prompt`. An unknown name is an error that lists the known ones.
    #[arg(long, value_name = "CLEANER", value_delimiter = ',')]
    remove: Vec<String>,

    /// The largest input accepted, in bytes (default 64 MiB); a larger one fails alone.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    max_input_bytes: Option<u64>,

    /// With `--house-style discover`: apply the discovered spellings (without it they are only listed).
    #[arg(long, requires = "house_style")]
    apply: bool,

    /// What a text input holds: `article` (an article's text, cruft inside: only recognised cruft is
    /// removed), `page` (a whole page's text: the article is located first), or `auto` (read from each
    /// text). HTML inputs are not affected.
    #[arg(long, value_name = "article|page|auto", default_value = "auto", value_parser = parse_input_kind)]
    input: InputKind,

    /// Keep links, as `[text](href)` in Markdown and in each JSON block's `inlines` (HTML input; text
    /// input has no markup: `[x](y)`, `*` and `**` in it are plain text and stay as they are).
    #[arg(long)]
    links: bool,

    /// Keep images, as `![alt](src)` in Markdown and in each JSON block's `inlines` (HTML input).
    #[arg(long)]
    images: bool,

    /// Keep bold and italic text, as `**…**` and `*…*` in Markdown and in each JSON block's `inlines`
    /// (HTML input).
    #[arg(long)]
    formatting: bool,

    /// Leave out data tables (their rows are recorded as removed by the "tables" stage).
    #[arg(long)]
    no_tables: bool,

    /// Favour `precision` (HTML: the article is not widened to the sections around it, and lines
    /// mostly of links at its edges go) or `recall` (HTML: boxes and link lists inside the article
    /// stay). Default: the balance between them.
    #[arg(long, value_enum, value_name = "precision|recall")]
    focus: Option<FocusArg>,
}

/// `--focus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FocusArg {
    /// Fewer cruft words kept.
    Precision,
    /// Fewer article words lost.
    Recall,
}

/// The inline markup the flags ask for.
fn markup(cli: &Cli) -> Markup {
    Markup::default()
        .with_links(cli.links)
        .with_images(cli.images)
        .with_formatting(cli.formatting)
}

/// `--input`'s value.
fn parse_input_kind(name: &str) -> Result<InputKind, String> {
    InputKind::from_name(name)
        .ok_or_else(|| format!("expected article, page or auto, not {name:?}"))
}

/// `--typography`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum TypographyArg {
    /// The language's quotes and dashes.
    Smart,
    /// ASCII punctuation.
    Plain,
}

/// `--unicode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum UnicodeArg {
    /// Canonical composition.
    Nfc,
    /// Compatibility composition.
    Nfkc,
    /// The text as it is (`keep`, the Python option's former name, too).
    #[value(alias = "keep")]
    None,
}

/// `--language CODE`: a tag whose language has phrase lists, or an error that lists them.
fn parse_language(code: &str) -> Result<String, String> {
    Lang::from_code(code)
        .map(|_| code.to_string())
        .ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            format!("unknown language code; known: {}", known.join(", "))
        })
}

/// How each article is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Title, blank line, blocks separated by blank lines.
    Text,
    /// Markdown: headings, lists, quotes, fences, GFM tables.
    Markdown,
    /// One line of JSON per article, with its removals and changes.
    Json,
}

/// One input: its name for messages and ids, and where to read it.
struct Input {
    name: String,
    source: Source,
}

enum Source {
    Stdin,
    File(PathBuf),
}

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    if cli.files.is_empty() && cli.json_map.is_none() && cli.warc.is_none() {
        if io::stdin().is_terminal() {
            eprintln!("copydesk: no input: name FILEs, or pipe text into copydesk (see --help)");
            return ExitCode::from(2);
        }
        cli.files.push("-".into());
    }
    let pipeline = match house_pipeline(&cli) {
        Ok(pipeline) => pipeline,
        Err(message) => {
            eprintln!("copydesk: {message}");
            return ExitCode::from(2);
        }
    };
    if let Some(path) = &cli.warc {
        return warc_mode::run(&pipeline, path, threads(&cli));
    }
    let ok = match &cli.json_map {
        Some(dir) => run_json_map(&pipeline, dir, &cli),
        None => run_files(&pipeline, &cli),
    };
    match ok {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("copydesk: {message}");
            ExitCode::from(2)
        }
    }
}

/// The pipeline `--house-style` asks for (the default one without it). Where the output shows the
/// removals (`--json`, `--format json`, `--explain`), each block the body locator leaves out of a page's
/// text is credited to the cleaner that would drop it, as people reading the record expect.
fn house_pipeline(cli: &Cli) -> Result<Pipeline, String> {
    let mut builder = Pipeline::builder();
    builder
        .name_located_cruft(shows_removals(cli))
        .input_kind(cli.input);
    options(cli, &mut builder);
    let Some(style) = cli.house_style.as_deref() else {
        return build(cli, &builder);
    };
    match style {
        // `builtin` is the name this style had before it took the library's and Python's name.
        "ap" | "builtin" => builder.house_style(HouseStyle::Ap),
        "bgn" => builder.house_style(HouseStyle::Bgn),
        "frequent" => {
            let (_, articles) = batch(cli)?;
            let counts = FormCounts::of_articles(SpellingTable::builtin(), &articles);
            builder.house_style(HouseStyle::MostFrequent(counts))
        }
        "discover" => {
            let (names, articles) = batch(cli)?;
            let clusters = discover_variants(&articles);
            report_clusters(&names, &clusters);
            if !cli.apply || clusters.is_empty() {
                return build(cli, &builder);
            }
            builder
                .spelling_table(SpellingTable::from_clusters(&clusters))
                .builtin_spelling(false)
        }
        path => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read the spelling table {path}: {e}"))?;
            let table = SpellingTable::parse(path, &text).map_err(|e| e.to_string())?;
            builder.spelling_table(table)
        }
    };
    build(cli, &builder)
}

/// Sets the library options named by flags on `builder`.
fn options(cli: &Cli, builder: &mut copydesk::PipelineBuilder) {
    if let Some(mode) = cli.typography {
        builder.typography(match mode {
            TypographyArg::Smart => Typography::Smart,
            TypographyArg::Plain => Typography::Plain,
        });
    }
    builder.unicode(match cli.unicode {
        UnicodeArg::Nfc => UnicodeForm::Nfc,
        UnicodeArg::Nfkc => UnicodeForm::Nfkc,
        UnicodeArg::None => UnicodeForm::Keep,
    });
    builder.strip_bidi(cli.strip_bidi);
    if let Some(tag) = &cli.language {
        builder.language_tag(tag);
    }
    for name in &cli.remove {
        builder.remove(name);
    }
    builder.max_input_bytes(usize::try_from(max_input_bytes(cli)).unwrap_or(usize::MAX));
    builder.inline_markup(markup(cli).any());
    builder.tables(!cli.no_tables);
    if let Some(focus) = cli.focus {
        builder.focus(match focus {
            FocusArg::Precision => Focus::Precision,
            FocusArg::Recall => Focus::Recall,
        });
    }
}

/// The pipeline, or an error message in the command's terms.
fn build(cli: &Cli, builder: &copydesk::PipelineBuilder) -> Result<Pipeline, String> {
    builder.build().map_err(|e| match e {
        Error::UnknownStage { name, known } if cli.remove.contains(&name) => {
            format!(
                "--remove {name}: no cleaner or normalizer has that name; the names are {known}"
            )
        }
        e => e.to_string(),
    })
}

/// `--max-input-bytes`, or the library's default limit.
fn max_input_bytes(cli: &Cli) -> u64 {
    cli.max_input_bytes
        .unwrap_or(DEFAULT_MAX_INPUT_BYTES as u64)
}

/// `--jobs`, or one thread per core.
fn threads(cli: &Cli) -> usize {
    cli.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    )
}

/// True when the output lists the removals.
fn shows_removals(cli: &Cli) -> bool {
    cli.explain || (cli.json_map.is_none() && (cli.json || cli.format == Format::Json))
}

/// The inputs' names, in the order they are cleaned.
fn input_names(cli: &Cli) -> Result<Vec<Input>, String> {
    match &cli.json_map {
        Some(dir) => Ok(pages_in(dir)
            .map_err(|e| format!("cannot read directory {}: {e}", dir.display()))?
            .into_iter()
            .map(|(_, input)| input)
            .collect()),
        None => {
            if cli.files.iter().any(|f| f == "-") {
                return Err("--house-style discover and frequent read their inputs twice: name files, not -".into());
            }
            Ok(cli
                .files
                .iter()
                .map(|name| Input {
                    name: name.clone(),
                    source: Source::File(PathBuf::from(name)),
                })
                .collect())
        }
    }
}

/// Every input cleaned with the default pipeline, for batch-wide house styles; failures are skipped here
/// and reported when the inputs are cleaned for output.
fn batch(cli: &Cli) -> Result<(Vec<String>, Vec<Article>), String> {
    let pipeline = Pipeline::default();
    Ok(input_names(cli)?
        .into_iter()
        .filter_map(|input| Some((clean(&pipeline, &input).ok()?, input.name)))
        .map(|(article, name)| (name, article))
        .unzip())
}

/// Lists discovered clusters on stderr: the proposed spelling, then each spelling with its count and
/// where it was seen (input name, block number or "title").
fn report_clusters(names: &[String], clusters: &[VariantCluster]) {
    let stderr = io::stderr();
    let mut err = stderr.lock();
    let _ = writeln!(
        err,
        "copydesk: {} name(s) written in several ways",
        clusters.len()
    );
    for cluster in clusters {
        let _ = writeln!(err, "{}", cluster.canonical);
        for form in &cluster.forms {
            let seen: Vec<String> = form
                .seen
                .iter()
                .map(|s| {
                    let name = names.get(s.article).map_or("?", String::as_str);
                    match s.block {
                        Some(b) => format!("{name}#{b}"),
                        None => format!("{name}#title"),
                    }
                })
                .collect();
            let mark = if form.text == cluster.canonical {
                "="
            } else {
                "<"
            };
            let _ = writeln!(
                err,
                "  {mark} {} ×{}: {}",
                form.text,
                form.count,
                seen.join(", ")
            );
        }
        for (variant, words) in cluster.differences() {
            let words: Vec<String> = words.iter().map(|(v, c)| format!("{v} → {c}")).collect();
            let _ = writeln!(err, "    {variant}: {}", words.join(", "));
        }
    }
    if !clusters.is_empty() {
        let _ = writeln!(
            err,
            "copydesk: proposals only; apply them with --apply, or save this table, edit it and pass it \
             as --house-style FILE:\n{}",
            SpellingTable::from_clusters(clusters).to_tsv()
        );
    }
}

/// Cleans each named file; returns whether all of them succeeded.
fn run_files(pipeline: &Pipeline, cli: &Cli) -> Result<bool, String> {
    let mut all_ok = true;
    let inputs: Vec<Input> = cli
        .files
        .iter()
        .map(|name| Input {
            name: name.clone(),
            source: if name == "-" {
                Source::Stdin
            } else {
                Source::File(PathBuf::from(name))
            },
        })
        .collect();
    let format = if cli.json { Format::Json } else { cli.format };
    let mut sink = match &cli.output_dir {
        Some(dir) => Sink::dir(dir, format)?,
        None => Sink::Stdout {
            headers: inputs.len() > 1 && format != Format::Json,
            first: true,
        },
    };
    let results = clean_all(pipeline, &inputs, cli);
    for (input, result) in inputs.iter().zip(results) {
        match result {
            Ok(article) => {
                if cli.explain {
                    explain(&input.name, &article);
                }
                let printed = match format {
                    Format::Json => {
                        let mut record = article_json(&article, cli);
                        record.insert("file".into(), json!(input.name));
                        format!("{}\n", Value::Object(record))
                    }
                    Format::Markdown => article.to_markdown_with(markup(cli)),
                    Format::Text => article.text(),
                };
                match sink.write(&input.name, &printed) {
                    Ok(()) => {}
                    Err(Stop::Closed) => return Ok(false), // stdout closed (a pipe to `head`): stop quietly.
                    Err(Stop::Failed(message)) => {
                        eprintln!("copydesk: {}: {message}", input.name);
                        all_ok = false;
                    }
                }
            }
            Err(message) => {
                eprintln!("copydesk: {}: {message}", input.name);
                all_ok = false;
            }
        }
    }
    Ok(all_ok)
}

/// Where the articles of a run go: standard output, each under a `==> NAME <==` header when there are
/// several (as `head` prints several files), or one file each in a directory.
enum Sink {
    Stdout {
        headers: bool,
        first: bool,
    },
    Dir {
        dir: PathBuf,
        extension: &'static str,
        used: HashSet<String>,
    },
}

/// Why an article was not written.
enum Stop {
    /// Standard output is closed: the run stops.
    Closed,
    /// The file could not be written: this input failed.
    Failed(String),
}

impl Sink {
    /// `--output-dir DIR`, created when missing.
    fn dir(dir: &Path, format: Format) -> Result<Sink, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("--output-dir {}: {e}", dir.display()))?;
        let extension = match format {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
        };
        Ok(Sink::Dir {
            dir: dir.to_path_buf(),
            extension,
            used: HashSet::new(),
        })
    }

    fn write(&mut self, name: &str, text: &str) -> Result<(), Stop> {
        match self {
            Sink::Stdout { headers, first } => {
                let mut out = io::stdout().lock();
                let header = match (*headers, *first) {
                    (false, _) => String::new(),
                    (true, true) => format!("==> {name} <==\n"),
                    (true, false) => format!("\n==> {name} <==\n"),
                };
                *first = false;
                write!(out, "{header}{text}").map_err(|_| Stop::Closed)
            }
            Sink::Dir {
                dir,
                extension,
                used,
            } => {
                let path = dir.join(output_name(name, extension, used));
                std::fs::write(&path, text)
                    .map_err(|e| Stop::Failed(format!("cannot write {}: {e}", path.display())))
            }
        }
    }
}

/// The output file name of an input: its file name without extensions (`-` is `stdin`), with `-2`,
/// `-3`… when two inputs share a name.
fn output_name(name: &str, extension: &str, used: &mut HashSet<String>) -> String {
    let file = Path::new(name)
        .file_name()
        .map(|f| f.to_string_lossy())
        .unwrap_or_default();
    let mut stem = file.as_ref();
    if let Some(s) = stem.strip_suffix(".gz") {
        stem = s;
    }
    let stem = match stem.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s,
        _ => stem,
    };
    let stem = if name == "-" || stem.is_empty() {
        "stdin"
    } else {
        stem
    };
    let mut candidate = format!("{stem}.{extension}");
    let mut n = 1;
    while !used.insert(candidate.clone()) {
        n += 1;
        candidate = format!("{stem}-{n}.{extension}");
    }
    candidate
}

/// Cleans every page of `dir` and prints the id → article map; returns whether all pages succeeded.
fn run_json_map(pipeline: &Pipeline, dir: &Path, cli: &Cli) -> Result<bool, String> {
    let explain_removals = cli.explain;
    let pages =
        pages_in(dir).map_err(|e| format!("cannot read directory {}: {e}", dir.display()))?;
    let (ids, inputs): (Vec<String>, Vec<Input>) = pages.into_iter().unzip();
    let results = clean_all(pipeline, &inputs, cli);
    let mut map = BTreeMap::new();
    let mut all_ok = true;
    for ((id, input), result) in ids.into_iter().zip(&inputs).zip(results) {
        let entry = match result {
            Ok(article) => {
                if explain_removals {
                    explain(&input.name, &article);
                }
                map_entry(&article)
            }
            Err(message) => {
                eprintln!("copydesk: {}: {message}", input.name);
                all_ok = false;
                let mut entry = map_entry(&Article::default());
                entry.insert("error".into(), json!(message));
                entry
            }
        };
        map.insert(id, Value::Object(entry));
    }
    let text = serde_json::to_string(&map).map_err(|e| e.to_string())?;
    let _ = writeln!(io::stdout().lock(), "{text}");
    Ok(all_ok)
}

/// The pages of a directory with their ids: `ID.txt`, `ID.html`, `ID.htm` (each also gzipped, `.gz`),
/// and `ID/source.html`.
fn pages_in(dir: &Path) -> io::Result<Vec<(String, Input)>> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let page = if path.is_dir() {
            let source = path.join("source.html");
            source.is_file().then_some(source)
        } else {
            page_stem(&path).is_some().then(|| path.clone())
        };
        let Some(page) = page else { continue };
        let id = if path.is_dir() {
            path.file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            page_stem(&path).unwrap_or_default()
        };
        let input = Input {
            name: page.display().to_string(),
            source: Source::File(page),
        };
        pages.push((id, input));
    }
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(pages)
}

/// The id of a page file: its name without `.txt`, `.html` or `.htm` (and `.gz` after it); `None`
/// for any other file.
fn page_stem(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let plain = strip_suffix_ignore_case(name, ".gz").unwrap_or(name);
    [".txt", ".html", ".htm"]
        .iter()
        .find_map(|ext| strip_suffix_ignore_case(plain, ext))
        .filter(|stem| !stem.is_empty())
        .map(str::to_string)
}

fn strip_suffix_ignore_case<'a>(name: &'a str, suffix: &str) -> Option<&'a str> {
    let at = name.len().checked_sub(suffix.len())?;
    let (stem, tail) = (name.get(..at)?, name.get(at..)?);
    tail.eq_ignore_ascii_case(suffix).then_some(stem)
}

/// Reads and cleans one input with the default limit; the error is a one-line message.
fn clean(pipeline: &Pipeline, input: &Input) -> Result<Article, String> {
    let bytes = read(input, DEFAULT_MAX_INPUT_BYTES as u64)?;
    pipeline
        .clean_bytes(&bytes, content_type(&input.name))
        .map_err(|e| message(&e))
}

/// The one-line message of a library error, in the command's terms.
fn message(e: &Error) -> String {
    match e {
        Error::TooLarge { size, limit } => too_large(&format!("{size} bytes"), *limit as u64),
        e => e.to_string(),
    }
}

fn too_large(size: &str, limit: u64) -> String {
    format!("the input is {size}, over the limit of {limit} bytes; raise it with --max-input-bytes")
}

/// Reads and cleans every input on `--jobs` threads, as one batch (furniture learned across them) or
/// each on its own; results in the inputs' order. A run of several inputs shows a progress bar on
/// stderr when it is a terminal, one step per input.
fn clean_all(pipeline: &Pipeline, inputs: &[Input], cli: &Cli) -> Vec<Result<Article, String>> {
    let threads = threads(cli);
    let as_batch = !cli.no_batch && inputs.len() >= 2;
    let bar = (inputs.len() >= 2 && io::stderr().is_terminal()).then(|| {
        let bar =
            ProgressBar::with_draw_target(Some(inputs.len() as u64), ProgressDrawTarget::stderr());
        bar.set_style(bar_style("{wide_bar} {pos}/{len} inputs, {eta} left"));
        bar
    });
    let read = read_all(inputs, threads, max_input_bytes(cli));
    let unreadable = read.iter().filter(|r| r.is_err()).count() as u64;
    // The library reports each document twice in a batch (after its input stage, after its
    // cleaning) and once otherwise: the bar counts inputs.
    let (calls, per_input) = (AtomicU64::new(0), if as_batch { 2 } else { 1 });
    let tick = || {
        let done = calls.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(bar) = &bar {
            bar.set_position(unreadable + done / per_input);
        }
    };
    let results = clean_read(pipeline, inputs, read, threads, as_batch, &tick);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    results
}

/// A progress bar style, or the default one if the template is wrong.
fn bar_style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}

/// Cleans the inputs that were read on `threads` threads: as one batch, or each on its own.
fn clean_read(
    pipeline: &Pipeline,
    inputs: &[Input],
    read: Vec<Result<Vec<u8>, String>>,
    threads: usize,
    as_batch: bool,
    tick: &(dyn Fn() + Sync),
) -> Vec<Result<Article, String>> {
    let readable: Vec<(usize, BatchDocument)> = read
        .iter()
        .zip(inputs)
        .enumerate()
        .filter_map(|(i, (bytes, input))| {
            let bytes = bytes.as_ref().ok()?;
            Some((i, BatchDocument::bytes(bytes, content_type(&input.name))))
        })
        .collect();
    let docs: Vec<BatchDocument> = readable.iter().map(|(_, doc)| *doc).collect();
    let cleaned = if as_batch {
        pipeline.clean_batch_threads(&docs, threads, tick)
    } else {
        pipeline.clean_each_threads(&docs, threads, tick)
    };
    let mut cleaned = cleaned.into_iter();
    read.iter()
        .map(|bytes| match bytes {
            Ok(_) => cleaned
                .next()
                .unwrap_or(Err(Error::EmptyInput))
                .map_err(|e| message(&e)),
            Err(message) => Err(message.clone()),
        })
        .collect()
}

/// The bytes of every input, in order, read on up to `threads` threads: reading a large corpus takes
/// a tenth of cleaning it, too much to leave on one thread while the others wait.
fn read_all(inputs: &[Input], threads: usize, limit: u64) -> Vec<Result<Vec<u8>, String>> {
    let chunk = inputs.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = inputs
            .chunks(chunk)
            .map(|part| {
                let handle =
                    scope.spawn(move || part.iter().map(|i| read(i, limit)).collect::<Vec<_>>());
                (part.len(), handle)
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(len, handle)| {
                handle.join().unwrap_or_else(|_| {
                    vec![Err("cannot read: the reading thread failed".to_string()); len]
                })
            })
            .collect()
    })
}

/// The bytes of an input (decompressed when its name ends in `.gz`); the error is a one-line message.
/// Reads at most one byte past `limit`, so an endless stream (`/dev/zero`) or a huge file fails with
/// a size error instead of filling memory; a file's size is known before it is read.
fn read(input: &Input, limit: u64) -> Result<Vec<u8>, String> {
    let reader: Box<dyn Read> = match &input.source {
        Source::Stdin => Box::new(io::stdin()),
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| format!("cannot read: {e}"))?;
            let size = file.metadata().map(|m| m.len()).unwrap_or(0);
            if size > limit && !is_gzip(&input.name) {
                return Err(too_large(&format!("{size} bytes"), limit));
            }
            Box::new(file)
        }
    };
    let mut reader = if is_gzip(&input.name) {
        Box::new(flate2::read::MultiGzDecoder::new(reader))
    } else {
        reader
    };
    let mut bytes = Vec::new();
    (&mut reader)
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > limit {
        let what = if is_gzip(&input.name) {
            "decompressed"
        } else {
            "read"
        };
        return Err(too_large(&format!("over {limit} bytes once {what}"), limit));
    }
    Ok(bytes)
}

fn is_gzip(name: &str) -> bool {
    strip_suffix_ignore_case(name, ".gz").is_some()
}

/// HTML by extension (before `.gz`); otherwise the library sniffs markup from the content.
fn content_type(name: &str) -> Option<&'static str> {
    let name = strip_suffix_ignore_case(name, ".gz").unwrap_or(name);
    let html = [".html", ".htm"]
        .iter()
        .any(|ext| strip_suffix_ignore_case(name, ext).is_some());
    html.then_some("text/html")
}

/// Prints every removal of an article on stderr.
fn explain(name: &str, article: &Article) {
    let stderr = io::stderr();
    let mut err = stderr.lock();
    if let Some(reading) = &article.input {
        let _ = writeln!(
            err,
            "{name}: read as {} ({}): {}",
            reading.kind.name(),
            reading.decided_by,
            reading.evidence
        );
    }
    for removal in &article.removals {
        let span = removal
            .span
            .as_ref()
            .map_or_else(String::new, |s| format!(" @{}..{}", s.start, s.end));
        let _ = writeln!(
            err,
            "{name}{span}: [{}] {}: {:?}",
            removal.stage, removal.reason, removal.text
        );
    }
}

/// The `--json-map` entry of one article: its summary record (`Article::to_json_summary`).
fn map_entry(article: &Article) -> Map<String, Value> {
    match article.to_json_summary() {
        Value::Object(entry) => entry,
        _ => Map::new(),
    }
}

/// The `--json` record of one article (`Article::to_json`), with the markup the flags ask for.
fn article_json(article: &Article, cli: &Cli) -> Map<String, Value> {
    match article.to_json(markup(cli)) {
        Value::Object(record) => record,
        _ => Map::new(),
    }
}

/// `--warc`: WARC files in, JSON Lines out.
#[cfg(feature = "warc")]
mod warc_mode {
    use copydesk::warc::{WarcResponse, WarcResponses};
    use copydesk::Pipeline;
    use indicatif::{ProgressBar, ProgressDrawTarget};
    use std::fs::File;
    use std::io::{self, IsTerminal, Read, Write};
    use std::path::Path;
    use std::process::ExitCode;

    /// Responses read ahead per worker thread: enough to even out slow pages, little memory (a few MB).
    const RESPONSES_PER_THREAD: usize = 32;

    /// The archive's file, moving a progress bar by the bytes read (compressed bytes for a gzip file:
    /// the bar's length is the file's size).
    struct Counted {
        file: File,
        bar: Option<ProgressBar>,
    }

    impl Read for Counted {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.file.read(buf)?;
            if let Some(bar) = &self.bar {
                bar.inc(n as u64);
            }
            Ok(n)
        }
    }

    /// The responses of the archive at `path`, with a progress bar over its bytes when stderr is a
    /// terminal.
    fn open(path: &Path) -> io::Result<(WarcResponses, Option<ProgressBar>)> {
        let file = File::open(path)?;
        let bar = io::stderr().is_terminal().then(|| {
            let size = file.metadata().map_or(0, |m| m.len());
            let bar = ProgressBar::with_draw_target(Some(size), ProgressDrawTarget::stderr());
            bar.set_style(super::bar_style(
                "{wide_bar} {bytes}/{total_bytes} of the archive, {eta} left",
            ));
            bar
        });
        let counted = Counted {
            file,
            bar: bar.clone(),
        };
        Ok((WarcResponses::from_reader(counted)?, bar))
    }

    /// Cleans every HTML response of the archive at `path` on `threads` threads; exit 1 when a record
    /// failed, 2 when the archive cannot be opened.
    pub fn run(pipeline: &Pipeline, path: &Path, threads: usize) -> ExitCode {
        let (mut responses, bar) = match open(path) {
            Ok(opened) => opened,
            Err(e) => {
                eprintln!("copydesk: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        let (mut failed, mut cleaned) = (0usize, 0usize);
        loop {
            let mut chunk = Vec::with_capacity(threads * RESPONSES_PER_THREAD);
            for response in responses.by_ref().take(threads * RESPONSES_PER_THREAD) {
                match response {
                    Ok(response) => chunk.push(response),
                    Err(e) => {
                        eprintln!("copydesk: {}: {e}", path.display());
                        failed += 1;
                    }
                }
            }
            if chunk.is_empty() {
                break;
            }
            for line in clean_chunk(pipeline, &chunk, threads) {
                let printed = match line {
                    Ok(line) => {
                        cleaned += 1;
                        writeln!(out, "{line}")
                    }
                    Err(message) => {
                        eprintln!("copydesk: {}: {message}", path.display());
                        failed += 1;
                        Ok(())
                    }
                };
                if printed.is_err() {
                    return ExitCode::from(1); // stdout closed (a pipe to `head`): stop quietly.
                }
            }
        }
        let _ = out.flush();
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        let stats = responses.stats();
        eprintln!(
            "copydesk: {}: {} records, {} HTML responses, {} cleaned, {} non-HTML and {} non-2xx skipped, {} failed",
            path.display(),
            stats.records,
            stats.responses,
            cleaned,
            stats.non_html,
            stats.not_ok,
            failed
        );
        if failed == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }

    /// The JSON lines of a chunk of responses, cleaned on `threads` threads, in input order.
    fn clean_chunk(
        pipeline: &Pipeline,
        chunk: &[WarcResponse],
        threads: usize,
    ) -> Vec<Result<String, String>> {
        let per_thread = chunk.len().div_ceil(threads.max(1));
        std::thread::scope(|scope| {
            let workers: Vec<_> = chunk
                .chunks(per_thread.max(1))
                .map(|part| {
                    scope.spawn(move || part.iter().map(|r| line(pipeline, r)).collect::<Vec<_>>())
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| {
                    w.join()
                        .unwrap_or_else(|_| vec![Err("a worker thread panicked".to_string())])
                })
                .collect()
        })
    }

    /// One JSON line: the article's summary record (`Article::to_json_summary`), and its body under
    /// `body` too, the name this output used before schema 1 (kept for existing readers).
    fn line(pipeline: &Pipeline, response: &WarcResponse) -> Result<String, String> {
        let article = response.clean(pipeline).map_err(|e| e.to_string())?;
        let mut record = article.to_json_summary();
        record["body"] = record["articleBody"].clone();
        Ok(record.to_string())
    }
}

/// `--warc` without the `warc` feature: say how to get it.
#[cfg(not(feature = "warc"))]
mod warc_mode {
    use copydesk::Pipeline;
    use std::path::Path;
    use std::process::ExitCode;

    /// Explains that this build cannot read WARC files; exit 2 (usage error).
    pub fn run(_pipeline: &Pipeline, _path: &Path, _threads: usize) -> ExitCode {
        eprintln!(
            "copydesk: --warc needs the `warc` feature; run \
             `cargo run --release --features cli,warc --bin copydesk -- --warc FILE.warc.gz`"
        );
        ExitCode::from(2)
    }
}
