//! What the browser tests (`tests/wasm.rs`, `tests/embed.rs`) share.

/// Lets Yew render and run its effects (an attribute change is an effect
/// that dispatches an action, which renders again), and the long lists
/// finish their pieces (they create a few items a task:
/// `components::progressive`): at least three tasks, then until no stand-in
/// is left.
pub async fn settle() {
    for round in 0..100 {
        yew::scheduler::flush().await;
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
        yew::scheduler::flush().await;
        let pending = gloo::utils::document()
            .query_selector(".hsw-pending")
            .ok()
            .flatten();
        if round >= 2 && pending.is_none() {
            return;
        }
    }
    panic!("the lists never finished rendering");
}
