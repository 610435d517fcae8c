use crate::browser;
use crate::room::Part;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShowAllProps {
    pub part: Part,
    /// "Show all 33 cast members"
    pub label: AttrValue,
    /// How many items show now: focus goes to the next one, the first the
    /// button adds.
    pub shown: usize,
    pub dispatch: Callback<Action>,
}

/// The button after a view that the host's `limit` cuts short (`room`): it
/// shows the whole view and moves focus to the first item it added, so a
/// keyboard reader goes on reading where the list was cut.
#[component]
pub fn ShowAll(props: &ShowAllProps) -> Html {
    let action = Action::ShowAll(props.part);
    let here = use_node_ref();
    let onclick = {
        let here = here.clone();
        let (dispatch, action, shown) = (props.dispatch.clone(), action.clone(), props.shown);
        Callback::from(move |_: MouseEvent| {
            // The view this button ends, found before the render removes it
            // (the listener sits on the widget's root, not on the button).
            let view = here
                .cast::<web_sys::Element>()
                .and_then(|p| p.closest("section").ok().flatten());
            dispatch.emit(action.clone());
            if let Some(view) = view {
                // After the render the action queued.
                gloo::timers::callback::Timeout::new(0, move || {
                    browser::focus_nth(&view, "[data-hsw-act^=\"select:\"]", shown);
                })
                .forget();
            }
        })
    };
    html! {
        <p class="hsw-more" ref={here}>
            <button type="button" class="hsw-clear" data-hsw-act={action.act()} {onclick}>{ props.label.clone() }</button>
        </p>
    }
}
