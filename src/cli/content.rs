//! Which content directory a command reads: `--content DIR`; by default `content/`,
//! or the current folder when it is itself a plan (it holds `plan.yaml` and has no
//! `content/`), so that `partnerbook check` works inside a plan folder.

use std::path::{Path, PathBuf};

/// The default of `--content`.
pub const DEFAULT: &str = "content";

/// The content directory to read for `--content given`, seen from the current folder.
pub fn resolve(given: &Path) -> PathBuf {
    resolve_in(Path::new("."), given)
}

/// [`resolve`] seen from `cwd`.
fn resolve_in(cwd: &Path, given: &Path) -> PathBuf {
    let is_default = given == Path::new(DEFAULT);
    if is_default && !cwd.join(DEFAULT).exists() && cwd.join("plan.yaml").is_file() {
        return cwd.to_path_buf();
    }
    given.to_path_buf()
}

/// `Err` with what to do when the content directory does not exist.
pub fn require(dir: &Path) -> Result<(), String> {
    if dir.exists() {
        Ok(())
    } else {
        Err(missing(dir))
    }
}

/// What to do about a content directory that does not exist.
fn missing(dir: &Path) -> String {
    if dir == Path::new(DEFAULT) {
        return "no plan here: there is no `content/` folder and no `plan.yaml` in the current folder; \
             run partnerbook inside a plan folder, pass `--content DIR` (the folder that holds plan.yaml), \
             or write an example plan with `partnerbook init DIR`"
            .into();
    }
    format!(
        "content directory `{}` does not exist: pass `--content DIR` with the folder that holds plan.yaml",
        dir.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_folder_is_its_own_content_directory() {
        let Ok(tmp) = tempfile::tempdir() else {
            panic!("no temporary directory");
        };
        let root = tmp.path();
        let given = Path::new(DEFAULT);
        assert_eq!(resolve_in(root, given), given);
        std::fs::write(root.join("plan.yaml"), "company: {}\n").unwrap_or_default();
        assert_eq!(resolve_in(root, given), root);
        assert_eq!(resolve_in(root, Path::new("other")), Path::new("other"));
        std::fs::create_dir(root.join(DEFAULT)).unwrap_or_default();
        assert_eq!(resolve_in(root, given), given);
    }

    #[test]
    fn a_missing_directory_says_what_to_do() {
        let e = missing(Path::new(DEFAULT));
        assert!(
            e.contains("--content DIR") && e.contains("partnerbook init"),
            "{e}"
        );
        let e = require(Path::new("/no/such/plan"))
            .err()
            .unwrap_or_default();
        assert!(e.contains("`/no/such/plan` does not exist"), "{e}");
    }
}
