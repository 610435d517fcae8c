use super::cast_card::CastCard;
use crate::data::DataRef;
use crate::filter::Filter;
use crate::hooks::use_strings;
use crate::state::Action;
use crate::timeline::Highlight;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CastGridProps {
    pub data: DataRef,
    pub filter: Filter,
    /// Indices into `data.people`, in display order.
    pub people: Rc<Vec<usize>>,
    pub highlight: Rc<Highlight>,
    pub dispatch: Callback<Action>,
}

/// The cards of the people shown. Filtered-out people leave the DOM and the
/// grid flows in DOM order, so the reading order is the visual order.
#[component]
pub fn CastGrid(props: &CastGridProps) -> Html {
    let t = use_strings();
    html! {
        <ul class="hsw-grid" aria-label={t.cast_heading}>
            for index in props.people.iter().copied() {
                <CastCard
                    key={props.data.people[index].id.to_string()}
                    data={props.data.clone()}
                    {index}
                    filter={props.filter.clone()}
                    highlighted={props.highlight.people.contains(&index)}
                    dispatch={props.dispatch.clone()}
                />
            }
        </ul>
    }
}
