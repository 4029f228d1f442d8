//! The copydesk command: every flag, and broken input (a broken file gives a one-line message on
//! stderr and exit status 1, and the other files of the batch are still cleaned).
//!
//! Run with `cargo test --features cli`: the command is a binary target that needs that feature, and
//! cargo builds it for these tests (without the feature, this file is not built).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `copydesk` binary, built by cargo for the integration tests.
fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_copydesk"))
}

/// A scratch directory of its own for each test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("copydesk-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(binary())
        .args(args)
        .output()
        .expect("the binary runs")
}

const GOOD: &str =
    "Harbour bridge reopens\n\nThe harbour bridge reopened to traffic on Monday morning, \
                    three weeks after inspectors found corroded cables under the main span.\n";

const GOOD_HTML: &str = "<!DOCTYPE html><html><head><title>Ferry returns</title></head><body><article>\
                         <p>The ferry to the island will run twice a day from Monday, the operator said, \
                         after repairs to the pier were finished ahead of time.</p></article></body></html>";

/// A directory with good and broken files: (good names, broken names).
fn mixed_batch(dir: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let good_txt = dir.join("a-good.txt");
    std::fs::write(&good_txt, GOOD).unwrap();
    let good_html = dir.join("b-good.html");
    std::fs::write(&good_html, GOOD_HTML).unwrap();
    let empty = dir.join("c-empty.txt");
    std::fs::write(&empty, "").unwrap();
    let png = dir.join("d-binary.html");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10").unwrap();
    let garbage = dir.join("e-garbage.txt");
    let bytes: Vec<u8> = (0..50_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    std::fs::write(&garbage, bytes).unwrap();
    let unreadable = dir.join("f-unreadable.html");
    std::fs::create_dir_all(&unreadable).unwrap(); // a directory named like a page: reading it fails
    (
        vec![good_txt, good_html],
        vec![empty, png, garbage, unreadable],
    )
}

fn assert_one_line_per_broken_file(stderr: &str, broken: &[PathBuf]) {
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), broken.len(), "stderr:\n{stderr}");
    for path in broken {
        let name = path.display().to_string();
        let line = lines
            .iter()
            .find(|l| l.contains(&name))
            .unwrap_or_else(|| panic!("no message for {name}:\n{stderr}"));
        assert!(line.starts_with("copydesk: "), "{line}");
        assert!(!line.contains("panicked"), "{line}");
    }
}

