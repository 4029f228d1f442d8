//! The guess made from inverted indexes is whatlang's guess: the same language and the same confidence,
//! for every allowlist copydesk uses, on real text in many scripts and on text built to be ambiguous.

use super::guess::guess;
use super::{Allowed, LISTED};
use std::path::Path;
use whatlang::Lang;

/// whatlang's own answer, as a `(language, confidence)` pair.
fn whatlangs(text: &str, allowed: &Allowed<'_>) -> Option<(Lang, f64)> {
    let info = allowed.whatlang_detector().detect(text)?;
    Some((info.lang(), info.confidence()))
}

/// Asserts that both detectors agree on `text`: same confidence, and the same language wherever the
/// confidence is not zero (a tie for the best score, where either language may come first, has none).
fn assert_same(text: &str, allowed: &Allowed<'_>) {
    let theirs = whatlangs(text, allowed);
    let ours = guess(text, allowed).map(|g| (g.lang, g.confidence));
    match (theirs, ours) {
        (None, None) => {}
        (Some((_, a)), None) | (None, Some((_, a))) if a.is_nan() || a == 0.0 => {}
        (Some((lang_a, a)), Some((lang_b, b))) => {
            if a.is_nan() || (a == 0.0 && b == 0.0) {
                assert!(b.is_nan() || b == 0.0, "{text:?}: whatlang {a}, ours {b}");
                return;
            }
            assert_eq!((lang_a, a), (lang_b, b), "{text:?} ({allowed:?})");
        }
        (a, b) => panic!("{text:?} ({allowed:?}): whatlang {a:?}, ours {b:?}"),
    }
}

/// The allowlists detection uses: none, the listed languages, the listed ones and a declared one, and
/// a single language.
fn allowlists() -> Vec<Vec<Lang>> {
    let mut with_czech = LISTED.clone();
    with_czech.push(Lang::Ces);
    vec![
        LISTED.clone(),
        with_czech,
        vec![Lang::Eng],
        vec![Lang::Rus, Lang::Ukr],
    ]
}

fn assert_same_for_every_allowlist(text: &str) {
    assert_same(text, &Allowed::All);
    for list in allowlists() {
        assert_same(text, &Allowed::Only(&list));
    }
}

/// Windows of `text` as detection samples them: up to 1,024 bytes, at several starts and lengths.
fn windows(text: &str) -> impl Iterator<Item = &str> {
    const LENGTHS: [usize; 3] = [40, 200, 1024];
    (0..text.len())
        .step_by(700)
        .flat_map(|start| LENGTHS.map(|n| (start, start + n)))
        .filter_map(move |(start, end)| {
            let (mut start, mut end) = (start, end.min(text.len()));
            while !text.is_char_boundary(start) {
                start += 1;
            }
            while end > start && !text.is_char_boundary(end) {
                end -= 1;
            }
            (start < end).then(|| &text[start..end])
        })
}

/// The texts of a directory tree whose names end in one of `suffixes`.
fn texts_under(dir: &Path, suffixes: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            let name = path.to_string_lossy();
            if path.is_dir() {
                stack.push(path);
            } else if suffixes.iter().any(|s| name.ends_with(s)) {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    found.push(text);
                }
            }
        }
    }
    found
}

#[test]
fn agrees_with_whatlang_on_the_shipped_texts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let texts = texts_under(&root, &[".txt", ".html"]);
    assert!(texts.len() > 20, "{} texts", texts.len());
    for text in &texts {
        for window in windows(text) {
            assert_same_for_every_allowlist(window);
        }
    }
}

#[test]
fn agrees_with_whatlang_on_the_multilingual_dev_pages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/multilingual-dev/pages");
    if !dir.is_dir() {
        // CI sets COPYDESK_REQUIRE_CORPUS=1: there a missing corpus fails instead of skipping.
        let required = std::env::var_os("COPYDESK_REQUIRE_CORPUS").is_some_and(|v| v == "1");
        assert!(
            !required,
            "COPYDESK_REQUIRE_CORPUS=1 but {} is absent",
            dir.display()
        );
        eprintln!("skipped: {} is absent", dir.display());
        return;
    }
    for text in texts_under(&dir, &[".html"]) {
        for window in windows(&text).step_by(3) {
            assert_same(window, &Allowed::All);
            assert_same(window, &Allowed::Only(&LISTED));
        }
    }
}

#[test]
fn agrees_with_whatlang_on_short_and_odd_texts() {
    for text in [
        "",
        " ",
        "a",
        "A.",
        "-a-",
        "yes",
        "12:45",
        "ß",
        "İstanbul",
        "Ǆemal",
        "ǅ",
        "·",
        "ə̇",
        "x y z",
        "Give - IT...",
        "hello",
        "привет",
        "שלום",
        "नमस्ते",
        "مرحبا",
        "東京",
        "ひらがな",
        "Ελλάδα",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "the the the the",
        "die die die",
        "de de de de",
    ] {
        assert_same_for_every_allowlist(text);
    }
}

/// Pieces of words from several languages of each shared script, and characters detection treats
/// specially (stop characters, upper case, combining marks), for texts near the line between languages.
const PIECES: [&str; 40] = [
    "the ",
    "and ",
    "der ",
    "und ",
    "de ",
    "la ",
    "que ",
    "och ",
    "og ",
    "het ",
    "van ",
    "je ",
    "na ",
    "ić ",
    "ção ",
    "ñ",
    "ß",
    "ø",
    "å",
    "ı",
    "ş",
    "ə̇",
    "и ",
    "в ",
    "не ",
    "є ",
    "ї",
    "ў",
    "ђ",
    "ѓ",
    "في ",
    "است ",
    "کے ",
    "है ",
    "आहे ",
    "של ",
    "פֿון ",
    ", ",
    "9 ",
    "A",
];

proptest::proptest! {
    #[test]
    fn agrees_with_whatlang_on_mixed_pieces(picks in proptest::collection::vec(0..PIECES.len(), 1..80)) {
        let text: String = picks.iter().map(|&k| PIECES[k]).collect();
        assert_same_for_every_allowlist(&text);
    }

    #[test]
    fn agrees_with_whatlang_on_runs_of_one_script(
        script in 0..2usize,
        picks in proptest::collection::vec(0..24usize, 1..60),
    ) {
        let pieces: &[&str] = if script == 0 {
            &["the ", "and ", "der ", "und ", "de ", "la ", "que ", "och ", "og ", "het ", "van ", "je ",
              "na ", "ić ", "ção ", "ñ", "ß", "ø", "å", "ı", "ş", "ü", "é", "ł"]
        } else {
            &["и ", "в ", "не ", "на ", "є ", "ї", "ў", "ђ", "ѓ", "що ", "што ", "это ", "је ", "от ",
              "да ", "ы", "э", "ё", "ъ", "і", "ґ", "љ", "њ", "ќ"]
        };
        let text: String = picks.iter().map(|&k| pieces[k % pieces.len()]).collect();
        assert_same_for_every_allowlist(&text);
    }
}
