//! `export` (csv, xlsx, json) and `import` (csv, xlsx): the scorecard's columns and
//! numbers, deterministic bytes, the round trip that changes no file, in-place edits
//! that keep every other byte, new partner files, and bad input that writes nothing.

use crate::support;

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use std::io::Read;
use support::{differences, snapshot};
use support::{PlanTest, Ran, TODAY};

fn export(t: &PlanTest, args: &[&str]) -> Ran {
    t.partnerbook(["export", "--today", TODAY, "--content", "content"])
        .args(args)
        .run()
}

fn import(t: &PlanTest, file: &std::path::Path, args: &[&str]) -> Ran {
    t.partnerbook(["import", "--today", TODAY, "--content", "content"])
        .arg(file)
        .args(args)
        .run()
}

/// Writes `text` beside the plan (not inside it) and returns its path.
fn sheet(t: &PlanTest, name: &str, bytes: impl AsRef<[u8]>) -> std::path::PathBuf {
    let p = t.root().join(name);
    std::fs::write(&p, bytes).unwrap_or_else(|e| panic!("write {name}: {e}"));
    p
}

const HEADER: &str = "Rank,ID,Name,Landscape,Tier,Target tier,Score,Band,Pipeline,ARR,Status,ICP overlap,Market influence,Practice alignment,Partnership appetite,Revenue potential";

#[test]
fn csv_export_is_the_ranked_scorecard_with_plain_numbers() {
    let t = PlanTest::example();
    let a = export(&t, &[]);
    a.expect_success();
    // a byte-order mark first, so that Excel reads the names as UTF-8
    let body = a
        .stdout
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no byte-order mark:\n{}", a.stdout));
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines[0], HEADER);
    assert_eq!(
        lines[1],
        "1,deloitte,Deloitte,A,platinum,platinum,89.05,priority,3400000,820000,active,92,95,85,78,90"
    );
    assert_eq!(lines.len(), 25, "a header and 24 partners");
    // the same plan, the same bytes
    assert_eq!(export(&t, &[]).stdout, a.stdout);
    // `--no-bom` leaves it out and changes nothing else
    assert_eq!(export(&t, &["--no-bom"]).stdout, body);
}

/// The XML of one part of an XLSX file.
fn part(xlsx: &[u8], name: &str) -> String {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap_or_else(|e| panic!("{e}"));
    let mut s = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut s)
        .unwrap_or_else(|e| panic!("{e}"));
    s
}

#[test]
fn xlsx_export_has_numbers_money_formats_and_a_frozen_header() {
    let t = PlanTest::example();
    let out = t.root().join("scorecard.xlsx");
    export(&t, &["--output", out.to_str().unwrap_or_default()])
        .expect_success()
        .stderr_has("(24 partners)");
    let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("<pane ySplit=\"1\""),
        "header row frozen:\n{sheet}"
    );
    assert!(sheet.contains("<autoFilter"), "a filter on the header");
    let styles = part(&bytes, "xl/styles.xml");
    assert!(
        styles.contains("&quot;$&quot;#,##0"),
        "money format:\n{styles}"
    );
    assert!(styles.contains("formatCode=\"0.00\""), "score format");
    // read back: numbers are numbers
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> =
        Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap_or_else(|e| panic!("{e}"));
    let range = book
        .worksheet_range("Scorecard")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(range.get((0, 8)), Some(&Data::String("Pipeline".into())));
    assert_eq!(range.get((1, 8)), Some(&Data::Float(3_400_000.0)));
    assert_eq!(range.get((1, 6)), Some(&Data::Float(89.05)));
    // deterministic
    export(&t, &["--output", out.to_str().unwrap_or_default()]).expect_success();
    assert!(
        std::fs::read(&out).is_ok_and(|b| b == bytes),
        "same plan, same bytes"
    );
}

#[test]
fn xlsx_to_the_terminal_is_refused_but_a_format_mismatch_says_which() {
    let t = PlanTest::example();
    export(&t, &["--format", "json", "--output", "x.csv"])
        .expect_code(2)
        .stderr_has("does not match the extension");
}

