use super::option_label;
use crate::data::DataRef;
use crate::filter::Filter;
use crate::text::strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultStatusProps {
    pub data: DataRef,
    pub filter: Filter,
    pub shown: usize,
}

/// The one polite live region: "9 of 34 cast members: Season 2, Truham".
#[component]
pub fn ResultStatus(props: &ResultStatusProps) -> Html {
    let t = strings();
    let active = props.filter.active(&props.data);
    let scope = if active.is_empty() {
        t.no_filters.to_owned()
    } else {
        active
            .iter()
            .map(|(g, id)| option_label(&props.data, *g, id, t))
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <p class="hsw-status" role="status" aria-live="polite" aria-atomic="true">
            <strong>{ t.summary(props.shown, props.data.people.len()) }</strong>{ ": " }{ scope }
        </p>
    }
}
