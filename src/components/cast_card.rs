use super::photo::Photo;
use crate::cast::{initials, joined_later, school_key, school_label, SchoolLabel};
use crate::data::DataRef;
use crate::filter::{focus_appearance, Filter};
use crate::hooks::use_strings;
use crate::state::Action;
use crate::timeline::Selection;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CastCardProps {
    pub data: DataRef,
    /// Index into `data.people`.
    pub index: usize,
    pub filter: Rc<Filter>,
    /// Linked to the selected person or event.
    pub highlighted: bool,
    pub dispatch: Callback<Action>,
}

/// One person: character, actor, school and billing in the season in focus
/// (the first selected season they appear in, else their latest), role, and
/// every season they appear in with a "new" mark on the one they joined.
#[component]
pub fn CastCard(props: &CastCardProps) -> Html {
    let t = use_strings();
    let data = &props.data;
    let Some(person) = data.people.get(props.index) else {
        return html! {};
    };
    let Some(focus) = focus_appearance(data, person, &props.filter) else {
        return html! {};
    };
    let school = match school_label(data, person, focus) {
        SchoolLabel::School(s) => s.short.as_ref(),
        SchoolLabel::Unnamed => t.school_unnamed,
        SchoolLabel::NoSchool => t.no_school,
    };
    let joined = joined_later(data, person);
    let new_in_selected = joined
        .filter(|id| props.filter.seasons().contains(*id))
        .and_then(|id| data.season(id));

    let action = Action::Select(Selection::Person(person.id.to_string()));
    let act = action.act();
    let select = props.dispatch.reform(move |_: MouseEvent| action.clone());

    html! {
        <li class={classes!("hsw-card", props.highlighted.then_some("hsw-hl"))} part="card">
            <span class={classes!("hsw-avatar", format!("hsw-school-{}", school_key(focus)))} aria-hidden="true">
                if let Some(image) = &person.image {
                    <Photo image={image.clone()} size={48}>{ initials(&person.character) }</Photo>
                } else {
                    { initials(&person.character) }
                }
            </span>
            <div class="hsw-card-body">
                <h3 class="hsw-name">
                    <button type="button" class="hsw-link" aria-haspopup="dialog" data-hsw-act={act} onclick={select}>
                        { person.character.as_ref() }
                    </button>
                </h3>
                if props.highlighted {
                    <p class="hsw-linked">{ t.highlighted }</p>
                }
                <p class="hsw-actor"><span class="hsw-sr">{ t.played_by }{ " " }</span>{ person.actor.as_ref() }</p>
                <p class="hsw-meta">
                    <span class="hsw-school">{ school }</span>
                    { " · " }{ t.role(person.role) }{ " · " }{ t.billing(focus.billing) }
                    if focus.inferred {
                        <span class="hsw-inferred">{ " (" }{ t.inferred }{ ")" }</span>
                    }
                </p>
                if let Some(s) = new_in_selected {
                    <p class="hsw-badge">{ t.new_in }{ " " }{ t.season_title(&s.id, &s.title) }</p>
                }
                if person.unconfirmed {
                    <p class="hsw-flag">{ t.unconfirmed }</p>
                }
                <ul class="hsw-seasons" aria-label={t.seasons_label}>
                    for a in person.appearances.iter() {
                        <li
                            key={a.season.to_string()}
                            class={classes!("hsw-chip", props.filter.seasons().contains(a.season.as_ref()).then_some("hsw-chip-on"))}
                        >
                            <span class="hsw-sr">{ data.season(&a.season).map(|s| t.season_title(&s.id, &s.title)) }</span>
                            <span aria-hidden="true">{ data.season(&a.season).map(|s| s.short.to_string()) }</span>
                            if let Some(s) = a.school.as_deref().and_then(|id| data.school(id)) {
                                { " " }{ s.short.as_ref() }
                            }
                            if joined == Some(a.season.as_ref()) {
                                <span class="hsw-new">{ " " }{ t.new_mark }</span>
                            }
                        </li>
                    }
                </ul>
            </div>
        </li>
    }
}
