"""ESLint's configuration (eslint.config.js) enforces what the front end promises.

`make lint` runs ESLint over every file; these tests feed it small snippets under
the real file names, so a rule that stops matching fails here.
"""
from __future__ import annotations

import json
import subprocess

import pytest

from support.project import ROOT

ESLINT = ROOT / "node_modules" / ".bin" / "eslint"


def _lint(filename: str, source: str) -> list[str]:
    assert ESLINT.is_file(), "run `make test-deps`: node_modules/eslint is missing"
    run = subprocess.run([str(ESLINT), "--format", "json", "--stdin", "--stdin-filename", filename],
                         input=source, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode in (0, 1), run.stderr
    return [m["ruleId"] for m in json.loads(run.stdout)[0]["messages"]]


@pytest.mark.parametrize("filename, source, rule", [
    ("docs/assets/programme/programme-page.js", 'document.body.innerHTML = "<b>x</b>";\n', "no-restricted-syntax"),
    ("docs/assets/app/search-help.js", 'document.body.insertAdjacentHTML("beforeend", "x");\n', "no-restricted-syntax"),
    ("docs/assets/app/search-help.js", 'document.write("x");\n', "no-restricted-properties"),
    ("docs/assets/symptom-checker/ui.js", 'eval("1");\n', "no-eval"),
    ("docs/assets/symptom-checker/ui.js", 'export const f = new Function("return 1");\n', "no-new-func"),
    ("docs/assets/symptom-checker/ui.js", 'localStorage.setItem("answers", "x");\n', "no-restricted-globals"),
    ("docs/assets/symptom-checker/ui.js", 'navigator.sendBeacon("/log", "x");\n', "no-restricted-properties"),
    ("docs/assets/symptom-checker/ui.js", 'document.cookie = "x=1";\n', "no-restricted-properties"),
    ("docs/assets/symptom-checker/engine.js", 'export function f() { return fetch("/x"); }\n', "no-restricted-globals"),
    ("docs/assets/symptom-checker/engine.js", 'export function f() { return document.title; }\n', "no-restricted-globals"),
    ("docs/assets/symptom-checker/engine.js", 'import { x } from "./ui.js";\nexport const y = x;\n', "no-restricted-syntax"),
    ("docs/assets/programme/programme.js", "const unused = 1;\n", "no-unused-vars"),
])
def test_front_end_rules_refuse(filename: str, source: str, rule: str):
    assert rule in _lint(filename, source)


@pytest.mark.parametrize("filename, source", [
    ("docs/assets/symptom-checker/ui.js",
     'document$.subscribe(() => { document.body.textContent = "x"; });\nfetch("model.json");\n'),
    ("docs/assets/symptom-checker/engine.js", "export function assess(answers) { return Object.keys(answers); }\n"),
    ("docs/assets/programme/programme-state.js", 'export const store = () => window.localStorage;\n'),
])
def test_what_the_front_end_may_do_passes(filename: str, source: str):
    assert _lint(filename, source) == []
