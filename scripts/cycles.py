#!/usr/bin/env python3
"""Import cycles between the top-level modules of the partnerbook crate (src/).

A module `a` depends on `b` when code in src/a.rs or src/a/** (outside #[cfg(test)]
modules and comments) names `crate::b` anywhere, string literals included: a
`#[schemars(with = "crate::model::X")]` attribute is as much a dependency as a `use`.
Prints every cycle and exits 1 if there is one. Usage: scripts/cycles.py [SRC]
(run by .ci/run). The crates under crates/ need no check: cargo refuses a cycle
between crates."""
import os, re, sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
mods = {}
for entry in sorted(os.listdir(src)):
    name = entry[:-3] if entry.endswith(".rs") else entry
    if name in ("lib", "main"):
        continue
    path = os.path.join(src, entry)
    files = []
    if os.path.isdir(path):
        for root, _, fs in os.walk(path):
            files += [os.path.join(root, f) for f in fs if f.endswith(".rs")]
    elif entry.endswith(".rs"):
        files.append(path)
        sub = os.path.join(src, name)
        if os.path.isdir(sub):
            continue
    mods.setdefault(name, []).extend(files)


def code_of(path):
    text = open(path, encoding="utf-8").read()
    cut = text.find("#[cfg(test)]")
    if cut >= 0:
        text = text[:cut]
    # drop line comments (doc comments mention modules without depending on them)
    return "\n".join(re.sub(r"//.*$", "", line) for line in text.splitlines())


edges = {m: set() for m in mods}
for m, files in mods.items():
    for f in files:
        for target in re.findall(r"\bcrate::(\w+)", code_of(f)):
            if target in mods and target != m:
                edges[m].add(target)

# Tarjan's strongly connected components
index, low, stack, on, comps, counter = {}, {}, [], set(), [], [0]


def visit(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in sorted(edges[v]):
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on.discard(w)
            comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            comps.append(sorted(comp))


sys.setrecursionlimit(10000)
for v in sorted(edges):
    if v not in index:
        visit(v)
for comp in comps:
    inner = [f"{a} → {b}" for a in comp for b in sorted(edges[a]) if b in comp]
    print("cycle among " + ", ".join(comp) + ": " + "; ".join(inner))
if comps:
    sys.exit(1)
print(f"no cycle among the {len(mods)} top-level modules of {os.path.normpath(src)}")
