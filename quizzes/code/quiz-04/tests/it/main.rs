//! The stock's tests, bottom-up: one module per layer, lowest first, so that
//! the list of failures reads from the bottom too.

mod drivers;

mod layer_1_database;
mod layer_2_repository;
mod layer_3_service;
