//! `cargo kata classroom serve`: the instructor's live grid of who is stuck
//! where, and the room's quiz answers. Prints the join line for the room and
//! the link to the page, then serves until Ctrl-C. The room lives in `.kata/classroom/room.sqlite`, so a
//! restart has the same code, the same learners and their latest states.

use std::io::ErrorKind;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, UdpSocket};

use anyhow::{Context, Result, bail};

use crate::classroom::admission::Admission;
use crate::classroom::quizzes::RoomQuizzes;
use crate::classroom::server::{self, AppState, Settings};
use crate::classroom::store::Store;
use crate::classroom::{client, now_ms};
use crate::cli::Classroom;
use crate::course::Course;
use crate::ui::{self, BOLD, GOOD, NOTE, WARN};
use crate::verdict::Verdict;

/// The port of a new room, unless `--port` says otherwise: easy to read out,
/// and above the ones a laptop reserves.
const DEFAULT_PORT: u16 = 7878;

pub fn run(course: &Course, command: Classroom) -> Result<Verdict> {
    match command {
        Classroom::Serve {
            port,
            network,
            stuck_minutes,
            new_room,
            max_learners,
            joins_per_minute,
        } => {
            let admission = Admission::new(max_learners, joins_per_minute);
            serve(course, port, network, stuck_minutes, new_room, admission).map(|()| Verdict::Done)
        }
        // In the background: nobody reads its errors, and the next check
        // says what did not get through.
        Classroom::Send => {
            let _ = client::send_outbox(course);
            Ok(Verdict::Done)
        }
    }
}

fn serve(
    course: &Course,
    port: Option<u16>,
    network: bool,
    stuck_minutes: u64,
    new_room: bool,
    admission: Admission,
) -> Result<()> {
    let file = course.room_file();
    let mut store = Store::open(&file)?;
    let room = store.room(new_room, now_ms())?;
    let wanted = port.or(room.port).unwrap_or(DEFAULT_PORT);
    let bind_ip = if network {
        IpAddr::V4(Ipv4Addr::UNSPECIFIED)
    } else {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    };
    let listener = match TcpListener::bind(SocketAddr::new(bind_ip, wanted)) {
        Ok(listener) => listener,
        Err(error) if error.kind() == ErrorKind::AddrInUse => bail!(
            "port {wanted} is taken (another classroom server?): `--port N` picks another one \
             (0: any free port). Learners who joined on port {wanted} then join again."
        ),
        Err(error) => return Err(error).context(format!("cannot listen on port {wanted}")),
    };
    let port = listener.local_addr()?.port();
    store.set_port(port)?;

    let host = if network {
        room_address().map(|ip| ip.to_string())
    } else {
        Some(Ipv4Addr::LOCALHOST.to_string())
    };
    let join = format!(
        "{}@{}:{port}",
        room.code,
        host.as_deref().unwrap_or("THIS-LAPTOP")
    );
    let page = format!("/room?token={}", room.instructor_token);
    let relative = file
        .strip_prefix(&course.root)
        .unwrap_or(&file)
        .display()
        .to_string();
    anstream::println!(
        "{}",
        ui::status(
            BOLD,
            "Classroom",
            format!(
                "for the {} katas of this course; the room is kept in {relative}",
                course.katas.len()
            )
        )
    );
    if network {
        anstream::println!(
            "{}",
            ui::status(
                WARN,
                "Listening",
                format!(
                    "on the room's network, port {port} (every network of this laptop): anyone \
                     on it who has the join code can join"
                )
            )
        );
    } else {
        anstream::println!(
            "{}",
            ui::status(
                NOTE,
                "Listening",
                format!(
                    "on 127.0.0.1:{port}, this laptop only: other laptops cannot reach it \
                     (`--network` listens on the room's network)"
                )
            )
        );
    }
    anstream::println!(
        "{}",
        ui::status(
            GOOD,
            "Join",
            format!("cargo kata join {join} --name \"your name\"")
        )
    );
    if host.is_none() {
        anstream::println!(
            "{}",
            ui::detail(
                "THIS-LAPTOP: this laptop's address on the room's network, which it could not \
                 tell (`ipconfig` on Windows, `ipconfig getifaddr en0` on macOS, `hostname -I` \
                 on Linux)"
            )
        );
    }
    anstream::println!(
        "{}",
        ui::status(
            NOTE,
            "Room",
            format!(
                "up to {} learners, and {} joins a minute from one address \
                 (`--max-learners N`, `--joins-per-minute N`)",
                admission.max_learners, admission.joins_per_minute
            )
        )
    );
    let quizzes = RoomQuizzes::load(course);
    let questions: usize = quizzes
        .catalog
        .quizzes
        .iter()
        .map(|quiz| quiz.questions.len())
        .sum();
    anstream::println!(
        "{}",
        ui::status(
            NOTE,
            "Quizzes",
            format!(
                "{questions} questions the room can answer and be asked, from {} {}",
                quizzes.catalog.quizzes.len(),
                if quizzes.catalog.quizzes.len() == 1 {
                    "quiz file"
                } else {
                    "quiz files"
                }
            )
        )
    );
    for problem in &quizzes.left_out {
        anstream::println!(
            "{}",
            ui::detail(format!(
                "left out of the room: {problem} (`cargo kata dev verify` says more)"
            ))
        );
    }
    anstream::println!(
        "{}",
        ui::status(GOOD, "Page", format!("http://127.0.0.1:{port}{page}"))
    );
    if let (true, Some(host)) = (network, &host) {
        anstream::println!(
            "{}",
            ui::detail(format!(
                "on a phone on the same network: http://{host}:{port}{page}"
            ))
        );
    }
    anstream::println!(
        "{}",
        ui::detail("the token in the link is yours alone: share the join line, not the link")
    );
    anstream::println!(
        "{}",
        ui::detail(
            "Ctrl-C stops the server; the room is kept for the next `cargo kata classroom serve`"
        )
    );

    let settings = Settings {
        join,
        code: room.code,
        instructor_token: room.instructor_token,
        stuck_minutes,
        katas: course.katas.clone(),
        announce: true,
        quizzes,
        admission,
    };
    let state = AppState::new(settings, store);
    listener.set_nonblocking(true)?;
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?
        .block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener)?;
            server::run(listener, state).await
        })
}

/// This laptop's address on the room's network: the one the system would
/// send from to reach another machine. Connecting a UDP socket sends
/// nothing; it only picks the route. The first address is a documentation
/// one (TEST-NET-1) for a laptop with a default route; the others are for a
/// room's network that has no way out to the internet.
fn room_address() -> Option<IpAddr> {
    [
        "192.0.2.1:9",
        "10.255.255.254:9",
        "172.31.255.254:9",
        "192.168.255.254:9",
    ]
    .iter()
    .find_map(|target| {
        let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
        socket.connect(target).ok()?;
        let ip = socket.local_addr().ok()?.ip();
        (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
    })
}
