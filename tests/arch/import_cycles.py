#!/usr/bin/env python3
"""No import cycles between the files of a crate: reads `use crate::...` and `super::...`
paths (tests left out) and fails naming each cycle. References from a module to its own
parents do not count (a child may use what its folder's `mod.rs` defines).

Usage: import_cycles.py crates/*/src
"""
import glob
import os
import re
import sys


def module_path(root, f):
    rel = os.path.relpath(f, root)[:-3].split("/")
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return tuple(rel)


def cycles_in(root):
    files = glob.glob(root + "/**/*.rs", recursive=True)
    mods = {module_path(root, f) for f in files}
    edges = {}
    for f in files:
        me = module_path(root, f)
        src = open(f, encoding="utf-8").read()
        if "#[cfg(test)]" in src:
            src = src[: src.index("#[cfg(test)]")]
        targets = set()
        paths = []
        # `use super::{a, b::c}` and `crate::{…}`: each item of the group is a path.
        for m in re.finditer(r"\b(crate|super)((?:::[a-z_][a-z0-9_]*)*)::\{([^{}]*)\}", src):
            for item in m.group(3).split(","):
                item = item.strip().split(" as ")[0]
                if item and item != "self" and re.match(r"[a-z_]", item):
                    paths.append((m.group(1), m.group(2) + "::" + item))
        for m in re.finditer(r"\b(crate|super)((?:::[a-z_][a-z0-9_]*)+)", src):
            paths.append((m.group(1), m.group(2)))
        for kind, path in paths:
            base = [] if kind == "crate" else list(me[:-1])
            full = base + path.split("::")[1:]
            for k in range(len(full), 0, -1):
                t = tuple(full[:k])
                if t in mods:
                    if t != me and me[: len(t)] != t:
                        targets.add(t)
                    break
        edges[me] = targets
    found, seen, stack, on_stack = [], set(), [], set()

    def visit(u):
        seen.add(u)
        stack.append(u)
        on_stack.add(u)
        for v in sorted(edges.get(u, ())):
            if v in on_stack:
                found.append(stack[stack.index(v):] + [v])
            elif v not in seen:
                visit(v)
        stack.pop()
        on_stack.discard(u)

    for u in sorted(edges):
        if u not in seen:
            visit(u)
    return found


def main():
    bad = 0
    for root in sys.argv[1:]:
        for cycle in cycles_in(root):
            bad += 1
            print(f"{root}: " + " -> ".join("::".join(m) or "crate" for m in cycle))
    if bad:
        print(f"{bad} import cycle(s)")
        sys.exit(1)
    print("no import cycles")


main()
