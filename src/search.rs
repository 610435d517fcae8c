//! Case- and accent-insensitive text search: "stephane" finds "Stéphane".
//!
//! Folding covers Latin-1 and Latin Extended-A, which is every name in the
//! data; a Unicode normalisation crate would cost far more bundle size than
//! this table.

/// The base letter of U+00C0..=U+017F, lowercased; `_` keeps the character.
const LATIN: &[u8; 192] = b"aaaaaa_ceeeeiiiidnooooo_ouuuuyt_aaaaaa_ceeeeiiiidnooooo_ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiii_i__jjkkkllllllllllnnnnnnnnnoooooo__rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Lowercase, without accents: `Stéphane Œuvre` → `stephane oeuvre`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'ĳ' => out.push_str("ij"),
            '\u{C0}'..='\u{17F}' => match LATIN[c as usize - 0xC0] {
                b'_' => out.push(c),
                base => out.push(char::from(base)),
            },
            // Combining accents (decomposed input) are dropped.
            '\u{300}'..='\u{36F}' => {}
            _ => out.push(c),
        }
    }
    out
}

/// A query, folded and split into words, ready to match many haystacks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

/// Longest query looked at; the rest is ignored.
pub const MAX_QUERY: usize = 200;

impl Query {
    pub fn new(text: &str) -> Self {
        let text: String = text.chars().take(MAX_QUERY).collect();
        Self {
            words: fold(&text).split_whitespace().map(str::to_owned).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Every word of the query occurs in one of the (unfolded) texts.
    pub fn matches<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let haystack: Vec<String> = texts.into_iter().map(fold).collect();
        self.words
            .iter()
            .all(|w| haystack.iter().any(|h| h.contains(w.as_str())))
    }
}
