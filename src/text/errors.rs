//! The words for data that cannot be used (`data::LoadError`, one
//! `data::DataError` each), in the five interface languages. They live in
//! the reader module, which reads custom data and words what is wrong with
//! it, and natively; never in the first wasm, which gets the reader's
//! notice as text. The English ones are word for word the errors' `Display`
//! (tests/i18n.rs checks). A field ending in `_fmt` has named
//! `{placeholders}`, the same in every language.

use super::fill;
use crate::data::load::{MAX_BYTES, TIMEOUT_MS};
use crate::data::{DataError, LoadError, Problem, RefKind};
use crate::lang::Lang;

macro_rules! errors_table {
    ($($(#[$doc:meta])* $field:ident,)*) => {
        pub struct Errors {
            $($(#[$doc])* pub $field: &'static str,)*
            ref_kind: fn(RefKind) -> &'static str,
        }

        impl Errors {
            /// Every text, by field name.
            pub fn texts(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field),)*]
            }
        }
    };
}

errors_table! {
    /// Why custom data is not shown: `{origin}` is a URL, [`inline_data`] or
    /// [`the_data`]; `{error}` is [`Errors::load_error`].
    ///
    /// [`inline_data`]: Errors::inline_data
    /// [`the_data`]: Errors::the_data
    notice_fmt,
    the_data,
    inline_data,
    network_fmt,
    http_fmt,
    timeout_fmt,
    not_json_fmt,
    too_large_fmt,
    syntax_fmt,
    shape_fmt,
    shape_at_fmt,
    problems_fmt,
    problem_sep,
    more_problems_fmt,
    field_fmt,
    empty,
    not_kebab,
    duplicate_fmt,
    reserved_fmt,
    no_seasons,
    unknown_fmt,
    known_fmt,
    no_sources,
    no_appearances,
    season_twice_fmt,
    not_web_url_fmt,
    not_image_url_fmt,
}

/// The words of `lang`.
pub fn errors(lang: Lang) -> &'static Errors {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
        Lang::Fr => &FR,
        Lang::De => &DE,
        Lang::PtBr => &PT_BR,
    }
}

const EN: Errors = Errors {
    notice_fmt: "Could not use {origin}: {error}. Showing the built-in data instead.",
    the_data: "the data",
    inline_data: "inline data",
    network_fmt: "{url} could not be reached (offline, refused, or not allowed by CORS)",
    http_fmt: "{url} answered HTTP {status}",
    timeout_fmt: "{url} did not answer within {seconds} seconds",
    not_json_fmt: "{url} is not JSON (its type is \"{type}\")",
    too_large_fmt: "the data is {bytes} bytes, more than the {max} MB allowed",
    syntax_fmt: "the data is not valid JSON: {message}",
    shape_fmt: "the data is not in the widget's format: {message}",
    shape_at_fmt: "the data is not in the widget's format at {path}: {message}",
    problems_fmt: "the data has {count} problem(s)",
    problem_sep: "; ",
    more_problems_fmt: "and {count} more",
    field_fmt: "{entry}, field `{field}`: {problem}",
    empty: "must not be empty",
    not_kebab: "must be lowercase letters, digits and single hyphens (kebab-case)",
    duplicate_fmt: "\"{id}\" is used by an earlier entry of {collection}",
    reserved_fmt: "\"{id}\" is reserved for \"no school\"",
    no_seasons: "at least one season is needed",
    unknown_fmt: "unknown {kind} \"{id}\"",
    known_fmt: " (known: {ids})",
    no_sources: "must cite at least one source",
    no_appearances: "must list at least one season",
    season_twice_fmt: "season \"{season}\" is listed twice",
    not_web_url_fmt: "\"{url}\" is not an http(s) address",
    not_image_url_fmt: "\"{url}\" is not an http(s) or relative address",
    ref_kind: super::en::ref_kind,
};

