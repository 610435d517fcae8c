use super::cast_card::CastCard;
use super::progressive::{adopted, use_progressive, Slot};
use super::show_all::ShowAll;
use crate::adopt::FirstPaint;
use crate::browser;
use crate::data::DataRef;
use crate::filter::Filter;
use crate::hooks::use_strings;
use crate::room::Part;
use crate::state::Action;
use crate::timeline::{Highlight, Selection};
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// Cards rendered at first, and added by each "Show more": enough for any
/// real cast, and a bound on the work a click does with a very large one.
pub const PAGE: usize = 120;

/// New cards created per task (see `progressive`).
pub const CARDS_PER_TASK: usize = 6;

/// How much of a list of people the grid shows.
struct Paging {
    /// The list it applies to: a new list starts again at one page.
    people: Rc<Vec<usize>>,
    /// How many cards are shown.
    shown: usize,
    /// Where focus goes after "Show more": the first new card.
    focus: Option<usize>,
}

impl Paging {
    fn new(people: Rc<Vec<usize>>) -> Self {
        Self {
            people,
            shown: PAGE,
            focus: None,
        }
    }

    fn more(&mut self) {
        self.focus = Some(self.shown);
        self.shown += PAGE;
    }
}

#[derive(Properties, PartialEq)]
pub struct CastGridProps {
    pub data: DataRef,
    pub filter: Rc<Filter>,
    /// Indices into `data.people`, in display order.
    pub people: Rc<Vec<usize>>,
    pub highlight: Rc<Highlight>,
    pub dispatch: Callback<Action>,
    /// The first paint's items, while the app shows its state (`adopt`).
    #[prop_or_default]
    pub first_paint: Option<FirstPaint>,
    /// The host's `limit`, until the reader asks for every card (`room`).
    #[prop_or_default]
    pub limit: Option<usize>,
}

/// The cards of the people shown. Filtered-out people leave the DOM and the
/// grid flows in DOM order, so the reading order is the visual order. Past
/// [`PAGE`] cards, a "Show more" button adds the next ones and moves focus to
/// the first of them. Under the host's `limit`, the first cards and "Show
/// all 33 cast members" (which also moves focus to the first new card).
#[component]
pub fn CastGrid(props: &CastGridProps) -> Html {
    let t = use_strings();
    let list = use_node_ref();
    let paging = use_mut_ref(|| Paging::new(props.people.clone()));
    {
        let mut p = paging.borrow_mut();
        if !Rc::ptr_eq(&p.people, &props.people) {
            *p = Paging::new(props.people.clone());
        }
    }
    let (first, cut) = crate::room::first_cards(props.people.len(), props.limit);
    let limit = paging.borrow().shown.min(first);
    let pieces = use_progressive(CARDS_PER_TASK, props.first_paint.clone());
    // A click on an adopted card (the first paint's, which has no handler).
    let onclick = pieces.on_painted_click(&props.data, &props.dispatch);
    let rerender = use_force_update();
    {
        let paging = paging.clone();
        let list = list.clone();
        use_effect(move || {
            let first_new = paging.borrow_mut().focus.take();
            if let (Some(first_new), Some(ul)) = (first_new, list.cast::<Element>()) {
                browser::focus_first(
                    &ul,
                    &format!(":scope > :nth-child({}) button", first_new + 1),
                );
            }
        });
    }
    let show_more = {
        let paging = paging.clone();
        Callback::from(move |_: MouseEvent| {
            paging.borrow_mut().more();
            rerender.force_update();
        })
    };
    let rest = props.people.len() - limit;
    let card = |index: usize| {
        let person = &props.data.people[index];
        let key = person.id.to_string();
        let act = Action::Select(Selection::Person(key.clone())).act();
        match pieces.slot(act.as_deref().unwrap_or(&key)) {
            Slot::Real => html! {
                <CastCard
                    {key}
                    data={props.data.clone()}
                    {index}
                    filter={props.filter.clone()}
                    highlighted={props.highlight.people.contains(&index)}
                    dispatch={props.dispatch.clone()}
                />
            },
            Slot::Painted(node) => adopted(key, node),
            Slot::Later => html! {
                <li {key} class="hsw-card hsw-pending" part="card">
                    <div class="hsw-card-body"><h3 class="hsw-name">{ person.character.as_ref() }</h3></div>
                </li>
            },
        }
    };
    html! {
        <>
            <ul class="hsw-grid" aria-label={t.cast_heading} ref={list} {onclick}>
                for index in props.people.iter().copied().take(limit) {
                    { card(index) }
                }
            </ul>
            if cut > 0 {
                <ShowAll part={Part::Cast} label={t.show_all_cast(props.people.len())} shown={first} dispatch={props.dispatch.clone()} />
            } else if rest > 0 {
                <p class="hsw-more">
                    <button type="button" class="hsw-clear" onclick={show_more}>
                        { t.show_more(rest.min(PAGE), rest) }
                    </button>
                </p>
            }
        </>
    }
}
