//! Custom hooks.

use crate::browser::{self, HostRef};
use crate::data::DataRef;
use crate::lang::Lang;
use crate::state::{Action, State};
use crate::text::{strings, Strings};
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
                        typed.filter.set_query(url.filter.q());
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
                let mut url = url_state::parse(&browser::query(), &data);
                // The reader's own choice wins over the entry's.
                if let Some(stored) = browser::stored_watched(&data) {
                    url.watched = stored;
                }
                dispatcher.dispatch(Action::Restore(url))
            })
        });
        move || drop(listener)
    });
}

/// Follows the reader's "watched up to" choice when it is made elsewhere: in
/// another widget on the page, or another tab of the site.
#[hook]
pub fn use_watched_sync(data: &DataRef, state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with(data.clone(), move |data| {
        let data = data.clone();
        let listeners = browser::on_watched_stored(move || {
            if let Some(watched) = browser::stored_watched(&data) {
                dispatcher.dispatch(Action::SetWatched(watched));
            }
        });
        move || drop(listeners)
    });
}

/// Tells the embedding page about changes: `heartstopper-change` with the
/// state in `detail` whenever it changes, and `heartstopper-select` when the
/// selected person or event changes.
#[hook]
pub fn use_host_events(
    host: Option<HostRef>,
    data: &DataRef,
    state: &UseReducerHandle<State>,
    shown: usize,
) {
    // What the host last heard of: the state the widget starts in, so that
    // a change made before this effect first runs is still told. The effect
    // runs again only when its state or count changed.
    let last = use_mut_ref(|| (state.url.clone(), shown));
    let data = data.clone();
    use_effect_with((state.url.clone(), shown), move |(url, shown)| {
        let Some(HostRef(host)) = host else { return };
        let (before, was) = std::mem::replace(&mut *last.borrow_mut(), (url.clone(), *shown));
        if before == *url && was == *shown {
            return;
        }
        let detail = url.detail(&data, *shown);
        browser::emit(&host, "heartstopper-change", &detail);
        if before.selection != url.selection {
            #[derive(serde::Serialize)]
            struct Selected<'a> {
                person: &'a Option<String>,
                event: &'a Option<String>,
            }
            browser::emit(
                &host,
                "heartstopper-select",
                &Selected {
                    person: &detail.person,
                    event: &detail.event,
                },
            );
        }
    });
}

/// The interface's words in the widget's language (a context set by `App`).
#[hook]
pub fn use_strings() -> &'static Strings {
    strings(use_context::<Lang>().unwrap_or_default())
}
