//! Turns the raw files of a [`Loaded`] plan into the typed [`Plan`].
//!
//! The one place where raw serde structs become domain objects. Values that do not
//! parse, required fields that are missing and unknown words are reported here; the
//! semantic rules run later on the typed plan.

mod ctx;
mod currency;
mod items;
mod locale;
mod roadmap;

use super::*;
use crate::diag::{Diagnostic, Rule};
use crate::load::{raw, Loaded, Parsed};
use crate::source::{display_path, SourceFile, Spanned};
use ctx::Ctx;

/// Builds the typed plan; returns it with the diagnostics of conversion.
pub fn typed_plan(
    loaded: &mut Loaded,
    content_display: &std::path::Path,
) -> (Plan, Vec<Diagnostic>) {
    let mut cx = Ctx::default();
    let mut plan = Plan {
        models: builtin_models(),
        ..Plan::default()
    };
    match &loaded.plan {
        Some(p) => plan_file(&mut cx, &mut plan, p),
        None => missing_file(
            &mut cx,
            loaded,
            content_display,
            "plan.yaml",
            "the company profile and program settings",
        ),
    }
    match &loaded.tiers {
        Some(t) => plan.tiers = tiers(&mut cx, t),
        None => missing_file(
            &mut cx,
            loaded,
            content_display,
            "tiers.yaml",
            "the tier framework (`partner_tiers`)",
        ),
    }
    match &loaded.thesis {
        Some(t) => plan.thesis = Some(thesis(&mut cx, t)),
        None => missing_file(
            &mut cx,
            loaded,
            content_display,
            "thesis.md",
            "the partnership thesis (`partnership_rationale`, `models`, `partner_types`)",
        ),
    }
    if let Some(m) = &loaded.models {
        models(&mut cx, &mut plan.models, m);
    }
    items::build_items(&mut cx, loaded, &mut plan);
    plan.unread = unread(&loaded.unread);
    (plan, cx.diags)
}

/// What is known of the files that could not be read or parsed.
fn unread(kinds: &[crate::load::FileKind]) -> Unread {
    use crate::load::FileKind;
    let mut out = Unread::default();
    for kind in kinds {
        match kind {
            FileKind::Partner(id) => out.partners.push(id.clone()),
            FileKind::Decision(stem) => out.decisions.push(stem.clone()),
            FileKind::Competitors => out.competitors = true,
            FileKind::Okrs => out.okrs = true,
            FileKind::Governance => out.governance = true,
            _ => {}
        }
    }
    out
}

fn missing_file(cx: &mut Ctx, loaded: &mut Loaded, root: &std::path::Path, rel: &str, what: &str) {
    if loaded.sources.find(rel).is_some() {
        return; // present but unparseable: already reported
    }
    let id = loaded.sources.add(SourceFile::new(
        rel.to_string(),
        display_path(root, rel),
        root.join(rel),
        String::new(),
    ));
    cx.push(
        Diagnostic::new(
            Rule::Required,
            crate::source::Span::file_start(id),
            format!("`{rel}` is missing"),
        )
        .help(format!(
            "create `{rel}` with {what}; `partnerbook init` writes a complete example"
        )),
    );
}

