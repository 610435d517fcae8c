use super::option_label;
use crate::data::DataRef;
use crate::filter::Filter;
use crate::hooks::use_strings;
use crate::text::fill;
use crate::url_state::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultStatusProps {
    pub data: DataRef,
    pub filter: Filter,
    pub shown: usize,
    pub events_shown: usize,
    pub view: View,
    /// The season watched up to, by name, when later ones are hidden.
    #[prop_or_default]
    pub watched: Option<AttrValue>,
}

/// The one polite live region:
/// "9 of 33 cast members, 12 of 48 events: Season 2, Truham" (and "up to
/// Season 1" with the spoiler guard on), each part,
/// the colon and the quotes in the reader's language.
#[component]
pub fn ResultStatus(props: &ResultStatusProps) -> Html {
    let t = use_strings();
    let f = &props.filter;
    let mut scope: Vec<String> = f
        .active(&props.data)
        .iter()
        .map(|(g, id)| option_label(&props.data, *g, id, t))
        .collect();
    if !f.q().trim().is_empty() {
        scope.push(t.quote(f.q().trim()));
    }
    if f.new_only() {
        scope.push(t.new_only.to_owned());
    }
    if let Some(season) = &props.watched {
        scope.push(fill(t.up_to_fmt, &[("season", season)]));
    }
    let scope = if scope.is_empty() {
        t.no_filters.to_owned()
    } else {
        t.list(&scope)
    };
    let events = props.view.shows_timeline().then(|| {
        format!(
            "{}{}",
            t.list_sep,
            t.events_summary(props.events_shown, props.data.events.len())
        )
    });
    html! {
        <p class="hsw-status" part="status" role="status" aria-live="polite" aria-atomic="true">
            <strong>{ t.summary(props.shown, props.data.people.len()) }{ events }</strong>{ t.colon }{ scope }
        </p>
    }
}
