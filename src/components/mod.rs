//! Yew function components, one responsibility each.

pub mod active_filters;
pub mod app;
pub mod cast_card;
pub mod cast_grid;
pub mod empty_state;
pub mod filter_bar;
pub mod filter_group;
pub mod result_status;

use crate::data::Dataset;
use crate::filter::Group;
use crate::text::Strings;

/// The label of a filter option: the season's title, the school's short name,
/// or "No school".
pub fn option_label(data: &Dataset, group: Group, id: &str, t: &Strings) -> String {
    let found = match group {
        Group::Season => data
            .seasons
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.title.to_string()),
        Group::School => data
            .schools
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.short.to_string()),
    };
    found.unwrap_or_else(|| {
        if group == Group::School {
            t.no_school.to_owned()
        } else {
            id.to_owned()
        }
    })
}
