"""Hostile text in every clinic, advice and symptom-checker wording field, through the real build.

An attacker with write access to data/ (or a careless paste) puts Markdown and
HTML syntax into each field. For every field and every payload the loader
either refuses it with ``data/<file>:<line>: <field>:``, or the strict build
shows it as plain text on every page, hand-written ones included: no
event-handler or style attribute, no processing instruction, no link or image
to another host, no ``javascript:`` address. Each payload is one real build.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from bs4.element import ProcessingInstruction

from hipguide.cli.build import build  # hipguide/cli/build.py
from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from hipguide.data.yaml_source import parse_yaml
from support.project import ROOT, copy_project

pytestmark = pytest.mark.slow  # hostile files, each through a whole-site build

PAYLOADS = {
    "emphasis-and-attribute-list": 'Thrive *!*{ onmouseover="alert(document.domain)" }',
    "link-image-and-handler": "x)![i](https://evil.example/b.png){onclick=alert(21)}",
    "processing-instruction-and-quotes": "Thrive <?x ?> & ' \" style=\"color:red\" _u_ `c` { .x }",
    "links-and-entities": "[a](https://evil.example/) ![i](//evil.example/i.png) &lt;b&gt; [b]: /x",
}
URL_PAYLOADS = [
    "https://book.example/x)![i](https://evil.example/b.png){onclick=alert(21)}",
    'https://book.example/" onmouseover="alert(1)',
    "https://book.example/x' onmouseover='alert(1)",
    "https://book.example/{onclick=alert(1)}",
    "https://evil.example@book.example/",
    "javascript:alert(1)",
    "https://book.example/a b",
    "https://book.example/<?x?>",
]
# The files whose text fields reach hand-written pages through macros or the theme.
FIELDS_OF = {"clinic.yml": None, "advice.yml": None, "symptom-checker.yml": ("intro", "wording")}


def _leaves(value, path=()):
    """Every (path, text) in a YAML tree."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, path + (i,))
    elif isinstance(value, str):
        yield path, value


def _field(path) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(path))


def _set(tree, path, value):
    for key in path[:-1]:
        tree = tree[key]
    tree[path[-1]] = value


def _write(project: Path, trees: dict[str, dict]) -> None:
    for name, tree in trees.items():
        (project / "data" / name).write_text(
            yaml.safe_dump(tree, sort_keys=False, allow_unicode=True, width=10**6), encoding="utf-8")


def _originals() -> dict[str, dict]:
    # Read as the site reads them (YAML 1.2: 07:00 stays text), then written back quoted where needed.
    return {name: parse_yaml((ROOT / "data" / name).read_text(encoding="utf-8"), name).data for name in FIELDS_OF}


def _targets() -> list[tuple[str, tuple]]:
    out = []
    for name, tree in _originals().items():
        roots = FIELDS_OF[name]
        out += [(name, path) for path, _ in _leaves(tree) if roots is None or path[0] in roots]
    return out


def _messages(project: Path, trees: dict[str, dict]) -> list[str]:
    """The loader's messages for these files ([] when it accepts them)."""
    _write(project, trees)
    try:
        load_site_data(project)
    except DataErrors as exc:
        return [str(e) for e in exc.errors]
    return []


def _refusal(project: Path, name: str, path: tuple, value: str) -> list[str]:
    trees = _originals()
    _set(trees[name], path, value)
    return _messages(project, trees)


def _assert_refused_in_place(messages: list[str], name: str, path: tuple) -> None:
    where = re.compile(rf"^data/{re.escape(name)}:[1-9]\d*: {re.escape(_field(path))}: ")
    assert any(where.match(m) for m in messages), (name, path, messages)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("hostile") / "scratch")


@pytest.fixture(scope="module")
def allowed_hosts(built_site) -> set[str]:
    """Hosts the real site links to (booking, maps, the repository...): nothing else may appear."""
    hosts = set()
    for page in built_site.rglob("*.html"):
        for tag in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all(href=True):
            hosts.add(urlsplit(tag["href"]).hostname)
    return hosts - {None}


