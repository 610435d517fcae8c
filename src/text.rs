//! The interface's words, kept in one place so that each language is one
//! table. The data stays in the language of the data file.

use crate::data::{Billing, EventKind, Role};
use crate::filter::Sort;
use crate::url_state::View;

pub struct Strings {
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
    pub details_of: &'static str,
    pub season_col: &'static str,
    pub school_col: &'static str,
    pub billing_col: &'static str,
    pub their_events: &'static str,
    pub no_events: &'static str,
    pub people_involved: &'static str,
    pub show_wide: &'static str,
    pub sources: &'static str,
    pub opens_new_tab: &'static str,
    roles: [&'static str; 4],
    billings: [&'static str; 5],
    kinds: [&'static str; 6],
    sorts: [&'static str; 4],
    views: [&'static str; 3],
}

pub static EN: Strings = Strings {
    widget_label: "Heartstopper cast and timeline",
    cast_heading: "Cast",
    timeline_heading: "Timeline",
    filters_label: "Filters",
    season_legend: "Season",
    school_legend: "School",
    role_legend: "Role",
    no_school: "No school",
    school_unnamed: "School not named",
    dead_end: "none with the other filters",
    people_unit: "cast members",
    events_unit: "events",
    active_label: "Active filters",
    remove_prefix: "Remove filter:",
    clear_all: "Clear all filters",
    empty_title: "No cast member matches these filters.",
    empty_hint: "Remove a filter, or clear them all to see everyone again.",
    timeline_empty: "No event matches these filters.",
    new_in: "New in",
    new_mark: "new",
    new_only: "New this season",
    new_needs_season: "choose a season first",
    played_by: "played by",
    seasons_label: "Seasons",
    unconfirmed: "Unconfirmed",
    inferred: "inferred",
    as_of: "Facts as of",
    no_filters: "all seasons and schools",
    search_label: "Search actor or character",
    search_placeholder: "e.g. Stéphane",
    sort_label: "Sort cast by",
    views_label: "Views",
    before_series: "Before the series",
    premiered: "Premiered",
    expected: "Expected",
    episodes: "episodes",
    volumes: "Volumes",
    volume: "Volume",
    upcoming: "Upcoming",
    highlighting: "Highlighting",
    highlighted: "Linked",
    show_details: "Details",
    clear_highlight: "Clear highlight",
    close: "Close",
    details_of: "Details:",
    season_col: "Season",
    school_col: "School",
    billing_col: "Billing",
    their_events: "Timeline events",
    no_events: "No timeline event names this person.",
    people_involved: "People",
    show_wide: "No one in particular: a show-wide event.",
    sources: "Sources",
    opens_new_tab: "(opens in a new tab)",
    roles: ["Student", "Teacher", "Family", "Other"],
    billings: ["Main cast", "Recurring", "Guest", "Voice", "Cameo"],
    kinds: [
        "Book",
        "Production",
        "Casting",
        "Premiere",
        "Award",
        "Announcement",
    ],
    sorts: ["Billing", "Character", "Actor", "First appearance"],
    views: ["Cast", "Timeline", "Both"],
};

impl Strings {
    /// "9 of 34 cast members"
    pub fn summary(&self, shown: usize, total: usize) -> String {
        format!("{shown} of {total} {}", self.people_unit)
    }

    pub fn role(&self, role: Role) -> &'static str {
        self.roles[role as usize]
    }

    pub fn billing(&self, billing: Billing) -> &'static str {
        self.billings[billing as usize]
    }

    pub fn kind(&self, kind: EventKind) -> &'static str {
        self.kinds[kind as usize]
    }

    pub fn sort(&self, sort: Sort) -> &'static str {
        self.sorts[sort as usize]
    }

    pub fn view(&self, view: View) -> &'static str {
        self.views[view as usize]
    }
}

pub fn strings() -> &'static Strings {
    &EN
}
