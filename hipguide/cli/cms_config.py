"""The browser editor's configuration (Decap CMS), generated from the models the build validates with.

Decap shows one form per data file: a field per model field, in model order,
labelled from its name, with its description as the hint, required where the
model requires it, with the model's patterns, choices and limits, and with the
real conditions, exercises and questions to pick from where a field names
them. It is made from the same JSON Schemas as the editor schemas
(hipguide.data.schema), so the form, the schemas and the build agree.

    python -m hipguide.cli cms-config          # write admin/config.yml
    python -m hipguide.cli cms-config --check  # exit 1 if admin/config.yml is stale
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from hipguide.cli.command import command_parser, reporting_data_errors, write_or_check
from hipguide.data.collections import GUIDES, all_collections, all_data_files, collection, guide_ids, references_in
from hipguide.data.schema import build_schema, load_checker

CONFIG_FILE = "admin/config.yml"

# Long text gets a multi-line box; short text a one-line box.
ONE_LINE_MAX = 160

HEADER = """\
# The browser editor's settings (Decap CMS, served at /admin/).
# Generated from hipguide/data/models by `make cms-config`: do not edit by hand.
# Production: the GitHub backend with the editorial workflow (each edit is a
# pull request that `make test` checks before anyone can merge it); on this
# machine `make edit` uses decap-server instead (local_backend), which writes
# straight into this checkout.
"""


def label(name: str) -> str:
    """``also_known_as`` -> ``Also known as``."""
    words = name.replace("_", " ").replace("-", " ")
    return words[:1].upper() + words[1:]


def _optional_inside(field: dict) -> None:
    """Decap checks the required parts of an optional object even when it is left empty (so an
    exercise without a photo could not be saved): inside one, nothing is required in the form;
    the build still refuses a half-filled object with its file:line message."""
    for inner in field.get("fields", []):
        inner["required"] = False
        _optional_inside(inner)


class _Fields:
    """Turns one JSON Schema (with its $defs) into Decap fields."""

    def __init__(self, schema: dict, kind: str, guides: list[str]):
        self.defs = schema.get("$defs", {})
        self.references = references_in(kind)
        self.guides = guides

    def resolve(self, node: dict) -> dict:
        if "$ref" in node:
            return {**self.defs[node["$ref"].rsplit("/", 1)[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
        return node

    def object_fields(self, node: dict, top: bool = False) -> list[dict]:
        node = self.resolve(node)
        required = set(node.get("required", []))
        return [self.field(name, prop, name in required, top) for name, prop in node.get("properties", {}).items()]

    def field(self, name: str, prop: dict, required: bool, top: bool = False) -> dict:
        prop = self.resolve(prop)
        nullable = False
        if "anyOf" in prop:  # X or null: optional
            options = [self.resolve(o) for o in prop["anyOf"] if o.get("type") != "null"]
            nullable = len(options) < len(prop["anyOf"])
            prop = {**options[0], **{k: v for k, v in prop.items() if k != "anyOf"}}
        out: dict = {"name": name, "label": label(name)}
        if prop.get("description"):
            out["hint"] = prop["description"]
        out["required"] = bool(required and not nullable)
        target = self.references.get(name) if top else None
        if target:
            out.update(self.reference(target))
        else:
            out.update(self.widget(prop))
        if "default" in prop and prop["default"] not in (None, [], {}):
            out["default"] = prop["default"]
        if not out["required"] and out.get("widget") == "object":
            _optional_inside(out)
        return out

    def reference(self, target: str) -> dict:
        if target == GUIDES:
            return {"widget": "select", "multiple": True, "options": self.guides}
        title = collection(target).title_field
        return {"widget": "relation", "collection": target, "value_field": "id", "search_fields": [title, "id"],
                "display_fields": [title], "multiple": True, "options_length": 200}

    def widget(self, prop: dict) -> dict:
        kind = prop.get("type")
        if "enum" in prop or "const" in prop:
            return {"widget": "select", "options": list(prop.get("enum", [prop.get("const")]))}
        if kind == "boolean":
            return {"widget": "boolean"}
        if kind == "integer" or kind == "number":
            out = {"widget": "number", "value_type": "int" if kind == "integer" else "float"}
            for key, limit in (("minimum", "min"), ("maximum", "max")):
                if key in prop:
                    out[limit] = prop[key]
            return out
        if kind == "string" and prop.get("format") == "date":
            return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": False,
                    "picker_utc": True}
        if kind == "string":
            return self.text(prop)
        if kind == "array":
            items = self.resolve(prop.get("items", {}))
            out: dict = {}
            if "enum" in items:
                out = {"widget": "select", "multiple": True, "options": list(items["enum"])}
            elif items.get("type") == "object" or "properties" in items:
                out = {"widget": "list", "collapsed": True, "fields": self.object_fields(items)}
            else:
                out = {"widget": "list", "collapsed": False, "field": {"name": "item", "label": "Item", **self.widget(items)}}
            if "minItems" in prop:
                out["min"] = prop["minItems"]
            if "maxItems" in prop:
                out["max"] = prop["maxItems"]
            return out
        if kind == "object" or "properties" in prop:
            return {"widget": "object", "collapsed": True, "fields": self.object_fields(prop)}
        return {"widget": "string"}

    @staticmethod
    def text(prop: dict) -> dict:
        """A one-line or multi-line box, with the model's pattern and length limits as one pattern."""
        longest, shortest = prop.get("maxLength"), prop.get("minLength", 1)
        out: dict = {"widget": "string" if longest and longest <= ONE_LINE_MAX else "text"}
        rule, words = prop.get("pattern"), prop.get("patternErrorMessage", "")
        if longest:
            size = f"{{{shortest},{longest}}}"
            if rule and rule.endswith("[\\s\\S]*$"):  # the plain-text rule: any text without markup
                rule = rule.removesuffix("*$") + size + "$"
            elif rule:
                rule = "^(?=[\\s\\S]" + size + "$)" + rule.removeprefix("^")
            else:
                rule = "^[\\s\\S]" + size + "$"
            limit = f"{shortest} to {longest} characters" if shortest > 1 else f"At most {longest} characters"
            words = f"{limit}. {words}".strip()
        if rule:
            out["pattern"] = [rule, words or "Not in the expected form."]
        return out


