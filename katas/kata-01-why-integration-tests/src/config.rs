//! The shop's settings, read from a small `key = value` text file.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopConfig {
    pub name: String,
    /// ISO code of the currency prices are in, and customers pay in.
    pub currency: String,
}

impl Default for ShopConfig {
    fn default() -> ShopConfig {
        ShopConfig {
            name: "The Little Shop".to_string(),
            currency: "USD".to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ShopConfig {
    /// Reads `key = value` lines; `#` starts a comment; keys not given keep
    /// their defaults.
    pub fn parse(text: &str) -> Result<ShopConfig, ConfigError> {
        let mut config = ShopConfig::default();
        for (number, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let (key, value) = line.split_once('=').ok_or_else(|| {
                ConfigError(format!("line {}: expected `key = value`", number + 1))
            })?;
            let value = value.trim().to_string();
            match key.trim() {
                "name" => config.name = value,
                "currency" => config.currency = value,
                other => {
                    return Err(ConfigError(format!(
                        "line {}: unknown setting `{other}`",
                        number + 1
                    )));
                }
            }
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_settings_and_keeps_defaults_for_the_rest() {
        let config = ShopConfig::parse("# a shop in Lyon\ncurrency = EUR\n").unwrap();
        assert_eq!(
            config,
            ShopConfig {
                name: "The Little Shop".into(),
                currency: "EUR".into()
            }
        );
    }

    #[test]
    fn refuses_settings_it_does_not_know() {
        assert_eq!(
            ShopConfig::parse("color = blue").unwrap_err().0,
            "line 1: unknown setting `color`"
        );
    }

    #[test]
    fn a_refusal_reads_as_what_is_wrong_and_where() {
        let error = ShopConfig::parse("name = Corner Shop\ncurrency EUR").unwrap_err();
        assert_eq!(
            error.to_string(),
            "line 2: expected `key = value`",
            "the error is what an operator reads: it should say which line is wrong, and how"
        );
    }
}
