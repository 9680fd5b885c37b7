"""Apply a described edit (from a YAML fixture) to a copy of data files."""
from __future__ import annotations

from pathlib import Path

import yaml


def apply_edit(data_dir: Path, case: dict) -> None:
    """Edit ``data_dir/case['file']`` as the case says; fail loudly if the edit no longer applies."""
    path = data_dir / case["file"]
    if "write" in case:
        path.write_text(case["write"], encoding="utf-8")
    elif "write_bytes" in case:
        path.write_bytes(bytes.fromhex(case["write_bytes"]))
    elif "prepend_bytes" in case:
        path.write_bytes(bytes.fromhex(case["prepend_bytes"]) + path.read_bytes())
    elif "delete" in case:
        path.unlink()
    elif "replace" in case:
        old, new = case["replace"]
        text = path.read_text(encoding="utf-8")
        assert old in text, f"case {case['id']}: {old!r} not found in {case['file']}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    elif "write_field" in case:
        key, value = case["write_field"]
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data[key] = value
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    else:
        raise AssertionError(f"case {case['id']} has no edit")
