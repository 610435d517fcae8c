use crate::browser;
use crate::data::{validate::is_web_url, DataRef, Text};
use crate::hooks::use_strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub data: DataRef,
    pub ids: Vec<Text>,
}

/// The sources behind a fact: links only for http(s) addresses, opening in a
/// new tab without handing over the page (`noopener noreferrer`).
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let t = use_strings();
    let sources = props.ids.iter().filter_map(|id| props.data.source(id));
    html! {
        <ul class="hsw-sources">
            for source in sources {
                <li key={source.id.to_string()}>
                    if let Some(url) = source.url.as_deref().filter(|u| is_web_url(u)) {
                        <a href={url.to_owned()} target="_blank" rel="noopener noreferrer" lang="en">
                            { source.title.as_ref() }<span class="hsw-sr">{ " " }{ t.opens_new_tab }</span>
                        </a>
                    } else {
                        { source.title.as_ref() }
                    }
                    { t.list_sep }{ source.publisher.as_ref() }
                    if let Some(date) = source.date {
                        { t.list_sep }{ browser::format_date(date, t.locale) }
                    }
                    if let Some(note) = &source.note {
                        <span class="hsw-source-note">{ " " }{ note.as_ref() }</span>
                    }
                </li>
            }
        </ul>
    }
}
