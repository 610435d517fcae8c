use super::selection_label;
use crate::data::DataRef;
use crate::hooks::use_strings;
use crate::state::Action;
use crate::text::fill;
use crate::timeline::Selection;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectionBarProps {
    pub data: DataRef,
    pub selection: Option<Selection>,
    /// The selection is hidden by the spoiler guard: the id and the name of
    /// the season it is from.
    #[prop_or_default]
    pub hidden: Option<(AttrValue, AttrValue)>,
    pub dispatch: Callback<Action>,
}

/// What the highlight in both views is about, with the way to its details and
/// the way out. A link to something the spoiler guard hides says so plainly,
/// without naming it, and offers to show it (watching up to its season for
/// now, without storing that) or to leave it hidden.
#[component]
pub fn SelectionBar(props: &SelectionBarProps) -> Html {
    let t = use_strings();
    let clear = props
        .dispatch
        .reform(|_: MouseEvent| Action::ClearSelection);
    if let Some((id, title)) = &props.hidden {
        let id = id.to_string();
        return html! {
            <div class="hsw-selection hsw-hidden" part="notice">
                <p>{ fill(t.hidden_fmt, &[("season", title)]) }</p>
                <button type="button" class="hsw-clear"
                    onclick={props.dispatch.reform(move |_: MouseEvent| Action::SetWatched(Some(id.clone())))}>
                    { t.show_anyway }
                </button>
                <button type="button" class="hsw-clear" onclick={clear}>{ t.keep_hidden }</button>
            </div>
        };
    }
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
            <button type="button" class="hsw-clear" onclick={clear}>
                { t.clear_highlight }
            </button>
        </div>
    }
}
