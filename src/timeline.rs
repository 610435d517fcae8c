//! The season timeline: eras, event filtering and the links between people
//! and events. Plain Rust, no browser types.

use crate::data::{Dataset, Date, Event, Season};
use crate::filter::{Filter, Matcher};
use crate::search::Query;
use std::collections::{BTreeSet, HashMap};

/// What is selected: a person or an event (`?person=`, `?event=`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    Person(String),
    Event(String),
}

/// The events of one season, in date order (see [`eras`]); `season` (an index into
/// `data.seasons`) is `None` for the era before the series was in the making.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Era {
    pub season: Option<usize>,
    /// Indices into `data.events`.
    pub events: Vec<usize>,
}

/// Finds people by id.
pub struct PeopleIndex<'a> {
    by_id: HashMap<&'a str, usize>,
}

impl<'a> PeopleIndex<'a> {
    pub fn new(data: &'a Dataset) -> Self {
        Self {
            by_id: data
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.as_ref(), i))
                .collect(),
        }
    }

    pub fn get(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}

/// Decides which events the filter keeps:
/// - selected seasons keep their own eras;
/// - a school, role or "new" choice keeps the events involving a person who
///   passes the filter, and the show-wide events (those naming nobody);
/// - the text search looks at the title, the text and the people's names.
pub struct EventMatcher<'a> {
    data: &'a Dataset,
    filter: &'a Filter,
    people: Matcher<'a>,
    index: PeopleIndex<'a>,
    query: Query,
}

impl<'a> EventMatcher<'a> {
    pub fn new(data: &'a Dataset, filter: &'a Filter) -> Self {
        // People are judged without the text search: it applies to the event
        // as a whole, names included.
        let people = Matcher::without_query(data, filter);
        Self {
            data,
            filter,
            people,
            index: PeopleIndex::new(data),
            query: Query::new(filter.q()),
        }
    }

    pub fn matches(&self, event: &Event) -> bool {
        let f = self.filter;
        if !f.seasons().is_empty()
            && !event
                .season
                .as_deref()
                .is_some_and(|s| f.seasons().contains(s))
        {
            return false;
        }
        let involved: Vec<usize> = event
            .people
            .iter()
            .filter_map(|id| self.index.get(id))
            .collect();
        let narrows_people = !f.schools().is_empty() || !f.roles().is_empty() || f.new_only();
        if narrows_people
            && !involved.is_empty()
            && !involved
                .iter()
                .any(|&i| self.people.matches(&self.data.people[i]))
        {
            return false;
        }
        let names = involved.iter().flat_map(|&i| {
            let p = &self.data.people[i];
            [p.actor.as_ref(), p.character.as_ref()]
        });
        self.query.matches(
            [event.title.as_ref(), event.text.as_ref()]
                .into_iter()
                .chain(names),
        )
    }
}

/// The eras the filter shows, each with its matching events in date order.
/// Eras left empty are dropped, except selected seasons, which stay so the
/// reader sees that nothing matched there.
pub fn eras(data: &Dataset, filter: &Filter) -> Vec<Era> {
    let m = EventMatcher::new(data, filter);
    let seasons = std::iter::once(None).chain((0..data.seasons.len()).map(Some));
    seasons
        .map(|season| {
            let id = season.map(|i| data.seasons[i].id.as_ref());
            let mut events: Vec<usize> = data
                .events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.season.as_deref() == id && m.matches(e))
                .map(|(i, _)| i)
                .collect();
            events.sort_unstable_by_key(|&i| (sort_day(data, &data.events[i]), i));
            Era { season, events }
        })
        .filter(|era| {
            !era.events.is_empty()
                || era
                    .season
                    .is_some_and(|i| filter.seasons().contains(data.seasons[i].id.as_ref()))
        })
        .collect()
}

/// The day an event sorts by: the first day its date can stand for, so that
/// an event known only to the month or year never shows after an event it
/// came before ("2021-04" before "2021-04-22"). An event still to come on the
/// data's `as_of` day cannot have happened before it, so it sorts no earlier
/// than `as_of` ("2026", unreleased on 2026-12-01, after "2026-07-02"). Ties
/// keep the file's order: callers sort by `(sort_day, index)`, one sort
/// algorithm in the wasm, not two.
pub fn sort_day(data: &Dataset, event: &Event) -> Date {
    let first = event.date.first_day();
    if is_upcoming(data, event) {
        first.max(data.as_of)
    } else {
        first
    }
}

/// The season an era stands for.
pub fn era_season<'a>(data: &'a Dataset, era: &Era) -> Option<&'a Season> {
    era.season.and_then(|i| data.seasons.get(i))
}

/// The event is still to come on the data's `as_of` day.
pub fn is_upcoming(data: &Dataset, event: &Event) -> bool {
    event.date.last_day() > data.as_of
}

/// Indices of the events that involve the person, in the timeline's order
/// (see [`sort_day`]).
pub fn events_of(data: &Dataset, person_id: &str) -> Vec<usize> {
    let mut events: Vec<usize> = data
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.people.iter().any(|p| p == person_id))
        .map(|(i, _)| i)
        .collect();
    events.sort_unstable_by_key(|&i| (sort_day(data, &data.events[i]), i));
    events
}

/// Indices of the people an event involves (unknown ids skipped).
pub fn people_of(data: &Dataset, event: &Event) -> Vec<usize> {
    let index = PeopleIndex::new(data);
    event.people.iter().filter_map(|id| index.get(id)).collect()
}

/// What the selection lights up in both views: people and events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlight {
    pub people: BTreeSet<usize>,
    pub events: BTreeSet<usize>,
}

pub fn highlight(data: &Dataset, selection: Option<&Selection>) -> Highlight {
    let mut h = Highlight::default();
    match selection {
        Some(Selection::Person(id)) => {
            if let Some(i) = data.person_index(id) {
                h.people.insert(i);
                h.events.extend(events_of(data, id));
            }
        }
        Some(Selection::Event(id)) => {
            if let Some(i) = data.event_index(id) {
                h.events.insert(i);
                h.people.extend(people_of(data, &data.events[i]));
            }
        }
        None => {}
    }
    h
}
