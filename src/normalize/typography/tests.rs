use super::*;
use crate::phrases::Lang;

fn run_in(mode: Typography, kind: BlockKind, lang: Option<Lang>, text: &str) -> String {
    let mut out = text.to_string();
    let cx = NormalizeContext::new(kind, lang);
    super::super::apply(
        &TypographyNormalizer::new(mode),
        &mut out,
        &cx,
        Some(0),
        &mut Vec::new(),
    );
    out
}

fn smart(lang: Option<Lang>, text: &str) -> String {
    run_in(Typography::Smart, BlockKind::Paragraph, lang, text)
}

fn plain(text: &str) -> String {
    run_in(Typography::Plain, BlockKind::Paragraph, None, text)
}

#[test]
fn english_quotes_apostrophes_dashes_ellipsis() {
    assert_eq!(
        smart(
            Some(Lang::En),
            "\"It's 'fine',\" she said - and left... Well--maybe."
        ),
        "“It’s ‘fine’,” she said – and left… Well—maybe."
    );
    assert_eq!(
        smart(None, "the students' essays -- all of them"),
        "the students’ essays – all of them"
    );
}

#[test]
fn quotes_follow_the_language() {
    assert_eq!(
        smart(Some(Lang::De), "Er sagte: \"Nein\"."),
        "Er sagte: „Nein“."
    );
    assert_eq!(
        smart(Some(Lang::Fr), "Il a dit \"non\" hier."),
        "Il a dit « non » hier."
    );
    assert_eq!(smart(Some(Lang::Fr), "l'homme"), "l’homme");
    assert_eq!(
        smart(Some(Lang::Ru), "Он сказал \"нет\" - и ушёл."),
        "Он сказал «нет» — и ушёл."
    );
    assert_eq!(smart(Some(Lang::Uk), "\"Київ\""), "«Київ»");
    assert_eq!(smart(Some(Lang::Pl), "\"Tak\""), "„Tak”");
    assert_eq!(
        smart(Some(Lang::Ja), "彼は\"はい\"と言った"),
        "彼は\"はい\"と言った"
            .replace("\"は", "「は")
            .replace("い\"", "い」")
    );
}

#[test]
fn numbers_are_left_alone() {
    let text = "From 1990-1995 pi was 3.14 and he was 11 - 4 = 7; 1...9";
    assert_eq!(smart(Some(Lang::En), text), text);
}

#[test]
fn a_foot_or_inch_mark_takes_the_closing_marks_where_they_are_right_ones() {
    // Publishers writing curly quotes write 5’11” and a 24” screen; the marks stay closing marks when
    // a quotation follows.
    assert_eq!(
        smart(
            Some(Lang::En),
            "He is 5'11\" tall, with a 24\" screen and a 3' shelf. \"Tall,\" he said."
        ),
        "He is 5’11” tall, with a 24” screen and a 3’ shelf. “Tall,” he said."
    );
    // A quotation that ends in a number still closes with the language's marks.
    assert_eq!(
        smart(Some(Lang::En), "She said 'take 3' and \"call 911\" twice."),
        "She said ‘take 3’ and “call 911” twice."
    );
    // Where the closing marks are others (German „ “, French « »), a mark after a digit stays straight.
    for lang in [Lang::De, Lang::Fr] {
        let text = "Ein 24\" Bildschirm, 6'2\" gross.";
        assert_eq!(smart(Some(lang), text), text, "{lang:?}");
    }
}

#[test]
fn a_quoted_number_still_closes() {
    assert_eq!(
        smart(Some(Lang::En), "the year \"1990\" came"),
        "the year “1990” came"
    );
}

#[test]
fn urls_emails_and_code_are_left_alone() {
    let text = "See https://example.com/a--b/it's...x or mail \"j.o'neil@example.org\" or `x -- y`";
    assert_eq!(
        smart(Some(Lang::En), text),
        "See https://example.com/a--b/it's...x or mail “j.o'neil@example.org” or `x -- y`"
    );
    let code = "echo \"hi\" -- it's...";
    assert_eq!(
        run_in(Typography::Smart, BlockKind::Preformatted, None, code),
        code
    );
}

#[test]
fn code_in_running_text_is_left_alone() {
    let text = "Call document.getElementById('count').style.display = 'inline' to show it.";
    assert_eq!(smart(Some(Lang::En), text), text);
    assert_eq!(
        smart(Some(Lang::En), "set x = \"on\" and then: \"off\", he said"),
        "set x = \"on\" and then: “off”, he said"
    );
}

