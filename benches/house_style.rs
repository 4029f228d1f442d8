//! House spelling throughput with a large user table: 10,000 made-up groups on name-dense text.
//!
//! Run with `cargo bench --bench house_style`. The target is at least 5 MB/s with 10,000 user groups
//! (three forms each) laid over the built-in tables, on text where every third word is a table form, and
//! the time must not grow with the table's size: only its automaton's cache footprint counts (measured on
//! a loaded two-core machine, quick mode: 19.5 MiB/s with 1,000 groups, 15.1 MiB/s with 10,000, 8.2 MiB/s
//! with 100,000, where the old regex alternation took 17.6 s for 10,000 groups on 8.7 KB).
//! `COPYDESK_BENCH_QUICK=1` shortens every measurement.

use copydesk::normalize::{HouseSpelling, HouseStyle, NormalizeContext, Normalizer, SpellingTable};
use copydesk::BlockKind;
use criterion::{Criterion, Throughput};
use std::time::Duration;

const SYLLABLES: &[&str] = &[
    "ba", "ko", "ri", "sa", "mu", "te", "lo", "vi", "da", "ne", "zu", "pa", "go", "ki", "ra", "fe",
];

/// A made-up name for `n`: its base-16 digits as syllables, capitalised ("Bakori").
fn name(mut n: usize) -> String {
    let mut out = String::from("Qu");
    loop {
        out.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
        if n == 0 {
            break;
        }
    }
    out
}

/// A table of `groups` groups: canonical "Qu…n", variants "Qu…nn" and "Qu…ny".
fn table(groups: usize) -> SpellingTable {
    let text: String = (0..groups)
        .map(|g| {
            let n = name(g);
            format!("{n}n\t{n}nn\t{n}ny\n")
        })
        .collect();
    SpellingTable::parse("bench.tsv", &text).expect("made-up table parses")
}

/// About `bytes` of English text where every third word is a form of one of `groups` groups.
fn text(groups: usize, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 64);
    let mut g = 7usize;
    while out.len() < bytes {
        g = (g * 7919 + 13) % groups;
        let form = match g % 3 {
            0 => format!("{}n", name(g)),
            1 => format!("{}nn", name(g)),
            _ => format!("{}ny", name(g)),
        };
        out.push_str(&form);
        out.push_str(" met Sergey Lavrov in Kiev, said the ministry. ");
    }
    out
}

fn bench(c: &mut Criterion) {
    let quick = std::env::var_os("COPYDESK_BENCH_QUICK").is_some();
    let cx = NormalizeContext::new(BlockKind::Paragraph, Some(copydesk::phrases::Lang::En));
    let mut group = c.benchmark_group("house-spelling");
    if quick {
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(1))
            .warm_up_time(Duration::from_millis(200));
    }
    for groups in [1_000, 10_000, 100_000] {
        let table = table(groups).merged_over(SpellingTable::builtin());
        let spelling = HouseSpelling::new(&table, &HouseStyle::Ap).expect("the table compiles");
        let input = text(groups, 256 * 1024);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function(format!("{groups} user groups"), |b| {
            b.iter(|| spelling.edits(&input, &cx).len())
        });
    }
    group.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
}
