use super::filter_group::FilterGroup;
use super::new_toggle::NewToggle;
use super::search_box::SearchBox;
use super::Uid;
use crate::data::DataRef;
use crate::filter::{facet_options, Filter, Group};
use crate::hooks::use_strings;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub data: DataRef,
    pub filter: Filter,
    pub dispatch: Callback<Action>,
    pub uid: Uid,
}

/// The search box, one group of toggle buttons per dimension, and "new this
/// season".
#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let t = use_strings();
    let on_toggle = props
        .dispatch
        .reform(|(group, id): (Group, String)| Action::Toggle(group, id));
    html! {
        <div
            class="hsw-filters"
            id={props.uid.filters()}
            role="group"
            aria-label={t.filters_label}
            part="filters"
        >
            <SearchBox uid={props.uid.clone()} value={props.filter.q().to_owned()} dispatch={props.dispatch.clone()} />
            for group in Group::ALL {
                <FilterGroup
                    key={group.key()}
                    data={props.data.clone()}
                    {group}
                    options={facet_options(&props.data, &props.filter, group)}
                    on_toggle={on_toggle.clone()}
                />
            }
            <NewToggle data={props.data.clone()} filter={props.filter.clone()} dispatch={props.dispatch.clone()} />
        </div>
    }
}
