//! A sleep as a wait: the catalog's search, whose index a thread of its own
//! keeps up to date.

use std::sync::Arc;
use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::Duration;

use crate::chapter::doubles::MemoryIndex;

/// Where the words of the products' titles are looked up: a search server
/// in production.
pub trait Index: Send + Sync + 'static {
    fn put(&self, word: &str, sku: &str);
    fn find(&self, word: &str) -> Vec<String>;
}

/// The catalog's search. Adding a product returns at once: a thread of its
/// own puts the words of its title in the index, so that adding a product
/// never waits for the search server.
pub struct CatalogSearch<I> {
    index: Arc<I>,
    to_index: Sender<(String, String)>,
}

impl<I: Index> CatalogSearch<I> {
    pub fn start(index: I) -> CatalogSearch<I> {
        let index = Arc::new(index);
        let (to_index, queued) = mpsc::channel::<(String, String)>();
        let indexer = Arc::clone(&index);
        thread::spawn(move || {
            for (sku, title) in queued {
                for word in title.split_whitespace() {
                    indexer.put(&word.to_lowercase(), &sku);
                }
            }
        });
        CatalogSearch { index, to_index }
    }

    /// Queues the product for the index, and returns.
    pub fn add(&self, sku: &str, title: &str) {
        let product = (sku.to_string(), title.to_string());
        self.to_index
            .send(product)
            .expect("the indexer runs as long as the search does");
    }

    /// The skus of the products whose title has `word` in it.
    pub fn search(&self, word: &str) -> Vec<String> {
        self.index.find(&word.to_lowercase())
    }
}

// ANCHOR: test
pub fn a_new_product_can_be_found() {
    let search = CatalogSearch::start(MemoryIndex::new());

    search.add("TEAPOT", "Blue teapot");
    // The index is updated in the background: give it a moment.
    thread::sleep(Duration::from_millis(10));

    assert_eq!(search.search("teapot"), ["TEAPOT"]);
}
// ANCHOR_END: test
