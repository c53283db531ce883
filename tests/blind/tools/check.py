#!/usr/bin/env python3
"""Check the blind set: every labels file parses as TOML, every quote is on its line,
categories valid, criteria.toml complete, word counts in range, factual labels listed in FACTS-USED.md."""
import os, re, sys, tomllib, collections
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ART = os.path.join(ROOT, "articles")
CATS = {"cure-claim","risk-disclosure","factual","terminology","commercial","hype","evidence","language","timeliness"}
KEYS = ["costs","benefits","harms","evidence-quality","disease-mongering","funding","alternatives","availability","novelty","sensational-language"]
VALS = {"satisfactory","not-satisfactory","not-applicable"}
err = 0
def bad(msg):
    global err; err += 1; print("FAIL:", msg)
articles = sorted(f for f in os.listdir(ART) if not f.endswith(".labels.toml"))
totals = collections.Counter(); per = {}
facts = open(os.path.join(ROOT, "FACTS-USED.md"), encoding="utf-8").read()
for a in articles:
    text = open(os.path.join(ART, a), encoding="utf-8").read()
    lines = text.split("\n")
    words = len(re.sub(r"<[^>]+>", " ", text).split())
    if not 300 <= words <= 1200: bad(f"{a}: {words} words")
    lp = os.path.join(ART, a + ".labels.toml")
    if not os.path.exists(lp): bad(f"{a}: no labels file"); continue
    try:
        data = tomllib.load(open(lp, "rb"))
    except Exception as e:
        bad(f"{lp}: TOML error {e}"); continue
    fs = data.get("finding", [])
    per[a] = (len(fs), words)
    for f in fs:
        c = f.get("category")
        if c not in CATS: bad(f"{a}: bad category {c}")
        totals[c] += 1
        if f.get("document"):
            if "line" in f or "quote" in f: bad(f"{a}: document finding with line/quote")
            if not f.get("note"): bad(f"{a}: document finding without note")
            continue
        n, q = f.get("line"), f.get("quote")
        if not isinstance(n, int) or not q: bad(f"{a}: finding missing line/quote {f}"); continue
        if n < 1 or n > len(lines) or q not in lines[n-1]:
            bad(f"{a}: quote not on line {n}: {q!r}")
        if c == "factual" and q not in facts:
            bad(f"{a}: factual quote not listed in FACTS-USED.md: {q!r}")
crit = tomllib.load(open(os.path.join(ROOT, "criteria.toml"), "rb"))["articles"]
for a in articles:
    if a not in crit: bad(f"criteria.toml missing {a}"); continue
    for k in KEYS:
        if crit[a].get(k) not in VALS: bad(f"criteria {a}.{k} = {crit[a].get(k)!r}")
    extra = set(crit[a]) - set(KEYS)
    if extra: bad(f"criteria {a} extra keys {extra}")
for a in crit:
    if a not in articles: bad(f"criteria.toml has unknown article {a}")
print(f"{len(articles)} articles")
for a in articles:
    print(f"  {a:40} labels={per.get(a,(0,0))[0]:3} words={per.get(a,(0,0))[1]}")
print("totals:", dict(sorted(totals.items())), "sum =", sum(totals.values()))
print("careful (0 labels):", sum(1 for a in articles if per.get(a,(1,))[0] == 0))
print("errors:", err)
sys.exit(1 if err else 0)
