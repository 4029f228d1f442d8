use super::table::{self, BUILTIN_FILES};
use super::*;
use crate::block::Block;
use crate::Article;

fn apply(spelling: &HouseSpelling, text: &str) -> (String, Vec<crate::Change>) {
    let mut out = text.to_string();
    let mut changes = Vec::new();
    // English: the language gate has its own test.
    let cx = NormalizeContext::new(BlockKind::Paragraph, Some(crate::phrases::Lang::En));
    super::super::apply(spelling, &mut out, &cx, Some(0), &mut changes);
    (out, changes)
}

fn ap(text: &str) -> String {
    apply(
        &HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Ap).unwrap(),
        text,
    )
    .0
}

fn bgn(text: &str) -> String {
    apply(
        &HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Bgn).unwrap(),
        text,
    )
    .0
}

/// The canonical form of `group` under `style`: a person's own spelling when the group holds one.
fn canonical_index(table: &SpellingTable, group: &table::Group, style: &HouseStyle) -> usize {
    group
        .forms
        .iter()
        .position(|f| table.kept.iter().any(|k| k.eq_ignore_ascii_case(&f.text)))
        .unwrap_or_else(|| style.pick(group))
}

#[test]
fn every_builtin_variant_maps_to_its_canonical_under_every_style() {
    let table = SpellingTable::builtin();
    for style in [HouseStyle::Ap, HouseStyle::Bgn] {
        let spelling = HouseSpelling::new(table, &style).unwrap();
        for group in &table.groups {
            let canonical = &group.forms[canonical_index(table, group, &style)].text;
            for form in &group.forms {
                let sample = if form.context_only {
                    // Context-only forms need a known neighbour: any plain single-word form of the domain.
                    let neighbour = table
                        .groups
                        .iter()
                        .filter(|g| g.domain == group.domain && !std::ptr::eq(*g, group))
                        .flat_map(|g| &g.forms)
                        .find(|f| !f.context_only && !f.text.contains(' ') && f.text != *canonical)
                        .unwrap();
                    let (out, _) = apply(&spelling, &format!("{} {}", form.text, neighbour.text));
                    assert!(
                        out.starts_with(&format!("{canonical} ")),
                        "{style:?}: {} → {out}",
                        form.text
                    );
                    continue;
                } else {
                    format!("x {} y", form.text)
                };
                let (out, _) = apply(&spelling, &sample);
                assert_eq!(out, format!("x {canonical} y"), "{style:?}: {}", form.text);
            }
        }
    }
}

#[test]
fn no_canonical_is_a_variant_of_another_group_and_there_are_no_cycles() {
    let table = SpellingTable::builtin();
    for style in [HouseStyle::Ap, HouseStyle::Bgn] {
        let mut owner: HashMap<String, usize> = HashMap::new();
        for (g, group) in table.groups.iter().enumerate() {
            for form in group.forms.iter().filter(|f| !f.context_only) {
                let previous = owner.insert(form.text.to_lowercase(), g);
                assert!(previous.is_none(), "{} is in two groups", form.text);
            }
        }
        for group in &table.groups {
            let canonical = group.forms[canonical_index(table, group, &style)]
                .text
                .to_lowercase();
            if let Some(&g) = owner.get(&canonical) {
                assert!(
                    std::ptr::eq(&table.groups[g], group),
                    "{canonical} is another group's variant"
                );
            }
        }
        // No cycles: rewriting each canonical form changes nothing.
        let spelling = HouseSpelling::new(table, &style).unwrap();
        for group in &table.groups {
            let canonical = &group.forms[canonical_index(table, group, &style)].text;
            assert_eq!(apply(&spelling, canonical).0, *canonical, "{style:?}");
        }
    }
}

#[test]
fn builtin_files_are_nfc_with_sources_and_style_forms_exist() {
    use unicode_normalization::UnicodeNormalization;
    for &(name, _, text) in BUILTIN_FILES {
        assert_eq!(text.nfc().collect::<String>(), text, "{name} is NFC");
        assert!(
            text.starts_with('#'),
            "{name} opens with a comment naming its source"
        );
        SpellingTable::parse(name, text).unwrap();
    }
    let table = SpellingTable::builtin();
    let bgn = include_str!("styles/bgn.txt");
    for form in bgn
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        assert!(
            table.canonical(form).is_some(),
            "styles/bgn.txt names {form}, which no group holds"
        );
    }
    assert!(table.len() >= 200, "{} groups", table.len());
}

#[test]
fn ap_and_bgn_pick_different_forms() {
    let text = "Sergey Lavrov, Yury Ushakov, Dmitri Peskov and Alexey Navalny in Kiev";
    assert_eq!(
        ap(text),
        "Sergei Lavrov, Yuri Ushakov, Dmitry Peskov and Alexei Navalny in Kyiv"
    );
    assert_eq!(
        bgn(text),
        "Sergey Lavrov, Yuriy Ushakov, Dmitriy Peskov and Aleksey Navalnyy in Kyiv"
    );
}

