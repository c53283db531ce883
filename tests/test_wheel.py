"""The built wheel carries the rule packs, the HTML report's assets and the entry point (built offline, no isolation)."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_wheel_contains_rule_packs_and_entry_point(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("mslint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    packs = sorted(name for name in names if name.startswith("mslint/packs/") and name.endswith(".toml"))
    expected = sorted(
        "mslint/packs/" + path.relative_to(ROOT / "rules").as_posix() for path in (ROOT / "rules").rglob("*.toml")
    )
    assert packs == expected and len(packs) >= 3
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[mslint.rules]\nbuiltin = mslint.rules.builtin:provide" in text
    assert "mslint = mslint.cli:run" in text
    # The HTML report inlines these at run time (importlib.resources): without them --format html fails.
    assets = sorted(name for name in names if name.startswith("mslint/output/report_assets/"))
    expected_assets = sorted(
        "mslint/output/report_assets/" + path.name for path in (ROOT / "src/mslint/output/report_assets").iterdir()
    )
    assert assets == expected_assets == [
        "mslint/output/report_assets/errors.js", "mslint/output/report_assets/report.css",
        "mslint/output/report_assets/report.js"]
