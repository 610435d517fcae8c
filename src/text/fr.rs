//! The interface in French.

use super::Strings;
use crate::data::{Billing, EventKind, Role};
use crate::filter::Sort;
use crate::url_state::View;

pub static STRINGS: Strings = Strings {
    locale: "fr",
    widget_label: "Distribution et chronologie de Heartstopper",
    cast_heading: "Distribution",
    timeline_heading: "Chronologie",
    filters_label: "Filtres",
    season_legend: "Saison",
    school_legend: "École",
    role_legend: "Rôle",
    no_school: "Sans école",
    school_unnamed: "École non précisée",
    dead_end: "aucun avec les autres filtres",
    people_unit: "membres de la distribution",
    events_unit: "événements",
    of: "sur",
    active_label: "Filtres actifs",
    remove_prefix: "Retirer le filtre :",
    clear_all: "Effacer tous les filtres",
    empty_title: "Aucun membre de la distribution ne correspond à ces filtres.",
    empty_hint: "Retirez un filtre, ou effacez-les tous pour revoir tout le monde.",
    timeline_empty: "Aucun événement ne correspond à ces filtres.",
    new_in: "Nouveau dans",
    new_mark: "nouveau",
    new_only: "Nouveaux cette saison",
    new_needs_season: "choisissez d'abord une saison",
    played_by: "joué par",
    seasons_label: "Saisons",
    unconfirmed: "Non confirmé",
    inferred: "déduit",
    as_of: "Faits au",
    no_filters: "toutes les saisons et écoles",
    search_label: "Chercher un acteur ou un personnage",
    search_placeholder: "p. ex. Stéphane",
    sort_label: "Trier par",
    views_label: "Vues",
    before_series: "Avant la série",
    premiered: "Diffusée le",
    expected: "Prévue :",
    episodes: "épisodes",
    volumes: "Tomes",
    volume: "Tome",
    upcoming: "À venir",
    highlighting: "En surbrillance",
    highlighted: "Lié",
    show_details: "Détails",
    clear_highlight: "Retirer la surbrillance",
    close: "Fermer",
    season_col: "Saison",
    school_col: "École",
    billing_col: "Générique",
    their_events: "Événements de la chronologie",
    no_events: "Aucun événement de la chronologie ne cite cette personne.",
    people_involved: "Personnes",
    show_wide: "Personne en particulier : un événement de toute la série.",
    sources: "Sources",
    opens_new_tab: "(s'ouvre dans un nouvel onglet)",
    show_more_fmt: "Afficher {next} de plus (sur {rest})",
    crashed:
        "Désolé, le widget Heartstopper a cessé de fonctionner. Rechargez la page pour réessayer.",
    role,
    billing,
    kind,
    sort,
    view,
};

fn role(role: Role) -> &'static str {
    match role {
        Role::Student => "Élève",
        Role::Teacher => "Enseignant",
        Role::Family => "Famille",
        Role::Other => "Autre",
    }
}

fn billing(billing: Billing) -> &'static str {
    match billing {
        Billing::Main => "Rôle principal",
        Billing::Recurring => "Récurrent",
        Billing::Guest => "Invité",
        Billing::Voice => "Voix",
        Billing::Cameo => "Caméo",
    }
}

fn kind(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Book => "Livre",
        EventKind::Production => "Production",
        EventKind::Casting => "Casting",
        EventKind::Premiere => "Première",
        EventKind::Award => "Récompense",
        EventKind::Announcement => "Annonce",
    }
}

fn sort(sort: Sort) -> &'static str {
    match sort {
        Sort::Billing => "Générique",
        Sort::Character => "Personnage",
        Sort::Actor => "Acteur",
        Sort::FirstAppearance => "Première apparition",
    }
}

fn view(view: View) -> &'static str {
    match view {
        View::Grid => "Distribution",
        View::Timeline => "Chronologie",
        View::Both => "Les deux",
    }
}
