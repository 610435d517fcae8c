//! The one table of the widget's parameters: every URL parameter and every
//! attribute of `<heartstopper-widget>`, with what it is for. Plain Rust, no
//! browser types.
//!
//! Everything else is derived from it: the URL keys the widget owns
//! (`url_state`), the attributes the element observes and which of them
//! carry the reader's state (the element's generated contract, see
//! `contract`), the Custom Elements Manifest, the TypeScript attribute
//! types and the attribute table of docs/embedding.md.

/// What a parameter does to the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Part of the reader's state (filters, order, view, selection, "watched
    /// up to"): read once at mount; a later change of the attribute changes
    /// only what it names.
    State,
    /// How the widget looks or speaks (`theme`, `lang`): never touches the
    /// reader's state.
    Presentation,
    /// Where the data comes from (`src`).
    Data,
    /// How the element behaves on the page (`sync-url`, `loading`).
    Behaviour,
}

/// The values a parameter takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    /// Season ids of the data, one or several comma-separated.
    Seasons,
    /// School ids of the data (and `none`), one or several.
    Schools,
    /// Role ids, one or several.
    Roles,
    /// One season id.
    Season,
    /// `crate::filter::Sort` ids.
    Sort,
    /// `crate::url_state::View` ids.
    View,
    /// [`THEMES`].
    Theme,
    /// The interface languages (`crate::lang::Lang`), or a regional tag.
    Lang,
    /// [`LOADING`].
    Loading,
    /// `1` to switch on.
    One,
    /// A present-or-absent attribute.
    Flag,
    /// Free text.
    Text,
    /// The id of a person in the data.
    PersonId,
    /// The id of an event in the data.
    EventId,
    /// A URL.
    Url,
    /// A whole number from 1 (`crate::room::parse`).
    Count,
}

/// One parameter of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    pub kind: Kind,
    /// Read from (and, when `owned`, written to) the page's query string.
    pub in_url: bool,
    /// An attribute of the element.
    pub attribute: bool,
    /// The widget writes it: `url_state::write` drops what the address bar
    /// had and writes its own value.
    pub owned: bool,
    pub values: Values,
    /// Its value when it is absent, if it has one worth saying.
    pub default: Option<&'static str>,
    /// What it does, for the manifest, the types and the attribute table:
    /// written by the native build only (empty in the wasm, which never shows
    /// it).
    pub doc: &'static str,
}

/// The doc text where it is read: natively (the build's manifest, types and
/// attribute table), not in the wasm, whose first load it would only weigh down.
const fn doc(text: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        text
    }
}

const fn state(name: &'static str, values: Values, doc_text: &'static str) -> Param {
    Param {
        name,
        kind: Kind::State,
        in_url: true,
        attribute: true,
        owned: true,
        values,
        default: None,
        doc: doc(doc_text),
    }
}

const fn element(name: &'static str, kind: Kind, values: Values, doc_text: &'static str) -> Param {
    Param {
        name,
        kind,
        in_url: false,
        attribute: true,
        owned: false,
        values,
        default: None,
        doc: doc(doc_text),
    }
}

/// The colour themes of the `theme` attribute (styled by `widget.css`
/// through `:host([theme=…])`).
pub const THEMES: [&str; 3] = ["light", "dark", "high-contrast"];

/// The values of the `loading` attribute; the first is the default.
pub const LOADING: [&str; 2] = ["lazy", "eager"];

