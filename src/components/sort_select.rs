use super::Uid;
use crate::filter::Sort;
use crate::hooks::use_strings;
use crate::state::{Action, SORT_ACT};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SortSelectProps {
    pub uid: Uid,
    pub sort: Sort,
    pub dispatch: Callback<Action>,
}

/// The order of the grid: billing, character, actor or first appearance.
#[component]
pub fn SortSelect(props: &SortSelectProps) -> Html {
    let t = use_strings();
    let id = props.uid.sort();
    let onchange = props.dispatch.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetSort(Sort::from_id(&value).unwrap_or_default())
    });
    html! {
        <div class="hsw-sort">
            <label for={id.clone()}>{ t.sort_label }</label>
            <select {id} class="hsw-input" data-hsw-act={SORT_ACT} {onchange}>
                for sort in Sort::ALL {
                    <option value={sort.id()} selected={sort == props.sort}>{ t.sort(sort) }</option>
                }
            </select>
        </div>
    }
}
