//! The spreadsheet overlay (src/overlay): rows that change a picture, blurb
//! or note, or add a person, over the built-in data; the quirks of real
//! exports; problems that name the row and the column, in every language.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{embedded, validate, Dataset, LoadError, Role};
use heartstopper_widget::lang::Lang;
use heartstopper_widget::overlay::{self, words, SheetProblem, What};
use heartstopper_widget::spoilers;

fn apply(text: &str) -> (Dataset, Vec<SheetProblem>) {
    overlay::apply(embedded(), text)
}

fn english(problems: &[SheetProblem]) -> Vec<String> {
    problems.iter().map(|p| p.word(Lang::En)).collect()
}

const TEMPLATE: &str = include_str!("../sheet/our-cast.csv");

#[test]
fn the_template_applies_without_a_problem() {
    let (data, problems) = apply(TEMPLATE);
    assert_eq!(english(&problems), Vec::<String>::new());
    let darcy = data.person("darcy-olsson").unwrap();
    let image = darcy.image.as_ref().unwrap();
    assert_eq!(image.src, "photos/darcy.jpg");
    assert!(image.alt.contains("What your photo shows"));
    // The built-in facts stay, with their sources.
    assert_eq!(darcy.actor, "Kizzy Edgell");
    assert_eq!(
        darcy.sources,
        embedded().person("darcy-olsson").unwrap().sources
    );
    assert_eq!(
        darcy.blurb,
        embedded().person("darcy-olsson").unwrap().blurb
    );
    let own = darcy.own.as_ref().unwrap();
    assert!(!own.added && !own.blurb);
    assert!(own
        .note
        .as_deref()
        .unwrap()
        .starts_with("A line of your own"));
    let added = data.person("your-character").unwrap();
    assert_eq!(added.role, Role::Student);
    let seasons: Vec<&str> = added
        .appearances
        .iter()
        .map(|a| a.season.as_ref())
        .collect();
    assert_eq!(seasons, ["2", "3"]);
    assert!(added
        .appearances
        .iter()
        .all(|a| a.school.as_deref() == Some("higgs")));
    assert!(added.sources.is_empty());
    assert!(added.own.as_ref().unwrap().added);
    assert_eq!(data.people.len(), embedded().people.len() + 1);
    assert!(validate(&data).is_empty());
}

/// docs/embedding.md tells a person: keep the header row, replace the example
/// rows with your own, leave a cell empty to keep what the widget has.
#[test]
fn the_template_edited_as_the_guide_says() {
    let header = TEMPLATE.lines().next().unwrap();
    let sheet = format!(
        "{header}\r\nnick-nelson,,,,,,https://fans.example/nick.webp,Nick in his rugby kit,Photo: Sam,,,\r\n\
         elle-argent,,,,,,,,,\"Our own line about Elle, with a comma.\",,\r\n"
    );
    let (data, problems) = apply(&sheet);
    assert_eq!(english(&problems), Vec::<String>::new());
    let nick = data.person("nick-nelson").unwrap();
    assert_eq!(nick.image.as_ref().unwrap().credit, "Photo: Sam");
    let elle = data.person("elle-argent").unwrap();
    assert_eq!(elle.blurb, "Our own line about Elle, with a comma.");
    assert!(elle.own.as_ref().unwrap().blurb);
    assert_eq!(data.people.len(), embedded().people.len());
}

