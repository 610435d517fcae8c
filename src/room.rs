//! The room the widget takes on its host page (the `limit` attribute): how
//! many cast cards and timeline events show at first, before a "Show all"
//! button for each view. On a phone the whole widget is about 9,400 px
//! tall; with a limit of six it keeps to two or three screens. Plain Rust,
//! no browser types.

use crate::timeline::Era;
use std::rc::Rc;

/// The limits whose first paints the build pre-renders (and the builder
/// offers): about two screens, and about three, on a phone.
pub const PRERENDERED: [usize; 2] = [6, 12];

/// The views a limit applies to, each shown whole by its own button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Cast,
    Timeline,
}

/// The `limit` attribute's value: a whole number from 1 to 999, in plain
/// digits. Anything else (empty, `0`, `six`, `-3`, `1e3`) sets no limit, so
/// a typo shows everything rather than nothing.
pub fn parse(value: &str) -> Option<usize> {
    let value = value.trim();
    if value.is_empty() || value.len() > 3 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok().filter(|&n| n > 0)
}

/// The first `limit` events of `eras`, in their order and in their eras
/// (an era left with none is left out), and how many events were cut.
/// Without a limit, or when everything fits, `eras` itself.
pub fn first_events(eras: &Rc<Vec<Era>>, limit: Option<usize>) -> (Rc<Vec<Era>>, usize) {
    let total: usize = eras.iter().map(|e| e.events.len()).sum();
    let Some(limit) = limit.filter(|&l| l < total) else {
        return (eras.clone(), 0);
    };
    let mut left = limit;
    let mut kept = Vec::new();
    for era in eras.iter() {
        if left == 0 {
            break;
        }
        let events: Vec<usize> = era.events.iter().copied().take(left).collect();
        left -= events.len();
        if !events.is_empty() {
            kept.push(Era {
                season: era.season,
                events,
            });
        }
    }
    (Rc::new(kept), total - limit)
}

/// How many of `total` cards show under `limit`, and how many wait behind
/// "Show all".
pub fn first_cards(total: usize, limit: Option<usize>) -> (usize, usize) {
    match limit {
        Some(limit) if limit < total => (limit, total - limit),
        _ => (total, 0),
    }
}
