//! The languages copydesk ships phrase lists for.

use std::fmt;

macro_rules! languages {
    ($($variant:ident => $code:literal, $name:literal;)*) => {
        /// A language copydesk has phrase lists for, named by its ISO 639-1 code.
        ///
        /// # Examples
        ///
        /// ```
        /// use copydesk::phrases::Lang;
        ///
        /// assert_eq!(Lang::from_code("ru-RU"), Some(Lang::Ru));
        /// assert_eq!(Lang::Ja.code(), "ja");
        /// assert_eq!(Lang::from_code("xx"), None);
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[non_exhaustive]
        pub enum Lang {
            $(
                #[doc = $name]
                $variant,
            )*
        }

        impl Lang {
            /// Every language with phrase lists, English first.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),*];

            /// The ISO 639-1 code, lower case.
            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)*
                }
            }

            /// Reads a language tag such as `en`, `pt-BR`, `zh_Hant` or `EN-us`; only the primary subtag counts.
            pub fn from_code(tag: &str) -> Option<Lang> {
                let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
                match primary.as_str() {
                    $($code => Some(Lang::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

languages! {
    En => "en", "English";
    De => "de", "German";
    Fr => "fr", "French";
    Es => "es", "Spanish";
    It => "it", "Italian";
    Pt => "pt", "Portuguese";
    Nl => "nl", "Dutch";
    Pl => "pl", "Polish";
    Ru => "ru", "Russian";
    Uk => "uk", "Ukrainian";
    Tr => "tr", "Turkish";
    Ar => "ar", "Arabic";
    Zh => "zh", "Chinese";
    Ja => "ja", "Japanese";
    Ko => "ko", "Korean";
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn region_and_script_subtags_are_ignored() {
        assert_eq!(Lang::from_code("zh_Hant_TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_code(" PT-br "), Some(Lang::Pt));
        assert_eq!(Lang::from_code(""), None);
    }
}
