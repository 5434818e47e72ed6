//! Enums with one definition of each variant's stored code and snake_case name.
//!
//! `coded!` declares a fieldless enum together with `ALL` (the variants in code order),
//! `code()` (the variant's index in `ALL`, as the pack stores it), `from_code()`,
//! `name()` (the snake_case name the CLI, JSON, Python and the export print) and a
//! `Serialize` that writes `name()`. The pack, the readers and the faces all go through
//! these, so a variant added here is added everywhere at once.

/// Declares a coded enum: `coded! { /// doc \n pub enum E { /// doc \n A = "a", … } }`.
macro_rules! coded {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $label:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every variant, in the order of their codes.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code the pack stores: the variant's index in [`Self::ALL`].
            pub fn code(self) -> u32 {
                self as u32
            }

            /// The variant of a stored code, or `None` for a code no variant has.
            pub fn from_code(code: u32) -> Option<$name> {
                Self::ALL.get(code as usize).copied()
            }

            /// The snake_case name shown to users (CLI, JSON, Python, export).
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }
    };
}

pub(crate) use coded;