/// The same rows in every quirk real exports have.
#[test]
fn the_quirks_of_real_exports() {
    let plain = "id,picture,alt,credit,note\nnick-nelson,nick.jpg,Nick,Photo: Sam,\"Line one, with a comma\nline two\"\n";
    let (expected, problems) = apply(plain);
    assert!(problems.is_empty(), "{:?}", english(&problems));
    let note = |d: &Dataset| {
        d.person("nick-nelson")
            .unwrap()
            .own
            .as_ref()
            .and_then(|o| o.note.clone())
    };
    assert_eq!(
        note(&expected).as_deref(),
        Some("Line one, with a comma\nline two")
    );
    let variants = [
        ("BOM", format!("\u{feff}{plain}")),
        ("CRLF", plain.replace('\n', "\r\n")),
        (
            "semicolons (Excel in many European locales), BOM and CRLF",
            "\u{feff}id;picture;alt;credit;note\r\nnick-nelson;nick.jpg;Nick;Photo: Sam;\"Line one, with a comma\r\nline two\"\r\n".to_owned(),
        ),
        ("tabs", plain.replace(',', "\t").replace("Line one\t with a comma", "Line one, with a comma")),
        (
            "trailing empty columns and rows",
            "id,picture,alt,credit,note,,,\nnick-nelson,nick.jpg,Nick,Photo: Sam,\"Line one, with a comma\nline two\",,,\n,,,,,,,\n,,,,,,,\n\n".to_owned(),
        ),
        ("header in any letter case", plain.replacen("id,picture,alt,credit,note", "ID,Picture,ALT,Credit,NOTE", 1)),
        (
            "header in the reader's language (German)",
            plain.replacen("id,picture,alt,credit,note", "Kennung,Bild,Alternativtext,Bildnachweis,Notiz", 1),
        ),
        (
            "header in French, with spaces and accents",
            plain.replacen("id,picture,alt,credit,note", "Identifiant,Image,Texte alternatif,Crédit,Note", 1),
        ),
        ("blank lines before the header", format!("\n,,,,\n{plain}")),
    ];
    for (quirk, text) in variants {
        let (data, problems) = apply(&text);
        assert!(problems.is_empty(), "{quirk}: {:?}", english(&problems));
        let got = note(&data).map(|n| n.replace("\r\n", "\n"));
        assert_eq!(got, note(&expected).map(|n| n.to_string()), "{quirk}");
        assert_eq!(
            data.person("nick-nelson").unwrap().image,
            expected.person("nick-nelson").unwrap().image,
            "{quirk}"
        );
    }
}

#[test]
fn the_delimiter_is_the_header_rows_own() {
    assert_eq!(overlay::delimiter("id,note\n"), b',');
    assert_eq!(overlay::delimiter("id;note;alt\n"), b';');
    assert_eq!(overlay::delimiter("id\tnote\n"), b'\t');
    // A quoted header cell with a comma does not make it comma-separated.
    assert_eq!(overlay::delimiter("\"id, the key\";note;alt\n"), b';');
    // Commas in later rows do not count.
    assert_eq!(
        overlay::delimiter("id;note\nnick-nelson;\"a, b, c, d\"\n"),
        b';'
    );
}

#[test]
fn problems_name_the_row_and_the_column() {
    let sheet = "id,character,actor,role,season,school\n\
                 nick-nelson,,,,,\n\
                 new-person,Someone,An Actor,student,4,truham\n\
                 nick-nelsn,,,,,\n";
    let (data, problems) = overlay::apply(embedded(), &format!("{sheet}nick-nelson,,,,,\n"));
    let words = english(&problems);
    assert!(
        words.contains(&"row 3, column season: 4 is not a season (1, 2, 3, film)".to_owned()),
        "{words:?}"
    );
    assert!(words.contains(
        &"row 4, column id: no person or event has the id nick-nelsn; did you mean nick-nelson?"
            .to_owned()
    ));
    // The rest applies: nothing was added for the bad row.
    assert!(data.person("new-person").is_none());
    assert_eq!(data.people.len(), embedded().people.len());
}

#[test]
fn the_rest_of_the_sheet_still_applies() {
    let sheet = "id,picture,alt,credit,blurb\n\
                 nick-nelson,javascript:alert(1),Nick,Photo,\n\
                 charlie-spring,charlie.jpg,,Photo,\n\
                 tao-xu,tao.jpg,Tao,Photo,Our line about Tao.\n\
                 ,,,,A row with no id\n";
    let (data, problems) = apply(sheet);
    let words = english(&problems);
    assert_eq!(
        words,
        [
            "row 2, column picture: javascript:alert(1) is not an http(s) or relative address",
            "row 3: a picture needs its alt text (column alt): what it shows, for readers who cannot see it",
            "row 5: no id: each row names the person or event it changes, or the person it adds",
        ]
    );
    assert!(data.person("nick-nelson").unwrap().image.is_none());
    assert!(data.person("charlie-spring").unwrap().image.is_none());
    let tao = data.person("tao-xu").unwrap();
    assert_eq!(tao.image.as_ref().unwrap().src, "tao.jpg");
    assert_eq!(tao.blurb, "Our line about Tao.");
}

