//! The copydesk command: cleans scraped articles from files or stdin.
//!
//! ```text
//! copydesk FILE...              print each article as text (title, blank line, blocks)
//! copydesk --json FILE...       one JSON object per file (article, removals, changes), one per line
//! copydesk --explain FILE...    also list every removal on stderr
//! copydesk --json-map DIR       {"ID": {"articleBody": …, "title": …}} for every page in DIR
//! copydesk --warc FILE.warc.gz    one JSON line per HTML response of a WARC file (url, title, byline, date,
//!                                  language, body), cleaned on all cores; needs `--features warc`
//! copydesk --format markdown FILE...   print each article as Markdown (text | markdown | json)
//! copydesk --jobs N ...         clean on N threads (default: one per core; same output for any N)
//! copydesk --house-style STYLE FILE...
//!     builtin    one spelling per name from the built-in tables, AP-like style (Sergei, Yuri, Kyiv)
//!     bgn        the built-in tables, BGN/PCGN-based style (Sergey, Yuriy, Kyiv)
//!     frequent   the built-in tables, each name as the batch spells it most often
//!     discover   find names the batch spells in several ways, list them on stderr, apply them
//!     FILE       a spelling table (canonical TAB variants, one name per line), over the built-in ones
//! ```
//! HTML files (by extension, or by a document that opens with markup) are read as raw bytes and
//! decoded by `Pipeline::clean_bytes`.
//! Exit status: 0 when every input was cleaned, 1 when an input failed (the others are still processed),
//! 2 on a usage error.

use clap::Parser;
use copydesk::batch::BatchDocument;
use copydesk::normalize::{
    discover_variants, FormCounts, HouseStyle, SpellingTable, VariantCluster,
};
use copydesk::{Article, Error, Pipeline, DEFAULT_MAX_INPUT_BYTES};
use indicatif::{ProgressBar, ProgressDrawTarget};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Strips a news site's cruft from scraped articles and puts the text into one house style.
#[derive(Debug, Parser)]
#[command(name = "copydesk", version, about)]
struct Cli {
    /// Files to clean (text or HTML); `-` reads standard input.
    #[arg(required_unless_present_any = ["json_map", "warc"])]
    files: Vec<String>,

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

    /// Clean the HTML responses of a WARC file (plain or gzip) on all cores and print one JSON object per
    /// page, in file order: url, title, byline, date, language, body. Needs the `warc` feature.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["files", "json_map"])]
    warc: Option<PathBuf>,

    /// Clean each input on its own: do not learn furniture (menus, footers, boxes) that recurs across the
    /// inputs of a --json-map directory or of several FILEs.
    #[arg(long)]
    no_batch: bool,

    /// Threads to clean on (default: one per core). The output is the same for any number.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,