#[test]
fn list_markers_and_hyphenated_words_stay() {
    let text = "- first item and a well-known fact";
    assert_eq!(smart(Some(Lang::En), text), text);
    assert_eq!(smart(Some(Lang::En), "a --- b"), "a --- b");
}

#[test]
fn non_latin_text_without_punctuation_is_untouched() {
    for text in [
        "東京で会議が開かれた。",
        "שלום עולם",
        "नमस्ते दुनिया",
        "مرحبا بالعالم",
        "👩\u{200d}💻",
    ] {
        assert_eq!(smart(None, text), text);
        assert_eq!(plain(text), text);
    }
}

#[test]
fn plain_reverses_to_ascii() {
    assert_eq!(
        plain("“It’s ‘fine’,” she said – and left… Well—maybe."),
        "\"It's 'fine',\" she said - and left... Well--maybe."
    );
    assert_eq!(plain("Il a dit « non » hier."), "Il a dit \"non\" hier.");
    assert_eq!(plain("Er sagte „Nein“ — so."), "Er sagte \"Nein\" - so.");
    assert_eq!(plain("彼は「はい」と言った"), "彼は「はい」と言った");
}

#[test]
fn off_does_nothing() {
    let text = "\"a\" -- b...";
    assert_eq!(
        run_in(Typography::Off, BlockKind::Paragraph, None, text),
        text
    );
}

#[test]
fn smart_and_plain_are_idempotent() {
    let texts = [
        "\"It's 'fine',\" she said - and left... Well--maybe. 5'11\" and 1990-1995.",
        "Il a dit \"non\" - puis \"oui\".",
        "Он сказал \"нет\" -- и ушёл...",
        "“Already” smart ‘text’ – here…",
        "He said \" and then ' and 12\" and \"x",
        // A single quote closing after punctuation, right before a closing double quote.
        "\"He wrote 'no comment:'\" and left.",
        "\":'\"",
        // A closing inner mark glued between letters, then a single quote after punctuation.
        "\u{a0}«\"a\"a,'-",
    ];
    for lang in [
        None,
        Some(Lang::En),
        Some(Lang::De),
        Some(Lang::Fr),
        Some(Lang::Ru),
        Some(Lang::Ja),
    ] {
        for text in texts {
            let once = smart(lang, text);
            assert_eq!(smart(lang, &once), once, "{lang:?} {text:?}");
            let flat = plain(text);
            assert_eq!(plain(&flat), flat, "{text:?}");
        }
    }
}

#[test]
fn curled_single_quotes_keep_the_state_a_straight_one_would_set() {
    for lang in [Some(Lang::En), Some(Lang::De), Some(Lang::Fr), None] {
        for text in ["9('Z)''", "'a' 'b'", "it's 'x'' y", "('Z)’'", "‘a’'"] {
            let once = smart(lang, text);
            assert_eq!(smart(lang, &once), once, "{lang:?} {text:?}");
        }
    }
}

#[test]
fn french_quotes_with_spaces_close_before_punctuation() {
    assert_eq!(
        smart(
            Some(Lang::Fr),
            "Il a dit \" bonjour à tous \", puis il est parti."
        ),
        "Il a dit « bonjour à tous », puis il est parti."
    );
    assert_eq!(
        smart(
            Some(Lang::Fr),
            "Il a dit \"bonjour à tous\". Puis \"adieu\" !"
        ),
        "Il a dit « bonjour à tous ». Puis « adieu » !"
    );
    assert_eq!(
        smart(Some(Lang::Ru), "Он сказал \"привет всем\", и ушёл."),
        "Он сказал «привет всем», и ушёл."
    );
}

#[test]
fn nested_quotes_follow_the_language() {
    assert_eq!(
        smart(Some(Lang::De), "Er sagte: \"Sie rief 'Halt'.\""),
        "Er sagte: „Sie rief ‚Halt‘.“"
    );
    assert_eq!(
        smart(Some(Lang::Ru), "Он сказал: \"Она крикнула 'стой'.\""),
        "Он сказал: «Она крикнула „стой“.»"
    );
}

#[test]
fn json_in_running_text_is_not_curled() {
    let text = "Send {\"name\": \"Ann\", \"id\": 1} to the API.";
    assert_eq!(smart(Some(Lang::En), text), text);
}

