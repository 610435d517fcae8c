use super::active_filters::ActiveFilters;
use super::cast_grid::CastGrid;
use super::empty_state::EmptyState;
use super::filter_bar::FilterBar;
use super::result_status::ResultStatus;
use crate::browser;
use crate::data::DataRef;
use crate::filter::{self, Filter, Group};
use crate::hooks::use_url_sync;
use crate::state::{Action, State};
use crate::text::strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub data: DataRef,
    /// The filter to start with (from the URL or the embedding page).
    #[prop_or_default]
    pub initial: Filter,
    /// Mirror the filter in the address bar and follow Back and Forward.
    #[prop_or_default]
    pub sync_url: bool,
}

/// The whole widget: owns the state and hands slices of it to the views.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| State {
        filter: props.initial.clone(),
    });
    let data = props.data.clone();
    let shown = use_memo((data.clone(), state.filter.clone()), |(data, filter)| {
        filter::matching_people(data, filter)
    });
    use_url_sync(props.sync_url, &data, &state);

    let dispatcher = state.dispatcher();
    let on_toggle = {
        let d = dispatcher.clone();
        Callback::from(move |(group, id): (Group, String)| d.dispatch(Action::Toggle(group, id)))
    };
    let on_remove = {
        let d = dispatcher.clone();
        Callback::from(move |(group, id): (Group, String)| d.dispatch(Action::Remove(group, id)))
    };
    let on_clear = Callback::from(move |_: ()| dispatcher.dispatch(Action::Clear));
    let t = strings();
    let filter = state.filter.clone();

    html! {
        <section class="hsw" aria-label={t.widget_label}>
            <h2 class="hsw-heading">{ t.widget_label }</h2>
            <FilterBar data={data.clone()} filter={filter.clone()} {on_toggle} />
            <ActiveFilters data={data.clone()} filter={filter.clone()} {on_remove} on_clear={on_clear.clone()} />
            <ResultStatus data={data.clone()} filter={filter.clone()} shown={shown.len()} />
            if shown.is_empty() {
                <EmptyState {on_clear} />
            } else {
                <CastGrid data={data.clone()} {filter} people={shown.clone()} />
            }
            <p class="hsw-footnote">{ t.as_of }{ " " }{ browser::format_date(data.as_of) }</p>
        </section>
    }
}
