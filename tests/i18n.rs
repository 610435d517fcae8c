//! Every word the interface shows is in the reader's language: the whole
//! widget rendered natively (Yew SSR) in every language and in its main
//! states, with the data (which stays in English) taken out, must show no
//! word of the English interface. Also: the tables agree on their
//! placeholders, each language's punctuation, the English messages are the
//! data module's own, and the element's JavaScript copy of the "could not
//! start" message.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{
    embedded, DataError, DataRef, Dataset, LoadError, Problem, RefKind,
};
use heartstopper_widget::lang::Lang;
use heartstopper_widget::text::errors::{errors as error_words, DataOrigin};
use heartstopper_widget::text::{placeholders, strings};
use heartstopper_widget::url_state::parse;
use heartstopper_widget::AppProps;
use std::borrow::Cow;
use std::collections::BTreeSet;

/// The languages that must not show English.
const OTHERS: [Lang; 4] = [Lang::Es, Lang::Fr, Lang::De, Lang::PtBr];

/// Fields of a table that hold punctuation or a code, not words.
const NOT_WORDS: [&str; 6] = [
    "locale",
    "colon",
    "list_sep",
    "problem_sep",
    "open_quote",
    "close_quote",
];

/// Names and technical terms that every language writes the same way. They
/// are removed from the text before its words are looked at.
const TECHNICAL: [&str; 8] = [
    "Heartstopper",
    "Stéphane", // the search box's example: a character's name
    "kebab-case",
    "http(s)",
    "HTTP",
    "JSON",
    "CORS",
    "MB",
];

/// English interface words that are also the right word in another
/// language: allowed there, and only there. Each is the word that language
/// uses, spelt as in English.
fn same_in(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Es => &[
            "casting",    // EventKind::Casting
            "cameo",      // Billing::Cameo
            "actor",      // Sort::Actor
            "particular", // "Nadie en particular"
            "bytes",      // "los datos ocupan … bytes"
            "no",         // "no es JSON"
            "widget",     // "el widget de Heartstopper": the usual loanword
        ],
        Lang::Fr => &[
            "casting",    // EventKind::Casting
            "production", // EventKind::Production
            "sources",    // the "Sources" heading
            "source",     // RefKind::Source, "au moins une source"
            "cite",       // "ne cite cette personne" (the verb citer)
            "type",       // "son type est"
            "format",     // "au format du widget"
            "page",       // "incluses dans la page", "Rechargez la page"
            "widget",     // "le widget Heartstopper": the usual loanword
        ],
        Lang::De => &[
            "premiere", // EventKind::Premiere, "Premiere:"
            "details",  // "Details" (show_details)
            "person",   // RefKind::Person, "diese Person"
            "filter",   // "Filter", "Aktive Filter"
            "cameo",    // Billing::Cameo
            "problem",  // "Problem(e)"
            "format",   // "das Format des Widgets"
            "in",       // "Neu in", "in diesem Browser"
            "offline",  // the usual loanword
            "widget",   // "das Heartstopper-Widget": the usual loanword
        ],
        Lang::PtBr => &[
            "volume",     // "Volume"
            "volumes",    // "Volumes"
            "particular", // "Ninguém em particular"
            "bytes",      // "os dados têm … bytes"
            "no",         // "no lugar": "in the"
            "as",         // "todas as temporadas": "the"
            "widget",     // "o widget de Heartstopper": the usual loanword
        ],
        Lang::En => &[],
    }
}

/// The words of the English interface: every text of the English table and
/// every word for a role, billing, event kind, sort, view and reference,
/// without placeholders, names and technical terms.
/// Every text of `lang`: the interface's table, then the words for data
/// that cannot be used (the reader module's).
fn texts(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut all = strings(lang).texts();
    all.extend(error_words(lang).texts());
    all
}

fn english_words() -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for (field, text) in texts(Lang::En) {
        if NOT_WORDS.contains(&field) {
            continue;
        }
        let mut text = without_placeholders(text);
        for t in TECHNICAL {
            text = text.replace(t, " ");
        }
        words.extend(words_of(&text));
    }
    words
}

fn without_placeholders(text: &str) -> String {
    let mut out = text.to_owned();
    for name in placeholders(text) {
        out = out.replace(&format!("{{{name}}}"), " ");
    }
    out
}

/// The words of a text, lowercased; single letters ("e.g.", initials) are
/// not words here.
fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 1)
        .map(str::to_lowercase)
}

