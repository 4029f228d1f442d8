//! Imports run in one direction: src/lib.rs declares the top-level modules bottom layer first, and a
//! module may import (`use crate::…`, or a `crate::…` path in code) only from modules declared before it.
//! So there is no cycle among the top-level modules. Unit tests (`#[cfg(test)] mod tests`, `tests.rs`)
//! and comments (doc links) are left out: they do not shape the layers.

use std::fs;
use std::path::{Path, PathBuf};

/// The top-level modules in the order src/lib.rs declares them.
fn layers(src: &Path) -> Vec<String> {
    let lib = fs::read_to_string(src.join("lib.rs")).unwrap();
    lib.lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line
                .strip_prefix("pub mod ")
                .or_else(|| line.strip_prefix("mod "))
                .or_else(|| line.strip_prefix("pub(crate) mod "))?;
            rest.strip_suffix(';').map(str::to_string)
        })
        .collect()
}

/// Every .rs file under `dir`, iteratively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The code of a file without its unit tests and comments.
fn code_lines(source: &str) -> Vec<&str> {
    let lines: Vec<&str> = source.lines().collect();
    let end = lines
        .windows(2)
        .position(|w| w[0].trim() == "#[cfg(test)]" && w[1].trim_start().starts_with("mod tests"))
        .unwrap_or(lines.len());
    lines[..end]
        .iter()
        .copied()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect()
}

/// The top-level modules a line names with a `crate::` path.
fn named_modules<'a>(line: &'a str, modules: &[String]) -> Vec<&'a str> {
    let mut named = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let is_path = at == 0
            || !rest[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        if is_path && modules.iter().any(|m| m == name) {
            named.push(name);
        }
        rest = &after[name_len..];
    }
    named
}

#[test]
fn modules_import_only_from_layers_below() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = layers(&src);
    assert!(modules.len() > 10, "lib.rs lists the modules: {modules:?}");
    let rank = |name: &str| modules.iter().position(|m| m == name).unwrap();
    let mut upward = Vec::new();
    for path in rust_files(&src) {
        let relative = path.strip_prefix(&src).unwrap();
        let top = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let top = top.trim_end_matches(".rs");
        if top == "lib"
            || relative.ends_with("tests.rs")
            || relative.components().any(|c| c.as_os_str() == "tests")
        {
            continue;
        }
        let Some(own) = modules.iter().position(|m| m == top) else {
            panic!("{} belongs to no module of lib.rs", relative.display());
        };
        let source = fs::read_to_string(&path).unwrap();
        for (n, line) in code_lines(&source).into_iter().enumerate() {
            for name in named_modules(line, &modules) {
                if rank(name) > own {
                    upward.push(format!(
                        "{}:{}: {top} -> {name}: {}",
                        relative.display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports from a layer above (order of the modules in src/lib.rs):\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_check_sees_an_upward_import() {
    let modules: Vec<String> = ["block", "pipeline"].map(String::from).to_vec();
    assert_eq!(
        named_modules("use crate::pipeline::Pipeline;", &modules),
        ["pipeline"]
    );
    assert_eq!(
        named_modules("let x = crate::block::Block::new(k, t);", &modules),
        ["block"]
    );
    assert!(named_modules("use mycrate::pipeline::X;", &modules).is_empty());
    assert_eq!(
        code_lines("use a;\n// crate::pipeline\n#[cfg(test)]\nmod tests {\nuse b;\n}"),
        ["use a;"]
    );
}
