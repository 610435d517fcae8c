//! Checks a dataset's integrity: unique ids, every reference resolves, every
//! person, event and season cites a source. Used by `build.rs`, so that bad
//! data fails the build, and at run time for data loaded from elsewhere.

use super::model::{Dataset, Image, Own, Text, NO_SCHOOL};
use std::collections::HashSet;
use std::fmt;

/// One problem in the data, naming the entry and the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The collection and the entry: `people[3] "nick-nelson"`.
    pub entry: String,
    /// The field, with a path inside the entry: `appearances[1].school`.
    pub field: String,
    /// What is wrong, as data: the build words it in English (`Display`),
    /// the widget in the reader's language (`text::errors::Errors::data_error`, in the reader module).
    pub problem: Problem,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field `{}`: {}",
            self.entry, self.field, self.problem
        )
    }
}

/// What is wrong with a field. Ids, URLs and collection names are the data's
/// own; the words around them belong to whoever reports the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A text that must say something is blank.
    Empty,
    /// An id that is not kebab-case.
    NotKebab,
    /// An id used twice in `collection`.
    Duplicate { id: String, collection: String },
    /// A school id that is the reserved "no school" id.
    Reserved { id: String },
    /// No season at all.
    NoSeasons,
    /// A reference to nothing; `known` lists the ids there are, when few.
    Unknown {
        kind: RefKind,
        id: String,
        known: Option<Vec<String>>,
    },
    /// A fact without a source.
    NoSources,
    /// A person in no season.
    NoAppearances,
    /// A person's season listed twice.
    SeasonTwice { season: String },
    /// A link that is not http(s).
    NotWebUrl { url: String },
    /// An image address that is neither http(s) nor relative.
    NotImageUrl { url: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Empty => f.write_str("must not be empty"),
            Problem::NotKebab => {
                f.write_str("must be lowercase letters, digits and single hyphens (kebab-case)")
            }
            Problem::Duplicate { id, collection } => {
                write!(f, "\"{id}\" is used by an earlier entry of {collection}")
            }
            Problem::Reserved { id } => write!(f, "\"{id}\" is reserved for \"no school\""),
            Problem::NoSeasons => f.write_str("at least one season is needed"),
            Problem::Unknown { kind, id, known } => {
                write!(f, "unknown {} \"{id}\"", kind.name())?;
                if let Some(known) = known {
                    write!(f, " (known: {})", known.join(", "))?;
                }
                Ok(())
            }
            Problem::NoSources => f.write_str("must cite at least one source"),
            Problem::NoAppearances => f.write_str("must list at least one season"),
            Problem::SeasonTwice { season } => write!(f, "season \"{season}\" is listed twice"),
            Problem::NotWebUrl { url } => write!(f, "\"{url}\" is not an http(s) address"),
            Problem::NotImageUrl { url } => {
                write!(f, "\"{url}\" is not an http(s) or relative address")
            }
        }
    }
}

/// What a reference points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    Season,
    School,
    Person,
    Source,
}

impl RefKind {
    pub const ALL: [RefKind; 4] = [
        RefKind::Season,
        RefKind::School,
        RefKind::Person,
        RefKind::Source,
    ];

    /// Its English name, for the build's messages.
    pub fn name(self) -> &'static str {
        match self {
            RefKind::Season => "season",
            RefKind::School => "school",
            RefKind::Person => "person",
            RefKind::Source => "source",
        }
    }
}

struct Checker<'a> {
    errors: Vec<DataError>,
    seasons: HashSet<&'a str>,
    schools: HashSet<&'a str>,
    people: HashSet<&'a str>,
    sources: HashSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn error(&mut self, entry: &str, field: &str, problem: Problem) {
        self.errors.push(DataError {
            entry: entry.to_owned(),
            field: field.to_owned(),
            problem,
        });
    }

    fn text(&mut self, entry: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(entry, field, Problem::Empty);
        }
    }

    /// Collects a collection's ids, reporting malformed and repeated ones.
    fn ids(&mut self, collection: &str, ids: impl Iterator<Item = &'a Text>) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let entry = format!("{collection}[{i}] \"{id}\"");
            if !is_kebab_id(id) {
                self.error(&entry, "id", Problem::NotKebab);
            }
            if !seen.insert(id.as_ref()) {
                self.error(
                    &entry,
                    "id",
                    Problem::Duplicate {
                        id: id.to_string(),
                        collection: collection.to_owned(),
                    },
                );
            }
        }
        seen
    }

    fn reference(&mut self, entry: &str, field: &str, kind: RefKind, id: &str) {
        let known = match kind {
            RefKind::Season => &self.seasons,
            RefKind::School => &self.schools,
            RefKind::Person => &self.people,
            RefKind::Source => &self.sources,
        };
        if !known.contains(id) {
            let mut options: Vec<String> = known.iter().map(|s| s.to_string()).collect();
            options.sort_unstable();
            let known = (options.len() <= 8).then_some(options);
            self.error(
                entry,
                field,
                Problem::Unknown {
                    kind,
                    id: id.to_owned(),
                    known,
                },
            );
        }
    }

    /// A `reveals` mark names a known season.
    fn reveals(&mut self, entry: &str, field: &str, reveals: Option<&Text>) {
        if let Some(season) = reveals {
            self.reference(entry, field, RefKind::Season, season);
        }
    }

    fn image(&mut self, entry: &str, image: Option<&Image>) {
        let Some(image) = image else { return };
        if !is_image_url(&image.src) {
            self.error(
                entry,
                "image.src",
                Problem::NotImageUrl {
                    url: image.src.chars().take(200).collect(),
                },
            );
        }
        self.text(entry, "image.alt", &image.alt);
        self.text(entry, "image.credit", &image.credit);
    }

    fn own(&mut self, entry: &str, own: Option<&Own>) {
        let Some(own) = own else { return };
        self.reveals(entry, "own.reveals", own.reveals.as_ref());
    }

    fn sources(&mut self, entry: &str, ids: &[Text]) {
        if ids.is_empty() {
            self.error(entry, "sources", Problem::NoSources);
        }
        for (i, id) in ids.iter().enumerate() {
            self.reference(entry, &format!("sources[{i}]"), RefKind::Source, id);
        }
    }
}

