use super::cast_card::CastCard;
use crate::data::DataRef;
use crate::filter::Filter;
use crate::hooks::use_strings;
use crate::state::Action;
use crate::timeline::Highlight;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Cards rendered at first, and added by each "Show more": enough for any
/// real cast, and a bound on the work a click does with a very large one.
pub const PAGE: usize = 120;

#[derive(Properties, PartialEq)]
pub struct CastGridProps {
    pub data: DataRef,
    pub filter: Rc<Filter>,
    /// Indices into `data.people`, in display order.
    pub people: Rc<Vec<usize>>,
    pub highlight: Rc<Highlight>,
    pub dispatch: Callback<Action>,
}

/// The cards of the people shown. Filtered-out people leave the DOM and the
/// grid flows in DOM order, so the reading order is the visual order. Past
/// [`PAGE`] cards, a "Show more" button adds the next ones and moves focus to
/// the first of them.
#[component]
pub fn CastGrid(props: &CastGridProps) -> Html {
    let t = use_strings();
    let list = use_node_ref();
    // (the list it applies to, how many are shown, where focus should go)
    let window = use_mut_ref(|| (props.people.clone(), PAGE, None::<usize>));
    {
        let mut w = window.borrow_mut();
        if !Rc::ptr_eq(&w.0, &props.people) {
            *w = (props.people.clone(), PAGE, None);
        }
    }
    let limit = window.borrow().1.min(props.people.len());
    let rerender = use_force_update();
    {
        let window = window.clone();
        let list = list.clone();
        use_effect(move || {
            if let Some(first_new) = window.borrow_mut().2.take() {
                let button = list
                    .cast::<HtmlElement>()
                    .and_then(|ul| ul.children().item(first_new as u32))
                    .and_then(|li| li.query_selector("button").ok().flatten())
                    .and_then(|b| b.dyn_into::<HtmlElement>().ok());
                if let Some(button) = button {
                    let _ = button.focus();
                }
            }
        });
    }
    let show_more = {
        let window = window.clone();
        Callback::from(move |_: MouseEvent| {
            {
                let mut w = window.borrow_mut();
                w.2 = Some(w.1);
                w.1 += PAGE;
            }
            rerender.force_update();
        })
    };
    let rest = props.people.len() - limit;
    html! {
        <>
            <ul class="hsw-grid" aria-label={t.cast_heading} ref={list}>
                for index in props.people.iter().copied().take(limit) {
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
            if rest > 0 {
                <p class="hsw-more">
                    <button type="button" class="hsw-clear" onclick={show_more}>
                        { t.show_more(rest.min(PAGE), rest) }
                    </button>
                </p>
            }
        </>
    }
}