/// Every string of the data, longest first: names, titles, texts, notes,
/// publishers. The data is in English and may stay so.
fn data_strings(data: &Dataset) -> Vec<String> {
    let mut all: Vec<&str> = vec![
        &data.show.title,
        &data.show.network,
        &data.show.creator,
        &data.show.based_on,
        &data.show.summary,
    ];
    for s in data.seasons.iter() {
        all.extend([&*s.title, &*s.short, &*s.summary]);
        all.extend(s.note.as_deref());
    }
    for s in data.schools.iter() {
        all.extend([&*s.name, &*s.short]);
    }
    for p in data.people.iter() {
        all.extend([&*p.character, &*p.actor, &*p.blurb]);
        all.extend(p.appearances.iter().filter_map(|a| a.note.as_deref()));
    }
    for e in data.events.iter() {
        all.extend([&*e.title, &*e.text]);
    }
    for s in data.sources.iter() {
        all.extend([&*s.title, &*s.publisher]);
        all.extend(s.note.as_deref());
    }
    let mut all: Vec<String> = all
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .map(str::to_owned)
        .collect();
    all.sort_by_key(|s| std::cmp::Reverse(s.len()));
    all.dedup();
    all
}

/// A piece of text the reader sees (a text node or a labelling attribute),
/// with the element it is in.
#[derive(Debug)]
struct Shown {
    text: String,
    context: String,
}

const VOID: [&str; 8] = ["input", "br", "img", "hr", "meta", "link", "source", "wbr"];
/// Attributes whose values are read out or shown.
const READ: [&str; 5] = [
    "aria-label",
    "title",
    "placeholder",
    "alt",
    "aria-description",
];

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The text a reader sees or hears in `html`, leaving out everything inside
/// an element marked `lang="en"` (the data's own words).
fn shown(html: &str) -> Vec<Shown> {
    // Open elements: their description, and whether they are marked English.
    let mut open: Vec<(String, String, bool)> = Vec::new();
    let mut out = Vec::new();
    let mut rest = html;
    let english = |open: &[(String, String, bool)]| open.iter().any(|(_, _, en)| *en);
    let context = |open: &[(String, String, bool)]| {
        open.last()
            .map_or_else(|| "(top)".to_owned(), |(_, d, _)| d.clone())
    };
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        let text = decode(&rest[..lt]);
        if !text.trim().is_empty() && !english(&open) {
            out.push(Shown {
                text,
                context: context(&open),
            });
        }
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |(_, r)| r);
            continue;
        }
        // The tag, up to the '>' outside quotes.
        let mut quoted = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '>' && !quoted
            })
            .map_or(rest.len(), |(i, _)| i);
        let tag = &rest[1..end];
        rest = rest.get(end + 1..).unwrap_or("");
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(at) = open.iter().rposition(|(n, _, _)| *n == name) {
                open.truncate(at);
            }
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect::<String>()
            .to_ascii_lowercase();
        let attrs = attributes(tag);
        let value = |key: &str| {
            attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        let is_english = value("lang") == Some("en");
        let description = match value("class") {
            Some(class) => format!("<{name} class=\"{class}\">"),
            None => format!("<{name}>"),
        };
        if !english(&open) && !is_english {
            for (key, v) in &attrs {
                if READ.contains(&key.as_str()) && !v.trim().is_empty() {
                    out.push(Shown {
                        text: v.clone(),
                        context: format!("{description} {key}"),
                    });
                }
            }
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push((name, description, is_english));
        }
    }
    out
}

/// A start tag's attributes, values decoded.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = tag.trim_start_matches(|c: char| !c.is_whitespace());
    loop {
        rest = rest.trim_start();
        if rest.is_empty() || rest == "/" {
            break;
        }
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = rest[..key_end].to_ascii_lowercase();
        rest = &rest[key_end..];
        if let Some(after) = rest.strip_prefix("=\"") {
            let close = after.find('"').unwrap_or(after.len());
            out.push((key, decode(&after[..close])));
            rest = after.get(close + 1..).unwrap_or("");
        } else {
            out.push((key, String::new()));
        }
    }
    out
}

/// What a non-English render shows in English: each word of the English
/// interface found once the data and the technical parts are taken out,
/// with its text and element.
fn english_left(lang: Lang, html: &str, data: &Dataset, technical: &[String]) -> Vec<String> {
    let check = Check::new(lang, data, technical);
    shown(html)
        .iter()
        .flat_map(|piece| check.text(&piece.text, &piece.context))
        .collect()
}

