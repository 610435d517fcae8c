//! The interface in Brazilian Portuguese.

use super::Strings;
use crate::data::{Billing, EventKind, RefKind, Role};
use crate::filter::Sort;
use crate::url_state::View;

pub static STRINGS: Strings = Strings {
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
    watched_label: "Assistido até",
    watched_all: "Mostrar tudo",
    hidden_fmt: "Oculto: este endereço mostra algo de {season}, depois do que você assistiu.",
    show_anyway: "Mostrar mesmo assim",
    keep_hidden: "Manter oculto",
    up_to_fmt: "até {season}",
    image_credit: "Crédito da imagem",
    from_site: "Deste site",
    site_added: "Este site acrescentou esta pessoa: as fontes do widget não a cobrem.",
    site_blurb: "A descrição acima é deste site, não das fontes do widget.",
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
    show_all_cast_fmt: "Mostrar os {count} membros do elenco",
    show_all_events_fmt: "Mostrar os {count} eventos",
    first_shown_fmt: "(os primeiros {count} exibidos)",
    crashed: "Desculpe, o widget de Heartstopper parou de funcionar. Recarregue a página para tentar de novo.",
    could_not_start: "O widget de Heartstopper não conseguiu iniciar neste navegador.",
    could_not_load_fmt: "O widget de Heartstopper não conseguiu carregar seus arquivos de {url}. A pasta inteira do widget está no servidor?",
    loading: "Carregando…",
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
        Role::Student => "Estudante",
        Role::Teacher => "Professor",
        Role::Family => "Família",
        Role::Other => "Outros",
    }
}

fn billing(billing: Billing) -> &'static str {
    match billing {
        Billing::Main => "Elenco principal",
        Billing::Recurring => "Recorrente",
        Billing::Guest => "Convidado",
        Billing::Voice => "Voz",
        Billing::Cameo => "Participação especial",
    }
}

fn kind(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Book => "Livro",
        EventKind::Production => "Produção",
        EventKind::Casting => "Elenco",
        EventKind::Premiere => "Estreia",
        EventKind::Award => "Prêmio",
        EventKind::Announcement => "Anúncio",
    }
}

fn sort(sort: Sort) -> &'static str {
    match sort {
        Sort::Billing => "Créditos",
        Sort::Character => "Personagem",
        Sort::Actor => "Ator",
        Sort::FirstAppearance => "Primeira aparição",
    }
}

fn view(view: View) -> &'static str {
    match view {
        View::Grid => "Elenco",
        View::Timeline => "Linha do tempo",
        View::Both => "Ambos",
    }
}

pub(super) fn ref_kind(kind: RefKind) -> &'static str {
    match kind {
        RefKind::Season => "temporada",
        RefKind::School => "escola",
        RefKind::Person => "pessoa",
        RefKind::Source => "fonte",
    }
}
