use crate::data::DataRef;
use crate::filter::{new_only_count, Filter};
use crate::hooks::use_strings;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NewToggleProps {
    pub data: DataRef,
    pub filter: Filter,
    pub dispatch: Callback<Action>,
}

/// "New this season": only the people who joined in a selected season. Inert,
/// and saying why, until a season is chosen.
#[component]
pub fn NewToggle(props: &NewToggleProps) -> Html {
    let t = use_strings();
    let count = new_only_count(&props.data, &props.filter);
    let inert = count.is_none();
    let on = props.filter.new_only();
    let onclick = props
        .dispatch
        .reform(move |_: MouseEvent| Action::SetNewOnly(!on && !inert));
    html! {
        <div class="hsw-group hsw-new-group">
            <button
                type="button"
                class={classes!("hsw-option", "hsw-option-new", inert.then_some("hsw-dead"))}
                aria-pressed={on.to_string()}
                aria-disabled={inert.then_some("true")}
                {onclick}
            >
                <span class="hsw-option-label">{ t.new_only }</span>
                if let Some(count) = count {
                    <span class="hsw-count">{ count }<span class="hsw-sr">{ " " }{ t.people_unit }</span></span>
                } else {
                    <span class="hsw-hint">{ "(" }{ t.new_needs_season }{ ")" }</span>
                }
            </button>
        </div>
    }
}
