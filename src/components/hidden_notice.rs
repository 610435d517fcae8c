use crate::data::DataRef;
use crate::hooks::use_strings;
use crate::state::Action;
use crate::text::fill;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HiddenNoticeProps {
    /// The full dataset, for the season's name.
    pub data: DataRef,
    /// The season the hidden person or event is from.
    pub season: AttrValue,
    pub dispatch: Callback<Action>,
}

/// A link names someone or something the spoiler guard hides: say so
/// plainly, without naming it, and offer to show it (watching up to its
/// season for now, without storing that) or to leave it hidden.
#[component]
pub fn HiddenNotice(props: &HiddenNoticeProps) -> Html {
    let t = use_strings();
    let Some(season) = props.data.season(&props.season) else {
        return html! {};
    };
    let title = t.season_title(&season.id, &season.title);
    let id = season.id.to_string();
    html! {
        <div class="hsw-hidden" part="notice">
            <p>{ fill(t.hidden_fmt, &[("season", &title)]) }</p>
            <button type="button" class="hsw-clear"
                onclick={props.dispatch.reform(move |_: MouseEvent| Action::SetWatched(Some(id.clone())))}>
                { t.show_anyway }
            </button>
            <button type="button" class="hsw-clear" onclick={props.dispatch.reform(|_: MouseEvent| Action::ClearSelection)}>
                { t.keep_hidden }
            </button>
        </div>
    }
}
