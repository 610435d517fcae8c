//! The same sheet as real spreadsheets export it: LibreOffice Calc (Debian's
//! `libreoffice-calc-nogui`, installed by scripts/setup.sh) turns a
//! spreadsheet this test writes into an `.ods`, then exports that as CSV,
//! with commas and with semicolons; and as Excel writes "CSV UTF-8" in many
//! European locales (semicolons, a byte-order mark, CRLF). Each must lay the
//! same rows over the data, with no problem.
//!
//! Needs LibreOffice, so plain `cargo test` skips it; scripts/test.sh runs
//! it (`cargo test --test sheet_exports -- --ignored`).

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{embedded, Dataset};
use heartstopper_widget::lang::Lang;
use heartstopper_widget::overlay;
use std::path::Path;
use std::process::Command;

/// The sheet's cells, row by row: text, or a number (`#3` is the number 3,
/// as a spreadsheet keeps a season typed in alone). A cell may hold a line
/// break, a comma, a semicolon, quotes and accents.
const ROWS: &[&[&str]] = &[
    &[
        "ID",
        "Character",
        "Actor",
        "Role",
        "Seasons",
        "School",
        "Picture",
        "Alt text",
        "Credit",
        "Blurb",
        "Note",
        "",
    ],
    &[
        "nick-nelson",
        "",
        "",
        "",
        "",
        "",
        "photos/nick.jpg",
        "Nick, smiling; in his \"kit\"",
        "Photo: Sam",
        "",
        "First line, with a comma\nSecond line",
        "",
    ],
    &[
        "zz-amelie",
        "Amélie",
        "Zoë Öberg",
        "student",
        "1, 2",
        "1: Truham, 2: Higgs",
        "",
        "",
        "",
        "Added by the site; first seen in season 1.",
        "",
        "",
    ],
    &[
        "zz-late", "Late One", "An Actor", "teacher", "#3", "Lambert", "", "", "", "", "", "",
    ],
    &["", "", "", "", "", "", "", "", "", "", "", ""],
];

fn cell(value: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    if let Some(n) = value.strip_prefix('#') {
        return format!(
            r#"<table:table-cell office:value-type="float" office:value="{n}"><text:p>{n}</text:p></table:table-cell>"#
        );
    }
    if value.is_empty() {
        return "<table:table-cell/>".to_owned();
    }
    let paragraphs: String = value
        .split('\n')
        .map(|p| format!("<text:p>{}</text:p>", escape(p)))
        .collect();
    format!(r#"<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>"#)
}

/// The sheet as an OpenDocument flat spreadsheet (`.fods`).
fn fods() -> String {
    let rows: String = ROWS
        .iter()
        .map(|row| {
            let cells: String = row.iter().map(|c| cell(c)).collect();
            format!("<table:table-row>{cells}</table:table-row>")
        })
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet><table:table table:name="Our cast">{rows}</table:table></office:spreadsheet></office:body></office:document>"#
    )
}

/// Runs LibreOffice's converter: `file` into `dir` as `to`.
fn soffice(file: &Path, to: &str, dir: &Path) {
    let profile = dir.join("profile");
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(file)
        .status()
        .expect("LibreOffice's soffice (scripts/setup.sh installs libreoffice-calc-nogui)");
    assert!(status.success(), "soffice --convert-to {to} failed");
}

/// As Excel writes "CSV UTF-8" where the decimal separator is a comma.
fn excel_csv() -> String {
    let quote = |c: &str| {
        let c = c.strip_prefix('#').unwrap_or(c);
        if c.contains([';', '"', '\n']) {
            format!("\"{}\"", c.replace('"', "\"\"").replace('\n', "\r\n"))
        } else {
            c.to_owned()
        }
    };
    let mut out = String::from("\u{feff}");
    for row in ROWS {
        out.push_str(&row.iter().map(|c| quote(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    out
}

/// What a sheet did, in a form to compare: the people it touched or added.
fn outcome(text: &str) -> Vec<String> {
    let (data, problems) = overlay::apply(embedded(), text);
    let words: Vec<String> = problems.iter().map(|p| p.word(Lang::En)).collect();
    assert_eq!(words, Vec::<String>::new(), "{text:?}");
    summary(&data)
}

fn summary(data: &Dataset) -> Vec<String> {
    data.people
        .iter()
        .filter(|p| p.own.is_some() || p.image.is_some())
        .map(|p| {
            let seasons: Vec<String> = p
                .appearances
                .iter()
                .map(|a| format!("{}@{}", a.season, a.school.as_deref().unwrap_or("-")))
                .collect();
            let own = p.own.as_ref().unwrap();
            format!(
                "{} | {} | {} | {:?} | {} | {:?} | {:?} | {:?}",
                p.id,
                p.character,
                p.actor,
                p.role,
                seasons.join(" "),
                p.image.as_ref().map(|i| (&i.src, &i.alt, &i.credit)),
                own.note.as_deref().map(|n| n.replace("\r\n", "\n")),
                (own.added, p.blurb.as_ref())
            )
        })
        .collect()
}

#[test]
#[ignore = "needs LibreOffice: scripts/test.sh runs it"]
fn libreoffice_and_excel_exports_lay_the_same_rows_over_the_data() {
    let dir = std::env::temp_dir().join(format!("hsw-sheet-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let flat = dir.join("our-cast.fods");
    std::fs::write(&flat, fods()).unwrap();
    soffice(&flat, "ods", &dir);
    let ods = dir.join("our-cast.ods");
    assert!(ods.exists(), "LibreOffice wrote no .ods");
    // Comma-separated, then semicolon-separated (field separator 44 or 59,
    // text delimiter ", UTF-8 = 76), into folders of their own.
    let mut exports = Vec::new();
    for (name, separator) in [("comma", 44), ("semicolon", 59)] {
        let out = dir.join(name);
        std::fs::create_dir_all(&out).unwrap();
        soffice(
            &ods,
            &format!("csv:Text - txt - csv (StarCalc):{separator},34,76,1"),
            &out,
        );
        let text = std::fs::read_to_string(out.join("our-cast.csv")).unwrap();
        exports.push((name, text));
    }
    exports.push(("excel", excel_csv()));
    let expected = outcome(&exports[0].1);
    assert_eq!(expected.len(), 3, "{expected:#?}");
    assert!(expected[0].contains("nick-nelson"));
    assert!(expected[0].contains("First line, with a comma\\nSecond line"));
    assert!(expected[0].contains(r#"Nick, smiling; in his \"kit\""#));
    assert!(expected[1].contains("zz-amelie | Amélie | Zoë Öberg | Student | 1@truham 2@higgs"));
    assert!(expected[2].contains("zz-late | Late One | An Actor | Teacher | 3@lambert"));
    for (name, text) in &exports[1..] {
        assert_eq!(&outcome(text), &expected, "{name}");
    }
    // LibreOffice's semicolon export is what the sniffing must catch.
    assert_eq!(overlay::delimiter(&exports[1].1), b';');
    let _ = std::fs::remove_dir_all(&dir);
}
