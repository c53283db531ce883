"""mslint's benchmark harness, side by side with proselint (install it with the `bench` extra).

    python benchmarks/run.py --size small     # seconds; what CI runs
    python benchmarks/run.py --size full      # minutes; the numbers in the README

It builds a corpus from the project's own example and corpus articles (copies with small
variations), then measures in one run: corpus throughput (files/s, MB/s) for mslint serial,
mslint in parallel, mslint with one cheap rule (the floor: start-up and reading), mslint re-run
from its cache unchanged and with 10 files changed, and proselint; a one-file run (median of
several: with --no-cache, and as a pre-commit hook runs it on a changed file); peak memory as
the corpus grows; time against document size (1x, 10x, 100x); and the adversarial inputs of the
regex-safety test. It prints Markdown tables.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [*sorted((ROOT / "examples" / "articles").glob("*.*")), *sorted((ROOT / "tests" / "corpus").glob("*.*"))]
ARTICLES = [path for path in SOURCES if path.suffix in (".md", ".txt", ".html")]
# The floor row runs one rule that is cheap and rarely fires, so it measures what every run pays
# before rules: start-up, reading and parsing each file, the engine, the output.
FLOOR_RULE = "FCT051"
CHANGED_FILES = 10  # a pull request's worth of edited articles
SIZES = {"small": {"copies": 2, "one_file_runs": 3, "scale": (1, 10)}, "full": {"copies": 30, "one_file_runs": 9, "scale": (1, 10, 100)}}


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


def proselint_command(*paths: str) -> list[str] | None:
    executable = shutil.which("proselint") or str(Path(sys.executable).with_name("proselint"))
    return [executable, "check", *paths] if Path(executable).exists() else None


def median_time(command: list[str], runs: int, before_each=lambda run: None) -> float:
    times = []
    for run in range(runs):
        before_each(run)
        times.append(timed(command)[0])
    return statistics.median(times)


def pre_commit_time(article: Path, folder: Path, runs: int) -> float:
    """A pre-commit run on one changed file: the result cache exists from an earlier run, but the
    file itself changed, so it is linted again (patterns are compiled in every run)."""
    folder.mkdir()
    target = folder / article.name
    text = article.read_text(encoding="utf-8")
    target.write_text(text, encoding="utf-8")
    command = mslint(str(target))
    timed(command)  # the earlier run

    def edit(run: int) -> None:
        target.write_text(text + f"\n\nEdit {run}.\n", encoding="utf-8")

    return median_time(command, runs, edit)


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


def adversarial() -> list[tuple[str, float]]:
    from mslint.api import lint_text

    cases = {
        "1 MB of words without punctuation (.txt)": (("stem cells may help people with ms and " * 26000)[:1_000_000], ".txt"),
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
    print(f"machine: {platform.machine()}, {cpus} CPUs, Python {platform.python_version()}, {platform.system()}")

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        corpus = scratch / "corpus"
        corpus.mkdir()
        files, size = build_corpus(corpus, settings["copies"])
        half = scratch / "half"
        half.mkdir()
        build_corpus(half, max(1, settings["copies"] // 4))
        megabytes = size / 1e6
        print(f"corpus: {files} files, {megabytes:.2f} MB\n")

        rows = []
        os.chdir(scratch)
        os.environ["XDG_CACHE_HOME"] = str(scratch / "user-cache")  # the result cache: here, not in ~/.cache
        serial, serial_memory = timed(mslint("--no-cache", "--jobs", "1", str(corpus)))
        rows.append(("mslint, 1 process, no cache", serial, serial_memory))
        parallel, parallel_memory = timed(mslint("--no-cache", "--jobs", str(cpus), str(corpus)))
        rows.append((f"mslint, {cpus} processes, no cache", parallel, parallel_memory))
        floor, floor_memory = timed(mslint("--no-cache", "--select", FLOOR_RULE, str(corpus)))
        rows.append((f"mslint, {cpus} processes, no cache, only {FLOOR_RULE} (start-up and reading)", floor, floor_memory))
        timed(mslint(str(corpus)))  # fill the cache
        cached, cached_memory = timed(mslint(str(corpus)))
        rows.append(("mslint, unchanged re-run (cache)", cached, cached_memory))
        changed = edit_some(corpus, CHANGED_FILES)
        incremental, incremental_memory = timed(mslint(str(corpus)))
        rows.append((f"mslint, {changed} files changed since the last run (cache kept, as in CI)", incremental,
                     incremental_memory))
        prose = proselint_command(str(corpus))
        if prose:
            proselint_time, proselint_memory = timed(prose)
            rows.append(("proselint", proselint_time, proselint_memory))

        print("| corpus run | seconds | files/s | MB/s | peak memory |")
        print("|---|---:|---:|---:|---:|")
        for name, seconds, memory in rows:
            print(f"| {name} | {seconds:.2f} | {files / seconds:.0f} | {megabytes / seconds:.2f} | {memory / 1024:.0f} MiB |")

        one = str(ARTICLES[0])
        runs = settings["one_file_runs"]
        print("\n| one-file run (median) | seconds |\n|---|---:|")
        one_cold = median_time(mslint("--no-cache", one), runs)
        print(f"| mslint {Path(one).name}, --no-cache (compiles every pattern it needs) | {one_cold:.3f} |")
        one_mslint = pre_commit_time(Path(one), scratch / "pre-commit", runs)
        print(f"| mslint {Path(one).name}, changed file, cache folder present (pre-commit) | {one_mslint:.3f} |")
        if prose:
            one_prose = median_time(proselint_command(one), runs)
            print(f"| proselint {Path(one).name} | {one_prose:.3f} |")
            print(f"\nratios: corpus mslint/proselint {serial / proselint_time:.2f} (1 process), "
                  f"{parallel / proselint_time:.2f} ({cpus} processes); one file {one_mslint / one_prose:.2f} "
                  f"(pre-commit), {one_cold / one_prose:.2f} (--no-cache)")
            print(_target("corpus time at most 1/5 of proselint's (default --jobs)", parallel / proselint_time, 0.2))
            print(f"floor: start-up and reading alone take {floor / proselint_time:.2f} of proselint's corpus time; "
                  f"the rules take the other {(parallel - floor) / proselint_time:.2f}")
            print(_target("one-file time at most 1.5x proselint's (pre-commit run)", one_mslint / one_prose, 1.5))

        _, small_memory = timed(mslint("--no-cache", "--jobs", "1", str(half)))
        print(f"\nmemory as the corpus grows (1 process): {small_memory / 1024:.0f} MiB at a quarter of the corpus, "
              f"{serial_memory / 1024:.0f} MiB at the full corpus")

    print("\n| document size | seconds (in-process) | relative to 1x |\n|---|---:|---:|")
    results = scaling(settings["scale"])
    for factor, seconds in results:
        print(f"| {factor}x | {seconds:.3f} | {seconds / results[0][1]:.1f} |")
    if len(results) > 1 and results[1][0] == 10:
        print(_target("10x document at most 13x the time", results[1][1] / results[0][1], 13))

    print("\n| adversarial input | seconds |\n|---|---:|")
    for name, seconds in adversarial():
        print(f"| {name} | {seconds:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
