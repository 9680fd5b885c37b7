"""Apply a described edit (from a YAML fixture) to a copy of data files."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import yaml

from hipguide.data.yaml_source import parse_yaml


def _expand(case: dict, text: str) -> str:
    """``repeat: {token, text, times}`` puts a very long value where ``token`` stands."""
    spec = case.get("repeat")
    return text.replace(spec["token"], spec["text"] * spec["times"]) if spec else text


def _line_at(data: bytes | str, offset: int) -> int:
    newline = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, offset) + 1


def _make_special(path: Path, kind: str, data_dir: Path) -> int:
    """Replace the file by a symlink (outside the project, dangling, a loop, /dev/zero) or a FIFO."""
    if kind == "symlink-outside":
        outside = data_dir.parent.parent / f"outside-{path.name}"  # beside the project copy, not in it
        shutil.copyfile(path, outside)
        target = os.path.relpath(outside, path.parent)
    else:
        target = {"symlink-dangling": "no-such-file.yml", "symlink-loop": path.name,
                  "symlink-dev-zero": "/dev/zero", "fifo": None}[kind]
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    else:
        os.symlink(target, path)
    return 1


def apply_edit(data_dir: Path, case: dict) -> int:
    """Edit ``data_dir/case['file']`` as the case says; fail loudly if the edit no longer applies.

    Returns the line (1-based) where the edit starts in the edited file, so a
    test can expect the message on that line even after the content changes.
    """
    path = data_dir / case["file"]
    if "copy_from" in case:
        source = data_dir / case["copy_from"]
        assert source.is_file(), f"case {case['id']}: {case['copy_from']} is missing"
        assert not path.exists(), f"case {case['id']}: {case['file']} already exists"
        shutil.copyfile(source, path)
        if not any(k in case for k in ("replace", "sub")):
            lines = path.read_text(encoding="utf-8").splitlines()
            return next(n for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#"))  # the first field
    if "write" in case:
        path.write_text(_expand(case, case["write"]), encoding="utf-8")
        return 1
    if "write_bytes" in case:
        path.write_bytes(bytes.fromhex(case["write_bytes"]))
        return 1
    if "prepend_bytes" in case:
        path.write_bytes(bytes.fromhex(case["prepend_bytes"]) + path.read_bytes())
        return 1
    if "special" in case:  # not text at all: a link or a pipe where a data file should be
        return _make_special(path, case["special"], data_dir)
    if "delete" in case:
        path.unlink()
        return 0
    if "replace" in case:
        old, new = case["replace"]
        new = _expand(case, new)
        text = path.read_text(encoding="utf-8")
        assert old in text, f"case {case['id']}: {old!r} not found in {case['file']}"
        at = text.index(old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return _line_at(text, at)
    if "sub" in case:  # a regular expression (multi-line mode), for edits that survive content changes
        pattern, new = case["sub"]
        text = path.read_text(encoding="utf-8")
        m = re.search(pattern, text, re.M)
        assert m, f"case {case['id']}: /{pattern}/ not found in {case['file']}"
        path.write_text(text[:m.start()] + m.expand(_expand(case, new)) + text[m.end():], encoding="utf-8")
        return _line_at(text, m.start())
    if "replace_bytes" in case:  # text -> raw bytes, e.g. a Windows-1252 apostrophe
        old, new_hex = case["replace_bytes"]
        raw = path.read_bytes()
        assert old.encode() in raw, f"case {case['id']}: {old!r} not found in {case['file']}"
        at = raw.index(old.encode())
        path.write_bytes(raw.replace(old.encode(), bytes.fromhex(new_hex), 1))
        return _line_at(raw, at)
    if "write_field" in case:
        key, value = case["write_field"]
        data = parse_yaml(path.read_text(encoding="utf-8"), case["file"]).data  # YAML 1.2, as the site reads it
        data[key] = value
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return 0
    raise AssertionError(f"case {case['id']} has no edit")