#[test]
fn whole_words_case_possessives_and_hyphens() {
    assert_eq!(
        ap("Sergey's plan in the Yury-era"),
        "Sergei's plan in the Yuri-era"
    );
    assert_eq!(ap("SERGEY LAVROV"), "SERGEI LAVROV");
    assert_eq!(
        ap("Sergeyev and Sergeyeva met Alexandra"),
        "Sergeyev and Sergeyeva met Alexandra"
    );
    assert_eq!(ap("a maxim, a MAXIM? Maksim"), "a maxim, a MAXIM? Maxim");
    assert_eq!(ap("the Kurile Islands"), "the Kuril Islands");
}

#[test]
fn a_full_name_in_the_house_spelling_wins_over_its_parts() {
    assert_eq!(
        ap("Vitali Klitschko and Vitaliy Churkin; Vitaliy Klitschko"),
        "Vitali Klitschko and Vitaly Churkin; Vitali Klitschko"
    );
}

#[test]
fn names_of_other_languages_need_context() {
    // Czech Petr, an English word at a sentence start, a Bulgarian Nikolay.
    assert_eq!(
        ap("Petr Švancara said. Semen samples. Nikolay Mladenov"),
        "Petr Švancara said. Semen samples. Nikolay Mladenov"
    );
    assert_eq!(ap("Nikolay Patrushev"), "Nikolai Patrushev");
}

#[test]
fn context_only_variants_need_a_known_neighbour() {
    // "Yuri" is the AP form; under BGN it is a variant only next to a known Russian name.
    assert_eq!(
        bgn("Yuri Ushakov and Yuri Kinugasa"),
        "Yuriy Ushakov and Yuri Kinugasa"
    );
    assert_eq!(
        bgn("Alexander Hamilton and Alexander Lukashenko"),
        "Alexander Hamilton and Aleksandr Lukashenko"
    );
    assert_eq!(
        ap("in Odessa, Ukraine and Odessa, Texas"),
        "in Odesa, Ukraine and Odessa, Texas"
    );
    assert_eq!(
        bgn("Maria Callas met Maria Zakharova"),
        "Maria Callas met Mariya Zakharova"
    );
}

#[test]
fn other_scripts_are_untouched() {
    for text in [
        "Сергей Лавров",
        "سيرغي لافروف",
        "סרגיי לברוב",
        "सर्गेई लावरोव",
        "セルゲイ・ラブロフ",
        "👩\u{200d}💻",
    ] {
        assert_eq!(ap(text), text);
    }
}

#[test]
fn non_english_documents_are_skipped_with_the_builtin_tables() {
    let spelling = HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Ap).unwrap();
    let de = NormalizeContext::new(BlockKind::Paragraph, Some(crate::phrases::Lang::De));
    assert!(spelling.edits("Sergey Lawrow", &de).is_empty());
    let en = NormalizeContext::new(BlockKind::Paragraph, Some(crate::phrases::Lang::En));
    assert_eq!(spelling.edits("Sergey Lavrov", &en).len(), 1);
}

#[test]
fn blocks_of_unknown_language_that_are_not_english_are_skipped() {
    let spelling = HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Ap).unwrap();
    let unknown = NormalizeContext::new(BlockKind::Paragraph, None);
    assert!(spelling
        .edits(
            "Der Koran und die Proteste in Teheran gingen am Samstag weiter.",
            &unknown
        )
        .is_empty());
    assert!(spelling
        .edits("Von Tunis nach Teheran", &unknown)
        .is_empty());
    assert_eq!(
        spelling
            .edits(
                "Protests in Teheran went on as the Koran was read.",
                &unknown
            )
            .len(),
        2
    );
    assert_eq!(spelling.edits("Sergey Lavrov in Kiev", &unknown).len(), 2);
}

#[test]
fn every_replacement_is_a_change() {
    let spelling = HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Ap).unwrap();
    let (out, changes) = apply(&spelling, "Sergey met Yury.");
    assert_eq!(out, "Sergei met Yuri.");
    let log: Vec<(&str, &str, &str)> = changes
        .iter()
        .map(|c| (c.normalizer, c.from.as_str(), c.to.as_str()))
        .collect();
    assert_eq!(
        log,
        [
            ("house-spelling", "Sergey", "Sergei"),
            ("house-spelling", "Yury", "Yuri")
        ]
    );
    assert_eq!(changes[0].span, 0..6);
}