#[test]
fn built_in_facts_stay_as_sourced() {
    let (data, problems) = apply("id,actor,note\nnick-nelson,Someone Else,Our note\n");
    assert_eq!(
        english(&problems),
        ["row 2, column actor: nick-nelson is in the built-in data, where this stays as its sources say; a sheet changes the picture, blurb and note"]
    );
    let nick = data.person("nick-nelson").unwrap();
    assert_eq!(nick.actor, embedded().person("nick-nelson").unwrap().actor);
    assert_eq!(nick.own.as_ref().unwrap().note.as_deref(), Some("Our note"));
}

#[test]
fn events_take_a_picture_a_blurb_and_a_note() {
    let id = embedded().events[0].id.to_string();
    let sheet = format!("id,picture,alt,credit,blurb,note,actor\n{id},cover.jpg,The cover,Scan: us,Our text.,Our note,Nobody\n");
    let (data, problems) = apply(&sheet);
    assert_eq!(
        english(&problems),
        ["row 2, column actor: an event takes a picture, blurb and note only"]
    );
    let event = data.event(&id).unwrap();
    assert_eq!(event.image.as_ref().unwrap().alt, "The cover");
    assert_eq!(event.text, "Our text.");
    assert_eq!(
        event.own.as_ref().unwrap().note.as_deref(),
        Some("Our note")
    );
}

#[test]
fn an_added_person_needs_the_few_columns_a_person_needs() {
    let (data, problems) = apply("id,character,seasons\nnew-person,Someone,1\n");
    assert_eq!(
        english(&problems),
        ["row 2: new-person is not in the built-in data; to add this person, also fill in actor, role"]
    );
    assert!(data.person("new-person").is_none());
    let (_, problems) = apply("id,character,actor,role,seasons\nNew Person!,A,B,student,1\n");
    assert!(english(&problems)[0].starts_with("row 2, column id: new person! cannot be an id"));
}

#[test]
fn schools_per_season_and_season_names() {
    let sheet = "id,character,actor,role,billing,seasons,school\n\
                 new-person,Someone,An Actor,teacher,recurring,\"S1, season 3, Film\",\"1: truham, 3: Higgs, film: none\"\n";
    let (data, problems) = apply(sheet);
    assert!(problems.is_empty(), "{:?}", english(&problems));
    let p = data.person("new-person").unwrap();
    let got: Vec<(&str, Option<&str>)> = p
        .appearances
        .iter()
        .map(|a| (a.season.as_ref(), a.school.as_deref()))
        .collect();
    assert_eq!(
        got,
        [("1", Some("truham")), ("3", Some("higgs")), ("film", None)]
    );
    let (_, problems) = apply(
        "id,character,actor,role,seasons,school\nnew-person,A,B,student,1,\"2: truham\"\nother-person,A,B,student,1,eton\n",
    );
    assert_eq!(
        english(&problems),
        [
            "row 2, column school: season 2 is not in this row's seasons",
            "row 3, column school: eton is not a school (truham, higgs, lambert, none)",
        ]
    );
}

/// Added people are hidden like the built-in ones: a person first seen in
/// season 3 is not there for a reader who has watched up to season 2.
#[test]
fn added_people_are_spoiler_safe() {
    let sheet = "id,character,actor,role,seasons,note,reveals\n\
                 late-arrival,Someone New,An Actor,student,3,,\n\
                 nick-nelson,,,,,Our note that gives away season 3 (zq-spoiler),3\n";
    let (data, problems) = apply(sheet);
    assert!(problems.is_empty(), "{:?}", english(&problems));
    let safe = spoilers::safe(&data, Some("2"));
    assert!(safe.person("late-arrival").is_none());
    let texts = spoilers::visible_texts(&safe);
    assert!(!texts
        .iter()
        .any(|t| t.contains("Someone New") || t.contains("zq-spoiler")));
    let all = spoilers::safe(&data, Some("3"));
    assert!(all.person("late-arrival").is_some());
    assert!(spoilers::visible_texts(&all)
        .iter()
        .any(|t| t.contains("zq-spoiler")));
}

