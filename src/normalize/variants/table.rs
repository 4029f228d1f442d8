//! Spelling tables: groups of variant spellings, parsed from a plain text format.

use crate::error::Error;
use once_cell::sync::Lazy;
use std::collections::HashMap;

/// Which neighbourhood a group belongs to: context-only forms look for context words of their own
/// domain (a surname next to a given name, "Ukraine" next to a Ukrainian city).
pub(crate) type Domain = &'static str;

/// Person names of the built-in tables.
pub(crate) const NAMES: Domain = "names";
/// Place names of the built-in tables.
pub(crate) const PLACES: Domain = "places";
/// Every group of a user table.
pub(crate) const USER: Domain = "user";

/// One spelling of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Form {
    pub text: String,
    /// A variant only next to a context word: the form is also a common word or another language's name.
    pub context_only: bool,
}

/// Spellings of one name, with the table's canonical one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Group {
    pub forms: Vec<Form>,
    /// Index into `forms` of the table's canonical form (its first column).
    pub canonical: usize,
    /// A user's choice: house styles do not pick another canonical.
    pub pinned: bool,
    pub domain: Domain,
}

impl Group {
    pub fn canonical_text(&self) -> &str {
        &self.forms[self.canonical].text
    }
}

/// A table of spelling variants: each group is one name's spellings and the canonical one.
///
/// The format, for built-in and user tables alike: one group per line, fields separated by a TAB (or
/// `|`), the canonical form first and its variants after it. Blank lines are skipped, and `#` starts a
/// comment (a whole line, or the rest of a line after a field). A form prefixed with `~` is
/// *context-only*: it is also a common word or a name in another language, so it counts as a variant only
/// next to a known name of the same table (another form of any of its groups, or a one-name line). A line
/// with one name declares such a known name. Forms are matched whole-word and case-insensitively, with
/// the match's capitalisation carried over (see [`HouseSpelling`](super::HouseSpelling)).
///
/// ```text
/// # canonical | variants…   (a TAB or "|" between fields)
/// Sergei | Sergey | Serguei
/// Yuri | Yury | Yuriy | ~Juri    # Juri only next to a known name
/// Lavrov                         # a known name
/// ```
///
/// # Examples
///
/// ```
/// use copydesk::normalize::SpellingTable;
///
/// let table = SpellingTable::parse("house.tsv", "# ours\nSergei\tSergey | Serguei\n")?;
/// assert_eq!(table.len(), 1);
/// assert_eq!(table.canonical("Serguei"), Some("Sergei"));
///
/// let err = SpellingTable::parse("house.tsv", "Sergei\tSergey\nYuri\t\tYury\n").unwrap_err();
/// assert!(err.to_string().contains("line 2"));
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct SpellingTable {
    pub(crate) groups: Vec<Group>,
    /// Phrases kept as written, whatever the rules for their words: people's own spellings
    /// (`kept_names.txt`) and fixed phrases (`fixed_phrases.txt`) of the built-in tables.
    pub(crate) kept: Vec<String>,
}

/// The built-in tables, each file with its domain.
pub(crate) const BUILTIN_FILES: &[(&str, Domain, &str)] = &[
    (
        "russian_given.tsv",
        NAMES,
        include_str!("russian_given.tsv"),
    ),
    (
        "ukrainian_given.tsv",
        NAMES,
        include_str!("ukrainian_given.tsv"),
    ),
    ("surnames.tsv", NAMES, include_str!("surnames.tsv")),
    ("arabic.tsv", NAMES, include_str!("arabic.tsv")),
    ("places.tsv", PLACES, include_str!("places.tsv")),
];

/// The built-in lists of phrases every style keeps as written: people's own spellings of their names
/// ("Sergey Brin", "Andrey Rublev", "Valerii Zaluzhnyi") and fixed phrases ("chicken Kiev", "Battle of
/// Kharkov"). One phrase per line, `#` comments.
pub(crate) const KEPT_FILES: &[(&str, &str)] = &[
    ("kept_names.txt", include_str!("kept_names.txt")),
    ("fixed_phrases.txt", include_str!("fixed_phrases.txt")),
];

static BUILTIN: Lazy<SpellingTable> = Lazy::new(|| {
    let mut table = SpellingTable::default();
    for &(name, domain, text) in BUILTIN_FILES {
        let mut groups = parse_groups(name, text, domain).unwrap();
        table.groups.append(&mut groups);
    }
    for &(_, text) in KEPT_FILES {
        table.kept.extend(kept_lines(text));
    }
    table
});

