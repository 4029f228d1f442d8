//! House style that never writes a wrong name: discovery on made-up batches (must merge / must not
//! merge), house spelling never inside links or code, people's own spellings and fixed phrases kept, and
//! the style a fixed point of itself.

use copydesk::normalize::{
    discover_variants, FormCounts, HouseSpelling, HouseStyle, NormalizeContext, Normalizer,
    SpellingTable,
};
use copydesk::{phrases::Lang, BlockKind, Pipeline};
use proptest::prelude::*;

/// Spellings of one name that discovery must unify (romanization variants of one person).
const MUST_MERGE: &[(&str, &str)] = &[
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("Yuri Ushakov", "Yury Ushakov"),
    ("Yury Ushakov", "Yuriy Ushakov"),
    ("Dmitry Peskov", "Dmitri Peskov"),
    ("Dmitry Peskov", "Dmitriy Peskov"),
    ("Dmitrii Peskov", "Dmitry Peskov"),
    ("Alexei Navalny", "Aleksei Navalny"),
    ("Alexey Navalny", "Alexei Navalnyy"),
    ("Aleksey Navalny", "Alexei Navalniy"),
    ("Yevgeny Prigozhin", "Evgeny Prigozhin"),
    ("Yevgeniy Prigozhin", "Evgeniy Prigozhin"),
    // Every word differs.
    ("Vassily Nebenzia", "Vasily Nebenzya"),
    ("Vasiliy Nebenzia", "Vasily Nebenzia"),
    ("Andrei Belousov", "Andrey Belousov"),
    ("Nikolai Patrushev", "Nikolay Patrushev"),
    ("Gennady Zyuganov", "Gennadiy Zyuganov"),
    ("Gennadi Zyuganov", "Gennady Ziuganov"),
    ("Grigory Yavlinsky", "Grigoriy Yavlinskiy"),
    ("Arkady Dvorkovich", "Arkadiy Dvorkovich"),
    ("Anatoly Chubais", "Anatoliy Chubais"),
    ("Valery Gerasimov", "Valeriy Gerasimov"),
    ("Valerii Gerasimov", "Valery Gerassimov"),
    ("Fyodor Lukyanov", "Fedor Lukianov"),
    ("Artyom Zhiga", "Artem Zhiga"),
    ("Matvei Blanter", "Matvey Blanter"),
    ("Timofei Dokshitser", "Timofey Dokshitser"),
    ("Yegor Ligachev", "Egor Ligachev"),
    ("Yelena Baturina", "Elena Baturina"),
    ("Yekaterina Samutsevich", "Ekaterina Samutsevich"),
    ("Natalya Poklonskaya", "Natalia Poklonskaya"),
    ("Tatyana Golikova", "Tatiana Golikova"),
    ("Lyudmila Narusova", "Liudmila Narusova"),
    ("Vyacheslav Volodin", "Viacheslav Volodin"),
    ("Mikhail Khodorkovsky", "Mikhail Khodorkovskiy"),
    ("Boris Berezovsky", "Boris Berezovskiy"),
    ("Sergei Kiriyenko", "Sergei Kirienko"),
    ("Valentina Matviyenko", "Valentina Matvienko"),
    ("Alexandr Lukashenko", "Aleksandr Lukashenko"),
    ("Mikhail Gorbachev", "Mikhail Gorbachyov"),
    ("Nikita Khrushchev", "Nikita Khrushchyov"),
    ("Sergei Korolev", "Sergei Korolyov"),
    ("Lyubov Sobol", "Liubov Sobol"),
    ("Darya Dugina", "Dariya Dugina"),
    ("Sofya Kovalevskaya", "Sofiya Kovalevskaya"),
    ("Kseniya Sobchak", "Ksenia Sobchak"),
    ("Yuliya Navalnaya", "Yulia Navalnaya"),
    ("Ilya Yashin", "Il'ya Yashin"),
    ("Ilya Ponomarev", "Ilya Ponomaryov"),
    ("Arkady Rotenberg", "Arkadiy Rotenberg"),
    ("Yuri Kovalchuk", "Yury Kovalchuk"),
    ("Gennady Timchenko", "Gennadiy Timchenko"),
    ("Aleksei Miller", "Alexei Miller"),
    ("Yevgeny Zinichev", "Evgeniy Zinichev"),
    ("Sergey Shoigu", "Sergei Shoigu"),
    ("Dmitriy Medvedev", "Dmitry Medvedev"),
    ("Anatoly Karpov", "Anatolii Karpov"),
    ("Maksim Oreshkin", "Maxim Oreshkin"),
    ("Aleksandr Dugin", "Alexandr Dugin"),
    ("Vasily Zaitsev", "Vassily Zaitsev"),
    ("Nikolay Tokarev", "Nikolai Tokarev"),
    ("Arseniy Yatsenyuk", "Arseny Yatsenyuk"),
    ("Gennadiy Kernes", "Gennadii Kernes"),
    // Ukrainian national system against older forms.
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Volodymyr Zelenskiy", "Volodymyr Zelenskyi"),
    ("Serhiy Kyslytsya", "Serhii Kyslytsia"),
    ("Andriy Yermak", "Andrii Yermak"),
    ("Oleksiy Reznikov", "Oleksii Reznikov"),
    ("Oleksandr Syrskyi", "Oleksandr Syrsky"),
    ("Valerii Zaluzhnyi", "Valery Zaluzhny"),
    ("Yulia Svyrydenko", "Yuliia Svyrydenko"),
    ("Mykhailo Podolyak", "Mykhailo Podoliak"),
    ("Yevhen Marchuk", "Evhen Marchuk"),
    ("Vitaliy Kim", "Vitalii Kim"),
    // Arabic: doubled consonants and long vowels.
    // A doubled vowel is not folded (German Staaten is not Staten): a miss by design.
    ("Khaled Mashaal", "Khaled Mashal"),
    ("Muammar Gaddafi", "Muammar Gadafi"),
    ("Hassan Nasrallah", "Hasan Nasrallah"),
    ("Ismail Haniya", "Ismail Haniyya"),
    ("Muhammad Yunus", "Muhamad Yunus"),
    ("Bashar Assad", "Bashar Asad"),
    ("Qassem Soleimani", "Qasem Soleimani"),
    ("Mohammed Deif", "Mohamed Deif"),
    ("Yahya Sinwar", "Yahia Sinwar"),
    ("Mohammed Shtayyeh", "Mohammed Shtayeh"),
    ("Abbas Araghchi", "Abas Araghchi"),
    ("Hassan Rouhani", "Hasan Rouhani"),
    ("Fayez Sarraj", "Fayez Saraj"),
    ("Mohammed Morsi", "Mohamed Morsi"),
    ("Jamal Khashoggi", "Jamal Khashogi"),
    ("Hamid Karzai", "Hamid Karzay"),
    // Diacritics dropped.
    ("Tayyip Erdoğan", "Tayyip Erdogan"),
    ("Zinédine Zidane", "Zinedine Zidane"),
    ("Lech Wałęsa", "Lech Walesa"),
    ("Slobodan Milošević", "Slobodan Milosevic"),
    ("Mesut Özil", "Mesut Ozil"),
    ("Björn Borg", "Bjorn Borg"),
    ("Søren Kierkegaard", "Soren Kierkegaard"),
];

