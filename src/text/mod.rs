//! The interface's words in English, Spanish, French, German and Brazilian
//! Portuguese: one table per language, one file each. The data stays in the
//! language of the data file. Plain Rust; the browser only supplies the
//! reader's preferences.

mod de;
mod en;
/// The words for data that cannot be used: in the reader module and
/// natively, never in the first wasm.
#[cfg(any(feature = "reader", not(target_arch = "wasm32")))]
pub mod errors;
mod es;
mod fr;
mod pt_br;

use crate::data::{Billing, EventKind, RefKind, Role};
use crate::filter::Sort;
use crate::lang::Lang;
use crate::url_state::View;

/// Declares [`Strings`] and [`Strings::texts`] from one list of fields, so
/// that every text of a table is listed (the i18n test checks them all).
macro_rules! strings_table {
    ($($(#[$doc:meta])* $field:ident,)*) => {
        /// One language's words. A field ending in `_fmt` is a pattern with
        /// named `{placeholders}`, filled by [`fill`]; every language uses
        /// the same placeholders (a test checks).
        pub struct Strings {
            $($(#[$doc])* pub $field: &'static str,)*
            role: fn(Role) -> &'static str,
            billing: fn(Billing) -> &'static str,
            kind: fn(EventKind) -> &'static str,
            sort: fn(Sort) -> &'static str,
            view: fn(View) -> &'static str,
            ref_kind: fn(RefKind) -> &'static str,
        }

        impl Strings {
            /// Every text of the table, by field name, then the words for
            /// roles, billings, event kinds, sorts, views and kinds of
            /// reference.
            pub fn texts(&self) -> Vec<(&'static str, &'static str)> {
                let mut all = vec![$((stringify!($field), self.$field),)*];
                all.extend(Role::ALL.map(|r| ("role", self.role(r))));
                all.extend(Billing::ALL.map(|b| ("billing", self.billing(b))));
                all.extend(EventKind::ALL.map(|k| ("kind", self.kind(k))));
                all.extend(Sort::ALL.map(|s| ("sort", self.sort(s))));
                all.extend(View::ALL.map(|v| ("view", self.view(v))));
                all.extend(RefKind::ALL.map(|k| ("ref_kind", self.ref_kind(k))));
                all
            }
        }
    };
}

strings_table! {
    locale,
    widget_label,
    cast_heading,
    timeline_heading,
    filters_label,
    season_legend,
    school_legend,
    role_legend,
    no_school,
    school_unnamed,
    dead_end,
    people_unit,
    events_unit,
    of,
    active_label,
    remove_prefix,
    clear_all,
    empty_title,
    empty_hint,
    timeline_empty,
    new_in,
    new_mark,
    new_only,
    new_needs_season,
    played_by,
    seasons_label,
    unconfirmed,
    inferred,
    as_of,
    no_filters,
    search_label,
    search_placeholder,
    sort_label,
    /// The spoiler guard: "Watched up to", and its option for no limit.
    watched_label,
    watched_all,
    /// A link names something hidden by the spoiler guard; `{season}` is
    /// the season it is from.
    hidden_fmt,
    show_anyway,
    keep_hidden,
    /// In the live region with the guard on: "up to Season 1".
    up_to_fmt,
    /// Before a picture's credit, in the details.
    image_credit,
    /// Heading, in a person's or event's details, of what the embedding
    /// site's sheet gave it.
    from_site,
    site_added,
    site_blurb,
    views_label,
    before_series,
    premiered,
    expected,
    episodes,
    volumes,
    volume,
    upcoming,
    highlighting,
    highlighted,
    show_details,
    clear_highlight,
    close,
    season_col,
    school_col,
    billing_col,
    their_events,
    no_events,
    people_involved,
    show_wide,
    sources,
    opens_new_tab,
    show_more_fmt,
    /// The host's `limit` (`room`): "Show all {count} cast members", and
    /// the same for events; in the live region, "(the first {count} shown)".
    show_all_cast_fmt,
    show_all_events_fmt,
    first_shown_fmt,
    crashed,
    /// Shown by the element (JavaScript) when the wasm cannot start; the
    /// build writes both into the element's contract (`contract`).
    could_not_start,
    /// Shown by the element when one of its files cannot be fetched:
    /// `{url}` is the address it tried.
    could_not_load_fmt,
    /// Shown while custom data loads.
    loading,
    /// Between a label and what it labels: ": ", in French " : " with a
    /// no-break space.
    colon,
    /// Between the items of a list: ", ".
    list_sep,
    /// Quotation marks around a reader's words: “…”, «…», „…“.
    open_quote,
    close_quote,
}

/// Fills a pattern's `{name}` placeholders in one pass, so a value that
/// itself contains `{…}` (a URL, a parser message) is left as it is. An
/// unknown placeholder stays as written.
pub fn fill(pattern: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a pattern, in order.
pub fn placeholders(pattern: &str) -> Vec<&str> {
    pattern
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect()
}

impl Strings {
    /// "9 of 34 cast members"
    pub fn summary(&self, shown: usize, total: usize) -> String {
        format!("{shown} {} {total} {}", self.of, self.people_unit)
    }

    /// "12 of 48 events"
    pub fn events_summary(&self, shown: usize, total: usize) -> String {
        format!("{shown} {} {total} {}", self.of, self.events_unit)
    }

    /// "Show 120 more (of 880)"
    pub fn show_more(&self, next: usize, rest: usize) -> String {
        fill(
            self.show_more_fmt,
            &[("next", &next.to_string()), ("rest", &rest.to_string())],
        )
    }

    /// "Show all 33 cast members"
    pub fn show_all_cast(&self, count: usize) -> String {
        fill(self.show_all_cast_fmt, &[("count", &count.to_string())])
    }

    /// "Show all 48 events"
    pub fn show_all_events(&self, count: usize) -> String {
        fill(self.show_all_events_fmt, &[("count", &count.to_string())])
    }

    /// " (the first 6 shown)", after a summary a limit cuts short.
    pub fn first_shown(&self, count: usize) -> String {
        format!(
            " {}",
            fill(self.first_shown_fmt, &[("count", &count.to_string())])
        )
    }

    /// `label` followed by this language's colon: "Highlighting: ",
    /// "En surbrillance : ".
    pub fn labelled(&self, label: &str) -> String {
        format!("{label}{}", self.colon)
    }

    /// A reader's words in this language's quotation marks: “nick”,
    /// « nick », „nick“.
    pub fn quote(&self, text: &str) -> String {
        format!("{}{text}{}", self.open_quote, self.close_quote)
    }

    /// Items joined into a list: "Season 2, Truham".
    pub fn list(&self, items: &[String]) -> String {
        items.join(self.list_sep)
    }

    pub fn role(&self, role: Role) -> &'static str {
        (self.role)(role)
    }

    pub fn billing(&self, billing: Billing) -> &'static str {
        (self.billing)(billing)
    }

    pub fn kind(&self, kind: EventKind) -> &'static str {
        (self.kind)(kind)
    }

    pub fn sort(&self, sort: Sort) -> &'static str {
        (self.sort)(sort)
    }

    pub fn view(&self, view: View) -> &'static str {
        (self.view)(view)
    }

    /// What a reference points at: "school", "école".
    pub fn ref_kind(&self, kind: RefKind) -> &'static str {
        (self.ref_kind)(kind)
    }

    /// A season's name in this language: "Saison 2" for a numbered season,
    /// else the data's own title ("Heartstopper Forever").
    pub fn season_title(&self, id: &str, data_title: &str) -> String {
        if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) {
            format!("{} {id}", self.season_legend)
        } else {
            data_title.to_owned()
        }
    }
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &en::STRINGS,
        Lang::Es => &es::STRINGS,
        Lang::Fr => &fr::STRINGS,
        Lang::De => &de::STRINGS,
        Lang::PtBr => &pt_br::STRINGS,
    }
}