const DE: Errors = Errors {
    notice_fmt: "{origin} ließ sich nicht verwenden: {error}. Stattdessen werden die mitgelieferten Daten angezeigt.",
    the_data: "Die Datenquelle",
    inline_data: "Der in die Seite eingebettete Datensatz",
    network_fmt: "{url} war nicht erreichbar (offline, abgewiesen oder von CORS nicht erlaubt)",
    http_fmt: "{url} antwortete mit HTTP {status}",
    timeout_fmt: "{url} antwortete nicht innerhalb von {seconds} Sekunden",
    not_json_fmt: "{url} ist kein JSON (sein Typ ist „{type}“)",
    too_large_fmt: "die Daten sind {bytes} Byte groß, mehr als die erlaubten {max} MB",
    syntax_fmt: "die Daten sind kein gültiges JSON: {message}",
    shape_fmt: "die Daten haben nicht das Format des Widgets: {message}",
    shape_at_fmt: "die Daten haben nicht das Format des Widgets bei {path}: {message}",
    problems_fmt: "die Daten haben {count} Problem(e)",
    problem_sep: "; ",
    more_problems_fmt: "und {count} weitere",
    field_fmt: "{entry}, Feld `{field}`: {problem}",
    empty: "darf nicht leer sein",
    not_kebab: "darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (kebab-case)",
    duplicate_fmt: "„{id}“ wird schon von einem früheren Eintrag in {collection} verwendet",
    reserved_fmt: "„{id}“ ist für „keine Schule“ reserviert",
    no_seasons: "mindestens eine Staffel ist nötig",
    unknown_fmt: "unbekannte {kind} „{id}“",
    known_fmt: " (bekannt: {ids})",
    no_sources: "muss mindestens eine Quelle nennen",
    no_appearances: "muss mindestens eine Staffel nennen",
    season_twice_fmt: "Staffel „{season}“ steht doppelt in der Liste",
    not_web_url_fmt: "„{url}“ ist keine http(s)-Adresse",
    not_image_url_fmt: "„{url}“ ist weder eine http(s)- noch eine relative Adresse",
    ref_kind: super::de::ref_kind,
};

const ES: Errors = Errors {
    notice_fmt:
        "No fue posible usar {origin}: {error}. Se muestran en su lugar los datos integrados.",
    the_data: "los datos",
    inline_data: "los datos incluidos en la página",
    network_fmt: "no se pudo acceder a {url} (sin conexión, rechazado o no permitido por CORS)",
    http_fmt: "{url} respondió HTTP {status}",
    timeout_fmt: "{url} no respondió en {seconds} segundos",
    not_json_fmt: "{url} no es JSON (su tipo es “{type}”)",
    too_large_fmt: "los datos ocupan {bytes} bytes, más de los {max} MB permitidos",
    syntax_fmt: "los datos no son JSON válido: {message}",
    shape_fmt: "los datos no tienen el formato del widget: {message}",
    shape_at_fmt: "los datos no tienen el formato del widget en {path}: {message}",
    problems_fmt: "los datos tienen {count} problema(s)",
    problem_sep: "; ",
    more_problems_fmt: "y {count} más",
    field_fmt: "{entry}, campo `{field}`: {problem}",
    empty: "no puede estar vacío",
    not_kebab: "solo puede tener minúsculas, cifras y guiones sueltos (kebab-case)",
    duplicate_fmt: "“{id}” ya lo usa una entrada anterior de {collection}",
    reserved_fmt: "“{id}” está reservado para “sin escuela”",
    no_seasons: "hace falta al menos una temporada",
    unknown_fmt: "{kind} desconocida “{id}”",
    known_fmt: " (conocidas: {ids})",
    no_sources: "debe citar al menos una fuente",
    no_appearances: "debe incluir al menos una temporada",
    season_twice_fmt: "la temporada “{season}” aparece dos veces",
    not_web_url_fmt: "“{url}” no es una dirección http(s)",
    not_image_url_fmt: "“{url}” no es una dirección http(s) ni relativa",
    ref_kind: super::es::ref_kind,
};

