//! Finding a dataset's entries by id: the one place that knows how. The
//! collections are short (a few seasons and schools, dozens of people), so a
//! scan is the right tool; bulk work over many people builds its own index
//! (`timeline::PeopleIndex`).

use super::model::{Dataset, Event, Person, School, Season, Source};

impl Dataset {
    pub fn season(&self, id: &str) -> Option<&Season> {
        self.seasons.iter().find(|s| s.id == id)
    }

    /// The season's place in story order.
    pub fn season_index(&self, id: &str) -> Option<usize> {
        self.seasons.iter().position(|s| s.id == id)
    }

    pub fn school(&self, id: &str) -> Option<&School> {
        self.schools.iter().find(|s| s.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.person_index(id).map(|i| &self.people[i])
    }

    pub fn person_index(&self, id: &str) -> Option<usize> {
        self.people.iter().position(|p| p.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index(id).map(|i| &self.events[i])
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}