fn plan_file(cx: &mut Ctx, plan: &mut Plan, p: &Parsed<raw::PlanFile>) {
    let root = Loc::new(p.index.clone(), "");
    let c = p.raw.company.as_ref();
    let loc = root.child("company");
    let empty = raw::Company::default();
    let rc = c.unwrap_or(&empty);
    if c.is_none() {
        cx.push(
            Diagnostic::new(Rule::Required, root.span(), "`company` is missing")
                .help("add the company profile under `company:`"),
        );
    }
    let currency = currency::plan_currency(cx, &rc.currency, &loc);
    let locale = locale::plan_locale(cx, &rc.locale, &loc);
    plan.company = Company {
        name: cx.text(&rc.name, &loc, "name", "company name"),
        description: cx.text(&rc.description, &loc, "description", "company description"),
        category: cx.text(&rc.category, &loc, "category", "product category"),
        current_arr: required_money(cx, &rc.current_arr, &loc, "current_arr", "current ARR"),
        target_arr: required_money(cx, &rc.target_arr, &loc, "target_arr", "target ARR"),
        money: crate::i18n::formats::money_style(&locale, &currency),
        currency,
        locale,
        icps: cx.list(&rc.icps, &loc, "icps", "the list of ICPs"),
        markets: cx.list(&rc.markets, &loc, "markets", "the list of markets"),
        loc: Some(loc),
    };
    let empty = raw::Program::default();
    let rp = p.raw.program.as_ref().unwrap_or(&empty);
    let loc = root.child("program");
    if p.raw.program.is_none() {
        cx.push(
            Diagnostic::new(Rule::Required, root.span(), "`program` is missing")
                .help("add the program settings under `program:`"),
        );
    }
    let share = cx.percent(&rp.partner_arr_share, &loc, "partner_arr_share");
    if rp.partner_arr_share.is_none() && p.raw.program.is_some() {
        cx.push(
            Diagnostic::new(
                Rule::Required,
                loc.key("partner_arr_share"),
                "partner share of ARR is missing",
            )
            .help("add `partner_arr_share: 35%`"),
        );
    }
    plan.program = Program {
        partner_arr_share: share,
        horizon_years: rp.horizon_years.unwrap_or(3),
        north_star: cx.text(&rp.north_star, &loc, "north_star", "north-star metric"),
        year: rp.year.unwrap_or(0),
        partner_sourced_arr: cx.money(&rp.partner_sourced_arr, &loc, "partner_sourced_arr"),
        gross_margin: cx.percent(&rp.gross_margin, &loc, "gross_margin"),
        win_rate: cx.percent(&rp.win_rate, &loc, "win_rate"),
        direct_cac: cx.money(&rp.direct_cac, &loc, "direct_cac"),
        costs: rp.costs.as_ref().map(|c| cost_lines(cx, c, &loc)),
        loc: Some(loc),
    };
    if let Some(s) = &p.raw.scoring {
        plan.scoring = scoring(cx, s, root.child("scoring"));
    }
    let site = p.raw.site.as_ref();
    plan.site = SiteSettings {
        title: site
            .and_then(|s| s.title.clone())
            .unwrap_or_else(|| format!("{} Partner Handbook", plan.company.name)),
        base_url: site
            .and_then(|s| s.base_url.clone())
            .unwrap_or_else(|| "/".into()),
    };
    if let Some(h) = &p.raw.history {
        plan.history = history(cx, h, &root.child("history"));
    }
    if let Some(b) = &p.raw.board {
        plan.board = board(cx, b, root.child("board"));
    }
    if let Some(sh) = &p.raw.sharing {
        plan.sharing.scores = sh.scores.unwrap_or(false);
    }
    if let Some(pk) = &p.raw.pack {
        let loc = root.child("pack");
        let fonts = cx.list(&pk.fonts, &loc, "fonts", "`pack.fonts`");
        // spans of the entries that are not blank, in order
        let written = pk.fonts.iter().flatten().enumerate();
        let spans = written.filter(|(_, f)| !f.trim().is_empty());
        plan.pack.fonts = fonts
            .into_iter()
            .zip(spans)
            .map(|(f, (i, _))| Spanned::new(f, loc.value(&format!("fonts[{i}]"))))
            .collect();
    }
}

/// `board`: the meeting date, the classification and the status thresholds (their
/// order is the rule `board.status`'s).
fn board(cx: &mut Ctx, b: &raw::Board, loc: Loc) -> BoardSettings {
    let status = loc.child("status");
    let pct = |cx: &mut Ctx, v: Option<&raw::Scalar>, key: &str, default: f64| {
        v.and_then(|v| cx.percent(&Some(v.clone()), &status, key))
            .map_or(default, |p| p.0)
    };
    let st = b.status.as_ref();
    BoardSettings {
        meeting: cx.date(&b.meeting, &loc, "meeting"),
        classification: b
            .classification
            .clone()
            .unwrap_or_else(|| BoardSettings::default().classification)
            .trim()
            .to_string(),
        at_risk_below: pct(
            cx,
            st.and_then(|s| s.at_risk_below.as_ref()),
            "at_risk_below",
            BoardSettings::DEFAULT_AT_RISK,
        ),
        off_track_below: pct(
            cx,
            st.and_then(|s| s.off_track_below.as_ref()),
            "off_track_below",
            BoardSettings::DEFAULT_OFF_TRACK,
        ),
        loc: Some(loc),
    }
}

