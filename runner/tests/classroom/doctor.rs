//! `cargo kata doctor` checks that a joined classroom answers.

use crate::helpers::Fixture;
use crate::room::{Server, kata};

fn fail_lines(stdout: &str) -> usize {
    stdout
        .lines()
        .filter(|line| line.trim_start().starts_with("FAIL"))
        .count()
}

#[tokio::test]
async fn doctor_says_whether_the_joined_classroom_answers() {
    let room = Fixture::new();
    let mut server = Server::start(room.root(), &["--port", "0"]);
    let learner = Fixture::new();
    let alone = kata(learner.root(), &["doctor"]).await;
    assert!(
        !alone.stdout.contains("classroom"),
        "no line about a classroom before joining\n{alone}"
    );
    kata(learner.root(), &["join", &server.join, "--name", "Ada"])
        .await
        .assert_success();

    let reachable = kata(learner.root(), &["doctor"]).await;
    let address = format!("127.0.0.1:{}", server.port);
    assert!(
        reachable.stdout.contains(&format!(
            "ok the classroom at {address} answers, and knows you as Ada"
        )),
        "{reachable}"
    );
    assert_eq!(
        fail_lines(&reachable.stdout),
        fail_lines(&alone.stdout),
        "{reachable}"
    );

    server.kill();
    let gone = kata(learner.root(), &["doctor"]).await;
    assert!(
        gone.stdout
            .contains(&format!("FAIL the classroom at {address} does not answer")),
        "{gone}"
    );
    assert!(
        gone.stdout.contains("cargo kata leave"),
        "the fix says how to stop\n{gone}"
    );
    assert_eq!(
        fail_lines(&gone.stdout),
        fail_lines(&alone.stdout) + 1,
        "{gone}"
    );
    assert_eq!(gone.code, Some(1), "{gone}");
}