/// `nick-nelson`, `s000`, `1`: ASCII lowercase letters and digits in groups
/// joined by single hyphens.
pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Only `http:` and `https:` links are shown to people.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().get(..8).unwrap_or("").to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(char::is_whitespace)
}

/// An image may come from an `http:` or `https:` address, or from one
/// relative to the page (`photos/nick.jpg`, `/img/nick.jpg`,
/// `//cdn.example/nick.jpg`); never `javascript:`, `data:` or any other
/// scheme. Whitespace and control characters are refused anywhere, since
/// browsers drop some of them before reading the scheme (`java\tscript:`).
pub fn is_image_url(url: &str) -> bool {
    if url.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    // A scheme is whatever comes before a ':' that precedes any '/', '?' or '#'.
    match url.find([':', '/', '?', '#']) {
        Some(i) if url.as_bytes()[i] == b':' => is_web_url(url),
        _ => !url.contains('\\'),
    }
}

/// Every problem in `data`, in file order; empty when the data is sound.
pub fn validate(data: &Dataset) -> Vec<DataError> {
    let mut c = Checker {
        errors: Vec::new(),
        seasons: HashSet::new(),
        schools: HashSet::new(),
        people: HashSet::new(),
        sources: HashSet::new(),
    };
    c.seasons = c.ids("seasons", data.seasons.iter().map(|s| &s.id));
    c.schools = c.ids("schools", data.schools.iter().map(|s| &s.id));
    if c.schools.contains(NO_SCHOOL) {
        c.error(
            "schools",
            "id",
            Problem::Reserved {
                id: NO_SCHOOL.to_owned(),
            },
        );
    }
    c.people = c.ids("people", data.people.iter().map(|p| &p.id));
    c.ids("events", data.events.iter().map(|e| &e.id));
    c.sources = c.ids("sources", data.sources.iter().map(|s| &s.id));

    c.text("show", "title", &data.show.title);
    c.sources("show", &data.show.sources);
    if data.seasons.is_empty() {
        c.error("seasons", "seasons", Problem::NoSeasons);
    }

    for (i, season) in data.seasons.iter().enumerate() {
        let entry = format!("seasons[{i}] \"{}\"", season.id);
        c.text(&entry, "title", &season.title);
        c.text(&entry, "short", &season.short);
        c.reveals(&entry, "reveals", season.reveals.as_ref());
        c.sources(&entry, &season.sources);
    }
    for (i, school) in data.schools.iter().enumerate() {
        let entry = format!("schools[{i}] \"{}\"", school.id);
        c.text(&entry, "name", &school.name);
        c.text(&entry, "short", &school.short);
    }
    for (i, person) in data.people.iter().enumerate() {
        let entry = format!("people[{i}] \"{}\"", person.id);
        c.text(&entry, "character", &person.character);
        c.text(&entry, "actor", &person.actor);
        c.reveals(&entry, "reveals", person.reveals.as_ref());
        c.image(&entry, person.image.as_ref());
        c.own(&entry, person.own.as_ref());
        if person.appearances.is_empty() {
            c.error(&entry, "appearances", Problem::NoAppearances);
        }
        let mut seen = HashSet::new();
        for (j, a) in person.appearances.iter().enumerate() {
            let field = format!("appearances[{j}].season");
            c.reference(&entry, &field, RefKind::Season, &a.season);
            if !seen.insert(a.season.as_ref()) {
                c.error(
                    &entry,
                    &field,
                    Problem::SeasonTwice {
                        season: a.season.to_string(),
                    },
                );
            }
            if let Some(school) = &a.school {
                c.reference(
                    &entry,
                    &format!("appearances[{j}].school"),
                    RefKind::School,
                    school,
                );
            }
            c.reveals(
                &entry,
                &format!("appearances[{j}].reveals"),
                a.reveals.as_ref(),
            );
        }
        // A person the site added has no sources of ours.
        if !person.own.as_ref().is_some_and(|o| o.added) {
            c.sources(&entry, &person.sources);
        }
    }
    for (i, event) in data.events.iter().enumerate() {
        let entry = format!("events[{i}] \"{}\"", event.id);
        c.text(&entry, "title", &event.title);
        if let Some(season) = &event.season {
            c.reference(&entry, "season", RefKind::Season, season);
        }
        c.reveals(&entry, "reveals", event.reveals.as_ref());
        for (j, person) in event.people.iter().enumerate() {
            c.reference(&entry, &format!("people[{j}]"), RefKind::Person, person);
        }
        c.image(&entry, event.image.as_ref());
        c.own(&entry, event.own.as_ref());
        c.sources(&entry, &event.sources);
    }
    for (i, source) in data.sources.iter().enumerate() {
        let entry = format!("sources[{i}] \"{}\"", source.id);
        c.text(&entry, "title", &source.title);
        c.text(&entry, "publisher", &source.publisher);
        c.reveals(&entry, "reveals", source.reveals.as_ref());
        if let Some(url) = &source.url {
            if !is_web_url(url) {
                c.error(
                    &entry,
                    "url",
                    Problem::NotWebUrl {
                        url: url.to_string(),
                    },
                );
            }
        }
    }
    c.errors
}
