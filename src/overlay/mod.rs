//! A fan site's own touches from a spreadsheet, laid over the data: a CSV
//! file, as any spreadsheet exports it, whose rows each name a person or an
//! event by id and change its picture, blurb or note, or add a person the
//! data lacks. Everything a row does not name stays as it was, with its
//! sources. Plain Rust, no browser types; compiled into the reader module
//! (`src/reader.rs`) and the native tests, never into the first wasm.
//!
//! A row that cannot be applied is left out and reported, with its row and
//! column, in the reader's language (`words`); the rest of the sheet applies.

pub mod columns;
pub mod words;

use crate::data::validate::{is_image_url, is_kebab_id};
use crate::data::{
    validate, Appearance, Billing, DataError, Dataset, Image, LoadError, Own, Person, Role, Text,
    NO_SCHOOL,
};
use crate::lang::Lang;
use crate::text::fill;
use columns::Column;
use std::borrow::Cow;
use std::collections::HashMap;
pub use words::words;

/// Rows read from one sheet, at most.
pub const MAX_ROWS: usize = 2000;
/// Problems listed in the widget; the console gets them all.
pub const SHOWN_PROBLEMS: usize = 8;

/// One thing in the sheet that could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetProblem {
    /// The spreadsheet's row number: the header is row 1.
    pub row: Option<usize>,
    /// The column as the sheet's header names it.
    pub column: Option<String>,
    pub what: What,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum What {
    NotSeason {
        value: String,
        known: String,
    },
    NotSchool {
        value: String,
        known: String,
    },
    NotRole {
        value: String,
        known: String,
    },
    NotBilling {
        value: String,
        known: String,
    },
    UnknownId {
        id: String,
        suggestion: Option<String>,
    },
    NoId,
    BadId {
        value: String,
    },
    Needs {
        id: String,
        missing: Vec<&'static str>,
    },
    /// A built-in entry's sourced fact (actor, seasons…).
    Fact {
        id: String,
    },
    /// A person's column on an event's row.
    EventFact,
    BadPicture {
        value: String,
    },
    NeedsAlt,
    NeedsCredit,
    NoPicture,
    UnknownColumn,
    NoIdColumn,
    Twice {
        id: String,
        other: usize,
    },
    Unreadable {
        reason: String,
    },
    TooMany {
        max: usize,
    },
    NotInSeasons {
        season: String,
    },
    /// The row's result does not pass the data's own checks.
    Data(DataError),
    /// The sheet could not be fetched.
    Load(LoadError),
    /// The address answered with a web page.
    WebPage,
    Empty,
    /// Text that was not UTF-8 (an old Excel "CSV" export).
    NotUtf8,
}

impl SheetProblem {
    fn at(row: usize, column: Option<&str>, what: What) -> Self {
        SheetProblem {
            row: Some(row),
            column: column.map(str::to_owned),
            what,
        }
    }

    /// The sheet as a whole.
    pub fn file(what: What) -> Self {
        SheetProblem {
            row: None,
            column: None,
            what,
        }
    }

    /// The problem in `lang`: `row 12, column season: 4 is not a season (1, 2, 3, film)`.
    pub fn word(&self, lang: Lang) -> String {
        let w = words(lang);
        let problem = self.what.word(lang);
        let row = self.row.map(|r| r.to_string());
        match (row.as_deref(), self.column.as_deref()) {
            (Some(row), Some(column)) => fill(
                w.row_column_fmt,
                &[("row", row), ("column", column), ("problem", &problem)],
            ),
            (Some(row), None) => fill(w.row_fmt, &[("row", row), ("problem", &problem)]),
            (None, Some(column)) => {
                fill(w.column_fmt, &[("column", column), ("problem", &problem)])
            }
            (None, None) => problem,
        }
    }
}