    /// Write names in one house spelling: `builtin` (AP-like), `bgn`, `frequent` (most frequent in the
    /// batch), `discover` (find variant spellings across the inputs, list them on stderr, apply them), or
    /// the path of a spelling table (canonical TAB variants per line) laid over the built-in tables.
    #[arg(long, value_name = "builtin|bgn|frequent|discover|FILE")]
    house_style: Option<String>,
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
    let cli = Cli::parse();
    let pipeline = match house_pipeline(&cli) {
        Ok(pipeline) => pipeline,
        Err(message) => {
            eprintln!("copydesk: {message}");
            return ExitCode::from(2);
        }
    };
    if let Some(path) = &cli.warc {
        return warc_mode::run(&pipeline, path);
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
    builder.name_located_cruft(shows_removals(cli));
    let Some(style) = cli.house_style.as_deref() else {
        return builder.build().map_err(|e| e.to_string());
    };
    match style {
        "builtin" => builder.house_style(HouseStyle::Ap),
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
    builder.build().map_err(|e| e.to_string())
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
    }
}

/// Cleans each named file; returns whether all of them succeeded.
fn run_files(pipeline: &Pipeline, cli: &Cli) -> Result<bool, String> {
    let mut all_ok = true;
    let stdout = io::stdout();
    let mut out = stdout.lock();
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
    let results = clean_all(pipeline, &inputs, cli, false);
    for (input, result) in inputs.iter().zip(results) {
        match result {
            Ok(article) => {
                if cli.explain {
                    explain(&input.name, &article);
                }
                let format = if cli.json { Format::Json } else { cli.format };
                let printed = match format {
                    Format::Json => {
                        let mut record = article_json(&article);
                        record.insert("file".into(), json!(input.name));
                        writeln!(out, "{}", Value::Object(record))
                    }
                    Format::Markdown => write!(out, "{}", article.to_markdown()),
                    Format::Text => write!(out, "{}", article.text()),
                };
                if printed.is_err() {
                    return Ok(false); // stdout closed (a pipe to `head`): stop quietly.
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

/// Cleans every page of `dir` and prints the id → article map; returns whether all pages succeeded.
fn run_json_map(pipeline: &Pipeline, dir: &Path, cli: &Cli) -> Result<bool, String> {
    let explain_removals = cli.explain;
    let pages =
        pages_in(dir).map_err(|e| format!("cannot read directory {}: {e}", dir.display()))?;
    let (ids, inputs): (Vec<String>, Vec<Input>) = pages.into_iter().unzip();
    let results = clean_all(pipeline, &inputs, cli, true);
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

/// The pages of a directory with their ids: `ID.txt`, `ID.html`, `ID.htm`, and `ID/source.html`.
fn pages_in(dir: &Path) -> io::Result<Vec<(String, Input)>> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let page = if path.is_dir() {
            let source = path.join("source.html");
            source.is_file().then_some(source)
        } else {
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            matches!(ext.as_deref(), Some("txt" | "html" | "htm")).then(|| path.clone())
        };
        let Some(page) = page else { continue };
        let id = if path.is_dir() {
            path.file_name()
        } else {
            path.file_stem()
        };
        let id = id
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let input = Input {
            name: page.display().to_string(),
            source: Source::File(page),
        };
        pages.push((id, input));
    }
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(pages)
}

/// Reads and cleans one input; the error is a one-line message.
fn clean(pipeline: &Pipeline, input: &Input) -> Result<Article, String> {
    let bytes = read(input)?;
    pipeline
        .clean_bytes(&bytes, content_type(&input.name))
        .map_err(|e: Error| e.to_string())
}

/// Inputs past which a `--json-map` run shows a progress bar (on a terminal only): smaller runs end
/// before a bar would tell anything.
const PROGRESS_MIN_INPUTS: usize = 50;

/// Reads and cleans every input on `--jobs` threads, as one batch (furniture learned across them) or
/// each on its own; results in the inputs' order. `show_progress`: a bar on stderr for long runs, when
/// stderr is a terminal.
fn clean_all(
    pipeline: &Pipeline,
    inputs: &[Input],
    cli: &Cli,
    show_progress: bool,
) -> Vec<Result<Article, String>> {
    let threads = cli.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    let as_batch = !cli.no_batch && inputs.len() >= 2;
    let bar = (show_progress && inputs.len() >= PROGRESS_MIN_INPUTS && io::stderr().is_terminal())
        .then(|| {
            let steps = if as_batch {
                2 * inputs.len()
            } else {
                inputs.len()
            };
            ProgressBar::with_draw_target(Some(steps as u64), ProgressDrawTarget::stderr())
        });
    let tick = || {
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    };
    let results = clean_read(pipeline, inputs, threads, as_batch, &tick);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    results
}

/// Reads every input, then cleans the readable ones on `threads` threads: as one batch, or each on
/// its own.
fn clean_read(
    pipeline: &Pipeline,
    inputs: &[Input],
    threads: usize,
    as_batch: bool,
    tick: &(dyn Fn() + Sync),
) -> Vec<Result<Article, String>> {
    let read = read_all(inputs, threads);
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
                .map_err(|e| e.to_string()),
            Err(message) => Err(message.clone()),
        })
        .collect()
}

/// The bytes of every input, in order, read on up to `threads` threads: reading a large corpus takes
/// a tenth of cleaning it, too much to leave on one thread while the others wait.
fn read_all(inputs: &[Input], threads: usize) -> Vec<Result<Vec<u8>, String>> {
    let chunk = inputs.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = inputs
            .chunks(chunk)
            .map(|part| {
                let handle = scope.spawn(move || part.iter().map(read).collect::<Vec<_>>());
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

/// The bytes of an input; the error is a one-line message. Reads at most one byte past the default
/// size limit, so an endless stream (`/dev/zero`) or a huge file fails with the library's size error
/// instead of filling memory.
fn read(input: &Input) -> Result<Vec<u8>, String> {
    let limit = DEFAULT_MAX_INPUT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    match &input.source {
        Source::Stdin => io::stdin().take(limit).read_to_end(&mut bytes),
        Source::File(path) => {
            std::fs::File::open(path).and_then(|file| file.take(limit).read_to_end(&mut bytes))
        }
    }
    .map(|_| bytes)
    .map_err(|e| format!("cannot read: {e}"))
}

/// HTML by extension; otherwise the library sniffs markup from the content.
fn content_type(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    (lower.ends_with(".html") || lower.ends_with(".htm")).then_some("text/html")
}

/// Prints every removal of an article on stderr.
fn explain(name: &str, article: &Article) {
    let stderr = io::stderr();
    let mut err = stderr.lock();
    for removal in &article.removals {
        let span = removal
            .span
            .as_ref()
            .map_or_else(String::new, |s| format!(" @{}..{}", s.start, s.end));
        let _ = writeln!(
            err,
            "{name}{span}: [{}] {}: {:?}",
            removal.cleaner, removal.reason, removal.text
        );
    }
}

/// The `--json-map` entry of one article: its body and metadata, null where unknown.
fn map_entry(article: &Article) -> Map<String, Value> {
    let mut entry = Map::new();
    entry.insert("articleBody".into(), json!(article.body_text()));
    entry.insert("title".into(), json!(article.title));
    entry.insert("byline".into(), json!(article.byline));
    entry.insert("date".into(), json!(article.date));
    entry.insert("site".into(), json!(article.site));
    entry.insert("language".into(), json!(article.language));
    entry.insert("url".into(), json!(article.url));
    entry
}

/// The `--json` record of one article: metadata, blocks, removals and changes.
fn article_json(article: &Article) -> Map<String, Value> {
    let mut record = map_entry(article);
    record.insert("canonicalUrl".into(), json!(article.canonical_url));
    record.insert("description".into(), json!(article.description));
    record.insert("text".into(), json!(article.text()));
    let blocks: Vec<Value> = article
        .blocks
        .iter()
        .map(|b| json!({"kind": format!("{:?}", b.kind), "text": b.text, "span": b.span.as_ref().map(|s| [s.start, s.end])}))
        .collect();
    record.insert("blocks".into(), Value::Array(blocks));
    let removals: Vec<Value> = article
        .removals
        .iter()
        .map(|r| {
            json!({
                "stage": r.cleaner,
                "reason": r.reason.to_string(),
                "text": r.text,
                "span": r.span.as_ref().map(|s| [s.start, s.end]),
            })
        })
        .collect();
    record.insert("removals".into(), Value::Array(removals));
    let changes: Vec<Value> = article
        .changes
        .iter()
        .map(|c| {
            json!({
                "stage": c.normalizer,
                "block": c.block,
                "from": c.from,
                "to": c.to,
                "span": [c.span.start, c.span.end],
                "repeats": c.repeats,
            })
        })
        .collect();
    record.insert("changes".into(), Value::Array(changes));
    record
}

/// `--warc`: WARC files in, JSON Lines out.
#[cfg(feature = "warc")]
mod warc_mode {
    use copydesk::warc::{WarcResponse, WarcResponses};
    use copydesk::Pipeline;
    use serde_json::json;
    use std::io::{self, Write};
    use std::path::Path;
    use std::process::ExitCode;

    /// Responses read ahead per worker thread: enough to even out slow pages, little memory (a few MB).
    const RESPONSES_PER_THREAD: usize = 32;

    /// Cleans every HTML response of the archive at `path`; exit 1 when a record failed, 2 when the
    /// archive cannot be opened.
    pub fn run(pipeline: &Pipeline, path: &Path) -> ExitCode {
        let mut responses = match WarcResponses::open(path) {
            Ok(responses) => responses,
            Err(e) => {
                eprintln!("copydesk: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
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

    /// One JSON line: the article's URL, metadata and body.
    fn line(pipeline: &Pipeline, response: &WarcResponse) -> Result<String, String> {
        let article = response.clean(pipeline).map_err(|e| e.to_string())?;
        Ok(json!({
            "url": article.url,
            "title": article.title,
            "byline": article.byline,
            "date": article.date,
            "language": article.language,
            "body": article.body_text(),
        })
        .to_string())
    }
}

/// `--warc` without the `warc` feature: say how to get it.
#[cfg(not(feature = "warc"))]
mod warc_mode {
    use copydesk::Pipeline;
    use std::path::Path;
    use std::process::ExitCode;

    /// Explains that this build cannot read WARC files; exit 2 (usage error).
    pub fn run(_pipeline: &Pipeline, _path: &Path) -> ExitCode {
        eprintln!(
            "copydesk: --warc needs the `warc` feature; run \
             `cargo run --release --features warc --example copydesk -- --warc FILE.warc.gz`"
        );
        ExitCode::from(2)
    }
}
