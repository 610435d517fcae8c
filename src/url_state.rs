//! The filter as URL query parameters: `?season=2,3&school=truham,higgs`.
//!
//! Parsing never fails: unknown parameters and values are ignored, repeated
//! keys add up, and broken percent-encoding is read as well as it can be.
//! Writing keeps every parameter the widget does not own.

use crate::data::Dataset;
use crate::filter::{Filter, Group};

/// Longest value looked at: ids are short, so anything longer is noise.
const MAX_VALUE: usize = 1024;

/// The filter a query string (with or without its leading `?`) asks for.
pub fn parse(query: &str, data: &Dataset) -> Filter {
    let mut filter = Filter::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let Some(group) = Group::ALL.into_iter().find(|g| g.key() == key) else {
            continue;
        };
        if value.len() > MAX_VALUE {
            continue;
        }
        for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
            filter.selected_mut(group).insert(id.to_ascii_lowercase());
        }
    }
    filter.retain_known(data);
    filter
}

/// The query string for `filter`, keeping the parameters of `current` the
/// widget does not own. Empty when there is nothing to write, else `?…`.
pub fn write(current: &str, filter: &Filter, data: &Dataset) -> String {
    let current = current.strip_prefix('?').unwrap_or(current);
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(current.as_bytes()) {
        if !Group::ALL.iter().any(|g| g.key() == key) {
            out.append_pair(&key, &value);
        }
    }
    let mut query = out.finish();
    for group in Group::ALL {
        let ids: Vec<String> = filter
            .active(data)
            .into_iter()
            .filter(|(g, _)| *g == group)
            .map(|(_, id)| id.into_owned())
            .collect();
        if !ids.is_empty() {
            if !query.is_empty() {
                query.push('&');
            }
            // Ids are kebab-case, so they and the commas need no escaping.
            query.push_str(group.key());
            query.push('=');
            query.push_str(&ids.join(","));
        }
    }
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}