impl What {
    fn word(&self, lang: Lang) -> String {
        let w = words(lang);
        match self {
            What::NotSeason { value, known } => {
                fill(w.not_season_fmt, &[("value", value), ("known", known)])
            }
            What::NotSchool { value, known } => {
                fill(w.not_school_fmt, &[("value", value), ("known", known)])
            }
            What::NotRole { value, known } => {
                fill(w.not_role_fmt, &[("value", value), ("known", known)])
            }
            What::NotBilling { value, known } => {
                fill(w.not_billing_fmt, &[("value", value), ("known", known)])
            }
            What::UnknownId {
                id,
                suggestion: Some(s),
            } => fill(w.did_you_mean_fmt, &[("id", id), ("suggestion", s)]),
            What::UnknownId {
                id,
                suggestion: None,
            } => fill(w.unknown_id_fmt, &[("id", id)]),
            What::NoId => w.no_id.to_owned(),
            What::BadId { value } => fill(w.bad_id_fmt, &[("value", value)]),
            What::Needs { id, missing } => {
                fill(w.needs_fmt, &[("id", id), ("columns", &missing.join(", "))])
            }
            What::Fact { id } => fill(w.fact_fmt, &[("id", id)]),
            What::EventFact => w.event_fact.to_owned(),
            What::BadPicture { value } => fill(w.bad_picture_fmt, &[("value", value)]),
            What::NeedsAlt => w.needs_alt.to_owned(),
            What::NeedsCredit => w.needs_credit.to_owned(),
            What::NoPicture => w.no_picture.to_owned(),
            What::UnknownColumn => fill(w.unknown_column_fmt, &[("known", &columns::known())]),
            What::NoIdColumn => w.no_id_column.to_owned(),
            What::Twice { id, other } => {
                fill(w.twice_fmt, &[("id", id), ("other", &other.to_string())])
            }
            What::Unreadable { reason } => fill(w.unreadable_fmt, &[("reason", reason)]),
            What::TooMany { max } => fill(w.too_many_fmt, &[("max", &max.to_string())]),
            What::NotInSeasons { season } => fill(w.not_in_seasons_fmt, &[("season", season)]),
            What::Data(error) => fill(
                w.data_fmt,
                &[("entry", &error.entry), ("field", &error.field)],
            ),
            What::Load(error) => load_error(w, error),
            What::WebPage => w.web_page.to_owned(),
            What::Empty => w.empty_sheet.to_owned(),
            What::NotUtf8 => w.not_utf8.to_owned(),
        }
    }
}

/// Why the sheet could not be fetched (the reader module carries its own
/// words for it, not the interface's tables).
fn load_error(w: &words::Words, error: &LoadError) -> String {
    use crate::data::load::{MAX_BYTES, TIMEOUT_MS};
    match error {
        LoadError::Http { url, status } => {
            fill(w.http_fmt, &[("url", url), ("status", &status.to_string())])
        }
        LoadError::Timeout { url } => fill(
            w.timeout_fmt,
            &[("url", url), ("seconds", &(TIMEOUT_MS / 1000).to_string())],
        ),
        LoadError::TooLarge { bytes } => fill(
            w.too_large_fmt,
            &[
                ("bytes", &bytes.to_string()),
                ("max", &(MAX_BYTES / (1024 * 1024)).to_string()),
            ],
        ),
        LoadError::Network { url } => fill(w.network_fmt, &[("url", url)]),
        // Fetching gives only the four above; the rest are about JSON data.
        _ => fill(w.network_fmt, &[("url", "")]),
    }
}

/// What the widget shows about a sheet's problems: a heading naming the
/// file, then the first [`SHOWN_PROBLEMS`], then how many more; empty when
/// there are none.
pub fn summary(file: &str, problems: &[SheetProblem], lang: Lang) -> Vec<String> {
    if problems.is_empty() {
        return Vec::new();
    }
    let w = words(lang);
    // Nothing of it applied: it could not be fetched or read as a sheet.
    let unusable = problems.iter().any(|p| {
        matches!(
            p.what,
            What::Load(_) | What::WebPage | What::Empty | What::NoIdColumn
        )
    });
    let heading = if unusable {
        w.unusable_fmt
    } else {
        w.heading_fmt
    };
    let mut lines = vec![fill(heading, &[("file", file)])];
    lines.extend(problems.iter().take(SHOWN_PROBLEMS).map(|p| p.word(lang)));
    if problems.len() > SHOWN_PROBLEMS {
        let more = (problems.len() - SHOWN_PROBLEMS).to_string();
        lines.push(fill(w.more_fmt, &[("count", &more)]));
    }
    lines
}

