//! What the sheet's problems are called, in the five interface languages.
//! These live in the reader module with the sheet reader, not in the first
//! wasm. A field ending in `_fmt` has named `{placeholders}`, the same in
//! every language (tests/overlay.rs checks).

use crate::lang::Lang;

macro_rules! words_table {
    ($($field:ident,)*) => {
        pub struct Words {
            $(pub $field: &'static str,)*
        }

        impl Words {
            /// Every text, by field name.
            pub fn texts(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field),)*]
            }
        }
    };
}

words_table! {
    heading_fmt,
    more_fmt,
    row_column_fmt,
    row_fmt,
    column_fmt,
    not_season_fmt,
    not_school_fmt,
    not_role_fmt,
    not_billing_fmt,
    unknown_id_fmt,
    did_you_mean_fmt,
    no_id,
    bad_id_fmt,
    needs_fmt,
    fact_fmt,
    event_fact,
    bad_picture_fmt,
    needs_alt,
    needs_credit,
    no_picture,
    unknown_column_fmt,
    no_id_column,
    twice_fmt,
    unreadable_fmt,
    too_many_fmt,
    not_in_seasons_fmt,
    web_page,
    empty_sheet,
    not_utf8,
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
        Lang::Fr => &FR,
        Lang::De => &DE,
        Lang::PtBr => &PT_BR,
    }
}

const EN: Words = Words {
    heading_fmt: "Your sheet {file} was applied except for:",
    more_fmt: "… and {count} more (the browser's console lists them all).",
    row_column_fmt: "row {row}, column {column}: {problem}",
    row_fmt: "row {row}: {problem}",
    column_fmt: "column {column}: {problem}",
    not_season_fmt: "{value} is not a season ({known})",
    not_school_fmt: "{value} is not a school ({known})",
    not_role_fmt: "{value} is not a role ({known})",
    not_billing_fmt: "{value} is not a billing ({known})",
    unknown_id_fmt: "no person or event has the id {id}",
    did_you_mean_fmt: "no person or event has the id {id}; did you mean {suggestion}?",
    no_id: "no id: each row names the person or event it changes, or the person it adds",
    bad_id_fmt: "{value} cannot be an id: use lower-case letters and digits joined by hyphens, like nick-nelson",
    needs_fmt: "{id} is not in the built-in data; to add this person, also fill in {columns}",
    fact_fmt: "{id} is in the built-in data, where this stays as its sources say; a sheet changes the picture, blurb and note",
    event_fact: "an event takes a picture, blurb and note only",
    bad_picture_fmt: "{value} is not an http(s) or relative address",
    needs_alt: "a picture needs its alt text (column alt): what it shows, for readers who cannot see it",
    needs_credit: "a picture needs its credit (column credit): who made it",
    no_picture: "alt and credit go with a picture (column picture)",
    unknown_column_fmt: "not a column the widget reads, so it is left out (it reads {known})",
    no_id_column: "the first row must name the columns, and one of them must be id",
    twice_fmt: "{id} is on row {other} too; both apply, this one last",
    unreadable_fmt: "this row cannot be read ({reason})",
    too_many_fmt: "only the first {max} rows are read",
    not_in_seasons_fmt: "season {season} is not in this row's seasons",
    web_page: "the address gives a web page, not CSV: publish the sheet as CSV, or download it as CSV and put the file next to the page",
    empty_sheet: "the sheet has no rows below its header",
    not_utf8: "the file is not UTF-8 text, so some letters are lost: export the sheet as CSV UTF-8",
};

const ES: Words = Words {
    heading_fmt: "Tu hoja {file} se aplicó, salvo esto:",
    more_fmt: "… y {count} más (la consola del navegador los enumera todos).",
    row_column_fmt: "fila {row}, columna {column}: {problem}",
    row_fmt: "fila {row}: {problem}",
    column_fmt: "columna {column}: {problem}",
    not_season_fmt: "{value} no es una temporada ({known})",
    not_school_fmt: "{value} no es un centro escolar ({known})",
    not_role_fmt: "{value} no es un papel ({known})",
    not_billing_fmt: "{value} no es un tipo de reparto ({known})",
    unknown_id_fmt: "ninguna persona ni evento tiene el id {id}",
    did_you_mean_fmt: "ninguna persona ni evento tiene el id {id}; ¿querías decir {suggestion}?",
    no_id: "falta el id: cada fila nombra la persona o el evento que cambia, o la persona que añade",
    bad_id_fmt: "{value} no puede ser un id: usa minúsculas y cifras unidas por guiones, como nick-nelson",
    needs_fmt: "{id} no está en los datos incluidos; para añadir a esta persona, rellena también {columns}",
    fact_fmt: "{id} está en los datos incluidos, donde esto queda como dicen sus fuentes; una hoja cambia la imagen, la descripción y la nota",
    event_fact: "un evento solo admite imagen, descripción y nota",
    bad_picture_fmt: "{value} no es una dirección http(s) ni relativa",
    needs_alt: "una imagen necesita su texto alternativo (columna alt): qué muestra, para quien no puede verla",
    needs_credit: "una imagen necesita su crédito (columna credit): quién la hizo",
    no_picture: "alt y credit acompañan a una imagen (columna picture)",
    unknown_column_fmt: "no es una columna que el widget lea, así que se omite (lee {known})",
    no_id_column: "la primera fila debe nombrar las columnas, y una de ellas debe ser id",
    twice_fmt: "{id} también está en la fila {other}; se aplican las dos, esta al final",
    unreadable_fmt: "esta fila no se puede leer ({reason})",
    too_many_fmt: "solo se leen las primeras {max} filas",
    not_in_seasons_fmt: "la temporada {season} no está entre las temporadas de esta fila",
    web_page: "la dirección da una página web, no un CSV: publica la hoja como CSV, o descárgala como CSV y pon el archivo junto a la página",
    empty_sheet: "la hoja no tiene filas bajo su encabezado",
    not_utf8: "el archivo no es texto UTF-8 y se pierden algunas letras: exporta la hoja como CSV UTF-8",
};

