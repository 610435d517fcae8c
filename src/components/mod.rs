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
pub mod own_part;
pub mod person_detail;
pub mod photo;
pub mod progressive;
pub mod result_status;
pub mod search_box;
pub mod selection_bar;
pub mod show_all;
pub mod sort_select;
pub mod source_list;
pub mod timeline_view;
pub mod view_tabs;
pub mod watched_select;

use crate::data::{Dataset, Role};
use crate::filter::Group;
use crate::text::Strings;
use crate::timeline::Selection;
use crate::url_state::View;
use std::cell::Cell;
use yew::AttrValue;

/// A prefix for element ids, unique to each widget on the page, and every id
/// built from it: each is spelled here only.
#[derive(Clone, Debug, PartialEq)]
pub struct Uid(AttrValue);

thread_local! {
    static INSTANCES: Cell<usize> = const { Cell::new(0) };
}

impl Uid {
    /// The next widget's prefix: `hsw1`, `hsw2`…
    pub fn next() -> Self {
        INSTANCES.with(|n| {
            n.set(n.get() + 1);
            Uid(format!("hsw{}", n.get()).into())
        })
    }

    fn id(&self, suffix: &str) -> AttrValue {
        format!("{}-{suffix}", self.0).into()
    }

    /// A view's tab.
    pub fn tab(&self, view: View) -> AttrValue {
        self.id(&format!("tab-{}", view.id()))
    }

    /// The panel the tabs control.
    pub fn panel(&self) -> AttrValue {
        self.id("panel")
    }

    /// The filters, which fold on narrow containers.
    pub fn filters(&self) -> AttrValue {
        self.id("filters")
    }

    pub fn search(&self) -> AttrValue {
        self.id("q")
    }

    pub fn sort(&self) -> AttrValue {
        self.id("sort")
    }

    /// The "watched up to" control.
    pub fn watched(&self) -> AttrValue {
        self.id("watched")
    }

    pub fn cast_heading(&self) -> AttrValue {
        self.id("cast")
    }

    pub fn timeline_heading(&self) -> AttrValue {
        self.id("timeline")
    }

    pub fn detail_title(&self) -> AttrValue {
        self.id("detail-title")
    }
}

/// The label of a filter option: the season's title, the school's short name,
/// "No school", or the role.
pub fn option_label(data: &Dataset, group: Group, id: &str, t: &Strings) -> String {
    let found = match group {
        Group::Season => data.season(id).map(|s| t.season_title(&s.id, &s.title)),
        Group::School => data.school(id).map(|s| s.short.to_string()),
        Group::Role => Role::from_id(id).map(|r| t.role(r).to_owned()),
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
        Selection::Person(id) => data.person(id).map(|p| p.character.to_string()),
        Selection::Event(id) => data.event(id).map(|e| e.title.to_string()),
    }
}
