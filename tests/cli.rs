//! The example binary on broken input: a broken file gives a one-line message on stderr and exit
//! status 1, and the other files of the batch are still cleaned.
//!
//! `cargo test` builds the examples beside the test binaries (`target/PROFILE/examples/copydesk`); when
//! the binary is not there (a run filtered to this test alone), it is built with the cargo that runs
//! the tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Once;

/// The built example binary.
fn binary() -> PathBuf {
    static BUILD: Once = Once::new();
    let exe = std::env::current_exe().expect("the test binary's path");
    // target/PROFILE/deps/cli-HASH → target/PROFILE/examples/copydesk
    let profile_dir = exe.parent().and_then(Path::parent).expect("target/PROFILE");
    let path = profile_dir
        .join("examples")
        .join(format!("copydesk{}", std::env::consts::EXE_SUFFIX));
    BUILD.call_once(|| {
        if !path.is_file() {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let release = profile_dir.ends_with("release");
            let mut build = Command::new(cargo);
            build
                .args(["build", "--example", "copydesk"])
                .current_dir(env!("CARGO_MANIFEST_DIR"));
            if release {
                build.arg("--release");
            }
            let status = build.status().expect("cargo runs");
            assert!(status.success(), "cargo build --example copydesk failed");
        }
    });
    assert!(path.is_file(), "{} was not built", path.display());
    path
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
