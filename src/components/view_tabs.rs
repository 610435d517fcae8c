use crate::hooks::use_strings;
use crate::state::Action;
use crate::url_state::View;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub uid: AttrValue,
    pub view: View,
    pub dispatch: Callback<Action>,
}

/// Cast, Timeline or Both, as WAI-ARIA tabs: one tab stop; arrows, Home and
/// End move between the tabs and select them.
#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let t = use_strings();
    let uid = props.uid.clone();
    let current = View::ALL.iter().position(|v| *v == props.view).unwrap_or(0);
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        let uid = uid.clone();
        Callback::from(move |e: KeyboardEvent| {
            let last = View::ALL.len() - 1;
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => {
                    if current == last {
                        0
                    } else {
                        current + 1
                    }
                }
                "ArrowLeft" | "ArrowUp" => {
                    if current == 0 {
                        last
                    } else {
                        current - 1
                    }
                }
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            let view = View::ALL[next];
            dispatch.emit(Action::SetView(view));
            // Focus follows the selection onto the new tab.
            let tab = e
                .current_target()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok())
                .and_then(|list| {
                    list.query_selector(&format!("#{uid}-tab-{}", view.id()))
                        .ok()
                        .flatten()
                })
                .and_then(|el| el.dyn_into::<HtmlElement>().ok());
            if let Some(tab) = tab {
                let _ = tab.focus();
            }
        })
    };
    html! {
        <div class="hsw-tabs" role="tablist" aria-label={t.views_label} part="tabs" {onkeydown}>
            for view in View::ALL {
                <button
                    type="button"
                    role="tab"
                    class="hsw-tab"
                    id={format!("{uid}-tab-{}", view.id())}
                    aria-selected={(view == props.view).to_string()}
                    aria-controls={format!("{uid}-panel")}
                    tabindex={if view == props.view { "0" } else { "-1" }}
                    onclick={props.dispatch.reform(move |_: MouseEvent| Action::SetView(view))}
                >
                    { t.view(view) }
                </button>
            }
        </div>
    }
}