/// Different people or different phrases that discovery must keep apart, with why for the hard ones.
const MUST_NOT_MERGE: &[(&str, &str, &str)] = &[
    (
        "Tony Brown",
        "Toni Brown",
        "two common given names: two people",
    ),
    ("Bobby Brown", "Bobbi Brown", "two common given names"),
    (
        "Thomas More",
        "Thomas Moore",
        "More is a word; doubled o is English spelling",
    ),
    (
        "Ana Lee",
        "Anna Lee",
        "two given names, and too short to judge",
    ),
    (
        "Kyoto Protocol",
        "Keto Protocol",
        "Japanese kyo is never written ke",
    ),
    ("Yes Bank", "Eyes Bank", "words"),
    ("The Fed", "The Feed", "words"),
    (
        "The Desert",
        "The Dessert",
        "words that differ in a doubled consonant",
    ),
    (
        "The Year",
        "The Ear",
        "words: initial ye before a vowel is English",
    ),
    (
        "Alexander Smith",
        "Alexandra Smith",
        "masculine and feminine",
    ),
    (
        "Ivan Sergeyev",
        "Ivan Sergeyeva",
        "masculine and feminine surname",
    ),
    (
        "Sergei Ivanov",
        "Sergei Ivanova",
        "masculine and feminine surname",
    ),
    (
        "Jong Un",
        "Jong Il",
        "two people (Kim Jong Un, Kim Jong Il)",
    ),
    (
        "Yevgeny Petrov",
        "Yevgenia Petrov",
        "masculine and feminine given name",
    ),
    (
        "Valery Gergiev",
        "Valeria Gergiev",
        "masculine and feminine given name",
    ),
    ("Paul Allen", "Paula Allen", "masculine and feminine"),
    ("Daniel Craig", "Daniela Craig", "masculine and feminine"),
    ("Jan Novak", "Jana Novak", "masculine and feminine"),
    (
        "Nikolai Petrov",
        "Nikola Petrov",
        "Russian Nikolai and Serbian Nikola are two names",
    ),
    ("Andrei Rublev", "Andrea Rublev", "two names"),
    ("Mario Rossi", "Maria Rossi", "masculine and feminine"),
    ("Stephen King", "Stephan King", "two given names"),
    ("Jon Stewart", "John Stewart", "two given names"),
    ("Katherine Ryan", "Kathryn Ryan", "two given names"),
    ("Sara Khan", "Sarah Khan", "two given names"),
    ("Jeffrey Brown", "Jeffery Brown", "two given names"),
    ("Allan Jones", "Allen Jones", "two given names"),
    ("Carey Mulligan", "Cary Mulligan", "two given names"),
    ("Terry Wilson", "Terri Wilson", "two given names, final y/i"),
    (
        "Vicky Leandros",
        "Vicki Leandros",
        "two given names, final y/i",
    ),
    (
        "Philip Morris",
        "Phillip Morris",
        "two given names, doubled l",
    ),
    (
        "Matthew Perry",
        "Mathew Perry",
        "two given names, doubled t",
    ),
    ("Hannah Arendt", "Hanna Arendt", "two given names"),
    (
        "Dianne Feinstein",
        "Diane Feinstein",
        "two given names, doubled n",
    ),
    (
        "Russell Crowe",
        "Russel Crowe",
        "two given names, doubled l",
    ),
    ("Mitchell Johnson", "Mitchel Johnson", "two given names"),
    ("Annette Bening", "Anette Bening", "two given names"),
    ("Sonia Gandhi", "Sonya Gandhi", "two given names, ya/ia"),
    ("Tanya Roberts", "Tania Roberts", "two given names, ya/ia"),
    ("Grand Canyon", "Grand Canon", "words"),
    ("Golden State", "Golden Stat", "a word"),
    ("Fort Worth", "Fort Wort", "words"),
    ("Hilary Swank", "Hillary Swank", "two given names"),
    ("Ali Khan", "Aly Khan", "two people; too short to judge"),
    ("Omar Bashir", "Omer Bashir", "two names"),
    (
        "Alexey Ivanov",
        "Alexey Ivanovich",
        "surname and patronymic",
    ),
    (
        "Julia Roberts",
        "Yulia Roberts",
        "English Julia and Russian Yulia",
    ),
    ("Natalie Portman", "Natalia Portman", "two given names"),
    ("Irina Shayk", "Irena Shayk", "two names"),
    ("Kelly Clarkson", "Kelli Clarkson", "two given names"),
    ("Penny Wong", "Penni Wong", "two given names"),
    ("Randy Newman", "Randi Newman", "two given names"),
    ("Sandy Hook", "Sandi Hook", "two given names"),
    ("Mandy Moore", "Mandi Moore", "two given names"),
    ("Bill Gates", "Bil Gates", "too short to judge"),
    ("Apple Pay", "Aple Pay", "a word"),
    ("Golden Gate", "Golden Gatte", "a word"),
    ("Lion King", "Lyon King", "a word and a French city"),
    (
        "Staten Land",
        "Staaten Land",
        "a place and a German word: doubled vowels are not folded",
    ),
    (
        "Lyon Airport",
        "Len Airport",
        "French Lyon is never written Len",
    ),
    ("Cannes Festival", "Canes Festival", "a word"),
    (
        "Pyongyang Times",
        "Pengyang Times",
        "Korean pyo is never written pe",
    ),
];