#[test]
fn json_export_is_the_whole_analysed_plan_with_money_as_numbers() {
    let t = PlanTest::example();
    let a = export(&t, &["--format", "json"]);
    a.expect_success();
    let v = a.json();
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["partners"].as_array().map(Vec::len), Some(24));
    assert_eq!(v["partners"][0]["id"], "deloitte");
    assert_eq!(v["partners"][0]["score"], 89.05);
    assert_eq!(v["partners"][0]["pipeline"], 3_400_000.0);
    assert_eq!(v["partners"][0]["scores"]["icp_overlap"], 92.0);
    assert_eq!(v["economics"]["roi"], 21.2);
    assert_eq!(v["economics"]["payouts"], 76_850.0);
    assert_eq!(v["kpis"]["partner_sourced_arr"], 3_100_000.0);
    assert_eq!(v["check"]["errors"], 0);
}

#[test]
fn exporting_and_importing_back_changes_no_file() {
    let t = PlanTest::example();
    let before = snapshot(t.content());
    for name in ["back.xlsx", "back.csv"] {
        let out = t.root().join(name);
        export(&t, &["--output", out.to_str().unwrap_or_default()]).expect_success();
        import(&t, &out, &[])
            .expect_success()
            .stderr_has("24 rows: 0 new, 0 updated, 24 unchanged")
            .stderr_has("not imported: Rank, Score, Band");
        assert_eq!(
            differences(&before, &snapshot(t.content())),
            Vec::<String>::new(),
            "{name}"
        );
    }
}

#[test]
fn import_rewrites_only_changed_values_and_adds_new_partners() {
    let t = PlanTest::example();
    let deloitte = t.read("partners/deloitte.md");
    let csv = "\u{feff}id;Name;ICP overlap;Pipeline;Landscape;Category;Tier;Market influence;Practice alignment;Partnership appetite;Revenue potential\n\
               deloitte;Deloitte;92;3.500.000;;;;;;;\n\
               ;Lohnbüro Meyer;72,5;\"1.234.567,89\";C;boutique;registered;60;55;70;40\n";
    let f = sheet(&t, "partners.csv", csv);
    let a = import(&t, &f, &[]);
    a.expect_success()
        .stdout_has("Deloitte: pipeline $3.4M → $3.5M")
        .stdout_has("Lohnbüro Meyer: added as Registered")
        .stderr_has("2 rows: 1 new, 1 updated, 0 unchanged")
        .stderr_has("checked ");
    // one value changed, every other byte kept
    assert_eq!(
        t.read("partners/deloitte.md"),
        deloitte.replace("pipeline: \"$3.4M\"", "pipeline: \"$3.5M\"")
    );
    // a transliterated file name, values in the plan's forms
    let new = t.read("partners/lohnburo-meyer.md");
    assert!(new.starts_with("---\nname: Lohnbüro Meyer\nlandscape: C\ncategory: boutique\ntier: registered\nscores:\n  icp_overlap: 72.5\n"), "{new}");
    assert!(new.contains("pipeline: \"$1,234,567.89\"\n"), "{new}");
}

#[test]
fn one_bad_cell_fails_the_import_and_nothing_is_written() {
    let t = PlanTest::example();
    let before = snapshot(t.content());
    let csv = "id,pipeline,ICP overlap,tier\n\
               deloitte,$3.5M,90,platinum\n\
               accenture,$2M,lots,platnum\n\
               pwc,€2M,80,gold\n";
    let f = sheet(&t, "bad.csv", csv);
    let a = import(&t, &f, &[]);
    a.expect_code(2)
        .stderr_has("bad.csv:3: column \"ICP overlap\": `lots` is not a number: write a rating from 0 to 100")
        .stderr_has("bad.csv:3: column \"tier\": `platnum` is not one of the accepted words: did you mean `platinum`?")
        .stderr_has("bad.csv:4: column \"pipeline\": `€2M` is in EUR, but the plan's currency is USD")
        .stderr_has("nothing was imported (3 problems)");
    assert_eq!(
        differences(&before, &snapshot(t.content())),
        Vec::<String>::new()
    );
}

#[test]
fn dry_run_prints_the_change_and_writes_nothing() {
    let t = PlanTest::example();
    let before = snapshot(t.content());
    let f = sheet(&t, "up.csv", "id,tier\npwc,Platinum\n");
    import(&t, &f, &["--dry-run"])
        .expect_success()
        .stdout_has("PwC: tier Gold → Platinum")
        .stderr_has("dry run: 1 row: 0 new, 1 updated, 0 unchanged; nothing was written");
    assert_eq!(
        differences(&before, &snapshot(t.content())),
        Vec::<String>::new()
    );
}

