//! The marks of one attempt, held compactly until they are recorded: a small number per node naming
//! one of the attempt's few distinct marks, instead of a two-word mark per node in each of its tables.
//!
//! Furniture and cleaning each mark a page in a table of one [`Mark`] per node (32 bytes). An attempt
//! holds both until its result is recorded, and the best attempt so far is held while the next one
//! runs: on a page of many small nodes that was the largest memory the extraction adds to the parse.
//! The marks themselves are the stages' own literals (a stage and a reason), a few dozen at most.

use super::prune::Mark;

/// The marks of an attempt's nodes, in layers: where two layers mark a node, the first one laid
/// ([`Marks::lay`]) wins.
#[derive(Debug, Default, Clone)]
pub(super) struct Marks {
    /// Per node: 0 for no mark, else one more than the index of its mark in `kinds`.
    ids: Vec<u16>,
    /// The distinct marks, in the order first met.
    kinds: Vec<(&'static str, &'static str)>,
}

impl Marks {
    /// No mark on any of `n` nodes.
    pub(super) fn new(n: usize) -> Marks {
        Marks {
            ids: vec![0; n],
            kinds: Vec::new(),
        }
    }

    /// Lays a table of one mark per node under the marks held: it marks only nodes still unmarked.
    pub(super) fn lay(&mut self, table: &[Mark]) {
        for (i, mark) in table.iter().enumerate() {
            let Some(kind) = *mark else {
                continue;
            };
            if self.ids.get(i) == Some(&0) {
                let id = self.id_of(kind);
                self.ids[i] = id;
            }
        }
    }

    /// The number that stands for `kind`, given one when it is new. The kinds are the stages'
    /// literals, far fewer than `u16` numbers; were they not, the last number would be shared.
    fn id_of(&mut self, kind: (&'static str, &'static str)) -> u16 {
        let index = match self.kinds.iter().position(|&k| k == kind) {
            Some(index) => index,
            None if self.kinds.len() < usize::from(u16::MAX) => {
                self.kinds.push(kind);
                self.kinds.len() - 1
            }
            None => self.kinds.len() - 1,
        };
        u16::try_from(index + 1).unwrap_or(u16::MAX)
    }

    /// The mark of node `i`.
    pub(super) fn get(&self, i: usize) -> Mark {
        let id = usize::from(*self.ids.get(i)?);
        id.checked_sub(1).and_then(|k| self.kinds.get(k).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_layer_wins_and_unmarked_nodes_stay_unmarked() {
        let nav = Some(("boilerplate-container", "navigation"));
        let share = Some(("clean", "share bar"));
        let mut marks = Marks::new(4);
        marks.lay(&[nav, None, None, nav]);
        marks.lay(&[share, share, None, None]);
        assert_eq!(
            (0..5).map(|i| marks.get(i)).collect::<Vec<_>>(),
            [nav, share, None, nav, None]
        );
        assert_eq!(marks.kinds.len(), 2);
    }
}
