use super::selection_label;
use crate::data::DataRef;
use crate::hooks::use_strings;
use crate::state::Action;
use crate::timeline::Selection;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectionBarProps {
    pub data: DataRef,
    pub selection: Option<Selection>,
    pub dispatch: Callback<Action>,
}

/// What the highlight in both views is about, with the way to its details and
/// the way out.
#[component]
pub fn SelectionBar(props: &SelectionBarProps) -> Html {
    let t = use_strings();
    let Some(selection) = &props.selection else {
        return html! {};
    };
    let Some(label) = selection_label(&props.data, selection) else {
        return html! {};
    };
    let reopen = selection.clone();
    html! {
        <div class="hsw-selection">
            <span>{ t.labelled(t.highlighting) }<strong>{ label }</strong></span>
            <button type="button" class="hsw-clear" aria-haspopup="dialog"
                onclick={props.dispatch.reform(move |_: MouseEvent| Action::Select(reopen.clone()))}>
                { t.show_details }
            </button>
            <button type="button" class="hsw-clear" onclick={props.dispatch.reform(|_: MouseEvent| Action::ClearSelection)}>
                { t.clear_highlight }
            </button>
        </div>
    }
}
