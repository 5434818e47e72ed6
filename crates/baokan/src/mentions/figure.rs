use baokan_pack::records::FigureRec;
use serde::ser::SerializeStruct;

use super::anchor::{Anchor, anchored};
use crate::corpus::Corpus;

pub use baokan_extract::{Approx, NumeralForm};

/// A quantity stated with a number: 51.8万人, 3.2亿-3.5亿元, 60余万平方米, 五级, 5年来.
///
/// ```
/// let c = baokan::corpus();
/// let f = c.figures().find(|f| f.text().contains("51.8万")).unwrap();
/// assert_eq!(f.value(), 518000.0);
/// assert_eq!(f.unit(), Some("人"));
/// assert_eq!(f.source().line, 61);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Figure<'a> {
    at: Anchor<'a>,
    rec: FigureRec,
}
anchored!(Figure);

fn f64_of(lo: u32, hi: u32) -> f64 {
    f64::from_bits(u64::from(lo) | (u64::from(hi) << 32))
}

impl<'a> Figure<'a> {
    pub(crate) fn at(c: Corpus<'a>, i: usize) -> Figure<'a> {
        let rec = c.pack.figures().get(i);
        Figure {
            at: Anchor::new(c, rec.paragraph, rec.start, rec.end),
            rec,
        }
    }

    /// The value, after multipliers.
    pub fn value(&self) -> f64 {
        f64_of(self.rec.value_lo, self.rec.value_hi)
    }

    /// The upper value of a range.
    pub fn value_max(&self) -> Option<f64> {
        Some(f64_of(self.rec.max_lo, self.rec.max_hi)).filter(|v| !v.is_nan())
    }

    /// The unit or measure word.
    pub fn unit(&self) -> Option<&'a str> {
        self.at.name(self.rec.unit_start, self.rec.unit_end)
    }

    /// The multiplier applied (万, 亿).
    pub fn multiplier(&self) -> Option<&'a str> {
        self.at
            .name(self.rec.multiplier_start, self.rec.multiplier_end)
    }

    /// The approximating qualifier.
    pub fn approx(&self) -> Option<Approx> {
        match self.rec.approx {
            1 => Some(Approx::MoreThan),
            2 => Some(Approx::AtLeast),
            3 => Some(Approx::About),
            4 => Some(Approx::UpTo),
            _ => None,
        }
    }

    /// How the number is written.
    pub fn numeral_form(&self) -> NumeralForm {
        if self.rec.numeral_form == 1 {
            NumeralForm::Chinese
        } else {
            NumeralForm::Arabic
        }
    }

    /// The thing measured, when the sentence states it plainly.
    pub fn subject(&self) -> Option<&'a str> {
        self.at.name(self.rec.subject_start, self.rec.subject_end)
    }
}

impl serde::Serialize for Figure<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Figure", 16)?;
        self.at.fields(&mut st)?;
        st.serialize_field("value", &self.value())?;
        st.serialize_field("value_max", &self.value_max())?;
        st.serialize_field("unit", &self.unit())?;
        st.serialize_field("multiplier", &self.multiplier())?;
        st.serialize_field("approx", &self.approx())?;
        st.serialize_field("numeral_form", &self.numeral_form())?;
        st.serialize_field("subject", &self.subject())?;
        st.end()
    }
}