/// The English words to look for, and what to take out first.
struct Check {
    words: BTreeSet<String>,
    allowed: &'static [&'static str],
    /// The data's strings and the technical parts, longest first.
    strip: Vec<String>,
}

impl Check {
    fn new(lang: Lang, data: &Dataset, technical: &[String]) -> Self {
        let mut strip: Vec<String> = technical.to_vec();
        strip.extend(data_strings(data));
        strip.extend(TECHNICAL.map(str::to_owned));
        strip.sort_by_key(|s| std::cmp::Reverse(s.len()));
        Check {
            words: english_words(),
            allowed: same_in(lang),
            strip,
        }
    }

    fn hits(&self, text: &str) -> Vec<String> {
        words_of(text)
            .filter(|w| self.words.contains(w) && !self.allowed.contains(&w.as_str()))
            .collect()
    }

    /// The English words in `text` that are not the data's.
    fn text(&self, text: &str, context: &str) -> Vec<String> {
        // Most text has none: take the data out only where there are some.
        if self.hits(text).is_empty() {
            return Vec::new();
        }
        let mut left = text.to_owned();
        for s in &self.strip {
            if left.contains(s.as_str()) {
                left = left.replace(s.as_str(), " ");
            }
        }
        self.hits(&left)
            .into_iter()
            .map(|word| format!("\"{word}\" in {context}: {:?}", text.trim()))
            .collect()
    }
}

async fn render(lang: Lang, data: &DataRef, query: &str, notice: Option<String>) -> String {
    let mut props = AppProps::new(data.clone(), parse(query, data));
    props.lang = Some(lang.code().into());
    props.notice = notice.map(Into::into);
    heartstopper_widget::page::render(props).await
}

const URL: &str = "https://fans.example/heartstopper.json";

/// One error of every kind, each with its technical parts (the data's own:
/// URLs, types, paths, ids, the parser's message).
fn errors() -> Vec<(LoadError, Vec<String>)> {
    let problems = problems();
    let mut technical: Vec<String> = problems.iter().flat_map(|(_, t)| t.clone()).collect();
    technical.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let url = || URL.to_owned();
    vec![
        (
            LoadError::Http {
                url: url(),
                status: 404,
            },
            vec![url()],
        ),
        (LoadError::Network { url: url() }, vec![url()]),
        (LoadError::Timeout { url: url() }, vec![url()]),
        (
            LoadError::NotJson {
                url: url(),
                content_type: "text/html; charset=utf-8".into(),
            },
            vec![url(), "text/html; charset=utf-8".into()],
        ),
        (LoadError::TooLarge { bytes: 6_000_000 }, vec![]),
        (
            // The browser's own JSON.parse message.
            LoadError::Syntax {
                message: "Unexpected end of JSON input".into(),
            },
            vec!["Unexpected end of JSON input".into()],
        ),
        (
            LoadError::Shape {
                path: String::new(),
                message: "invalid type: sequence, expected struct Dataset".into(),
            },
            vec!["invalid type: sequence, expected struct Dataset".into()],
        ),
        (
            LoadError::Shape {
                path: "people[3]".into(),
                message: "missing field `actor`".into(),
            },
            vec!["people[3]".into(), "missing field `actor`".into()],
        ),
        (
            LoadError::Invalid(problems.iter().map(|(e, _)| e.clone()).collect()),
            technical.clone(),
        ),
        (
            LoadError::Invalid(problems.iter().take(2).map(|(e, _)| e.clone()).collect()),
            technical,
        ),
    ]
}