/// A made-up article that mentions `name` in running text.
fn article_with(name: &str, n: usize) -> copydesk::Article {
    copydesk::clean_text(&format!(
        "Report {n}\n\nOn Monday reporters said that {name} had spoken at length about the plan."
    ))
    .unwrap()
}

/// Whether discovery over two articles, one per spelling, puts `a` and `b` in one cluster.
fn merged(a: &str, b: &str) -> bool {
    let clusters = discover_variants(&[article_with(a, 1), article_with(b, 2)]);
    clusters.iter().any(|c| {
        let has = |n: &str| c.forms.iter().any(|f| f.text == n);
        has(a) && has(b)
    })
}

#[test]
fn discovery_unifies_at_least_95_percent_of_the_must_merge_pairs() {
    assert!(MUST_MERGE.len() >= 80, "{} pairs", MUST_MERGE.len());
    let missed: Vec<_> = MUST_MERGE.iter().filter(|(a, b)| !merged(a, b)).collect();
    let rate = 1.0 - missed.len() as f64 / MUST_MERGE.len() as f64;
    eprintln!(
        "must-merge: {}/{} unified; missed: {missed:?}",
        MUST_MERGE.len() - missed.len(),
        MUST_MERGE.len()
    );
    assert!(rate >= 0.95, "rate {rate:.3}; missed {missed:?}");
}

