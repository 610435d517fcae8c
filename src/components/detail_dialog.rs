use super::event_detail::EventDetail;
use super::person_detail::PersonDetail;
use super::Uid;
use crate::browser;
use crate::data::DataRef;
use crate::hooks::use_strings;
use crate::state::Action;
use crate::timeline::Selection;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailDialogProps {
    pub data: DataRef,
    pub selection: Option<Selection>,
    pub open: bool,
    pub dispatch: Callback<Action>,
    pub uid: Uid,
}

/// The details of the selection in a native modal `<dialog>`: it holds focus
/// while open, Escape closes it, and focus returns where it was.
#[component]
pub fn DetailDialog(props: &DetailDialogProps) -> Html {
    let t = use_strings();
    let dialog = use_node_ref();
    let opener = use_mut_ref(|| None::<HtmlElement>);
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |open| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                if *open && !d.open() {
                    *opener.borrow_mut() = gloo::utils::document()
                        .active_element()
                        .and_then(|e| e.dyn_into().ok());
                    let _ = d.show_modal();
                } else if !*open && d.open() {
                    d.close();
                }
                if !*open {
                    if let Some(el) = opener.borrow_mut().take() {
                        if el.is_connected() {
                            let _ = el.focus();
                        }
                    }
                }
            }
        });
    }
    let title_id = props.uid.detail_title();
    let data = &props.data;
    let body = match &props.selection {
        Some(Selection::Person(id)) => data.person_index(id).map(|index| {
            html! { <PersonDetail key={id.clone()} data={data.clone()} {index} title_id={title_id.clone()} dispatch={props.dispatch.clone()} /> }
        }),
        Some(Selection::Event(id)) => data.event_index(id).map(|index| {
            html! { <EventDetail data={data.clone()} {index} title_id={title_id.clone()} dispatch={props.dispatch.clone()} /> }
        }),
        None => None,
    };
    // Tab and Shift+Tab wrap around inside the dialog instead of leaving
    // for the browser's own controls.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() != "Tab" {
            return;
        }
        let Some(dialog) = e
            .current_target()
            .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        let Ok(list) =
            dialog.query_selector_all("a[href], button, input, select, [tabindex=\"0\"]")
        else {
            return;
        };
        let focusable: Vec<HtmlElement> = (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into().ok())
            .collect();
        let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
            return;
        };
        let active = browser::active_element_near(&dialog);
        let at = |el: &HtmlElement| active.as_ref() == Some(el.as_ref());
        let target = if e.shift_key() && at(first) {
            last
        } else if !e.shift_key() && at(last) {
            first
        } else {
            return;
        };
        e.prevent_default();
        let _ = target.focus();
    });
    // Escape (or any other way the browser closes it) tells the state.
    let onclose = props.dispatch.reform(|_: Event| Action::CloseDetail);
    html! {
        <dialog ref={dialog} class="hsw-dialog" part="dialog" aria-labelledby={title_id} {onclose} {onkeydown}>
            <button type="button" class="hsw-clear hsw-close" onclick={props.dispatch.reform(|_: MouseEvent| Action::CloseDetail)}>
                { t.close }
            </button>
            { body.unwrap_or_default() }
        </dialog>
    }
}
