use super::filter_group::FilterGroup;
use crate::data::DataRef;
use crate::filter::{facet_options, Filter, Group};
use crate::text::strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub data: DataRef,
    pub filter: Filter,
    pub on_toggle: Callback<(Group, String)>,
}

/// One group of toggle buttons per filter dimension.
#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let t = strings();
    html! {
        <div class="hsw-filters" role="group" aria-label={t.filters_label}>
            for group in Group::ALL {
                <FilterGroup
                    key={group.key()}
                    data={props.data.clone()}
                    {group}
                    options={facet_options(&props.data, &props.filter, group)}
                    on_toggle={props.on_toggle.clone()}
                />
            }
        </div>
    }
}