#[test]
fn broken_files_fail_alone_in_batch_and_one_by_one() {
    let dir = scratch("files");
    let (good, broken) = mixed_batch(&dir);
    let mut names: Vec<String> = good
        .iter()
        .chain(&broken)
        .map(|p| p.display().to_string())
        .collect();
    names.sort();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    for extra in [None, Some("--no-batch")] {
        let mut args: Vec<&str> = extra.into_iter().collect();
        args.extend(&names);
        let out = run(&args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{extra:?}\nstderr:\n{stderr}");
        assert!(
            stdout.contains("corroded cables under the main span"),
            "{extra:?}: {stdout}"
        );
        assert!(
            stdout.contains("repairs to the pier"),
            "{extra:?}: {stdout}"
        );
        assert_one_line_per_broken_file(&stderr, &broken);
        let messages = stderr.to_lowercase();
        assert!(messages.contains("empty"), "{stderr}");
        assert!(messages.contains("png"), "{stderr}");
        assert!(messages.contains("cannot read"), "{stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn json_map_keeps_the_good_pages_and_reports_the_broken_ones() {
    let dir = scratch("json-map");
    let (_, broken) = mixed_batch(&dir);
    for extra in [None, Some("--no-batch")] {
        let mut args = vec!["--json-map", dir.to_str().unwrap()];
        args.extend(extra);
        let out = run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "stderr:\n{stderr}");
        let map: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
        let body = |id: &str| {
            map[id]["articleBody"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        };
        assert!(body("a-good").contains("corroded cables"), "{map}");
        assert!(body("b-good").contains("repairs to the pier"), "{map}");
        for id in ["c-empty", "d-binary", "e-garbage"] {
            assert!(map[id]["error"].is_string(), "{id}: {map}");
        }
        // The directory named like a page is not a page file; it is skipped, not an error.
        assert_one_line_per_broken_file(&stderr, &broken[..3]);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hostile_and_legacy_pages_give_an_article_or_a_clear_error() {
    let dir = scratch("hostile");
    let deep = dir.join("deep.html");
    let depth = 200_000;
    std::fs::write(
        &deep,
        format!(
            "<html><body>{}<p>The innermost paragraph holds the only text of this page, and it is long enough.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        ),
    )
    .unwrap();
    let charset = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/charset");
    for (file, expect) in [
        (deep.clone(), "innermost paragraph"),
        (
            charset.join("ru-windows-1251-undeclared.html"),
            "библиотека объявила",
        ),
        (
            charset.join("ja-shift_jis-undeclared.html"),
            "閲覧室を利用できる",
        ),
    ] {
        let out = run(&[file.to_str().unwrap()]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains(expect), "{}: {stdout}", file.display());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs the binary with `stdin` piped into it.
fn run_with_stdin(args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(binary())
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    // A usage error ends the binary before it reads: a broken pipe then is no failure.
    let _ = pipe.write_all(stdin.as_bytes());
    drop(pipe);
    child.wait_with_output().expect("the binary ends")
}

fn stdout_of(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const OTHER: &str =
    "Library extends its hours\n\nThe city library will stay open until nine in the evening \
                     from next week, the council said, after readers asked for later hours.\n";

#[test]
fn several_files_are_kept_apart_under_headers() {
    let dir = scratch("headers");
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, GOOD).unwrap();
    std::fs::write(&b, OTHER).unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    for format in ["text", "markdown"] {
        let out = stdout_of(&run(&["--no-batch", "--format", format, a, b]));
        let first = out.find(&format!("==> {a} <==\n")).expect(&out);
        let second = out.find(&format!("\n\n==> {b} <==\n")).expect(&out);
        assert!(first == 0 && second > first, "{format}: {out}");
        assert!(out[..second].contains("corroded cables"), "{out}");
        assert!(out[second..].contains("nine in the evening"), "{out}");
    }
    // One file: no header.
    let out = stdout_of(&run(&[a]));
    assert!(!out.contains("==>"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn output_dir_writes_one_file_per_input() {
    let dir = scratch("output-dir");
    let (a, b) = (dir.join("a.txt"), dir.join("page.html"));
    std::fs::write(&a, GOOD).unwrap();
    std::fs::write(&b, GOOD_HTML).unwrap();
    let outdir = dir.join("out");
    let out = run(&[
        "--output-dir",
        outdir.to_str().unwrap(),
        "--format",
        "markdown",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert!(stdout_of(&out).is_empty());
    let a_md = std::fs::read_to_string(outdir.join("a.md")).unwrap();
    let b_md = std::fs::read_to_string(outdir.join("page.md")).unwrap();
    assert!(
        a_md.contains("corroded cables") && !a_md.contains("pier"),
        "{a_md}"
    );
    assert!(
        b_md.contains("repairs to the pier") && !b_md.contains("cables"),
        "{b_md}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn piped_standard_input_is_read_without_a_file_argument() {
    let out = stdout_of(&run_with_stdin(&[], GOOD));
    assert!(out.contains("corroded cables"), "{out}");
    let out = stdout_of(&run_with_stdin(&["-"], GOOD));
    assert!(out.contains("corroded cables"), "{out}");
}

const QUOTED: &str =
    "Harbour bridge reopens\n\nThe mayor said \"it's done\" - and the crowd cheered, \
                      three weeks after inspectors found corroded cables...\n";

#[test]
fn typography_smart_and_plain() {
    let smart = stdout_of(&run_with_stdin(&["--typography", "smart"], QUOTED));
    assert!(smart.contains("“it’s done”"), "{smart}");
    assert!(smart.contains("cables…"), "{smart}");
    let plain = stdout_of(&run_with_stdin(&["--typography", "plain"], &smart));
    assert!(plain.contains("\"it's done\""), "{plain}");
    let default = stdout_of(&run_with_stdin(&[], QUOTED));
    assert!(default.contains("\"it's done\""), "{default}");
    let bad = run_with_stdin(&["--typography", "fancy"], QUOTED);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn unicode_form_nfc_nfkc_none() {
    let text =
        "Harbour bridge reopens\n\nThe ﬁrst cars crossed the bridge at dawn, and the cafe\u{301} \
                by the harbour opened early for the drivers.\n";
    let nfc = stdout_of(&run_with_stdin(&["--unicode", "nfc"], text));
    assert!(nfc.contains("café") && nfc.contains("ﬁrst"), "{nfc}");
    let nfkc = stdout_of(&run_with_stdin(&["--unicode", "nfkc"], text));
    assert!(nfkc.contains("café") && nfkc.contains("first"), "{nfkc}");
    let none = stdout_of(&run_with_stdin(&["--unicode", "none"], text));
    assert!(none.contains("cafe\u{301}"), "{none}");
}

#[test]
fn strip_bidi_removes_marks_from_right_to_left_text() {
    let text = "כותרת\n\nהמחיר\u{200f} הוא 20 שקלים לכל אחד מהם.\n";
    let kept = stdout_of(&run_with_stdin(&[], text));
    assert!(kept.contains('\u{200f}'), "{kept:?}");
    let stripped = stdout_of(&run_with_stdin(&["--strip-bidi"], text));
    assert!(!stripped.contains('\u{200f}'), "{stripped:?}");
    assert!(stripped.contains("המחיר הוא 20"), "{stripped:?}");
}

#[test]
fn language_hint_is_used_and_an_unknown_code_is_a_usage_error() {
    let out = stdout_of(&run_with_stdin(&["--json", "--language", "de"], GOOD));
    let record: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(record["language"], "de", "{record}");
    let bad = run_with_stdin(&["--language", "xx"], GOOD);
    assert_eq!(bad.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains("--language") && stderr.contains("en, "),
        "{stderr}"
    );
}

#[test]
fn input_says_what_a_text_holds_and_the_reading_is_on_record() {
    let page = format!("Home\nWorld\nSport\nCulture\nTravel\nStyle\n\n{GOOD}\nAbout\nContact\nJobs\nPrivacy\nTerms\n");
    let reading = |args: &[&str]| -> serde_json::Value {
        let mut args = args.to_vec();
        args.push("--json");
        let out = stdout_of(&run_with_stdin(&args, &page));
        let record: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        record["input"].clone()
    };
    assert_eq!(reading(&[])["decidedBy"], "detected");
    assert_eq!(reading(&["--input", "article"])["kind"], "article");
    assert_eq!(reading(&["--input", "page"])["kind"], "page");
    assert_eq!(reading(&["--input", "page"])["decidedBy"], "option");
    let explained = run_with_stdin(&["--explain", "--input", "page"], &page);
    assert!(
        String::from_utf8_lossy(&explained.stderr).contains("read as page (option)"),
        "{}",
        String::from_utf8_lossy(&explained.stderr)
    );
    let bad = run_with_stdin(&["--input", "html"], GOOD);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn remove_leaves_a_cleaner_out_and_names_an_unknown_one() {
    let text = format!("{GOOD}\nShare this article\n");
    let stages = |args: &[&str]| -> Vec<String> {
        let mut args = args.to_vec();
        args.push("--json");
        let out = stdout_of(&run_with_stdin(&args, &text));
        let record: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        let removals = record["removals"].as_array().cloned().unwrap_or_default();
        removals.iter().map(|r| r["stage"].to_string()).collect()
    };
    assert_eq!(stages(&[]), ["\"share-prompt\""]);
    // Without the cleaner, an article's text keeps the prompt: nothing else recognises it ...
    assert!(stages(&["--remove", "share-prompt"]).is_empty());
    // ... while in a text read as a page the body locator leaves it out of the article's prose.
    assert_eq!(
        stages(&["--remove", "share-prompt", "--input", "page"]),
        ["\"body-locator\""]
    );
    // Both left out (repeated flag, or names separated by a comma): the prompt is kept.
    for args in [
        &[
            "--remove",
            "share-prompt",
            "--remove",
            "body-locator",
            "--input",
            "page",
        ][..],
        &["--remove", "share-prompt,body-locator", "--input", "page"],
    ] {
        assert!(stages(args).is_empty(), "{args:?}");
        let kept = stdout_of(&run_with_stdin(args, &text));
        assert!(kept.contains("main span.\n\nShare this article"), "{kept}");
    }
    let bad = run_with_stdin(&["--remove", "no-such-cleaner"], GOOD);
    assert_eq!(bad.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains("--remove no-such-cleaner") && stderr.contains("share-prompt"),
        "{stderr}"
    );
}

#[test]
fn max_input_bytes_names_the_flag_and_the_real_size() {
    let dir = scratch("max-input");
    let (small, large) = (dir.join("small.txt"), dir.join("large.txt"));
    std::fs::write(&small, GOOD).unwrap();
    let big = GOOD.repeat(100);
    std::fs::write(&large, &big).unwrap();
    let limit = (GOOD.len() + 10).to_string();
    let out = run(&[
        "--max-input-bytes",
        &limit,
        small.to_str().unwrap(),
        large.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--max-input-bytes"), "{stderr}");
    assert!(stderr.contains(&format!("{} bytes", big.len())), "{stderr}");
    assert!(
        stderr.contains(&format!("limit of {limit} bytes")),
        "{stderr}"
    );
    assert!(!stderr.contains("PipelineBuilder"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("corroded cables"));
    // Standard input cannot tell its size in advance: it is over the limit.
    let out = run_with_stdin(&["--max-input-bytes", &limit], &big);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("--max-input-bytes") && stderr.contains(&format!("over {limit} bytes")),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn json_map_reads_gzipped_pages() {
    use std::io::Write;
    let dir = scratch("gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(GOOD_HTML.as_bytes()).unwrap();
    std::fs::write(dir.join("ferry.html.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(dir.join("bridge.txt"), GOOD).unwrap();
    let out = stdout_of(&run(&["--json-map", dir.to_str().unwrap()]));
    let map: serde_json::Value = serde_json::from_str(&out).unwrap();
    let body = map["ferry"]["articleBody"].as_str().unwrap_or_default();
    assert!(body.contains("repairs to the pier"), "{map}");
    assert!(map["bridge"]["articleBody"]
        .as_str()
        .unwrap_or_default()
        .contains("corroded cables"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_lists_every_flag() {
    let help = stdout_of(&run(&["--help"]));
    for flag in [
        "--json",
        "--format",
        "--explain",
        "--json-map",
        "--warc",
        "--output-dir",
        "--no-batch",
        "--jobs",
        "--house-style",
        "--apply",
        "--input",
        "--typography",
        "--unicode",
        "--strip-bidi",
        "--language",
        "--remove",
        "--max-input-bytes",
        "--links",
        "--images",
        "--formatting",
        "--no-tables",
        "--focus",
    ] {
        assert!(help.contains(flag), "{flag} missing from --help:\n{help}");
    }
}

#[test]
fn jobs_gives_the_same_output_for_files_and_warc() {
    let dir = scratch("jobs");
    let names: Vec<String> = (0..6)
        .map(|i| {
            let path = dir.join(format!("{i}.txt"));
            let text = if i % 2 == 0 { GOOD } else { OTHER };
            std::fs::write(&path, format!("{text}\nPage {i} of the paper\n")).unwrap();
            path.display().to_string()
        })
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let with = |jobs: &str| {
        let mut args = vec!["--jobs", jobs];
        args.extend(&names);
        stdout_of(&run(&args))
    };
    assert_eq!(with("1"), with("3"));
    if cfg!(feature = "warc") {
        let warc = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/warc/sample.warc.gz");
        let warc = warc.to_str().unwrap();
        let with = |jobs: &str| run(&["--jobs", jobs, "--warc", warc]).stdout;
        let one = with("1");
        assert!(!one.is_empty());
        assert_eq!(one, with("2"));
    }
    let bad = run(&["--jobs", "0", names[0]]);
    assert_eq!(bad.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn json_carries_the_spans_of_html_records_and_the_decoding() {
    let page = "<html><head><meta charset=utf-8><title>Ferry returns</title></head><body>\
                <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>\
                <p>The ferry to the island will run twice a day from Monday, the operator said, \
                after repairs to the pier were finished ahead of time.</p></article></body></html>";
    let out = stdout_of(&run_with_stdin(&["--json"], page));
    let record: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let decoding = &record["decoding"];
    assert_eq!(
        (
            &decoding["encoding"],
            &decoding["source"],
            &decoding["hadErrors"]
        ),
        (&"UTF-8".into(), &"meta".into(), &false.into()),
        "{record}"
    );
    let span_text = |v: &serde_json::Value| {
        let (start, end) = (v[0].as_u64().unwrap(), v[1].as_u64().unwrap());
        page[start as usize..end as usize].to_string()
    };
    let nav = record["removals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["text"] == "Home News")
        .unwrap_or_else(|| panic!("{record}"));
    assert_eq!(span_text(&nav["span"]), "Home</a> <a href=\"/news\">News");
    let block = &record["blocks"][0];
    assert!(span_text(&block["span"]).starts_with("The ferry to the island"));
}

/// A page with a link, an image, bold and italic text, a data table and a trailing line of links.
const MARKUP_HTML: &str = "<html><head><title>Budget passes</title></head><body><article>\
    <p>The council <a href=\"https://example.com/budget\">approved the budget</a> on <b>Monday</b>, \
    after a <i>long</i> debate that ran late into the night and beyond.</p>\
    <figure><img src=\"hall.jpg\" alt=\"The hall\"><figcaption>The town hall.</figcaption></figure>\
    <p>Critics said the plan would raise taxes for every household in the city, and promised to fight it.</p>\
    <table><tr><th>Party</th><th>Seats</th></tr><tr><td>Blue</td><td>41</td></tr></table>\
    <p><a href=\"/a\">Floods close roads</a> <a href=\"/b\">Schools shut for the day</a></p>\
    </article></body></html>";

/// `MARKUP_HTML` in a scratch file, for flags that need an `.html` name.
fn markup_page(name: &str) -> (PathBuf, String) {
    let dir = scratch(name);
    let page = dir.join("budget.html");
    std::fs::write(&page, MARKUP_HTML).unwrap();
    let path = page.display().to_string();
    (dir, path)
}

#[test]
fn links_images_and_formatting_are_kept_in_markdown_and_json_only_when_asked() {
    let (dir, page) = markup_page("markup");
    let plain = stdout_of(&run(&["--format", "markdown", &page]));
    assert!(
        plain.contains("The council approved the budget on Monday, after a long debate"),
        "{plain}"
    );
    assert!(!plain.contains("](") && !plain.contains("**"), "{plain}");

    let links = stdout_of(&run(&["--format", "markdown", "--links", &page]));
    assert!(
        links.contains("The council [approved the budget](https://example.com/budget) on Monday"),
        "{links}"
    );
    assert!(!links.contains("![") && !links.contains("**"), "{links}");
    let images = stdout_of(&run(&["--format", "markdown", "--images", &page]));
    assert!(
        images.contains("![The hall](hall.jpg)\n\n*The town hall.*"),
        "{images}"
    );
    assert!(!images.contains("[approved"), "{images}");
    let formatting = stdout_of(&run(&["--format", "markdown", "--formatting", &page]));
    assert!(
        formatting.contains("on **Monday**, after a *long* debate"),
        "{formatting}"
    );
    assert!(!formatting.contains("]("), "{formatting}");

    // The text is the same with markup kept: text output and the JSON body do not change.
    let text = stdout_of(&run(&[&page]));
    assert_eq!(
        text,
        stdout_of(&run(&["--links", "--images", "--formatting", &page]))
    );
    let json = |args: &[&str]| -> serde_json::Value {
        let mut all = vec!["--json"];
        all.extend(args);
        all.push(&page);
        serde_json::from_str(stdout_of(&run(&all)).trim()).unwrap()
    };
    let bare = json(&[]);
    let marked = json(&["--links", "--formatting"]);
    assert_eq!(bare["articleBody"], marked["articleBody"]);
    assert!(bare["blocks"][0].get("inlines").is_none(), "{bare}");
    let inlines = marked["blocks"][0]["inlines"].as_array().unwrap();
    let types: Vec<&str> = inlines
        .iter()
        .map(|i| i["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["link", "bold", "italic"], "{marked}");
    assert_eq!(inlines[0]["href"], "https://example.com/budget");
    assert_eq!(inlines[0]["text"], "approved the budget");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_link_or_two_in_markdown_syntax_stay_plain_text() {
    let text = "Notes\n\nSee [the report](https://example.com/r) and **read it** before Monday's meeting.\n";
    let out = stdout_of(&run_with_stdin(
        &["--format", "markdown", "--links", "--formatting"],
        text,
    ));
    assert!(
        out.contains("See [the report](https://example.com/r) and **read it** before"),
        "{out}"
    );
    let record: serde_json::Value =
        serde_json::from_str(stdout_of(&run_with_stdin(&["--json", "--links"], text)).trim())
            .unwrap();
    assert!(record["blocks"][0].get("inlines").is_none(), "{record}");
}

#[test]
fn text_written_in_markdown_has_its_links_read_as_links() {
    let menu: String = ["Home", "News", "Sport", "Weather", "Culture"]
        .iter()
        .map(|e| format!("* [{e}](https://example.com/{})\n", e.to_lowercase()))
        .collect();
    let text = format!(
        "Notes\n\n{menu}\nSee [the report](https://example.com/r) and **read it** before Monday's meeting.\n"
    );
    // The link is the block's markup: Markdown output writes it again, plain text has its text.
    let out = stdout_of(&run_with_stdin(
        &["--format", "markdown", "--links", "--formatting"],
        &text,
    ));
    assert!(
        out.contains("See [the report](https://example.com/r) and **read it** before"),
        "{out}"
    );
    let plain = stdout_of(&run_with_stdin(&[], &text));
    assert!(
        plain.contains("See the report and **read it** before"),
        "{plain}"
    );
    let record: serde_json::Value =
        serde_json::from_str(stdout_of(&run_with_stdin(&["--json", "--links"], &text)).trim())
            .unwrap();
    let blocks = record["blocks"].as_array().unwrap();
    let paragraph = blocks
        .iter()
        .find(|b| b["text"].as_str().unwrap().starts_with("See the report"))
        .expect("the paragraph");
    assert_eq!(paragraph["inlines"][0]["href"], "https://example.com/r");
    assert_eq!(paragraph["inlines"][0]["text"], "the report");
    // What was read is on record, each block as it stood before.
    let changes = record["changes"].as_array().unwrap();
    assert!(changes.iter().any(|c| c["stage"] == "markdown-links"
        && c["from"]
            .as_str()
            .unwrap()
            .contains("(https://example.com/r)")));
}

#[test]
fn no_tables_leaves_data_tables_out_on_record() {
    let (dir, page) = markup_page("tables");
    let with = stdout_of(&run(&["--format", "markdown", &page]));
    assert!(
        with.contains("| Party | Seats |\n| --- | --- |\n| Blue | 41 |"),
        "{with}"
    );
    let without = stdout_of(&run(&["--format", "markdown", "--no-tables", &page]));
    assert!(
        !without.contains("Party") && !without.contains("41"),
        "{without}"
    );
    assert!(without.contains("Critics said the plan"), "{without}");
    let record: serde_json::Value =
        serde_json::from_str(stdout_of(&run(&["--json", "--no-tables", &page])).trim()).unwrap();
    let tables: Vec<&str> = record["removals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["stage"] == "tables")
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    assert_eq!(tables, ["| Party | Seats |", "| Blue | 41 |"], "{record}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn focus_precision_drops_edge_links_and_recall_keeps_doubtful_boxes() {
    let (dir, page) = markup_page("focus");
    let balanced = stdout_of(&run(&[&page]));
    assert!(balanced.contains("Floods close roads"), "{balanced}");
    let precise = stdout_of(&run(&["--focus", "precision", &page]));
    assert!(!precise.contains("Floods close roads"), "{precise}");
    assert!(precise.contains("Critics said the plan"), "{precise}");
    let explained = run(&["--focus", "precision", "--explain", &page]);
    let stderr = String::from_utf8_lossy(&explained.stderr);
    assert!(
        stderr.contains(
            "[edge-links] mostly link text: \"Floods close roads Schools shut for the day\""
        ),
        "{stderr}"
    );

    // A box of short lines and links inside the article: judged doubtful and dropped by default,
    // kept under recall.
    let boxed = dir.join("boxed.html");
    std::fs::write(
        &boxed,
        "<html><head><title>Harbour bridge reopens</title></head><body><article>\
         <p>The harbour bridge reopened to traffic on Monday morning, three weeks after inspectors \
         found corroded cables under the main span.</p>\
         <div class=\"box\"><p>Crews worked in shifts.</p><ul><li><a href=\"/a\">Cables</a></li>\
         <li><a href=\"/b\">Span</a></li><li><a href=\"/c\">Tolls</a></li></ul></div>\
         <p>Engineers said the new cables would last forty years, and that the toll would not rise \
         to pay for them this year.</p></article></body></html>",
    )
    .unwrap();
    let boxed = boxed.to_str().unwrap();
    let balanced = stdout_of(&run(&[boxed]));
    assert!(!balanced.contains("Crews worked in shifts."), "{balanced}");
    let recall = stdout_of(&run(&["--focus", "recall", boxed]));
    assert!(
        recall.contains("Crews worked in shifts.\n\nCables\n\nSpan\n\nTolls"),
        "{recall}"
    );
    assert!(recall.contains("Engineers said"), "{recall}");
    let bad = run(&["--focus", "strict", boxed]);
    assert_eq!(bad.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn one_json_schema_for_json_json_map_and_the_library() {
    let (dir, page) = markup_page("schema");
    let record: serde_json::Value =
        serde_json::from_str(stdout_of(&run(&["--json", &page])).trim()).unwrap();
    assert_eq!(record["schemaVersion"], 1);
    assert_eq!(record["file"], page.as_str());
    assert_eq!(record["blocks"][0]["kind"], "paragraph");
    assert_eq!(record["title"], "Budget passes");
    for field in [
        "articleBody",
        "canonicalUrl",
        "pageType",
        "sources",
        "removals",
        "changes",
        "text",
    ] {
        assert!(record.get(field).is_some(), "{field} missing: {record}");
    }
    // The library's record is the same, less the file name.
    let article = copydesk::Pipeline::default()
        .clean_bytes(MARKUP_HTML.as_bytes(), Some("text/html"))
        .unwrap();
    let mut library = article.to_json(copydesk::Markup::default());
    library["file"] = record["file"].clone();
    assert_eq!(library, record);
    // --json-map entries are the summary: the same names.
    let map: serde_json::Value =
        serde_json::from_str(stdout_of(&run(&["--json-map", dir.to_str().unwrap()])).trim())
            .unwrap();
    let entry = &map["budget"];
    assert_eq!(entry["articleBody"], record["articleBody"]);
    assert_eq!(entry["schemaVersion"], 1);
    assert_eq!(entry, &article.to_json_summary());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn discovered_spellings_are_listed_and_applied_only_with_apply() {
    let dir = scratch("apply");
    let reports = [
        ("one", "Vassily Nebenzia"),
        ("two", "Vasily Nebenzya"),
        ("three", "Vassily Nebenzia"),
    ];
    let files: Vec<String> = reports
        .iter()
        .enumerate()
        .map(|(n, (name, spelling))| {
            let path = dir.join(format!("{name}.txt"));
            std::fs::write(
                &path,
                format!(
                    "Report {n}\n\nOn Monday reporters said that {spelling} had spoken at length \
                     about the plan.\n"
                ),
            )
            .unwrap();
            path.display().to_string()
        })
        .collect();
    let mut args = vec!["--house-style", "discover"];
    args.extend(files.iter().map(String::as_str));
    let listed = run(&args);
    let listed_out = stdout_of(&listed);
    assert!(listed_out.contains("Vasily Nebenzya"), "{listed_out}");
    assert!(
        String::from_utf8_lossy(&listed.stderr).contains("Vassily Nebenzia"),
        "the proposal is listed on stderr"
    );
    args.insert(2, "--apply");
    let applied = stdout_of(&run(&args));
    assert!(!applied.contains("Vasily Nebenzya"), "{applied}");
    assert_eq!(applied.matches("Vassily Nebenzia").count(), 3, "{applied}");
    let _ = std::fs::remove_dir_all(&dir);
}
