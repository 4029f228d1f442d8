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
    /// Reads the facts in one forward and one counting pass.
    pub(crate) fn new(tree: &Tree<'_>) -> Context {
        let n = tree.nodes.len();
        // The nearest table around each node, and what each table holds directly.
        let mut owner = vec![NO_PARENT; n];
        let mut rows = vec![0usize; n];
        let mut cells = vec![0usize; n];
        let mut header = vec![false; n];
        let mut nested = vec![false; n];
        let mut in_figure = vec![false; n];
        for i in 0..n {
            let parent = tree.nodes[i].parent;
            if parent != NO_PARENT {
                owner[i] = if tree.name(parent) == "table" {
                    parent
                } else {
                    owner[parent]
                };
                in_figure[i] = in_figure[parent] || tree.name(parent) == "figure";
            }
            let t = owner[i];
            if t == NO_PARENT {
                continue;
            }
            match tree.name(i) {
                "tr" => rows[t] += 1,
                "td" | "th" => {
                    cells[t] += 1;
                    header[t] |= tree.name(i) == "th";
                }
                "thead" | "tfoot" | "col" | "colgroup" => header[t] = true,
                "caption" => header[t] |= !tree.text_of(i, |_| false).is_empty(),
                "table" => nested[t] = true,
                _ => {}
            }
        }
        let mut data_table = vec![false; n];
        for i in 0..n {
            if tree.name(i) != "table" {
                continue;
            }
            let layout = tree.attr(i, "role") == Some("presentation")
                || tree.attr(i, "datatable") == Some("0");
            let columns = if rows[i] > 0 {
                cells[i].div_ceil(rows[i])
            } else {
                0
            };
            data_table[i] = !layout
                && (tree.attr(i, "summary").is_some()
                    || header[i]
                    || (!nested[i]
                        && (rows[i] >= DATA_ROWS
                            || columns > DATA_COLUMNS
                            || cells[i] > DATA_CELLS)));
        }
        let mut in_data_table = vec![false; n];
        for i in 0..n {
            let parent = tree.nodes[i].parent;
            if parent != NO_PARENT {
                in_data_table[i] = in_data_table[parent] || data_table[parent];
            }
        }
        Context {
            data_table,
            in_data_table,
            in_figure,
        }
    }
}