/// Lays the sheet `text` over `data`: the data with every row that could be
/// applied, and what could not.
pub fn apply(data: &Dataset, text: &str) -> (Dataset, Vec<SheetProblem>) {
    let mut out = data.clone();
    let mut problems = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // Spreadsheet rows, not lines: a quoted cell may hold line breaks.
    let mut breaks = 0;
    // (The csv crate's own line numbers drift after CRLF and blank lines:
    // count the line ends before where the record starts instead.)
    let mut row_of = |record: &csv::StringRecord| {
        let mut start = record.position().map_or(0, |p| p.byte() as usize);
        let bytes = text.as_bytes();
        while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let line = bytes[..start.min(bytes.len())]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        let row = line.saturating_sub(breaks).max(1);
        breaks += record
            .iter()
            .map(|c| c.matches('\n').count())
            .sum::<usize>();
        row
    };
    if text.contains('\u{fffd}') {
        problems.push(SheetProblem::file(What::NotUtf8));
    }
    let mut records = reader.records();
    // The header: the first row that says anything.
    let header = loop {
        match records.next() {
            None => {
                problems.push(SheetProblem::file(What::Empty));
                return (out, problems);
            }
            Some(Ok(record)) if record.iter().all(|c| c.trim().is_empty()) => {
                row_of(&record);
            }
            Some(Ok(record)) => {
                row_of(&record);
                break record;
            }
            Some(Err(error)) => {
                problems.push(SheetProblem::file(What::Unreadable {
                    reason: error.to_string(),
                }));
                return (out, problems);
            }
        }
    };
    let mut columns: Vec<Option<(Column, String)>> = Vec::new();
    let mut seen: Vec<Column> = Vec::new();
    for name in header.iter() {
        let name = name.trim();
        let column = Column::from_header(name).filter(|c| !seen.contains(c));
        match column {
            Some(c) => seen.push(c),
            // Trailing or blank header cells are a spreadsheet's habit.
            None if name.is_empty() => {}
            None => problems.push(SheetProblem {
                row: None,
                column: Some(name.to_owned()),
                what: What::UnknownColumn,
            }),
        }
        columns.push(column.map(|c| (c, name.to_owned())));
    }
    if !seen.contains(&Column::Id) {
        problems.push(SheetProblem::file(What::NoIdColumn));
        return (out, problems);
    }
    let mut rows_of: HashMap<String, usize> = HashMap::new();
    let mut read = 0;
    // What the data's own checks already find (none for the built-in
    // data), kept as rows are applied.
    let mut baseline = validate(&out);
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(SheetProblem::file(What::Unreadable {
                    reason: error.to_string(),
                }));
                continue;
            }
        };
        let row = row_of(&record);
        let cells: Row = columns
            .iter()
            .zip(record.iter())
            .filter_map(|(column, cell)| {
                let (column, name) = column.as_ref()?;
                let cell = cell.trim();
                (!cell.is_empty()).then(|| (*column, (name.clone(), cell.to_owned())))
            })
            .collect();
        if cells.is_empty() {
            continue;
        }
        read += 1;
        if read > MAX_ROWS {
            problems.push(SheetProblem::file(What::TooMany { max: MAX_ROWS }));
            break;
        }
        let Some((_, id)) = cells.get(&Column::Id) else {
            problems.push(SheetProblem::at(row, None, What::NoId));
            continue;
        };
        let id = id.to_lowercase();
        if let Some(other) = rows_of.insert(id.clone(), row) {
            problems.push(SheetProblem::at(
                row,
                None,
                What::Twice {
                    id: id.clone(),
                    other,
                },
            ));
        }
        let mut candidate = out.clone();
        let mut row_problems = Vec::new();
        let applied = apply_row(&mut candidate, &id, &cells, row, &mut row_problems);
        if applied {
            // The row's result must pass the data's own checks too (only
            // what the row brought counts: custom data passed them already).
            let found = validate(&candidate);
            let errors: Vec<DataError> = found
                .iter()
                .filter(|e| !baseline.contains(e))
                .cloned()
                .collect();
            if errors.is_empty() {
                out = candidate;
                baseline = found;
            } else {
                row_problems.extend(
                    errors
                        .into_iter()
                        .map(|e| SheetProblem::at(row, None, What::Data(e))),
                );
            }
        }
        problems.extend(row_problems);
    }
    if read == 0 && problems.is_empty() {
        problems.push(SheetProblem::file(What::Empty));
    }
    (out, problems)
}

/// A row's named cells: the column, its header as written, the value.
type Row = HashMap<Column, (String, String)>;

