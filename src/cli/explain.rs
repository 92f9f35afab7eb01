//! `partnerbook explain RULE` and `partnerbook explain --list`.

use super::Status;
use partnerbook::diag::Rule;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The rule id, e.g. score.weights
    #[arg(required_unless_present = "list")]
    rule: Option<String>,
    /// List every rule with its severity
    #[arg(long)]
    list: bool,
}

pub fn run(a: Args) -> Status {
    if a.list {
        let width = Rule::ALL.iter().map(|r| r.id().len()).max().unwrap_or(0);
        for r in Rule::ALL {
            println!(
                "{:width$}  {:7}  {}",
                r.id(),
                r.severity().as_str(),
                r.summary()
            );
        }
        return Status::Ok;
    }
    let id = a.rule.unwrap_or_default();
    let Some(r) = Rule::from_id(&id) else {
        match Rule::suggest(&id) {
            Some(s) => eprintln!("error: no rule `{id}`; did you mean `{s}`?"),
            None => eprintln!("error: no rule `{id}`; `partnerbook explain --list` lists them"),
        }
        return Status::Failure;
    };
    println!("{} ({})\n", r.id(), r.severity().as_str());
    println!("{}\n", r.summary());
    println!("{}\n", textwrap(r.explanation(), 88));
    println!("Failing example:\n\n{}\n", indent(r.bad()));
    println!("Passing example:\n\n{}", indent(r.good()));
    Status::Ok
}

fn indent(s: &str) -> String {
    s.trim_matches('\n')
        .lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn textwrap(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for w in s.split_whitespace() {
        if line > 0 && line + 1 + w.chars().count() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(w);
        line += w.chars().count();
    }
    out
}
