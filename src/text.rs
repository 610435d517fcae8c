//! The interface's words in English, Spanish, French, German and Brazilian
//! Portuguese: one table per language. The data stays in the language of the
//! data file. Plain Rust; the browser only supplies the reader's preferences.

use crate::data::{Billing, EventKind, Role};
use crate::filter::Sort;
use crate::url_state::View;

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    De,
    PtBr,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Es, Lang::Fr, Lang::De, Lang::PtBr];

    /// The code used in `lang=` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::PtBr => "pt-BR",
        }
    }

    /// The language a BCP 47 tag asks for, by its primary subtag:
    /// `fr-CA` → French, `pt-PT` → Brazilian Portuguese (the nearest offered).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            "pt" => Some(Lang::PtBr),
            _ => None,
        }
    }

    /// The first offered language among the reader's choices, in order
    /// (attribute, URL, browser); English when none is offered.
    pub fn negotiate<'a>(choices: impl IntoIterator<Item = &'a str>) -> Lang {
        choices
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }
}

pub struct Strings {
    pub locale: &'static str,
    pub widget_label: &'static str,
    pub cast_heading: &'static str,
    pub timeline_heading: &'static str,
    pub filters_label: &'static str,
    pub season_legend: &'static str,
    pub school_legend: &'static str,
    pub role_legend: &'static str,
    pub no_school: &'static str,
    pub school_unnamed: &'static str,
    pub dead_end: &'static str,
    pub people_unit: &'static str,
    pub events_unit: &'static str,
    pub of: &'static str,
    pub active_label: &'static str,
    pub remove_prefix: &'static str,
    pub clear_all: &'static str,
    pub empty_title: &'static str,
    pub empty_hint: &'static str,
    pub timeline_empty: &'static str,
    pub new_in: &'static str,
    pub new_mark: &'static str,
    pub new_only: &'static str,
    pub new_needs_season: &'static str,
    pub played_by: &'static str,
    pub seasons_label: &'static str,
    pub unconfirmed: &'static str,
    pub inferred: &'static str,
    pub as_of: &'static str,
    pub no_filters: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub sort_label: &'static str,
    pub views_label: &'static str,
    pub before_series: &'static str,
    pub premiered: &'static str,
    pub expected: &'static str,
    pub episodes: &'static str,
    pub volumes: &'static str,
    pub volume: &'static str,
    pub upcoming: &'static str,
    pub highlighting: &'static str,
    pub highlighted: &'static str,
    pub show_details: &'static str,
    pub clear_highlight: &'static str,
    pub close: &'static str,
    pub season_col: &'static str,
    pub school_col: &'static str,
    pub billing_col: &'static str,
    pub their_events: &'static str,
    pub no_events: &'static str,
    pub people_involved: &'static str,
    pub show_wide: &'static str,
    pub sources: &'static str,
    pub opens_new_tab: &'static str,
    pub show_more_fmt: &'static str,
    pub crashed: &'static str,
    roles: [&'static str; 4],
    billings: [&'static str; 5],
    kinds: [&'static str; 6],
    sorts: [&'static str; 4],
    views: [&'static str; 3],
}

pub static EN: Strings = Strings {
    locale: "en-GB",
    widget_label: "Heartstopper cast and timeline",
    cast_heading: "Cast",
    timeline_heading: "Timeline",
    filters_label: "Filters",
    season_legend: "Season",
    school_legend: "School",
    role_legend: "Role",
    no_school: "No school",
    school_unnamed: "School not named",
    dead_end: "none with the other filters",
    people_unit: "cast members",
    events_unit: "events",
    of: "of",
    active_label: "Active filters",
    remove_prefix: "Remove filter:",
    clear_all: "Clear all filters",
    empty_title: "No cast member matches these filters.",
    empty_hint: "Remove a filter, or clear them all to see everyone again.",
    timeline_empty: "No event matches these filters.",
    new_in: "New in",
    new_mark: "new",
    new_only: "New this season",
    new_needs_season: "choose a season first",
    played_by: "played by",
    seasons_label: "Seasons",
    unconfirmed: "Unconfirmed",
    inferred: "inferred",
    as_of: "Facts as of",
    no_filters: "all seasons and schools",
    search_label: "Search actor or character",
    search_placeholder: "e.g. Stéphane",
    sort_label: "Sort cast by",
    views_label: "Views",
    before_series: "Before the series",
    premiered: "Premiered",
    expected: "Expected",
    episodes: "episodes",
    volumes: "Volumes",
    volume: "Volume",
    upcoming: "Upcoming",
    highlighting: "Highlighting",
    highlighted: "Linked",
    show_details: "Details",
    clear_highlight: "Clear highlight",
    close: "Close",
    season_col: "Season",
    school_col: "School",
    billing_col: "Billing",
    their_events: "Timeline events",
    no_events: "No timeline event names this person.",
    people_involved: "People",
    show_wide: "No one in particular: a show-wide event.",
    sources: "Sources",
    opens_new_tab: "(opens in a new tab)",
    show_more_fmt: "Show {next} more (of {rest})",
    crashed: "Sorry, the Heartstopper widget stopped working. Reload the page to try again.",
    roles: ["Student", "Teacher", "Family", "Other"],
    billings: ["Main cast", "Recurring", "Guest", "Voice", "Cameo"],
    kinds: [
        "Book",
        "Production",
        "Casting",
        "Premiere",
        "Award",
        "Announcement",
    ],
    sorts: ["Billing", "Character", "Actor", "First appearance"],
    views: ["Cast", "Timeline", "Both"],
};

pub static ES: Strings = Strings {
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
    crashed: "Lo sentimos, el widget de Heartstopper dejó de funcionar. Recarga la página para volver a intentarlo.",
    roles: ["Estudiante", "Docente", "Familia", "Otros"],
    billings: [
        "Reparto principal",
        "Recurrente",
        "Invitado",
        "Voz",
        "Cameo",
    ],
    kinds: [
        "Libro",
        "Producción",
        "Casting",
        "Estreno",
        "Premio",
        "Anuncio",
    ],
    sorts: ["Créditos", "Personaje", "Actor", "Primera aparición"],
    views: ["Reparto", "Cronología", "Ambos"],
};

pub static FR: Strings = Strings {
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
    roles: ["Élève", "Enseignant", "Famille", "Autre"],
    billings: ["Rôle principal", "Récurrent", "Invité", "Voix", "Caméo"],
    kinds: [
        "Livre",
        "Production",
        "Casting",
        "Première",
        "Récompense",
        "Annonce",
    ],
    sorts: ["Générique", "Personnage", "Acteur", "Première apparition"],
    views: ["Distribution", "Chronologie", "Les deux"],
};

pub static DE: Strings = Strings {
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
    crashed: "Das Heartstopper-Widget funktioniert leider nicht mehr. Laden Sie die Seite neu, um es erneut zu versuchen.",
    roles: ["Schüler*in", "Lehrkraft", "Familie", "Andere"],
    billings: ["Hauptbesetzung", "Wiederkehrend", "Gast", "Stimme", "Cameo"],
    kinds: [
        "Buch",
        "Produktion",
        "Besetzung",
        "Premiere",
        "Auszeichnung",
        "Ankündigung",
    ],
    sorts: ["Nennung", "Figur", "Darsteller*in", "Erster Auftritt"],
    views: ["Besetzung", "Zeitleiste", "Beides"],
};

pub static PT_BR: Strings = Strings {
    locale: "pt-BR",
    widget_label: "Elenco e linha do tempo de Heartstopper",
    cast_heading: "Elenco",
    timeline_heading: "Linha do tempo",
    filters_label: "Filtros",
    season_legend: "Temporada",
    school_legend: "Escola",
    role_legend: "Papel",
    no_school: "Sem escola",
    school_unnamed: "Escola não informada",
    dead_end: "nenhum com os outros filtros",
    people_unit: "membros do elenco",
    events_unit: "eventos",
    of: "de",
    active_label: "Filtros ativos",
    remove_prefix: "Remover filtro:",
    clear_all: "Limpar todos os filtros",
    empty_title: "Nenhum membro do elenco corresponde a esses filtros.",
    empty_hint: "Remova um filtro ou limpe todos para ver todo mundo de novo.",
    timeline_empty: "Nenhum evento corresponde a esses filtros.",
    new_in: "Novo em",
    new_mark: "novo",
    new_only: "Novos nesta temporada",
    new_needs_season: "escolha uma temporada antes",
    played_by: "interpretado por",
    seasons_label: "Temporadas",
    unconfirmed: "Não confirmado",
    inferred: "deduzido",
    as_of: "Dados de",
    no_filters: "todas as temporadas e escolas",
    search_label: "Buscar ator ou personagem",
    search_placeholder: "ex.: Stéphane",
    sort_label: "Ordenar elenco por",
    views_label: "Visualizações",
    before_series: "Antes da série",
    premiered: "Estreia:",
    expected: "Prevista:",
    episodes: "episódios",
    volumes: "Volumes",
    volume: "Volume",
    upcoming: "Em breve",
    highlighting: "Destacando",
    highlighted: "Vinculado",
    show_details: "Detalhes",
    clear_highlight: "Limpar destaque",
    close: "Fechar",
    season_col: "Temporada",
    school_col: "Escola",
    billing_col: "Créditos",
    their_events: "Eventos na linha do tempo",
    no_events: "Nenhum evento da linha do tempo cita esta pessoa.",
    people_involved: "Pessoas",
    show_wide: "Ninguém em particular: um evento da série toda.",
    sources: "Fontes",
    opens_new_tab: "(abre em nova aba)",
    show_more_fmt: "Mostrar mais {next} (de {rest})",
    crashed: "Desculpe, o widget de Heartstopper parou de funcionar. Recarregue a página para tentar de novo.",
    roles: ["Estudante", "Professor", "Família", "Outros"],
    billings: [
        "Elenco principal",
        "Recorrente",
        "Convidado",
        "Voz",
        "Participação especial",
    ],
    kinds: [
        "Livro",
        "Produção",
        "Elenco",
        "Estreia",
        "Prêmio",
        "Anúncio",
    ],
    sorts: ["Créditos", "Personagem", "Ator", "Primeira aparição"],
    views: ["Elenco", "Linha do tempo", "Ambos"],
};

impl Strings {
    /// "9 of 34 cast members"
    pub fn summary(&self, shown: usize, total: usize) -> String {
        format!("{shown} {} {total} {}", self.of, self.people_unit)
    }

    /// "Show 120 more (of 880)"
    pub fn show_more(&self, next: usize, rest: usize) -> String {
        self.show_more_fmt
            .replace("{next}", &next.to_string())
            .replace("{rest}", &rest.to_string())
    }

    /// "12 of 48 events"
    pub fn events_summary(&self, shown: usize, total: usize) -> String {
        format!("{shown} {} {total} {}", self.of, self.events_unit)
    }

    pub fn role(&self, role: Role) -> &'static str {
        self.roles[role as usize]
    }

    pub fn billing(&self, billing: Billing) -> &'static str {
        self.billings[billing as usize]
    }

    pub fn kind(&self, kind: EventKind) -> &'static str {
        self.kinds[kind as usize]
    }

    pub fn sort(&self, sort: Sort) -> &'static str {
        self.sorts[sort as usize]
    }

    pub fn view(&self, view: View) -> &'static str {
        self.views[view as usize]
    }

    /// A season's name in this language: "Saison 2" for a numbered season,
    /// else the data's own title ("Heartstopper Forever").
    pub fn season_title(&self, id: &str, data_title: &str) -> String {
        if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) {
            format!("{} {id}", self.season_legend)
        } else {
            data_title.to_owned()
        }
    }
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
        Lang::Fr => &FR,
        Lang::De => &DE,
        Lang::PtBr => &PT_BR,
    }
}
