#!/usr/bin/env python3
"""Consistency checker for the blind175 evaluation set (a copy of the blind17 checker, itself a copy
of the blind16 checker, which copied the blind15 checker, itself taken from the blind14 and blind13
checkers adapted from the blind12 checker; only this docstring differs from the blind17 copy; it finds
the set root from its own path, so it works wherever the set is copied).

Checks:
  * every article has a labels file and every labels file parses with tomllib;
  * every finding has a known category; line findings have an int `line` and a `quote`
    that occurs verbatim on that (1-based) line; document findings have no line/quote;
  * careful articles (no findings) contain only the standard comment line;
  * criteria.toml has all 10 keys with allowed values for all 20 articles, and nothing else;
  * article word counts are within 500-1100 (visible text for HTML);
  * every `factual` finding appears in FACTS-USED.md (file, line and quote);
  * flawed articles have 15-20 findings;
  * every http(s) link in an article uses a .example domain;
  * every UK-style phone number in an article is in an Ofcom drama range (added in blind12);
  * no two findings in one labels file share the same line, category and quote (added in blind13);
  * expected set shape: 20 articles, 7 careful, formats 12 md / 4 html / 4 txt,
    at least 200 labels in total, at least 35 of them `factual`, and the README totals table
    matches the labels;
  * if FREEZE.sha256 exists, it lists every file of the set (except itself) with matching
    sha256 checksums.
Exit status 0 when everything passes.
"""
import hashlib
import os
import re
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(ROOT, "articles")
CATEGORIES = {"commercial", "cure-claim", "evidence", "factual", "hype", "language",
              "risk-disclosure", "terminology", "timeliness"}
CRITERIA = ["costs", "benefits", "harms", "evidence-quality", "disease-mongering", "funding",
            "alternatives", "availability", "novelty", "sensational-language"]
VALUES = {"satisfactory", "not-satisfactory", "not-applicable"}
CAREFUL_TEXT = "# one entry per problem a careful medical editor would mark"
# Ofcom numbers reserved for drama (prefix of the 11-digit number without spaces)
DRAMA = ("01134960", "01144960", "01154960", "01164960", "01174960", "01184960", "01214960",
         "01314960", "01414960", "01514960", "01614960", "02079460", "01632960", "08081570",
         "02896496", "02920180", "01914980")

errors = []


def err(msg):
    errors.append(msg)


def word_count(path, text):
    if path.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return len(text.split())


articles = sorted(f for f in os.listdir(ART) if not f.endswith(".labels.toml"))
label_files = sorted(f for f in os.listdir(ART) if f.endswith(".labels.toml"))

if len(articles) != 20:
    err(f"expected 20 articles, found {len(articles)}")
for lf in label_files:
    if lf[: -len(".labels.toml")] not in articles:
        err(f"labels file without article: {lf}")

facts_md = open(os.path.join(ROOT, "FACTS-USED.md"), encoding="utf-8").read()
careful = 0
formats = {"md": 0, "html": 0, "txt": 0}
factual_count = 0
cat_totals = {}

