//! Strategies shared by the property tests.

use heartstopper_widget::data::embedded;
use heartstopper_widget::filter::{option_ids, Filter, Group};
use proptest::prelude::*;

/// Any filter over the embedded data's own options, with a search text that
/// may hold names, accents and URL-special characters.
pub fn arb_filter() -> impl Strategy<Value = Filter> {
    let data = embedded();
    let ids = |g| {
        option_ids(data, g)
            .into_iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    let (seasons, schools, roles) = (ids(Group::Season), ids(Group::School), ids(Group::Role));
    (
        proptest::sample::subsequence(seasons.clone(), 0..=seasons.len()),
        proptest::sample::subsequence(schools.clone(), 0..=schools.len()),
        proptest::sample::subsequence(roles.clone(), 0..=roles.len()),
        prop_oneof![
            Just(String::new()),
            Just("nel".to_string()),
            Just("É".to_string()),
            "[a-zA-Zé &=?#%+]{0,12}"
        ],
        any::<bool>(),
    )
        .prop_map(|(seasons, schools, roles, q, new_only)| {
            let mut f = Filter::default();
            for (group, ids) in [
                (Group::Season, seasons),
                (Group::School, schools),
                (Group::Role, roles),
            ] {
                for id in ids {
                    f.select(group, &id);
                }
            }
            f.set_query(q.trim());
            f.set_new_only(new_only);
            f
        })
}
