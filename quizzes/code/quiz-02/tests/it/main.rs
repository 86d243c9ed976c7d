//! The returns desk's big-bang tests, one test binary: every part real and
//! wired at once, then each part asked what it recorded.

mod returns;
