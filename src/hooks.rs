//! Custom hooks.

use crate::browser;
use crate::data::DataRef;
use crate::state::{Action, State};
use crate::url_state;
use yew::prelude::*;

/// Keeps the address bar and the filter in step: each change pushes a history
/// entry (the first only replaces, so that cleaning up an odd URL adds no
/// entry), and Back or Forward puts the filter of that entry back.
#[hook]
pub fn use_url_sync(enabled: bool, data: &DataRef, state: &UseReducerHandle<State>) {
    let first = use_mut_ref(|| true);
    {
        let data = data.clone();
        use_effect_with(state.filter.clone(), move |filter| {
            if enabled {
                let current = browser::query();
                let wanted = url_state::write(&current, filter, &data);
                if wanted != current {
                    browser::set_query(&wanted, !*first.borrow());
                }
            }
            *first.borrow_mut() = false;
        });
    }
    let dispatcher = state.dispatcher();
    let data = data.clone();
    use_effect_with(enabled, move |enabled| {
        let listener = enabled.then(|| {
            browser::on_popstate(move || {
                dispatcher.dispatch(Action::Set(url_state::parse(&browser::query(), &data)))
            })
        });
        move || drop(listener)
    });
}
