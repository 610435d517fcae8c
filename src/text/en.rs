//! The interface in English.

use super::Strings;
use crate::data::{Billing, EventKind, Role};
use crate::filter::Sort;
use crate::url_state::View;

pub static STRINGS: Strings = Strings {
    locale: "en-GB",
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
    of: "of",
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
    season_col: "Season",
    school_col: "School",
    billing_col: "Billing",
    their_events: "Timeline events",
    no_events: "No timeline event names this person.",
    people_involved: "People",
    show_wide: "No one in particular: a show-wide event.",
    sources: "Sources",
    opens_new_tab: "(opens in a new tab)",
    show_more_fmt: "Show {next} more (of {rest})",
    crashed: "Sorry, the Heartstopper widget stopped working. Reload the page to try again.",
    role,
    billing,
    kind,
    sort,
    view,
};

fn role(role: Role) -> &'static str {
    match role {
        Role::Student => "Student",
        Role::Teacher => "Teacher",
        Role::Family => "Family",
        Role::Other => "Other",
    }
}

fn billing(billing: Billing) -> &'static str {
    match billing {
        Billing::Main => "Main cast",
        Billing::Recurring => "Recurring",
        Billing::Guest => "Guest",
        Billing::Voice => "Voice",
        Billing::Cameo => "Cameo",
    }
}

fn kind(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Book => "Book",
        EventKind::Production => "Production",
        EventKind::Casting => "Casting",
        EventKind::Premiere => "Premiere",
        EventKind::Award => "Award",
        EventKind::Announcement => "Announcement",
    }
}

fn sort(sort: Sort) -> &'static str {
    match sort {
        Sort::Billing => "Billing",
        Sort::Character => "Character",
        Sort::Actor => "Actor",
        Sort::FirstAppearance => "First appearance",
    }
}

fn view(view: View) -> &'static str {
    match view {
        View::Grid => "Cast",
        View::Timeline => "Timeline",
        View::Both => "Both",
    }
}
