use super::own_part::own_part;
use super::photo::Photo;
use super::source_list::SourceList;
use crate::browser;
use crate::cast::is_newcomer_in;
use crate::data::DataRef;
use crate::hooks::use_strings;
use crate::state::Action;
use crate::timeline::{is_upcoming, people_of, Selection};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventDetailProps {
    pub data: DataRef,
    /// Index into `data.events`.
    pub index: usize,
    pub title_id: AttrValue,
    pub dispatch: Callback<Action>,
}

/// An event: its date, text, people (each a way to their details, newcomers
/// marked) and sources.
#[component]
pub fn EventDetail(props: &EventDetailProps) -> Html {
    let t = use_strings();
    let data = &props.data;
    let Some(event) = data.events.get(props.index) else {
        return html! {};
    };
    let season = event.season.as_deref().and_then(|id| data.season(id));
    let people = people_of(data, event);
    html! {
        <article class="hsw-detail">
            <h2 class="hsw-dialog-title" lang="en" id={props.title_id.clone()}>{ event.title.as_ref() }</h2>
            <p class="hsw-meta">
                <time datetime={event.date.to_string()}>{ browser::format_date(event.date, t.locale) }</time>
                { " · " }{ t.kind(event.kind) }
                if let Some(season) = season {
                    { " · " }{ t.season_title(&season.id, &season.title) }
                }
            </p>
            if is_upcoming(data, event) {
                <p class="hsw-badge">{ t.upcoming }</p>
            }
            if event.unconfirmed {
                <p class="hsw-flag">{ t.unconfirmed }</p>
            }
            if let Some(image) = &event.image {
                <Photo image={image.clone()} size={160} detailed=true />
            }
            <p lang={(!event.own.as_ref().is_some_and(|o| o.blurb)).then_some("en")}>{ event.text.as_ref() }</p>
            if let Some(own) = &event.own {
                { own_part(t, own) }
            }
            <h3 class="hsw-detail-heading">{ t.people_involved }</h3>
            if people.is_empty() {
                <p>{ t.show_wide }</p>
            }
            <ul class="hsw-links">
                for i in people {
                    <li key={data.people[i].id.to_string()}>
                        <button type="button" class="hsw-link"
                            onclick={{ let id = data.people[i].id.to_string(); props.dispatch.reform(move |_: MouseEvent| Action::Select(Selection::Person(id.clone()))) }}>
                            { data.people[i].character.as_ref() }
                        </button>
                        <span class="hsw-meta">{ " · " }{ data.people[i].actor.as_ref() }</span>
                        if season.is_some_and(|s| is_newcomer_in(data, &data.people[i], &s.id)) {
                            <span class="hsw-new">{ " " }{ t.new_mark }</span>
                        }
                    </li>
                }
            </ul>
            <h3 class="hsw-detail-heading">{ t.sources }</h3>
            <SourceList data={data.clone()} ids={event.sources.to_vec()} />
        </article>
    }
}
