"""The publish workflow can really install the pins, with full history and pinned actions.

It reads .github/workflows/publish.yml as GitHub does, takes the Python the job
runs (its container image), and checks it against every installed pin's own
Requires-Python (from the installed metadata) and the project's range
(pyproject.toml), so a pin that drops an old Python fails here, not in CI.
"""
from __future__ import annotations

import importlib.metadata
import re
import sys
import tomllib

import pytest
import yaml
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from support.project import ROOT

WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
PROJECT_RANGE = SpecifierSet(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"])
PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+)", re.M)


def _pins() -> dict[str, str]:
    text = "".join((ROOT / name).read_text(encoding="utf-8") for name in ("requirements.txt", "requirements-test.txt"))
    return {name: version for name, version in PIN.findall(text)}


def _workflow_python() -> Version:
    """The lowest Python the test job can get: python:3.12-slim-bookworm -> 3.12.0."""
    image = WORKFLOW["jobs"]["test"]["container"]
    image = image["image"] if isinstance(image, dict) else image
    m = re.fullmatch(r"(?:docker\.io/)?(?:library/)?python:(\d+\.\d+(?:\.\d+)?)-[\w.-]*bookworm(?:@sha256:[0-9a-f]{64})?", image)
    assert m, f"the test job must run in an official Python image on Debian 12 (bookworm), not {image!r}"
    parts = m.group(1).split(".")
    return Version(".".join(parts + ["0"] * (3 - len(parts))))


def test_the_workflow_python_satisfies_every_pin():
    python = _workflow_python()
    assert python in PROJECT_RANGE, f"{python} is outside pyproject.toml's requires-python {PROJECT_RANGE}"
    refused = []
    for name, version in _pins().items():
        meta = importlib.metadata.metadata(name)
        assert meta["Version"] == version, f"{name}: {meta['Version']} is installed, {version} is pinned"
        needs = meta.get("Requires-Python")
        if needs and python not in SpecifierSet(needs):
            refused.append(f"{name}=={version} needs Python {needs}")
    assert not refused, f"Python {python} cannot install: " + "; ".join(refused)


def test_the_project_range_is_what_the_pins_allow():
    """The lower bound is not below any pin's need (3.11.2, Debian 12's own, must be refused)."""
    assert Version("3.11.2") not in PROJECT_RANGE
    lowest = next(v for v in (Version(f"3.{m}.{p}") for m in range(8, 14) for p in range(0, 20)) if v in PROJECT_RANGE)
    for name in _pins():
        needs = importlib.metadata.metadata(name).get("Requires-Python")
        assert not needs or lowest in SpecifierSet(needs), f"{name} needs {needs}; the range starts at {lowest}"
    here = Version(".".join(map(str, sys.version_info[:3])))
    assert here in PROJECT_RANGE, f"the tests run on {here}, outside the project's range"


def test_full_history_and_actions_pinned_by_commit():
    steps = WORKFLOW["jobs"]["test"]["steps"] + WORKFLOW["jobs"]["deploy"]["steps"]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses), uses
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout.get("with", {}).get("fetch-depth") == 0


@pytest.mark.parametrize("name", ["requirements.txt", "requirements-test.txt"])
def test_every_pin_has_hashes(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    blocks = re.findall(r"^([A-Za-z0-9._-]+==\S+)((?: \\\n\s+--hash=sha256:[0-9a-f]{64})+)", text, re.M)
    assert len(blocks) == len(PIN.findall(text)) > 0
    assert "--require-hashes" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_dependabot_watches_pip_npm_and_actions():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert {u["package-ecosystem"] for u in config["updates"]} >= {"pip", "npm", "github-actions"}
