use super::option_label;
use crate::data::DataRef;
use crate::filter::{FacetOption, Group};
use crate::hooks::use_strings;
use crate::state::Action;
use crate::text::Strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterGroupProps {
    pub data: DataRef,
    pub group: Group,
    pub options: Vec<FacetOption>,
    pub on_toggle: Callback<(Group, String)>,
}

/// A fieldset of toggle buttons (`aria-pressed`), each with its count. An
/// option that would show nobody stays focusable but inert, and says why.
#[component]
pub fn FilterGroup(props: &FilterGroupProps) -> Html {
    let t = use_strings();
    let legend = match props.group {
        Group::Season => t.season_legend,
        Group::School => t.school_legend,
        Group::Role => t.role_legend,
    };
    html! {
        <fieldset class="hsw-group">
            <legend class="hsw-legend">{ legend }</legend>
            <div class="hsw-options">
                for option in props.options.iter() {
                    { render_option(props, option, t) }
                }
            </div>
        </fieldset>
    }
}

fn render_option(props: &FilterGroupProps, option: &FacetOption, t: &Strings) -> Html {
    let dead_end = option.is_dead_end();
    let onclick = {
        let on_toggle = props.on_toggle.clone();
        let (group, id) = (option.group, option.id.to_string());
        Callback::from(move |_: MouseEvent| {
            if !dead_end {
                on_toggle.emit((group, id.clone()));
            }
        })
    };
    let class = classes!(
        "hsw-option",
        format!("hsw-option-{}", option.id),
        dead_end.then_some("hsw-dead")
    );
    html! {
        <button
            type="button"
            key={option.id.to_string()}
            {class}
            aria-pressed={option.selected.to_string()}
            aria-disabled={dead_end.then_some("true")}
            data-hsw-act={(!dead_end).then(|| Action::Toggle(option.group, option.id.to_string()).act()).flatten()}
            title={dead_end.then_some(t.dead_end)}
            {onclick}
        >
            <span class="hsw-option-label">{ option_label(&props.data, option.group, &option.id, t) }</span>
            <span class="hsw-count">
                { option.count }
                <span class="hsw-sr">{ " " }{ t.people_unit }</span>
                if dead_end {
                    <span class="hsw-sr">{ t.list_sep }{ t.dead_end }</span>
                }
            </span>
        </button>
    }
}
