use crate::data::Own;
use crate::text::Strings;
use yew::prelude::*;

/// In a person's or event's details: what the embedding site's own sheet
/// (`overlay`) gave it, said to be the site's and not from our sources. A
/// plain function, not a component: it has no state of its own.
pub fn own_part(t: &Strings, own: &Own) -> Html {
    let said = if own.added {
        Some(t.site_added)
    } else if own.blurb {
        Some(t.site_blurb)
    } else {
        None
    };
    html! {
        <>
            <h3 class="hsw-detail-heading">{ t.from_site }</h3>
            if let Some(said) = said {
                <p>{ said }</p>
            }
            if let Some(note) = &own.note {
                <p class="hsw-own-note">{ note.as_ref() }</p>
            }
        </>
    }
}
