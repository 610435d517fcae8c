//! What a wasm file is made of: the code per crate (by the function names in
//! the `name` section, so profile a build that keeps them: `wasm-bindgen
//! --keep-debug`, then `wasm-opt -Oz -g`, as `scripts/size-report.sh
//! --profile` does), the data (`.rodata`: strings, tables, the embedded
//! dataset) and the rest, in raw bytes. A rough, dependency-free stand-in for
//! `twiggy`: generic code is counted under the crate of the type it was
//! instantiated for (`<yew::Html as core::fmt::Debug>::fmt` is yew's).
//!
//! Usage: `hsw-wasm-profile FILE.wasm [...]`.

use std::collections::BTreeMap;

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: hsw-wasm-profile FILE.wasm [...]");
        std::process::exit(2);
    }
    for file in files {
        match std::fs::read(&file)
            .map_err(|e| e.to_string())
            .and_then(|b| profile(&b))
        {
            Ok(rows) => print(&file, &rows),
            Err(e) => {
                eprintln!("hsw-wasm-profile: {file}: {e}");
                std::process::exit(1);
            }
        }
    }
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("unexpected end of file")?;
        self.at += 1;
        Ok(b)
    }

    fn leb(&mut self) -> Result<usize, String> {
        let mut value = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("bad LEB128 number".into())
    }

    fn take(&mut self, len: usize) -> Result<&[u8], String> {
        let end = self.at.checked_add(len).ok_or("bad length")?;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or("unexpected end of file")?;
        self.at = end;
        Ok(slice)
    }
}

/// Bytes per row: `code: <crate>`, `data (.rodata …)`, and the other sections.
fn profile(bytes: &[u8]) -> Result<BTreeMap<String, usize>, String> {
    if bytes.get(..4) != Some(b"\0asm") {
        return Err("not a wasm file".into());
    }
    let mut c = Cursor { bytes, at: 8 };
    let mut imports = 0;
    let mut bodies: Vec<usize> = Vec::new();
    let mut names: BTreeMap<usize, String> = BTreeMap::new();
    let mut rows: BTreeMap<String, usize> = BTreeMap::new();
    while c.at < bytes.len() {
        let id = c.byte()?;
        let len = c.leb()?;
        let body = c.take(len)?;
        let mut s = Cursor { bytes: body, at: 0 };
        match id {
            2 => {
                // Imported functions come first in the function index space.
                let count = s.leb()?;
                for _ in 0..count {
                    let module = s.leb()?;
                    s.take(module)?;
                    let field = s.leb()?;
                    s.take(field)?;
                    match s.byte()? {
                        0 => {
                            s.leb()?;
                            imports += 1;
                        }
                        1 => {
                            s.byte()?;
                            limits(&mut s)?;
                        }
                        2 => limits(&mut s)?,
                        3 => {
                            s.byte()?;
                            s.byte()?;
                        }
                        4 => {
                            s.byte()?;
                            s.leb()?;
                        }
                        kind => return Err(format!("unknown import kind {kind}")),
                    }
                }
                *rows.entry("imports".into()).or_default() += len;
            }
            10 => {
                let count = s.leb()?;
                for _ in 0..count {
                    let size = s.leb()?;
                    s.take(size)?;
                    bodies.push(size);
                }
            }
            11 => {
                *rows
                    .entry("data (.rodata: strings, tables, the dataset)".into())
                    .or_default() += len
            }
            0 => {
                let n = s.leb()?;
                let name = String::from_utf8_lossy(s.take(n)?).into_owned();
                if name == "name" {
                    while s.at < body.len() {
                        let sub = s.byte()?;
                        let sub_len = s.leb()?;
                        let sub_body = s.take(sub_len)?;
                        if sub == 1 {
                            let mut f = Cursor {
                                bytes: sub_body,
                                at: 0,
                            };
                            let count = f.leb()?;
                            for _ in 0..count {
                                let index = f.leb()?;
                                let n = f.leb()?;
                                let text = String::from_utf8_lossy(f.take(n)?).into_owned();
                                names.insert(index, text);
                            }
                        }
                    }
                }
                // Other custom sections (producers, target features) are
                // not shipped: wasm-opt drops them.
            }
            _ => *rows.entry("other sections".into()).or_default() += len,
        }
    }
    // HSW_PROFILE_TOP=N also lists the N largest functions.
    let top: usize = std::env::var("HSW_PROFILE_TOP")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let mut largest: Vec<(usize, &str)> = bodies
        .iter()
        .enumerate()
        .map(|(i, size)| (*size, names.get(&(imports + i)).map_or("?", String::as_str)))
        .collect();
    largest.sort_by_key(|b| std::cmp::Reverse(b.0));
    for (size, name) in largest.iter().take(top) {
        eprintln!("{size:>7}  {name}");
    }
    for (i, size) in bodies.iter().enumerate() {
        let owner = names
            .get(&(imports + i))
            .map_or_else(|| "(unnamed)".to_owned(), |n| crate_of(n));
        *rows.entry(format!("code: {owner}")).or_default() += size;
    }
    Ok(rows)
}

