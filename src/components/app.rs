use super::active_filters::ActiveFilters;
use super::cast_grid::CastGrid;
use super::detail_dialog::DetailDialog;
use super::empty_state::EmptyState;
use super::filter_bar::FilterBar;
use super::result_status::ResultStatus;
use super::selection_bar::SelectionBar;
use super::sort_select::SortSelect;
use super::timeline_view::TimelineView;
use super::view_tabs::ViewTabs;
use super::watched_select::WatchedSelect;
use super::Uid;
use crate::adopt::FirstPaint;
use crate::browser::{self, HostRef};
use crate::data::DataRef;
use crate::filter::{matching_people, sort_people};
use crate::hooks::{use_host_events, use_url_sync, use_watched_sync};
use crate::lang::Lang;
use crate::room;
use crate::spoilers;
use crate::state::{Action, External, State};
use crate::text::strings;
use crate::timeline::{eras, highlight};
use crate::url_state::{self, UrlState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub data: DataRef,
    /// The state to start with (from the URL or the embedding page).
    #[prop_or_default]
    pub initial: UrlState,
    /// Mirror the state in the address bar and follow Back and Forward.
    #[prop_or_default]
    pub sync_url: bool,
    /// The custom element hosting the widget: it hears `heartstopper-change`
    /// and `heartstopper-select` events.
    #[prop_or_default]
    pub host: Option<HostRef>,
    /// A message for the reader, e.g. why custom data could not be used.
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    /// Actions from outside: changed attributes, input made before the
    /// wasm took over (the last batch; see `External`).
    #[prop_or_default]
    pub external: Option<External>,
    /// The `lang` attribute: wins over `?lang=` and the browser's languages.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The pre-rendered first paint this app takes over (`adopt`).
    #[prop_or_default]
    pub first_paint: Option<FirstPaint>,
    /// The `limit` attribute: cards and events shown before "Show all"
    /// (`room`).
    #[prop_or_default]
    pub limit: Option<usize>,
}

impl AppProps {
    /// A widget showing `data` from `initial`, not tied to the address bar.
    pub fn new(data: DataRef, initial: UrlState) -> Self {
        Self {
            data,
            initial,
            sync_url: false,
            host: None,
            notice: None,
            external: None,
            lang: None,
            first_paint: None,
            limit: None,
        }
    }
}

