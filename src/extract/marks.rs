//! The marks of one attempt, held compactly: a small number per node naming one of the attempt's
//! few distinct marks, instead of a two-word mark per node.
//!
//! Furniture and cleaning each mark a page, node by node; an attempt holds both until its result is
//! recorded, and the best attempt so far is held while the next one runs. A table of one [`Mark`]
//! per node (32 bytes) was built by each stage and then packed: on a page of many small nodes its
//! writing and reading were the stages' largest memory traffic after the parse. The stages now mark
//! here directly, two bytes a node. The marks themselves are the stages' own literals (a stage and
//! a reason), a few dozen at most.

use super::prune::Mark;
use std::ops::Index;

/// The marks of an attempt's nodes, one at most a node: set by a stage ([`Marks::set`]), and laid
/// in layers ([`Marks::lay`]) where the first layer laid wins.
#[derive(Debug, Clone)]
pub(crate) struct Marks {
    /// Per node: the index of its mark in `kinds` (0, `None`, for no mark).
    ids: Vec<u16>,
    /// `None`, then the distinct marks in the order first met.
    kinds: Vec<Mark>,
}

impl Default for Marks {
    fn default() -> Marks {
        Marks::new(0)
    }
}

impl Marks {
    /// No mark on any of `n` nodes.
    pub(crate) fn new(n: usize) -> Marks {
        Marks {
            ids: vec![0; n],
            kinds: vec![None],
        }
    }

    /// The number of nodes.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    /// Marks node `i` with `mark` (`None` unmarks it); a node past the end is left alone.
    pub(crate) fn set(&mut self, i: usize, mark: Mark) {
        let id = match mark {
            Some(kind) => self.id_of(kind),
            None => 0,
        };
        if let Some(slot) = self.ids.get_mut(i) {
            *slot = id;
        }
    }

    /// Lays `other` under the marks held: it marks only nodes still unmarked.
    pub(crate) fn lay(&mut self, other: &Marks) {
        // `other`'s numbers as numbers here, found on first use (0 before: no number is 0 there
        // but its `None`).
        let mut ours = vec![0u16; other.kinds.len()];
        for (slot, &theirs) in self.ids.iter_mut().zip(&other.ids) {
            if theirs == 0 || *slot != 0 {
                continue;
            }
            let k = usize::from(theirs);
            if ours[k] == 0 {
                ours[k] = match other.kinds[k] {
                    Some(kind) => id_in(&mut self.kinds, kind),
                    None => 0,
                };
            }
            *slot = ours[k];
        }
    }

    /// The number that stands for `kind`, given one when it is new.
    fn id_of(&mut self, kind: (&'static str, &'static str)) -> u16 {
        id_in(&mut self.kinds, kind)
    }

    /// Whether node `i` is marked (`false` past the end): one number read, not its mark.
    #[inline]
    pub(crate) fn is_marked(&self, i: usize) -> bool {
        self.ids.get(i).is_some_and(|&id| id != 0)
    }

    /// The mark of node `i` (`None` past the end).
    pub(crate) fn get(&self, i: usize) -> Mark {
        let id = usize::from(*self.ids.get(i)?);
        self.kinds.get(id).copied().flatten()
    }
}

/// The number of `kind` in `kinds` (whose first entry is `None`), given one when it is new. The
/// kinds are the stages' literals, far fewer than `u16` numbers; were they not, the last number
/// would be shared.
fn id_in(kinds: &mut Vec<Mark>, kind: (&'static str, &'static str)) -> u16 {
    let index = match kinds.iter().position(|&k| k == Some(kind)) {
        Some(index) => index,
        None if kinds.len() <= usize::from(u16::MAX) => {
            kinds.push(Some(kind));
            kinds.len() - 1
        }
        None => kinds.len() - 1,
    };
    u16::try_from(index).unwrap_or(u16::MAX)
}

/// `marks[i]`: the mark of node `i`, as a table of marks answers (out of range, a panic, as a
/// slice's).
impl Index<usize> for Marks {
    type Output = Mark;

    fn index(&self, i: usize) -> &Mark {
        &self.kinds[usize::from(self.ids[i])]
    }
}

/// The `id` (else the tag name) of every node that `mark` marks on `page`, in document order: what
/// the tests of a marking rule compare.
#[cfg(test)]
pub(crate) fn marked_ids(
    page: &str,
    mark: impl Fn(&super::tree::Tree<'_>, &mut Marks),
) -> Vec<String> {
    let html = scraper::Html::parse_document(page);
    let tree = super::tree::Tree::flatten(&html, &mut Vec::new());
    let mut marks = Marks::new(tree.nodes.len());
    mark(&tree, &mut marks);
    (0..tree.nodes.len())
        .filter(|&i| marks[i].is_some())
        .map(|i| tree.attr(i, "id").unwrap_or(tree.name(i)).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks_of(table: &[Mark]) -> Marks {
        let mut marks = Marks::new(table.len());
        for (i, &mark) in table.iter().enumerate() {
            marks.set(i, mark);
        }
        marks
    }

    #[test]
    fn the_first_layer_wins_and_unmarked_nodes_stay_unmarked() {
        let nav = Some(("boilerplate-container", "navigation"));
        let share = Some(("clean", "share bar"));
        let mut marks = Marks::new(4);
        marks.lay(&marks_of(&[nav, None, None, nav]));
        marks.lay(&marks_of(&[share, share, None, None]));
        assert_eq!(
            (0..5).map(|i| marks.get(i)).collect::<Vec<_>>(),
            [nav, share, None, nav, None]
        );
        assert_eq!(
            (0..4).map(|i| marks[i]).collect::<Vec<_>>(),
            [nav, share, None, nav]
        );
        assert_eq!(marks.kinds.len(), 3);
    }

    #[test]
    fn a_mark_set_replaces_the_one_there_and_none_clears_it() {
        let nav = Some(("navigation", "nav element"));
        let byline = Some(("byline", "byline"));
        let mut marks = Marks::new(3);
        marks.set(1, nav);
        marks.set(1, byline);
        marks.set(2, nav);
        marks.set(2, None);
        marks.set(7, nav);
        assert_eq!([marks[0], marks[1], marks[2]], [None, byline, None]);
        assert_eq!(marks.get(7), None);
        assert_eq!(marks.len(), 3);
        assert_eq!(
            (0..8).map(|i| marks.is_marked(i)).collect::<Vec<_>>(),
            [false, true, false, false, false, false, false, false]
        );
    }

    #[test]
    fn a_mark_met_again_keeps_its_number() {
        let nav = Some(("navigation", "nav element"));
        let mut marks = Marks::new(100);
        for i in 0..100 {
            marks.set(i, nav);
        }
        assert_eq!(marks.kinds.len(), 2);
        assert!((0..100).all(|i| marks[i] == nav));
    }
}
