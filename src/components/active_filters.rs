use super::option_label;
use crate::data::DataRef;
use crate::filter::Filter;
use crate::hooks::use_strings;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActiveFiltersProps {
    pub data: DataRef,
    pub filter: Filter,
    pub dispatch: Callback<Action>,
}

/// Every active filter as a removable tag, with one "clear all".
#[component]
pub fn ActiveFilters(props: &ActiveFiltersProps) -> Html {
    let t = use_strings();
    if props.filter.is_empty() {
        return html! {};
    }
    let tag = |key: String, label: String, action: Action| {
        let act = action.act();
        html! {
            <li {key}>
                <button type="button" class="hsw-tag" data-hsw-act={act} onclick={props.dispatch.reform(move |_: MouseEvent| action.clone())}>
                    <span class="hsw-sr">{ t.remove_prefix }{ " " }</span>
                    { label }
                    <span class="hsw-tag-x" aria-hidden="true">{ "×" }</span>
                </button>
            </li>
        }
    };
    let q = props.filter.q().trim();
    html! {
        <div class="hsw-active" role="group" aria-label={t.active_label}>
            <ul class="hsw-tags">
                for (group, id) in props.filter.active(&props.data) {
                    { tag(format!("{}-{id}", group.key()), option_label(&props.data, group, &id, t), Action::Remove(group, id.to_string())) }
                }
                if !q.is_empty() {
                    { tag("q".into(), t.quote(q), Action::Search(String::new())) }
                }
                if props.filter.new_only() {
                    { tag("new".into(), t.new_only.into(), Action::SetNewOnly(false)) }
                }
            </ul>
            <button type="button" class="hsw-clear" data-hsw-act={Action::ClearFilters.act()} onclick={props.dispatch.reform(|_: MouseEvent| Action::ClearFilters)}>
                { t.clear_all }
            </button>
        </div>
    }
}
