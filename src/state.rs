//! The widget's state, changed only through [`Action`]s (one reducer, as in
//! Yew's `function_todomvc` example).

use crate::filter::{Filter, Group};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub filter: Filter,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Selects an option, or deselects it when selected.
    Toggle(Group, String),
    /// Deselects an option (a removable tag).
    Remove(Group, String),
    /// Deselects everything.
    Clear,
    /// Replaces the filter, e.g. from the URL when the user goes Back.
    Set(Filter),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut filter = self.filter.clone();
        match action {
            Action::Toggle(group, id) => filter.toggle(group, &id),
            Action::Remove(group, id) => {
                filter.selected_mut(group).remove(&id);
            }
            Action::Clear => filter = Filter::default(),
            Action::Set(new) => filter = new,
        }
        if filter == self.filter {
            // The same Rc: Yew skips the re-render.
            self
        } else {
            Rc::new(State { filter })
        }
    }
}
