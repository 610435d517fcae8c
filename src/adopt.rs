//! The takeover without a rebuild: the pre-rendered first paint's cards and
//! timeline events, handed to the app so that its first render puts the very
//! same nodes back instead of creating about 1,500 new ones, and lays none of
//! them out again. The app then makes them its own a few per task
//! (`components::progressive`); until then a click on one still works (the
//! lists hear it by its `data-hsw-act`).
//!
//! Only a first paint of the state the app starts in is adopted: the painted
//! widget names its state (`data-hsw-state`, the canonical query that
//! `url_state::write` gives, and `lang`), and the app compares it with its
//! own before it takes anything.

use std::rc::Rc;
use web_sys::{Element, Node};

/// The state a rendered widget shows, as its root `section` names it.
pub const STATE_ATTRIBUTE: &str = "data-hsw-state";

/// Items of the first paint, by their act (`select:person:nick`).
#[derive(Clone)]
pub struct FirstPaint(Rc<Painted>);

struct Painted {
    state: String,
    locale: String,
    /// A few dozen, looked up at the takeover only: a list (a map's code
    /// would cost the wasm more than the lookups cost the reader).
    items: Vec<(String, Node)>,
}

impl PartialEq for FirstPaint {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl FirstPaint {
    /// The first paint in `root`, if it shows a widget: its cards and events
    /// (each found by the act of the control it holds).
    pub fn find(root: &Element) -> Option<FirstPaint> {
        let widget = root.query_selector(".hsw").ok().flatten()?;
        let state = widget.get_attribute(STATE_ATTRIBUTE)?;
        let locale = widget.get_attribute("lang")?;
        let mut items = Vec::new();
        let list = root
            .query_selector_all(".hsw-card [data-hsw-act], .hsw-event [data-hsw-act]")
            .ok()?;
        for i in 0..list.length() {
            let Some(control) = list
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok())
            else {
                continue;
            };
            let (Some(act), Ok(Some(item))) = (
                control.get_attribute("data-hsw-act"),
                control.closest(".hsw-card, .hsw-event"),
            ) else {
                continue;
            };
            items.push((act, item.into()));
        }
        Some(FirstPaint(Rc::new(Painted {
            state,
            locale,
            items,
        })))
    }

    fn lookup(&self, act: &str) -> Option<&Node> {
        self.0
            .items
            .iter()
            .find(|(a, _)| a == act)
            .map(|(_, node)| node)
    }

    /// Whether this first paint shows `state` in `locale`.
    pub fn shows(&self, state: &str, locale: &str) -> bool {
        self.0.state == state && self.0.locale == locale
    }

    /// The painted item whose control does `act`.
    pub fn item(&self, act: &str) -> Option<Node> {
        self.lookup(act).cloned()
    }

    /// The act of a click at `target`, if it landed in a painted item still
    /// on the page (adopted, not yet replaced by the app's own).
    pub fn act_at(&self, target: &Element) -> Option<String> {
        let control = target.closest("[data-hsw-act]").ok().flatten()?;
        let act = control.get_attribute("data-hsw-act")?;
        let item = self.lookup(&act)?;
        (item.is_connected() && item.contains(Some(&control))).then_some(act)
    }
}
