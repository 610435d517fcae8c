//! The spoiler guard: "watched up to" a season. Plain Rust, no browser types.
//!
//! [`safe`] turns the full dataset into the one a reader who has watched up
//! to a season may see: nothing from later seasons is left in it (people who
//! first appear later, later appearances with their billing, school and
//! notes, later seasons, schools nobody visible attends yet, later events,
//! and every text marked `reveals` a later season). The app shows only that
//! dataset, so every view, count, search, live-region message and event the
//! host hears is safe at once. The full dataset is kept only to tell a
//! hidden entry (a deep link to it says so) from an unknown one.

use crate::data::{Dataset, Text};
use crate::timeline::Selection;
use std::borrow::Cow;
use std::collections::HashSet;

/// The local-storage key under which a reader's own choice is kept (per
/// site, since local storage is per origin). Its value is a season id, or
/// [`STORED_ALL`] for "show everything".
pub const STORAGE_KEY: &str = "heartstopper-widget:watched";

/// The stored value for "show everything", which a reader may choose over a
/// page's or a link's `watched`.
pub const STORED_ALL: &str = "all";

/// The index of the last season a reader who watched up to `watched` may
/// see; `None` when nothing is hidden (no choice, or an unknown season).
pub fn limit(data: &Dataset, watched: Option<&str>) -> Option<usize> {
    watched.and_then(|id| data.season_index(id))
}

/// The value to keep in local storage for a choice (`None`: everything).
pub fn stored_value(watched: Option<&str>) -> &str {
    watched.unwrap_or(STORED_ALL)
}

/// A stored value, read back: `Some(None)` is "show everything", `None` is
/// no usable choice stored (missing, or not a season of `data`).
pub fn from_stored(data: &Dataset, value: Option<&str>) -> Option<Option<String>> {
    let value = value?.trim().to_ascii_lowercase();
    if value == STORED_ALL {
        Some(None)
    } else {
        data.season(&value).map(|_| Some(value))
    }
}

/// Which season's plot a text reveals is within what the reader watched.
fn within(data: &Dataset, limit: usize, season: Option<&Text>) -> bool {
    season.is_none_or(|id| data.season_index(id).is_some_and(|i| i <= limit))
}

/// The spoiler-safe dataset for a reader who watched up to `watched` (a
/// season id). Unknown or no season: the dataset as it is.
pub fn safe(data: &Dataset, watched: Option<&str>) -> Dataset {
    let Some(limit) = limit(data, watched) else {
        return data.clone();
    };
    let ok = |season: Option<&Text>| within(data, limit, season);
    let mut out = data.clone();
    let seasons = out.seasons.to_mut();
    seasons.truncate(limit + 1);
    for s in seasons.iter_mut() {
        if !ok(s.reveals.as_ref()) {
            s.summary = Cow::Borrowed("");
            s.note = None;
            s.reveals = None;
        }
    }
    let people = out.people.to_mut();
    for p in people.iter_mut() {
        let appearances = p.appearances.to_mut();
        appearances.retain(|a| ok(Some(&a.season)));
        for a in appearances.iter_mut() {
            if !ok(a.reveals.as_ref()) {
                a.note = None;
                a.reveals = None;
            }
        }
        if !ok(p.reveals.as_ref()) {
            p.blurb = Cow::Borrowed("");
            p.reveals = None;
        }
        hide_own_note(&mut p.own, &ok);
    }
    people.retain(|p| !p.appearances.is_empty());
    let visible: HashSet<Text> = people.iter().map(|p| p.id.clone()).collect();
    let events = out.events.to_mut();
    events.retain(|e| ok(e.season.as_ref()) && ok(e.reveals.as_ref()));
    for e in events.iter_mut() {
        e.people.to_mut().retain(|id| visible.contains(id));
        hide_own_note(&mut e.own, &ok);
    }
    // Schools as far as anyone visible attends them.
    let attended: HashSet<&str> = people
        .iter()
        .flat_map(|p| p.appearances.iter().filter_map(|a| a.school.as_deref()))
        .collect();
    out.schools
        .to_mut()
        .retain(|s| attended.contains(s.id.as_ref()));
    // Sources: those safe to name, and only as far as something visible
    // cites them.
    let named = |id: &Text| data.source(id).is_some_and(|s| ok(s.reveals.as_ref()));
    let mut lists: Vec<&mut Cow<'static, [Text]>> = vec![&mut out.show.sources];
    lists.extend(out.seasons.to_mut().iter_mut().map(|s| &mut s.sources));
    lists.extend(out.people.to_mut().iter_mut().map(|p| &mut p.sources));
    lists.extend(out.events.to_mut().iter_mut().map(|e| &mut e.sources));
    let mut cited: HashSet<Text> = HashSet::new();
    for list in lists {
        let list = list.to_mut();
        list.retain(named);
        cited.extend(list.iter().cloned());
    }
    out.sources.to_mut().retain(|s| cited.contains(&s.id));
    out
}