def _mkdocs_setting(root: Path, key: str) -> str:
    """One top-level value of mkdocs.yml, read as text (the file has tags PyYAML's safe loader refuses)."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    m = re.search(rf"^{key}:\s*(\S+)\s*$", text, re.M)
    return m.group(1) if m else ""


def github_repo(repo_url: str) -> str:
    """``https://github.com/owner/name`` -> ``owner/name`` (the GitHub backend's ``repo``)."""
    path = urlsplit(repo_url).path.strip("/").removesuffix(".git")
    return path if path.count("/") == 1 else "owner/repository"


def build_config(root: Path) -> dict:
    """The whole Decap configuration for the project at ``root``."""
    checker = load_checker(root)
    guides = guide_ids(root)
    site_url = _mkdocs_setting(root, "site_url")
    collections = []
    for pages in all_collections():
        schema = build_schema(pages.name, checker)
        collections.append({
            "name": pages.kind, "label": label(pages.plural), "label_singular": label(pages.noun),
            "description": schema["description"].split(" Generated from")[0],
            "folder": pages.folder, "extension": "yml", "format": "yml",
            "create": True, "delete": False,  # retiring a page is `make retire-*`: it finds every link first
            "identifier_field": "id", "slug": "{{slug}}", "summary": f"{{{{{pages.title_field}}}}}",
            "sortable_fields": [pages.title_field, "id"],
            "fields": _Fields(schema, pages.kind, guides).object_fields(schema, top=True),
        })
    files = []
    for single in all_data_files():
        schema = build_schema(single.name, checker)
        files.append({"name": single.name, "label": single.cms_label, "file": single.path, "format": "yml",
                      "fields": _Fields(schema, single.name, guides).object_fields(schema, top=True)})
    collections.append({"name": "settings", "label": "Clinic and site-wide wording", "delete": False,
                        "editor": {"preview": False}, "files": files})
    for entry in collections:
        entry.setdefault("editor", {"preview": False})
    return {
        "backend": {
            "name": "github",
            "repo": github_repo(_mkdocs_setting(root, "repo_url")),
            "branch": "main",
            "squash_merges": True,
            "commit_messages": {
                "create": "Add {{collection}} '{{slug}}' (browser editor)",
                "update": "Update {{collection}} '{{slug}}' (browser editor)",
                "delete": "Delete {{collection}} '{{slug}}' (browser editor)",
            },
        },
        "publish_mode": "editorial_workflow",
        "local_backend": True,  # only on localhost/127.0.0.1: `make edit`
        "site_url": site_url,
        "display_url": site_url,
        "locale": "en",
        "load_config_file": True,
        "media_folder": "docs/assets/uploads",
        "public_folder": "/assets/uploads",
        "show_preview_links": False,
        "search": True,
        "collections": collections,
    }


def render(config: dict) -> str:
    """The file's text: the header, then the settings in a stable order."""
    body = yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    return HEADER + body


def main(argv: list[str] | None = None) -> int:
    """Write admin/config.yml, or with --check report it stale; 0 when all is well."""
    args = command_parser("make cms-config", __doc__, check="exit 1 if admin/config.yml is stale").parse_args(argv)
    root = args.root.resolve()
    return reporting_data_errors(lambda: write_or_check(
        root, {root / CONFIG_FILE: render(build_config(root))}, check=args.check, command="make cms-config",
        made_from="the models"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
