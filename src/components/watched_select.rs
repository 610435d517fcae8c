use super::Uid;
use crate::browser;
use crate::data::DataRef;
use crate::hooks::use_strings;
use crate::spoilers;
use crate::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WatchedSelectProps {
    pub uid: Uid,
    /// The full dataset: every season can be chosen.
    pub data: DataRef,
    pub watched: Option<String>,
    pub dispatch: Callback<Action>,
}

/// The spoiler guard: "Watched up to" a season, or everything. Choosing
/// keeps the reader's choice for this site (local storage); nothing is
/// stored until the reader chooses.
#[component]
pub fn WatchedSelect(props: &WatchedSelectProps) -> Html {
    let t = use_strings();
    let id = props.uid.watched();
    let onchange = {
        let data = props.data.clone();
        props.dispatch.reform(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let watched = data.season(&value).map(|s| s.id.to_string());
            browser::store_watched(spoilers::stored_value(watched.as_deref()));
            Action::SetWatched(watched)
        })
    };
    html! {
        <div class="hsw-watched">
            <label for={id.clone()}>{ t.watched_label }</label>
            <select {id} class="hsw-input" {onchange}>
                <option value={spoilers::STORED_ALL} selected={props.watched.is_none()}>{ t.watched_all }</option>
                for s in props.data.seasons.iter() {
                    <option key={s.id.to_string()} value={s.id.to_string()} selected={props.watched.as_deref() == Some(s.id.as_ref())}>
                        { t.season_title(&s.id, &s.title) }
                    </option>
                }
            </select>
        </div>
    }
}
