//! Build step run by Trunk after each build (see Trunk.toml), on the files
//! Trunk is about to move into `dist/` (the rewrites themselves are in
//! `heartstopper_widget::page`, tested in `tests/page.rs`):
//! - removes Trunk's inline loader from the HTML pages, so they run under a
//!   strict Content-Security-Policy; `heartstopper-widget.js` loads the wasm;
//! - pre-renders the widget (Yew SSR) into each `<heartstopper-widget
//!   prerender>` as a declarative shadow root, so the grid is painted before
//!   the wasm arrives; the element then renders the same thing in its place;
//! - writes the embedded data as `heartstopper.json`, with its JSON Schema,
//!   for fan sites to copy and edit;
//! - builds the custom-data reader, the second wasm module
//!   (`hsw_reader.js`, `hsw_reader_bg.wasm`: see `src/reader.rs`), with the
//!   same tools Trunk uses for the first (cargo, wasm-bindgen, wasm-opt).
//!
//! Usage: `hsw-build [DIR]`, DIR defaulting to `$TRUNK_STAGING_DIR`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(message) = native::run() {
        eprintln!("hsw-build: {message}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use heartstopper_widget::contract;
    use heartstopper_widget::data::{embedded, DataRef};
    use heartstopper_widget::lang::Lang;
    use heartstopper_widget::page::{
        all_first_paint_states, first_paint_stem, prerender, strip_css_comments, strip_js_comments,
        strip_trunk_loader, FIRST_PAINT_DIR,
    };
    use heartstopper_widget::url_state::{self, UrlState};
    use heartstopper_widget::AppProps;
    use std::path::{Path, PathBuf};

    const SCHEMA: &str = include_str!("../../data/heartstopper.schema.json");
    // The sheet template a site fills in for `overlay` (src/overlay).
    const SHEET: &str = include_str!("../../sheet/our-cast.csv");

    const MANIFEST_TEMPLATE: &str = include_str!("../../packaging/custom-elements.template.json");
    const TYPES_TEMPLATE: &str = include_str!("../../packaging/heartstopper-widget.template.d.ts");
    const PLUGIN_TEMPLATE: &str =
        include_str!("../../packaging/wordpress/heartstopper-wordpress.php");

    pub fn run() -> Result<(), String> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            // Only the element's scripts, for its own tests.
            Some("element") => {
                let dir = PathBuf::from(args.get(1).ok_or("hsw-build element DIR")?);
                std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                return write_element(&dir);
            }
            // The attribute tables of docs/embedding.md and the package's
            // README, from src/params.rs.
            // The release build's wasm-opt passes (index.html), one a line,
            // for scripts/size-report.sh.
            Some("wasm-opt-passes") => {
                let index = std::fs::read_to_string(
                    Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html"),
                )
                .map_err(|e| format!("index.html: {e}"))?;
                for pass in heartstopper_widget::page::wasm_opt_passes(&index) {
                    println!("{pass}");
                }
                return Ok(());
            }
            Some("readme") => {
                for file in ["docs/embedding.md", "packaging/README.md"] {
                    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
                    let readme = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
                    write(&path, &contract::with_attribute_table(&readme, embedded())?)?;
                }
                return Ok(());
            }
            _ => {}
        }
        let dir: PathBuf = args
            .first()
            .cloned()
            .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
            .ok_or("give the output directory, or run from Trunk (TRUNK_STAGING_DIR)")?
            .into();
        build_reader(&dir)?;
        write_element(&dir)?;
        write(
            &dir.join("custom-elements.json"),
            &contract::manifest(embedded(), MANIFEST_TEMPLATE)?,
        )?;
        write(
            &dir.join("heartstopper-widget.d.ts"),
            &contract::type_declarations(embedded(), TYPES_TEMPLATE)?,
        )?;
        write(
            &dir.join("heartstopper-wordpress.php"),
            &contract::wordpress_plugin(PLUGIN_TEMPLATE)?,
        )?;
        let json = serde_json::to_string_pretty(embedded()).map_err(|e| e.to_string())?;
        write(&dir.join("heartstopper.json"), &json)?;
        write(&dir.join("heartstopper.schema.json"), SCHEMA)?;
        std::fs::create_dir_all(dir.join("sheet")).map_err(|e| e.to_string())?;
        write(&dir.join("sheet/our-cast.csv"), SHEET)?;
        // Comments are for the sources: the first load goes without them.
        for (name, strip) in [
            ("hsw.js", strip_js_comments as fn(&str) -> String),
            ("hsw_reader.js", strip_js_comments),
            ("widget.css", strip_css_comments),
        ] {
            let path = dir.join(name);
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            write(&path, &strip(&text))?;
        }
        let index = dir.join("index.html");
        let html =
            std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
        let html = strip_trunk_loader(&html);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| e.to_string())?;
        let render = |props: AppProps| runtime.block_on(heartstopper_widget::page::render(props));
        let html = prerender(
            &html,
            &render(AppProps::new(DataRef::embedded(), UrlState::default())),
        );
        write(&index, &html)?;
        write_first_paints(&dir.join(FIRST_PAINT_DIR), render)
    }

    /// The element's scripts: `heartstopper-widget.js` (an ES module),
    /// `spoiler-guard.js` (a classic script) and the iframe page's
    /// `embed.js`, each bundled by esbuild from `static/` with the generated
    /// `element/contract.js`.
    fn write_element(dir: &Path) -> Result<(), String> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let target = std::env::var("CARGO_TARGET_DIR").map_or(root.join("target"), PathBuf::from);
        let stage = target.join("hsw-element");
        let _ = std::fs::remove_dir_all(&stage);
        let element = stage.join("element");
        std::fs::create_dir_all(&element).map_err(|e| format!("{}: {e}", element.display()))?;
        // Each script, its format, and the modules it loads at run time
        // rather than bundles. `embed.js` is the iframe page's script, with
        // the attribute list it hands on.
        let scripts: [(&str, &str, &[&str]); 4] = [
            (
                "heartstopper-widget.js",
                "esm",
                &["./hsw.js", "./hsw_reader.js"],
            ),
            ("spoiler-guard.js", "iife", &[]),
            ("embed.js", "esm", &[]),
            // The embed builder's page script (builder.html).
            ("builder.js", "esm", &[]),
        ];
        for (name, _, _) in scripts {
            copy(&root.join("static").join(name), &stage.join(name))?;
        }
        let sources = root.join("static/element");
        let list =
            std::fs::read_dir(&sources).map_err(|e| format!("{}: {e}", sources.display()))?;
        for entry in list.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "js") {
                copy(&path, &element.join(entry.file_name()))?;
            }
        }
        let index = contract::first_paint_index(embedded(), &all_first_paint_states(embedded()));
        write(
            &element.join("contract.js"),
            &contract::element_module(&index),
        )?;
        for (name, format, external) in scripts {
            let mut args = vec![
                stage.join(name).to_string_lossy().into_owned(),
                "--bundle".into(),
                "--minify".into(),
                "--target=es2022".into(),
                "--log-level=warning".into(),
                format!("--format={format}"),
                format!("--outfile={}", dir.join(name).display()),
            ];
            args.extend(external.iter().map(|e| format!("--external:{e}")));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            command(&root, "esbuild", &args)?;
        }
        Ok(())
    }

    fn copy(from: &Path, to: &Path) -> Result<(), String> {
        std::fs::copy(from, to)
            .map(drop)
            .map_err(|e| format!("{}: {e}", from.display()))
    }

    /// The first paint of embedded widgets: for each language and each state
    /// in `first_paint_states`, the content of the element's `.hsw-root`,
    /// which the element shows before the wasm arrives (see
    /// `static/heartstopper-widget.js`).
    fn write_first_paints(dir: &Path, render: impl Fn(AppProps) -> String) -> Result<(), String> {
        let data = DataRef::embedded();
        let states = all_first_paint_states(&data);
        for lang in Lang::ALL {
            let folder = dir.join(lang.code());
            std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            for pairs in &states {
                let initial =
                    url_state::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())), &data);
                let mut props = AppProps::new(data.clone(), initial);
                props.lang = Some(lang.code().into());
                props.limit = pairs
                    .iter()
                    .find(|(k, _)| *k == "limit")
                    .and_then(|(_, v)| heartstopper_widget::room::parse(v));
                let body = render(props);
                let file = folder.join(format!("{}.html", first_paint_stem(pairs)));
                write(&file, &format!("<div class=\"hsw-root\">{body}</div>\n"))?;
            }
        }
        Ok(())
    }

    /// Builds `src/bin/hsw-reader.rs` for the browser into `dir`, in Trunk's
    /// profile (`TRUNK_PROFILE`, release when run by hand).
    fn build_reader(dir: &Path) -> Result<(), String> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let release = std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release");
        // scripts/build.sh (the shipped build) marks its Trunk run; a plain
        // `trunk build --release` gives the stable toolchain's larger wasm.
        if release
            && std::env::var("TRUNK_PROFILE").is_ok()
            && std::env::var_os("HSW_SHIPPED_BUILD").is_none()
        {
            eprintln!(
                "hsw-build: note: this release build is on the stable toolchain; the shipped one \
                 (a pinned nightly, about 15 KB gzip smaller) is made by scripts/build.sh"
            );
        }
        let mut cargo = vec![
            "build",
            "--quiet",
            "--target",
            "wasm32-unknown-unknown",
            "--bin",
            "hsw-reader",
            "--features",
            "reader",
        ];
        if release {
            cargo.push("--release");
        }
        command(&root, "cargo", &cargo)?;
        let target = std::env::var("CARGO_TARGET_DIR").map_or(root.join("target"), PathBuf::from);
        let wasm = target
            .join("wasm32-unknown-unknown")
            .join(if release { "release" } else { "debug" })
            .join("hsw-reader.wasm");
        let out = dir.to_string_lossy();
        let wasm = wasm.to_string_lossy();
        command(
            &root,
            "wasm-bindgen",
            &[
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                "hsw_reader",
                "--out-dir",
                &out,
                &wasm,
            ],
        )?;
        if release {
            let file = dir.join("hsw_reader_bg.wasm");
            let file = file.to_string_lossy();
            // The same passes as the first module's, from index.html.
            let index = std::fs::read_to_string(root.join("index.html"))
                .map_err(|e| format!("index.html: {e}"))?;
            let passes = heartstopper_widget::page::wasm_opt_passes(&index);
            if passes.is_empty() {
                return Err("index.html names no wasm-opt passes for the hsw module".into());
            }
            let mut args: Vec<&str> = passes.iter().map(String::as_str).collect();
            args.extend(["--output", &file, &file]);
            command(&root, "wasm-opt", &args)?;
        }
        Ok(())
    }

    fn command(dir: &Path, program: &str, args: &[&str]) -> Result<(), String> {
        let status = std::process::Command::new(program)
            .args(args)
            .current_dir(dir)
            .status()
            .map_err(|e| format!("cannot run {program} (scripts/setup.sh installs it): {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("{program} {} failed: {status}", args.join(" ")))
        }
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }
}
