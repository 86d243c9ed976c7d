//! Kata 07: the shop's user API, over HTTP.
//!
//! Three routes over one SQLite database:
//!
//! - `POST /users` creates a user: 201 Created, with the user as JSON and a
//!   `Location` header that says where to read it;
//! - `GET /users/{id}` reads one: 200 with the user, or 404;
//! - `PUT /users/{id}` replaces a user's name and email: 200 with the user as
//!   stored, or 404.
//!
//! Every error answers with a JSON body, `{"error": "...", "message": "..."}`
//! (see [`error`]). The API is given and correct: you write its tests.

pub mod api;
pub mod error;
pub mod json_body;
pub mod repository;
pub mod server;
pub mod users;
