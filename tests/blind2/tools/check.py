#!/usr/bin/env python3
"""Consistency checker for the blind2 evaluation set.

Checks:
  * 20 articles in articles/, each with a NAME.EXT.labels.toml that parses with tomllib;
  * every finding has an allowed category; line findings have an int `line` and a `quote`
    that occurs verbatim on that 1-based line; document findings have `document = true`
    and no line/quote;
  * careful articles (zero findings) contain only the standard comment line;
  * criteria.toml has all 10 keys with allowed values for every article (and no extra articles);
  * word counts (HTML tags stripped, whitespace-separated tokens) are within 350-1000;
  * every `factual` finding appears in FACTS-USED.md (a table row with file, line and quote).
Exit status 0 when everything passes.
"""
import html
import os
import re
import sys
import tomllib
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(ROOT, "articles")
CATEGORIES = {"commercial", "cure-claim", "evidence", "factual", "hype", "language",
              "risk-disclosure", "terminology", "timeliness"}
KEYS = ["costs", "benefits", "harms", "evidence-quality", "disease-mongering", "funding",
        "alternatives", "availability", "novelty", "sensational-language"]
VALUES = {"satisfactory", "not-satisfactory", "not-applicable"}
HEADER = "# one entry per problem a careful medical editor would mark"
MIN_WORDS, MAX_WORDS = 350, 1000

errors = []


def err(msg):
    errors.append(msg)


def words(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return len(text.split())


articles = sorted(f for f in os.listdir(ART) if not f.endswith(".labels.toml"))
labels = sorted(f for f in os.listdir(ART) if f.endswith(".labels.toml"))
if len(articles) != 20:
    err(f"expected 20 articles, found {len(articles)}")
for lf in labels:
    if lf[: -len(".labels.toml")] not in articles:
        err(f"orphan labels file {lf}")

facts_md = open(os.path.join(ROOT, "FACTS-USED.md"), encoding="utf-8").read()
fact_rows = [l for l in facts_md.splitlines() if l.startswith("| ") and not l.startswith("| File")]

totals = Counter()
per_article = {}
careful = []
for a in articles:
    apath = os.path.join(ART, a)
    lpath = apath + ".labels.toml"
    lines = open(apath, encoding="utf-8").read().split("\n")
    n = words(apath)
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(f"{a}: word count {n} outside {MIN_WORDS}-{MAX_WORDS}")
    if not os.path.exists(lpath):
        err(f"{a}: missing labels file")
        continue
    raw = open(lpath, encoding="utf-8").read()
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        err(f"{a}: labels do not parse: {e}")
        continue
    if not raw.startswith(HEADER):
        err(f"{a}: labels file does not start with the standard comment line")
    extra = set(data) - {"finding"}
    if extra:
        err(f"{a}: unexpected top-level keys {extra}")
    findings = data.get("finding", [])
    counts = Counter()
    for i, f in enumerate(findings, 1):
        cat = f.get("category")
        if cat not in CATEGORIES:
            err(f"{a} finding {i}: bad category {cat!r}")
        if f.get("document") is True:
            if "line" in f or "quote" in f:
                err(f"{a} finding {i}: document finding must not have line/quote")
            if cat != "risk-disclosure":
                err(f"{a} finding {i}: document findings are only for unmentioned harms")
        else:
            ln, q = f.get("line"), f.get("quote")
            if not isinstance(ln, int) or not isinstance(q, str) or not q:
                err(f"{a} finding {i}: needs int line and non-empty quote")
            elif not 1 <= ln <= len(lines):
                err(f"{a} finding {i}: line {ln} out of range")
            elif q not in lines[ln - 1]:
                err(f"{a} finding {i}: quote {q!r} not on line {ln}")
            if cat == "factual" and isinstance(ln, int) and isinstance(q, str):
                ok = any(a in r and f"| {ln} |" in r and q in r for r in fact_rows)
                if not ok:
                    err(f"{a} finding {i}: factual label (line {ln}) missing from FACTS-USED.md")
        counts[cat] += 1
    if not findings:
        careful.append(a)
        if raw.strip() != HEADER:
            err(f"{a}: careful labels file should contain only the comment line")
    per_article[a] = (n, counts)
    totals.update(counts)

crit = tomllib.load(open(os.path.join(ROOT, "criteria.toml"), "rb"))
arts = crit.get("articles", {})
for a in articles:
    if a not in arts:
        err(f"criteria.toml: missing article {a}")
        continue
    for k in KEYS:
        v = arts[a].get(k)
        if v not in VALUES:
            err(f"criteria.toml: {a}: key {k} has {v!r}")
    extra = set(arts[a]) - set(KEYS)
    if extra:
        err(f"criteria.toml: {a}: unexpected keys {extra}")
for a in arts:
    if a not in articles:
        err(f"criteria.toml: unknown article {a}")

n_fact = sum(c["factual"] for _, c in per_article.values())
if n_fact != len(fact_rows):
    err(f"FACTS-USED.md has {len(fact_rows)} rows but the labels have {n_fact} factual findings")

fmt = Counter(os.path.splitext(a)[1] for a in articles)
print("articles:", len(articles), dict(fmt), "careful:", len(careful))
for a, (n, c) in per_article.items():
    print(f"  {a:45s} {n:5d} words  {sum(c.values()):3d} findings  {dict(sorted(c.items()))}")
print("totals:", dict(sorted(totals.items())), "sum:", sum(totals.values()))
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