#[test]
fn house_spelling_is_idempotent() {
    for style in [HouseStyle::Ap, HouseStyle::Bgn] {
        let spelling = HouseSpelling::new(SpellingTable::builtin(), &style).unwrap();
        let text = "SERGEI and Sergey's Yury-era, Kiev, Alexander Lukashenko, al-Qaeda, Qaddafi, Yuri Ushakov";
        let (once, _) = apply(&spelling, text);
        let (twice, changes) = apply(&spelling, &once);
        assert_eq!(twice, once);
        assert!(changes.is_empty(), "{style:?}: {changes:?}");
    }
}

#[test]
fn user_tables_merge_over_or_replace_the_builtin_ones() {
    let mine =
        SpellingTable::parse("mine.tsv", "# house\nSergey | Sergei\nLavroff\tLavrov\n").unwrap();
    let merged =
        HouseSpelling::new(&mine.merged_over(SpellingTable::builtin()), &HouseStyle::Ap).unwrap();
    assert_eq!(
        apply(&merged, "Serguei Lavrov in Kiev").0,
        "Sergey Lavroff in Kyiv"
    );
    let alone = HouseSpelling::new(&mine, &HouseStyle::Ap).unwrap();
    assert_eq!(
        apply(&alone, "Serguei Lavrov in Kiev").0,
        "Serguei Lavroff in Kiev"
    );
}

#[test]
fn bad_user_lines_name_the_line() {
    for (text, line) in [
        ("Sergei\tSergey\n\n\tYury\n", 3),
        ("Kyiv\tKiev\nKiev\tKyyiv\n", 2),
        ("# c\nYuri\tYuri\n", 2),
        ("~Juri\n", 1),
        ("Yuri\t1234\n", 1),
    ] {
        match SpellingTable::parse("user.tsv", text) {
            Err(crate::Error::BadTable {
                line: got,
                source_name,
                ..
            }) => {
                assert_eq!((got, source_name.as_str()), (line, "user.tsv"), "{text:?}");
            }
            other => panic!("{text:?}: {other:?}"),
        }
    }
}

#[test]
fn most_frequent_style_counts_the_batch() {
    let texts = ["Yury Ushakov said", "Yury Ushakov added", "Yuri Ushakov"];
    let counts = FormCounts::of_texts(SpellingTable::builtin(), texts);
    let spelling =
        HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::MostFrequent(counts)).unwrap();
    assert_eq!(apply(&spelling, "Yuri Ushakov").0, "Yury Ushakov");
    // Ties go to the AP-like form.
    let counts = FormCounts::of_texts(SpellingTable::builtin(), ["Sergey", "Sergei"]);
    let spelling =
        HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::MostFrequent(counts)).unwrap();
    assert_eq!(apply(&spelling, "Sergey").0, "Sergei");
}

fn article(text: &str) -> Article {
    Article {
        blocks: text
            .split('\n')
            .map(|t| Block::new(BlockKind::Paragraph, t))
            .collect(),
        ..Article::default()
    }
}

#[test]
fn discovery_finds_spelling_variants_and_keeps_distinct_names_apart() {
    let batch = [
        article("Foreign Minister Sergei Lavrov met Kim Jong Un.\nAlexander Smith and Ivan Sergeyev spoke."),
        article("Russia's Sergey Lavrov met Kim Jong Il.\nAlexandra Smith and Ivan Sergeyeva spoke."),
        article("Yevgeny Prigozhin and Aleksei Navalny.\nSergei Lavrov's aide, Dmitry Peskov."),
        article("Evgeny Prigozhin and Alexey Navalny.\nDmitri Peskov denied it."),
        article("Zinedine Zidane and Zinédine Zidane.\nThe Government House was shut."),
        article("Don't Panic\nDon’t Panic"),
    ];
    let clusters = discover_variants(&batch);
    let found: Vec<(&str, Vec<&str>)> = clusters
        .iter()
        .map(|c| (c.canonical.as_str(), c.variants().collect()))
        .collect();
    assert_eq!(
        found,
        [
            ("Sergei Lavrov", vec!["Sergey Lavrov"]),
            ("Aleksei Navalny", vec!["Alexey Navalny"]),
            ("Dmitry Peskov", vec!["Dmitri Peskov"]),
            ("Yevgeny Prigozhin", vec!["Evgeny Prigozhin"]),
            ("Zinedine Zidane", vec!["Zinédine Zidane"]),
        ]
    );
    let sergei = &clusters[0];
    assert_eq!(sergei.forms[0].count, 2);
    assert_eq!(
        sergei.forms[0].seen[0],
        Sighting {
            article: 0,
            block: Some(0)
        }
    );
    for (canonical, _) in &found {
        for bad in ["Jong", "Smith", "Ivan"] {
            assert!(!canonical.contains(bad), "{canonical} must not cluster");
        }
    }
}
