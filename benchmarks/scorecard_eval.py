"""How well the scorecard agrees with expert reviewers: per-criterion precision, recall and MCC.

    python benchmarks/scorecard_eval.py DATA [--show N] [--halves] [--jobs N] [--criteria a,b] [--dump FILE]

DATA is one of:
- a folder (or file) of HealthNewsReview data in the FakeHealth layout: `hnr_release.jsonl`
  (press releases with expert verdicts per criterion) and/or `hnr_story_rating.jsonl` (news
  stories with star ratings), e.g. ../shared/data/hnr;
- a folder of labelled articles in mslint's own format: article files (.txt .md .html) and a
  `criteria.toml` that labels them by file name (with or without the extension):

      [articles."clinic-page.md"]
      costs = "satisfactory"
      harms = "not-satisfactory"
      novelty = "not-applicable"

Each article is scored in-process by every registered criterion rule (the scorecard
`mslint --scorecard` prints). Per criterion, "not satisfactory" is the positive class, as in
HealthNewsReview's own framing of a failure; articles the reviewers marked not applicable are
left out, and an article the scorecard marks not applicable counts as predicted satisfactory
(the same convention as ../shared/tools/hnr_score.py, so the figures are comparable). Stories
have no per-criterion labels: the script prints the Spearman correlation of the number of
satisfactory criteria with the stars, and the ROC AUC of "fewer satisfactory criteria" for
stories rated 0-2 against 4-5.

--halves also prints each criterion's MCC on the two halves of the data split by article id
(even and odd hash), a cheap check that a change helps both halves rather than a few articles.
--show N prints N disagreements per criterion with the reviewers' reason when the data has one.
--dump FILE writes every article's verdicts as JSON, to compare two versions of the rules.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tomllib
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mslint.model import CRITERIA  # noqa: E402

# FakeHealth's label keys for the scorecard's criterion keys.
HNR_LABELS = {
    "costs": "costs", "benefits": "benefits", "harms": "harms", "evidence-quality": "evidence_quality",
    "disease-mongering": "disease_mongering", "funding": "funding_coi", "alternatives": "alternatives",
    "availability": "availability", "novelty": "novelty", "sensational-language": "sensational_language",
}
HNR_VERDICTS = {"Satisfactory": "satisfactory", "Not Satisfactory": "not-satisfactory",
                "Not Applicable": "not-applicable"}
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


# -- data ---------------------------------------------------------------------------------------

class Article:
    def __init__(self, key: str, path: str, text: str, labels: dict[str, str], reasons: dict[str, str] | None = None,
                 stars: float | None = None):
        self.key = key  # the id the reports use
        self.path = path  # the name the reader sees (its extension picks the format)
        self.text = text
        self.labels = labels  # criterion -> verdict (mslint's spelling)
        self.reasons = reasons or {}
        self.stars = stars


def load_hnr(path: Path) -> tuple[list[Article], list[Article]]:
    """Press releases and stories from a FakeHealth folder or one of its .jsonl files."""
    files = [path] if path.is_file() else [path / "hnr_release.jsonl", path / "hnr_story_rating.jsonl"]
    releases: list[Article] = []
    stories: list[Article] = []
    for file in files:
        if not file.exists():
            continue
        for line in file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            # The scorer writes each article as its title, a blank line and its text; so do we.
            text = row.get("title", "") + "\n\n" + row["text"]
            labels = row.get("labels") or {}
            if "rating_0_5" in labels:
                stories.append(Article(row["id"], row["id"] + ".txt", text, {}, stars=labels["rating_0_5"]))
            else:
                verdicts = {key: HNR_VERDICTS[labels[label]] for key, label in HNR_LABELS.items()
                            if labels.get(label) in HNR_VERDICTS}
                reasons = {key: (row.get("explanations") or {}).get(label, "") for key, label in HNR_LABELS.items()}
                releases.append(Article(row["id"], row["id"] + ".txt", text, verdicts, reasons))
    return releases, stories


def load_labelled_folder(folder: Path) -> list[Article]:
    """Articles in mslint's own format: files plus criteria.toml (see the module docstring)."""
    table = tomllib.loads((folder / "criteria.toml").read_text(encoding="utf-8")).get("articles", {})
    files = {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.suffix in ARTICLE_SUFFIXES}
    stems = {Path(name).with_suffix("").as_posix(): name for name in files}
    # A set that keeps its articles in a subfolder (tests/blind/articles/) names them by file name.
    by_file_name = {Path(name).name: name for name in files}
    articles = []
    for name, labels in table.items():
        found = name if name in files else stems.get(name) or by_file_name.get(name)
        if found is None:
            sys.exit(f"criteria.toml labels {name!r}, but there is no such article in {folder}")
        unknown = sorted(set(labels) - set(CRITERIA))
        if unknown:
            sys.exit(f"criteria.toml: {name!r}: unknown criterion {unknown[0]!r} (valid: {', '.join(CRITERIA)})")
        verdicts = {key: _verdict_name(value, name, key) for key, value in labels.items()}
        text = files[found].read_text(encoding="utf-8")
        articles.append(Article(found, found, text, verdicts))
    return articles


