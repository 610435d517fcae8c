//! Rules about one cast member, season by season: when they joined, which
//! school a card names, their initials. Plain Rust, no browser types.

use crate::data::{Appearance, Dataset, Person, Role, School, NO_SCHOOL};

/// The school id of an appearance, `none` when there is none.
pub fn school_key(appearance: &Appearance) -> &str {
    appearance.school.as_deref().unwrap_or(NO_SCHOOL)
}

/// The season, in story order, in which the person first appears.
pub fn first_season<'a>(data: &'a Dataset, person: &Person) -> Option<&'a str> {
    data.seasons
        .iter()
        .map(|s| s.id.as_ref())
        .find(|id| person.appearances.iter().any(|a| a.season == *id))
}

/// The person first appears in `season` ("new this season" counts everyone
/// in the first season as new).
pub fn is_new_in(data: &Dataset, person: &Person, season: &str) -> bool {
    first_season(data, person) == Some(season)
}

/// The season the person joined an existing cast in: their first season,
/// unless it is the show's first, where everyone is new and nobody is marked.
pub fn joined_later<'a>(data: &'a Dataset, person: &Person) -> Option<&'a str> {
    first_season(data, person).filter(|id| data.seasons.first().is_some_and(|s| s.id != *id))
}

/// The person is marked as a newcomer in `season`.
pub fn is_newcomer_in(data: &Dataset, person: &Person, season: &str) -> bool {
    joined_later(data, person) == Some(season)
}

/// What a card says about a person's school in one season.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SchoolLabel<'a> {
    School(&'a School),
    /// A student or teacher at a school the sources do not name.
    Unnamed,
    /// Not at a school: family and other adults.
    NoSchool,
}

pub fn school_label<'a>(
    data: &'a Dataset,
    person: &Person,
    appearance: &Appearance,
) -> SchoolLabel<'a> {
    match appearance.school.as_deref().and_then(|id| data.school(id)) {
        Some(school) => SchoolLabel::School(school),
        None if matches!(person.role, Role::Student | Role::Teacher) => SchoolLabel::Unnamed,
        None => SchoolLabel::NoSchool,
    }
}

/// Up to two initials: "Nick Nelson" → "NN", "Naomi" → "N".
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}
