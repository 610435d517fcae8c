//! The interface in German.

use super::Strings;
use crate::data::{Billing, EventKind, RefKind, Role};
use crate::filter::Sort;
use crate::url_state::View;

pub static STRINGS: Strings = Strings {
    locale: "de",
    widget_label: "Besetzung und Zeitleiste von Heartstopper",
    cast_heading: "Besetzung",
    timeline_heading: "Zeitleiste",
    filters_label: "Filter",
    season_legend: "Staffel",
    school_legend: "Schule",
    role_legend: "Rolle",
    no_school: "Keine Schule",
    school_unnamed: "Schule nicht genannt",
    dead_end: "keine mit den anderen Filtern",
    people_unit: "Mitwirkende",
    events_unit: "Ereignisse",
    of: "von",
    active_label: "Aktive Filter",
    remove_prefix: "Filter entfernen:",
    clear_all: "Alle Filter löschen",
    empty_title: "Niemand aus der Besetzung passt zu diesen Filtern.",
    empty_hint: "Entfernen Sie einen Filter oder löschen Sie alle, um wieder alle zu sehen.",
    timeline_empty: "Kein Ereignis passt zu diesen Filtern.",
    new_in: "Neu in",
    new_mark: "neu",
    new_only: "Neu in dieser Staffel",
    new_needs_season: "zuerst eine Staffel wählen",
    played_by: "gespielt von",
    seasons_label: "Staffeln",
    unconfirmed: "Unbestätigt",
    inferred: "abgeleitet",
    as_of: "Stand:",
    no_filters: "alle Staffeln und Schulen",
    search_label: "Darsteller oder Figur suchen",
    search_placeholder: "z. B. Stéphane",
    sort_label: "Sortieren nach",
    watched_label: "Gesehen bis",
    watched_all: "Alles zeigen",
    hidden_fmt: "Verborgen: Diese Adresse zeigt etwas aus {season}, nach dem, was Sie gesehen haben.",
    show_anyway: "Trotzdem zeigen",
    keep_hidden: "Verborgen lassen",
    up_to_fmt: "bis {season}",
    image_credit: "Bildnachweis",
    from_site: "Von dieser Website",
    site_added: "Diese Website hat die Person hinzugefügt: Die Quellen des Widgets decken sie nicht ab.",
    site_blurb: "Die Beschreibung oben stammt von dieser Website, nicht aus den Quellen des Widgets.",
    views_label: "Ansichten",
    before_series: "Vor der Serie",
    premiered: "Premiere:",
    expected: "Erwartet:",
    episodes: "Folgen",
    volumes: "Bände",
    volume: "Band",
    upcoming: "Demnächst",
    highlighting: "Hervorgehoben",
    highlighted: "Verknüpft",
    show_details: "Details",
    clear_highlight: "Hervorhebung aufheben",
    close: "Schließen",
    season_col: "Staffel",
    school_col: "Schule",
    billing_col: "Nennung",
    their_events: "Ereignisse in der Zeitleiste",
    no_events: "Kein Ereignis der Zeitleiste nennt diese Person.",
    people_involved: "Personen",
    show_wide: "Niemand im Besonderen: ein Ereignis der ganzen Serie.",
    sources: "Quellen",
    opens_new_tab: "(öffnet in neuem Tab)",
    show_more_fmt: "{next} weitere zeigen (von {rest})",
    show_all_cast_fmt: "Alle {count} Mitwirkenden zeigen",
    show_all_events_fmt: "Alle {count} Ereignisse zeigen",
    first_shown_fmt: "(die ersten {count} angezeigt)",
    crashed: "Das Heartstopper-Widget funktioniert leider nicht mehr. Laden Sie die Seite neu, um es erneut zu versuchen.",
    could_not_start: "Das Heartstopper-Widget konnte in diesem Browser nicht starten.",
    could_not_load_fmt: "Das Heartstopper-Widget konnte seine Dateien nicht von {url} laden. Liegt der ganze Ordner des Widgets auf dem Server?",
    loading: "Wird geladen…",
    colon: ": ",
    list_sep: ", ",
    open_quote: "„",
    close_quote: "“",
    role,
    billing,
    kind,
    sort,
    view,
    ref_kind,
};

fn role(role: Role) -> &'static str {
    match role {
        Role::Student => "Schüler*in",
        Role::Teacher => "Lehrkraft",
        Role::Family => "Familie",
        Role::Other => "Andere",
    }
}

fn billing(billing: Billing) -> &'static str {
    match billing {
        Billing::Main => "Hauptbesetzung",
        Billing::Recurring => "Wiederkehrend",
        Billing::Guest => "Gast",
        Billing::Voice => "Stimme",
        Billing::Cameo => "Cameo",
    }
}

fn kind(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Book => "Buch",
        EventKind::Production => "Produktion",
        EventKind::Casting => "Besetzung",
        EventKind::Premiere => "Premiere",
        EventKind::Award => "Auszeichnung",
        EventKind::Announcement => "Ankündigung",
    }
}

fn sort(sort: Sort) -> &'static str {
    match sort {
        Sort::Billing => "Nennung",
        Sort::Character => "Figur",
        Sort::Actor => "Darsteller*in",
        Sort::FirstAppearance => "Erster Auftritt",
    }
}

fn view(view: View) -> &'static str {
    match view {
        View::Grid => "Besetzung",
        View::Timeline => "Zeitleiste",
        View::Both => "Beides",
    }
}

pub(super) fn ref_kind(kind: RefKind) -> &'static str {
    match kind {
        RefKind::Season => "Staffel",
        RefKind::School => "Schule",
        RefKind::Person => "Person",
        RefKind::Source => "Quelle",
    }
}
