use super::own_part::own_part;
use super::photo::Photo;
use super::source_list::SourceList;
use crate::browser;
use crate::data::DataRef;
use crate::hooks::use_strings;
use crate::state::Action;
use crate::timeline::{events_of, Selection};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonDetailProps {
    pub data: DataRef,
    /// Index into `data.people`.
    pub index: usize,
    pub title_id: AttrValue,
    pub dispatch: Callback<Action>,
}

/// A person: school and billing season by season, their events (each a way to
/// that event's details) and their sources.
#[component]
pub fn PersonDetail(props: &PersonDetailProps) -> Html {
    let t = use_strings();
    let data = &props.data;
    let Some(person) = data.people.get(props.index) else {
        return html! {};
    };
    let season = |id: &str| {
        data.season(id)
            .map_or_else(|| id.to_owned(), |s| t.season_title(&s.id, &s.title))
    };
    let events = events_of(data, &person.id);
    let own = person.own.clone().unwrap_or_default();
    let school = |id: Option<&str>| {
        id.and_then(|id| data.school(id))
            .map_or(t.no_school, |s| s.name.as_ref())
    };
    html! {
        <article class="hsw-detail">
            <h2 class="hsw-dialog-title" id={props.title_id.clone()}>{ person.character.as_ref() }</h2>
            <p class="hsw-meta">{ t.played_by }{ " " }<strong>{ person.actor.as_ref() }</strong>{ " · " }{ t.role(person.role) }</p>
            if person.unconfirmed {
                <p class="hsw-flag">{ t.unconfirmed }</p>
            }
            if let Some(image) = &person.image {
                <Photo image={image.clone()} size={160} detailed=true />
            }
            // A blurb the spoiler guard emptied says nothing. The site's
            // own is in the site's language, not ours.
            if !person.blurb.is_empty() {
                <p lang={(!own.blurb).then_some("en")}>{ person.blurb.as_ref() }</p>
            }
            <table class="hsw-table">
                <caption class="hsw-sr">{ t.seasons_label }</caption>
                <thead>
                    <tr><th scope="col">{ t.season_col }</th><th scope="col">{ t.school_col }</th><th scope="col">{ t.billing_col }</th></tr>
                </thead>
                <tbody>
                    for a in person.appearances.iter() {
                        <tr key={a.season.to_string()}>
                            <th scope="row">{ season(&a.season) }</th>
                            <td>{ school(a.school.as_deref()) }</td>
                            <td>
                                { t.billing(a.billing) }
                                if a.inferred {
                                    { " (" }{ t.inferred }{ ")" }
                                }
                                if let Some(note) = &a.note {
                                    <span class="hsw-source-note">{ " " }{ note.as_ref() }</span>
                                }
                            </td>
                        </tr>
                    }
                </tbody>
            </table>
            <h3 class="hsw-detail-heading">{ t.their_events }</h3>
            if events.is_empty() {
                <p>{ t.no_events }</p>
            }
            <ul class="hsw-links">
                for i in events.iter().copied() {
                    <li key={data.events[i].id.to_string()}>
                        <button type="button" class="hsw-link"
                            onclick={{ let id = data.events[i].id.to_string(); props.dispatch.reform(move |_: MouseEvent| Action::Select(Selection::Event(id.clone()))) }}>
                            { data.events[i].title.as_ref() }
                        </button>
                        <span class="hsw-meta">{ " · " }{ browser::format_date(data.events[i].date, t.locale) }</span>
                    </li>
                }
            </ul>
            if let Some(own) = &person.own {
                { own_part(t, own) }
            }
            // A person the site added has no sources of ours.
            if !own.added {
                <h3 class="hsw-detail-heading">{ t.sources }</h3>
                <SourceList data={data.clone()} ids={person.sources.to_vec()} />
            }
        </article>
    }
}