#[test]
fn discovery_never_merges_a_must_not_pair() {
    assert!(MUST_NOT_MERGE.len() >= 50, "{} pairs", MUST_NOT_MERGE.len());
    let wrong: Vec<_> = MUST_NOT_MERGE
        .iter()
        .filter(|(a, b, _)| merged(a, b))
        .collect();
    assert!(wrong.is_empty(), "false merges: {wrong:?}");
}

#[test]
fn discovery_proposes_and_applying_is_a_separate_step() {
    let batch = [
        article_with("Vassily Nebenzia", 1),
        article_with("Vasily Nebenzya", 2),
        article_with("Vassily Nebenzia", 3),
    ];
    let clusters = discover_variants(&batch);
    assert_eq!(clusters.len(), 1);
    assert_eq!(clusters[0].canonical, "Vassily Nebenzia");
    assert_eq!(
        clusters[0].differences(),
        [(
            "Vasily Nebenzya",
            vec![("Vasily", "Vassily"), ("Nebenzya", "Nebenzia")]
        )]
    );
    // The batch's own articles are untouched: proposals are data until a table is built from them.
    assert!(batch[1].blocks[0].text.contains("Vasily Nebenzya"));
    let table = SpellingTable::from_clusters(&clusters);
    let pipeline = Pipeline::builder().spelling_table(table).build().unwrap();
    let article = pipeline
        .clean_text("Talks\n\nThe envoy Vasily Nebenzya spoke on Monday at the council.")
        .unwrap();
    assert!(article.blocks[0].text.contains("Vassily Nebenzia"));
}

#[test]
fn a_single_word_is_proposed_only_beside_a_full_name_of_its_cluster() {
    let batch = [
        article_with("Vassily Nebenzia", 1),
        article_with("Vassily Nebenzia", 2),
        copydesk::clean_text(
            "C\n\nEnvoy Vasily Nebenzya spoke. The room heard from Nebenzya again.",
        )
        .unwrap(),
        // Alone, and never in a full name: not proposed.
        copydesk::clean_text("D\n\nThe council heard from Quorvath, and from Quorvat.").unwrap(),
    ];
    let clusters = discover_variants(&batch);
    let found: Vec<(&str, Vec<&str>)> = clusters
        .iter()
        .map(|c| (c.canonical.as_str(), c.variants().collect()))
        .collect();
    assert_eq!(
        found,
        [
            ("Vassily Nebenzia", vec!["Vasily Nebenzya"]),
            ("Nebenzia", vec!["Nebenzya"]),
        ]
    );
}

