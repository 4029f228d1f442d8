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