/// A row's value in `column`, if it has one.
fn value(cells: &Row, column: Column) -> Option<&str> {
    cells.get(&column).map(|(_, v)| v.as_str())
}

/// Applies one row to `data`; false when nothing of it could be.
fn apply_row(
    data: &mut Dataset,
    id: &str,
    cells: &Row,
    row: usize,
    problems: &mut Vec<SheetProblem>,
) -> bool {
    let at = |column: Column, what: What| {
        let name = cells.get(&column).map(|(n, _)| n.as_str());
        SheetProblem::at(row, name, what)
    };
    let value = |column: Column| cells.get(&column).map(|(_, v)| v.as_str());
    let reveals = match value(Column::Reveals) {
        None => None,
        Some(v) => match season_id(data, v) {
            Some(s) => Some(Text::from(s)),
            None => {
                problems.push(at(Column::Reveals, not_season(data, v)));
                return false;
            }
        },
    };
    if let Some(index) = data.person_index(id) {
        for column in cells.keys().filter(|c| c.is_fact()) {
            problems.push(at(*column, What::Fact { id: id.to_owned() }));
        }
        let person = &mut data.people.to_mut()[index];
        return touch(
            Entry {
                image: &mut person.image,
                blurb: &mut person.blurb,
                reveals: &mut person.reveals,
                own: &mut person.own,
            },
            cells,
            reveals,
            row,
            problems,
        );
    }
    if let Some(index) = data.event_index(id) {
        for column in cells.keys().filter(|c| c.is_fact()) {
            problems.push(at(*column, What::EventFact));
        }
        let event = &mut data.events.to_mut()[index];
        return touch(
            Entry {
                image: &mut event.image,
                blurb: &mut event.text,
                reveals: &mut event.reveals,
                own: &mut event.own,
            },
            cells,
            reveals,
            row,
            problems,
        );
    }
    // Not in the data: a person to add, or a misspelt id.
    let adds = cells.keys().any(|c| c.is_fact());
    if !adds {
        let suggestion = nearest(data, id);
        problems.push(at(
            Column::Id,
            What::UnknownId {
                id: id.to_owned(),
                suggestion,
            },
        ));
        return false;
    }
    if !is_kebab_id(id) {
        problems.push(at(
            Column::Id,
            What::BadId {
                value: id.to_owned(),
            },
        ));
        return false;
    }
    let missing: Vec<&'static str> = [
        Column::Character,
        Column::Actor,
        Column::Role,
        Column::Seasons,
    ]
    .into_iter()
    .filter(|c| value(*c).is_none())
    .map(Column::name)
    .collect();
    if !missing.is_empty() {
        problems.push(SheetProblem::at(
            row,
            None,
            What::Needs {
                id: id.to_owned(),
                missing,
            },
        ));
        return false;
    }
    let Some(person) = new_person(data, id, cells, reveals, row, problems) else {
        return false;
    };
    data.people.to_mut().push(person);
    true
}

