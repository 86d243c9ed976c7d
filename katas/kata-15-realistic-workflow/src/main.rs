//! `shop`: the shop as a program of its own, with the card provider's
//! sandbox and an in-memory outbox, to run the smoke suite against:
//!
//! ```console
//! cargo run -p kata-15 -- --port 8080
//! ```
//!
//! Flags: `--port N` (8080 unless given; 0 for any free port) and
//! `--database FILE` (a database in memory unless given). An empty catalog
//! is stocked with a few demo products. It prints
//! `listening on http://127.0.0.1:PORT` once it takes requests.

use std::path::PathBuf;
use std::process::ExitCode;

use kata_15::catalog::NewProduct;
use kata_15::db::Database;
use kata_15::money::Cents;
use kata_15::notifications::Outbox;
use kata_15::payments::Sandbox;
use kata_15::server::serve;
use kata_15::shop::Shop;
use tokio::net::TcpListener;

/// What a fresh demo shop sells. A real deployment's catalog comes from
/// the back office; this one has a mug, which the smoke suite looks for.
const DEMO_CATALOG: [NewProduct<'static>; 3] = [
    NewProduct {
        sku: "MUG",
        name: "Enamel Mug",
        price: Cents(1299),
        stock: 25,
    },
    NewProduct {
        sku: "KEYBOARD",
        name: "Mechanical Keyboard",
        price: Cents(4499),
        stock: 5,
    },
    NewProduct {
        sku: "SOCKS",
        name: "Wool Socks",
        price: Cents(850),
        stock: 40,
    },
];

struct Options {
    port: u16,
    database: Option<PathBuf>,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        port: 8080,
        database: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--port" => {
                let port = value()?;
                options.port = port
                    .parse()
                    .map_err(|_| format!("--port {port}: not a port number"))?;
            }
            "--database" => options.database = Some(PathBuf::from(value()?)),
            other => {
                return Err(format!(
                    "unknown flag {other}; try --port N or --database FILE"
                ));
            }
        }
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("shop: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let options = options()?;
    let database = match &options.database {
        Some(path) => Database::open(path)?,
        None => Database::open_in_memory()?,
    };
    let shop = Shop::new(database, Sandbox::new(), Outbox::new());
    if shop.search("")?.is_empty() {
        for product in &DEMO_CATALOG {
            shop.add_product(product)?;
        }
    }
    // Loopback only: this is a demo, not a deployment.
    let listener = TcpListener::bind(("127.0.0.1", options.port)).await?;
    println!("listening on http://{}", listener.local_addr()?);
    serve(listener, shop).await?;
    Ok(())
}
