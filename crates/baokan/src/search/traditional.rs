//! The opt-in traditional → simplified fold, applied to the query: the corpus text is
//! simplified, so 鄉村振興 is searched as 乡村振兴.

use std::sync::OnceLock;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;

use crate::error::Error;

static T2S: OnceLock<Result<OpenCC, String>> = OnceLock::new();

/// `text` converted from traditional to simplified characters with OpenCC's t2s rules.
///
/// ```
/// assert_eq!(baokan::to_simplified("鄉村振興")?, "乡村振兴");
/// # Ok::<(), baokan::Error>(())
/// ```
pub fn to_simplified(text: &str) -> Result<String, Error> {
    let cc = T2S.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).map_err(|e| e.to_string()));
    match cc {
        Ok(cc) => Ok(cc.convert(text)),
        Err(e) => Err(Error::Convert(e.clone())),
    }
}
