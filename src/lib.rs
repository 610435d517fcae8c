//! Heartstopper cast grid and season timeline widget.

pub mod data;