/// `history`: tags or quarters, not both; a glob that names no tag name is refused.
fn history(cx: &mut Ctx, h: &raw::HistorySettings, loc: &Loc) -> HistorySource {
    match (&h.tags, h.quarters) {
        (Some(_), Some(_)) => {
            cx.push(
                Diagnostic::new(
                    Rule::Syntax,
                    loc.key("quarters"),
                    "`history` gives both `tags` and `quarters`; it reads one or the other",
                )
                .help("keep `tags: \"board/*\"` to read tagged board meetings, or `quarters: 4` to read quarter ends"),
            );
            HistorySource::default()
        }
        (Some(glob), None) if glob.trim().is_empty() => {
            cx.push(
                Diagnostic::new(Rule::Syntax, loc.value("tags"), "`history.tags` is empty")
                    .help("write a tag glob such as `tags: \"board/*\"`"),
            );
            HistorySource::default()
        }
        (Some(glob), None) => HistorySource::Tags(glob.trim().to_string()),
        (None, Some(n)) if n > 40 => {
            cx.push(
                Diagnostic::new(
                    Rule::Syntax,
                    loc.value("quarters"),
                    format!("`history.quarters` is {n}; at most 40 quarters (ten years) are read"),
                )
                .help(
                    "write a number of quarters from 0 (no history) to 40, such as `quarters: 4`",
                ),
            );
            HistorySource::default()
        }
        (None, Some(n)) => HistorySource::Quarters(n),
        (None, None) => HistorySource::default(),
    }
}

/// The program's cost lines, in the order of their names; a line that does not parse
/// is reported and left out.
fn cost_lines(
    cx: &mut Ctx,
    costs: &raw::UniqueMap<raw::Scalar>,
    program: &Loc,
) -> Vec<(String, crate::values::Money)> {
    let loc = program.child("costs");
    costs
        .iter()
        .filter_map(|(name, v)| Some((name.clone(), cx.money(&Some(v.clone()), &loc, name)?)))
        .collect()
}

fn required_money(
    cx: &mut Ctx,
    v: &Option<raw::Scalar>,
    loc: &Loc,
    key: &str,
    what: &str,
) -> Option<crate::values::Money> {
    let example = cx.currency.as_ref().map_or("$", |c| c.prefix()).to_string();
    match v {
        None => cx.push(
            Diagnostic::new(Rule::Required, loc.key(key), format!("{what} is missing"))
                .help(format!("add `{key}: \"{example}18M\"`")),
        ),
        Some(raw::Scalar::String(s)) if s.trim().is_empty() => {
            cx.push(
                Diagnostic::new(
                    Rule::Placeholder,
                    loc.value(key),
                    format!("{what} is empty"),
                )
                .label("empty string")
                .help(format!(
                    "fill in the amount, e.g. `{key}: \"{example}18M\"`"
                )),
            );
            return None;
        }
        Some(_) => {}
    }
    cx.money(v, loc, key)
}

fn scoring(cx: &mut Ctx, s: &raw::Scoring, loc: Loc) -> Scoring {
    let mut out = Scoring {
        loc: Some(loc.clone()),
        ..Scoring::default()
    };
    if let Some(w) = &s.weights {
        // Missing or unknown factors are reported by the score.weights rule;
        // here a weight only needs to be a number of points.
        let mut weights = [0.0; 5];
        for (i, f) in FACTORS.iter().enumerate() {
            let Some(v) = w.get(*f) else { continue };
            let key = format!("weights.{f}");
            match cx.weight(&Some(v.clone()), &loc, &key) {
                Some(x) => weights[i] = x,
                None => out.weights_read = false,
            }
            if v.is_null() {
                cx.push(
                    Diagnostic::new(
                        Rule::Required,
                        loc.key(&key),
                        format!("weight `{f}` has no value"),
                    )
                    .help(format!(
                        "give it points, e.g. `{f}: {}`",
                        Scoring::default().weights[i]
                    )),
                );
            }
        }
        out.weights = weights;
        out.extra_weights = w
            .keys()
            .filter(|k| !FACTORS.contains(&k.as_str()))
            .cloned()
            .collect();
        out.missing_weights = FACTORS
            .iter()
            .filter(|f| !w.contains_key(**f))
            .map(|f| f.to_string())
            .collect();
    }
    if let Some(b) = &s.bands {
        out.priority = b.priority.unwrap_or(75.0);
        out.secondary = b.secondary.unwrap_or(50.0);
    }
    out
}

