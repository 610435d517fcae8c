use crate::data::Image;
use crate::hooks::use_strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PhotoProps {
    pub image: Image,
    /// Width and height in CSS pixels: the box is reserved before it loads.
    pub size: u32,
    /// In the details: the picture's own text and, visibly, its credit. On a
    /// card the name is next to it, so it is decorative there.
    #[prop_or_default]
    pub detailed: bool,
    /// What shows if the picture is missing or broken (the initials).
    #[prop_or_default]
    pub children: Html,
}

/// A person's picture from custom data, lazy and of a reserved size; if it
/// fails to load, `children` instead (no broken-image icon).
#[component]
pub fn Photo(props: &PhotoProps) -> Html {
    let t = use_strings();
    let broken = use_state(|| false);
    if *broken {
        return props.children.clone();
    }
    let image = &props.image;
    let onerror = Callback::from(move |_: Event| broken.set(true));
    let size = AttrValue::from(props.size.to_string());
    let (alt, lang) = if props.detailed {
        (AttrValue::from(image.alt.to_string()), Some("en"))
    } else {
        (AttrValue::default(), None)
    };
    let img = html! {
        <img class="hsw-photo" src={image.src.to_string()} {alt} {lang}
            width={size.clone()} height={size} loading="lazy" decoding="async" {onerror} />
    };
    if props.detailed {
        html! {
            <figure class="hsw-figure">
                { img }
                <figcaption class="hsw-credit">{ t.labelled(t.image_credit) }<span lang="en">{ image.credit.as_ref() }</span></figcaption>
            </figure>
        }
    } else {
        img
    }
}
