//! The provider: the loyalty API.
//!
//! `GET /members/{id}/points` answers a member's points and tier, and when
//! they joined; 404 for a member it doesn't know.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: String,
    pub points: u32,
    /// The day the member joined, such as `2021-03-01`.
    pub since: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    Bronze,
    Silver,
    Gold,
}

// ANCHOR: tier_for
/// Silver from 100 points, gold from 500.
pub fn tier_for(points: u32) -> Tier {
    match points {
        500.. => Tier::Gold,
        100.. => Tier::Silver,
        _ => Tier::Bronze,
    }
}
// ANCHOR_END: tier_for

// ANCHOR: points_view
/// The answer to `GET /members/{id}/points`.
#[derive(Debug, Serialize)]
struct PointsView<'a> {
    member: &'a str,
    points: u32,
    tier: Tier,
    member_since: &'a str,
}
// ANCHOR_END: points_view

/// The loyalty API over `members`.
pub fn router(members: Vec<Member>) -> Router {
    let members: HashMap<String, Member> = members
        .into_iter()
        .map(|member| (member.id.clone(), member))
        .collect();
    Router::new()
        .route("/members/{id}/points", get(points))
        .with_state(Arc::new(members))
}

async fn points(
    State(members): State<Arc<HashMap<String, Member>>>,
    Path(id): Path<String>,
) -> Response {
    let Some(member) = members.get(&id) else {
        let refusal = json!({ "message": format!("no member {id}") });
        return (StatusCode::NOT_FOUND, Json(refusal)).into_response();
    };
    Json(PointsView {
        member: &member.id,
        points: member.points,
        tier: tier_for(member.points),
        member_since: &member.since,
    })
    .into_response()
}
