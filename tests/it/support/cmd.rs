//! Running a program to the end: the `partnerbook` binary (colours off, no
//! `SOURCE_DATE_EPOCH`, no inherited git repository) or any other tool, and asserting
//! on its exit status and output.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, ExitStatus};

/// A command about to run.
pub struct Cmd {
    command: Command,
    /// The command line as shown in failure messages.
    shown: String,
}

impl Cmd {
    /// The binary under test, with `NO_COLOR=1` and without the environment variables
    /// that would change its output (`SOURCE_DATE_EPOCH`) or its repository (`GIT_*`).
    pub fn partnerbook() -> Cmd {
        let mut cmd = Cmd::program(super::bin());
        cmd.shown = "partnerbook".into();
        cmd.env("NO_COLOR", "1")
            .env_remove("SOURCE_DATE_EPOCH")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
    }

    /// Any program, run as it is.
    pub fn program(program: impl AsRef<OsStr>) -> Cmd {
        let shown = program.as_ref().to_string_lossy().into_owned();
        Cmd {
            command: Command::new(program),
            shown,
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Cmd {
        self.shown.push(' ');
        self.shown.push_str(&arg.as_ref().to_string_lossy());
        self.command.arg(arg);
        self
    }

    pub fn args<S: AsRef<OsStr>>(self, args: impl IntoIterator<Item = S>) -> Cmd {
        args.into_iter().fold(self, Cmd::arg)
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Cmd {
        self.command.env(key, value);
        self
    }

    pub fn env_remove(mut self, key: &str) -> Cmd {
        self.command.env_remove(key);
        self
    }

    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Cmd {
        self.command.current_dir(dir);
        self
    }

    /// The underlying command, for a process that keeps running.
    pub fn into_command(self) -> Command {
        self.command
    }

    /// Runs the command to the end; panics when it cannot start.
    pub fn run(mut self) -> Ran {
        let out = self
            .command
            .output()
            .unwrap_or_else(|e| panic!("cannot run `{}`: {e}", self.shown));
        Ran {
            status: out.status,
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            shown: self.shown,
        }
    }
}

/// Runs `partnerbook ARGS` (from the package directory) to the end.
pub fn partnerbook<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Ran {
    Cmd::partnerbook().args(args).run()
}

/// A finished command.
pub struct Ran {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
    shown: String,
}

impl Ran {
    /// The exit code; panics when a signal ended the process.
    pub fn code(&self) -> i32 {
        self.status
            .code()
            .unwrap_or_else(|| panic!("`{}` was killed: {}", self.shown, self.stderr))
    }

    /// Asserts the exit code, showing stderr when it differs.
    pub fn expect_code(&self, code: i32) -> &Ran {
        assert_eq!(
            self.status.code(),
            Some(code),
            "`{}` exited with {}:\n{}",
            self.shown,
            self.status,
            self.stderr
        );
        self
    }

    /// Asserts exit code 0.
    pub fn expect_success(&self) -> &Ran {
        self.expect_code(0)
    }

    /// Asserts that stderr contains `needle`.
    pub fn stderr_has(&self, needle: &str) -> &Ran {
        assert!(
            self.stderr.contains(needle),
            "no `{needle}` in the stderr of `{}`:\n{}",
            self.shown,
            self.stderr
        );
        self
    }

    /// Asserts that stdout contains `needle`.
    pub fn stdout_has(&self, needle: &str) -> &Ran {
        assert!(
            self.stdout.contains(needle),
            "no `{needle}` in the stdout of `{}`:\n{}",
            self.shown,
            self.stdout
        );
        self
    }

    /// Stdout parsed as JSON; panics when it is not.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout of `{}` is not JSON ({e}):\n{}",
                self.shown, self.stdout
            )
        })
    }
}

/// Runs `git ARGS` in `dir` (outside any repository of the environment); panics when
/// it fails.
pub fn git<S: AsRef<OsStr>>(dir: &Path, args: impl IntoIterator<Item = S>) -> Ran {
    let ran = Cmd::program("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .run();
    ran.expect_success();
    ran
}

/// Makes `dir` a new git repository with a committer (`Plan Owner`).
pub fn git_init(dir: &Path) {
    git(dir, ["init", "-q"]);
    git(dir, ["config", "user.name", "Plan Owner"]);
    git(dir, ["config", "user.email", "owner@example.invalid"]);
}

/// The trimmed stdout of `git ARGS` in `dir`.
pub fn git_stdout<S: AsRef<OsStr>>(dir: &Path, args: impl IntoIterator<Item = S>) -> String {
    git(dir, args).stdout.trim().to_string()
}
