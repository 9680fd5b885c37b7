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


REFUSED = [
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
]
ALLOWED = [
    ("docs/assets/symptom-checker/ui.js",
     'document$.subscribe(() => { document.body.textContent = "x"; });\nfetch("model.json");\n'),
    ("docs/assets/symptom-checker/engine.js", "export function assess(answers) { return Object.keys(answers); }\n"),
    ("docs/assets/programme/programme-state.js", 'export const store = () => window.localStorage;\n'),
]

# One Node process lints every snippet with ESLint's own API (ESLint.lintText, what
# `eslint --stdin --stdin-filename` calls), instead of starting the CLI once per snippet.
LINT_ALL = """
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
const eslint = new ESLint();
const rules = [];
for (const [filePath, source] of JSON.parse(readFileSync(0, "utf8"))) {
  const [result] = await eslint.lintText(source, { filePath });
  rules.push(result.messages.map((m) => m.ruleId));
}
console.log(JSON.stringify(rules));
"""


@pytest.fixture(scope="module")
def rules_broken() -> dict[tuple[str, str], list[str]]:
    """(file name, source) -> the rules ESLint reports, for every snippet of this module."""
    assert ESLINT.is_file(), "run `make test-deps`: node_modules/eslint is missing"
    snippets = [(filename, source) for filename, source, *_ in REFUSED + ALLOWED]
    run = subprocess.run(["node", "--input-type=module", "-e", LINT_ALL], input=json.dumps(snippets), cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return dict(zip(snippets, json.loads(run.stdout), strict=True))


@pytest.mark.parametrize("filename, source, rule", REFUSED)
def test_front_end_rules_refuse(rules_broken, filename: str, source: str, rule: str):
    assert rule in rules_broken[filename, source]


@pytest.mark.parametrize("filename, source", ALLOWED)
def test_what_the_front_end_may_do_passes(rules_broken, filename: str, source: str):
    assert rules_broken[filename, source] == []
