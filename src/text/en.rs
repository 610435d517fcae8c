//! The interface in English.

use super::Strings;
use crate::data::{Billing, EventKind, RefKind, Role};
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
    watched_label: "Watched up to",
    watched_all: "Show everything",
    hidden_fmt: "Hidden: this link shows something from {season}, after what you have watched.",
    show_anyway: "Show anyway",
    keep_hidden: "Keep hidden",
    up_to_fmt: "up to {season}",
    image_credit: "Image credit",
    from_site: "From this site",
    site_added: "This site added this person: the widget's sources say nothing about them.",
    site_blurb: "The description above is this site's own, not from the widget's sources.",
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
    show_all_cast_fmt: "Show all {count} cast members",
    show_all_events_fmt: "Show all {count} events",
    first_shown_fmt: "(the first {count} shown)",
    crashed: "Sorry, the Heartstopper widget stopped working. Reload the page to try again.",
    could_not_start: "The Heartstopper widget could not start in this browser.",
    could_not_load_fmt: "The Heartstopper widget could not load its files from {url}. Is the widget's whole folder on the server?",
    loading: "Loading…",
    colon: ": ",
    list_sep: ", ",
    open_quote: "“",
    close_quote: "”",
    role,
    billing,
    kind,
    sort,
    view,
    ref_kind,
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

pub(super) fn ref_kind(kind: RefKind) -> &'static str {
    match kind {
        RefKind::Season => "season",
        RefKind::School => "school",
        RefKind::Person => "person",
        RefKind::Source => "source",
    }
}
