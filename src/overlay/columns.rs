//! The columns a sheet may have: one table, with the names a header row may
//! use for each, in the five interface languages. Plain Rust.

/// What a column of the sheet sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Id,
    Character,
    Actor,
    Role,
    Billing,
    Seasons,
    School,
    Picture,
    Alt,
    Credit,
    Blurb,
    Note,
    Reveals,
}

/// Each column: the name the template and the messages use, then every
/// name a header may give it (compared with [`normalize`], so letter case,
/// spaces, hyphens and underscores do not matter).
pub const COLUMNS: [(Column, &str, &[&str]); 13] = [
    (
        Column::Id,
        "id",
        &[
            "id",
            "key",
            "identifier",
            "identifiant",
            "kennung",
            "identificador",
        ],
    ),
    (
        Column::Character,
        "character",
        &[
            "character",
            "name",
            "personaje",
            "personnage",
            "figur",
            "charakter",
            "personagem",
        ],
    ),
    (
        Column::Actor,
        "actor",
        &[
            "actor",
            "actress",
            "played by",
            "cast",
            "actriz",
            "intérprete",
            "acteur",
            "actrice",
            "interprète",
            "darsteller",
            "darstellerin",
            "schauspieler",
            "schauspielerin",
            "ator",
            "atriz",
        ],
    ),
    (
        Column::Role,
        "role",
        &["role", "papel", "rol", "rôle", "rolle", "função"],
    ),
    (
        Column::Billing,
        "billing",
        &[
            "billing",
            "credited as",
            "reparto",
            "générique",
            "besetzung",
            "elenco",
        ],
    ),
    (
        Column::Seasons,
        "seasons",
        &[
            "seasons",
            "season",
            "temporadas",
            "temporada",
            "saisons",
            "saison",
            "staffeln",
            "staffel",
        ],
    ),
    (
        Column::School,
        "school",
        &[
            "school", "schools", "escuela", "colegio", "école", "schule", "escola",
        ],
    ),
    (
        Column::Picture,
        "picture",
        &[
            "picture",
            "photo",
            "image",
            "src",
            "picture url",
            "photo url",
            "image url",
            "imagen",
            "foto",
            "bild",
            "imagem",
        ],
    ),
    (
        Column::Alt,
        "alt",
        &[
            "alt",
            "alt text",
            "texto alternativo",
            "texte alternatif",
            "alternativtext",
        ],
    ),
    (
        Column::Credit,
        "credit",
        &[
            "credit",
            "photo credit",
            "crédito",
            "crédit",
            "bildnachweis",
            "fotonachweis",
        ],
    ),
    (
        Column::Blurb,
        "blurb",
        &[
            "blurb",
            "bio",
            "text",
            "description",
            "descripción",
            "présentation",
            "beschreibung",
            "kurztext",
            "descrição",
            "resumo",
        ],
    ),
    (
        Column::Note,
        "note",
        &[
            "note",
            "notes",
            "nota",
            "remarque",
            "notiz",
            "anmerkung",
            "observação",
        ],
    ),
    (
        Column::Reveals,
        "reveals",
        &[
            "reveals", "spoiler", "spoilers", "revela", "révèle", "verrät",
        ],
    ),
];

impl Column {
    /// The column's name in the template and in messages.
    pub fn name(self) -> &'static str {
        COLUMNS
            .iter()
            .find(|(c, _, _)| *c == self)
            .map_or("", |(_, name, _)| name)
    }

    /// The column a header cell names, if any.
    pub fn from_header(header: &str) -> Option<Column> {
        let wanted = normalize(header);
        COLUMNS
            .iter()
            .find(|(_, _, names)| names.iter().any(|n| normalize(n) == wanted))
            .map(|(c, _, _)| *c)
    }

    /// Columns only a person that the sheet adds may have: the built-in
    /// data's facts stay as sourced.
    pub fn is_fact(self) -> bool {
        matches!(
            self,
            Column::Character
                | Column::Actor
                | Column::Role
                | Column::Billing
                | Column::Seasons
                | Column::School
        )
    }
}

/// Lower case, letters and digits only: `Alt Text`, `alt_text` and
/// `ALT-TEXT` are one name.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The column names, in the template's order, for messages.
pub fn known() -> String {
    COLUMNS
        .iter()
        .map(|(_, name, _)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}