for a in articles:
    ext = a.rsplit(".", 1)[-1]
    formats[ext] = formats.get(ext, 0) + 1
    path = os.path.join(ART, a)
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    wc = word_count(a, text)
    if not 500 <= wc <= 1100:
        err(f"{a}: word count {wc} outside 500-1100")
    for url in re.findall(r"https?://([^/\s\"')>\]]+)", text):
        if not url.endswith(".example"):
            err(f"{a}: link to a non-.example domain: {url}")
    for phone in re.findall(r"\b0\d{2,4}(?: ?\d{3,4}){2}\b", text):
        digits = phone.replace(" ", "")
        if not any(digits.startswith(p) for p in DRAMA):
            err(f"{a}: phone number outside the Ofcom drama ranges: {phone}")
    lpath = path + ".labels.toml"
    if not os.path.exists(lpath):
        err(f"{a}: missing labels file")
        continue
    raw = open(lpath, "rb").read()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"{a}: labels do not parse: {e}")
        continue
    extra = set(data) - {"finding"}
    if extra:
        err(f"{a}: unexpected top-level keys {extra}")
    findings = data.get("finding", [])
    if not findings:
        careful += 1
        if raw.decode("utf-8").strip() != CAREFUL_TEXT:
            err(f"{a}: careful labels file should contain only the comment line")
        continue
    if not 15 <= len(findings) <= 20:
        err(f"{a}: {len(findings)} findings (expected 15-20)")
    seen = set()
    for i, f in enumerate(findings, 1):
        cat = f.get("category")
        cat_totals[cat] = cat_totals.get(cat, 0) + 1
        if cat not in CATEGORIES:
            err(f"{a} #{i}: unknown category {cat!r}")
        if f.get("document"):
            if "line" in f or "quote" in f:
                err(f"{a} #{i}: document finding must not have line/quote")
            if cat != "risk-disclosure":
                err(f"{a} #{i}: document findings are only for never-mentioned harms")
            continue
        ln, q = f.get("line"), f.get("quote")
        if not isinstance(ln, int) or not isinstance(q, str) or not q:
            err(f"{a} #{i}: needs int line and non-empty quote")
            continue
        if not 1 <= ln <= len(lines):
            err(f"{a} #{i}: line {ln} out of range")
            continue
        if q not in lines[ln - 1]:
            err(f"{a} #{i}: quote not on line {ln}: {q!r}")
        key = (ln, cat, q)
        if key in seen:
            err(f"{a} #{i}: duplicate finding {key!r}")
        seen.add(key)
        if cat == "factual":
            factual_count += 1
            needle = f"| {a} | {ln} | \"{q}\" |"
            if needle not in facts_md:
                err(f"{a} #{i}: factual label missing from FACTS-USED.md: {needle}")

crit = tomllib.load(open(os.path.join(ROOT, "criteria.toml"), "rb"))
arts = crit.get("articles", {})
if set(arts) != set(articles):
    err(f"criteria.toml articles mismatch: missing {set(articles) - set(arts)}, "
        f"extra {set(arts) - set(articles)}")
for a, v in arts.items():
    if set(v) != set(CRITERIA):
        err(f"criteria {a}: keys {sorted(v)}")
    for k, x in v.items():
        if x not in VALUES:
            err(f"criteria {a}.{k}: bad value {x!r}")

rows = facts_md.count("\n| ") - 1  # minus header row
if rows != factual_count:
    err(f"FACTS-USED.md has {rows} rows but {factual_count} factual labels")
if careful != 7:
    err(f"expected 7 careful articles, found {careful}")
if formats != {"md": 12, "html": 4, "txt": 4}:
    err(f"format mix {formats}")
if sum(cat_totals.values()) < 200:
    err(f"only {sum(cat_totals.values())} labels in total (expected at least 200)")
if factual_count < 35:
    err(f"only {factual_count} factual labels (expected at least 35)")
readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
for cat in sorted(CATEGORIES):
    m = re.search(r"^\| " + re.escape(cat) + r" \| (\d+) \|$", readme, re.M)
    if not m:
        err(f"README totals table has no row for {cat}")
    elif int(m.group(1)) != cat_totals.get(cat, 0):
        err(f"README total for {cat} is {m.group(1)}, labels have {cat_totals.get(cat, 0)}")
m = re.search(r"^\| \*\*total\*\* \| \*\*(\d+)\*\* \|$", readme, re.M)
if not m or int(m.group(1)) != sum(cat_totals.values()):
    err("README grand total missing or wrong")

freeze = os.path.join(ROOT, "FREEZE.sha256")
if os.path.exists(freeze):
    listed = {}
    for row in open(freeze, encoding="utf-8").read().splitlines():
        if not row.strip():
            continue
        digest, _, name = row.partition("  ")
        if name.startswith("./"):  # `find . -type f | xargs sha256sum` writes ./-prefixed paths
            name = name[2:]
        listed[name] = digest
    actual = set()
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for fn in filenames:
            rel = os.path.relpath(os.path.join(dirpath, fn), ROOT)
            if rel != "FREEZE.sha256":
                actual.add(rel)
    if set(listed) != actual:
        err(f"FREEZE.sha256 mismatch: unlisted {sorted(actual - set(listed))}, "
            f"missing {sorted(set(listed) - actual)}")
    for name, digest in listed.items():
        path = os.path.join(ROOT, name)
        if os.path.exists(path):
            h = hashlib.sha256(open(path, "rb").read()).hexdigest()
            if h != digest:
                err(f"FREEZE.sha256: checksum differs for {name}")

if errors:
    print("FAIL")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print(f"OK: {len(articles)} articles, {careful} careful, {sum(cat_totals.values())} labels "
      f"({factual_count} factual), formats {formats}")
