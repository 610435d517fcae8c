//! Long lists that never block the page: each render creates at most a few
//! new items; the others show a stand-in (the pre-rendered item while the
//! state is the first paint's, else a light one: the item's name), and the
//! list renders again in a new task until every item is its own. The
//! browser paints and answers input between the pieces.
//!
//! At 4x CPU Yew creates a card in about 6 ms, so a piece of six cards and
//! a dozen timeline events stays under 50 ms (docs/startup.md). Server-side
//! rendering (the first paints) renders everything at once.

use crate::adopt::FirstPaint;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// What to show for one item in this render.
pub enum Slot {
    /// The item itself.
    Real,
    /// The pre-rendered item, adopted as it is.
    Painted(web_sys::Node),
    /// A light stand-in, made real in a following task.
    Later,
}

struct Pieces {
    /// Items rendered as themselves and still in the list.
    live: BTreeSet<String>,
    /// Items seen in this render.
    seen: BTreeSet<String>,
    /// New items this render may still create.
    budget: usize,
    /// Whether this render left stand-ins.
    waiting: bool,
    /// The first paint, while the list shows what it painted.
    painted: Option<FirstPaint>,
}

/// One list's pieces: ask [`Progressive::slot`] for each item, in order.
#[derive(Clone)]
pub struct Progressive(Rc<RefCell<Pieces>>);

impl Progressive {
    /// How to show the item with this key (an act, `select:person:nick`).
    pub fn slot(&self, key: &str) -> Slot {
        let mut p = self.0.borrow_mut();
        p.seen.insert(key.to_owned());
        if p.live.contains(key) {
            return Slot::Real;
        }
        if p.budget > 0 {
            p.budget -= 1;
            p.live.insert(key.to_owned());
            return Slot::Real;
        }
        p.waiting = true;
        match p.painted.as_ref().and_then(|f| f.item(key)) {
            Some(node) => Slot::Painted(node),
            None => Slot::Later,
        }
    }

    /// The list's click handler for adopted items (which have no handlers
    /// of their own): applies the act of the control clicked, as the item's
    /// own handler would.
    pub fn on_painted_click(
        &self,
        data: &crate::data::DataRef,
        dispatch: &Callback<crate::state::Action>,
    ) -> Callback<MouseEvent> {
        let pieces = self.clone();
        let data = data.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            let action = pieces
                .painted_act(&e)
                .and_then(|a| crate::state::Action::from_act(&a, &data));
            if let Some(action) = action {
                dispatch.emit(action);
            }
        })
    }

    fn painted_act(&self, event: &MouseEvent) -> Option<String> {
        let target = event.target()?;
        let target = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(target).ok()?;
        self.0.borrow().painted.as_ref()?.act_at(&target)
    }
}

/// Pieces for a list creating at most `per_task` new items a render. The
/// first paint's items (`painted`) are offered by the app only while it
/// shows the state the first paint shows.
#[hook]
pub fn use_progressive(per_task: usize, painted: Option<FirstPaint>) -> Progressive {
    let pieces = use_mut_ref(|| Pieces {
        live: BTreeSet::new(),
        seen: BTreeSet::new(),
        budget: 0,
        waiting: false,
        painted: None,
    });
    let renders = use_mut_ref(|| 0_u32);
    {
        let mut p = pieces.borrow_mut();
        let takeover = *renders.borrow() == 0 && painted.is_some();
        *renders.borrow_mut() += 1;
        p.painted = painted;
        p.seen.clear();
        p.waiting = false;
        p.budget = match () {
            _ if !cfg!(target_arch = "wasm32") => usize::MAX,
            // The takeover creates nothing: every item is the painted one.
            _ if takeover => 0,
            // Then the adopted items are made real a piece a task too.
            _ => per_task,
        };
    }
    let again = use_force_update();
    {
        let pieces = pieces.clone();
        use_effect(move || {
            let mut p = pieces.borrow_mut();
            let Pieces { live, seen, .. } = &mut *p;
            // Items that left the list are gone: back, they are new again.
            live.retain(|k| seen.contains(k));
            let timer = p
                .waiting
                .then(|| gloo::timers::callback::Timeout::new(0, move || again.force_update()));
            move || drop(timer)
        });
    }
    Progressive(pieces)
}

/// A pre-rendered item, put back as it is, under its key.
pub fn adopted(key: String, node: web_sys::Node) -> Html {
    Html::VList(Rc::new(yew::virtual_dom::VList::with_children(
        vec![Html::VRef(node)],
        Some(key.into()),
    )))
}
