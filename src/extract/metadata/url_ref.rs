//! URI references resolved against a base URI by RFC 3986 §5.2, for canonical and JSON-LD URLs.
//!
//! Only what resolution needs: the five components of a reference (RFC 3986 Appendix B), the merge of
//! paths (§5.2.3), the removal of dot segments (§5.2.4) and recomposition (§5.3), in the standard's
//! strict form (`http:g` against an `http:` base stays `http:g`). Nothing is normalised: the host is
//! kept as written (no IDNA, no lower-casing), percent-encoding and ports are untouched, and an empty
//! path stays empty (`//e.com` against an `https:` base gives `https://e.com`, where a browser's URL
//! parser writes `https://e.com/` and `%20` for a space), so a URL the page wrote in full comes back
//! byte for byte. That keeps the command's build free of the `url` crate
//! and its IDNA tables (issue 22: the README's first command compiles at most 90 crates).

/// A URI reference split into its components (RFC 3986 Appendix B); each borrows from the input.
///
/// `None` is an undefined component, `Some("")` an empty one: `http://a/?` has an empty query,
/// `http://a/` none. The path is always defined, possibly empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UriRef<'a> {
    /// The scheme, without its `:`.
    pub(crate) scheme: Option<&'a str>,
    /// The authority, without its leading `//`.
    pub(crate) authority: Option<&'a str>,
    /// The path, as written.
    pub(crate) path: &'a str,
    /// The query, without its `?`.
    pub(crate) query: Option<&'a str>,
    /// The fragment, without its `#`.
    pub(crate) fragment: Option<&'a str>,
}

impl<'a> UriRef<'a> {
    /// Splits `text` into its components. Every string is a reference, so this cannot fail; a part
    /// before the first `:` that is not a valid scheme (`2024:x`, `a b:c`) is read as part of the path.
    pub(crate) fn parse(text: &'a str) -> Self {
        let (rest, fragment) = split_off(text, '#');
        let (rest, query) = split_off(rest, '?');
        let (scheme, rest) = match rest.split_once(':') {
            Some((scheme, rest)) if is_scheme(scheme) => (Some(scheme), rest),
            _ => (None, rest),
        };
        let (authority, path) = match rest.strip_prefix("//") {
            Some(after) => {
                let end = after.find('/').unwrap_or(after.len());
                (Some(&after[..end]), &after[end..])
            }
            None => (None, rest),
        };
        UriRef {
            scheme,
            authority,
            path,
            query,
            fragment,
        }
    }

    /// Whether relative references can be resolved against this one as a base: it has a scheme, and
    /// an authority or an absolute path. `mailto:a@e.com` or `urn:isbn:1` have neither, and
    /// resolving `../x` against them yields nothing a reader could follow.
    pub(crate) fn is_base(&self) -> bool {
        self.scheme.is_some() && (self.authority.is_some() || self.path.starts_with('/'))
    }
}

/// `reference` resolved against `base` (RFC 3986 §5.2.2, strict), or `None` when `base` cannot serve
/// as one ([`UriRef::is_base`]).
pub(crate) fn resolve(base: &str, reference: &str) -> Option<String> {
    let base = UriRef::parse(base);
    if !base.is_base() {
        return None;
    }
    let r = UriRef::parse(reference);
    let (scheme, authority, path, query) = if r.scheme.is_some() {
        (r.scheme, r.authority, remove_dot_segments(r.path), r.query)
    } else if r.authority.is_some() {
        (
            base.scheme,
            r.authority,
            remove_dot_segments(r.path),
            r.query,
        )
    } else if r.path.is_empty() {
        let query = r.query.or(base.query);
        (base.scheme, base.authority, base.path.to_string(), query)
    } else if r.path.starts_with('/') {
        (
            base.scheme,
            base.authority,
            remove_dot_segments(r.path),
            r.query,
        )
    } else {
        let path = remove_dot_segments(&merge(&base, r.path));
        (base.scheme, base.authority, path, r.query)
    };
    Some(compose(&UriRef {
        scheme,
        authority,
        path: &path,
        query,
        fragment: r.fragment,
    }))
}

/// A reference written out from its components (RFC 3986 §5.3).
fn compose(parts: &UriRef<'_>) -> String {
    let mut out = String::with_capacity(parts.path.len() + 32);
    if let Some(scheme) = parts.scheme {
        out.push_str(scheme);
        out.push(':');
    }
    if let Some(authority) = parts.authority {
        out.push_str("//");
        out.push_str(authority);
    }
    out.push_str(parts.path);
    for (mark, part) in [('?', parts.query), ('#', parts.fragment)] {
        if let Some(part) = part {
            out.push(mark);
            out.push_str(part);
        }
    }
    out
}

/// A relative path merged with the base's (RFC 3986 §5.2.3): the base path up to its last `/`, or
/// `/` when the base has an authority and an empty path.
fn merge(base: &UriRef<'_>, path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{path}");
    }
    match base.path.rfind('/') {
        Some(slash) => format!("{}{path}", &base.path[..=slash]),
        None => path.to_string(),
    }
}