const FR: Words = Words {
    heading_fmt: "Votre feuille {file} a été appliquée, sauf ceci :",
    more_fmt: "… et {count} de plus (la console du navigateur les liste tous).",
    row_column_fmt: "ligne {row}, colonne {column} : {problem}",
    row_fmt: "ligne {row} : {problem}",
    column_fmt: "colonne {column} : {problem}",
    not_season_fmt: "{value} n’est pas une saison ({known})",
    not_school_fmt: "{value} n’est pas un établissement ({known})",
    not_role_fmt: "{value} n’est pas un rôle ({known})",
    not_billing_fmt: "{value} n’est pas un type de distribution ({known})",
    unknown_id_fmt: "aucune personne ni aucun événement n’a l’identifiant {id}",
    did_you_mean_fmt: "aucune personne ni aucun événement n’a l’identifiant {id} ; vouliez-vous dire {suggestion} ?",
    no_id: "identifiant manquant : chaque ligne nomme la personne ou l’événement qu’elle modifie, ou la personne qu’elle ajoute",
    bad_id_fmt: "{value} ne peut pas être un identifiant : utilisez des minuscules et des chiffres reliés par des tirets, comme nick-nelson",
    needs_fmt: "{id} n’est pas dans les données intégrées ; pour ajouter cette personne, remplissez aussi {columns}",
    fact_fmt: "{id} est dans les données intégrées, où ceci reste tel que le disent ses sources ; une feuille change l’image, la présentation et la note",
    event_fact: "un événement n’accepte qu’une image, une présentation et une note",
    bad_picture_fmt: "{value} n’est pas une adresse http(s) ou relative",
    needs_alt: "une image a besoin de son texte alternatif (colonne alt) : ce qu’elle montre, pour qui ne peut pas la voir",
    needs_credit: "une image a besoin de son crédit (colonne credit) : qui l’a faite",
    no_picture: "alt et credit accompagnent une image (colonne picture)",
    unknown_column_fmt: "ce n’est pas une colonne que le widget lit, elle est donc ignorée (il lit {known})",
    no_id_column: "la première ligne doit nommer les colonnes, et l’une d’elles doit être id",
    twice_fmt: "{id} est aussi à la ligne {other} ; les deux s’appliquent, celle-ci en dernier",
    unreadable_fmt: "cette ligne est illisible ({reason})",
    too_many_fmt: "seules les {max} premières lignes sont lues",
    not_in_seasons_fmt: "la saison {season} ne fait pas partie des saisons de cette ligne",
    web_page: "l’adresse donne une page web, pas un CSV : publiez la feuille au format CSV, ou téléchargez-la en CSV et placez le fichier à côté de la page",
    empty_sheet: "la feuille n’a aucune ligne sous son en-tête",
    not_utf8: "le fichier n’est pas du texte UTF-8, certaines lettres sont perdues : exportez la feuille en CSV UTF-8",
};

