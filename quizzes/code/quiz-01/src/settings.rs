//! The shop's settings file: `key = value` lines.

use crate::postage::Zone;

#[derive(Debug, PartialEq, Eq)]
pub struct Settings {
    pub zone: Zone,
}

impl Settings {
    /// Reads the settings; a key it does not know is an error, so that a
    /// misspelled key is never ignored.
    pub fn parse(text: &str) -> Result<Settings, String> {
        let mut zone = Zone::Domestic;
        for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
            let (key, value) = line
                .split_once('=')
                .ok_or_else(|| format!("not a `key = value` line: {line:?}"))?;
            match (key.trim(), value.trim()) {
                ("zone", "domestic") => zone = Zone::Domestic,
                ("zone", "europe") => zone = Zone::Europe,
                ("zone", other) => return Err(format!("unknown zone {other:?}")),
                (other, _) => return Err(format!("unknown key {other:?}")),
            }
        }
        Ok(Settings { zone })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_zone() {
        let settings = Settings::parse("zone = europe").unwrap();
        assert_eq!(settings.zone, Zone::Europe);
    }

    #[test]
    fn refuses_an_unknown_key() {
        assert!(Settings::parse("zoen = europe").is_err());
    }
}
