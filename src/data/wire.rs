//! How a dataset read from custom data crosses from the reader module to the
//! widget: a compact text of numbers and length-prefixed strings, in field
//! order. Plain Rust, no browser types.
//!
//! The custom-data reader (JSON parsing with serde, field paths for errors,
//! validation, fetching) is a second wasm module, `hsw_reader`, that the
//! element loads only when a widget has `src` or inline data. It sends its
//! answer, a `Result<Dataset, LoadError>`, in this form; the widget decodes
//! it with a few lines of code instead of carrying serde's deserializers.
//! Both halves come from one list of fields per type, so they cannot drift;
//! decoding checks everything and never panics: a text it cannot read is
//! `None`.

use super::load::{LoadError, Overlaid, Refusal};
use super::model::*;
use super::validate::{DataError, Problem, RefKind};
use std::borrow::Cow;
use std::cell::Cell;

/// Encodes `value`.
pub fn encode<T: Wire>(value: &T) -> String {
    let mut out = String::new();
    value.put(&mut out);
    out
}

/// Decodes a whole text, or `None` when it is not one `T` exactly.
pub fn decode<T: Wire>(text: &str) -> Option<T> {
    let mut rest = text;
    let value = T::take(&mut rest)?;
    rest.is_empty().then_some(value)
}

thread_local! {
    /// The text [`decode_static`] is reading, or empty.
    static SOURCE: Cell<&'static str> = const { Cell::new("") };
}

/// Decodes a text that lives as long as the program (the embedded dataset),
/// borrowing each string from it instead of copying it.
pub fn decode_static<T: Wire>(text: &'static str) -> Option<T> {
    SOURCE.with(|source| source.set(text));
    let value = decode(text);
    SOURCE.with(|source| source.set(""));
    value
}

/// `part` as a slice of the text [`decode_static`] is reading, if it is one.
fn borrowed(part: &str) -> Option<&'static str> {
    let source = SOURCE.with(Cell::get);
    let start = (part.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    source.get(start..start.checked_add(part.len())?)
}

/// A value that can be written to and read back from the wire text.
pub trait Wire: Sized {
    fn put(&self, out: &mut String);
    /// Reads one value from the front of `rest`, moving past it.
    fn take(rest: &mut &str) -> Option<Self>;
}

/// A number: decimal digits and a `;`.
fn put_number(out: &mut String, n: u64) {
    out.push_str(&n.to_string());
    out.push(';');
}

fn take_number(rest: &mut &str) -> Option<u64> {
    let (digits, tail) = rest.split_once(';')?;
    if digits.is_empty() || digits.len() > 19 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    *rest = tail;
    digits.parse().ok()
}

macro_rules! wire_number {
    ($($t:ty),*) => {$(
        impl Wire for $t {
            fn put(&self, out: &mut String) {
                put_number(out, u64::from(*self));
            }
            fn take(rest: &mut &str) -> Option<Self> {
                take_number(rest)?.try_into().ok()
            }
        }
    )*};
}
wire_number!(u8, u16, u32);

impl Wire for usize {
    fn put(&self, out: &mut String) {
        put_number(out, *self as u64);
    }
    fn take(rest: &mut &str) -> Option<Self> {
        take_number(rest)?.try_into().ok()
    }
}

impl Wire for bool {
    fn put(&self, out: &mut String) {
        put_number(out, u64::from(*self));
    }
    fn take(rest: &mut &str) -> Option<Self> {
        match take_number(rest)? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

/// A string: its length in bytes, a `;`, then the string.
fn put_str(out: &mut String, text: &str) {
    put_number(out, text.len() as u64);
    out.push_str(text);
}

impl Wire for String {
    fn put(&self, out: &mut String) {
        put_str(out, self);
    }
    fn take(rest: &mut &str) -> Option<Self> {
        take_str(rest).map(str::to_owned)
    }
}

fn take_str<'a>(rest: &mut &'a str) -> Option<&'a str> {
    let len = usize::take(rest)?;
    let text = rest.get(..len)?;
    *rest = &rest[len..];
    Some(text)
}

