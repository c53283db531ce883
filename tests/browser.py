"""Headless Chromium for the HTML report tests: find it, load a page, read the DOM it ends with.

No Python browser library: Chromium's own --dump-dom prints the page's DOM once it has loaded
and its timers have run (--virtual-time-budget), and the page's #selftest (report.js) leaves
its verdict in that DOM. A missing Chromium fails the test with what to install: the browser
test is part of the feature, not an optional extra.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Headless, offline and quiet: no sandbox (CI often runs as root), no GPU, no first-run or
# background traffic, /tmp instead of a small /dev/shm in containers.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")


def chromium() -> str:
    named = os.environ.get("MSLINT_CHROMIUM")
    if named:
        if not os.access(named, os.X_OK):
            pytest.fail(f"MSLINT_CHROMIUM={named} is not an executable file", pytrace=False)
        return named
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(
        "headless Chromium is needed for the HTML report's browser test and none was found "
        f"({', '.join(NAMES)}): install it (`apt-get install chromium`; .ci/run does this when it can) "
        "or set MSLINT_CHROMIUM to a Chromium or Chrome binary",
        pytrace=False,
    )


def _run(*args: str) -> str:
    with tempfile.TemporaryDirectory(prefix="mslint-chromium-") as profile:
        command = [chromium(), *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000", *args]
        try:
            completed = subprocess.run(command, capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            pytest.fail("Chromium did not finish within 120 s", pytrace=False)
    if completed.returncode != 0:
        pytest.fail(f"Chromium exited {completed.returncode}: {completed.stderr[-1500:]}", pytrace=False)
    return completed.stdout


def dump_dom(page: Path, fragment: str = "") -> str:
    return _run("--dump-dom", page.resolve().as_uri() + fragment)


def screenshot(page: Path, png: Path, size: str = "1280,2000") -> None:
    _run(f"--window-size={size}", f"--screenshot={png}", page.resolve().as_uri())


def self_test(page: Path) -> dict:
    """The verdict the page's own check writes when opened with #selftest."""
    dom = dump_dom(page, "#selftest")
    match = re.search(r'<pre id="mslint-selftest"[^>]*>(.*?)</pre>', dom, re.S)
    if match is None:
        pytest.fail("the page wrote no self-test verdict: its script did not run to the end", pytrace=False)
    return json.loads(html.unescape(match.group(1)))
