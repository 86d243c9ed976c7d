//! A rollback guard: each case in a transaction that is never committed.

use cheat_sheet::note::Note;
use cheat_sheet::store;

#[test]
fn each_case_starts_from_the_notes_as_loaded() {
    // Set up once...
    let mut db = store::open_in_memory().unwrap();
    store::insert(&db, &Note::new("Groceries", "eggs, milk")).unwrap();

    for title in ["Draft", "Another draft", "A third"] {
        // ...then each case in a transaction. rusqlite's `Transaction` is a
        // rollback guard: unless committed, it rolls back when dropped, at
        // the end of the iteration or while a failed assertion unwinds.
        // ANCHOR: key_rollback
        let case = db.transaction().unwrap(); // no commit: rolled back on drop
        store::insert(&case, &Note::new(title, "")).unwrap(); // derefs to &Connection
        // ANCHOR_END: key_rollback
        let seen = store::count(&case).unwrap();
        assert_eq!(seen, 2, "{title}: the loaded note, and its own");
    }

    let left = store::count(&db).unwrap();
    assert_eq!(left, 1, "only the loaded note: nothing any case wrote");
}