/// The phrases of a kept-as-written list.
pub(crate) fn kept_lines(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(|l| l.split_once('#').map_or(l, |(before, _)| before).trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
}

impl SpellingTable {
    /// Reads a user table in the documented format; `source_name` (a file name) goes into errors.
    ///
    /// # Errors
    ///
    /// [`Error::BadTable`] naming the first bad line: an empty field, a form without letters, a form
    /// twice on a line, a form already in an earlier line (unless context-only), a line of only a `~` form.
    /// A byte-order mark at the start of the text (a table saved by a Windows editor) is skipped.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::SpellingTable, Error};
    /// let err = SpellingTable::parse("t.tsv", "Kyiv\tKiev\nKiev\tKyyiv\n").unwrap_err();
    /// assert!(matches!(err, Error::BadTable { line: 2, .. }));
    /// ```
    pub fn parse(source_name: &str, text: &str) -> Result<SpellingTable, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Ok(SpellingTable {
            groups: parse_groups(source_name, text, USER)?,
            kept: Vec::new(),
        })
    }

    /// The built-in tables (Russian, Ukrainian and Arabic names, place names) as one table.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::SpellingTable;
    /// let table = SpellingTable::builtin();
    /// assert!(table.len() > 150);
    /// assert_eq!(table.canonical("Sergey"), Some("Sergei"));
    /// assert_eq!(table.canonical("Kiev"), Some("Kyiv"));
    /// ```
    pub fn builtin() -> &'static SpellingTable {
        &BUILTIN
    }

    /// Number of groups (one-name lines included).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(copydesk::normalize::SpellingTable::default().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether the table has no groups.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(copydesk::normalize::SpellingTable::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The table's canonical form (its first column) of the group holding `form`, case-insensitively.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::SpellingTable;
    /// let table = SpellingTable::parse("t", "Yuri\tYury\n")?;
    /// assert_eq!(table.canonical("YURY"), Some("Yuri"));
    /// assert_eq!(table.canonical("Boris"), None);
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn canonical(&self, form: &str) -> Option<&str> {
        let key = form.to_lowercase();
        self.groups
            .iter()
            .find(|g| g.forms.iter().any(|f| f.text.to_lowercase() == key))
            .map(Group::canonical_text)
    }

    /// This table laid over `base`: a group of this table that shares a form with groups of `base`
    /// absorbs their forms and keeps its own canonical form, which no house style overrides; the other
    /// groups of both are kept.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::SpellingTable;
    /// let mine = SpellingTable::parse("mine", "Sergey\tSergei\n")?;
    /// let merged = mine.merged_over(SpellingTable::builtin());
    /// assert_eq!(merged.canonical("Serguei"), Some("Sergey"));
    /// assert_eq!(merged.canonical("Kiev"), Some("Kyiv"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn merged_over(&self, base: &SpellingTable) -> SpellingTable {
        let mut index: HashMap<String, usize> = HashMap::new();
        for (i, group) in base.groups.iter().enumerate() {
            for form in &group.forms {
                index.entry(form.text.to_lowercase()).or_insert(i);
            }
        }
        let mut absorbed = vec![false; base.groups.len()];
        let mut groups = Vec::with_capacity(base.groups.len() + self.groups.len());
        for group in &self.groups {
            let mut merged = group.clone();
            merged.pinned = true;
            for form in &group.forms {
                let Some(&i) = index.get(&form.text.to_lowercase()) else {
                    continue;
                };
                if std::mem::replace(&mut absorbed[i], true) {
                    continue;
                }
                merged.domain = base.groups[i].domain;
                for other in &base.groups[i].forms {
                    let known = merged
                        .forms
                        .iter()
                        .any(|f| f.text.to_lowercase() == other.text.to_lowercase());
                    if !known {
                        merged.forms.push(other.clone());
                    }
                }
            }
            groups.push(merged);
        }
        groups.extend(
            base.groups
                .iter()
                .zip(&absorbed)
                .filter(|(_, &gone)| !gone)
                .map(|(g, _)| g.clone()),
        );
        let mut kept = self.kept.clone();
        kept.extend(base.kept.iter().cloned());
        SpellingTable { groups, kept }
    }

    /// The table in its text format: canonical form first, one group per line.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::SpellingTable;
    /// let table = SpellingTable::parse("t", "Yuri | Yury | ~Juri\n")?;
    /// assert_eq!(table.to_tsv(), "Yuri\tYury\t~Juri\n");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for group in &self.groups {
            let fields: Vec<String> = std::iter::once(group.canonical)
                .chain((0..group.forms.len()).filter(|&i| i != group.canonical))
                .map(|i| {
                    let form = &group.forms[i];
                    format!("{}{}", if form.context_only { "~" } else { "" }, form.text)
                })
                .collect();
            out.push_str(&fields.join("\t"));
            out.push('\n');
        }
        out
    }
}

/// Parses the groups of one table file.
fn parse_groups(source_name: &str, text: &str, domain: Domain) -> Result<Vec<Group>, Error> {
    let mut groups = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let bad = |message: String| Error::BadTable {
            source_name: source_name.to_string(),
            line: line_no,
            message,
        };
        let content = line
            .split_once('#')
            .map_or(line, |(before, _)| before)
            .trim_end();
        if content.trim().is_empty() {
            continue;
        }
        let mut forms: Vec<Form> = Vec::new();
        for (k, field) in content.split(['\t', '|']).map(str::trim).enumerate() {
            if field.is_empty() {
                return Err(bad(format!("field {} is empty", k + 1)));
            }
            let (context_only, text) = match field.strip_prefix('~') {
                Some(rest) => (true, rest.trim()),
                None => (false, field),
            };
            if !text.chars().any(char::is_alphabetic) {
                return Err(bad(format!("{field:?} holds no letters")));
            }
            if text.contains("  ") {
                return Err(bad(format!("{field:?} has a double space")));
            }
            let key = text.to_lowercase();
            if forms.iter().any(|f| f.text.to_lowercase() == key) {
                return Err(bad(format!("{text:?} stands twice on the line")));
            }
            if let Some(earlier) = seen.get(&key) {
                if !context_only {
                    return Err(bad(format!("{text:?} is already in line {earlier}")));
                }
            }
            forms.push(Form {
                text: text.to_string(),
                context_only,
            });
        }
        if forms.len() == 1 && forms[0].context_only {
            return Err(bad("a line of one name cannot be context-only".into()));
        }
        for form in &forms {
            if !form.context_only {
                seen.insert(form.text.to_lowercase(), line_no);
            }
        }
        groups.push(Group {
            forms,
            canonical: 0,
            pinned: false,
            domain,
        });
    }
    Ok(groups)
}
