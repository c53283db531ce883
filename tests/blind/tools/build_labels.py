#!/usr/bin/env python3
"""Build NAME.ext.labels.toml files from tools/spec_01.py.
Each spec entry is (category, quote) or (category, quote, nth) or ("doc", category, note).
The line number is computed: the quote must occur on exactly one line (or nth occurrence given)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "..", "articles")
ns = {}
exec(open(os.path.join(HERE, "spec_01.py")).read(), ns)
SPEC = ns["SPEC"]
CATS = {"cure-claim","risk-disclosure","factual","terminology","commercial","hype","evidence","language","timeliness"}
def q(s): return json.dumps(s, ensure_ascii=False)
errors = 0
for name, entries in SPEC.items():
    path = os.path.join(ART, name)
    lines = open(path, encoding="utf-8").read().split("\n")
    out = ["# one entry per problem a careful medical editor would mark"]
    for e in entries:
        if e[0] == "doc":
            _, cat, note = e
            assert cat in CATS, cat
            out += ["", "[[finding]]", f"category = {q(cat)}", "document = true", f"note = {q(note)}"]
            continue
        cat, quote = e[0], e[1]
        nth = e[2] if len(e) > 2 else None
        assert cat in CATS, cat
        hits = [i + 1 for i, l in enumerate(lines) if quote in l]
        if not hits:
            print(f"ERROR {name}: quote not found: {quote!r}"); errors += 1; continue
        if len(hits) > 1 and nth is None:
            print(f"ERROR {name}: quote ambiguous {hits}: {quote!r}"); errors += 1; continue
        line = hits[(nth or 1) - 1]
        out += ["", "[[finding]]", f"category = {q(cat)}", f"line = {line}", f"quote = {q(quote)}"]
    open(path + ".labels.toml", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("errors:", errors)
sys.exit(1 if errors else 0)
