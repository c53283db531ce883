"""Precision and recall of mslint against the blind-labelled corpus in tests/corpus/.

Each article has `<name>.labels.toml` beside it: `[[finding]]` entries with a category, a line
and a quote (the words of the problem on that line), or `document = true` for a problem of the
whole article. A finding counts as a true positive when a label of its category sits on its line
and the label's quote overlaps the finding's excerpt, or, for a document-scope rule, when the
article carries a document-level label of that category. A label is recalled when at least one
finding matches it. Run `python tests/corpus_scoring.py [-v] [FOLDER]` for the table (FOLDER: another
set of articles labelled the same way, such as the frozen blind set in tests/blind/).

Not scored: readability (metrics, not problems one can label) and the document-level *info*
checks (no author, no date, no sources, no costs, no alternatives, no disclosure). The corpus
labels what a medical editor would mark in the text; those checks are judged on their golden
fixtures instead. Document-level warnings (RSK001) are scored against `document = true` labels.
"""

from __future__ import annotations

import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
# Issue 4's document-level checks (info): JAMA authorship, currency, attribution and disclosure,
# HealthNewsReview costs and alternatives. The corpus labels do not cover them.
DOCUMENT_CREDIBILITY_CHECKS = frozenset({"EVD050", "EVD051", "COM050", "COM051", "TIM003", "STR005"})
SUFFIXES = (".txt", ".md", ".html")


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    labels: int = 0
    recalled: int = 0
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.labels if self.labels else 1.0


def articles(folder: Path = CORPUS):
    for path in sorted(folder.iterdir()):
        if path.suffix in SUFFIXES:
            labels = tomllib.loads(path.with_name(path.name + ".labels.toml").read_text(encoding="utf-8"))
            yield path, labels.get("finding", [])


def lint_folder(folder: Path = CORPUS) -> dict[Path, list]:
    """Every article's findings, linted once: `score` and `clean_article_findings` can share them."""
    from mslint.api import lint_text

    return {path: lint_text(path.read_bytes().decode("utf-8-sig"), path=path.name) for path, _ in articles(folder)}


def _overlaps(label: dict, finding, line_text: str) -> bool:
    """The finding overlaps the quote, wherever on the line the quote stands: a Markdown link's text
    and its target may both be the same URL, and either is the quote."""
    quote = label["quote"]
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line_text)
    quote_start = line_text.find(quote)
    while quote_start >= 0:
        if start < quote_start + len(quote) and quote_start < end:
            return True
        quote_start = line_text.find(quote, quote_start + 1)
    return False


def score(categories=None, severities=("error", "warning", "info"), folder: Path = CORPUS, by_line: bool = False,
          same: frozenset[str] = frozenset(), linted: dict[Path, list] | None = None) -> dict[str, Score]:
    """Per-category scores. Strict by default: a finding must overlap its label's quote. `by_line`
    also lets a finding that overlaps no label take an unmatched label of its category on its
    line, one finding to one label (the labeller quoted "Claim your $49 special now" where the
    rule points at "Claim your $49 special"). `same`: categories one set files under another name
    (a set that files "sufferers" under terminology, not language), matched as one. `linted`: the
    folder's findings from `lint_folder`, when another measure has them already."""
    from mslint.engine.registry import base_registry

    document_scoped = {rule.meta.code for rule in base_registry() if rule.meta.scope == "document"}
    unscored = DOCUMENT_CREDIBILITY_CHECKS | {r.meta.code for r in base_registry() if r.meta.category == "readability"}
    scores: dict[str, Score] = defaultdict(Score)
    linted = lint_folder(folder) if linted is None else linted
    for path, labels in articles(folder):
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
        findings = [
            f for f in linted[path]
            if f.category != "mslint" and f.code not in unscored and f.severity.label in severities
            and (categories is None or f.category in categories)
        ]
        matched: set[int] = set()
        unmatched = []

        def kin(label, finding) -> bool:
            return label["category"] == finding.category or {label["category"], finding.category} <= same

        for finding in findings:
            hits = [
                index
                for index, label in enumerate(labels)
                if kin(label, finding)
                and (
                    (label.get("document") and finding.code in document_scoped)
                    or (label.get("line") == finding.line and _overlaps(label, finding, lines[finding.line - 1]))
                )
            ]
            if hits:
                scores[finding.category].true_positives += 1
                matched.update(hits)
            else:
                unmatched.append(finding)
        for finding in unmatched:
            spare = [index for index, label in enumerate(labels) if by_line and index not in matched
                     and kin(label, finding) and label.get("line") == finding.line]
            bucket = scores[finding.category]
            if spare:
                bucket.true_positives += 1
                matched.add(spare[0])
            else:
                bucket.false_positives += 1
                bucket.false_alarms.append(f"{path.name}:{finding.line}:{finding.column} {finding.code} {finding.excerpt!r}")
        for index, label in enumerate(labels):
            if categories is not None and label["category"] not in categories:
                continue
            bucket = scores[label["category"]]
            bucket.labels += 1
            if index in matched:
                bucket.recalled += 1
            else:
                bucket.misses.append(f"{path.name}:{label.get('line', 'doc')} {label.get('quote', '(document)')!r}")
    return dict(scores)