#[test]
fn a_word_the_batch_writes_in_lower_case_is_not_a_name() {
    let batch = [
        copydesk::clean_text("A\n\nThe Zorbs went home. Two zorbs are balls.").unwrap(),
        copydesk::clean_text("B\n\nThe Zorbbs went home.").unwrap(),
        article_with("Morbo Zorbs", 3),
        article_with("Morbo Zorbbs", 4),
    ];
    assert!(discover_variants(&batch).is_empty());
}

fn en() -> NormalizeContext {
    NormalizeContext::new(BlockKind::Paragraph, Some(Lang::En))
}

fn apply(spelling: &HouseSpelling, text: &str) -> String {
    let mut out = text.to_string();
    for edit in spelling.edits(text, &en()).iter().rev() {
        out.replace_range(edit.range.clone(), &edit.replacement);
    }
    out
}

fn ap() -> HouseSpelling {
    HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Ap).unwrap()
}

fn bgn() -> HouseSpelling {
    HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Bgn).unwrap()
}

#[test]
fn never_inside_urls_addresses_hashtags_handles_or_code() {
    for text in [
        "https://en.wikipedia.org/wiki/Sergey_Lavrov",
        "en.wikipedia.org/wiki/Sergey_Lavrov",
        "www.example.com/Sergey-Lavrov",
        "write to sergey.lavrov@example.org",
        "write to Sergey@example.org",
        "#Sergey and #KievIndependent",
        "@Sergey and @Kiev_Post",
        "call `Sergey.lavrov()` now",
    ] {
        assert_eq!(apply(&ap(), text), text);
    }
    assert_eq!(
        apply(&ap(), "Sergey Lavrov (https://example.com/Sergey) in Kiev"),
        "Sergei Lavrov (https://example.com/Sergey) in Kyiv"
    );
}

#[test]
fn other_people_and_places_keep_their_names() {
    for text in [
        "Prince Georgy Lvov led the government.",
        "Mahmoud al-Zahar spoke for Hamas.",
        "The Italian sprinter Marco Vitali won.",
        "Julia Roberts starred in the film.",
    ] {
        assert_eq!(apply(&ap(), text), text);
    }
    // BGN writes the prince's given name its way, never his surname as a city.
    assert_eq!(
        apply(&bgn(), "Prince Georgy Lvov led the government."),
        "Prince Georgiy Lvov led the government."
    );
    // The same forms beside their own context still change.
    assert_eq!(apply(&ap(), "Lvov, Ukraine"), "Lviv, Ukraine");
}

#[test]
fn people_s_own_spellings_and_fixed_phrases_are_kept_by_every_style() {
    for text in [
        "Sergey Brin founded it.",
        "Andrey Rublev won.",
        "Valerii Zaluzhnyi spoke.",
        "They served chicken Kiev at the Battle of Kharkov dinner.",
        "Chicken Kiev is a dish.",
    ] {
        assert_eq!(apply(&ap(), text), text);
        assert_eq!(apply(&bgn(), text), text);
    }
    // Their parts elsewhere follow the style.
    assert_eq!(
        apply(&ap(), "Sergey Lavrov in Kiev"),
        "Sergei Lavrov in Kyiv"
    );
}

#[test]
fn curly_and_straight_apostrophes_match_alike_and_stay_as_written() {
    let table = SpellingTable::parse("t", "Quran\tQur'an\nSanaa\tSana'a\n").unwrap();
    let spelling = HouseSpelling::new(&table, &HouseStyle::Ap).unwrap();
    assert_eq!(
        apply(&spelling, "the Qur’an, the Qur'an, Sana’a"),
        "the Quran, the Quran, Sanaa"
    );
    let table = SpellingTable::parse("t", "Shi'ite\tShiite\n").unwrap();
    let spelling = HouseSpelling::new(&table, &HouseStyle::Ap).unwrap();
    assert_eq!(apply(&spelling, "a Shiite cleric"), "a Shi'ite cleric");
    assert_eq!(apply(&spelling, "a Shi’ite cleric"), "a Shi’ite cleric");
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_name() {
    let table = SpellingTable::parse("bom.tsv", "\u{feff}Kyiv\tKiev\n").unwrap();
    assert_eq!(table.canonical("Kiev"), Some("Kyiv"));
    let spelling = HouseSpelling::new(&table, &HouseStyle::Ap).unwrap();
    assert_eq!(apply(&spelling, "in Kiev"), "in Kyiv");
}

#[test]
fn frequent_counts_context_only_forms_only_in_context() {
    let counts = FormCounts::of_texts(
        SpellingTable::builtin(),
        [
            "Julia Roberts",
            "Julia Roberts",
            "Julia Roberts",
            "Yulia Navalnaya",
        ],
    );
    assert_eq!(counts.count("Julia"), 0);
    let spelling =
        HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::MostFrequent(counts)).unwrap();
    assert_eq!(apply(&spelling, "Yuliya Navalnaya"), "Yulia Navalnaya");
}

