use std::fmt;

use thiserror::Error;

/// Where in an input a record or an error comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub file: String,
    pub at: At,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum At {
    /// A JSON pointer into the file.
    Pointer(String),
    /// A 1-based line of a CSV file.
    Line(u64),
    /// Written by the application itself.
    Internal,
}

impl Source {
    pub fn pointer(file: &str, pointer: impl Into<String>) -> Source {
        Source {
            file: file.to_string(),
            at: At::Pointer(pointer.into()),
        }
    }
    pub fn line(file: &str, line: u64) -> Source {
        Source {
            file: file.to_string(),
            at: At::Line(line),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            At::Pointer(p) if p.is_empty() => write!(f, "{} (document root)", self.file),
            At::Pointer(p) => write!(f, "{} at {}", self.file, p),
            At::Line(l) => write!(f, "{} line {}", self.file, l),
            At::Internal => write!(f, "{}", self.file),
        }
    }
}

/// One problem found in an input; an import reports all it finds (up to a limit).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub source: Source,
    /// The field concerned, when there is one.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{}: field `{}`: {}", self.source, field, self.message),
            None => write!(f, "{}: {}", self.source, self.message),
        }
    }
}

/// An input was rejected as a whole.
#[derive(Debug, Error)]
pub struct Rejected {
    pub problems: Vec<Problem>,
}

impl Rejected {
    pub fn one(source: Source, field: Option<&str>, message: impl Into<String>) -> Rejected {
        Rejected {
            problems: vec![Problem {
                source,
                field: field.map(str::to_string),
                message: message.into(),
            }],
        }
    }
}

/// How many problems a report lists before it stops; the rest are only counted.
pub const MAX_PROBLEMS: usize = 50;

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "input rejected, nothing was written ({n} problem{}):",
            if n == 1 { "" } else { "s" }
        )?;
        for p in self.problems.iter().take(MAX_PROBLEMS) {
            write!(f, "\n  - {p}")?;
        }
        if n > MAX_PROBLEMS {
            write!(f, "\n  … and {} more", n - MAX_PROBLEMS)?;
        }
        Ok(())
    }
}

/// Collects problems while a pass goes on, so one run reports many of them.
#[derive(Default, Debug)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn push(&mut self, source: Source, field: Option<&str>, message: impl Into<String>) {
        self.0.push(Problem {
            source,
            field: field.map(str::to_string),
            message: message.into(),
        });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Passes stop once this many problems are known: the report would not show more.
    pub fn full(&self) -> bool {
        self.0.len() >= 10 * MAX_PROBLEMS
    }
    pub fn into_result(self) -> Result<(), Rejected> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Rejected { problems: self.0 })
        }
    }
}
