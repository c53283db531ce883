"""Human output for a terminal (rich): grouped by file, the source line with the excerpt underlined."""

from __future__ import annotations

from collections import Counter

from mslint.model import Severity

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(report, rules) -> str:
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    with console.capture() as capture:
        for result in report.results:
            if not result.findings:
                continue
            console.print(Text(result.path, style="bold underline"))
            for f in result.findings:
                head = Text(f"  {f.line}:{f.column}  ")
                head.append(f"{f.severity.label:<7}", style=STYLES[f.severity])
                head.append(f" {f.code} ", style="bold")
                head.append(f.message)
                console.print(head)
                source_line = result.lines.get(f.line)
                if source_line is not None:
                    width = (f.end_column if f.end_line == f.line else len(source_line) + 1) - f.column
                    console.print(Text("      " + source_line, style="dim"))
                    console.print(Text("      " + " " * (f.column - 1) + "^" * max(1, width), style=STYLES[f.severity]))
                if f.suggestion:
                    console.print(Text(f"      suggestion: {f.suggestion}", style="green"))
            console.print()
        console.print(summary(report))
    return capture.get()


def summary(report) -> str:
    counts = Counter(f.severity for f in report.findings)
    files = sum(1 for result in report.results if result.findings)
    total = sum(counts.values())
    if not total:
        return f"No problems found in {len(report.results)} file{'s' * (len(report.results) != 1)}."
    parts = ", ".join(f"{counts[s]} {s.label}{'s' if counts[s] != 1 and s != Severity.INFO else ''}"
                      for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s])
    return f"Found {total} problem{'s' * (total != 1)} ({parts}) in {files} file{'s' * (files != 1)}."
