//! A made-up local news story and a site's footer, shared by the tests that build whole pages of
//! text around an article (`dumped_apart`, `bulleted_lists`, `markdown_input`).
#![allow(dead_code)]

/// A site's footer: eight links of one or two words.
pub const FOOTER: [&str; 8] = [
    "About us",
    "Contact",
    "Careers",
    "Advertise",
    "Privacy",
    "Terms",
    "Cookies",
    "Sitemap",
];

pub const HEADLINE: &str = "River footbridge to reopen in spring";

pub const PARAGRAPHS: [&str; 5] = [
    "The footbridge over the river at Mill Lane will reopen in the spring, a year after floods tore away two of its spans, the council said on Tuesday.",
    "Engineers found the piers sound once the water had gone down, and the new spans are being built off site so that the crossing can be closed for as few weeks as possible.",
    "Walkers and cyclists have had to use the road bridge a mile downstream, where the pavement is narrow and the traffic fast, and parents at the primary school had asked for a crossing patrol.",
    "The council's transport committee approved the contract last month after a debate about whether to raise the deck above the level of the last flood, which adds to the cost.",
    "Work on the approach paths starts next week, and the council expects to lift the spans into place in March if the river stays low enough for the cranes.",
];
