//! The README and its guides (docs/*.md) stay short and linked: every
//! relative link points to a file or folder of the repository, every
//! `#anchor` to a heading of the page it names (GitHub's slugs), the README
//! fits in 250 lines, and it links to every guide. Plain string work.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

const README_MAX_LINES: usize = 250;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// README.md and every docs/*.md, as paths relative to the repository.
fn pages() -> Vec<PathBuf> {
    let mut guides: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("docs/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| {
            p.strip_prefix(root())
                .expect("under the root")
                .to_path_buf()
        })
        .collect();
    guides.sort();
    let mut all = vec![PathBuf::from("README.md")];
    all.extend(guides);
    all
}

fn read(page: &Path) -> String {
    std::fs::read_to_string(root().join(page)).unwrap_or_else(|e| panic!("{}: {e}", page.display()))
}

/// The lines outside fenced code blocks (```), with their numbers.
fn prose(text: &str) -> Vec<(usize, &str)> {
    let mut fence: Option<&str> = None;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let ticks = trimmed.len() - trimmed.trim_start_matches(['`', '~']).len();
        if ticks >= 3 {
            let run = &trimmed[..ticks];
            match fence {
                None => fence = Some(run),
                Some(open) if run.starts_with(open) && trimmed[ticks..].trim().is_empty() => {
                    fence = None
                }
                Some(_) => {}
            }
            continue;
        }
        if fence.is_none() {
            out.push((i + 1, line));
        }
    }
    out
}

/// `text` without its code spans (`` `…` ``, which may run over a line
/// break), each replaced by nothing: a link's text may be code, its target
/// never is.
fn without_code_spans(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '`' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|c| **c == '`').count();
        // The closing run: exactly as many backticks.
        let mut j = i + run;
        let mut close = None;
        while j < chars.len() {
            if chars[j] == '`' {
                let n = chars[j..].iter().take_while(|c| **c == '`').count();
                if n == run {
                    close = Some(j + n);
                    break;
                }
                j += n;
            } else {
                j += 1;
            }
        }
        match close {
            Some(end) => {
                // Keep the line breaks, so that line numbers stay right.
                out.extend(chars[i..end].iter().filter(|c| **c == '\n'));
                i = end;
            }
            None => {
                out.extend(&chars[i..i + run]);
                i += run;
            }
        }
    }
    out
}

/// Every inline link and image target `[text](target)` in `text`, with its
/// line number: fenced blocks and code spans left out, a title
/// (`(target "title")`) dropped.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut kept = String::new();
    let mut last = 0;
    for (n, line) in prose(text) {
        // Blank lines for the fenced ones, so that numbers stay right.
        kept.push_str(&"\n".repeat(n - 1 - last));
        kept.push_str(line);
        kept.push('\n');
        last = n;
    }
    let text = without_code_spans(&kept);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i + 1 < chars.len() {
        if chars[i] == '\n' {
            line += 1;
        }
        if chars[i] == ']' && chars[i + 1] == '(' && (i == 0 || chars[i - 1] != '\\') {
            let mut depth = 1;
            let mut j = i + 2;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            let inner: String = chars[i + 2..j - 1].iter().collect();
            let target = inner.split_whitespace().next().unwrap_or("");
            let target = target.trim_start_matches('<').trim_end_matches('>');
            out.push((line, target.to_owned()));
        }
        i += 1;
    }
    out
}

/// GitHub's anchor for a heading's text: lower case, punctuation dropped
/// but for `-` and `_`, each space a `-`.
fn slug(heading: &str) -> String {
    // What shows: code spans' text, links' text, no emphasis marks.
    let mut shown = String::new();
    let mut rest = heading;
    while let Some(start) = rest.find("](") {
        shown.push_str(&rest[..start]);
        rest = &rest[start + 2..];
        rest = rest.find(')').map_or("", |end| &rest[end + 1..]);
    }
    shown.push_str(rest);
    shown
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a page's headings, a repeated one numbered `-1`, `-2`….
fn anchors(text: &str) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (_, line) in prose(text) {
        let hashes = line.len() - line.trim_start_matches('#').len();
        if !(1..=6).contains(&hashes) || !line[hashes..].starts_with(' ') {
            continue;
        }
        let title = line[hashes..].trim().trim_end_matches('#').trim();
        let base = slug(title);
        let n = seen.entry(base.clone()).or_insert(0);
        out.push(if *n == 0 {
            base.clone()
        } else {
            format!("{base}-{n}")
        });
        *n += 1;
    }
    out
}