#[test]
fn headers_unknown_duplicated_or_missing_are_errors_with_the_fix() {
    let t = PlanTest::example();
    let f = sheet(
        &t,
        "h.csv",
        "id,pipline,Pipeline,pipeline\ndeloitte,1,2,3\n",
    );
    import(&t, &f, &[])
        .expect_code(2)
        .stderr_has("h.csv:1: column \"pipline\": no partner field is called `pipline`: did you mean `pipeline`?")
        .stderr_has("h.csv:1: column \"pipeline\": this column and column \"Pipeline\" both give `pipeline`");
    let f = sheet(&t, "n.csv", "tier,pipeline\ngold,1\n");
    import(&t, &f, &[])
        .expect_code(2)
        .stderr_has("neither an `id` nor a `name` column");
    let f = sheet(&t, "i.csv", "id,colour,pipeline\npwc,red,$2.3M\n");
    import(&t, &f, &["--ignore-unknown"])
        .expect_success()
        .stderr_has("not imported: colour");
}

/// A Salesforce export as Excel saves it (CRLF line ends, a quoted newline, a blank
/// row, CRM headers, a currency in a header): every problem of the file in one pass,
/// each at the row the sheet shows it on.
#[test]
fn a_crm_export_reports_every_problem_in_one_pass_at_the_sheet_row() {
    let t = PlanTest::example();
    let before = snapshot(t.content());
    let rows = [
        "Account Name,Partner Type,Pipeline (USD),ARR (EUR),ICP overlap,Colour",
        "Deloitte,big4,$3.5M,,110,",
        "PwC,\"big4\r\n(advisory)\",,,80,",
        "",
        "Accenture,gsi,$2M,,lots,",
        "New Co,gsi,,,70,",
    ];
    let f = sheet(&t, "salesforce.csv", rows.join("\r\n") + "\r\n");
    let a = import(&t, &f, &[]);
    a.expect_code(2)
        // the header row: a currency other than the plan's, an unknown column
        .stderr_has("salesforce.csv:1: column \"ARR (EUR)\": the column holds amounts in EUR, but the plan is kept in USD")
        .stderr_has("salesforce.csv:1: column \"Colour\": no partner field is called `Colour`")
        // sheet rows, not file lines: the quoted newline and the blank row count as the sheet counts them
        .stderr_has("salesforce.csv:2: column \"ICP overlap\": ")
        .stderr_has("salesforce.csv:3: column \"Partner Type\": ")
        .stderr_has("salesforce.csv:5: column \"ICP overlap\": `lots` is not a number")
        .stderr_has("salesforce.csv:6: `new-co` is a new partner and needs")
        .stderr_has("nothing was imported (6 problems)");
    assert_eq!(
        differences(&before, &snapshot(t.content())),
        Vec::<String>::new()
    );
    // without the problems, the CRM headers map to the plan's fields
    let ok = [
        "Account Name,Partner Type,Pipeline (USD)",
        "Deloitte,big4,$3.5M",
    ];
    let f = sheet(&t, "ok.csv", ok.join("\r\n"));
    import(&t, &f, &[])
        .expect_success()
        .stdout_has("Deloitte: pipeline $3.4M → $3.5M");
}

/// Japanese names give ids by their Latin part or their kana, never by a Mandarin
/// reading of their kanji; a name in kanji alone needs an id, and the row says so.
#[test]
fn ids_from_japanese_names_never_read_kanji_the_chinese_way() {
    let t = PlanTest::example();
    let cols = "name,landscape,category,tier,ICP overlap,Market influence,Practice alignment,Partnership appetite,Revenue potential";
    let row = |name: &str| format!("{name},C,boutique,registered,60,55,50,45,40");
    let csv = [
        cols.to_string(),
        row("Tōkyō Systems 東京システム"),
        row("株式会社ミナト精機"),
        row("大和商事"),
    ]
    .join("\n");
    let f = sheet(&t, "jp.csv", &csv);
    import(&t, &f, &[])
        .expect_code(2)
        .stderr_has("jp.csv:4: column \"name\": `大和商事` has no Latin letters or kana to make the partner's id from")
        .stderr_has("nothing was imported (1 problem)");
    let csv = [
        cols.to_string(),
        row("Tōkyō Systems 東京システム"),
        row("株式会社ミナト精機"),
        format!("{},daiwa-shoji", row("大和商事")),
    ]
    .join("\n");
    let f = sheet(&t, "jp2.csv", csv.replacen(cols, &format!("{cols},id"), 1));
    import(&t, &f, &[]).expect_success();
    for id in ["tokyo-systems", "minato", "daiwa-shoji"] {
        assert!(t.path(&format!("partners/{id}.md")).is_file(), "{id}");
    }
    assert!(t
        .read("partners/minato.md")
        .contains("name: 株式会社ミナト精機"));
}

