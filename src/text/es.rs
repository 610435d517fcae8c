//! The interface in Spanish.

use super::Strings;
use crate::data::{Billing, EventKind, RefKind, Role};
use crate::filter::Sort;
use crate::url_state::View;

pub static STRINGS: Strings = Strings {
    locale: "es",
    widget_label: "Reparto y cronología de Heartstopper",
    cast_heading: "Reparto",
    timeline_heading: "Cronología",
    filters_label: "Filtros",
    season_legend: "Temporada",
    school_legend: "Escuela",
    role_legend: "Papel",
    no_school: "Sin escuela",
    school_unnamed: "Escuela sin nombrar",
    dead_end: "ninguno con los otros filtros",
    people_unit: "miembros del reparto",
    events_unit: "eventos",
    of: "de",
    active_label: "Filtros activos",
    remove_prefix: "Quitar filtro:",
    clear_all: "Quitar todos los filtros",
    empty_title: "Ningún miembro del reparto coincide con estos filtros.",
    empty_hint: "Quita un filtro, o quítalos todos para volver a ver a todos.",
    timeline_empty: "Ningún evento coincide con estos filtros.",
    new_in: "Nuevo en",
    new_mark: "nuevo",
    new_only: "Nuevos esta temporada",
    new_needs_season: "elige antes una temporada",
    played_by: "interpretado por",
    seasons_label: "Temporadas",
    unconfirmed: "Sin confirmar",
    inferred: "deducido",
    as_of: "Datos a",
    no_filters: "todas las temporadas y escuelas",
    search_label: "Buscar actor o personaje",
    search_placeholder: "p. ej. Stéphane",
    sort_label: "Ordenar reparto por",
    watched_label: "Visto hasta",
    watched_all: "Mostrar todo",
    hidden_fmt: "Oculto: este enlace muestra algo de {season}, posterior a lo ya visto.",
    show_anyway: "Mostrar de todos modos",
    keep_hidden: "Mantener oculto",
    up_to_fmt: "hasta {season}",
    image_credit: "Crédito de la imagen",
    from_site: "De este sitio",
    site_added: "Este sitio añadió a esta persona: las fuentes del widget no la incluyen.",
    site_blurb: "La descripción de arriba es de este sitio, no de las fuentes del widget.",
    views_label: "Vistas",
    before_series: "Antes de la serie",
    premiered: "Estreno:",
    expected: "Prevista:",
    episodes: "episodios",
    volumes: "Volúmenes",
    volume: "Volumen",
    upcoming: "Próximamente",
    highlighting: "Resaltado",
    highlighted: "Vinculado",
    show_details: "Detalles",
    clear_highlight: "Quitar resaltado",
    close: "Cerrar",
    season_col: "Temporada",
    school_col: "Escuela",
    billing_col: "Créditos",
    their_events: "Eventos en la cronología",
    no_events: "Ningún evento de la cronología nombra a esta persona.",
    people_involved: "Personas",
    show_wide: "Nadie en particular: un evento de toda la serie.",
    sources: "Fuentes",
    opens_new_tab: "(se abre en una pestaña nueva)",
    show_more_fmt: "Mostrar {next} más (de {rest})",
    show_all_cast_fmt: "Mostrar los {count} miembros del reparto",
    show_all_events_fmt: "Mostrar los {count} eventos",
    first_shown_fmt: "(se muestran los primeros {count})",
    crashed: "Lo sentimos, el widget de Heartstopper dejó de funcionar. Recarga la página para volver a intentarlo.",
    could_not_start: "El widget de Heartstopper no pudo iniciarse en este navegador.",
    could_not_load_fmt: "El widget de Heartstopper no pudo cargar sus archivos desde {url}. ¿Está toda la carpeta del widget en el servidor?",
    loading: "Cargando…",
    colon: ": ",
    list_sep: ", ",
    open_quote: "“",
    close_quote: "”",
    role,
    billing,
    kind,
    sort,
    view,
    ref_kind,
};

fn role(role: Role) -> &'static str {
    match role {
        Role::Student => "Estudiante",
        Role::Teacher => "Docente",
        Role::Family => "Familia",
        Role::Other => "Otros",
    }
}

fn billing(billing: Billing) -> &'static str {
    match billing {
        Billing::Main => "Reparto principal",
        Billing::Recurring => "Recurrente",
        Billing::Guest => "Invitado",
        Billing::Voice => "Voz",
        Billing::Cameo => "Cameo",
    }
}

fn kind(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Book => "Libro",
        EventKind::Production => "Producción",
        EventKind::Casting => "Casting",
        EventKind::Premiere => "Estreno",
        EventKind::Award => "Premio",
        EventKind::Announcement => "Anuncio",
    }
}

fn sort(sort: Sort) -> &'static str {
    match sort {
        Sort::Billing => "Créditos",
        Sort::Character => "Personaje",
        Sort::Actor => "Actor",
        Sort::FirstAppearance => "Primera aparición",
    }
}

fn view(view: View) -> &'static str {
    match view {
        View::Grid => "Reparto",
        View::Timeline => "Cronología",
        View::Both => "Ambos",
    }
}

pub(super) fn ref_kind(kind: RefKind) -> &'static str {
    match kind {
        RefKind::Season => "temporada",
        RefKind::School => "escuela",
        RefKind::Person => "persona",
        RefKind::Source => "fuente",
    }
}
