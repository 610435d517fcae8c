//! The widget's state, changed only through [`Action`]s (one reducer, as in
//! Yew's `function_todomvc` example).

use crate::data::Dataset;
use crate::filter::{option_ids, Filter, Group, Sort};
use crate::room::Part;
use crate::search::MAX_QUERY;
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
    /// The filters are unfolded (they fold away on a narrow container only).
    pub filters_open: bool,
    /// The reader asked for every card, past the host's `limit` (`room`).
    pub all_cards: bool,
    /// The reader asked for every timeline event, past the host's `limit`.
    pub all_events: bool,
}

impl State {
    /// The state a link asks for; a selected person or event opens its details.
    pub fn from_url(url: UrlState) -> Self {
        Self {
            detail_open: url.selection.is_some(),
            url,
            ..Self::default()
        }
    }

    /// The state an embedding page's attributes ask for: a selected person or
    /// event is lit up, but its details (a modal dialog) wait for the reader,
    /// so a widget never takes over its host page by itself.
    pub fn from_attributes(url: UrlState) -> Self {
        Self {
            url,
            ..Self::default()
        }
    }
}

/// Actions from outside the app, in order: changes of the element's state
/// attributes, or what the reader did to the pre-rendered controls before
/// the wasm took over. The element may send several before the app renders
/// again (a host setting two attributes in a row): they wait in the queue,
/// which the app drains, and `seq` tells the app there is more.
#[derive(Clone, Debug, Default)]
pub struct External {
    seq: u32,
    queue: std::rc::Rc<std::cell::RefCell<Vec<Action>>>,
}

impl External {
    /// Queues `actions` after those not yet taken.
    pub fn push(&mut self, actions: impl IntoIterator<Item = Action>) {
        self.queue.borrow_mut().extend(actions);
        self.seq = self.seq.wrapping_add(1);
    }

    /// Every queued action, in order, leaving the queue empty.
    pub fn take(&self) -> Vec<Action> {
        std::mem::take(&mut *self.queue.borrow_mut())
    }
}

impl PartialEq for External {
    fn eq(&self, other: &Self) -> bool {
        self.seq == other.seq && std::rc::Rc::ptr_eq(&self.queue, &other.queue)
    }
}

/// The act of a control whose value completes it: `sort:actor`.
pub const SORT_ACT: &str = "sort";
/// The act of the search box: `search:` and the text.
pub const SEARCH_ACT: &str = "search";

impl Action {
    /// What a control does, as its `data-hsw-act` attribute says it
    /// (`toggle:season:2`, `view:grid`, `select:person:nick-nelson`): the
    /// pre-rendered first paint carries it, so that a control used before
    /// the wasm takes over is handed to the app by what it means, not by
    /// where it was ([`Action::from_act`] reads it back).
    pub fn act(&self) -> Option<String> {
        Some(match self {
            Action::Toggle(group, id) => format!("toggle:{}:{id}", group.key()),
            Action::Remove(group, id) => format!("remove:{}:{id}", group.key()),
            Action::ClearFilters => "clear".to_owned(),
            Action::ToggleFilters => "filters".to_owned(),
            Action::ShowAll(Part::Cast) => "all:cast".to_owned(),
            Action::ShowAll(Part::Timeline) => "all:timeline".to_owned(),
            Action::SetView(view) => format!("view:{}", view.id()),
            Action::Select(Selection::Person(id)) => format!("select:person:{id}"),
            Action::Select(Selection::Event(id)) => format!("select:event:{id}"),
            _ => return None,
        })
    }

    /// The action an act names, when it names one of `data`'s options,
    /// people or events; `None` for anything else.
    pub fn from_act(act: &str, data: &Dataset) -> Option<Action> {
        let (kind, rest) = act.split_once(':').unwrap_or((act, ""));
        match kind {
            SEARCH_ACT => Some(Action::Search(rest.chars().take(MAX_QUERY).collect())),
            SORT_ACT => Sort::from_id(rest).map(Action::SetSort),
            "clear" if rest.is_empty() => Some(Action::ClearFilters),
            "filters" if rest.is_empty() => Some(Action::ToggleFilters),
            "all" => match rest {
                "cast" => Some(Action::ShowAll(Part::Cast)),
                "timeline" => Some(Action::ShowAll(Part::Timeline)),
                _ => None,
            },
            "view" => View::from_id(rest).map(Action::SetView),
            "toggle" | "remove" => {
                let (key, id) = rest.split_once(':')?;
                let group = Group::ALL.into_iter().find(|g| g.key() == key)?;
                if !option_ids(data, group).iter().any(|o| o.as_ref() == id) {
                    return None;
                }
                Some(if kind == "toggle" {
                    Action::Toggle(group, id.to_owned())
                } else {
                    Action::Remove(group, id.to_owned())
                })
            }
            "select" => match rest.split_once(':')? {
                ("person", id) if data.person(id).is_some() => {
                    Some(Action::Select(Selection::Person(id.to_owned())))
                }
                ("event", id) if data.event(id).is_some() => {
                    Some(Action::Select(Selection::Event(id.to_owned())))
                }
                _ => None,
            },
            _ => None,
        }
    }
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
    /// Unfolds or folds the filters (on a narrow container).
    ToggleFilters,
    /// Shows a whole view past the host's `limit`: "Show all 33".
    ShowAll(Part),
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
            Action::ToggleFilters => next.filters_open = !next.filters_open,
            Action::ShowAll(Part::Cast) => next.all_cards = true,
            Action::ShowAll(Part::Timeline) => next.all_events = true,
            Action::ClearSelection => {
                next.url.selection = None;
                next.detail_open = false;
            }
            // Back and Forward restore what a link holds; what the reader
            // unfolded stays unfolded.
            Action::Restore(url) => {
                next = State {
                    all_cards: self.all_cards,
                    all_events: self.all_events,
                    ..State::from_url(url)
                }
            }
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
