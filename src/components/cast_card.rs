use crate::data::{DataRef, Role};
use crate::filter::{first_season, matching_appearance, school_key, Filter};
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

/// Up to two initials: "Nick Nelson" → "NN", "Naomi" → "N".
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
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
    let Some(focus) =
        matching_appearance(data, person, &props.filter).or(person.appearances.last())
    else {
        return html! {};
    };
    let school_name = |id: &str| data.schools.iter().find(|s| s.id == id);
    let season = |id: &str| data.seasons.iter().find(|s| s.id == id);
    // A student or teacher with no school is at one the sources do not name.
    let unnamed = if matches!(person.role, Role::Student | Role::Teacher) {
        t.school_unnamed
    } else {
        t.no_school
    };
    let school = focus
        .school
        .as_deref()
        .and_then(school_name)
        .map_or(unnamed, |s| s.short.as_ref());
    // Everyone is new in the first season, so only later arrivals are marked.
    let joined =
        first_season(data, person).filter(|id| data.seasons.first().is_some_and(|s| s.id != *id));
    let new_in_selected = joined
        .filter(|id| props.filter.seasons.contains(*id))
        .and_then(season);

    let select = {
        let id = person.id.to_string();
        props
            .dispatch
            .reform(move |_: MouseEvent| Action::Select(Selection::Person(id.clone())))
    };

    html! {
        <li class={classes!("hsw-card", props.highlighted.then_some("hsw-hl"))} part="card">
            <span class={classes!("hsw-avatar", format!("hsw-school-{}", school_key(focus)))} aria-hidden="true">
                { initials(&person.character) }
            </span>
            <div class="hsw-card-body">
                <h3 class="hsw-name">
                    <button type="button" class="hsw-link" aria-haspopup="dialog" onclick={select}>
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
                            class={classes!("hsw-chip", props.filter.seasons.contains(a.season.as_ref()).then_some("hsw-chip-on"))}
                        >
                            <span class="hsw-sr">{ season(&a.season).map(|s| t.season_title(&s.id, &s.title)) }</span>
                            <span aria-hidden="true">{ season(&a.season).map(|s| s.short.to_string()) }</span>
                            if let Some(s) = a.school.as_deref().and_then(school_name) {
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
