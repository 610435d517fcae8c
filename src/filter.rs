//! Filtering the cast: plain Rust, no browser types.
//!
//! OR within a group, AND between groups. Season and school are judged per
//! season: a person matches seasons S and schools X when, in some selected
//! season, they appear at a selected school. An empty group means "any".
//! Role, the text search and "new this season" narrow further.

use crate::cast::{first_season, school_key};
use crate::data::{Appearance, Billing, Dataset, Person, Role, Text, NO_SCHOOL};
use crate::search::{self, Query};
use std::collections::BTreeSet;

/// A group of options; also the URL parameter name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    Season,
    School,
    Role,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Season, Group::School, Group::Role];

    /// The URL parameter: `season`, `school`, `role`.
    pub fn key(self) -> &'static str {
        match self {
            Group::Season => "season",
            Group::School => "school",
            Group::Role => "role",
        }
    }
}

/// Everything that narrows the cast. Sets, so that the order of clicks never
/// makes two equal filters differ. The fields are private so that every
/// change keeps the one rule between them: "new this season" is only on with
/// a season chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    seasons: BTreeSet<String>,
    schools: BTreeSet<String>,
    roles: BTreeSet<Role>,
    /// Free text over actor and character (`?q=`).
    q: String,
    /// Only people who joined in a selected season (`?new=1`).
    new_only: bool,
}

impl Filter {
    /// The selected season ids.
    pub fn seasons(&self) -> &BTreeSet<String> {
        &self.seasons
    }

    /// The selected school ids (`none` for "no school").
    pub fn schools(&self) -> &BTreeSet<String> {
        &self.schools
    }

    pub fn roles(&self) -> &BTreeSet<Role> {
        &self.roles
    }

    /// The text search, as typed.
    pub fn q(&self) -> &str {
        &self.q
    }

    pub fn new_only(&self) -> bool {
        self.new_only
    }

    pub fn is_selected(&self, group: Group, id: &str) -> bool {
        match group {
            Group::Season => self.seasons.contains(id),
            Group::School => self.schools.contains(id),
            Group::Role => Role::from_id(id).is_some_and(|r| self.roles.contains(&r)),
        }
    }

    /// Selects `id` in `group`; a role that does not exist is ignored.
    pub fn select(&mut self, group: Group, id: &str) {
        match group {
            Group::Season => {
                self.seasons.insert(id.to_owned());
            }
            Group::School => {
                self.schools.insert(id.to_owned());
            }
            Group::Role => {
                if let Some(role) = Role::from_id(id) {
                    self.roles.insert(role);
                }
            }
        }
    }

    /// Deselects `id` in `group`.
    pub fn deselect(&mut self, group: Group, id: &str) {
        match group {
            Group::Season => {
                self.seasons.remove(id);
            }
            Group::School => {
                self.schools.remove(id);
            }
            Group::Role => {
                if let Some(role) = Role::from_id(id) {
                    self.roles.remove(&role);
                }
            }
        }
        self.settle();
    }

    /// Selects `id` if it is not selected, and deselects it if it is.
    pub fn toggle(&mut self, group: Group, id: &str) {
        if self.is_selected(group, id) {
            self.deselect(group, id);
        } else {
            self.select(group, id);
        }
    }

    /// Makes `group` what it is in `from`, leaving the other groups alone.
    pub fn take_group(&mut self, from: &Filter, group: Group) {
        match group {
            Group::Season => self.seasons.clone_from(&from.seasons),
            Group::School => self.schools.clone_from(&from.schools),
            Group::Role => self.roles.clone_from(&from.roles),
        }
        self.settle();
    }

    pub fn set_query(&mut self, q: impl Into<String>) {
        self.q = q.into();
    }

    /// "New this season": stays off while no season is chosen.
    pub fn set_new_only(&mut self, on: bool) {
        self.new_only = on;
        self.settle();
    }

