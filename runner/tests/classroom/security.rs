//! Each security promise of the classroom, with the request that would
//! break it, and proof that it changed nothing in the room.

use serde_json::{Value, json};

use crate::helpers::Fixture;
use crate::room::{Api, Learner, Server, answer, bars, now_ms, report, with_concept_check};

/// The room without its clock: what a refused request must leave as it was.
async fn room_state(api: &Api) -> Value {
    let mut room = api.room().await;
    room.as_object_mut().unwrap().remove("now");
    room
}

async fn room_with_two_learners() -> (Fixture, Server, Api, Learner, Learner) {
    let course = Fixture::new();
    let server = Server::start(course.root(), &["--port", "0"]);
    let api = server.api();
    let ada = api.join("Ada").await;
    let bo = api.join("Bo").await;
    let at = now_ms();
    assert_eq!(
        api.report(&ada, &report("01", "failing", 0, 1, &["adds"], at))
            .await
            .0,
        200
    );
    assert_eq!(
        api.report(&bo, &report("01", "done", 1, 1, &[], at))
            .await
            .0,
        200
    );
    (course, server, api, ada, bo)
}

#[tokio::test]
async fn every_report_needs_the_rooms_join_code() {
    let (_course, server, api, ada, _) = room_with_two_learners().await;
    let before = room_state(&api).await;
    let newer = report("01", "done", 1, 1, &[], now_ms() + 1_000);

    let missing = api
        .send(
            api.client
                .post(server.url(&format!("/api/learners/{}/reports", ada.id)))
                .bearer_auth(&ada.token)
                .json(&newer),
        )
        .await;
    let wrong = api.report_as(ada.id, "WRONG1", &ada.token, &newer).await;
    // One character off, in the last place: the comparison looks at all of it.
    let mut near = server.code.clone();
    let last = near.pop().unwrap();
    near.push(if last == 'A' { 'C' } else { 'A' });
    let nearly = api.report_as(ada.id, &near, &ada.token, &newer).await;

    for (status, body) in [missing, wrong, nearly] {
        assert_eq!(status, 403, "{body}");
        assert_eq!(body["error"], "wrong_code");
    }
    assert_eq!(room_state(&api).await, before, "nothing was stored");
    // The code as people type it from a projector still works.
    let typed = server.code.to_lowercase();
    assert_eq!(
        api.report_as(ada.id, &typed, &ada.token, &newer).await.0,
        200
    );
}

#[tokio::test]
async fn a_learners_token_updates_that_learners_row_only() {
    let (_course, _server, api, ada, bo) = room_with_two_learners().await;
    let before = room_state(&api).await;
    let newer = report("01", "failing", 0, 1, &["forged"], now_ms() + 1_000);

    // Ada's token on Bo's row; no token; a token nobody has; a row nobody has.
    for (id, token) in [
        (bo.id, ada.token.as_str()),
        (bo.id, ""),
        (bo.id, "0123456789abcdef0123456789abcdef"),
        (999, ada.token.as_str()),
    ] {
        let (status, body) = api.report_as(id, &api.code, token, &newer).await;
        assert_eq!(status, 401, "learner {id} with {token:?}: {body}");
        assert_eq!(body["error"], "unknown_learner");
    }
    assert_eq!(room_state(&api).await, before, "no row changed");

    // With her own token, Ada changes her own row, and only hers.
    assert_eq!(api.report(&ada, &newer).await.0, 200);
    let room = api.room().await;
    assert_eq!(
        crate::room::cell(&room, "Ada", "01").unwrap()["failing"],
        json!(["forged"])
    );
    assert_eq!(
        crate::room::cell(&room, "Bo", "01").unwrap()["status"],
        "done"
    );
}