const FR: Errors = Errors {
    notice_fmt: "Impossible d'utiliser {origin}\u{a0}: {error}. Les données intégrées sont affichées à la place.",
    the_data: "les données",
    inline_data: "les données incluses dans la page",
    network_fmt: "{url} est injoignable (hors ligne, refusé ou interdit par CORS)",
    http_fmt: "{url} a répondu HTTP {status}",
    timeout_fmt: "{url} n'a pas répondu en {seconds} secondes",
    not_json_fmt: "{url} n'est pas du JSON (son type est «\u{a0}{type}\u{a0}»)",
    too_large_fmt: "les données font {bytes} octets, plus que les {max} Mo autorisés",
    syntax_fmt: "les données ne sont pas du JSON valide\u{a0}: {message}",
    shape_fmt: "les données ne sont pas au format du widget\u{a0}: {message}",
    shape_at_fmt: "les données ne sont pas au format du widget à {path}\u{a0}: {message}",
    problems_fmt: "les données ont {count} problème(s)",
    problem_sep: "\u{a0}; ",
    more_problems_fmt: "et {count} de plus",
    field_fmt: "{entry}, champ `{field}`\u{a0}: {problem}",
    empty: "ne doit pas être vide",
    not_kebab:
        "ne doit contenir que des minuscules, des chiffres et des tirets simples (kebab-case)",
    duplicate_fmt: "«\u{a0}{id}\u{a0}» est déjà utilisé par une entrée précédente de {collection}",
    reserved_fmt: "«\u{a0}{id}\u{a0}» est réservé à «\u{a0}sans école\u{a0}»",
    no_seasons: "il faut au moins une saison",
    unknown_fmt: "{kind} inconnue «\u{a0}{id}\u{a0}»",
    known_fmt: " (connues\u{a0}: {ids})",
    no_sources: "doit citer au moins une source",
    no_appearances: "doit indiquer au moins une saison",
    season_twice_fmt: "la saison «\u{a0}{season}\u{a0}» figure deux fois",
    not_web_url_fmt: "«\u{a0}{url}\u{a0}» n'est pas une adresse http(s)",
    not_image_url_fmt: "«\u{a0}{url}\u{a0}» n'est ni une adresse http(s) ni une adresse relative",
    ref_kind: super::fr::ref_kind,
};

const PT_BR: Errors = Errors {
    notice_fmt: "Não foi possível usar {origin}: {error}. Mostrando os dados embutidos no lugar.",
    the_data: "os dados",
    inline_data: "os dados incluídos na página",
    network_fmt: "não foi possível acessar {url} (sem conexão, recusado ou não permitido por CORS)",
    http_fmt: "{url} respondeu HTTP {status}",
    timeout_fmt: "{url} não respondeu em {seconds} segundos",
    not_json_fmt: "{url} não é JSON (seu tipo é “{type}”)",
    too_large_fmt: "os dados têm {bytes} bytes, mais que os {max} MB permitidos",
    syntax_fmt: "os dados não são JSON válido: {message}",
    shape_fmt: "os dados não estão no formato do widget: {message}",
    shape_at_fmt: "os dados não estão no formato do widget em {path}: {message}",
    problems_fmt: "os dados têm {count} problema(s)",
    problem_sep: "; ",
    more_problems_fmt: "e mais {count}",
    field_fmt: "{entry}, campo `{field}`: {problem}",
    empty: "não pode estar vazio",
    not_kebab: "só pode ter letras minúsculas, algarismos e hifens simples (kebab-case)",
    duplicate_fmt: "“{id}” já é usado por uma entrada anterior de {collection}",
    reserved_fmt: "“{id}” é reservado para “sem escola”",
    no_seasons: "é preciso ao menos uma temporada",
    unknown_fmt: "{kind} desconhecida “{id}”",
    known_fmt: " (conhecidas: {ids})",
    no_sources: "deve citar ao menos uma fonte",
    no_appearances: "deve listar ao menos uma temporada",
    season_twice_fmt: "a temporada “{season}” aparece duas vezes",
    not_web_url_fmt: "“{url}” não é um endereço http(s)",
    not_image_url_fmt: "“{url}” não é um endereço http(s) nem relativo",
    ref_kind: super::pt_br::ref_kind,
};

