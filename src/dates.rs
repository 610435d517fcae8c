//! Dates at their precision ("2019", "May 2021", "22 April 2022"): which
//! parts to show is decided here, in plain Rust; the browser's `Intl` does the
//! wording for the page's language (see `browser::format_date`), and
//! [`format_english`] is the fallback used when rendering without a browser.

use crate::data::{Date, Precision};

/// The `Intl.DateTimeFormat` options for a date of this precision.
pub fn intl_options(precision: Precision) -> &'static [(&'static str, &'static str)] {
    match precision {
        Precision::Year => &[("year", "numeric"), ("timeZone", "UTC")],
        Precision::Month => &[("year", "numeric"), ("month", "long"), ("timeZone", "UTC")],
        Precision::Day => &[
            ("year", "numeric"),
            ("month", "long"),
            ("day", "numeric"),
            ("timeZone", "UTC"),
        ],
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// British English at the date's precision: `2019`, `May 2021`, `22 April 2022`.
pub fn format_english(date: Date) -> String {
    let month = MONTHS.get(usize::from(date.month).wrapping_sub(1));
    match (date.precision(), month) {
        (Precision::Day, Some(m)) => format!("{} {m} {}", date.day, date.year),
        (Precision::Month, Some(m)) => format!("{m} {}", date.year),
        _ => date.year.to_string(),
    }
}
