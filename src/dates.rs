//! Dates at their precision ("2019", "May 2021", "22 April 2022"): which
//! parts to show is decided here, in plain Rust; the browser's `Intl` does the
//! wording for the page's language (see `browser::format_date`). Without a
//! browser (the build's pre-rendered first paint), [`format_in`] words them
//! the way `Intl` does in each interface language, so that nothing changes
//! when the wasm takes over (a browser test compares the two).

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

/// Month names, and how a day and a month-only date are put together, in the
/// interface languages other than English, as `Intl` words them.
fn month_names(locale: &str) -> Option<([&'static str; 12], &'static str, &'static str)> {
    let primary = locale.split(['-', '_']).next().unwrap_or("");
    Some(match primary {
        "es" => (
            [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            "{d} de {m} de {y}",
            "{m} de {y}",
        ),
        "pt" => (
            [
                "janeiro",
                "fevereiro",
                "março",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro",
            ],
            "{d} de {m} de {y}",
            "{m} de {y}",
        ),
        "fr" => (
            [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
            "{d} {m} {y}",
            "{m} {y}",
        ),
        "de" => (
            [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
            "{d}. {m} {y}",
            "{m} {y}",
        ),
        _ => return None,
    })
}

/// A date at its precision in `locale` (one of the interface's), worded as
/// `Intl.DateTimeFormat` words it: `22 avril 2022`, `Mai 2021`, `2019`;
/// British English for any other locale.
pub fn format_in(date: Date, locale: &str) -> String {
    let Some((months, day_form, month_form)) = month_names(locale) else {
        return format_english(date);
    };
    let month = months.get(usize::from(date.month).wrapping_sub(1));
    let fill = |form: &str, m: &str| {
        form.replace("{d}", &date.day.to_string())
            .replace("{m}", m)
            .replace("{y}", &date.year.to_string())
    };
    match (date.precision(), month) {
        (Precision::Day, Some(m)) => fill(day_form, m),
        (Precision::Month, Some(m)) => fill(month_form, m),
        _ => date.year.to_string(),
    }
}