/// The site's own note goes when it reveals what the reader has not watched.
fn hide_own_note(own: &mut Option<crate::data::Own>, ok: &impl Fn(Option<&Text>) -> bool) {
    if let Some(own) = own {
        if !ok(own.reveals.as_ref()) {
            own.note = None;
            own.reveals = None;
        }
    }
}

/// The season from which a selected person or event shows: the person's
/// first appearance, the event's era or the season its text reveals,
/// whichever is later. `None` when `full` does not know it, or it is from
/// before the series.
pub fn season_of(full: &Dataset, selection: &Selection) -> Option<usize> {
    match selection {
        Selection::Person(id) => {
            let p = full.person(id)?;
            p.appearances
                .iter()
                .filter_map(|a| full.season_index(&a.season))
                .min()
        }
        Selection::Event(id) => {
            let e = full.event(id)?;
            let era = e.season.as_deref().and_then(|s| full.season_index(s));
            let reveals = e.reveals.as_deref().and_then(|s| full.season_index(s));
            era.max(reveals)
        }
    }
}

/// When `selection` names an entry of `full` that `safe` hides, the id of
/// the season it is from (what "show anyway" watches up to).
pub fn hidden_from<'a>(
    full: &'a Dataset,
    safe: &Dataset,
    selection: &Selection,
) -> Option<&'a str> {
    let shown = match selection {
        Selection::Person(id) => safe.person(id).is_some(),
        Selection::Event(id) => safe.event(id).is_some(),
    };
    if shown {
        return None;
    }
    season_of(full, selection).map(|i| full.seasons[i].id.as_ref())
}

/// Every text of a dataset a reader can see, for checks that nothing in it
/// gives away what is hidden.
pub fn visible_texts(data: &Dataset) -> Vec<&str> {
    let mut out: Vec<&str> = vec![
        &data.show.title,
        &data.show.network,
        &data.show.creator,
        &data.show.based_on,
        &data.show.summary,
    ];
    for s in data.seasons.iter() {
        out.extend([&*s.id, &*s.title, &*s.short, &*s.summary]);
        out.extend(s.note.as_deref());
    }
    for s in data.schools.iter() {
        out.extend([&*s.id, &*s.name, &*s.short]);
    }
    for p in data.people.iter() {
        out.extend([&*p.id, &*p.character, &*p.actor, &*p.blurb]);
        for a in p.appearances.iter() {
            out.push(&a.season);
            out.extend(a.school.as_deref());
            out.extend(a.note.as_deref());
        }
        if let Some(image) = &p.image {
            out.extend([&*image.alt, &*image.credit]);
        }
        out.extend(p.own.as_ref().and_then(|o| o.note.as_deref()));
    }
    for e in data.events.iter() {
        out.extend([&*e.id, &*e.title, &*e.text]);
        out.extend(e.people.iter().map(|p| p.as_ref()));
        if let Some(image) = &e.image {
            out.extend([&*image.alt, &*image.credit]);
        }
        out.extend(e.own.as_ref().and_then(|o| o.note.as_deref()));
    }
    for s in data.sources.iter() {
        out.extend([&*s.id, &*s.title, &*s.publisher]);
        out.extend(s.url.as_deref());
        out.extend(s.note.as_deref());
    }
    out
}