/// Every parameter, in the URL's order.
pub const PARAMS: [Param; 17] = [
    state(
        "season",
        Values::Seasons,
        "The seasons to show: one id or several, comma-separated (`2,3`). Same as the `?season=` URL parameter.",
    ),
    state(
        "school",
        Values::Schools,
        "The schools to show, within the selected seasons: one id or several, comma-separated (`truham,none`).",
    ),
    state(
        "role",
        Values::Roles,
        "The roles to show: one or several, comma-separated.",
    ),
    state(
        "q",
        Values::Text,
        "Search text over actor and character names (case- and accent-insensitive).",
    ),
    state(
        "new",
        Values::One,
        "`1`: only the people who joined in a selected season.",
    ),
    Param {
        default: Some("billing"),
        ..state("sort", Values::Sort, "The order of the cast cards.")
    },
    Param {
        default: Some("both"),
        ..state(
            "view",
            Values::View,
            "Which views to show: the cast grid, the timeline, or both.",
        )
    },
    state(
        "person",
        Values::PersonId,
        "The id of a person in the data (`elle-argent`): selects them and lights up what links to them; their details, a modal dialog, open only when the reader asks, so the widget never takes over the page.",
    ),
    state(
        "event",
        Values::EventId,
        "The id of a timeline event in the data (`season-2-premiere`): selects it and lights up its people; its details open only when the reader asks.",
    ),
    state(
        "watched",
        Values::Season,
        "Spoiler-safe viewing: the season the reader has watched up to. Nothing from later seasons shows (people, schools, billing, events, counts). A reader's own choice in the widget's \"Watched up to\" control (kept per site in local storage) wins over it, and so does `?watched=` in the page URL when `sync-url` is set.",
    ),
    Param {
        name: "lang",
        kind: Kind::Presentation,
        in_url: true,
        attribute: true,
        owned: true,
        values: Values::Lang,
        default: None,
        doc: doc("The interface language (a regional tag such as `en-GB` or `pt-PT` picks its language). Without it: `?lang=` in the page URL, then the browser's languages, then English. Never changes what the reader chose."),
    },
    element(
        "theme",
        Kind::Presentation,
        Values::Theme,
        "The colour theme. Without it the widget follows the reader's system setting (prefers-color-scheme). Never changes what the reader chose.",
    ),
    element(
        "limit",
        Kind::Presentation,
        Values::Count,
        "The room the widget takes on your page: how many cast cards, and how many timeline events, show at first (`6`), each view followed by a \"Show all\" button; the status line says how many are shown. On a phone the whole widget is about 9,400 px tall; with `6` it is 2,238 px at 375 × 812, under three screens. Pre-rendered for 6 and 12. Without it, or with anything but a whole number from 1 to 999, everything shows.",
    ),
    element(
        "src",
        Kind::Data,
        Values::Url,
        "The URL of custom data in the format of heartstopper.json, resolved against the page. If it cannot be used, the widget says why and shows the built-in data.",
    ),
    element(
        "overlay",
        Kind::Data,
        Values::Url,
        "The URL of a CSV sheet, as any spreadsheet exports it, laid over the data: rows that give a person or event a picture, blurb or note, or add a person. Resolved against the page. Rows that cannot be applied are listed in the widget; the rest applies. See sheet/our-cast.csv.",
    ),
    element(
        "sync-url",
        Kind::Behaviour,
        Values::Flag,
        "Present: keep the widget's state in the page's address bar (query parameters), and start from it. Absent (the default): the page's URL is left alone.",
    ),
    Param {
        default: Some("lazy"),
        ..element(
            "loading",
            Kind::Behaviour,
            Values::Loading,
            "Like <img loading>: `lazy` (the default) fetches and starts the WebAssembly when the widget nears the viewport, or is focused or touched; `eager` starts it right after the first paint. Either way the widget's pre-rendered first state shows at once.",
        )
    },
];

/// The parameter named `name`, if there is one.
pub fn param(name: &str) -> Option<&'static Param> {
    PARAMS.iter().find(|p| p.name == name)
}

/// The reader's state parameters: the element's state attributes, which
/// are also URL parameters of the same name, in the URL's order.
pub fn state_keys() -> impl Iterator<Item = &'static str> {
    PARAMS
        .iter()
        .filter(|p| p.kind == Kind::State)
        .map(|p| p.name)
}

/// `name` is one of the reader's state parameters.
pub fn is_state(name: &str) -> bool {
    param(name).is_some_and(|p| p.kind == Kind::State)
}

/// The parameters read from the query string (`lang` among them).
pub fn is_in_url(name: &str) -> bool {
    param(name).is_some_and(|p| p.in_url)
}

/// The query-string parameters the widget writes itself.
pub fn is_owned(name: &str) -> bool {
    param(name).is_some_and(|p| p.in_url && p.owned)
}

/// Every attribute of the element, in the table's order.
pub fn attributes() -> impl Iterator<Item = &'static Param> {
    PARAMS.iter().filter(|p| p.attribute)
}
