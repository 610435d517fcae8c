//! The interface's words in English, Spanish, French, German and Brazilian
//! Portuguese: one table per language, one file each. The data stays in the
//! language of the data file. Plain Rust; the browser only supplies the
//! reader's preferences.

mod de;
mod en;
mod es;
mod fr;
mod pt_br;

use crate::data::{Billing, EventKind, Role};
use crate::filter::Sort;
use crate::lang::Lang;
use crate::url_state::View;

pub struct Strings {
    pub locale: &'static str,
    pub widget_label: &'static str,
    pub cast_heading: &'static str,
    pub timeline_heading: &'static str,
    pub filters_label: &'static str,
    pub season_legend: &'static str,
    pub school_legend: &'static str,
    pub role_legend: &'static str,
    pub no_school: &'static str,
    pub school_unnamed: &'static str,
    pub dead_end: &'static str,
    pub people_unit: &'static str,
    pub events_unit: &'static str,
    pub of: &'static str,
    pub active_label: &'static str,
    pub remove_prefix: &'static str,
    pub clear_all: &'static str,
    pub empty_title: &'static str,
    pub empty_hint: &'static str,
    pub timeline_empty: &'static str,
    pub new_in: &'static str,
    pub new_mark: &'static str,
    pub new_only: &'static str,
    pub new_needs_season: &'static str,
    pub played_by: &'static str,
    pub seasons_label: &'static str,
    pub unconfirmed: &'static str,
    pub inferred: &'static str,
    pub as_of: &'static str,
    pub no_filters: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub sort_label: &'static str,
    pub views_label: &'static str,
    pub before_series: &'static str,
    pub premiered: &'static str,
    pub expected: &'static str,
    pub episodes: &'static str,
    pub volumes: &'static str,
    pub volume: &'static str,
    pub upcoming: &'static str,
    pub highlighting: &'static str,
    pub highlighted: &'static str,
    pub show_details: &'static str,
    pub clear_highlight: &'static str,
    pub close: &'static str,
    pub season_col: &'static str,
    pub school_col: &'static str,
    pub billing_col: &'static str,
    pub their_events: &'static str,
    pub no_events: &'static str,
    pub people_involved: &'static str,
    pub show_wide: &'static str,
    pub sources: &'static str,
    pub opens_new_tab: &'static str,
    pub show_more_fmt: &'static str,
    pub crashed: &'static str,
    role: fn(Role) -> &'static str,
    billing: fn(Billing) -> &'static str,
    kind: fn(EventKind) -> &'static str,
    sort: fn(Sort) -> &'static str,
    view: fn(View) -> &'static str,
}

impl Strings {
    /// "9 of 34 cast members"
    pub fn summary(&self, shown: usize, total: usize) -> String {
        format!("{shown} {} {total} {}", self.of, self.people_unit)
    }

    /// "Show 120 more (of 880)"
    pub fn show_more(&self, next: usize, rest: usize) -> String {
        self.show_more_fmt
            .replace("{next}", &next.to_string())
            .replace("{rest}", &rest.to_string())
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
