use crate::hooks::use_strings;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub dispatch: Callback<Action>,
}

/// Shown instead of the grid when nobody matches, with the way back.
#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let t = use_strings();
    html! {
        <div class="hsw-empty">
            <p class="hsw-empty-title">{ t.empty_title }</p>
            <p>{ t.empty_hint }</p>
            <button type="button" class="hsw-clear" data-hsw-act={Action::ClearFilters.act()} onclick={props.dispatch.reform(|_: MouseEvent| Action::ClearFilters)}>
                { t.clear_all }
            </button>
        </div>
    }
}
