use crate::data::Own;
use crate::hooks::use_strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OwnPartProps {
    pub own: Own,
}

/// In a person's or event's details: what the embedding site's own sheet
/// (`overlay`) gave it, said to be the site's and not from our sources.
#[component]
pub fn OwnPart(props: &OwnPartProps) -> Html {
    let t = use_strings();
    let own = &props.own;
    html! {
        <>
            <h3 class="hsw-detail-heading">{ t.from_site }</h3>
            if own.added {
                <p>{ t.site_added }</p>
            } else if own.blurb {
                <p>{ t.site_blurb }</p>
            }
            if let Some(note) = &own.note {
                <p class="hsw-own-note">{ note.as_ref() }</p>
            }
        </>
    }
}