    /// "New this season" only means something with a season chosen.
    fn settle(&mut self) {
        if self.seasons.is_empty() {
            self.new_only = false;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.seasons.is_empty()
            && self.schools.is_empty()
            && self.roles.is_empty()
            && self.q.trim().is_empty()
            && !self.new_only
    }

    /// This filter with `group` narrowed to `id` alone: what choosing only
    /// that option would show, given the other choices.
    pub fn with_only(&self, group: Group, id: &str) -> Filter {
        let mut f = self.clone();
        match group {
            Group::Season => f.seasons.clear(),
            Group::School => f.schools.clear(),
            Group::Role => f.roles.clear(),
        }
        f.select(group, id);
        f
    }

    /// Drops ids the dataset does not know.
    pub fn retain_known(&mut self, data: &Dataset) {
        self.seasons.retain(|id| data.season(id).is_some());
        self.schools
            .retain(|id| id == NO_SCHOOL || data.school(id).is_some());
        self.settle();
    }

    /// How many filters are on: options, the search and "new this season".
    pub fn active_count(&self, data: &Dataset) -> usize {
        self.active(data).len()
            + usize::from(!self.q.trim().is_empty())
            + usize::from(self.new_only)
    }

    /// The selected `(group, id)` pairs in the order the options are shown.
    pub fn active(&self, data: &Dataset) -> Vec<(Group, Text)> {
        Group::ALL
            .into_iter()
            .flat_map(|g| self.active_ids(data, g).into_iter().map(move |id| (g, id)))
            .collect()
    }

    /// The selected ids of `group`, in display order.
    pub fn active_ids(&self, data: &Dataset, group: Group) -> Vec<Text> {
        option_ids(data, group)
            .into_iter()
            .filter(|id| self.is_selected(group, id))
            .collect()
    }
}

/// The options of a group, in display order: the seasons in story order; the
/// schools, then `none`; the roles.
pub fn option_ids(data: &Dataset, group: Group) -> Vec<Text> {
    match group {
        Group::Season => data.seasons.iter().map(|s| s.id.clone()).collect(),
        Group::School => data
            .schools
            .iter()
            .map(|s| s.id.clone())
            .chain(std::iter::once(Text::Borrowed(NO_SCHOOL)))
            .collect(),
        Group::Role => Role::ALL.iter().map(|r| Text::Borrowed(r.id())).collect(),
    }
}

/// A filter made ready to test many people: the query folded once.
pub struct Matcher<'a> {
    data: &'a Dataset,
    filter: &'a Filter,
    query: Query,
}

impl<'a> Matcher<'a> {
    pub fn new(data: &'a Dataset, filter: &'a Filter) -> Self {
        Self {
            data,
            filter,
            query: Query::new(&filter.q),
        }
    }

    /// Judges everything but the text search.
    pub fn without_query(data: &'a Dataset, filter: &'a Filter) -> Self {
        Self {
            data,
            filter,
            query: Query::default(),
        }
    }

    /// The first of the person's appearances the filter selects, if the
    /// person passes the filter at all.
    pub fn appearance<'p>(&self, person: &'p Person) -> Option<&'p Appearance> {
        let f = self.filter;
        if !f.roles.is_empty() && !f.roles.contains(&person.role) {
            return None;
        }
        if !self
            .query
            .matches([person.actor.as_ref(), person.character.as_ref()])
        {
            return None;
        }
        let joined = if f.new_only {
            first_season(self.data, person)
        } else {
            None
        };
        person.appearances.iter().find(|a| {
            (f.seasons.is_empty() || f.seasons.contains(a.season.as_ref()))
                && (f.schools.is_empty() || f.schools.contains(school_key(a)))
                && (!f.new_only || joined == Some(a.season.as_ref()))
        })
    }

    pub fn matches(&self, person: &Person) -> bool {
        self.appearance(person).is_some()
    }
}

pub fn matches(data: &Dataset, person: &Person, filter: &Filter) -> bool {
    Matcher::new(data, filter).matches(person)
}

