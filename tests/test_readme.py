"""The README's recipes are runnable as written: the Python API example runs, the YAML snippets
parse, and the pre-commit hook and workflow say what the README claims."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str, after: str) -> list[str]:
    section = README[README.index(after):]
    section = section[: section.index("\n## ", 1)] if "\n## " in section[1:] else section
    return re.findall(rf"```{language}\n(.*?)```", section, re.DOTALL)


def test_python_api_example_runs(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    code = blocks("python", "## Python API")[0]
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 23 CLM001 error Unqualified cure claim: \"cures MS\"; say what the evidence shows (how many people improved, for how long)"
    assert any(line.startswith("examples/articles/clinic-page.md ") for line in out)
    assert out[-1] == "[]"


def test_first_command_creates_the_virtual_environment_and_tests_run_in_it():
    setup = README[README.index("## Set-up"):README.index("## Usage")]
    commands = re.findall(r"^    (\S.*)$", setup, re.MULTILINE)
    assert commands[0].startswith("python3 -m venv .venv && . .venv/bin/activate && ")
    assert commands[1] == "pip install -e '.[test]' && pytest"
    ci = (ROOT / ".ci" / "run").read_text()
    assert commands[1] in ci


def test_pre_commit_snippet_matches_the_hook_and_a_released_version():
    from mslint import __version__

    (snippet,) = blocks("yaml", "## pre-commit")
    config = yaml.safe_load(snippet)
    (repo,) = config["repos"]
    assert repo["rev"] == f"v{__version__}"
    assert f"## {__version__}" in (ROOT / "CHANGELOG.md").read_text()
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert repo["hooks"][0]["id"] == hook["id"] == "mslint"
    files = re.compile(hook["files"])
    for name in ("a.txt", "b.md", "c.markdown", "d.mdx", "e.qmd", "f.Rmd", "g.html", "h.htm"):
        assert files.search(name), name
    assert not files.search("setup.py")


def test_workflow_snippet_installs_from_the_tag_and_may_upload_sarif():
    from mslint import __version__

    (workflow,) = blocks("yaml", "## GitHub Actions")[:1]
    jobs = yaml.safe_load(workflow)["jobs"]
    for job in jobs.values():
        uses = [step.get("uses", "") for step in job["steps"]]
        runs = [step.get("run", "") for step in job["steps"]]
        assert uses[:2] == ["actions/checkout@v4", "actions/setup-python@v5"]
        assert f'pip install "git+https://github.com/your-org/mslint@v{__version__}"' in runs
    assert "mslint --format github content/" in [step.get("run") for step in jobs["lint"]["steps"]]
    assert jobs["code-scanning"]["permissions"]["security-events"] == "write"
    assert jobs["code-scanning"]["steps"][-1]["uses"] == "github/codeql-action/upload-sarif@v3"


def test_rules_table_names_every_category_once_with_its_prefix():
    # One row per category: name, prefix, what it covers. Guards against a table update meant for
    # the blind-set table landing here (it did once: v0.22.0-v0.26.0 carried stray score cells).
    from mslint.config import DEFAULT
    from mslint.engine.diagnostics import ENGINE_DIAGNOSTICS
    from mslint.engine.planner import Planner

    section = README[README.index("## Rules"):README.index("### Quality")]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    cells = [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[1:]]
    assert all(len(row) == 3 for row in cells), [row[:2] for row in cells if len(row) != 3]
    registry = Planner().registry(DEFAULT)
    prefixes = {rule.meta.code[:3] for rule in registry} | {meta.code[:3] for meta in ENGINE_DIAGNOSTICS}
    assert {row[1] for row in cells} == prefixes