#[tokio::test]
async fn the_page_its_event_stream_and_the_room_need_the_instructors_token() {
    let (_course, server, api, ..) = room_with_two_learners().await;
    let wrong = "0".repeat(server.token.len());
    for path in ["/room", "/room/events", "/api/room"] {
        for query in [
            String::new(),
            format!("?token={wrong}"),
            "?token=".to_string(),
        ] {
            let (status, body) = api
                .send(api.client.get(server.url(&format!("{path}{query}"))))
                .await;
            assert_eq!(status, 403, "{path}{query}: {body}");
            assert!(
                !body.to_string().contains("Ada"),
                "{path}{query} tells nothing about the room"
            );
        }
    }
    let page = api.client.get(server.page_url()).send().await.unwrap();
    assert_eq!(page.status(), 200);
    // Its own script and style only: an injected inline script would not run.
    let policy = page.headers()["content-security-policy"].to_str().unwrap();
    assert!(policy.contains("script-src 'self'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert_eq!(page.headers()["referrer-policy"], "no-referrer");
}

#[tokio::test]
async fn names_and_test_names_are_limited_in_length() {
    let (_course, server, api, ada, _) = room_with_two_learners().await;
    let before = room_state(&api).await;
    let join = |name: String| {
        api.send(
            api.client
                .post(server.url("/api/join"))
                .json(&json!({"code": server.code, "name": name})),
        )
    };
    for name in ["x".repeat(41), "   ".to_string(), "Ada\nBob".to_string()] {
        let (status, body) = join(name.clone()).await;
        assert_eq!(status, 422, "{name:?}: {body}");
        assert_eq!(body["error"], "invalid_request");
    }
    let at = now_ms() + 1_000;
    let long_test = "t".repeat(201);
    let too_many: Vec<String> = (0..21).map(|i| format!("test_{i}")).collect();
    let too_many: Vec<&str> = too_many.iter().map(String::as_str).collect();
    for body in [
        report("01", "failing", 0, 1, &[long_test.as_str()], at),
        report("01", "failing", 0, 21, &too_many, at),
        report("01", "failing", 5, 1, &["a"], at),
    ] {
        let (status, answer) = api.report(&ada, &body).await;
        assert_eq!(status, 422, "{answer}");
    }
    assert_eq!(room_state(&api).await, before, "nothing was stored");
    // Forty characters is fine, whatever the script.
    assert_eq!(join("λ".repeat(40)).await.0, 201);
}

#[tokio::test]
async fn a_body_over_the_size_limit_gets_413_and_nothing_is_stored() {
    let (_course, server, api, ada, _) = room_with_two_learners().await;
    let before = room_state(&api).await;
    // Over the 16 KiB limit, and small enough that the whole body is sent
    // before the server answers (past that, a client sees its connection
    // closed instead of the 413, which refuses it just as well).
    let mut huge = report("01", "done", 1, 1, &[], now_ms() + 1_000);
    huge["padding"] = json!("x".repeat(20 * 1024));

    let (status, body) = api.report(&ada, &huge).await;

    assert_eq!(status, 413, "{body}");
    assert_eq!(body["error"], "too_large");
    let (status, body) = api
        .send(
            api.client
                .post(server.url("/api/join"))
                .json(&json!({"code": server.code, "name": "x".repeat(20 * 1024)})),
        )
        .await;
    assert_eq!(status, 413, "{body}");
    assert_eq!(room_state(&api).await, before, "nothing was stored");
}

#[tokio::test]
async fn a_malformed_report_gets_400_or_422_with_a_json_error_and_nothing_is_stored() {
    let (_course, server, api, ada, _) = room_with_two_learners().await;
    let before = room_state(&api).await;
    let url = server.url(&format!("/api/learners/{}/reports", ada.id));
    let send = |body: &'static str| {
        api.send(
            api.client
                .post(&url)
                .header("x-join-code", &server.code)
                .bearer_auth(&ada.token)
                .header("content-type", "application/json")
                .body(body),
        )
    };
    let cases = [
        ("{\"kata\": ", 400, "malformed_json"),
        ("[1, 2, 3]", 422, "invalid_request"),
        ("{\"kata\": \"01\"}", 422, "invalid_request"),
        (
            r#"{"kata":"01","status":"on-fire","tests":null,"failing":[],"mutants":null,"checked_at":1}"#,
            422,
            "invalid_request",
        ),
        (
            r#"{"kata":"01","status":"done","tests":null,"failing":[],"mutants":null,"checked_at":1,"source":"fn main() {}"}"#,
            422,
            "invalid_request",
        ),
    ];
    for (body, status, error) in cases {
        let (got, answer) = send(body).await;
        assert_eq!(got, status, "{body}: {answer}");
        assert_eq!(answer["error"], error, "{body}");
        assert!(answer["message"].is_string(), "{answer}");
    }
    assert_eq!(room_state(&api).await, before, "nothing was stored");
}

#[tokio::test]
async fn a_kata_the_course_does_not_have_is_refused() {
    let (_course, _server, api, ada, _) = room_with_two_learners().await;
    let before = room_state(&api).await;
    for kata in ["99", "1", "kata-01", "", "<script>"] {
        let (status, body) = api
            .report(&ada, &report(kata, "done", 1, 1, &[], now_ms() + 1_000))
            .await;
        assert_eq!(
            (status, body["error"].as_str()),
            (422, Some("unknown_kata")),
            "{kata:?}"
        );
    }
    assert_eq!(room_state(&api).await, before, "nothing was stored");
}

/// A quiz answer is ids only, checked against the course's quiz data:
/// nothing else is stored, and nothing at all when one thing is wrong.
#[tokio::test]
async fn an_answer_is_checked_against_the_courses_quizzes_and_its_limits() {
    let course = Fixture::new();
    with_concept_check(&course);
    let server = Server::start(course.root(), &["--port", "0"]);
    let api = server.api();
    let ada = api.join("Ada").await;
    let before = room_state(&api).await;
    let too_many: Vec<String> = (0..11).map(|n| format!("c{n}")).collect();
    let too_many: Vec<&str> = too_many.iter().map(String::as_str).collect();
    let long_id = format!("02/{}", "x".repeat(70));
    let cases = [
        (
            answer("02/no-such-question", &["zero"], None, None),
            422,
            "unknown_question",
        ),
        (
            answer("99/which-catch", &["zero"], None, None),
            422,
            "unknown_question",
        ),
        (
            answer(&long_id, &["zero"], None, None),
            422,
            "invalid_request",
        ),
        (
            answer("02/which-catch", &["five"], None, None),
            422,
            "invalid_request",
        ),
        (
            answer("02/which-catch", &[], None, None),
            422,
            "invalid_request",
        ),
        (
            answer("02/which-catch", &too_many, None, None),
            422,
            "invalid_request",
        ),
        (
            answer("02/which-catch", &["zero", "zero"], None, None),
            422,
            "invalid_request",
        ),
        // A single-choice question gets one choice.
        (
            answer("02/which-data", &["four", "zero"], None, None),
            422,
            "invalid_request",
        ),
        // Rounds are the concept check's; polls must be the room's own.
        (
            answer("02/which-data", &["zero"], None, Some("before")),
            422,
            "invalid_request",
        ),
        (
            answer("concept-check/double-three", &["six"], None, None),
            422,
            "invalid_request",
        ),
        (
            answer("02/which-data", &["zero"], Some(99), None),
            422,
            "unknown_poll",
        ),
        // A round the instructor never opened.
        (
            answer("concept-check/double-three", &["six"], None, Some("before")),
            409,
            "round_not_open",
        ),
    ];
    for (body, status, error) in cases {
        let (got, answer) = api.answer(&ada, &body).await;
        assert_eq!(
            (got, answer["error"].as_str()),
            (status, Some(error)),
            "{body}: {answer}"
        );
        assert!(answer["message"].is_string(), "{answer}");
    }
    // Free text, or any field the answer does not have, is refused whole.
    let mut with_text = answer("02/which-data", &["zero"], None, None);
    with_text["why"] = json!("because the test name says zero");
    let (status, body) = api.answer(&ada, &with_text).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (422, Some("invalid_request"))
    );
    let poll = api.ask("02/which-catch").await;
    let (status, body) = api
        .answer(&ada, &answer("02/which-data", &["zero"], Some(poll), None))
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (422, Some("unknown_poll")),
        "an answer to a poll is to the question it asked: {body}"
    );
    let mut after = room_state(&api).await;
    after["quiz"]["poll"] = before["quiz"]["poll"].clone();
    assert_eq!(after, before, "nothing was stored");
}