/// The first of the person's appearances that the filter selects.
pub fn matching_appearance<'a>(
    data: &Dataset,
    person: &'a Person,
    filter: &Filter,
) -> Option<&'a Appearance> {
    Matcher::new(data, filter).appearance(person)
}

/// The appearance a card shows: the first one the filter selects, else the
/// person's latest.
pub fn focus_appearance<'a>(
    data: &Dataset,
    person: &'a Person,
    filter: &Filter,
) -> Option<&'a Appearance> {
    matching_appearance(data, person, filter).or(person.appearances.last())
}

/// Indices into `data.people` of the people the filter shows, in data order.
pub fn matching_people(data: &Dataset, filter: &Filter) -> Vec<usize> {
    let m = Matcher::new(data, filter);
    data.people
        .iter()
        .enumerate()
        .filter(|(_, p)| m.matches(p))
        .map(|(i, _)| i)
        .collect()
}

/// One option of a group, with the number of people it would show given the
/// other choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    pub group: Group,
    pub id: Text,
    pub count: usize,
    pub selected: bool,
}

impl FacetOption {
    /// Choosing it would show nobody: shown inert, with the reason.
    pub fn is_dead_end(&self) -> bool {
        self.count == 0 && !self.selected
    }
}

/// "New this season" as an option: how many people it would show given the
/// other choices; `None` while no season is chosen (it is inert then).
pub fn new_only_count(data: &Dataset, filter: &Filter) -> Option<usize> {
    if filter.seasons.is_empty() {
        return None;
    }
    let mut f = filter.clone();
    f.set_new_only(true);
    Some(matching_people(data, &f).len())
}

pub fn facet_options(data: &Dataset, filter: &Filter, group: Group) -> Vec<FacetOption> {
    option_ids(data, group)
        .into_iter()
        .map(|id| {
            let only = filter.with_only(group, &id);
            let m = Matcher::new(data, &only);
            FacetOption {
                group,
                count: data.people.iter().filter(|p| m.matches(p)).count(),
                selected: filter.is_selected(group, &id),
                id,
            }
        })
        .collect()
}

/// How the grid is ordered (`?sort=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Main cast first, then recurring, guest, voice, cameo; ties in data order.
    #[default]
    Billing,
    Character,
    Actor,
    /// By the season of first appearance.
    FirstAppearance,
}

impl Sort {
    pub const ALL: [Sort; 4] = [
        Sort::Billing,
        Sort::Character,
        Sort::Actor,
        Sort::FirstAppearance,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Sort::Billing => "billing",
            Sort::Character => "character",
            Sort::Actor => "actor",
            Sort::FirstAppearance => "first",
        }
    }

    pub fn from_id(id: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Sorts people (indices into `data.people`), keeping data order for ties.
pub fn sort_people(data: &Dataset, filter: &Filter, people: &mut [usize], sort: Sort) {
    let m = Matcher::new(data, filter);
    // Each person's key is worked out once (folding names allocates), not
    // once per comparison; the sort is stable, so ties keep data order.
    people.sort_by_cached_key(|&i| {
        let p = &data.people[i];
        match sort {
            Sort::Billing => {
                let billing = m
                    .appearance(p)
                    .or(p.appearances.first())
                    .map_or(Billing::Cameo, |a| a.billing);
                (billing as usize, String::new())
            }
            Sort::Character => (0, search::fold(&p.character)),
            Sort::Actor => (0, surname_first(&p.actor)),
            Sort::FirstAppearance => {
                let rank = first_season(data, p).and_then(|s| data.season_index(s));
                (rank.unwrap_or(0), String::new())
            }
        }
    });
}

/// "Kit Connor" → "connor kit", so actors sort by their last name:
/// "Thibault de Montalembert" sorts under M.
fn surname_first(name: &str) -> String {
    let folded = search::fold(name);
    let words: Vec<&str> = folded.split_whitespace().collect();
    match words.split_last() {
        Some((last, rest)) => format!("{last} {}", rest.join(" ")),
        None => folded,
    }
}