fn thesis(cx: &mut Ctx, p: &Parsed<raw::ThesisFront>) -> Thesis {
    let loc = Loc::new(p.index.clone(), "");
    let r = &p.raw;
    let mut rationale = Vec::new();
    match &r.partnership_rationale {
        None => cx.push(
            Diagnostic::new(
                Rule::Required,
                loc.span(),
                "`partnership_rationale` is missing",
            )
            .help("add the six rationale keys of the playbook"),
        ),
        Some(map) => {
            let rl = loc.child("partnership_rationale");
            for k in map.keys().filter(|k| !RATIONALE_KEYS.contains(&k.as_str())) {
                let help = crate::suggest::closest(k, RATIONALE_KEYS.iter().copied()).map_or_else(
                    || format!("expected one of {}", RATIONALE_KEYS.join(", ")),
                    |s| format!("did you mean `{s}`?"),
                );
                cx.push(
                    Diagnostic::new(Rule::Syntax, rl.key(k), format!("unknown key `{k}`"))
                        .help(help),
                );
            }
            for k in RATIONALE_KEYS {
                let text = cx.text(
                    &map.get(k).cloned().flatten(),
                    &rl,
                    k,
                    &format!("rationale `{k}`"),
                );
                rationale.push((k.to_string(), text));
            }
        }
    }
    let models = r
        .models
        .iter()
        .flatten()
        .map(|m| ThesisModel {
            id: m.id.clone(),
            because: m.because.clone().unwrap_or_default(),
        })
        .collect();
    Thesis {
        rationale,
        models,
        partner_types: cx.list(
            &r.partner_types,
            &loc,
            "partner_types",
            "the list of partner types",
        ),
        mechanism: r.mechanism.clone(),
        adjacent_use_cases: r.adjacent_use_cases.clone(),
        north_star: r.north_star.clone(),
        body: p.body.clone().unwrap_or_default(),
        loc,
    }
}

fn tiers(cx: &mut Ctx, p: &Parsed<raw::TiersFile>) -> Option<TierFramework> {
    let root = Loc::new(p.index.clone(), "");
    let Some(map) = &p.raw.partner_tiers else {
        cx.push(
            Diagnostic::new(Rule::Required, root.span(), "`partner_tiers` is missing")
                .help("paste the playbook's `partner_tiers:` block"),
        );
        return None;
    };
    let loc = root.child("partner_tiers");
    for k in map.keys().filter(|k| TierName::parse(k).is_none()) {
        let help = crate::suggest::closest(k, TierName::WORDS.iter().copied()).map_or_else(
            || "expected platinum, gold, silver or registered".to_string(),
            |s| format!("did you mean `{s}`?"),
        );
        cx.push(
            Diagnostic::new(Rule::Syntax, loc.key(k), format!("unknown tier `{k}`")).help(help),
        );
    }
    let mut out = Vec::new();
    for &t in TierName::ALL {
        let Some(raw) = map.get(t.as_str()) else {
            cx.push(
                Diagnostic::new(
                    Rule::Required,
                    loc.key(""),
                    format!("tier `{}` is missing", t.as_str()),
                )
                .help(format!("add `{}:` under `partner_tiers:` (the framework needs platinum, gold, silver and registered; paste the playbook's block)", t.as_str())),
            );
            return None;
        };
        out.push(tier(cx, t, raw, loc.child(t.as_str())));
    }
    let tiers: [Tier; 4] = out.try_into().ok()?;
    Some(TierFramework { tiers, loc })
}