#[test]
fn a_quote_closing_after_a_url_is_paired() {
    assert_eq!(
        smart(
            Some(Lang::En),
            "See \"https://example.com/a?b=c\" for more."
        ),
        "See “https://example.com/a?b=c” for more."
    );
}

#[test]
fn leading_apostrophes_are_apostrophes() {
    assert_eq!(
        smart(
            Some(Lang::En),
            "Let 'em in: rock 'n' roll since the '90s, 'tis true."
        ),
        "Let ’em in: rock ’n’ roll since the ’90s, ’tis true."
    );
    // A quoted word that merely starts like one is still a quotation.
    assert_eq!(
        smart(Some(Lang::En), "the word 'nice' here"),
        "the word ‘nice’ here"
    );
}

#[test]
fn new_rules_are_idempotent() {
    for (lang, text) in [
        (Lang::Fr, "Il a dit \" bonjour à tous \", puis \"adieu\"."),
        (Lang::En, "Let 'em in: rock 'n' roll since the '90s."),
        (Lang::En, "See \"https://example.com/a\" and {\"a\": 1}."),
    ] {
        let once = smart(Some(lang), text);
        assert_eq!(smart(Some(lang), &once), once, "{text}");
    }
}

#[test]
fn an_empty_french_quotation_is_idempotent() {
    let once = smart(Some(Lang::Fr), "\"\".");
    assert_eq!(once, "« ».");
    assert_eq!(smart(Some(Lang::Fr), &once), once);
}

#[test]
fn straight_quotes_inside_guillemet_quotations_nest() {
    assert_eq!(
        smart(
            Some(Lang::Fr),
            "Il dit : \"Macron se dit \"calme\" ce soir\"."
        ),
        "Il dit : « Macron se dit “calme” ce soir »."
    );
    assert_eq!(
        smart(Some(Lang::Ru), "Он сказал: \"Это \"Мир\" и всё\"."),
        "Он сказал: «Это „Мир“ и всё»."
    );
}

#[test]
fn a_quotation_broken_off_by_a_dash_closes() {
    assert_eq!(
        smart(Some(Lang::En), "\"What the--\" I spun around."),
        "“What the--” I spun around."
    );
}

fn smart_tagged(tag: &str, text: &str) -> String {
    let mut out = text.to_string();
    let cx = NormalizeContext::new(BlockKind::Paragraph, Lang::from_code(tag)).with_tag(Some(tag));
    super::super::apply(
        &TypographyNormalizer::new(Typography::Smart),
        &mut out,
        &cx,
        Some(0),
        &mut Vec::new(),
    );
    out
}

#[test]
fn swiss_german_and_french_close_their_guillemets_up() {
    assert_eq!(
        smart_tagged("de-CH", "Er sagte: \"Nein, 'vielleicht' morgen\"."),
        "Er sagte: «Nein, ‹vielleicht› morgen»."
    );
    assert_eq!(
        smart_tagged("fr-CH", "Il a dit \"non\", puis \"peut-être\"."),
        "Il a dit «non», puis «peut-être»."
    );
    // A straight quotation inside a guillemet one nests with single guillemets.
    assert_eq!(
        smart_tagged("de_ch", "«Er rief \"Halt\" und lief»"),
        "«Er rief ‹Halt› und lief»"
    );
    assert_eq!(smart_tagged("de-LI", "\"Ja\""), "«Ja»");
    // Other regions keep their language's marks.
    assert_eq!(smart_tagged("de-AT", "\"Ja\""), "„Ja“");
    assert_eq!(smart_tagged("fr-FR", "\"oui\""), "« oui »");
    assert_eq!(smart_tagged("it-CH", "\"sì\""), "«sì»");
}

#[test]
fn swiss_marks_are_idempotent_and_plain_reverses_them() {
    for text in [
        "Er sagte: \"Nein, 'vielleicht' morgen\" - oder nicht...",
        "\"Il a dit \"non\" hier\", dit-elle.",
    ] {
        for tag in ["de-CH", "fr-CH"] {
            let once = smart_tagged(tag, text);
            assert_eq!(smart_tagged(tag, &once), once, "{tag}: {text}");
        }
    }
    assert_eq!(plain("«Nein, ‹vielleicht›»"), "\"Nein, 'vielleicht'\"");
}

