//! A product's tags, written as one line (`red,large`) for the export file
//! and read back. A comma in a tag is written `\,` and a backslash `\\`.

// ANCHOR: encode
/// The tags as one line.
pub fn encode(tags: &[String]) -> String {
    tags.iter()
        .map(|tag| tag.replace('\\', "\\\\").replace(',', "\\,"))
        .collect::<Vec<_>>()
        .join(",")
}
// ANCHOR_END: encode

/// The tags back from a line that `encode` wrote. The empty line is no
/// tags at all.
pub fn decode(line: &str) -> Vec<String> {
    if line.is_empty() {
        return Vec::new();
    }
    let mut tags = vec![String::new()];
    let mut escaped = false;
    for c in line.chars() {
        let tag = tags.last_mut().expect("there is always a tag being read");
        match (escaped, c) {
            (false, '\\') => escaped = true,
            (false, ',') => tags.push(String::new()),
            (_, c) => {
                tag.push(c);
                escaped = false;
            }
        }
    }
    tags
}