impl Errors {
    /// A data-loading error in this language. The data's own parts stay as
    /// they are: URLs, HTTP statuses, content types, paths, ids, and the
    /// parser's message.
    pub fn load_error(&self, error: &LoadError) -> String {
        match error {
            LoadError::Http { url, status } => fill(
                self.http_fmt,
                &[("url", url), ("status", &status.to_string())],
            ),
            LoadError::Network { url } => fill(self.network_fmt, &[("url", url)]),
            LoadError::Timeout { url } => fill(
                self.timeout_fmt,
                &[("url", url), ("seconds", &(TIMEOUT_MS / 1000).to_string())],
            ),
            LoadError::NotJson { url, content_type } => {
                fill(self.not_json_fmt, &[("url", url), ("type", content_type)])
            }
            LoadError::TooLarge { bytes } => fill(
                self.too_large_fmt,
                &[
                    ("bytes", &bytes.to_string()),
                    ("max", &(MAX_BYTES / 1024 / 1024).to_string()),
                ],
            ),
            LoadError::Syntax { message } => fill(self.syntax_fmt, &[("message", message)]),
            LoadError::Shape { path, message } if path.is_empty() || path == "." => {
                fill(self.shape_fmt, &[("message", message)])
            }
            LoadError::Shape { path, message } => {
                fill(self.shape_at_fmt, &[("path", path), ("message", message)])
            }
            LoadError::Invalid(errors) => {
                let mut out = fill(self.problems_fmt, &[("count", &errors.len().to_string())]);
                for e in errors.iter().take(3) {
                    out.push_str(self.problem_sep);
                    out.push_str(&self.data_error(e));
                }
                if errors.len() > 3 {
                    out.push_str(self.problem_sep);
                    out.push_str(&fill(
                        self.more_problems_fmt,
                        &[("count", &(errors.len() - 3).to_string())],
                    ));
                }
                out
            }
        }
    }

    /// One problem in the data, with its entry and field.
    pub fn data_error(&self, error: &DataError) -> String {
        fill(
            self.field_fmt,
            &[
                ("entry", &error.entry),
                ("field", &error.field),
                ("problem", &self.problem(&error.problem)),
            ],
        )
    }

    /// What is wrong with a field.
    pub fn problem(&self, problem: &Problem) -> String {
        match problem {
            Problem::Empty => self.empty.to_owned(),
            Problem::NotKebab => self.not_kebab.to_owned(),
            Problem::Duplicate { id, collection } => fill(
                self.duplicate_fmt,
                &[("id", id), ("collection", collection)],
            ),
            Problem::Reserved { id } => fill(self.reserved_fmt, &[("id", id)]),
            Problem::NoSeasons => self.no_seasons.to_owned(),
            Problem::Unknown { kind, id, known } => {
                let mut out = fill(
                    self.unknown_fmt,
                    &[("kind", (self.ref_kind)(*kind)), ("id", id)],
                );
                if let Some(known) = known {
                    out.push_str(&fill(self.known_fmt, &[("ids", &known.join(", "))]));
                }
                out
            }
            Problem::NoSources => self.no_sources.to_owned(),
            Problem::NoAppearances => self.no_appearances.to_owned(),
            Problem::SeasonTwice { season } => fill(self.season_twice_fmt, &[("season", season)]),
            Problem::NotWebUrl { url } => fill(self.not_web_url_fmt, &[("url", url)]),
            Problem::NotImageUrl { url } => fill(self.not_image_url_fmt, &[("url", url)]),
        }
    }
}

impl Errors {
    /// Why data from `origin` is not used (`error`, worded by
    /// [`Errors::load_error`]), and that the built-in data is shown instead.
    pub fn notice(&self, origin: DataOrigin<'_>, error: &str) -> String {
        let origin = match origin {
            DataOrigin::Url(url) => url,
            DataOrigin::Inline => self.inline_data,
            DataOrigin::Unknown => self.the_data,
        };
        fill(self.notice_fmt, &[("origin", origin), ("error", error)])
    }
}

/// Where refused data came from, for [`Errors::notice`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataOrigin<'a> {
    /// The element's `src`.
    Url(&'a str),
    /// A `<script type="application/json">` child.
    Inline,
    /// Not known.
    Unknown,
}
