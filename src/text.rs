//! The interface's words, kept in one place so that each language is one
//! table. The data stays in the language of the data file.

use crate::data::{Billing, Role};

pub struct Strings {
    pub widget_label: &'static str,
    pub cast_heading: &'static str,
    pub filters_label: &'static str,
    pub season_legend: &'static str,
    pub school_legend: &'static str,
    pub no_school: &'static str,
    pub school_unnamed: &'static str,
    pub dead_end: &'static str,
    pub people_unit: &'static str,
    pub active_label: &'static str,
    pub remove_prefix: &'static str,
    pub clear_all: &'static str,
    pub empty_title: &'static str,
    pub empty_hint: &'static str,
    pub new_in: &'static str,
    pub new_mark: &'static str,
    pub played_by: &'static str,
    pub seasons_label: &'static str,
    pub unconfirmed: &'static str,
    pub inferred: &'static str,
    pub as_of: &'static str,
    pub no_filters: &'static str,
    roles: [&'static str; 4],
    billings: [&'static str; 5],
}

pub static EN: Strings = Strings {
    widget_label: "Heartstopper cast",
    cast_heading: "Cast",
    filters_label: "Filter the cast",
    season_legend: "Season",
    school_legend: "School",
    no_school: "No school",
    school_unnamed: "School not named",
    dead_end: "none with the other filters",
    people_unit: "cast members",
    active_label: "Active filters",
    remove_prefix: "Remove filter:",
    clear_all: "Clear all filters",
    empty_title: "No cast member matches these filters.",
    empty_hint: "Remove a filter, or clear them all to see everyone again.",
    new_in: "New in",
    new_mark: "new",
    played_by: "played by",
    seasons_label: "Seasons",
    unconfirmed: "Unconfirmed",
    inferred: "inferred",
    as_of: "Facts as of",
    no_filters: "all seasons and schools",
    roles: ["Student", "Teacher", "Family", "Other"],
    billings: ["Main cast", "Recurring", "Guest", "Voice", "Cameo"],
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
}

pub fn strings() -> &'static Strings {
    &EN
}
