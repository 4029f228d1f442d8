//! Where the batch stage's per-document work runs: scoped threads of the calling process, or rayon.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The threads a batch's per-document work is spread over.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Workers {
    /// Up to this many scoped threads (0 and 1: the calling thread).
    Threads(usize),
    /// Rayon's global pool.
    #[cfg(feature = "rayon")]
    Rayon,
}

impl Workers {
    /// [`map`](Self::map) starting the items with the greatest `weight` (their expected work, such as
    /// their bytes) first; results in the items' order.
    pub(crate) fn map_heaviest_first<T, R, F>(
        self,
        items: Vec<T>,
        weight: impl Fn(&T) -> usize,
        f: F,
    ) -> Vec<R>
    where
        T: Send,
        R: Send,
        F: Fn(T) -> R + Sync,
    {
        let weights: Vec<usize> = items.iter().map(weight).collect();
        let order = heaviest_first(&weights);
        let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
        let started: Vec<T> = order.iter().filter_map(|&i| slots[i].take()).collect();
        let mut results: Vec<Option<R>> =
            std::iter::repeat_with(|| None).take(order.len()).collect();
        for (&i, result) in order.iter().zip(self.map(started, f)) {
            results[i] = Some(result);
        }
        results.into_iter().flatten().collect()
    }

    /// `f` applied to every item, results in the items' order.
    pub(crate) fn map<T, R, F>(self, items: Vec<T>, f: F) -> Vec<R>
    where
        T: Send,
        R: Send,
        F: Fn(T) -> R + Sync,
    {
        match self {
            Workers::Threads(threads) => map_on_threads(items, threads, f),
            #[cfg(feature = "rayon")]
            Workers::Rayon => {
                use rayon::prelude::*;
                items.into_par_iter().map(&f).collect()
            }
        }
    }
}

/// The order to start items in, heaviest first (ties in the items' order): the last items to finish are
/// then light ones, and no thread waits long at the end for another's large page.
fn heaviest_first(weights: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(weights[i]));
    order
}

/// `f` on every item over `threads` scoped threads. Items are taken one at a time from a shared
/// counter, so the work balances however unequal the items are; each result goes to its item's slot.
fn map_on_threads<T, R, F>(items: Vec<T>, threads: usize, f: F) -> Vec<R>
where
    T: Send,
    R: Send,
    F: Fn(T) -> R + Sync,
{
    let threads = threads.min(items.len());
    if threads <= 1 {
        return items.into_iter().map(f).collect();
    }
    let n = items.len();
    // One lock per item, each taken once: no thread waits on another.
    let slots: Vec<Mutex<Option<T>>> = items.into_iter().map(|t| Mutex::new(Some(t))).collect();
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(slot) = slots.get(i) else { break };
                        let item = slot.lock().ok().and_then(|mut s| s.take());
                        if let Some(item) = item {
                            out.push((i, f(item)));
                        }
                    }
                    out
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    debug_assert_eq!(done.len(), n);
    done.sort_unstable_by_key(|&(i, _)| i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heaviest_items_start_first_and_results_keep_the_items_order() {
        assert_eq!(heaviest_first(&[3, 9, 1, 9, 4]), [1, 3, 4, 0, 2]);
        let started = Mutex::new(Vec::new());
        let items: Vec<usize> = vec![3, 9, 1, 9, 4];
        let results = Workers::Threads(1).map_heaviest_first(
            items,
            |&w| w,
            |w| {
                started.lock().unwrap().push(w);
                w * 10
            },
        );
        assert_eq!(results, [30, 90, 10, 90, 40]);
        assert_eq!(*started.lock().unwrap(), [9, 9, 4, 3, 1]);
        for threads in [2, 3, 8] {
            let items: Vec<usize> = (0..50).map(|i| (i * 37) % 11).collect();
            let expected: Vec<usize> = items.iter().map(|w| w + 1).collect();
            let results = Workers::Threads(threads).map_heaviest_first(items, |&w| w, |w| w + 1);
            assert_eq!(results, expected);
        }
    }

    #[test]
    fn results_keep_the_items_order_on_any_number_of_threads() {
        let items: Vec<usize> = (0..100).collect();
        for threads in [0, 1, 2, 3, 8, 200] {
            let out = Workers::Threads(threads).map(items.clone(), |i| i * 2);
            assert_eq!(out, (0..100).map(|i| i * 2).collect::<Vec<_>>());
        }
        assert!(Workers::Threads(4).map(Vec::<u8>::new(), |i| i).is_empty());
    }

    #[cfg(feature = "rayon")]
    #[test]
    fn rayon_keeps_the_order_too() {
        let out = Workers::Rayon.map((0..100).collect(), |i: usize| i + 1);
        assert_eq!(out, (1..101).collect::<Vec<_>>());
    }
}