#[test]
fn rules_that_apply_only_after_others_reach_the_fixed_point_in_one_run() {
    for (text, want) in [
        ("Vitali Klychko spoke.", "Vitali Klitschko spoke."),
        ("Elena, Nikolay Patrushev", "Yelena, Nikolai Patrushev"),
    ] {
        let once = apply(&ap(), text);
        assert_eq!(once, want);
        assert_eq!(apply(&ap(), &once), once);
    }
}

/// Words for the fixed-point property: table forms of every kind, made-up names, words and joints.
const POOL: &[&str] = &[
    "Sergey",
    "Sergei",
    "Serguei",
    "Yuri",
    "Yury",
    "Lavrov",
    "Ushakov",
    "Vitali",
    "Vitaliy",
    "Klychko",
    "Klitschko",
    "Elena",
    "Nikolay",
    "Patrushev",
    "Kiev",
    "Kyiv",
    "Lvov",
    "Ukraine",
    "Odessa",
    "Texas",
    "Julia",
    "Yulia",
    "Qur'an",
    "Qur’an",
    "chicken",
    "Battle",
    "of",
    "Kharkov",
    "Brin",
    "Andrey",
    "Rublev",
    "Valerii",
    "Zaluzhnyi",
    "Zorblat",
    "Quenby",
    "Mirtavo",
    "Yelvan",
    "the",
    "and",
    "SERGEY",
    "KIEV",
    "al-Qaeda",
    "Al-Qaeda",
    "Gaddafi",
    "Moammar",
    "https://x.org/Kiev",
    "#Kiev",
    "@Sergey",
    "`Kiev`",
    ",",
    ".",
    "'s",
];

/// A run of names written in forms that count only beside a known name ("Serguei" is also French,
/// "Julia" also English) is settled from the known name at either end, however long the run: one
/// name a pass left the far end of a long run for a second application to change.
#[test]
fn a_run_of_context_only_names_is_settled_from_its_known_name() {
    let run = "Serguei Julia ".repeat(6);
    for (text, want) in [
        (
            format!("{run}Sergey"),
            format!("{}Sergei", "Sergei Yulia ".repeat(6)),
        ),
        (
            format!("Sergey {}", run.trim_end()),
            format!("Sergei {}", "Sergei Yulia ".repeat(6).trim_end()),
        ),
    ] {
        let once = apply(&ap(), &text);
        assert_eq!(once, want);
        assert_eq!(apply(&ap(), &once), once);
    }
}

/// The same run with no known name in it or beside it stays as written: "Julia" and "Serguei" are
/// names of other languages too.
#[test]
fn a_run_of_context_only_names_alone_stays() {
    let text = "Serguei Julia Serguei Julia met the press.";
    assert_eq!(apply(&ap(), text), text);
    // A known name that is not the run's neighbour (a word between) settles nothing.
    let text = "Serguei Julia Serguei Julia met Sergey.";
    assert_eq!(
        apply(&ap(), text),
        "Serguei Julia Serguei Julia met Sergei."
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_house_style_is_a_fixed_point_of_itself(
        words in proptest::collection::vec(0..POOL.len(), 1..14),
        style in 0..2usize,
    ) {
        let text: String = words.iter().map(|&i| POOL[i]).collect::<Vec<_>>().join(" ");
        let spelling = if style == 0 { ap() } else { bgn() };
        let once = apply(&spelling, &text);
        let twice = apply(&spelling, &once);
        prop_assert_eq!(twice, once);
    }
}