#[test]
fn a_new_partner_without_required_fields_says_which() {
    let t = PlanTest::example();
    let f = sheet(&t, "new.csv", "name,tier\nNew Co,gold\n");
    import(&t, &f, &[]).expect_code(2).stderr_has(
        "new.csv:2: `new-co` is a new partner and needs `Landscape`, `Category`, `ICP overlap`",
    );
    assert!(!t.path("partners/new-co.md").exists());
}

#[test]
fn files_that_are_not_a_sheet_are_refused() {
    let t = PlanTest::example();
    let cases: [(&str, &[u8], &str); 5] = [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n,,\n", "is empty"),
        (
            "pack.pdf",
            b"%PDF-1.7",
            "imports .csv and .xlsx files (found .pdf)",
        ),
        ("fake.xlsx", b"id,name\n", "is not an XLSX workbook"),
        ("zip.csv", b"PK\x03\x04rest", "is a workbook, not CSV"),
    ];
    let before = snapshot(t.content());
    for (name, bytes, msg) in cases {
        let f = sheet(&t, name, bytes);
        import(&t, &f, &[]).expect_code(2).stderr_has(msg);
    }
    assert_eq!(
        differences(&before, &snapshot(t.content())),
        Vec::<String>::new()
    );
}

#[test]
fn a_huge_csv_is_refused_before_anything_is_written() {
    let t = PlanTest::example();
    let mut csv = String::from("id,name,pipeline\n");
    let mut i = 0;
    while csv.len() < 50 * 1024 * 1024 {
        csv.push_str(&format!(
            "partner-{i},Partner number {i} with a long name,$1M\n"
        ));
        i += 1;
    }
    let f = sheet(&t, "huge.csv", &csv);
    let before = snapshot(t.content());
    import(&t, &f, &[])
        .expect_code(2)
        .stderr_has("has more than 100000 rows");
    assert_eq!(
        differences(&before, &snapshot(t.content())),
        Vec::<String>::new()
    );
}

#[test]
fn xlsx_formulas_dates_and_merged_cells() {
    let t = PlanTest::example();
    let write = |name: &str, merged: bool| {
        let mut book = Workbook::new();
        let s = book.add_worksheet();
        let date = Format::new().set_num_format("dd.mm.yyyy");
        let r = (|| -> Result<(), rust_xlsxwriter::XlsxError> {
            s.write_string(0, 0, "ID")?;
            s.write_string(0, 1, "Pipeline")?;
            s.write_string(0, 2, "Last QBR")?;
            s.write_string(1, 0, "pwc")?;
            s.write_formula(1, 1, Formula::new("=1000000*2.4").set_result("2400000"))?;
            s.write_datetime_with_format(1, 2, ExcelDateTime::from_ymd(2026, 11, 3)?, &date)?;
            if merged {
                s.merge_range(2, 0, 3, 0, "ey", &Format::new())?;
            }
            Ok(())
        })();
        r.unwrap_or_else(|e| panic!("{e}"));
        let p = t.root().join(name);
        book.save(&p).unwrap_or_else(|e| panic!("{e}"));
        p
    };
    let f = write("ok.xlsx", false);
    import(&t, &f, &[])
        .expect_success()
        .stdout_has("PwC: pipeline $2.3M → $2.4M");
    let pwc = t.read("partners/pwc.md");
    assert!(
        pwc.contains("pipeline: \"$2.4M\"") && pwc.contains("last_qbr: 2026-11-03"),
        "{pwc}"
    );
    let before = snapshot(t.content());
    let f = write("merged.xlsx", true);
    import(&t, &f, &[])
        .expect_code(2)
        .stderr_has("has merged cells (A3:A4): unmerge them");
    assert_eq!(
        differences(&before, &snapshot(t.content())),
        Vec::<String>::new()
    );
}
