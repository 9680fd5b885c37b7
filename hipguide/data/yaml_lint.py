"""yamllint inside the build: the project's .yamllint, reported in the loader's plain words.

The same rules run in the editor (yamllint extensions), in `yamllint data`,
in `make check` and in every build, so staff never see a file pass one and
fail another. Each rule's level in .yamllint decides: ``error`` stops the
build, ``warning`` is printed and the build goes on.
"""
from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from pathlib import Path

from yamllint import linter
from yamllint.config import YamlLintConfig, YamlLintConfigError

from hipguide.data.errors import MAX_REPORTED, DataError, DataErrors, more_problems

CONFIG_FILE = ".yamllint"

# The loader reports these itself, always as errors and in its own words.
_LOADER_RULES = {None, "key-duplicates"}  # None: a line YAML cannot read

# yamllint is pure Python: about 20 times slower than the rest of loading. A
# process may load the data more than once (tests, benchmarks) and `mkdocs serve`
# reloads it on every save, so results are kept per (rules, file content):
# only a file that changed is linted again.
_CACHE: OrderedDict[tuple[str, str], list] = OrderedDict()
_CACHE_SIZE = 1024


def _problems(text: str, config: YamlLintConfig) -> list:
    key = (hashlib.sha256(repr(sorted(config.rules.items())).encode()).hexdigest(),
           hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    # The loader has already parsed the file with libyaml, so yamllint's own (pure
    # Python) syntax pass would only repeat it: run the rule checks alone.
    first = text.split("\n", 1)[0]
    found = [] if re.match(r"^#\s*yamllint disable-file\s*$", first) else \
        list(linter.get_cosmetic_problems(text, config, None))
    _CACHE[key] = found
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return found


def load_lint_config(root: Path) -> YamlLintConfig | None:
    """The project's yamllint rules, or None when it has no .yamllint file."""
    path = root / CONFIG_FILE
    if not path.is_file():
        return None
    try:
        config = YamlLintConfig(file=str(path))
    except (YamlLintConfigError, OSError, ValueError) as exc:
        raise DataErrors([DataError(CONFIG_FILE, 0, "", f"this file cannot be used ({exc}). "
                                    "Undo the last change to it, or restore it from the last published version.")]) from None
    # The loader refuses duplicate keys itself; yamllint's check compares every key with every
    # other (minutes for a file of 100,000 keys), so it is not run twice.
    for rule in _LOADER_RULES - {None}:
        if rule in config.rules:
            config.rules[rule] = False
    return config


def _token_at(line: str, column: int) -> str:
    """The plain value that starts at ``column`` (1-based) on ``line``."""
    m = re.match(r"[^\s,\]\}#]+", line[column - 1:])
    return m.group(0) if m else ""


def _plain(rule: str, desc: str, line: str, column: int) -> str:
    token = _token_at(line, column)
    if rule == "truthy":
        return (f"'{token}' is read as true or false, not as text. Write true or false; "
                f"if you mean the word, put it in double quotes: \"{token}\".")
    if rule == "comments" and "too few spaces before comment" in desc:
        return ("the text from ' #' to the end of the line is dropped: YAML reads it as a comment. "
                "If the # belongs to the text, put the whole value in double quotes; "
                "for a real comment, put two spaces before the #.")
    if rule == "octal-values":
        quoted = re.search(r'"(.*)"', desc)
        value = quoted.group(1) if quoted else token
        return (f"'{value}' would be read as a number, dropping its leading 0. "
                f"Put it in double quotes: \"{value}\".")
    if rule == "empty-values":
        return "has no value after the colon. Fill it in, or delete the line."
    if rule == "anchors":
        return f"anchors and aliases (&name, *name) are not used in these files ({desc}); write the value out in full."
    if rule == "trailing-spaces":
        return "this line ends with spaces or tabs. Delete them."
    if rule == "new-line-at-end-of-file":
        return "the file does not end with a line break. Press Enter after the last line."
    if rule == "new-lines":
        return "the file has Windows line endings. Save it with LF (Unix) line endings."
    if rule == "empty-lines":
        return f"too many blank lines ({desc.removeprefix('too many blank lines ').strip('()')}). Delete some."
    if rule == "indentation":
        return f"the indentation is off ({desc.removeprefix('wrong indentation: ')}). Use 2 spaces per level."
    if rule == "comments-indentation":
        return "this comment is not lined up with the lines around it."
    if rule in ("hyphens", "colons", "commas", "brackets", "braces"):
        return f"spacing: {desc}."
    return f"{desc} (yamllint rule '{rule}')."


def lint_text(text: str, rel: str, config: YamlLintConfig, field_at) -> tuple[list[DataError], list[DataError]]:
    """(errors, warnings) that ``config`` finds in ``text``; ``field_at(line)`` names the field on a line."""
    errors: list[DataError] = []
    warnings: list[DataError] = []
    lines = text.splitlines()
    left_out = {"error": [0, 0], "warning": [0, 0]}  # per level: how many not listed, and the last line listed
    for problem in _problems(text, config):
        if problem.rule in _LOADER_RULES:
            continue
        listed = errors if problem.level == "error" else warnings
        if len(listed) >= MAX_REPORTED:
            left_out["error" if listed is errors else "warning"][0] += 1
            continue
        line = lines[problem.line - 1] if 0 < problem.line <= len(lines) else ""
        found = DataError(rel, problem.line, field_at(problem.line), _plain(problem.rule, problem.desc, line, problem.column))
        listed.append(found)
        left_out["error" if listed is errors else "warning"][1] = problem.line
    for level, listed in (("error", errors), ("warning", warnings)):
        count, last = left_out[level]
        if count:
            listed.append(more_problems(rel, last, field_at(last), count))
    return errors, warnings
