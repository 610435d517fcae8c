//! The widget's state as URL query parameters:
//! `?season=2,3&school=truham&role=student&q=nick&new=1&sort=actor&view=timeline&person=nick-nelson`.
//!
//! Parsing never fails: unknown parameters and values are ignored, repeated
//! keys add up, and broken percent-encoding is read as well as it can be.
//! Writing keeps every parameter the widget does not own, and leaves out
//! defaults so links stay short.

use crate::data::{Dataset, Text};
use crate::filter::{Filter, Group, Sort};
use crate::lang::Lang;
use crate::params;
use crate::search::MAX_QUERY;
use crate::timeline::Selection;

/// Longest value looked at: ids are short, so anything longer is noise.
const MAX_VALUE: usize = 1024;

/// Which views are shown (`?view=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    Grid,
    Timeline,
    #[default]
    Both,
}

impl View {
    pub const ALL: [View; 3] = [View::Grid, View::Timeline, View::Both];

    pub fn id(self) -> &'static str {
        match self {
            View::Grid => "grid",
            View::Timeline => "timeline",
            View::Both => "both",
        }
    }

    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == id)
    }

    pub fn shows_grid(self) -> bool {
        self != View::Timeline
    }

    pub fn shows_timeline(self) -> bool {
        self != View::Grid
    }
}

/// Everything a shared link reproduces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub filter: Filter,
    pub sort: Sort,
    pub view: View,
    pub selection: Option<Selection>,
    /// `?lang=`: the interface language asked for by the link.
    pub lang: Option<Lang>,
    /// `?watched=`: the season the reader has watched up to (a season id);
    /// nothing from later seasons is shown (`crate::spoilers`).
    pub watched: Option<String>,
}

/// The state an element's attributes ask for: `season="2"`,
/// `view="timeline"`, with the same names and values as the URL.
pub fn from_pairs<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    data: &Dataset,
) -> UrlState {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (key, value) in pairs {
        if params::is_state(key) {
            query.append_pair(key, value);
        }
    }
    parse(&query.finish(), data)
}

/// The query string sets any of the widget's own parameters, `lang`
/// included: a link with only `?lang=fr` is a state to show (in French).
pub fn has_state(query: &str) -> bool {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes()).any(|(key, _)| params::is_in_url(&key))
}

/// The state attributes whose values differ between `before` and `after`
/// (an attribute set, removed or changed), in the table's order.
pub fn changed_keys(before: &[(String, String)], after: &[(String, String)]) -> Vec<&'static str> {
    let value = |pairs: &[(String, String)], key: &str| {
        pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    params::state_keys()
        .filter(|key| value(before, key) != value(after, key))
        .collect()
}

impl UrlState {
    /// Takes from `from` what the state parameters `keys` name, and keeps
    /// the rest: a changed `season` attribute changes the seasons, and
    /// nothing else the reader chose.
    pub fn take(&mut self, from: &UrlState, keys: &[&str]) {
        for key in keys {
            match *key {
                "season" => self.filter.take_group(&from.filter, Group::Season),
                "school" => self.filter.take_group(&from.filter, Group::School),
                "role" => self.filter.take_group(&from.filter, Group::Role),
                "q" => self.filter.set_query(from.filter.q()),
                "sort" => self.sort = from.sort,
                "view" => self.view = from.view,
                "person" | "event" => self.selection.clone_from(&from.selection),
                "watched" => self.watched.clone_from(&from.watched),
                _ => {}
            }
        }
        // After the seasons, which "new this season" depends on.
        if keys.contains(&"new") || keys.contains(&"season") {
            let on = if keys.contains(&"new") {
                from.filter.new_only()
            } else {
                self.filter.new_only()
            };
            self.filter.set_new_only(on);
        }
    }
}

/// The state as the embedding page hears it, in the `detail` of the
/// widget's `heartstopper-change` event.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Detail {
    pub season: Vec<String>,
    pub school: Vec<String>,
    pub role: Vec<String>,
    pub q: String,
    pub new: bool,
    pub sort: &'static str,
    pub view: &'static str,
    pub person: Option<String>,
    pub event: Option<String>,
    /// The season watched up to, or `None` when nothing is hidden.
    pub watched: Option<String>,
    /// The number of cast members shown.
    pub shown: usize,
}

