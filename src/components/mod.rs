//! Yew function components, one responsibility each.

pub mod active_filters;
pub mod app;
pub mod cast_card;
pub mod cast_grid;
pub mod detail_dialog;
pub mod empty_state;
pub mod event_detail;
pub mod filter_bar;
pub mod filter_group;
pub mod new_toggle;
pub mod person_detail;
pub mod result_status;
pub mod search_box;
pub mod selection_bar;
pub mod sort_select;
pub mod source_list;
pub mod timeline_view;
pub mod view_tabs;

use crate::data::{Dataset, Role};
use crate::filter::Group;
use crate::text::Strings;
use crate::timeline::Selection;

/// The label of a filter option: the season's title, the school's short name,
/// "No school", or the role.
pub fn option_label(data: &Dataset, group: Group, id: &str, t: &Strings) -> String {
    let found = match group {
        Group::Season => data
            .seasons
            .iter()
            .find(|s| s.id == id)
            .map(|s| t.season_title(&s.id, &s.title)),
        Group::School => data
            .schools
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.short.to_string()),
        Group::Role => Role::ALL
            .iter()
            .find(|r| r.id() == id)
            .map(|r| t.role(*r).to_owned()),
    };
    found.unwrap_or_else(|| {
        if group == Group::School {
            t.no_school.to_owned()
        } else {
            id.to_owned()
        }
    })
}

/// The name of what is selected: a character or an event title.
pub fn selection_label(data: &Dataset, selection: &Selection) -> Option<String> {
    match selection {
        Selection::Person(id) => data
            .people
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.character.to_string()),
        Selection::Event(id) => data
            .events
            .iter()
            .find(|e| e.id == *id)
            .map(|e| e.title.to_string()),
    }
}
