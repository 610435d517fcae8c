//! The interface in French.

use super::Strings;
use crate::data::{Billing, EventKind, RefKind, Role};
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
    remove_prefix: "Retirer le filtre\u{a0}:",
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
    watched_label: "Vu jusqu'à",
    watched_all: "Tout afficher",
    hidden_fmt: "Masqué\u{a0}: ce lien montre un élément de {season}, après ce que vous avez vu.",
    show_anyway: "Afficher quand même",
    keep_hidden: "Garder masqué",
    up_to_fmt: "jusqu'à {season}",
    image_credit: "Crédit de l'image",
    from_site: "De ce site",
    site_added: "Ce site a ajouté cette personne : les sources du widget ne la couvrent pas.",
    site_blurb: "La présentation ci-dessus est celle de ce site, pas des sources du widget.",
    views_label: "Vues",
    before_series: "Avant la série",
    premiered: "Diffusée le",
    expected: "Prévue\u{a0}:",
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
    show_wide: "Personne en particulier\u{a0}: un événement de toute la série.",
    sources: "Sources",
    opens_new_tab: "(s'ouvre dans un nouvel onglet)",
    show_more_fmt: "Afficher {next} de plus (sur {rest})",
    show_all_cast_fmt: "Afficher les {count} membres de la distribution",
    show_all_events_fmt: "Afficher les {count} événements",
    first_shown_fmt: "(les {count} premiers affichés)",
    crashed:
        "Désolé, le widget Heartstopper a cessé de fonctionner. Rechargez la page pour réessayer.",
    could_not_start: "Le widget Heartstopper n'a pas pu démarrer dans ce navigateur.",
    could_not_load_fmt: "Le widget Heartstopper n'a pas pu charger ses fichiers depuis {url}. Le dossier du widget est-il entier sur le serveur\u{a0}?",
    loading: "Chargement…",
    colon: "\u{a0}: ",
    list_sep: ", ",
    open_quote: "«\u{a0}",
    close_quote: "\u{a0}»",
    role,
    billing,
    kind,
    sort,
    view,
    ref_kind,
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

pub(super) fn ref_kind(kind: RefKind) -> &'static str {
    match kind {
        RefKind::Season => "saison",
        RefKind::School => "école",
        RefKind::Person => "personne",
        RefKind::Source => "source",
    }
}