#[test]
fn a_numeral_s_takes_an_apostrophe() {
    assert_eq!(
        smart(
            Some(Lang::En),
            "1984's album, the 1980's and version 3's speed; 5'11\" tall"
        ),
        "1984’s album, the 1980’s and version 3’s speed; 5’11” tall"
    );
}

#[test]
fn a_single_quote_after_closing_punctuation_closes() {
    // A quotation opened in an earlier paragraph ends in this one.
    assert_eq!(
        smart(
            Some(Lang::En),
            "cutting the rate,' he says. 'Yes!' she said."
        ),
        "cutting the rate,’ he says. ‘Yes!’ she said."
    );
    assert_eq!(
        smart(Some(Lang::De), "die Rate senken!' sagt er."),
        "die Rate senken!‘ sagt er."
    );
    // An apostrophe after a letter before a comma is still one.
    assert_eq!(
        smart(Some(Lang::En), "the students', and the teachers' essays"),
        "the students’, and the teachers’ essays"
    );
}

#[test]
fn a_quotation_may_open_with_a_digit_or_after_an_ellipsis() {
    assert_eq!(
        smart(Some(Lang::En), "I said, '11 weeks!' and left."),
        "I said, ‘11 weeks!’ and left."
    );
    assert_eq!(
        smart(Some(Lang::En), "the class of '11 and the 'in' crowd"),
        "the class of ’11 and the ‘in’ crowd"
    );
    assert_eq!(
        smart(Some(Lang::En), "energises '1L0v3!' with breaks"),
        "energises ‘1L0v3!’ with breaks"
    );
    assert_eq!(
        smart(Some(Lang::En), "preferable...'green,' 'organic'"),
        "preferable…‘green,’ ‘organic’"
    );
}

#[test]
fn german_elisions_take_an_apostrophe() {
    assert_eq!(
        smart(
            Some(Lang::De),
            "\"Cool, 'ne Frau und 'nen Hund\", sagte er."
        ),
        "„Cool, ’ne Frau und ’nen Hund“, sagte er."
    );
}

#[test]
fn the_new_apostrophe_and_closing_rules_are_idempotent() {
    for (lang, text) in [
        (
            Lang::En,
            "I said, '11 weeks!' and the 1980's, 'em...'green,' he says.",
        ),
        (Lang::De, "die Rate senken!' sagt er, 'ne Frau."),
        (Lang::Fr, "Il dit, 'oui,' puis \"non...\"."),
    ] {
        let once = smart(Some(lang), text);
        assert_eq!(smart(Some(lang), &once), once, "{text}");
    }
}

#[test]
fn single_quotes_around_a_url_or_an_address_pair() {
    assert_eq!(
        smart(
            Some(Lang::En),
            "see 'https://example.com/a' and 'www.example.org', or 'jo@example.com'."
        ),
        "see ‘https://example.com/a’ and ‘www.example.org’, or ‘jo@example.com’."
    );
    // An apostrophe inside an address or a URL stays as written.
    assert_eq!(
        smart(
            Some(Lang::En),
            "mail o'brien@example.com or https://x.org/o'brien now"
        ),
        "mail o'brien@example.com or https://x.org/o'brien now"
    );
}

#[test]
fn no_mark_is_written_where_it_would_make_mojibake() {
    // After a mojibake lead a curly quote, a dash or an ellipsis would read as one letter ("Ã’" is
    // "Ò"): the straight marks stay, and the rest of the text is set as ever.
    assert_eq!(smart(None, "word Ã' and 'it'"), "word Ã' and ‘it’");
    assert_eq!(smart(None, "Ã-- then... and Ã..."), "Ã-- then… and Ã...");
    assert_eq!(smart(None, "â€' is not curled"), "â€' is not curled");
    // The mojibake normalizer, run before typography, finds nothing to repair in what it wrote.
    let cx = NormalizeContext::new(BlockKind::Paragraph, Some(Lang::Fr));
    for text in ["Il dit \"oui\" et Ã\"non\"", "Ã'", "â€\"x\"", "Å--", "Â..."] {
        let set = smart(Some(Lang::Fr), text);
        let repairs = crate::normalize::MojibakeNormalizer.edits(&set, &cx);
        assert!(repairs.is_empty(), "{text:?} -> {set:?}");
    }
}

#[test]
fn a_mark_after_a_letter_that_leads_no_mojibake_is_set() {
    assert_eq!(smart(None, "the café's menu"), "the café’s menu");
    assert_eq!(smart(None, "ÃO'"), "ÃO’");
}
