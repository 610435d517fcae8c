//! The interface languages and how one is chosen for a reader. Imports
//! nothing: the text tables, the URL state and the browser glue all build on it.

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    De,
    PtBr,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Es, Lang::Fr, Lang::De, Lang::PtBr];

    /// The code used in `lang=` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::PtBr => "pt-BR",
        }
    }

    /// The language a BCP 47 tag asks for, by its primary subtag:
    /// `fr-CA` → French, `pt-PT` → Brazilian Portuguese (the nearest offered).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            "pt" => Some(Lang::PtBr),
            _ => None,
        }
    }

    /// The first offered language among the reader's choices, in order
    /// (attribute, URL, browser); English when none is offered.
    pub fn negotiate<'a>(choices: impl IntoIterator<Item = &'a str>) -> Lang {
        choices
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// The widget's language, by one rule wherever it is needed (the app and
    /// the element's panic message): the element's `lang` attribute, then the
    /// link's `?lang=`, then the browser's languages in order; English when
    /// none of them is offered.
    pub fn choose<'a>(
        attribute: Option<&'a str>,
        link: Option<Lang>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        Lang::negotiate(
            attribute
                .into_iter()
                .chain(link.map(Lang::code))
                .chain(browser),
        )
    }
}
