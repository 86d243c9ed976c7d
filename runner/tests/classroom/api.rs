//! The JSON API as clients read it, kept as insta snapshots
//! (`tests/classroom/snapshots/`), with times, tokens and the port redacted.

use insta::assert_json_snapshot;
use serde_json::{Value, json};

use crate::helpers::Fixture;
use crate::room::{Answer, Server, answer, now_ms, report, shown, with_concept_check};

#[tokio::test]
async fn joining_and_reporting_answer_with_who_and_whether_it_was_stored() {
    let course = Fixture::new();
    let server = Server::start(course.root(), &["--port", "0"]);
    let api = server.api();

    let (status, joined) = api
        .send(
            api.client
                .post(server.url("/api/join"))
                .json(&json!({"code": server.code, "name": "Ada"})),
        )
        .await;
    assert_eq!(status, 201);
    let ada = crate::room::Learner {
        id: joined["learner"].as_i64().unwrap(),
        token: joined["token"].as_str().unwrap().to_string(),
    };
    let at = now_ms();
    let first = api
        .report(&ada, &report("01", "failing", 0, 1, &["adds"], at))
        .await;
    let again = api
        .report(&ada, &report("01", "failing", 0, 1, &["adds"], at))
        .await;
    let older = api
        .report(&ada, &report("01", "done", 1, 1, &[], at - 1))
        .await;

    assert_json_snapshot!(
        json!({
            "join": joined,
            "first report": shown(first),
            "the same again": shown(again),
            "an older one": shown(older),
        }),
        {".join.token" => "[token]"}
    );
}

#[tokio::test]
async fn the_room_names_each_learners_cells_who_is_stuck_and_what_fails_most() {
    let course = Fixture::new();
    // Stuck after 0 minutes: a failing test is "stuck" at once, so the
    // snapshot shows what a stuck cell looks like without waiting.
    let server = Server::start(course.root(), &["--port", "0", "--stuck-minutes", "0"]);
    let api = server.api();
    let ada = api.join("Ada").await;
    let bo = api.join("Bo").await;
    let cy = api.join("Cy").await;
    let at = now_ms();
    for (learner, body) in [
        (&ada, report("01", "done", 1, 1, &[], at)),
        (
            &ada,
            report(
                "02",
                "failing",
                2,
                4,
                &["doubles::zero", "doubles::three"],
                at,
            ),
        ),
        (&bo, report("02", "failing", 3, 4, &["doubles::three"], at)),
        (&cy, report("01", "failing", 0, 1, &["adds"], at)),
    ] {
        let (status, answer) = api.report(learner, &body).await;
        assert_eq!(status, 200, "{answer}");
    }
    let with_mutants = json!({
        "kata": "02", "status": "tests-pass", "tests": {"passed": 4, "total": 4},
        "failing": [], "mutants": {"caught": 0, "total": 1}, "checked_at": at + 1,
    });
    assert_eq!(api.report(&cy, &with_mutants).await.0, 200);

    let room: Value = api.room().await;

    assert_json_snapshot!(room, {
        ".join" => "[join]",
        ".now" => "[now]",
        ".learners[].katas[].reported_at" => "[time]",
        ".learners[].katas[].stuck.since" => "[time]",
    });
}

/// Every error the API can give, as the client reads it: a status and a
/// JSON body with a stable `error` code and a sentence.
#[tokio::test]
async fn every_error_is_a_status_and_a_json_body_with_a_code_and_a_sentence() {
    let course = Fixture::new();
    with_concept_check(&course);
    let server = Server::start(course.root(), &["--port", "0"]);
    let api = server.api();
    let ada = api.join("Ada").await;
    let reports = server.url(&format!("/api/learners/{}/reports", ada.id));
    let good = report("01", "done", 1, 1, &[], now_ms());
    let post = |body: reqwest::Body| {
        api.client
            .post(&reports)
            .header("x-join-code", &server.code)
            .bearer_auth(&ada.token)
            .header("content-type", "application/json")
            .body(body)
    };

    let answers: Vec<(&str, Answer)> = vec![
        (
            "join with a wrong code",
            api.send(
                api.client
                    .post(server.url("/api/join"))
                    .json(&json!({"code": "WRONG1", "name": "Bo"})),
            )
            .await,
        ),
        (
            "join with a name too long",
            api.send(
                api.client
                    .post(server.url("/api/join"))
                    .json(&json!({"code": server.code, "name": "x".repeat(41)})),
            )
            .await,
        ),
        (
            "report without the join code",
            api.send(
                api.client
                    .post(&reports)
                    .bearer_auth(&ada.token)
                    .json(&good),
            )
            .await,
        ),
        (
            "report with another token",
            api.report_as(ada.id, &server.code, &"0".repeat(32), &good)
                .await,
        ),
        (
            "report of a kata the course does not have",
            api.report(&ada, &report("99", "done", 1, 1, &[], now_ms()))
                .await,
        ),
        (
            "report that is not JSON",
            api.send(post("{not json".into())).await,
        ),
        (
            "report with a field missing",
            api.send(post(r#"{"kata": "01"}"#.into())).await,
        ),
        (
            "report over the size limit",
            api.send(post(
                serde_json::to_vec(&json!({"padding": "x".repeat(20_000)}))
                    .unwrap()
                    .into(),
            ))
            .await,
        ),
        (
            "the room without the instructor's token",
            api.send(api.client.get(server.url("/api/room"))).await,
        ),
        (
            "an answer to a question the course does not have",
            api.answer(&ada, &answer("02/no-such-question", &["zero"], None, None))
                .await,
        ),
        (
            "an answer with a choice the question does not have",
            api.answer(&ada, &answer("02/which-data", &["five"], None, None))
                .await,
        ),
        (
            "an answer to a poll the room never asked",
            api.answer(&ada, &answer("02/which-data", &["zero"], Some(7), None))
                .await,
        ),
        (
            "an answer in a round of the concept check that was never opened",
            api.answer(
                &ada,
                &answer("concept-check/double-three", &["six"], None, Some("after")),
            )
            .await,
        ),
    ];
    let answers: serde_json::Map<String, Value> = answers
        .into_iter()
        .map(|(what, answer)| (what.to_string(), shown(answer)))
        .collect();

    assert_json_snapshot!(answers);
}