impl Wire for Text {
    fn put(&self, out: &mut String) {
        put_str(out, self);
    }
    fn take(rest: &mut &str) -> Option<Self> {
        let text = take_str(rest)?;
        Some(borrowed(text).map_or_else(|| Cow::Owned(text.to_owned()), Cow::Borrowed))
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, out: &mut String) {
        self.is_some().put(out);
        if let Some(value) = self {
            value.put(out);
        }
    }
    fn take(rest: &mut &str) -> Option<Self> {
        if bool::take(rest)? {
            T::take(rest).map(Some)
        } else {
            Some(None)
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut String) {
        put_list(out, self);
    }
    fn take(rest: &mut &str) -> Option<Self> {
        take_list(rest)
    }
}

impl<T: Wire + Clone> Wire for List<T> {
    fn put(&self, out: &mut String) {
        put_list(out, self);
    }
    fn take(rest: &mut &str) -> Option<Self> {
        take_list(rest).map(Cow::Owned)
    }
}

fn put_list<T: Wire>(out: &mut String, items: &[T]) {
    put_number(out, items.len() as u64);
    for item in items {
        item.put(out);
    }
}

fn take_list<T: Wire>(rest: &mut &str) -> Option<Vec<T>> {
    let len = usize::take(rest)?;
    // Each item takes at least two bytes: no length can ask for more items
    // than the text holds.
    if len > rest.len() / 2 {
        return None;
    }
    let mut items = Vec::with_capacity(len);
    for _ in 0..len {
        items.push(T::take(rest)?);
    }
    Some(items)
}

impl<T: Wire, E: Wire> Wire for Result<T, E> {
    fn put(&self, out: &mut String) {
        match self {
            Ok(value) => {
                put_number(out, 0);
                value.put(out);
            }
            Err(error) => {
                put_number(out, 1);
                error.put(out);
            }
        }
    }
    fn take(rest: &mut &str) -> Option<Self> {
        match take_number(rest)? {
            0 => T::take(rest).map(Ok),
            1 => E::take(rest).map(Err),
            _ => None,
        }
    }
}

/// An enum without data, as its place in `ALL`.
macro_rules! wire_unit_enum {
    ($($t:ty),*) => {$(
        impl Wire for $t {
            fn put(&self, out: &mut String) {
                let index = <$t>::ALL.iter().position(|v| v == self).unwrap_or_default();
                put_number(out, index as u64);
            }
            fn take(rest: &mut &str) -> Option<Self> {
                let index = usize::take(rest)?;
                <$t>::ALL.get(index).copied()
            }
        }
    )*};
}
wire_unit_enum!(Role, Billing, EventKind, Status, RefKind);

/// A struct, field by field in the order listed (every field must be).
macro_rules! wire_struct {
    ($($t:ident { $($field:ident),* })*) => {$(
        impl Wire for $t {
            fn put(&self, out: &mut String) {
                $(self.$field.put(out);)*
            }
            fn take(rest: &mut &str) -> Option<Self> {
                Some($t { $($field: Wire::take(rest)?,)* })
            }
        }
    )*};
}
wire_struct! {
    Overlaid { data, problems }
    Refusal { notice, english }
    Dataset { as_of, show, seasons, schools, people, events, sources }
    Show { title, network, creator, based_on, summary, sources }
    Season { id, title, short, premiere, episodes, volumes, status, summary, note, reveals, sources }
    School { id, name, short }
    Person { id, character, actor, role, blurb, reveals, unconfirmed, appearances, sources, image, own }
    Image { src, alt, credit }
    Own { added, blurb, note, reveals }
    Appearance { season, billing, school, inferred, note, reveals }
    Event { id, date, kind, title, text, season, people, unconfirmed, reveals, sources, image, own }
    Source { id, title, publisher, date, url, note, reveals }
    Date { year, month, day }
    DataError { entry, field, problem }
}

/// An enum with data: a number for the variant, then its fields.
macro_rules! wire_enum {
    ($t:ident { $($n:literal => $variant:ident $({ $($field:ident),* })? $(( $tuple:ident ))?,)* }) => {
        impl Wire for $t {
            fn put(&self, out: &mut String) {
                match self {
                    $($t::$variant $({ $($field),* })? $(( $tuple ))? => {
                        put_number(out, $n);
                        $($($field.put(out);)*)?
                        $($tuple.put(out);)?
                    })*
                }
            }
            fn take(rest: &mut &str) -> Option<Self> {
                Some(match take_number(rest)? {
                    $($n => $t::$variant $({ $($field: Wire::take(rest)?),* })? $(( { let $tuple = Wire::take(rest)?; $tuple } ))?,)*
                    _ => return None,
                })
            }
        }
    };
}
wire_enum!(LoadError {
    0 => Http { url, status },
    1 => Network { url },
    2 => Timeout { url },
    3 => NotJson { url, content_type },
    4 => TooLarge { bytes },
    5 => Syntax { message },
    6 => Shape { path, message },
    7 => Invalid(errors),
});
wire_enum!(Problem {
    0 => Empty,
    1 => NotKebab,
    2 => Duplicate { id, collection },
    3 => Reserved { id },
    4 => NoSeasons,
    5 => Unknown { kind, id, known },
    6 => NoSources,
    7 => NoAppearances,
    8 => SeasonTwice { season },
    9 => NotWebUrl { url },
    10 => NotImageUrl { url },
});
