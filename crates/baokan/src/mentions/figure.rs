use baokan_pack::records::FigureRec;

use super::anchor::{Anchor, anchored};
use crate::corpus::Corpus;
use crate::located::LocatedFigure;

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
        Approx::from_code(self.rec.approx)
    }

    /// How the number is written.
    pub fn numeral_form(&self) -> NumeralForm {
        NumeralForm::from_code(self.rec.numeral_form).unwrap_or(NumeralForm::Arabic)
    }

    /// The thing measured, when the sentence states it plainly.
    pub fn subject(&self) -> Option<&'a str> {
        self.at.name(self.rec.subject_start, self.rec.subject_end)
    }
}

impl<'a> Figure<'a> {
    /// The figure as every face prints it.
    ///
    /// ```
    /// let f = baokan::corpus().figures().next().unwrap();
    /// assert_eq!(f.located().at.text, f.text());
    /// ```
    pub fn located(&self) -> LocatedFigure<'a> {
        LocatedFigure {
            at: self.at.located(),
            value: self.value(),
            value_max: self.value_max(),
            unit: self.unit(),
            multiplier: self.multiplier(),
            approx: self.approx(),
            numeral_form: self.numeral_form(),
            subject: self.subject(),
        }
    }
}

impl serde::Serialize for Figure<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.located().serialize(s)
    }
}