def clean_article_findings(severities=("error", "warning"), folder: Path = CORPUS,
                           linted: dict[Path, list] | None = None) -> list[str]:
    """Findings at these severities on articles labelled clean."""
    from mslint.api import lint_text

    found = []
    for path, labels in articles(folder):
        if labels:
            continue
        findings = linted[path] if linted is not None else lint_text(path.read_bytes().decode("utf-8-sig"), path=path.name)
        for f in findings:
            if f.severity.label in severities:
                found.append(f"{path.name}:{f.line}:{f.column} {f.code} {f.excerpt!r}")
    return found


def measured(folder: Path) -> bool:
    """A blind set (a frozen folder of articles) may be read, its missed labels printed, only once
    it has been measured: its MEASURED file records the commit and the numbers of that one
    measurement. Printing the misses of an unmeasured set would show its labels to the people
    tuning the rules, and the measurement would no longer be blind."""
    root = folder.parent if folder.name == "articles" else folder
    return not (root / "FREEZE.sha256").exists() or (root / "MEASURED").exists()


def main(argv: list[str]) -> int:
    """python tests/corpus_scoring.py [-v] [--by-line] [--same CAT,CAT] [FOLDER]"""
    verbose = "-v" in argv
    by_line = "--by-line" in argv
    same: frozenset[str] = frozenset()
    if "--same" in argv:
        same = frozenset(argv[argv.index("--same") + 1].split(","))
        argv = argv[:argv.index("--same")] + argv[argv.index("--same") + 2:]
    folders = [Path(arg) for arg in argv if not arg.startswith("-")]
    folder = folders[0] if folders else CORPUS
    if verbose and not measured(folder):
        print(f"corpus_scoring: {folder} is a blind set not yet measured (no MEASURED file beside its "
              "FREEZE.sha256); measure it once without -v, write MEASURED, then read it", file=sys.stderr)
        return 2
    results = score(folder=folder, by_line=by_line, same=same)
    # Which mslint scored it: an environment with mslint installed from another tree scores that tree, whatever
    # folder the command is run from, so a measurement names its code.
    import mslint

    print(f"scored with mslint {mslint.__version__} from {Path(mslint.__file__).resolve().parent}")
    print(f"{'category':<16} {'precision':>9} {'recall':>7} {'TP':>4} {'FP':>4} {'labels':>6}")
    for category in sorted(results):
        s = results[category]
        print(f"{category:<16} {s.precision:>9.2f} {s.recall:>7.2f} {s.true_positives:>4} {s.false_positives:>4} {s.labels:>6}")
        if verbose:
            for miss in s.misses:
                print(f"    missed  {miss}")
            for alarm in s.false_alarms:
                print(f"    false   {alarm}")
    found = sum(s.true_positives + s.false_positives for s in results.values())
    correct = sum(s.true_positives for s in results.values())
    labels = sum(s.labels for s in results.values())
    recalled = sum(s.recalled for s in results.values())
    print(f"{'all':<16} {correct / found if found else 1.0:>9.2f} {recalled / labels if labels else 1.0:>7.2f} "
          f"{correct:>4} {found - correct:>4} {labels:>6}")
    clean = clean_article_findings(folder=folder)
    print(f"warnings or errors on clean articles: {len(clean)}")
    for item in clean:
        print(f"    {item}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parents[1] / "src"))
    raise SystemExit(main(sys.argv[1:]))