/// One data problem of every kind, with its technical parts.
fn problems() -> Vec<(DataError, Vec<String>)> {
    let entry = "people[2] \"elle-argent\"";
    let at = |field: &str, problem: Problem, technical: &[&str]| {
        let mut t: Vec<String> = technical.iter().map(|s| s.to_string()).collect();
        t.extend([entry.to_owned(), format!("`{field}`")]);
        (
            DataError {
                entry: entry.into(),
                field: field.into(),
                problem,
            },
            t,
        )
    };
    let mut all = vec![
        at("actor", Problem::Empty, &[]),
        at("id", Problem::NotKebab, &[]),
        at(
            "id",
            Problem::Duplicate {
                id: "elle-argent".into(),
                collection: "people".into(),
            },
            &["elle-argent", "people"],
        ),
        at("id", Problem::Reserved { id: "none".into() }, &["none"]),
        at("seasons", Problem::NoSeasons, &[]),
        at("sources", Problem::NoSources, &[]),
        at("appearances", Problem::NoAppearances, &[]),
        at(
            "appearances[1].season",
            Problem::SeasonTwice { season: "2".into() },
            &[],
        ),
        at(
            "url",
            Problem::NotWebUrl {
                url: "javascript:alert(1)".into(),
            },
            &["javascript:alert(1)"],
        ),
    ];
    for kind in RefKind::ALL {
        all.push(at(
            "appearances[0].school",
            Problem::Unknown {
                kind,
                id: "hogwarts".into(),
                known: Some(vec!["higgs".into(), "lambert".into(), "truham".into()]),
            },
            &["hogwarts", "higgs, lambert, truham"],
        ));
        all.push(at(
            "people[0]",
            Problem::Unknown {
                kind,
                id: "nobody".into(),
                known: None,
            },
            &["nobody"],
        ));
    }
    all
}

/// The states a reader reaches, as links: no filter, filters, a search, an
/// empty result, new-only, each sort, each view, and every person and event
/// selected (details open).
fn queries(data: &Dataset) -> Vec<String> {
    let mut all: Vec<String> = [
        "",
        "?season=2&school=truham",
        "?season=3&school=lambert&role=student",
        "?season=2&new=1",
        "?q=nick",
        "?q=zzzz",
        "?season=1&school=higgs&role=family",
        "?sort=actor",
        "?sort=character",
        "?sort=first",
        "?view=timeline",
        "?view=grid&season=film",
        "?school=none",
        "?watched=1",
        "?watched=2&person=geoff",
    ]
    .map(str::to_owned)
    .to_vec();
    all.extend(data.people.iter().map(|p| format!("?person={}", p.id)));
    all.extend(data.events.iter().map(|e| format!("?event={}", e.id)));
    all
}

/// The data with more people than one page of cards, so "Show more" shows.
fn many_people() -> DataRef {
    let mut data = embedded().clone();
    let mut people = data.people.to_vec();
    for i in 0..5 {
        for p in embedded().people.iter() {
            let mut copy = p.clone();
            copy.id = Cow::Owned(format!("{}-copy-{i}", p.id));
            people.push(copy);
        }
    }
    data.people = people.into();
    DataRef::new(data)
}

fn fail_on(lang: Lang, found: Vec<(String, Vec<String>)>) {
    let found: Vec<String> = found
        .into_iter()
        .filter(|(_, words)| !words.is_empty())
        .map(|(state, words)| format!("{state}:\n    {}", words.join("\n    ")))
        .collect();
    assert!(
        found.is_empty(),
        "English words in the {} interface:\n  {}",
        lang.code(),
        found.join("\n  ")
    );
}

async fn check_language(lang: Lang) {
    let data = DataRef::embedded();
    let mut found = Vec::new();
    for query in queries(&data) {
        let html = render(lang, &data, &query, None).await;
        let mut technical = Vec::new();
        if let Some(q) = query.strip_prefix("?q=") {
            technical.push(q.to_owned());
        }
        found.push((query, english_left(lang, &html, &data, &technical)));
    }
    // Every kind of notice: each worded, and two shown in the widget.
    for (i, (error, technical)) in errors().into_iter().enumerate() {
        for origin in [
            DataOrigin::Url(URL),
            DataOrigin::Inline,
            DataOrigin::Unknown,
        ] {
            let words = error_words(lang);
            let notice = words.notice(origin, &words.load_error(&error));
            let check = Check::new(lang, &data, &technical);
            let state = format!("notice {error:?} from {origin:?}");
            found.push((
                state.clone(),
                check.text(&notice, "<p class=\"hsw-notice\">"),
            ));
            if i < 2 && origin == DataOrigin::Url(URL) {
                let html = render(lang, &data, "", Some(notice)).await;
                assert!(html.contains("hsw-notice"));
                found.push((state, english_left(lang, &html, &data, &technical)));
            }
        }
    }
    // "Show more".
    let many = many_people();
    let html = render(lang, &many, "", None).await;
    assert!(
        html.contains("hsw-more"),
        "no \"Show more\" with 198 people"
    );
    found.push(("198 people".into(), english_left(lang, &html, &many, &[])));
    fail_on(lang, found);
}

#[tokio::test]
async fn spanish_shows_no_english() {
    check_language(Lang::Es).await;
}