#[tokio::test]
async fn a_learners_token_updates_that_learners_answers_only() {
    let (_course, _server, api, ada, bo) = room_with_two_learners().await;
    let right = answer("02/which-data", &["zero"], None, None);
    assert_eq!(api.answer(&bo, &right).await.0, 200);
    let before = room_state(&api).await;
    let forged = answer("02/which-data", &["four"], None, None);

    // Ada's token on Bo's row; no token; a token nobody has; a row nobody has.
    for (id, token) in [
        (bo.id, ada.token.as_str()),
        (bo.id, ""),
        (bo.id, "0123456789abcdef0123456789abcdef"),
        (999, ada.token.as_str()),
    ] {
        let (status, body) = api.answer_as(id, token, &forged).await;
        assert_eq!(status, 401, "learner {id} with {token:?}: {body}");
        assert_eq!(body["error"], "unknown_learner");
    }
    assert_eq!(room_state(&api).await, before, "no answer changed");

    // With her own token, Ada's answer is hers alone.
    assert_eq!(api.answer(&ada, &forged).await.0, 200);
    let room = api.room().await;
    let which = bars(&room, "02/which-data").unwrap();
    assert_eq!(crate::room::counts(which), [1, 1], "Ada's four, Bo's zero");
    assert_eq!(which["right"], 1, "Bo's answer is as he gave it");
}