/// `target` (relative to `page`'s folder) as a path relative to the
/// repository, or `None` if it leaves the repository.
fn resolve(page: &Path, target: &str) -> Option<PathBuf> {
    let mut path = PathBuf::new();
    for part in page
        .parent()
        .unwrap_or(Path::new(""))
        .join(target)
        .components()
    {
        match part {
            Component::Normal(p) => path.push(p),
            Component::CurDir => {}
            Component::ParentDir => {
                if !path.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(path)
}

fn is_external(target: &str) -> bool {
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| target.starts_with(scheme))
}

#[test]
fn slugs_follow_githubs_rule() {
    assert_eq!(
        slug("Embedding it on your site"),
        "embedding-it-on-your-site"
    );
    assert_eq!(
        slug("The zip, on your own server"),
        "the-zip-on-your-own-server"
    );
    assert_eq!(
        slug("Clicks after start-up, profiled (2026-12-02)"),
        "clicks-after-start-up-profiled-2026-12-02"
    );
    assert_eq!(
        slug("1. Laying out only what is near the viewport"),
        "1-laying-out-only-what-is-near-the-viewport"
    );
    assert_eq!(slug("`hsw_reader` and Vue 3"), "hsw_reader-and-vue-3");
    assert_eq!(
        slug("[Events](embedding.md) à la carte"),
        "events-à-la-carte"
    );
    assert_eq!(
        anchors("# A\n## Notes\n```\n## not a heading\n```\n### Notes\n## Notes"),
        ["a", "notes", "notes-1", "notes-2"]
    );
    let text = "[a](x.md) `[b](not-a-link)` [`c`](y.md#z \"title\")\n```\n[d](in-a-fence)\n```\n![e](f.png)";
    let found: Vec<(usize, String)> = links(text);
    assert_eq!(
        found,
        [
            (1, "x.md".to_owned()),
            (1, "y.md#z".to_owned()),
            (5, "f.png".to_owned())
        ]
    );
}

#[test]
fn every_relative_link_and_anchor_resolves() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for page in pages() {
        let text = read(&page);
        for (line, target) in links(&text) {
            if is_external(&target) {
                continue;
            }
            checked += 1;
            let at = format!("{}:{line}: ({target})", page.display());
            let (file, anchor) = match target.split_once('#') {
                Some((file, anchor)) => (file, Some(anchor)),
                None => (target.as_str(), None),
            };
            let linked = if file.is_empty() {
                page.clone()
            } else {
                match resolve(&page, file) {
                    Some(path) => path,
                    None => {
                        problems.push(format!("{at} leaves the repository"));
                        continue;
                    }
                }
            };
            if !root().join(&linked).exists() {
                problems.push(format!("{at}: no {}", linked.display()));
                continue;
            }
            let Some(anchor) = anchor else { continue };
            if linked.extension().is_none_or(|e| e != "md") {
                problems.push(format!("{at}: an anchor into a page that is not Markdown"));
                continue;
            }
            let headings = anchors(&read(&linked));
            if !headings.iter().any(|h| h == anchor) {
                problems.push(format!(
                    "{at}: no heading #{anchor} in {} (it has: {})",
                    linked.display(),
                    headings.join(", ")
                ));
            }
        }
    }
    assert!(
        checked > 30,
        "only {checked} links found: is the parser right?"
    );
    assert!(
        problems.is_empty(),
        "broken links:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_readme_is_short_and_links_to_every_guide() {
    let readme = read(Path::new("README.md"));
    let lines = readme.lines().count();
    assert!(
        lines <= README_MAX_LINES,
        "README.md has {lines} lines, more than {README_MAX_LINES}: move the detail to a guide in docs/"
    );
    let linked: Vec<PathBuf> = links(&readme)
        .into_iter()
        .filter(|(_, t)| !is_external(t))
        .filter_map(|(_, t)| resolve(Path::new("README.md"), t.split('#').next().unwrap_or("")))
        .collect();
    let guides: Vec<PathBuf> = pages().into_iter().skip(1).collect();
    assert!(guides.len() >= 7, "{guides:?}");
    for guide in guides {
        assert!(
            linked.contains(&guide),
            "README.md does not link to {}",
            guide.display()
        );
    }
}