#[tokio::test]
async fn french_shows_no_english() {
    check_language(Lang::Fr).await;
}

#[tokio::test]
async fn german_shows_no_english() {
    check_language(Lang::De).await;
}

#[tokio::test]
async fn brazilian_portuguese_shows_no_english() {
    check_language(Lang::PtBr).await;
}

/// The check itself works: the English widget is full of the words it looks
/// for, and the data's words alone are not reported.
#[tokio::test]
async fn the_check_finds_english_where_there_is_some() {
    let data = DataRef::embedded();
    let html = render(Lang::En, &data, "?season=2&person=nick-nelson", None).await;
    let found = english_left(Lang::Fr, &html, &data, &[]);
    for word in [
        "\"of\"",
        "\"cast\"",
        "\"members\"",
        "\"season\"",
        "\"close\"",
    ] {
        assert!(
            found.iter().any(|f| f.starts_with(word)),
            "{word} not found in {found:#?}"
        );
    }
    // A French render mentioning only data is clean.
    let html = render(Lang::Fr, &data, "?person=nick-nelson", None).await;
    assert!(html.contains("Nick Nelson") && html.contains("Kit Connor"));
    assert_eq!(
        english_left(Lang::Fr, &html, &data, &[]),
        Vec::<String>::new()
    );
}

/// The language's own punctuation in the states that show it: the status
/// line's colon and list, and the search term's quotation marks.
#[tokio::test]
async fn status_line_and_search_tags_follow_the_language() {
    let data = DataRef::embedded();
    let cases = [
        (Lang::En, "“nick”", ": "),
        (Lang::Es, "“nick”", ": "),
        (Lang::Fr, "«\u{a0}nick\u{a0}»", "\u{a0}: "),
        (Lang::De, "„nick“", ": "),
        (Lang::PtBr, "“nick”", ": "),
    ];
    for (lang, quoted, colon) in cases {
        let html = render(lang, &data, "?q=nick&season=2", None).await;
        let t = strings(lang);
        // The tag for the search term, and the status line.
        assert!(
            html.contains(&format!(" </span>{quoted}<span ")),
            "{}: no {quoted} tag in {html}",
            lang.code()
        );
        let status = html
            .split("class=\"hsw-status\"")
            .nth(1)
            .and_then(|s| s.split("</p>").next())
            .expect("a status line");
        let tail = format!(
            "</strong>{colon}{}{}{quoted}",
            t.season_title("2", ""),
            t.list_sep
        );
        assert!(
            status.ends_with(&tail),
            "{}: {status} !~ {tail}",
            lang.code()
        );
        let events = format!(
            "{}{}",
            t.list_sep,
            t.events_summary(0, data.events.len())
                .trim_start_matches('0')
        );
        assert!(
            status.contains(&format!(" {} {}", t.of, data.people.len())),
            "{status}"
        );
        assert!(status.contains(&events[t.list_sep.len()..]), "{status}");
        assert!(status.contains(&format!(" {} ", t.of)), "{status}");
    }
}

/// French puts a no-break space (U+00A0, or the narrow U+202F) before
/// ":", ";", "?" and "!", in every text of its table and in what the widget
/// shows around the data.
#[tokio::test]
async fn french_puts_a_no_break_space_before_colons() {
    let fr = strings(Lang::Fr);
    for (field, text) in texts(Lang::Fr) {
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if matches!(c, ':' | ';' | '?' | '!') {
                let before = i.checked_sub(1).map(|j| chars[j]);
                assert!(
                    matches!(before, Some('\u{a0}' | '\u{202f}')),
                    "fr `{field}`: no no-break space before {c:?} in {text:?}"
                );
            }
        }
    }
    assert_eq!(fr.labelled("En surbrillance"), "En surbrillance\u{a0}: ");
    let syntax = LoadError::Syntax {
        message: "Unexpected token".into(),
    };
    let notice = error_words(Lang::Fr).notice(
        DataOrigin::Inline,
        &error_words(Lang::Fr).load_error(&syntax),
    );
    assert!(notice.contains("page\u{a0}: les données"), "{notice}");
    assert!(
        notice.contains("JSON valide\u{a0}: Unexpected token"),
        "{notice}"
    );

    let data = DataRef::embedded();
    for query in [
        "?season=2&q=nick",
        "?person=nick-nelson",
        "?event=kickstarter",
    ] {
        let html = render(Lang::Fr, &data, query, None).await;
        for piece in shown(&html) {
            let mut text = piece.text.clone();
            for s in data_strings(&data) {
                text = text.replace(&s, "");
            }
            for (i, _) in text.match_indices(": ") {
                assert!(
                    text[..i].ends_with(['\u{a0}', '\u{202f}']),
                    "{query}: a colon without a no-break space in {}: {:?}",
                    piece.context,
                    piece.text
                );
            }
        }
    }
}