/// The instructor's quiz controls need the instructor's token, like the page.
#[tokio::test]
async fn asking_the_room_and_opening_rounds_need_the_instructors_token() {
    let (_course, server, api, ..) = room_with_two_learners().await;
    let before = room_state(&api).await;
    let wrong = "0".repeat(server.token.len());
    let requests = [
        (
            reqwest::Method::POST,
            "/api/room/poll",
            Some(json!({"question": "02/which-catch"})),
        ),
        (reqwest::Method::DELETE, "/api/room/poll", None),
        (
            reqwest::Method::POST,
            "/api/room/round",
            Some(json!({"round": "before"})),
        ),
        (
            reqwest::Method::POST,
            "/api/room/names",
            Some(json!({"shown": true})),
        ),
        (reqwest::Method::GET, "/api/quizzes", None),
    ];
    for (method, path, body) in requests {
        for query in [String::new(), format!("?token={wrong}")] {
            let mut request = api
                .client
                .request(method.clone(), server.url(&format!("{path}{query}")));
            if let Some(body) = &body {
                request = request.json(body);
            }
            let (status, answer) = api.send(request).await;
            assert_eq!(
                (status, answer["error"].as_str()),
                (403, Some("instructor_only")),
                "{method} {path}{query}"
            );
        }
    }
    assert_eq!(room_state(&api).await, before, "nothing changed");
    // A question of the concept check is not asked one at a time, and a
    // question the course does not have is refused.
    for (question, error) in [
        ("02/no-such-question", "unknown_question"),
        ("99/anything", "unknown_question"),
    ] {
        let (status, body) = api
            .instructor(
                reqwest::Method::POST,
                "/api/room/poll",
                Some(json!({ "question": question })),
            )
            .await;
        assert_eq!(
            (status, body["error"].as_str()),
            (422, Some(error)),
            "{body}"
        );
    }
}