/// `.` and `..` segments removed from a path (RFC 3986 §5.2.4), in one pass: each step moves one
/// segment from the input to the output or drops one, and `..` takes the last segment off the output.
pub(crate) fn remove_dot_segments(path: &str) -> String {
    let mut input = path;
    let mut output = String::with_capacity(path.len());
    while !input.is_empty() {
        if let Some(rest) = input
            .strip_prefix("../")
            .or_else(|| input.strip_prefix("./"))
        {
            input = rest;
        } else if input.starts_with("/./") {
            input = &input[2..];
        } else if input == "/." {
            input = "/";
        } else if input.starts_with("/../") {
            input = &input[3..];
            pop_segment(&mut output);
        } else if input == "/.." {
            input = "/";
            pop_segment(&mut output);
        } else if input == "." || input == ".." {
            input = "";
        } else {
            let start = usize::from(input.starts_with('/'));
            let end = input[start..].find('/').map_or(input.len(), |i| i + start);
            output.push_str(&input[..end]);
            input = &input[end..];
        }
    }
    output
}

/// The last segment of `output` and its preceding `/`, if any, removed.
fn pop_segment(output: &mut String) {
    let cut = output.rfind('/').unwrap_or(0);
    output.truncate(cut);
}

/// `text` split at the first `mark`: what precedes it, and what follows it if it occurs.
fn split_off(text: &str, mark: char) -> (&str, Option<&str>) {
    match text.split_once(mark) {
        Some((head, tail)) => (head, Some(tail)),
        None => (text, None),
    }
}

/// RFC 3986 §3.1: `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
fn is_scheme(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The base URI of RFC 3986 §5.4.
    const BASE: &str = "http://a/b/c/d;p?q";

    fn check(cases: &[(&str, &str)]) {
        let mut wrong = Vec::new();
        for (reference, want) in cases {
            let got = resolve(BASE, reference);
            if got.as_deref() != Some(*want) {
                wrong.push(format!("{reference:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn rfc_3986_normal_examples() {
        // RFC 3986 §5.4.1.
        check(&[
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
        ]);
    }

    #[test]
    fn rfc_3986_abnormal_examples() {
        // RFC 3986 §5.4.2, the strict reading of `http:g`.
        check(&[
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g?y/../x", "http://a/b/c/g?y/../x"),
            ("g#s/./x", "http://a/b/c/g#s/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"),
            ("http:g", "http:g"),
        ]);
    }

    #[test]
    fn references_split_into_five_components() {
        let r = UriRef::parse("https://user@E.com:8080/a/b?x=1?y#f#g");
        assert_eq!(r.scheme, Some("https"));
        assert_eq!(r.authority, Some("user@E.com:8080"));
        assert_eq!(r.path, "/a/b");
        assert_eq!(r.query, Some("x=1?y"));
        assert_eq!(r.fragment, Some("f#g"));
        let empty = UriRef::parse("http://a?#");
        assert_eq!(
            (empty.path, empty.query, empty.fragment),
            ("", Some(""), Some(""))
        );
        // Not a scheme: a digit first, or a space.
        assert_eq!(UriRef::parse("2024:x").scheme, None);
        assert_eq!(UriRef::parse("a b:c").path, "a b:c");
    }

    #[test]
    fn hosts_and_escapes_are_kept_as_written() {
        let base = "https://Bücher.EXAMPLE/a%20b/c";
        assert_eq!(
            resolve(base, "d%2Fe f").as_deref(),
            Some("https://Bücher.EXAMPLE/a%20b/d%2Fe f")
        );
        assert_eq!(
            resolve(base, "//Other.Example:443/./x").as_deref(),
            Some("https://Other.Example:443/x")
        );
        assert_eq!(resolve(base, "//e.com").as_deref(), Some("https://e.com"));
    }

    #[test]
    fn a_base_needs_a_scheme_and_a_hierarchy() {
        assert_eq!(resolve("e.com/a", "x"), None);
        assert_eq!(resolve("mailto:a@e.com", "../x"), None);
        assert_eq!(resolve("urn:isbn:1", "x"), None);
        assert_eq!(resolve("file:/srv/a", "b").as_deref(), Some("file:/srv/b"));
        // An authority with an empty path merges under "/".
        assert_eq!(
            resolve("https://e.com", "x").as_deref(),
            Some("https://e.com/x")
        );
    }

    #[test]
    fn dot_segments_are_removed_in_one_pass() {
        assert_eq!(remove_dot_segments("/a/b/c/./../../g"), "/a/g");
        assert_eq!(remove_dot_segments("mid/content=5/../6"), "mid/6");
        assert_eq!(remove_dot_segments("/.."), "/");
        assert_eq!(remove_dot_segments(""), "");
        // Deep climbs stay linear: 100,000 segments and as many `..`.
        let deep = format!("{}{}", "/s".repeat(100_000), "/..".repeat(100_000));
        assert_eq!(remove_dot_segments(&deep), "/");
    }
}