def test_the_fields_cover_clinic_advice_and_checker_wording():
    fields = {(name, _field(path)) for name, path in _targets()}
    for needed in [("clinic.yml", "name"), ("clinic.yml", "address.street"), ("clinic.yml", "address.suburb"),
                   ("clinic.yml", "booking_url"), ("clinic.yml", "directions_url"), ("clinic.yml", "phone"),
                   ("symptom-checker.yml", "wording.no_script"), ("symptom-checker.yml", "wording.no_script_link"),
                   ("symptom-checker.yml", "wording.load_error"), ("advice.yml", "pain_rule")]:
        assert needed in fields


@pytest.mark.parametrize("url", URL_PAYLOADS)
def test_a_link_that_could_break_out_of_markdown_or_an_attribute_is_refused(scratch, url):
    for field in ("booking_url", "directions_url"):
        _assert_refused_in_place(_refusal(scratch, "clinic.yml", (field,), url), "clinic.yml", (field,))


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_text_is_refused_or_shown_as_plain_text_on_every_page(scratch, tmp_path, allowed_hosts, payload):
    # The payload in every field at once: the loader lists every field it refuses, each in place.
    trees = _originals()
    for name, path in _targets():
        _set(trees[name], path, payload)
    messages = _messages(scratch, trees)
    refused = {(m.split(":")[0], m.split(": ")[1]) for m in messages}
    accepted = [(name, path) for name, path in _targets() if (f"data/{name}", _field(path)) not in refused]
    for name, path in _targets():
        if (name, path) not in accepted:
            _assert_refused_in_place(messages, name, path)
    trees = _originals()
    for name, path in accepted:
        _set(trees[name], path, payload)
    assert _messages(scratch, trees) == [], "a field refused the payload only when other fields held it too"
    assert ("clinic.yml", ("name",)) in accepted, "the test needs a payload the name field accepts"

    project = copy_project(tmp_path / "project")
    _write(project, trees)
    site = tmp_path / "site"
    assert build(project, site) == 0
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 50
    shown = 0
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        where = page.relative_to(site)
        assert not soup.find_all(string=lambda s: isinstance(s, ProcessingInstruction)), where
        for tag in soup.find_all(True):
            for attr in tag.attrs:
                assert not attr.lower().startswith("on"), (where, str(tag)[:200])
                assert attr.lower() != "style", (where, str(tag)[:200])
            for attr in ("href", "src", "srcset", "action", "formaction", "data", "poster"):
                value = tag.get(attr)
                if not value:
                    continue
                assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (where, attr, value)
                host = urlsplit(value).hostname
                assert host is None or (host in allowed_hosts and attr == "href"), (where, attr, value)
        shown += " ".join(payload.split()) in " ".join(soup.get_text().split())
    # Shown, word for word, wherever the name appears (home, about, guides, footers...).
    assert shown >= 5, f"the payload was shown as text on only {shown} pages"


def test_a_title_with_markup_characters_is_text_in_the_header(tmp_path):
    """Material's header prints titles unescaped: overrides/partials/header.html escapes them."""
    title = "Hip <?x ?> & \"pain\" it's"
    project = copy_project(tmp_path / "project")
    path = project / "data" / "faqs" / "run-with-hip-pain.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^question: .*$", f"question: '{title.replace(chr(39), chr(39) * 2)}'", text,
                           count=1, flags=re.M), encoding="utf-8")
    site = tmp_path / "site"
    assert build(project, site) == 0
    soup = BeautifulSoup((site / "questions" / "run-with-hip-pain" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    assert not soup.find_all(string=lambda s: isinstance(s, ProcessingInstruction))
    topic = soup.select_one('[data-md-component="header-topic"]')
    assert topic is not None and topic.get_text(" ", strip=True) == title
    assert soup.select_one("header label[for=__search]") is not None, "the rest of the header is still there"


def test_a_github_repo_url_makes_no_page_fetch_from_api_github_com(tmp_path, monkeypatch):
    """Material's script fetches repository facts for every [data-md-component=source]; none is left.

    The published site has no repository link at all (tests/build/test_public_pages.py); the staff
    preview keeps it, so that is where the link must not fetch."""
    monkeypatch.setenv("APP_STAFF_PREVIEW", "1")
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"^repo_url: .*$", "repo_url: https://github.com/example/hip-guide",
                             config.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")
    site = tmp_path / "site"
    assert build(project, site) == 0
    for page in (site / "index.html", site / "contact" / "index.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.select_one("a.md-source[href='https://github.com/example/hip-guide']") is not None
        assert not soup.select('[data-md-component="source"]'), page
