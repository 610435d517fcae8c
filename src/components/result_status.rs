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
    /// The cards and events the host's `limit` lets show, when it cuts
    /// the list short (`room`).
    #[prop_or_default]
    pub cards_first: Option<usize>,
    #[prop_or_default]
    pub events_first: Option<usize>,
    /// The season watched up to, by name, when later ones are hidden.
    #[prop_or_default]
    pub watched: Option<AttrValue>,
}

/// The one polite live region:
/// "9 of 33 cast members, 12 of 48 events: Season 2, Truham" (and "up to
/// Season 1" with the spoiler guard on, "(the first 6 shown)" after a part
/// the host's `limit` cuts short), each part,
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
    let first = |cut: Option<usize>| cut.map(|n| t.first_shown(n)).unwrap_or_default();
    let events = props.view.shows_timeline().then(|| {
        format!(
            "{}{}{}",
            t.list_sep,
            t.events_summary(props.events_shown, props.data.events.len()),
            first(props.events_first)
        )
    });
    let cards = props.view.shows_grid().then(|| first(props.cards_first));
    html! {
        <p class="hsw-status" part="status" role="status" aria-live="polite" aria-atomic="true">
            <strong>{ t.summary(props.shown, props.data.people.len()) }{ cards }{ events }</strong>{ t.colon }{ scope }
        </p>
    }
}