fn tier(cx: &mut Ctx, level: TierName, r: &raw::Tier, loc: Loc) -> Tier {
    let default_gtm = match level {
        TierName::Platinum => 4,
        TierName::Gold => 2,
        _ => 0,
    };
    Tier {
        level,
        name: r.name.clone().unwrap_or_else(|| level.label().to_string()),
        pipeline: cx.money_range(&r.annual_pipeline_target, &loc, "annual_pipeline_target"),
        certified_individuals: r.certified_individuals.unwrap_or(0),
        dedicated_practice: r.dedicated_practice.unwrap_or(false),
        benefits: r.benefits.clone().unwrap_or_default(),
        commitments: r.commitments.clone().unwrap_or_default(),
        mdf_per_year: cx.money(&r.mdf_per_year, &loc, "mdf_per_year"),
        min_gtm_activities: r.min_gtm_activities.unwrap_or(default_gtm),
        review_cadence: cx.word(
            &r.review_cadence,
            &loc,
            "review_cadence",
            Rule::Syntax,
            Cadence::WORDS,
            Cadence::parse,
        ),
        deal_registration_days: r.deal_registration_days,
        pam_max_partners: r.pam_max_partners,
        loc,
    }
}

fn models(cx: &mut Ctx, catalog: &mut Vec<ModelDef>, p: &Parsed<raw::ModelsFile>) {
    let root = Loc::new(p.index.clone(), "models");
    let mut seen = std::collections::HashSet::new();
    for (i, m) in p.raw.models.iter().flatten().enumerate() {
        let loc = root.child(&format!("[{i}]"));
        if !seen.insert(m.id.as_str()) {
            cx.push(
                Diagnostic::new(
                    Rule::IdDuplicate,
                    loc.value("id"),
                    format!("model id `{}` is used twice in models.yaml", m.id),
                )
                .label("second use")
                .help("define each model once; merge the two entries"),
            );
        }
        let mut terms = Vec::new();
        for (k, v) in m.terms.iter().flatten() {
            let key = format!("terms.{k}");
            let parsed = match v {
                raw::Scalar::Number(n) => n.as_f64().map(|x| {
                    Ok(crate::values::PercentRange {
                        min: crate::values::Percent(x),
                        max: crate::values::Percent(x),
                    })
                }),
                other => ctx::scalar_text(other).map(|t| crate::values::PercentRange::parse(&t)),
            };
            match parsed {
                Some(Ok(r)) => terms.push((k.clone(), r)),
                Some(Err(e)) => {
                    let text = ctx::scalar_text(v).unwrap_or_default();
                    cx.push(
                        Diagnostic::new(
                            Rule::Syntax,
                            loc.value(&key),
                            format!("invalid range for `{k}`"),
                        )
                        .label(e)
                        .help(
                            crate::hint::for_value(crate::hint::Expected::PercentRange, k, &text)
                                .help,
                        ),
                    );
                }
                None => cx.push(
                    Diagnostic::new(
                        Rule::Syntax,
                        loc.value(&key),
                        format!("invalid range for `{k}`"),
                    )
                    .help("expected a percentage range like \"5–15%\""),
                ),
            }
        }
        let existing = catalog.iter_mut().find(|d| d.id == m.id);
        match existing {
            Some(d) => {
                override_text(&mut d.name, &m.name);
                override_text(&mut d.definition, &m.definition);
                override_text(&mut d.best_for, &m.best_for);
                override_text(&mut d.revenue_mechanism, &m.revenue_mechanism);
                if m.terms.is_some() {
                    d.terms = terms;
                }
            }
            None => catalog.push(ModelDef {
                id: m.id.clone(),
                name: m.name.clone().unwrap_or_else(|| m.id.clone()),
                definition: m.definition.clone().unwrap_or_default(),
                best_for: m.best_for.clone().unwrap_or_default(),
                revenue_mechanism: m.revenue_mechanism.clone().unwrap_or_default(),
                terms,
            }),
        }
    }
}

fn override_text(slot: &mut String, v: &Option<String>) {
    if let Some(s) = v {
        *slot = s.clone();
    }
}