/// The whole widget: owns the state and hands slices of it to the views.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        let start = if props.sync_url {
            State::from_url(props.initial.clone())
        } else {
            State::from_attributes(props.initial.clone())
        };
        // What the reader did before the wasm took over (queued by the
        // element just after mounting, before this first render) is the
        // state the app starts in: one render, not the first paint's state
        // and then theirs.
        let mut state = std::rc::Rc::new(start);
        for action in props.external.iter().flat_map(External::take) {
            state = yew::Reducible::reduce(state, action);
        }
        std::rc::Rc::try_unwrap(state).unwrap_or_else(|shared| (*shared).clone())
    });
    let uid = (*use_memo((), |_| Uid::next())).clone();
    let full = props.data.clone();
    let url = &state.url;
    // Everything below sees only what the reader may: the spoiler-safe
    // dataset, and the filter as far as it knows it.
    let data = (*use_memo(
        (full.clone(), url.watched.clone()),
        |(full, watched)| match watched {
            None => full.clone(),
            Some(w) => DataRef::new(spoilers::safe(full, Some(w))),
        },
    ))
    .clone();
    let filter = {
        let mut f = url.filter.clone();
        f.retain_known(&data);
        f
    };
    let hidden = url
        .selection
        .as_ref()
        .and_then(|s| spoilers::hidden_from(&full, &data, s));
    let people = use_memo(
        (data.clone(), filter.clone(), url.sort),
        |(data, filter, sort)| {
            let mut people = matching_people(data, filter);
            sort_people(data, filter, &mut people, *sort);
            people
        },
    );
    let eras = use_memo((data.clone(), filter.clone()), |(data, filter)| {
        eras(data, filter)
    });
    // The host's `limit`, until the reader asks for a whole view.
    let card_limit = props.limit.filter(|_| !state.all_cards);
    let event_limit = props.limit.filter(|_| !state.all_events);
    let timeline = use_memo((eras.clone(), event_limit), |(eras, limit)| {
        room::first_events(eras, *limit)
    });
    let (first_eras, events_more) = (timeline.0.clone(), timeline.1);
    let (cards_first, cards_more) = room::first_cards(people.len(), card_limit);
    let shared_filter = use_memo(filter.clone(), |f| f.clone());
    let highlight = use_memo((data.clone(), url.selection.clone()), |(data, s)| {
        highlight(data, s.as_ref())
    });
    use_url_sync(props.sync_url, &full, &state);
    use_watched_sync(&full, &state);
    use_host_events(props.host.clone(), &data, &state, people.len());
    // Changed state attributes of the element, and input made before the
    // wasm took over, in the order they came.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.external.clone(), move |external| {
            for action in external.iter().flat_map(External::take) {
                dispatcher.dispatch(action);
            }
        });
    }

    // One callback for the app's life, so that a view whose props are the
    // same is not rendered again.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    // The language: the element's attribute, then ?lang=, then the browser's.
    let browser_langs = use_memo((), |_| browser::preferred_languages());
    let lang = Lang::choose(
        props.lang.as_deref(),
        url.lang,
        browser_langs.iter().map(String::as_str),
    );
    let t = strings(lang);
    // The state this render shows, named on the widget, so that the app
    // taking over a pre-rendered one knows whether it shows the same.
    let shown_state = url_state::write("", url, &full)
        .trim_start_matches('?')
        .to_owned();
    // The first paint's items are offered to the lists while the app shows
    // the state it painted, and never again once it shows another.
    // (It shows the built-in data: custom data or a sheet laid over it
    // ends it too.)
    let first_paint = use_mut_ref(|| props.first_paint.clone());
    if !first_paint
        .borrow()
        .as_ref()
        .is_some_and(|painted| painted.shows(&shown_state, t.locale))
        || props.data != DataRef::embedded()
    {
        *first_paint.borrow_mut() = None;
    }
    let first_paint = first_paint.borrow().clone();
    let active_count = filter.active_count(&data);
    let events_shown: usize = eras.iter().map(|e| e.events.len()).sum();
    let cast_heading_id = uid.cast_heading();
    let hidden = hidden.and_then(|id| full.season(id)).map(|s| {
        let title = t.season_title(&s.id, &s.title);
        (AttrValue::from(s.id.to_string()), AttrValue::from(title))
    });
    // Only while something is hidden: watching up to the last season hides nothing.
    let watched = url
        .watched
        .as_deref()
        .and_then(|id| full.season(id))
        .filter(|_| data.seasons.len() < full.seasons.len())
        .map(|s| AttrValue::from(t.season_title(&s.id, &s.title)));

    html! {
        <ContextProvider<Lang> context={lang}>
        <section class="hsw" lang={t.locale} aria-label={t.widget_label} part="widget" data-hsw-state={shown_state}>
            <h2 class="hsw-heading">{ t.widget_label }</h2>
            if let Some(notice) = &props.notice {
                <p class="hsw-notice" role="alert" part="notice">{ notice.clone() }</p>
            }
            <WatchedSelect uid={uid.clone()} data={full.clone()} watched={url.watched.clone()} dispatch={dispatch.clone()} />
            // On narrow containers the filters fold away behind this button
            // (CSS decides when it shows); on wide ones they are always open.
            <button
                type="button"
                class="hsw-clear hsw-filters-toggle"
                aria-expanded={state.filters_open.to_string()}
                aria-controls={uid.filters()}
                data-hsw-act={Action::ToggleFilters.act()}
                onclick={dispatch.reform(|_: MouseEvent| Action::ToggleFilters)}
            >
                { t.filters_label }
                if active_count > 0 {
                    { format!(" ({active_count})") }
                }
                <span class="hsw-tag-x" aria-hidden="true">{ if state.filters_open { "▴" } else { "▾" } }</span>
            </button>
            <FilterBar data={data.clone()} filter={filter.clone()} dispatch={dispatch.clone()} uid={uid.clone()} />
            <ActiveFilters data={data.clone()} filter={filter.clone()} dispatch={dispatch.clone()} />
            <ResultStatus
                data={data.clone()}
                filter={filter.clone()}
                shown={people.len()}
                {events_shown}
                view={url.view}
                {watched}
                cards_first={(cards_more > 0).then_some(cards_first)}
                events_first={(events_more > 0).then_some(events_shown - events_more)}
            />
            <SelectionBar data={data.clone()} selection={url.selection.clone()} hidden={hidden.clone()} dispatch={dispatch.clone()} />
            <ViewTabs uid={uid.clone()} view={url.view} dispatch={dispatch.clone()} />
            <div class="hsw-panel" role="tabpanel" id={uid.panel()} aria-labelledby={uid.tab(url.view)}>
                if url.view.shows_grid() {
                    <section class="hsw-cast" aria-labelledby={cast_heading_id.clone()}>
                        <div class="hsw-view-head">
                            <h3 class="hsw-view-heading" id={cast_heading_id}>{ t.cast_heading }</h3>
                            <SortSelect uid={uid.clone()} sort={url.sort} dispatch={dispatch.clone()} />
                        </div>
                        if people.is_empty() {
                            <EmptyState dispatch={dispatch.clone()} />
                        } else {
                            <CastGrid
                                data={data.clone()}
                                filter={shared_filter.clone()}
                                people={people.clone()}
                                highlight={highlight.clone()}
                                dispatch={dispatch.clone()}
                                first_paint={first_paint.clone()}
                                limit={card_limit}
                            />
                        }
                    </section>
                }
                if url.view.shows_timeline() {
                    <TimelineView
                        data={data.clone()}
                        eras={first_eras}
                        highlight={highlight.clone()}
                        dispatch={dispatch.clone()}
                        uid={uid.clone()}
                        first_paint={first_paint.clone()}
                        more={events_more}
                    />
                }
            </div>
            <p class="hsw-footnote">{ t.as_of }{ " " }{ browser::format_date(data.as_of, t.locale) }</p>
            <DetailDialog
                {data}
                selection={url.selection.clone()}
                open={state.detail_open && hidden.is_none()}
                {dispatch}
                {uid}
            />
        </section>
        </ContextProvider<Lang>>
    }
}
