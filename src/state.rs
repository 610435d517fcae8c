//! The widget's state, changed only through [`Action`]s (one reducer, as in
//! Yew's `function_todomvc` example).

use crate::filter::{Filter, Group, Sort};
use crate::timeline::Selection;
use crate::url_state::{UrlState, View};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// Everything a shared link holds.
    pub url: UrlState,
    /// The detail dialog of the selection is open.
    pub detail_open: bool,
}

impl State {
    /// The state a link asks for; a selected person or event opens its details.
    pub fn from_url(url: UrlState) -> Self {
        Self {
            detail_open: url.selection.is_some(),
            url,
        }
    }

    /// The state an embedding page's attributes ask for: a selected person or
    /// event is lit up, but its details (a modal dialog) wait for the reader,
    /// so a widget never takes over its host page by itself.
    pub fn from_attributes(url: UrlState) -> Self {
        Self {
            detail_open: false,
            url,
        }
    }
}

/// A change of the element's state attributes: the state they now ask for,
/// and which of them changed (`season`, `view`…). `seq` tells one change
/// from the next, so that the same values set twice still apply twice.
#[derive(Clone, Debug, PartialEq)]
pub struct Attributes {
    pub seq: u32,
    pub state: UrlState,
    pub keys: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Selects an option, or deselects it when selected.
    Toggle(Group, String),
    /// Deselects an option (a removable tag).
    Remove(Group, String),
    /// The text search.
    Search(String),
    /// "New this season".
    SetNewOnly(bool),
    /// Deselects every filter; the view, order and selection stay.
    ClearFilters,
    SetSort(Sort),
    SetView(View),
    /// "Watched up to" a season (`None`: show everything). The control also
    /// stores the reader's choice; "show anyway" on a hidden link does not.
    SetWatched(Option<String>),
    /// Selects a person or an event, highlights what it links to and opens
    /// its details.
    Select(Selection),
    /// Closes the details; the highlight stays.
    CloseDetail,
    /// Drops the selection and its highlight.
    ClearSelection,
    /// Replaces everything, e.g. from the URL when the user goes Back.
    Restore(UrlState),
    /// Changed state attributes of the element: what they name changes,
    /// the rest of what the reader chose stays. A new selection's details
    /// wait for the reader, as at mount.
    Attributes(UrlState, Vec<&'static str>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The same choice again (another widget's, heard on this page): no
        // new state, so no render.
        if matches!(&action, Action::SetWatched(w) if *w == self.url.watched) {
            return self;
        }
        let mut next = (*self).clone();
        let filter: &mut Filter = &mut next.url.filter;
        match action {
            Action::Toggle(group, id) => filter.toggle(group, &id),
            Action::Remove(group, id) => filter.deselect(group, &id),
            Action::Search(q) => filter.set_query(q),
            Action::SetNewOnly(on) => filter.set_new_only(on),
            Action::ClearFilters => *filter = Filter::default(),
            Action::SetSort(sort) => next.url.sort = sort,
            Action::SetView(view) => next.url.view = view,
            Action::SetWatched(watched) => next.url.watched = watched,
            Action::Select(selection) => {
                next.url.selection = Some(selection);
                next.detail_open = true;
            }
            Action::CloseDetail => next.detail_open = false,
            Action::ClearSelection => {
                next.url.selection = None;
                next.detail_open = false;
            }
            Action::Restore(url) => next = State::from_url(url),
            Action::Attributes(url, keys) => {
                next.url.take(&url, &keys);
                if next.url.selection != self.url.selection {
                    next.detail_open = false;
                }
            }
        }
        if next == *self {
            // The same Rc: Yew skips the re-render.
            self
        } else {
            Rc::new(next)
        }
    }
}
