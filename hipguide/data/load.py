"""Load every data file, validate it and check references: all errors in one pass."""
from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel

from hipguide.data.collections import EXERCISES, all_collections, all_data_files, guide_ids
from hipguide.data.errors import DataError, DataErrors
from hipguide.data.exercise_diagrams import load_diagrams
from hipguide.data.exercise_photos import load_photos
from hipguide.data.hand_written_links import hand_written_link_errors
from hipguide.data.messages import validate_document
from hipguide.data.references import check_references
from hipguide.data.site_data import SiteData
from hipguide.data.yaml_lint import lint_text, load_lint_config
from hipguide.data.yaml_source import YamlDocument, read_yaml


class _Reader:
    """Reads data files, applying the project's .yamllint to each one that parses."""

    def __init__(self, root: Path, errors: list[DataError]):
        self.root, self.errors, self.warnings = root, errors, []
        try:
            self.lint_config = load_lint_config(root)
        except DataErrors as exc:
            errors.extend(exc.errors)
            self.lint_config = None

    def read(self, path: Path) -> YamlDocument | None:
        rel = path.relative_to(self.root).as_posix()
        try:
            doc = read_yaml(path, rel, self.root)
        except DataErrors as exc:
            self.errors.extend(exc.errors)
            return None
        if self.lint_config is not None:
            lint_errors, lint_warnings = lint_text(doc.text, rel, self.lint_config, doc.field_at)
            self.errors.extend(lint_errors)
            self.warnings.extend(lint_warnings)
        return doc


def _load_one(path: Path, root: Path, model: type[BaseModel], errors: list[DataError], reader: _Reader):
    if not os.path.lexists(path):  # a broken link is not "missing": read() says what it is
        errors.append(DataError(path.relative_to(root).as_posix(), 0, "",
                                "this file is missing. Restore it from the last published version."))
        return None, None
    doc = reader.read(path)
    return (validate_document(model, doc, errors) if doc else None), doc


def load_site_data(root: Path | str) -> SiteData:
    """Read ``<root>/data`` into :class:`SiteData`; raise :class:`DataErrors` listing every problem.

    ``root`` is the project folder (holding ``data/`` and ``docs/``); messages
    name files relative to it, e.g. ``data/conditions/x.yml``.
    """
    root = Path(root).resolve()
    errors: list[DataError] = []
    reader = _Reader(root, errors)
    singles, docs = {}, {}
    for single in all_data_files():
        singles[single.key], docs[(single.key, "")] = _load_one(root / single.path, root, single.model, errors, reader)

    collections: dict[str, dict] = {}
    for collection in all_collections():
        kind, model = collection.kind, collection.model
        items = {}
        folder = root / collection.folder
        for path in sorted(folder.glob("*")):
            rel = path.relative_to(root).as_posix()
            if path.name.startswith(".") or path.is_dir():
                continue
            if path.suffix == ".yaml":
                errors.append(DataError(rel, 0, "", "rename this file to end in .yml (not .yaml)."))
                continue
            if path.suffix != ".yml":
                errors.append(DataError(rel, 0, "", f"only .yml files belong in {collection.folder}/. Move or delete this file."))
                continue
            doc = reader.read(path)
            if doc is None:
                docs[(kind, path.stem)] = None  # still a known id: no knock-on errors elsewhere
                continue
            obj = validate_document(model, doc, errors)
            docs[(kind, path.stem)] = doc
            if obj is None:
                continue
            if obj.id != path.stem:
                errors.append(DataError(rel, doc.line_of(("id",)), "id",
                                        f"the id '{obj.id}' must match the file name '{path.stem}'. "
                                        f"Rename the file to {obj.id}.yml or change the id."))
                continue
            items[obj.id] = obj
        collections[kind] = items

    guides = guide_ids(root)

    check_references(singles, collections, docs, guides, errors)
    exercise_ids = set(collections[EXERCISES.kind]) | {i for (k, i) in docs if k == EXERCISES.kind}
    diagrams = load_diagrams(root, exercise_ids, errors)
    photos = load_photos(root, collections[EXERCISES.kind], docs, errors)
    if errors:
        raise DataErrors(errors)

    in_order = {c.kind: dict(sorted(collections[c.kind].items(), key=lambda kv, c=c: c.display_order(kv[1])))
                for c in all_collections()}
    source_files = {key: doc.rel for key, doc in docs.items() if doc is not None}
    data = SiteData(**singles, collections=in_order, source_files=source_files, guides=guides,
                    pictures={**diagrams, **photos}, warnings=sorted(set(reader.warnings)))
    # The build checks these links too; checking them here makes `make check` say so first, with a line.
    link_errors = hand_written_link_errors(root, data)
    if link_errors:
        raise DataErrors(link_errors)
    return data
