//! Document context that does not change between attempts: which tables hold data (rows of a table
//! body) rather than page layout, and which nodes sit inside a data table or a figure.

use super::tree::{Tree, NO_PARENT};

/// A table with this many rows holds data.
const DATA_ROWS: usize = 10;
/// A table with more columns than this holds data.
const DATA_COLUMNS: usize = 4;
/// A table with more cells than this holds data.
const DATA_CELLS: usize = 10;

/// Per-node facts about tables and figures.
#[derive(Debug)]
pub(crate) struct Context {
    /// The node is a table of data.
    pub data_table: Vec<bool>,
    /// The node is inside a table of data.
    pub in_data_table: Vec<bool>,
    /// The node is inside a `figure`.
    pub in_figure: Vec<bool>,
}

impl Context {
    /// Reads the facts in one forward pass over the nodes and one over the tables; a page without a
    /// table is read for its figures alone.
    pub(crate) fn new(tree: &Tree<'_>) -> Context {
        let n = tree.nodes.len();
        let mut in_figure = vec![false; n];
        let mut has_table = false;
        for i in 0..n {
            let parent = tree.nodes[i].parent();
            if parent != NO_PARENT {
                in_figure[i] = in_figure[parent] || tree.name(parent) == "figure";
            }
            has_table |= tree.name(i) == "table";
        }
        let (data_table, in_data_table) = if has_table {
            data_tables(tree)
        } else {
            (vec![false; n], vec![false; n])
        };
        Context {
            data_table,
            in_data_table,
            in_figure,
        }
    }
}

/// What a table holds directly (not through a table nested in it).
#[derive(Debug, Default, Clone, Copy)]
struct Holds {
    rows: usize,
    cells: usize,
    header: bool,
    nested: bool,
}

/// Which nodes are tables of data, and which stand inside one.
fn data_tables(tree: &Tree<'_>) -> (Vec<bool>, Vec<bool>) {
    let n = tree.nodes.len();
    // Each node's nearest table, itself included, by its place among the tables; `NO_PARENT` when
    // there is none. A node's table is its parent's.
    let mut table_of = vec![NO_PARENT; n];
    let mut tables: Vec<(usize, Holds)> = Vec::new();
    for i in 0..n {
        let t = tree.parents_value(&table_of, i, NO_PARENT);
        if let Some((_, holds)) = tables.get_mut(t) {
            match tree.name(i) {
                "tr" => holds.rows += 1,
                "td" | "th" => {
                    holds.cells += 1;
                    holds.header |= tree.name(i) == "th";
                }
                "thead" | "tfoot" | "col" | "colgroup" => holds.header = true,
                "caption" => holds.header |= !tree.text_of(i, |_| false).is_empty(),
                "table" => holds.nested = true,
                _ => {}
            }
        }
        table_of[i] = if tree.name(i) == "table" {
            tables.push((i, Holds::default()));
            tables.len() - 1
        } else {
            t
        };
    }
    drop(table_of);
    let mut data_table = vec![false; n];
    for (i, holds) in tables {
        let layout =
            tree.attr(i, "role") == Some("presentation") || tree.attr(i, "datatable") == Some("0");
        let columns = if holds.rows > 0 {
            holds.cells.div_ceil(holds.rows)
        } else {
            0
        };
        data_table[i] = !layout
            && (tree.attr(i, "summary").is_some()
                || holds.header
                || (!holds.nested
                    && (holds.rows >= DATA_ROWS
                        || columns > DATA_COLUMNS
                        || holds.cells > DATA_CELLS)));
    }
    let mut in_data_table = vec![false; n];
    for i in 0..n {
        let parent = tree.nodes[i].parent();
        if parent != NO_PARENT {
            in_data_table[i] = in_data_table[parent] || data_table[parent];
        }
    }
    (data_table, in_data_table)
}

#[cfg(test)]
mod tests {
    use super::Context;
    use crate::extract::tree::Tree;
    use scraper::Html;

    /// The text of each node the facts hold for: (tables of data, nodes in one, nodes in a figure),
    /// text nodes only for the last two.
    fn facts(page: &str) -> (usize, Vec<String>, Vec<String>) {
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let cx = Context::new(&tree);
        let texts = |flags: &[bool]| -> Vec<String> {
            (0..tree.nodes.len())
                .filter(|&i| flags[i] && tree.name(i).is_empty())
                .map(|i| tree.text_of(i, |_| false))
                .collect()
        };
        let tables = cx.data_table.iter().filter(|&&d| d).count();
        (tables, texts(&cx.in_data_table), texts(&cx.in_figure))
    }

    #[test]
    fn tables_with_a_header_hold_data_and_layout_tables_do_not() {
        let page =
            "<body><table><tr><th>Year</th><th>Sales</th></tr><tr><td>2020</td><td>12</td></tr>\
            </table><table role=presentation><tr><th>Menu</th></tr></table>\
            <table><tr><td>Left column<table><caption>Prices</caption><tr><td>Tea</td></tr></table>\
            </td></tr></table><figure><img src=a.png><figcaption>A cat</figcaption></figure>\
            <p>Body text</p></body>";
        let (tables, in_data, in_figure) = facts(page);
        // The first table (a header row) and the nested one (a caption): the outer table holds a
        // table of its own, the presentation table is layout.
        assert_eq!(tables, 2);
        assert_eq!(in_data, ["Year", "Sales", "2020", "12", "Prices", "Tea"]);
        assert_eq!(in_figure, ["A cat"]);
    }

    #[test]
    fn a_page_without_tables_has_figures_alone() {
        let (tables, in_data, in_figure) =
            facts("<body><figure><figcaption>A dog</figcaption></figure><p>Text</p></body>");
        assert_eq!(tables, 0);
        assert!(in_data.is_empty());
        assert_eq!(in_figure, ["A dog"]);
    }
}
