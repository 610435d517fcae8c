use super::Uid;
use crate::hooks::use_strings;
use crate::state::{Action, SEARCH_ACT};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub uid: Uid,
    pub value: String,
    pub dispatch: Callback<Action>,
}

/// Text search over actor and character, case- and accent-insensitive.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let t = use_strings();
    let id = props.uid.search();
    let oninput = props.dispatch.reform(|e: InputEvent| {
        Action::Search(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class="hsw-search">
            <label class="hsw-legend" for={id.clone()}>{ t.search_label }</label>
            <input
                {id}
                class="hsw-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                maxlength="200"
                data-hsw-act={SEARCH_ACT}
                placeholder={t.search_placeholder}
                value={props.value.clone()}
                {oninput}
            />
        </div>
    }
}
