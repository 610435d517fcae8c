use super::cast_card::CastCard;
use crate::data::DataRef;
use crate::filter::Filter;
use crate::text::strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CastGridProps {
    pub data: DataRef,
    pub filter: Filter,
    /// Indices into `data.people`, in display order.
    pub people: Rc<Vec<usize>>,
}

/// The cards of the people shown. Filtered-out people leave the DOM, so the
/// reading order is the visual order.
#[component]
pub fn CastGrid(props: &CastGridProps) -> Html {
    let t = strings();
    html! {
        <ul class="hsw-grid" aria-label={t.cast_heading}>
            for index in props.people.iter().copied() {
                <CastCard key={props.data.people[index].id.to_string()} data={props.data.clone()} {index} filter={props.filter.clone()} />
            }
        </ul>
    }
}
