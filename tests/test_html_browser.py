"""The HTML report in a real browser (headless Chromium): no script errors, no blocked loads,
every highlight on exactly its finding's or evidence's text and position, and the panel, hover,
criterion and sorting behaviour working. The page checks itself when opened with #selftest
(report.js); these tests read its verdict, and show that the check does catch breakage."""

import json
import re
from pathlib import Path

import pytest

from browser import screenshot, self_test
from helpers import run
from report_fixtures import report_rules, write_articles
from scorecard_rules import use_rules

EXAMPLES = Path(__file__).parents[1] / "examples" / "articles"


def write_report(path: Path, *args: str) -> Path:
    code, out, err = run("--format", "html", "--no-cache", "--min-severity", "info", *args)
    assert code in (0, 1) and err == ""
    path.write_text(out, encoding="utf-8")
    return path


@pytest.fixture
def site(tmp_path, monkeypatch):
    use_rules(monkeypatch, report_rules())
    write_articles(tmp_path / "site")
    monkeypatch.chdir(tmp_path / "site")
    return tmp_path


def data_of(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="mslint-data">(.*?)</script>', text).group(1))


def test_folder_report_passes_its_self_test(site):
    page = write_report(site / "report.html", ".")
    verdict = self_test(page)
    data = data_of(page)
    assert verdict == {"checked": len(data["findings"]) + len(data["evidence"]), "failures": [], "errors": [],
                       "ok": True}
    assert verdict["checked"] > 20


def test_one_article_report_passes_its_self_test(site):
    page = write_report(site / "one.html", "overlap.txt")
    assert self_test(page) == {"checked": 5, "failures": [], "errors": [], "ok": True}


def test_report_on_the_example_articles_with_the_installed_rules(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = write_report(tmp_path / "examples.html", str(EXAMPLES))
    verdict = self_test(page)
    assert verdict["ok"], verdict
    assert verdict["checked"] >= len(data_of(page)["findings"]) > 20


def test_the_self_test_catches_misplaced_marks_script_errors_and_outside_loads(site):
    page = write_report(site / "report.html", ".")
    text = page.read_text(encoding="utf-8")
    # One mark starts a character early; another loses its finding.
    text, moved = re.subn(r"works (<mark [^>]*>)like a ", r"work\1s like a ", text, count=1)
    assert moved == 1
    text = re.sub(r'<mark class="hl s-error" data-f="(\d+)"', r'<mark class="hl s-error"', text, count=1)
    text = text.replace("</body>", '<img src="https://example.invalid/x.png"><script>null.boom();</script></body>')
    broken = site / "broken.html"
    broken.write_text(text, encoding="utf-8")
    verdict = self_test(broken)
    assert not verdict["ok"]
    failures = "\n".join(verdict["failures"])
    assert "not marked in the text" in failures
    assert '(TST902): marked "s like a miracle", expected "like a miracle"' in failures
    assert "(TST902): marked at 1:8-1:24, expected 1:10-1:24" in failures
    errors = "\n".join(verdict["errors"])
    assert "TypeError" in errors
    assert "blocked by the page's policy: img-src https://example.invalid/x.png" in errors


def test_screenshot_renders(site):
    page = write_report(site / "report.html", ".")
    png = site / "report.png"
    screenshot(page, png, "1280,900")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