def _verdict_name(value: str, name: str, key: str) -> str:
    spelled = HNR_VERDICTS.get(value, str(value).strip().lower().replace(" ", "-"))
    if spelled not in ("satisfactory", "not-satisfactory", "not-applicable"):
        sys.exit(f"criteria.toml: {name!r}: {key} = {value!r} is not a verdict")
    return spelled


# -- scoring ------------------------------------------------------------------------------------

def _score(item: tuple[str, str]) -> dict[str, str]:
    """Every criterion rule's verdict on one article (run in a worker process)."""
    from mslint.engine.registry import base_registry
    from mslint.engine.scorecard import build_scorecard
    from mslint.reading import read_document

    path, text = item
    card = build_scorecard(read_document(path, text), base_registry())
    return {key: verdict.verdict for key, verdict in card.verdicts.items()}


def score_all(articles: list[Article], jobs: int) -> dict[str, dict[str, str]]:
    items = [(article.path, article.text) for article in articles]
    if jobs > 1 and len(items) > 1:
        with ProcessPoolExecutor(jobs) as pool:
            cards = list(pool.map(_score, items, chunksize=16))
    else:
        cards = [_score(item) for item in items]
    return {article.key: card for article, card in zip(articles, cards)}


# -- figures ------------------------------------------------------------------------------------

