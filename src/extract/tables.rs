//! Document context that does not change between attempts: which tables hold data (rows of a table
//! body) rather than page layout, and which nodes sit inside a data table or a figure.

use super::tree::{Tree, NO_PARENT};

/// A table with this many rows holds data.
const DATA_ROWS: usize = 10;
/// A table with more columns than this holds data.
const DATA_COLUMNS: usize = 4;
/// A table with more cells than this holds data.
const DATA_CELLS: usize = 10;
/// A cell holding this many block elements (boxes, paragraphs, lists) holds a page region, not a
/// datum: a forum's post cell with its author box, message and signature.
const LAID_OUT_CELL_BLOCKS: usize = 3;
/// Most columns of a table that lays out a page: a left, a main and a right column.
const LAYOUT_COLUMNS: usize = 3;

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
    /// Cells that hold [`LAID_OUT_CELL_BLOCKS`] block elements or more.
    laid_out: usize,
}

impl Holds {
    /// Whether most of the table's cells hold page regions in at most [`LAYOUT_COLUMNS`] columns:
    /// the table lays out the page (forum software writes every post as a row so), whatever its
    /// rows or header. A wider grid of boxes compares things side by side: it holds data.
    fn lays_out(&self) -> bool {
        self.laid_out >= 2
            && self.laid_out * 2 >= self.cells
            && self.cells <= self.rows * LAYOUT_COLUMNS
    }
}

/// Which nodes are tables of data, and which stand inside one.
fn data_tables(tree: &Tree<'_>) -> (Vec<bool>, Vec<bool>) {
    let n = tree.nodes.len();
    // Each node's nearest table, itself included, by its place among the tables; `NO_PARENT` when
    // there is none. A node's table is its parent's.
    let mut table_of = vec![NO_PARENT; n];
    let mut tables: Vec<(usize, Holds)> = Vec::new();
    // Each node's nearest cell, by its place among the cells (a nested table starts afresh), and
    // each cell's table and count of block elements.
    let mut cell_of = vec![NO_PARENT; n];
    let mut cells: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        let t = tree.parents_value(&table_of, i, NO_PARENT);
        let c = tree.parents_value(&cell_of, i, NO_PARENT);
        cell_of[i] = match tree.name(i) {
            "td" | "th" if t != NO_PARENT => {
                cells.push((t, 0));
                cells.len() - 1
            }
            "table" => {
                if let Some((_, blocks)) = cells.get_mut(c) {
                    *blocks += 1;
                }
                NO_PARENT
            }
            name => {
                if let Some((_, blocks)) = cells.get_mut(c) {
                    *blocks += usize::from(is_region_block(name));
                }
                c
            }
        };
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
    drop(cell_of);
    for (t, blocks) in cells {
        if let Some((_, holds)) = tables.get_mut(t) {
            holds.laid_out += usize::from(blocks >= LAID_OUT_CELL_BLOCKS);
        }
    }
    let mut data_table = vec![false; n];
    for (i, holds) in tables {
        let layout = tree.attr(i, "role") == Some("presentation")
            || tree.attr(i, "datatable") == Some("0")
            || holds.lays_out();
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

/// Block elements that build a page region inside a cell (a table nested in the cell counts too).
fn is_region_block(name: &str) -> bool {
    matches!(
        name,
        "div"
            | "p"
            | "ul"
            | "ol"
            | "dl"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "aside"
            | "header"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
    )
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
    fn rows_of_laid_out_cells_are_page_layout_even_under_a_header() {
        // A thread written as table rows: an author box, the message and a signature in each cell.
        let post = |who: &str, said: &str| {
            format!(
                "<tr><td><div class=author>{who}</div><div class=message><div class=text>{said}</div>\
                 <div class=signature>My bike is red</div></div></td></tr>"
            )
        };
        let page = format!(
            "<body><table><tr><th>Messages</th></tr>{}{}{}</table></body>",
            post("ann", "The ferry was late again."),
            post("bo", "It always is in winter."),
            post("cy", "Take the bridge instead.")
        );
        let (tables, in_data, _) = facts(&page);
        assert_eq!(tables, 0);
        assert!(in_data.is_empty());
    }

    #[test]
    fn a_data_table_with_a_box_in_each_cell_still_holds_data() {
        // Cells wrapped in one styling box each are still data.
        let row =
            |a: &str, b: &str| format!("<tr><td><div>{a}</div></td><td><div>{b}</div></td></tr>");
        let page = format!(
            "<body><table><tr><th>Town</th><th>Rain</th></tr>{}{}</table></body>",
            row("Leeds", "12"),
            row("York", "9")
        );
        let (tables, in_data, _) = facts(&page);
        assert_eq!(tables, 1);
        assert_eq!(in_data, ["Town", "Rain", "Leeds", "12", "York", "9"]);
    }

    #[test]
    fn a_wide_grid_of_boxes_compares_and_holds_data() {
        // Five plans side by side, each cell a box of name, price and notes.
        let cell = |name: &str| {
            format!("<td><div><h3>{name}</h3><p>From 5 a month</p><ul><li>Free domain</li></ul></div></td>")
        };
        let row: String = ["Basic", "Plus", "Team", "Pro", "Max"]
            .iter()
            .map(|n| cell(n))
            .collect();
        let page = format!("<body><table><tr>{row}</tr><tr>{row}</tr></table></body>");
        let (tables, _, _) = facts(&page);
        assert_eq!(tables, 1);
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
