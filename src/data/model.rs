//! The dataset's types: plain Rust, no browser types.
//!
//! The same file is compiled into `build.rs` (which parses and validates the
//! human-edited `data/heartstopper.toml`) and into the library (which holds the
//! embedded copy as a `static`). `Cow` lets the embedded dataset be borrowed
//! from the binary at no cost while data loaded at run time is owned.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// The id that stands for "at no school" in filters and URLs (`?school=none`).
pub const NO_SCHOOL: &str = "none";

/// Text that is either embedded (`&'static str`) or owned.
pub type Text = Cow<'static, str>;
/// A list that is either embedded or owned.
pub type List<T> = Cow<'static, [T]>;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The day the facts were last checked against their sources.
    pub as_of: Date,
    pub show: Show,
    pub seasons: List<Season>,
    pub schools: List<School>,
    pub people: List<Person>,
    pub events: List<Event>,
    pub sources: List<Source>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Show {
    pub title: Text,
    pub network: Text,
    pub creator: Text,
    pub based_on: Text,
    pub summary: Text,
    pub sources: List<Text>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Season {
    /// `1`, `2`, `3`, `film`: also the value used in `?season=`.
    pub id: Text,
    pub title: Text,
    /// A short label for chips: `S1`, `Film`.
    pub short: Text,
    pub premiere: Date,
    /// Zero for a film.
    pub episodes: u8,
    /// Graphic-novel volumes adapted.
    pub volumes: List<u8>,
    pub status: Status,
    pub summary: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The summary and note reveal plot from this season (a season id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reveals: Option<Text>,
    pub sources: List<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Released,
    Upcoming,
}

impl Status {
    pub const ALL: [Status; 2] = [Status::Released, Status::Upcoming];
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct School {
    /// `truham`, `higgs`, `lambert`: also the value used in `?school=`.
    pub id: Text,
    pub name: Text,
    pub short: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Stable kebab-case id from the character: `nick-nelson`.
    pub id: Text,
    pub character: Text,
    pub actor: Text,
    pub role: Role,
    pub blurb: Text,
    /// The blurb reveals plot from this season (a season id): readers who
    /// have not watched that far do not see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reveals: Option<Text>,
    /// The sources disagree or are weak on something about this person.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unconfirmed: bool,
    /// One entry per season the person appears in, in season order.
    pub appearances: List<Appearance>,
    pub sources: List<Text>,
    /// A photo or drawing, in custom data only (the built-in data has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// What the embedding site's spreadsheet laid over this entry
    /// (`overlay`); never in a data file.
    #[serde(skip)]
    pub own: Option<Own>,
}

/// The embedding site's own part of an entry, from its spreadsheet overlay
/// (`crate::overlay`): shown as the site's, with no sources of ours.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Own {
    /// The whole entry is the site's: the built-in data does not have it.
    pub added: bool,
    /// The blurb (an event's text) is the site's.
    pub blurb: bool,
    /// A line of the site's own.
    pub note: Option<Text>,
    /// The note reveals plot from this season (a season id).
    pub reveals: Option<Text>,
}

/// A person's picture: an http(s) or relative URL, its text alternative and
/// who made it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    pub src: Text,
    pub alt: Text,
    pub credit: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Appearance {
    pub season: Text,
    pub billing: Billing,
    /// `None`: at no school that season (family, other adults), or a school
    /// the sources do not name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<Text>,
    /// The billing or school is inferred, not stated by a source.
    #[serde(default, skip_serializing_if = "is_false")]
    pub inferred: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The note reveals plot from this season (a season id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reveals: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Student,
    Teacher,
    Family,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Billing {
    Main,
    Recurring,
    Guest,
    Voice,
    Cameo,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Text,
    pub date: Date,
    pub kind: EventKind,
    pub title: Text,
    pub text: Text,
    /// The season (era) the event belongs to; `None` for events from before
    /// the series was in the making.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub season: Option<Text>,
    #[serde(default, skip_serializing_if = "is_empty_list")]
    pub people: List<Text>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub unconfirmed: bool,
    /// The title and text reveal plot from this season (a season id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reveals: Option<Text>,
    pub sources: List<Text>,
    /// A picture, in custom data only (the built-in data has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// What the embedding site's spreadsheet laid over this entry.
    #[serde(skip)]
    pub own: Option<Own>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Book,
    Production,
    Casting,
    Premiere,
    Award,
    Announcement,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Text,
    pub title: Text,
    pub publisher: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The title and note reveal plot from this season (a season id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reveals: Option<Text>,
}

/// A calendar date known to the day, the month or only the year.
/// `month` and `day` are 0 when unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Self {
        Self { year, month, day }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The first day the date can stand for: `2019` → 2019-01-01.
    pub fn first_day(&self) -> Date {
        Date::new(self.year, self.month.max(1), self.day.max(1))
    }

    /// The last day the date can stand for: `2021-05` → 2021-05-31.
    pub fn last_day(&self) -> Date {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        Date::new(self.year, month, day)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates
    /// such as `2023-02-30`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bad = || DateError::Format(text.chars().take(40).collect());
        let fields: Vec<&str> = text.split('-').collect();
        let number = |field: Option<&&str>, len: usize| -> Result<u16, DateError> {
            match field {
                None => Ok(0),
                Some(f) if f.len() == len && f.bytes().all(|b| b.is_ascii_digit()) => {
                    f.parse().map_err(|_| bad())
                }
                Some(_) => Err(bad()),
            }
        };
        if fields.len() > 3 {
            return Err(bad());
        }
        let year = number(fields.first(), 4)?;
        let month = number(fields.get(1), 2)? as u8;
        let day = number(fields.get(2), 2)? as u8;
        let date = Date::new(year, month, day);
        let month_ok = fields.len() < 2 || (1..=12).contains(&month);
        let day_ok = fields.len() < 3 || (1..=days_in_month(year, month)).contains(&day);
        if month_ok && day_ok {
            Ok(date)
        } else {
            Err(DateError::Impossible(date))
        }
    }
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Format(String),
    Impossible(Date),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(t) => write!(
                f,
                "\"{t}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
            ),
            DateError::Impossible(d) => write!(f, "{d} is not a day in the calendar"),
        }
    }
}

impl fmt::Display for Date {
    /// ISO 8601 at the date's own precision: `2019`, `2021-05`, `2022-04-22`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if self.month != 0 {
            write!(f, "-{:02}", self.month)?;
            if self.day != 0 {
                write!(f, "-{:02}", self.day)?;
            }
        }
        Ok(())
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_empty_list<T: Clone>(list: &List<T>) -> bool {
    list.is_empty()
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <Cow<'de, str>>::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Student, Role::Teacher, Role::Family, Role::Other];
    pub fn id(self) -> &'static str {
        match self {
            Role::Student => "student",
            Role::Teacher => "teacher",
            Role::Family => "family",
            Role::Other => "other",
        }
    }

    /// The role an id names (`teacher`), if any.
    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }
}

impl Billing {
    pub const ALL: [Billing; 5] = [
        Billing::Main,
        Billing::Recurring,
        Billing::Guest,
        Billing::Voice,
        Billing::Cameo,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Billing::Main => "main",
            Billing::Recurring => "recurring",
            Billing::Guest => "guest",
            Billing::Voice => "voice",
            Billing::Cameo => "cameo",
        }
    }
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        EventKind::Book,
        EventKind::Production,
        EventKind::Casting,
        EventKind::Premiere,
        EventKind::Award,
        EventKind::Announcement,
    ];

    pub fn id(self) -> &'static str {
        match self {
            EventKind::Book => "book",
            EventKind::Production => "production",
            EventKind::Casting => "casting",
            EventKind::Premiere => "premiere",
            EventKind::Award => "award",
            EventKind::Announcement => "announcement",
        }
    }
}