/// Each language's texts use its own quotation marks only: « » in French,
/// „ “ in German, “ ” in Spanish and Portuguese (English keeps the straight
/// quotes of its data-error messages, which the build prints).
#[test]
fn each_language_uses_its_own_quotation_marks() {
    let foreign = |lang: Lang| -> &'static [char] {
        match lang {
            Lang::En => &['«', '»', '„'],
            Lang::Es | Lang::PtBr => &['«', '»', '„', '"'],
            Lang::Fr => &['“', '”', '„', '"'],
            Lang::De => &['«', '»', '”', '"'],
        }
    };
    for lang in Lang::ALL {
        for (field, text) in texts(lang) {
            assert!(
                !text.contains(foreign(lang)),
                "{} `{field}`: {text:?} uses another language's quotation marks",
                lang.code()
            );
        }
    }
    assert_eq!(strings(Lang::Fr).quote("nick"), "«\u{a0}nick\u{a0}»");
    assert_eq!(strings(Lang::De).quote("nick"), "„nick“");
    assert_eq!(strings(Lang::Es).quote("nick"), "“nick”");
}

/// Every pattern has the same placeholders in every language, so no value
/// is lost or left as `{name}` in a translation.
#[test]
fn every_language_fills_the_same_placeholders() {
    let en = texts(Lang::En);
    for lang in Lang::ALL {
        let texts = texts(lang);
        assert_eq!(texts.len(), en.len());
        for ((field, text), (en_field, en_text)) in texts.iter().zip(&en) {
            assert_eq!(field, en_field);
            let mut mine = placeholders(text);
            let mut english = placeholders(en_text);
            mine.sort_unstable();
            english.sort_unstable();
            assert_eq!(
                mine,
                english,
                "{} `{field}`: {text:?} vs {en_text:?}",
                lang.code()
            );
            assert_eq!(
                field.ends_with("_fmt"),
                !english.is_empty(),
                "`{field}`: patterns, and only they, end in _fmt"
            );
            assert!(
                !text.trim().is_empty(),
                "{} `{field}` is empty",
                lang.code()
            );
        }
    }
}

/// The English table words errors exactly as the data module's `Display`
/// does (which the build and the tests of the English messages rely on).
#[test]
fn english_errors_are_the_data_modules_own() {
    let words = error_words(Lang::En);
    for (error, _) in errors() {
        assert_eq!(words.load_error(&error), error.to_string());
        assert_eq!(
            words.notice(DataOrigin::Url(URL), &words.load_error(&error)),
            format!("Could not use {URL}: {error}. Showing the built-in data instead.")
        );
    }
    for (problem, _) in problems() {
        assert_eq!(words.data_error(&problem), problem.to_string());
    }
    assert_eq!(
        words.notice(
            DataOrigin::Inline,
            &words.load_error(
                &LoadError::Syntax {
                    message: "x".into()
                }
            )
        ),
        "Could not use inline data: the data is not valid JSON: x. Showing the built-in data instead."
    );
}

/// A value that looks like a placeholder is not filled in again.
#[test]
fn values_are_not_read_as_placeholders() {
    let error = LoadError::Http {
        url: "https://x.example/{status}.json".into(),
        status: 500,
    };
    assert_eq!(
        error_words(Lang::Fr).load_error(&error),
        "https://x.example/{status}.json a répondu HTTP 500"
    );
}

/// Nothing of a table is left untranslated by copying the English: a text
/// equal to the English one must be one of the words the language shares.
#[test]
fn no_text_is_the_english_one_copied() {
    let en: Vec<(&str, &str)> = texts(Lang::En);
    for lang in OTHERS {
        for ((field, text), (_, en_text)) in texts(lang).iter().zip(&en) {
            if text != en_text || NOT_WORDS.contains(field) {
                continue;
            }
            let words: Vec<String> = words_of(&without_placeholders(text)).collect();
            assert!(
                words.iter().all(|w| same_in(lang).contains(&w.as_str())),
                "{} `{field}` is the English {text:?}",
                lang.code()
            );
        }
    }
}