#[test]
fn a_hostile_sheet_never_panics_and_stays_text() {
    for text in [
        "",
        "\u{feff}",
        "\"",
        "id\n\"unterminated",
        ",,,\n,,,\n",
        "note\nsomething\n",
        "id,id,id\nnick-nelson,x,y\n",
        "id,picture,alt,credit\nnick-nelson,data:text/html;base64,AAAA,x,y\n",
        "id,blurb\nnick-nelson,<img src=x onerror=alert(1)>\n",
        "id,character,actor,role,seasons\n-,a,b,c,d\n",
        "id,character,actor,role,seasons\nnick-nelson-2,a,b,student,\"1,1,1\"\n",
        "id;blurb\n\u{0}\u{1};x\n",
    ] {
        let (data, problems) = apply(text);
        for p in &problems {
            for lang in Lang::ALL {
                assert!(!p.word(lang).is_empty());
            }
        }
        assert!(validate(&data).is_empty(), "{text:?}");
    }
    let (data, _) = apply("id,blurb\nnick-nelson,<img src=x onerror=alert(1)>\n");
    assert_eq!(
        data.person("nick-nelson").unwrap().blurb,
        "<img src=x onerror=alert(1)>"
    );
    let (_, problems) = apply("note\nsomething\n");
    assert_eq!(
        english(&problems),
        ["the first row must name the columns, and one of them must be id"]
    );
}

#[test]
fn unknown_columns_and_repeated_rows_are_said() {
    let (data, problems) =
        apply("id,note,favourite colour\nnick-nelson,one,blue\nnick-nelson,two,\n");
    let words = english(&problems);
    assert_eq!(words.len(), 2, "{words:?}");
    assert!(words[0].starts_with("column favourite colour: not a column the widget reads"));
    assert_eq!(
        words[1],
        "row 3: nick-nelson is on row 2 too; both apply, this one last"
    );
    let nick = data.person("nick-nelson").unwrap();
    assert_eq!(nick.own.as_ref().unwrap().note.as_deref(), Some("two"));
}

#[test]
fn row_numbers_count_rows_not_lines() {
    let sheet = "id,note\nnick-nelson,\"three\nline\nnote\"\nnick-nelsn,x\n";
    let (_, problems) = apply(sheet);
    assert_eq!(problems[0].row, Some(3), "{:?}", english(&problems));
}

#[test]
fn the_summary_names_the_file_and_counts_the_rest() {
    let rows: String = (0..12).map(|i| format!("nobody-{i},x\n")).collect();
    let (_, problems) = apply(&format!("id,note\n{rows}"));
    let lines = overlay::summary("our-cast.csv", &problems, Lang::En);
    assert_eq!(lines[0], "Your sheet our-cast.csv was applied except for:");
    assert_eq!(lines.len(), 1 + overlay::SHOWN_PROBLEMS + 1);
    assert_eq!(
        lines.last().unwrap(),
        "… and 4 more (the browser's console lists them all)."
    );
    assert!(overlay::summary("x.csv", &[], Lang::En).is_empty());
    let (_, problems) = apply("");
    assert_eq!(
        overlay::summary("x.csv", &problems, Lang::En),
        [
            "Your sheet x.csv could not be used:",
            "the sheet has no rows below its header"
        ]
    );
}