def metrics(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    """(predicted positive, actually positive) pairs -> precision, recall, balanced accuracy, MCC."""
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    tn = len(pairs) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    specificity = tn / (tn + fp) if tn + fp else 0.0
    denominator = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return {"P": precision, "R": recall, "BAcc": (recall + specificity) / 2,
            "MCC": (tp * tn - fp * fn) / denominator if denominator else 0.0, "n": len(pairs)}


def pairs_for(articles: list[Article], cards: dict[str, dict[str, str]], key: str) -> list[tuple[bool, bool]]:
    return [(cards[a.key].get(key) == "not-satisfactory", a.labels[key] == "not-satisfactory")
            for a in articles if a.labels.get(key) in ("satisfactory", "not-satisfactory")]


def half_of(article: Article) -> int:
    return zlib.crc32(article.key.encode()) % 2


def report_labelled(title: str, articles: list[Article], cards, criteria, show: int, halves: bool) -> dict:
    print(f"{title}: {len(articles)} articles; 'not satisfactory' is the positive class")
    header = f"{'criterion':22s} {'n':>4s} {'base':>5s} {'P':>5s} {'R':>5s} {'BAcc':>5s} {'MCC':>6s}"
    print(header + ("   half A  half B" if halves else ""))
    figures = {}
    for key in criteria:
        pairs = pairs_for(articles, cards, key)
        if not pairs:
            continue
        m = metrics(pairs)
        base = sum(g for _, g in pairs) / len(pairs)
        line = f"{key:22s} {m['n']:4d} {base:5.2f} {m['P']:5.2f} {m['R']:5.2f} {m['BAcc']:5.2f} {m['MCC']:+6.2f}"
        if halves:
            split = [metrics(pairs_for([a for a in articles if half_of(a) == h], cards, key))["MCC"] for h in (0, 1)]
            line += f"   {split[0]:+6.2f}  {split[1]:+6.2f}"
        print(line)
        figures[key] = m
        if show:
            wrong = [a for a in articles if a.labels.get(key) in ("satisfactory", "not-satisfactory")
                     and (cards[a.key].get(key) == "not-satisfactory") != (a.labels[key] == "not-satisfactory")]
            for a in wrong[:show]:
                reason = " ".join(a.reasons.get(key, "").split())[:220]
                print(f"    {a.key}: scorecard {cards[a.key].get(key)}, reviewers {a.labels[key]}"
                      + (f": {reason!r}" if reason else ""))
    return figures


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def spearman(a: list[float], b: list[float]) -> float:
    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = math.sqrt(sum((x - ma) ** 2 for x in ra))
    vb = math.sqrt(sum((y - mb) ** 2 for y in rb))
    return cov / (va * vb) if va and vb else 0.0


def auc(positives: list[float], negatives: list[float]) -> float:
    """P(a positive scores above a negative); ties count half."""
    if not positives or not negatives:
        return float("nan")
    values = positives + negatives
    r = ranks(values)
    rank_sum = sum(r[: len(positives)])
    return (rank_sum - len(positives) * (len(positives) + 1) / 2) / (len(positives) * len(negatives))


def report_stories(stories: list[Article], cards, halves: bool) -> dict:
    def figures(chosen):
        satisfied = [sum(v == "satisfactory" for v in cards[s.key].values()) for s in chosen]
        rho = spearman(satisfied, [s.stars for s in chosen])
        low = [-n for n, s in zip(satisfied, chosen) if s.stars <= 2]
        high = [-n for n, s in zip(satisfied, chosen) if s.stars >= 4]
        return rho, auc(low, high)

    rho, area = figures(stories)
    print(f"news stories: {len(stories)} articles; Spearman(satisfactory criteria, stars) = {rho:+.2f}; "
          f"AUC (<=2 stars vs >=4 stars) = {area:.2f}")
    if halves:
        for h in (0, 1):
            r, a = figures([s for s in stories if half_of(s) == h])
            print(f"    half {'AB'[h]}: Spearman {r:+.2f}, AUC {a:.2f}")
    # Which criteria carry the signal: the AUC of each criterion's "not satisfactory" alone.
    parts = []
    for key in CRITERIA:
        low = [float(cards[s.key].get(key) == "satisfactory") for s in stories if s.stars <= 2]
        high = [float(cards[s.key].get(key) == "satisfactory") for s in stories if s.stars >= 4]
        parts.append(f"{key} {auc([-v for v in low], [-v for v in high]):.2f}")
    print("    per criterion AUC: " + ", ".join(parts))
    return {"spearman": rho, "auc": area}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="a FakeHealth folder or .jsonl file, or a folder with criteria.toml")
    parser.add_argument("--show", type=int, default=0, help="disagreements to print per criterion")
    parser.add_argument("--halves", action="store_true", help="MCC on the two halves split by article id")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (default: CPU count)")
    parser.add_argument("--criteria", default="", help="comma-separated criteria to report (default: all)")
    parser.add_argument("--dump", type=Path, help="write every article's verdicts to this JSON file")
    args = parser.parse_args(argv)
    import os

    jobs = args.jobs or os.cpu_count() or 1
    criteria = [c for c in args.criteria.split(",") if c] or list(CRITERIA)
    if not args.data.exists():
        parser.error(f"{args.data}: no such file or folder")
    cards: dict[str, dict[str, str]] = {}
    if args.data.is_dir() and (args.data / "criteria.toml").exists():
        articles = load_labelled_folder(args.data)
        cards = score_all(articles, jobs)
        report_labelled(f"labelled articles in {args.data}", articles, cards, criteria, args.show, args.halves)
    else:
        releases, stories = load_hnr(args.data)
        if not releases and not stories:
            parser.error(f"{args.data}: no hnr_release.jsonl or hnr_story_rating.jsonl, and no criteria.toml")
        cards = score_all(releases + stories, jobs)
        if releases:
            report_labelled("press releases", releases, cards, criteria, args.show, args.halves)
        if stories:
            report_stories(stories, cards, args.halves)
    if args.dump:
        args.dump.write_text(json.dumps(cards, indent=0, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