impl UrlState {
    /// The detail for `data`, the dataset shown: a selection it does not
    /// hold (hidden by the spoiler guard) is left out.
    pub fn detail(&self, data: &Dataset, shown: usize) -> Detail {
        let ids = |group| {
            self.filter
                .active_ids(data, group)
                .into_iter()
                .map(|id| id.into_owned())
                .collect()
        };
        let (person, event) = match &self.selection {
            Some(Selection::Person(id)) if data.person(id).is_some() => (Some(id.clone()), None),
            Some(Selection::Event(id)) if data.event(id).is_some() => (None, Some(id.clone())),
            _ => (None, None),
        };
        Detail {
            season: ids(Group::Season),
            school: ids(Group::School),
            role: ids(Group::Role),
            q: self.filter.q().trim().to_owned(),
            new: self.filter.new_only(),
            sort: self.sort.id(),
            view: self.view.id(),
            person,
            event,
            watched: self.watched.clone(),
            shown,
        }
    }
}

/// The state a query string (with or without its leading `?`) asks for.
pub fn parse(query: &str, data: &Dataset) -> UrlState {
    let mut state = UrlState::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut person = None;
    let mut event = None;
    let mut new_only = false;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if value.len() > MAX_VALUE {
            continue;
        }
        let value = value.trim();
        let lower = value.to_ascii_lowercase();
        match key.as_ref() {
            "q" => state
                .filter
                .set_query(value.chars().take(MAX_QUERY).collect::<String>()),
            "new" => new_only = matches!(lower.as_str(), "1" | "true" | "yes"),
            "sort" => state.sort = Sort::from_id(&lower).unwrap_or(state.sort),
            "view" => state.view = View::from_id(&lower).unwrap_or(state.view),
            "lang" => state.lang = Lang::from_tag(&lower).or(state.lang),
            "person" if data.person(&lower).is_some() => person = Some(lower),
            "event" if data.event(&lower).is_some() => event = Some(lower),
            "watched" if data.season(&lower).is_some() => state.watched = Some(lower),
            key => {
                if let Some(group) = Group::ALL.into_iter().find(|g| g.key() == key) {
                    for id in lower.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        state.filter.select(group, id);
                    }
                }
            }
        }
    }
    state.filter.retain_known(data);
    // After the seasons, whatever their order in the query.
    state.filter.set_new_only(new_only);
    state.selection = person
        .map(Selection::Person)
        .or(event.map(Selection::Event));
    state
}

/// The query string for `state`, keeping the parameters of `current` the
/// widget does not own. Empty when there is nothing to write, else `?…`.
pub fn write(current: &str, state: &UrlState, data: &Dataset) -> String {
    let current = current.strip_prefix('?').unwrap_or(current);
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(current.as_bytes()) {
        if !params::is_owned(&key) {
            out.append_pair(&key, &value);
        }
    }
    let mut query = out.finish();
    let mut push = |key: &str, value: &str| {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(key);
        query.push('=');
        query.push_str(value);
    };
    for group in Group::ALL {
        let ids: Vec<Text> = state.filter.active_ids(data, group);
        if !ids.is_empty() {
            // Ids are kebab-case, so they and the commas need no escaping.
            push(group.key(), &ids.join(","));
        }
    }
    let q = state.filter.q().trim();
    if !q.is_empty() {
        push(
            "q",
            &form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>(),
        );
    }
    if state.filter.new_only() {
        push("new", "1");
    }
    if state.sort != Sort::default() {
        push("sort", state.sort.id());
    }
    if state.view != View::default() {
        push("view", state.view.id());
    }
    match &state.selection {
        Some(Selection::Person(id)) => push("person", id),
        Some(Selection::Event(id)) => push("event", id),
        None => {}
    }
    if let Some(watched) = &state.watched {
        push("watched", watched);
    }
    if let Some(lang) = state.lang {
        push("lang", lang.code());
    }
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}
