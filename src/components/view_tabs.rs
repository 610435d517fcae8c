use super::Uid;
use crate::browser;
use crate::hooks::use_strings;
use crate::state::Action;
use crate::url_state::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub uid: Uid,
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
            if let Some(list) = browser::listener_element(&e) {
                browser::focus_first(&list, &format!("#{}", uid.tab(view)));
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
                    id={uid.tab(view)}
                    aria-selected={(view == props.view).to_string()}
                    aria-controls={uid.panel()}
                    tabindex={if view == props.view { "0" } else { "-1" }}
                    data-hsw-act={Action::SetView(view).act()}
                    onclick={props.dispatch.reform(move |_: MouseEvent| Action::SetView(view))}
                >
                    { t.view(view) }
                </button>
            }
        </div>
    }
}
