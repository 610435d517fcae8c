//! Custom hooks.

use crate::browser;
use crate::data::DataRef;
use crate::state::{Action, State};
use crate::url_state::{self, UrlState};
use yew::prelude::*;

/// Keeps the address bar and the state in step. Each change pushes a history
/// entry, except typing in the search box, which replaces it (Back should not
/// step through every letter), and the first write, which only tidies an odd
/// URL. Back or Forward puts the state of that entry back.
#[hook]
pub fn use_url_sync(enabled: bool, data: &DataRef, state: &UseReducerHandle<State>) {
    let last = use_mut_ref(|| None::<UrlState>);
    {
        let data = data.clone();
        use_effect_with(state.url.clone(), move |url| {
            if enabled {
                let current = browser::query();
                let wanted = url_state::write(&current, url, &data);
                if wanted != current {
                    let push = last.borrow().as_ref().is_some_and(|before| {
                        let mut typed = before.clone();
                        typed.filter.q.clone_from(&url.filter.q);
                        typed != *url
                    });
                    browser::set_query(&wanted, push);
                }
            }
            *last.borrow_mut() = Some(url.clone());
        });
    }
    let dispatcher = state.dispatcher();
    let data = data.clone();
    use_effect_with(enabled, move |enabled| {
        let listener = enabled.then(|| {
            browser::on_popstate(move || {
                dispatcher.dispatch(Action::Restore(url_state::parse(&browser::query(), &data)))
            })
        });
        move || drop(listener)
    });
}