/// A person the sheet adds, or `None` (with the problems) when a cell is wrong.
fn new_person(
    data: &Dataset,
    id: &str,
    cells: &Row,
    reveals: Option<Text>,
    row: usize,
    problems: &mut Vec<SheetProblem>,
) -> Option<Person> {
    let at = |column: Column, what: What| {
        let name = cells.get(&column).map(|(n, _)| n.as_str());
        SheetProblem::at(row, name, what)
    };
    let value = |column: Column| cells.get(&column).map_or("", |(_, v)| v.as_str());
    let before = problems.len();
    let role = value(Column::Role);
    let role = Role::ALL
        .into_iter()
        .find(|r| r.id().eq_ignore_ascii_case(role))
        .or_else(|| {
            problems.push(at(
                Column::Role,
                What::NotRole {
                    value: role.to_owned(),
                    known: Role::ALL.map(Role::id).join(", "),
                },
            ));
            None
        });
    let billing = match value(Column::Billing) {
        "" => Some(Billing::Guest),
        b => Billing::ALL
            .into_iter()
            .find(|x| x.id().eq_ignore_ascii_case(b))
            .or_else(|| {
                problems.push(at(
                    Column::Billing,
                    What::NotBilling {
                        value: b.to_owned(),
                        known: Billing::ALL.map(Billing::id).join(", "),
                    },
                ));
                None
            }),
    };
    let mut seasons: Vec<String> = Vec::new();
    for part in split_list(value(Column::Seasons)) {
        match season_id(data, part) {
            Some(s) if !seasons.contains(&s) => seasons.push(s),
            Some(_) => {}
            None => problems.push(at(Column::Seasons, not_season(data, part))),
        }
    }
    let schools = schools(data, value(Column::School), &seasons);
    let schools = match schools {
        Ok(s) => s,
        Err(what) => {
            problems.push(at(Column::School, what));
            HashMap::new()
        }
    };
    let image = picture(None, cells, row, problems);
    if problems.len() > before {
        return None;
    }
    // In the data's season order.
    let appearances: Vec<Appearance> = data
        .seasons
        .iter()
        .filter(|s| seasons.iter().any(|x| *x == *s.id))
        .map(|s| Appearance {
            season: s.id.clone(),
            billing: billing.unwrap_or(Billing::Guest),
            school: schools
                .get(s.id.as_ref())
                .cloned()
                .flatten()
                .map(Text::from),
            inferred: false,
            note: None,
            reveals: None,
        })
        .collect();
    let blurb = value(Column::Blurb);
    let note = value(Column::Note);
    Some(Person {
        id: Text::from(id.to_owned()),
        character: Text::from(value(Column::Character).to_owned()),
        actor: Text::from(value(Column::Actor).to_owned()),
        role: role?,
        blurb: Text::from(blurb.to_owned()),
        reveals: reveals.clone().filter(|_| !blurb.is_empty()),
        unconfirmed: false,
        appearances: Cow::Owned(appearances),
        sources: Cow::Owned(Vec::new()),
        image,
        own: Some(Own {
            added: true,
            blurb: !blurb.is_empty(),
            note: (!note.is_empty()).then(|| Text::from(note.to_owned())),
            reveals,
        }),
    })
}

/// The parts of a person or an event a sheet may change.
struct Entry<'a> {
    image: &'a mut Option<Image>,
    /// A person's blurb, an event's text.
    blurb: &'a mut Text,
    reveals: &'a mut Option<Text>,
    own: &'a mut Option<Own>,
}

/// Lays a row's picture, blurb and note over an entry of the data; true
/// when it set any.
fn touch(
    entry: Entry,
    cells: &Row,
    reveals: Option<Text>,
    row: usize,
    problems: &mut Vec<SheetProblem>,
) -> bool {
    let mut touched = false;
    if let Some(image) = picture(entry.image.as_ref(), cells, row, problems) {
        *entry.image = Some(image);
        touched = true;
    }
    touched | own_texts(entry.blurb, entry.reveals, entry.own, cells, reveals)
}

/// The row's picture over `current`, or `None` when the row sets none (or
/// sets it wrong: then with a problem).
fn picture(
    current: Option<&Image>,
    cells: &Row,
    row: usize,
    problems: &mut Vec<SheetProblem>,
) -> Option<Image> {
    let at = |column: Column, what: What| {
        SheetProblem::at(row, cells.get(&column).map(|(n, _)| n.as_str()), what)
    };
    let src = value(cells, Column::Picture);
    let alt = value(cells, Column::Alt);
    let credit = value(cells, Column::Credit);
    if src.is_none() && alt.is_none() && credit.is_none() {
        return None;
    }
    let own = |v: &str| Text::from(v.to_owned());
    let Some(src) = src.map(own).or_else(|| current.map(|c| c.src.clone())) else {
        problems.push(at(
            if alt.is_some() {
                Column::Alt
            } else {
                Column::Credit
            },
            What::NoPicture,
        ));
        return None;
    };
    if !is_image_url(&src) {
        problems.push(at(
            Column::Picture,
            What::BadPicture {
                value: src.chars().take(200).collect(),
            },
        ));
        return None;
    }
    let alt = alt.map(own).or_else(|| current.map(|c| c.alt.clone()));
    let credit = credit
        .map(own)
        .or_else(|| current.map(|c| c.credit.clone()));
    match (alt, credit) {
        (Some(alt), Some(credit)) => Some(Image {
            src: own(&src),
            alt: own(&alt),
            credit: own(&credit),
        }),
        (None, _) => {
            problems.push(SheetProblem::at(row, None, What::NeedsAlt));
            None
        }
        (_, None) => {
            problems.push(SheetProblem::at(row, None, What::NeedsCredit));
            None
        }
    }
}