const DE: Words = Words {
    heading_fmt: "Ihre Tabelle {file} wurde übernommen, bis auf:",
    more_fmt: "… und {count} weitere (die Konsole des Browsers listet alle auf).",
    row_column_fmt: "Zeile {row}, Spalte {column}: {problem}",
    row_fmt: "Zeile {row}: {problem}",
    column_fmt: "Spalte {column}: {problem}",
    not_season_fmt: "{value} ist keine Staffel ({known})",
    not_school_fmt: "{value} ist keine Schule ({known})",
    not_role_fmt: "{value} ist keine Rolle ({known})",
    not_billing_fmt: "{value} ist keine Besetzungsart ({known})",
    unknown_id_fmt: "keine Person und kein Ereignis hat die ID {id}",
    did_you_mean_fmt: "keine Person und kein Ereignis hat die ID {id}; meinten Sie {suggestion}?",
    no_id: "keine ID: Jede Zeile nennt die Person oder das Ereignis, das sie ändert, oder die Person, die sie hinzufügt",
    bad_id_fmt: "{value} kann keine ID sein: Kleinbuchstaben und Ziffern, mit Bindestrichen verbunden, wie nick-nelson",
    needs_fmt: "{id} ist nicht in den eingebauten Daten; um diese Person hinzuzufügen, füllen Sie auch {columns} aus",
    fact_fmt: "{id} ist in den eingebauten Daten, wo dies so bleibt, wie die Quellen es sagen; eine Tabelle ändert Bild, Beschreibung und Notiz",
    event_fact: "ein Ereignis nimmt nur Bild, Beschreibung und Notiz an",
    bad_picture_fmt: "{value} ist keine http(s)- oder relative Adresse",
    needs_alt: "ein Bild braucht seinen Alternativtext (Spalte alt): was es zeigt, für alle, die es nicht sehen können",
    needs_credit: "ein Bild braucht seinen Bildnachweis (Spalte credit): wer es gemacht hat",
    no_picture: "alt und credit gehören zu einem Bild (Spalte picture)",
    unknown_column_fmt: "keine Spalte, die das Widget liest, sie wird daher ausgelassen (es liest {known})",
    no_id_column: "die erste Zeile muss die Spalten benennen, und eine davon muss id sein",
    twice_fmt: "{id} steht auch in Zeile {other}; beide gelten, diese zuletzt",
    unreadable_fmt: "diese Zeile ist nicht lesbar ({reason})",
    too_many_fmt: "nur die ersten {max} Zeilen werden gelesen",
    not_in_seasons_fmt: "Staffel {season} gehört nicht zu den Staffeln dieser Zeile",
    web_page: "die Adresse liefert eine Webseite, kein CSV: Veröffentlichen Sie die Tabelle als CSV, oder laden Sie sie als CSV herunter und legen Sie die Datei neben die Seite",
    empty_sheet: "die Tabelle hat unter der Kopfzeile keine Zeilen",
    not_utf8: "die Datei ist kein UTF-8-Text, daher gehen Zeichen verloren: Exportieren Sie die Tabelle als CSV UTF-8",
};

const PT_BR: Words = Words {
    heading_fmt: "Sua planilha {file} foi aplicada, exceto:",
    more_fmt: "… e mais {count} (o console do navegador lista todos).",
    row_column_fmt: "linha {row}, coluna {column}: {problem}",
    row_fmt: "linha {row}: {problem}",
    column_fmt: "coluna {column}: {problem}",
    not_season_fmt: "{value} não é uma temporada ({known})",
    not_school_fmt: "{value} não é uma escola ({known})",
    not_role_fmt: "{value} não é um papel ({known})",
    not_billing_fmt: "{value} não é um tipo de elenco ({known})",
    unknown_id_fmt: "nenhuma pessoa ou evento tem o id {id}",
    did_you_mean_fmt: "nenhuma pessoa ou evento tem o id {id}; você quis dizer {suggestion}?",
    no_id: "sem id: cada linha nomeia a pessoa ou o evento que altera, ou a pessoa que acrescenta",
    bad_id_fmt: "{value} não pode ser um id: use minúsculas e algarismos unidos por hífens, como nick-nelson",
    needs_fmt: "{id} não está nos dados incluídos; para acrescentar esta pessoa, preencha também {columns}",
    fact_fmt: "{id} está nos dados incluídos, onde isto fica como dizem suas fontes; uma planilha altera a imagem, o resumo e a nota",
    event_fact: "um evento aceita apenas imagem, resumo e nota",
    bad_picture_fmt: "{value} não é um endereço http(s) nem relativo",
    needs_alt: "uma imagem precisa do seu texto alternativo (coluna alt): o que ela mostra, para quem não pode vê-la",
    needs_credit: "uma imagem precisa do seu crédito (coluna credit): quem a fez",
    no_picture: "alt e credit acompanham uma imagem (coluna picture)",
    unknown_column_fmt: "não é uma coluna que o widget lê, por isso fica de fora (ele lê {known})",
    no_id_column: "a primeira linha deve nomear as colunas, e uma delas deve ser id",
    twice_fmt: "{id} também está na linha {other}; as duas valem, esta por último",
    unreadable_fmt: "esta linha não pode ser lida ({reason})",
    too_many_fmt: "só as primeiras {max} linhas são lidas",
    not_in_seasons_fmt: "a temporada {season} não está entre as temporadas desta linha",
    web_page: "o endereço dá uma página web, não um CSV: publique a planilha como CSV, ou baixe-a como CSV e coloque o arquivo ao lado da página",
    empty_sheet: "a planilha não tem linhas abaixo do cabeçalho",
    not_utf8: "o arquivo não é texto UTF-8, então algumas letras se perdem: exporte a planilha como CSV UTF-8",
};
