"""mslint's benchmark harness, side by side with the prose linters proselint and write-good.

    python benchmarks/run.py --size smoke     # every table once, quickly; what CI runs
    python benchmarks/run.py --size small     # a minute or two
    python benchmarks/run.py --size full      # minutes; the numbers in the README

Peers: proselint comes with the `bench` extra (`pip install '.[bench]'`); write-good is an npm
package (`npm install --prefix benchmarks write-good`, or on PATH). A peer that is missing is
left out of the tables, never installed by the harness.

It builds a corpus from the project's own example and corpus articles (copies with small
variations), then measures cold runs (no result cache, an empty user cache folder): the corpus
on 1 process and on every CPU, one file, each tool in turn within a repetition and the median of
the repetitions (a single run is not stable on a shared machine); where the time goes, stage by
stage, in one process; peak memory as the corpus grows; time against document size; and the
adversarial inputs of the regex-safety test. It also times what CI sees with the result cache
kept between runs. It prints Markdown tables and the issue-16 targets as met or missed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [*sorted((ROOT / "examples" / "articles").glob("*.*")), *sorted((ROOT / "tests" / "corpus").glob("*.*"))]
ARTICLES = [path for path in SOURCES if path.suffix in (".md", ".txt", ".html")]
ONE_FILE = ROOT / "examples" / "articles" / "clean-article.md"
CHANGED_FILES = 10  # a pull request's worth of edited articles
SIZES = {
    # "smoke": every table once, in the least time (the test suite's check that the harness runs).
    "smoke": {"copies": 1, "repeats": 1, "one_file_runs": 1, "scale": (1, 10), "adversarial_bytes": 100_000},
    "small": {"copies": 2, "repeats": 1, "one_file_runs": 3, "scale": (1, 10), "adversarial_bytes": 1_000_000},
    "full": {"copies": 30, "repeats": 5, "one_file_runs": 11, "scale": (1, 10, 100), "adversarial_bytes": 1_000_000},
}
# Targets of issue 16 (cold, every default rule): corpus time against proselint's.
CORPUS_TARGETS = {"1 process": 0.8, "all CPUs": 0.5}
ONE_FILE_TARGET = 1.5
SCALE_TARGET = 11


def build_corpus(folder: Path, copies: int) -> tuple[int, int]:
    """Copies of every article, each varied (numbers and a name changed) so no two files are equal."""
    count = size = 0
    for copy in range(copies):
        for article in ARTICLES:
            text = article.read_text(encoding="utf-8")
            varied = text.replace("2025", str(2000 + copy % 26)) + f"\n\nCopy {copy}.\n"
            target = folder / f"{copy:03}-{article.name}"
            target.write_text(varied, encoding="utf-8")
            count += 1
            size += len(varied.encode("utf-8"))
    return count, size


def edit_some(folder: Path, count: int) -> int:
    """Append a line to `count` files spread through the folder, as a pull request would change them."""
    paths = sorted(folder.iterdir())
    chosen = paths[:: max(1, len(paths) // count)][:count]
    for path in chosen:
        with path.open("a", encoding="utf-8") as file:
            file.write("\nAn edited line.\n")
    return len(chosen)


def timed(command: list[str]) -> tuple[float, int]:
    """Wall time and peak memory (KiB) of a command, from the kernel's accounting of the child."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss


def mslint(*args: str) -> list[str]:
    return [sys.executable, "-m", "mslint", "--fail-on", "never", *args]


def peers() -> dict[str, list[str]]:
    """The peer linters found on this machine: name -> command prefix (paths are appended)."""
    found = {}
    proselint = shutil.which("proselint") or str(Path(sys.executable).with_name("proselint"))
    if Path(proselint).exists():
        found["proselint"] = [proselint, "check"]
    write_good = shutil.which("write-good") or str(ROOT / "benchmarks" / "node_modules" / ".bin" / "write-good")
    if Path(write_good).exists():
        found["write-good"] = [write_good]
    return found


def interleaved(commands: dict[str, list[str]], repeats: int, before_each=None) -> dict[str, tuple[float, int]]:
    """Median wall time and the largest peak memory of each command, the commands taking turns
    within every repetition so that a busy moment on the machine hits all of them alike."""
    times: dict[str, list[float]] = defaultdict(list)
    memory: dict[str, int] = defaultdict(int)
    for _ in range(repeats):
        for name, command in commands.items():
            if before_each:
                before_each()
            seconds, peak = timed(command)
            times[name].append(seconds)
            memory[name] = max(memory[name], peak)
    return {name: (statistics.median(values), memory[name]) for name, values in times.items()}