/// The row's blurb and note over an entry's; true when it set either.
fn own_texts(
    blurb: &mut Text,
    blurb_reveals: &mut Option<Text>,
    own: &mut Option<Own>,
    cells: &Row,
    reveals: Option<Text>,
) -> bool {
    let value = |column: Column| cells.get(&column).map(|(_, v)| v.as_str());
    let new_blurb = value(Column::Blurb);
    let note = value(Column::Note);
    if new_blurb.is_none() && note.is_none() {
        return false;
    }
    let own = own.get_or_insert_with(Own::default);
    if let Some(text) = new_blurb {
        *blurb = Text::from(text.to_owned());
        *blurb_reveals = reveals.clone();
        own.blurb = true;
    }
    if let Some(text) = note {
        own.note = Some(Text::from(text.to_owned()));
        own.reveals = reveals;
    }
    true
}

/// Which season a cell names: its id, short label or title, in any case
/// (`2`, `S2`, `season 2`, `Film`).
fn season_id(data: &Dataset, cell: &str) -> Option<String> {
    let wanted = columns::normalize(cell);
    data.seasons
        .iter()
        .find(|s| {
            [&s.id, &s.short, &s.title]
                .iter()
                .any(|name| columns::normalize(name) == wanted)
        })
        .map(|s| s.id.to_string())
}

fn not_season(data: &Dataset, value: &str) -> What {
    What::NotSeason {
        value: value.to_owned(),
        known: data
            .seasons
            .iter()
            .map(|s| s.id.as_ref())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// Which school a cell names (`none` for no school).
fn school_id(data: &Dataset, cell: &str) -> Option<Option<String>> {
    let wanted = columns::normalize(cell);
    if wanted == NO_SCHOOL {
        return Some(None);
    }
    data.schools
        .iter()
        .find(|s| {
            [&s.id, &s.short, &s.name]
                .iter()
                .any(|name| columns::normalize(name) == wanted)
        })
        .map(|s| Some(s.id.to_string()))
}

/// The `school` cell: one school for every season (`truham`), or one per
/// season (`1: truham, 3: higgs`); empty for none.
fn schools(
    data: &Dataset,
    cell: &str,
    seasons: &[String],
) -> Result<HashMap<String, Option<String>>, What> {
    let not_school = |value: &str| What::NotSchool {
        value: value.to_owned(),
        known: data
            .schools
            .iter()
            .map(|s| s.id.as_ref())
            .chain([NO_SCHOOL])
            .collect::<Vec<_>>()
            .join(", "),
    };
    let mut out = HashMap::new();
    if cell.is_empty() {
        return Ok(out);
    }
    if !cell.contains(':') {
        let school = school_id(data, cell).ok_or_else(|| not_school(cell))?;
        for s in seasons {
            out.insert(s.clone(), school.clone());
        }
        return Ok(out);
    }
    for part in split_list(cell) {
        let (season, school) = part.split_once(':').unwrap_or((part, ""));
        let season_key =
            season_id(data, season.trim()).ok_or_else(|| not_season(data, season.trim()))?;
        if !seasons.contains(&season_key) {
            return Err(What::NotInSeasons {
                season: season.trim().to_owned(),
            });
        }
        let school = school_id(data, school.trim()).ok_or_else(|| not_school(school.trim()))?;
        out.insert(season_key, school);
    }
    Ok(out)
}

/// A list in a cell: `1, 2`, `1; 2`, `1 2`, `1/2`, or one per line.
fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    // Keep "season 2" together when commas or semicolons separate items.
    let separators: &[char] = if cell.contains([',', ';', '/', '\n']) {
        &[',', ';', '/', '\n']
    } else if cell.contains(':') {
        &[' ']
    } else {
        &[' ', '\t']
    };
    cell.split(separators)
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// The id nearest to a misspelt one, if one is near enough to be meant.
fn nearest(data: &Dataset, id: &str) -> Option<String> {
    data.people
        .iter()
        .map(|p| &p.id)
        .chain(data.events.iter().map(|e| &e.id))
        .map(|known| (strsim::levenshtein(id, known), known))
        .filter(|(d, known)| *d <= 3.max(known.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, known)| known.to_string())
}

/// The delimiter of a sheet: the one of `,`, `;` and tab found most often
/// in its first row, outside quotes (Excel writes `;` in many European
/// locales; LibreOffice and Google Sheets write `,`).
pub fn delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}
