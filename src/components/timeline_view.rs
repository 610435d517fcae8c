use super::progressive::{adopted, use_progressive, Slot};
use super::show_all::ShowAll;
use super::Uid;
use crate::adopt::FirstPaint;
use crate::browser;
use crate::data::DataRef;
use crate::hooks::use_strings;
use crate::room::Part;
use crate::state::Action;
use crate::timeline::{era_season, is_upcoming, Era, Highlight, Selection};
use std::rc::Rc;
use yew::prelude::*;

/// New events created per task (see `progressive`).
pub const EVENTS_PER_TASK: usize = 12;

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    pub data: DataRef,
    pub eras: Rc<Vec<Era>>,
    pub highlight: Rc<Highlight>,
    pub dispatch: Callback<Action>,
    /// The first paint's items, while the app shows its state (`adopt`).
    #[prop_or_default]
    pub first_paint: Option<FirstPaint>,
    pub uid: Uid,
    /// Events the host's `limit` keeps back (`eras` holds the others),
    /// until the reader asks for every one (`room`).
    #[prop_or_default]
    pub more: usize,
}

/// Every dated event, grouped into eras per season. One tab stop: arrows,
/// Home and End move between events (roving tabindex); Enter opens one.
/// Horizontal in wide containers, vertical in narrow ones (container queries).
/// Under the host's `limit`, "Show all 48 events" follows; it moves focus to
/// the first event it adds.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let t = use_strings();
    let data = &props.data;
    // Word every date once per dataset and language, not on every render.
    let dates = use_memo((data.clone(), t.locale), |(data, locale)| {
        data.events
            .iter()
            .map(|e| browser::format_date(e.date, locale))
            .collect::<Vec<_>>()
    });
    let premieres = use_memo((data.clone(), t.locale), |(data, locale)| {
        data.seasons
            .iter()
            .map(|s| browser::format_date(s.premiere, locale))
            .collect::<Vec<_>>()
    });
    let active = use_state(|| None::<usize>);
    let order: Vec<usize> = props
        .eras
        .iter()
        .flat_map(|e| e.events.iter().copied())
        .collect();
    let tab_stop = active
        .filter(|a| order.contains(a))
        .or(order.first().copied());
    let heading_id = props.uid.timeline_heading();
    // The as-of marker goes before the first event still to come.
    let first_upcoming = order
        .iter()
        .copied()
        .find(|&i| is_upcoming(data, &data.events[i]));

    let onkeydown = {
        let order = order.clone();
        let active = active.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(current) = tab_stop.and_then(|a| order.iter().position(|&i| i == a)) else {
                return;
            };
            let next = match e.key().as_str() {
                "ArrowDown" | "ArrowRight" => (current + 1).min(order.len() - 1),
                "ArrowUp" | "ArrowLeft" => current.saturating_sub(1),
                "Home" => 0,
                "End" => order.len() - 1,
                _ => return,
            };
            e.prevent_default();
            active.set(Some(order[next]));
            if let Some(list) = browser::listener_element(&e) {
                browser::focus_first(&list, &format!("[data-hsw-event=\"{}\"]", order[next]));
            }
        })
    };

    let pieces = use_progressive(EVENTS_PER_TASK, props.first_paint.clone());
    // A click on an adopted event (the first paint's, which has no handler).
    let onclick = pieces.on_painted_click(data, &props.dispatch);

    let event_item = |i: usize| {
        let event = &data.events[i];
        let key = event.id.to_string();
        let action = Action::Select(Selection::Event(key.clone()));
        let act = action.act();
        let marker = html! {
            if first_upcoming == Some(i) {
                <li class="hsw-asof">{ t.as_of }{ " " }{ browser::format_date(data.as_of, t.locale) }</li>
            }
        };
        match pieces.slot(act.as_deref().unwrap_or(&key)) {
            Slot::Real => {}
            Slot::Painted(node) => return html! { <>{ marker }{ adopted(key, node) }</> },
            Slot::Later => {
                return html! {
                    <>
                        { marker }
                        <li {key} class="hsw-event hsw-pending" part="event">
                            <span class="hsw-event-title" lang="en">{ event.title.as_ref() }</span>
                        </li>
                    </>
                }
            }
        }
        let upcoming = is_upcoming(data, event);
        let lit = props.highlight.events.contains(&i);
        let select = props.dispatch.reform(move |_: MouseEvent| action.clone());
        let onfocus = {
            let active = active.clone();
            Callback::from(move |_: FocusEvent| active.set(Some(i)))
        };
        html! {
            <>
                { marker }
                <li {key} class={classes!("hsw-event", format!("hsw-kind-{}", event.kind.id()), lit.then_some("hsw-hl"), upcoming.then_some("hsw-upcoming"))} part="event">
                    <button
                        type="button"
                        class="hsw-event-btn"
                        data-hsw-event={i.to_string()}
                        tabindex={if tab_stop == Some(i) { "0" } else { "-1" }}
                        aria-haspopup="dialog"
                        data-hsw-act={act}
                        onclick={select}
                        {onfocus}
                    >
                        <time class="hsw-date" datetime={event.date.to_string()}>{ dates.get(i).cloned().unwrap_or_default() }</time>
                        <span class="hsw-kind">{ t.kind(event.kind) }</span>
                        <span class="hsw-event-title" lang="en">{ event.title.as_ref() }</span>
                        if upcoming {
                            <span class="hsw-badge">{ t.upcoming }</span>
                        }
                        if lit {
                            <span class="hsw-linked">{ t.highlighted }</span>
                        }
                    </button>
                </li>
            </>
        }
    };

    html! {
        <section class="hsw-timeline" aria-labelledby={heading_id.clone()} part="timeline">
            <h3 class="hsw-view-heading" id={heading_id}>{ t.timeline_heading }</h3>
            if order.is_empty() {
                <p class="hsw-empty">{ t.timeline_empty }</p>
            }
            // tabindex="-1": Firefox makes a scrolling container a tab stop of
            // its own; the timeline's one tab stop is its current event.
            <ol class="hsw-eras" tabindex="-1" {onkeydown} {onclick}>
                for era in props.eras.iter() {
                    <li class="hsw-era" key={era.season.map_or(-1, |s| s as i64)}>
                        if let Some(season) = era_season(data, era) {
                            <h4 class="hsw-era-title">{ t.season_title(&season.id, &season.title) }</h4>
                            <p class="hsw-era-meta">
                                { if season.status == crate::data::Status::Upcoming { t.expected } else { t.premiered } }
                                { " " }{ era.season.and_then(|s| premieres.get(s).cloned()).unwrap_or_default() }
                                if season.episodes > 0 {
                                    { " · " }{ season.episodes }{ " " }{ t.episodes }
                                }
                                if !season.volumes.is_empty() {
                                    { " · " }{ if season.volumes.len() > 1 { t.volumes } else { t.volume } }{ " " }
                                    { season.volumes.iter().map(u8::to_string).collect::<Vec<_>>().join("–") }
                                }
                            </p>
                        } else {
                            <h4 class="hsw-era-title">{ t.before_series }</h4>
                        }
                        <ol class="hsw-events">
                            for i in era.events.iter().copied() {
                                { event_item(i) }
                            }
                        </ol>
                    </li>
                }
            </ol>
            if props.more > 0 {
                <ShowAll part={Part::Timeline} label={t.show_all_events(order.len() + props.more)} shown={order.len()} dispatch={props.dispatch.clone()} />
            }
        </section>
    }
}