def stages(folder: Path) -> dict[str, float]:
    """Seconds per stage for the whole corpus in one process, every default rule: reading and
    parsing, the analysis scan, sentence and block rules, document rules, output."""
    from mslint.analysis.article import analyse
    from mslint.config import DEFAULT
    from mslint.engine import runner
    from mslint.engine.planner import Planner
    from mslint.engine.registry import base_registry
    from mslint.output import get_renderer
    from mslint.api import RunReport
    from mslint.reading import read_document

    spent: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    base_registry()
    plan = Planner().plan(DEFAULT, None)
    spent["start-up (knowledge, rules)"] = time.perf_counter() - start
    run_rule = runner._run_rule

    def timed_rule(document, active, triggered):
        began = time.perf_counter()
        try:
            return run_rule(document, active, triggered)
        finally:
            scope = "document rules" if active.rule.meta.scope == "document" else "sentence and block rules"
            spent[scope] += time.perf_counter() - began

    runner._run_rule = timed_rule
    report = RunReport()
    try:
        for path in sorted(folder.iterdir()):
            began = time.perf_counter()
            document = read_document(path.name, path.read_text(encoding="utf-8"))
            document.sentences
            spent["reading and parsing"] += time.perf_counter() - began
            began = time.perf_counter()
            analyse(document)
            spent["scan (tokens, lexicon, trigger index)"] += time.perf_counter() - began
            began = time.perf_counter()
            result = runner.check_document(document, plan.rules, plan.report_unused_suppressions)
            report.results.append(result)
            spent["engine (findings, suppression)"] += time.perf_counter() - began
    finally:
        runner._run_rule = run_rule
    rules = spent["document rules"] + spent["sentence and block rules"]
    spent["engine (findings, suppression)"] -= rules
    began = time.perf_counter()
    get_renderer("concise")(report, [])
    spent["output"] = time.perf_counter() - began
    return dict(spent)


def scaling(factors) -> list[tuple[int, float]]:
    """In-process lint time of one article repeated `factor` times (start-up excluded)."""
    from mslint.api import lint_text

    base = (ROOT / "examples" / "articles" / "clinic-page.md").read_text(encoding="utf-8")
    body = base.split("---", 2)[-1]  # the front matter once, not repeated
    rows = []
    for factor in factors:
        text = body * factor
        best = min(_once(lint_text, text) for _ in range(3 if factor < 100 else 1))
        rows.append((factor, best))
    return rows


def _once(lint_text, text: str) -> float:
    start = time.perf_counter()
    lint_text(text, "scaled.md")
    return time.perf_counter() - start


def _target(name: str, measured: float, limit: float) -> str:
    return f"target: {name}: {'met' if measured <= limit else 'MISSED'} ({measured:.2f}, limit {limit:g})"