fn limits(s: &mut Cursor<'_>) -> Result<(), String> {
    let flags = s.byte()?;
    s.leb()?;
    if flags & 1 == 1 {
        s.leb()?;
    }
    Ok(())
}

/// The crate a (legacy-mangled) function belongs to: the first path segment,
/// or for `<T as Trait>::f` the type's crate, else the trait's.
fn crate_of(name: &str) -> String {
    // A function component's body is inlined into Yew's generic `view`.
    // (Legacy mangling `…Stateful$GT$4view17h…`, v0 `…8Stateful4view`.)
    if name.contains("CompStateInner") && name.contains("4view") {
        return "our components' html! (inlined into yew's view)".into();
    }
    // The standard library is mangled the v0 way: `…Cs<hash>_4core…`.
    if let Some(rest) = name.strip_prefix("_R") {
        let krate = rest.split_once("Cs").and_then(|(_, r)| {
            let r = r.split_once('_')?.1;
            let digits: String = r.chars().take_while(char::is_ascii_digit).collect();
            r.get(digits.len()..digits.len() + digits.parse::<usize>().ok()?)
        });
        return krate.map_or_else(|| "(other)".into(), str::to_owned);
    }
    let Some(rest) = name.strip_prefix("_ZN") else {
        return "(other)".into();
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let Ok(len) = digits.parse::<usize>() else {
        return "(other)".into();
    };
    let first = rest.get(digits.len()..digits.len() + len).unwrap_or("");
    let first = first.trim_start_matches('_');
    let segment = |path: &str| -> Option<String> {
        let head = path.split("..").next()?;
        let head = head
            .trim_start_matches("$RF$")
            .trim_start_matches("mut$u20$");
        (!head.is_empty()
            && head.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && path.contains(".."))
        .then(|| head.to_owned())
    };
    if let Some(inner) = first.strip_prefix("$LT$") {
        let (ty, tr) = inner.split_once("$u20$as$u20$").unwrap_or((inner, ""));
        let owner = segment(ty).or_else(|| segment(tr));
        return owner.unwrap_or_else(|| "(generic)".into());
    }
    let owner = first.split("$LT$").next().unwrap_or(first);
    if owner.is_empty() {
        "(other)".into()
    } else {
        owner.to_owned()
    }
}

fn print(file: &str, rows: &BTreeMap<String, usize>) {
    let total: usize = rows.values().sum();
    let mut sorted: Vec<(&String, &usize)> = rows.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{file}: {total} bytes without its name section");
    println!("| part | raw bytes | share |");
    println!("|---|---|---|");
    let mut small = 0;
    for (name, size) in sorted {
        let share = *size as f64 * 100.0 / total.max(1) as f64;
        if share < 0.5 {
            small += size;
            continue;
        }
        println!("| {name} | {size} | {share:.1}% |");
    }
    if small > 0 {
        let share = small as f64 * 100.0 / total.max(1) as f64;
        println!("| everything under 0.5% each | {small} | {share:.1}% |");
    }
}
