use super::option_label;
use crate::data::DataRef;
use crate::filter::{Filter, Group};
use crate::text::strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActiveFiltersProps {
    pub data: DataRef,
    pub filter: Filter,
    pub on_remove: Callback<(Group, String)>,
    pub on_clear: Callback<()>,
}

/// The selected options as removable tags, with one "clear all".
#[component]
pub fn ActiveFilters(props: &ActiveFiltersProps) -> Html {
    let t = strings();
    let active = props.filter.active(&props.data);
    if active.is_empty() {
        return html! {};
    }
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="hsw-active" role="group" aria-label={t.active_label}>
            <ul class="hsw-tags">
                for (group, id) in active {
                    <li key={format!("{}-{id}", group.key())}>
                        <button
                            type="button"
                            class="hsw-tag"
                            onclick={props.on_remove.reform({ let id = id.to_string(); move |_: MouseEvent| (group, id.clone()) })}
                        >
                            <span class="hsw-sr">{ t.remove_prefix }{ " " }</span>
                            { option_label(&props.data, group, &id, t) }
                            <span class="hsw-tag-x" aria-hidden="true">{ "×" }</span>
                        </button>
                    </li>
                }
            </ul>
            <button type="button" class="hsw-clear" onclick={on_clear}>{ t.clear_all }</button>
        </div>
    }
}