#[test]
fn problems_are_worded_in_every_language() {
    let (_, problems) =
        apply("id,character,actor,role,season,school\nnew-person,A,B,student,4,truham\n");
    let http = SheetProblem::file(What::Load(LoadError::Http {
        url: "https://example.org/x.csv".into(),
        status: 404,
    }));
    assert_eq!(
        http.word(Lang::Fr),
        "https://example.org/x.csv a répondu HTTP 404"
    );
    let de = problems[0].word(Lang::De);
    assert_eq!(
        de,
        "Zeile 2, Spalte season: 4 ist keine Staffel (1, 2, 3, film)"
    );
    for lang in Lang::ALL {
        let w = words(lang);
        let en = words(Lang::En);
        for ((name, text), (_, english)) in w.texts().into_iter().zip(en.texts()) {
            assert!(!text.trim().is_empty(), "{lang:?} {name}");
            assert_eq!(placeholders(text), placeholders(english), "{lang:?} {name}");
            if lang != Lang::En {
                assert_ne!(text, english, "{lang:?} {name} is still English");
            }
        }
    }
    // Every problem kind, worded in every language, with no placeholder left.
    let kinds = [
        What::NoId,
        What::EventFact,
        What::NeedsAlt,
        What::NeedsCredit,
        What::NoPicture,
        What::UnknownColumn,
        What::NoIdColumn,
        What::WebPage,
        What::Empty,
        What::NotUtf8,
        What::TooMany { max: 2 },
        What::Load(LoadError::Http {
            url: "x.csv".into(),
            status: 404,
        }),
        What::Load(LoadError::Network {
            url: "x.csv".into(),
        }),
        What::Load(LoadError::Timeout {
            url: "x.csv".into(),
        }),
        What::Load(LoadError::TooLarge { bytes: 9_000_000 }),
    ];
    for lang in Lang::ALL {
        for what in &kinds {
            let text = SheetProblem::file(what.clone()).word(lang);
            assert!(!text.contains('{'), "{lang:?}: {text}");
        }
    }
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(n, _)| n))
        .collect();
    out.sort();
    out
}

async fn render(data: Dataset, query: &str) -> String {
    use heartstopper_widget::data::DataRef;
    use heartstopper_widget::AppProps;
    let initial = heartstopper_widget::url_state::parse(query, &data);
    let props = AppProps::new(DataRef::new(data), initial);
    heartstopper_widget::page::render(props).await
}

/// In the details, what the sheet gave is the site's: an added person says
/// so and lists no sources of ours; a built-in one keeps its sources.
#[tokio::test]
async fn the_details_say_what_is_the_sites_own() {
    let (data, _) = apply(TEMPLATE);
    let added = render(data.clone(), "?person=your-character").await;
    assert!(added.contains("Character&#39;s name") || added.contains("Character's name"));
    assert!(added.contains("From this site"));
    assert!(added.contains("This site added this person"));
    let dialog = &added[added.find("hsw-dialog-title").unwrap()..];
    assert!(
        !dialog.contains(">Sources<"),
        "an added person has no sources of ours"
    );
    let darcy = render(data.clone(), "?person=darcy-olsson").await;
    assert!(darcy.contains("A line of your own about Darcy"));
    assert!(darcy.contains("photos/darcy.jpg"));
    assert!(darcy[darcy.find("hsw-dialog-title").unwrap()..].contains(">Sources<"));
    // The card's picture is in the avatar's reserved box.
    assert!(darcy.contains(r#"width="48" height="48""#));
    let id = embedded().events[0].id.to_string();
    let (data, problems) = apply(&format!(
        "id,picture,alt,credit,blurb\n{id},cover.jpg,The cover,Scan: us,Our own words.\n"
    ));
    assert!(problems.is_empty());
    let event = render(data, &format!("?event={id}")).await;
    assert!(event.contains("cover.jpg") && event.contains("Scan: us"));
    assert!(event.contains("The description above is this site"));
    // German readers get German around the site's words.
    let (data, _) = apply(TEMPLATE);
    let de = render(data, "?person=your-character&lang=de").await;
    assert!(de.contains("Von dieser Website"));
}

/// The spreadsheet's row, whatever the line ends, blank rows or line breaks
/// in cells before it.
#[test]
fn row_numbers_with_crlf_and_blank_lines() {
    let sheet = include_str!("e2e/fixtures/sheet.csv");
    let (_, problems) = apply(sheet);
    assert_eq!(problems.len(), 1, "{:?}", english(&problems));
    assert_eq!(problems[0].row, Some(5), "{:?}", english(&problems));
    for (text, row) in [
        ("id,note\r\nnick-nelson,a\r\nnobody,b\r\n", 3),
        ("id,note\n\nnobody,b\n", 3),
        (
            "\r\n\r\nid,note\r\nnick-nelson,\"a\r\nb\"\r\n\r\nnobody,b\r\n",
            6,
        ),
    ] {
        let (_, problems) = apply(text);
        assert_eq!(
            problems[0].row,
            Some(row),
            "{text:?}: {:?}",
            english(&problems)
        );
    }
}
