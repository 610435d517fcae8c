//! Filtering the cast: plain Rust, no browser types.
//!
//! OR within a group, AND between groups, and both judged per season: a person
//! matches seasons S and schools X when, in some selected season, they appear
//! at a selected school. An empty group means "any".

use crate::data::{Appearance, Dataset, Person, Text, NO_SCHOOL};
use std::collections::BTreeSet;

/// A filter group; also the URL parameter name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    Season,
    School,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::Season, Group::School];

    /// The URL parameter: `season`, `school`.
    pub fn key(self) -> &'static str {
        match self {
            Group::Season => "season",
            Group::School => "school",
        }
    }
}

/// The selected options of every group. Sets, so that the order of clicks
/// never makes two equal filters differ.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub seasons: BTreeSet<String>,
    pub schools: BTreeSet<String>,
}

impl Filter {
    pub fn selected(&self, group: Group) -> &BTreeSet<String> {
        match group {
            Group::Season => &self.seasons,
            Group::School => &self.schools,
        }
    }

    pub fn selected_mut(&mut self, group: Group) -> &mut BTreeSet<String> {
        match group {
            Group::Season => &mut self.seasons,
            Group::School => &mut self.schools,
        }
    }

    pub fn is_selected(&self, group: Group, id: &str) -> bool {
        self.selected(group).contains(id)
    }

    /// Selects `id` if it is not selected, and deselects it if it is.
    pub fn toggle(&mut self, group: Group, id: &str) {
        let set = self.selected_mut(group);
        if !set.remove(id) {
            set.insert(id.to_owned());
        }
    }

    pub fn is_empty(&self) -> bool {
        Group::ALL.iter().all(|g| self.selected(*g).is_empty())
    }

    /// This filter with `group` narrowed to `id` alone: what choosing only
    /// that option would show, given the other groups' choices.
    pub fn with_only(&self, group: Group, id: &str) -> Filter {
        let mut f = self.clone();
        let set = f.selected_mut(group);
        set.clear();
        set.insert(id.to_owned());
        f
    }

    /// Drops ids the dataset does not know.
    pub fn retain_known(&mut self, data: &Dataset) {
        for group in Group::ALL {
            let known = option_ids(data, group);
            self.selected_mut(group)
                .retain(|id| known.iter().any(|k| k == id));
        }
    }

    /// The selected `(group, id)` pairs in the order the options are shown.
    pub fn active(&self, data: &Dataset) -> Vec<(Group, Text)> {
        Group::ALL
            .into_iter()
            .flat_map(|g| {
                option_ids(data, g)
                    .into_iter()
                    .filter(move |id| self.is_selected(g, id))
                    .map(move |id| (g, id))
            })
            .collect()
    }
}

/// The school id of an appearance, `none` when there is none.
pub fn school_key(appearance: &Appearance) -> &str {
    appearance.school.as_deref().unwrap_or(NO_SCHOOL)
}

/// The options of a group, in display order: the seasons in story order; the
/// schools, then `none`.
pub fn option_ids(data: &Dataset, group: Group) -> Vec<Text> {
    match group {
        Group::Season => data.seasons.iter().map(|s| s.id.clone()).collect(),
        Group::School => data
            .schools
            .iter()
            .map(|s| s.id.clone())
            .chain(std::iter::once(Text::Borrowed(NO_SCHOOL)))
            .collect(),
    }
}

/// The first of the person's appearances that the filter selects.
pub fn matching_appearance<'a>(person: &'a Person, filter: &Filter) -> Option<&'a Appearance> {
    person.appearances.iter().find(|a| {
        (filter.seasons.is_empty() || filter.seasons.contains(a.season.as_ref()))
            && (filter.schools.is_empty() || filter.schools.contains(school_key(a)))
    })
}

pub fn matches(person: &Person, filter: &Filter) -> bool {
    matching_appearance(person, filter).is_some()
}

/// Indices into `data.people` of the people the filter shows, in data order.
pub fn matching_people(data: &Dataset, filter: &Filter) -> Vec<usize> {
    data.people
        .iter()
        .enumerate()
        .filter(|(_, p)| matches(p, filter))
        .map(|(i, _)| i)
        .collect()
}

/// One option of a group, with the number of people it would show given the
/// other groups' choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    pub group: Group,
    pub id: Text,
    pub count: usize,
    pub selected: bool,
}

impl FacetOption {
    /// Choosing it would show nobody: shown disabled, with the reason.
    pub fn is_dead_end(&self) -> bool {
        self.count == 0 && !self.selected
    }
}

pub fn facet_options(data: &Dataset, filter: &Filter, group: Group) -> Vec<FacetOption> {
    option_ids(data, group)
        .into_iter()
        .map(|id| {
            let only = filter.with_only(group, &id);
            FacetOption {
                group,
                count: data.people.iter().filter(|p| matches(p, &only)).count(),
                selected: filter.is_selected(group, &id),
                id,
            }
        })
        .collect()
}

/// The season, in story order, in which the person first appears.
pub fn first_season<'a>(data: &'a Dataset, person: &Person) -> Option<&'a str> {
    data.seasons
        .iter()
        .map(|s| s.id.as_ref())
        .find(|id| person.appearances.iter().any(|a| a.season == *id))
}

/// The person joined the cast in `season`.
pub fn is_new_in(data: &Dataset, person: &Person, season: &str) -> bool {
    first_season(data, person) == Some(season)
}