def adversarial(size: int) -> list[tuple[str, float]]:
    from mslint.api import lint_text

    words = "stem cells may help people with ms and "
    cases = {
        f"{size / 1e6:g} MB of words without punctuation (.txt)": ((words * (size // len(words) + 1))[:size], ".txt"),
        "100,000-character line (.md)": ("a" * 100_000 + " cures MS\n", ".md"),
        "2,000 nested list items (.md)": ("".join("  " * (d % 40) + "- item that cures MS\n" for d in range(2000)), ".md"),
        "3,000 nested HTML lists (.html)": ("<ul><li>" * 3000 + "cures MS" + "</li></ul>" * 3000, ".html"),
    }
    rows = []
    for name, (text, suffix) in cases.items():
        start = time.perf_counter()
        lint_text(text, "adversarial" + suffix)
        rows.append((name, time.perf_counter() - start))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    settings = SIZES[parser.parse_args().size]
    sys.path.insert(0, str(ROOT / "src"))
    cpus = os.cpu_count() or 1
    found = peers()
    print(f"machine: {platform.machine()}, {cpus} CPUs, Python {platform.python_version()}, {platform.system()}; "
          f"peers: {', '.join(found) or 'none installed'}")

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        corpus = scratch / "corpus"
        corpus.mkdir()
        files, size = build_corpus(corpus, settings["copies"])
        megabytes = size / 1e6
        print(f"corpus: {files} files, {megabytes:.2f} MB; median of {settings['repeats']} interleaved cold runs\n")
        os.chdir(scratch)
        user_cache = scratch / "user-cache"
        os.environ["XDG_CACHE_HOME"] = str(user_cache)  # never the user's own cache folder
        # Installed Python programs run from compiled bytecode; a shell that forbids writing it
        # would make every run (mslint's and proselint's) compile every module from source.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        one = str(next(corpus.rglob("*.md")))
        for command in [mslint("--no-cache"), *found.values()]:  # a first run writes the bytecode
            subprocess.run(command + [one], capture_output=True, check=False)

        def cold():  # no result cache, an empty user cache folder
            shutil.rmtree(user_cache, ignore_errors=True)

        commands = {
            "mslint, 1 process": mslint("--no-cache", "--jobs", "1", str(corpus)),
            f"mslint, {cpus} processes (the default)": mslint("--no-cache", "--jobs", str(cpus), str(corpus)),
            "mslint, 1 process, every rule shown (--min-severity info)":
                mslint("--no-cache", "--jobs", "1", "--min-severity", "info", str(corpus)),
            **{name: command + [str(corpus)] for name, command in found.items()},
        }
        corpus_times = interleaved(commands, settings["repeats"], cold)
        print("| corpus run (cold) | seconds | files/s | MB/s | peak memory | x proselint |")
        print("|---|---:|---:|---:|---:|---:|")
        prose = corpus_times.get("proselint", (None, 0))[0]
        for name, (seconds, memory) in corpus_times.items():
            ratio = f"{seconds / prose:.2f}" if prose else ""
            print(f"| {name} | {seconds:.2f} | {files / seconds:.0f} | {megabytes / seconds:.2f} | "
                  f"{memory / 1024:.0f} MiB | {ratio} |")

        # What CI sees with the result cache kept between runs (see the README's GitHub Actions).
        timed(mslint(str(corpus)))
        unchanged, _ = timed(mslint(str(corpus)))
        changed = edit_some(corpus, CHANGED_FILES)
        incremental, _ = timed(mslint(str(corpus)))
        print(f"\nwith the result cache kept: unchanged re-run {unchanged:.2f} s; "
              f"{changed} files changed {incremental:.2f} s")

        one = {"mslint": mslint("--no-cache", str(ONE_FILE)),
               **{name: command + [str(ONE_FILE)] for name, command in found.items()}}
        one_times = interleaved(one, settings["one_file_runs"], cold)
        print(f"\n| one-file run, {ONE_FILE.name}, cold (median of {settings['one_file_runs']}) | seconds | x proselint |")
        print("|---|---:|---:|")
        one_prose = one_times.get("proselint", (None, 0))[0]
        for name, (seconds, _) in one_times.items():
            ratio = f"{seconds / one_prose:.2f}" if one_prose else ""
            print(f"| {name} | {seconds:.3f} | {ratio} |")

        if prose:
            print()
            print(_target("corpus on 1 process at most 0.8x proselint", corpus_times["mslint, 1 process"][0] / prose,
                          CORPUS_TARGETS["1 process"]))
            print(_target(f"corpus on {cpus} processes at most 0.5x proselint",
                          corpus_times[f"mslint, {cpus} processes (the default)"][0] / prose, CORPUS_TARGETS["all CPUs"]))
            print(_target("one file, no caches, at most 1.5x proselint", one_times["mslint"][0] / one_prose,
                          ONE_FILE_TARGET))

        half = scratch / "quarter"
        half.mkdir()
        build_corpus(half, max(1, settings["copies"] // 4))
        _, quarter_memory = timed(mslint("--no-cache", "--jobs", "1", str(half)))
        print(f"\nmemory as the corpus grows (1 process): {quarter_memory / 1024:.0f} MiB at a quarter of the corpus, "
              f"{corpus_times['mslint, 1 process'][1] / 1024:.0f} MiB at the full corpus")

        spent = stages(corpus)
        total = sum(spent.values())
        print(f"\n| stage (one process, in-process, {files} files) | seconds | share |\n|---|---:|---:|")
        for stage, seconds in spent.items():
            print(f"| {stage} | {seconds:.2f} | {seconds / total:.0%} |")

    print("\n| document size | seconds (in-process) | relative to 1x |\n|---|---:|---:|")
    results = scaling(settings["scale"])
    for factor, seconds in results:
        print(f"| {factor}x | {seconds:.3f} | {seconds / results[0][1]:.1f} |")
    if len(results) > 1 and results[1][0] == 10:
        print(_target(f"10x document at most {SCALE_TARGET}x the time", results[1][1] / results[0][1], SCALE_TARGET))

    print("\n| adversarial input | seconds |\n|---|---:|")
    for name, seconds in adversarial(settings["adversarial_bytes"]):
        print(f"| {name} | {seconds:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
