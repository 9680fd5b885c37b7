"""The registry of collections is the one list: a new collection needs one entry, its model and its templates.

The first tests add a made-up collection (the clinic's team) to a copy of the
project by changing nothing but the registry, and watch every part of the
pipeline pick it up: loading, the unknown-key and reference checks, the pages,
the schemas, the browser editor's forms, `make new-*`, `make retire-*` and
`make check`. The last test makes sure no other module spells out where the
collections live.
"""
from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from jinja2 import ChoiceLoader, DictLoader
from pydantic import Field

from hipguide.cli import check, new_page, retire
from hipguide.cli.cms_config import build_config
from hipguide.data import collections as registry
from hipguide.data.collections import Collection, page_url
from hipguide.data.errors import DataErrors
from hipguide.data.hand_written_links import data_page_uris
from hipguide.data.load import load_site_data
from hipguide.data.models.fields import DataModel, Name, Slug
from hipguide.data.review_dates import review_table
from hipguide.data.schema import build_schema, existing_ids, load_checker, schema_kinds
from hipguide.site.pages import build_pages
from hipguide.site.pages.render import ENV
from support.project import ROOT


class TeamMember(DataModel):
    """data/team/<id>.yml: one of the clinic's physiotherapists."""

    id: Slug = Field(description="The file name without .yml.")
    name: Name = Field(description="Their name.")
    role: Name = Field(description="What they do at the clinic.")
    treats: list[Slug] = Field(default_factory=list, description="Ids of conditions they see most.")


TEAM = Collection(
    kind="team", name="team-member", model=TeamMember, page_folder="team", noun="team member",
    title_field="name", description_field="role", display_order=lambda m: (m.name.lower(),),
    page_template="team_member_page.md.j2",
    link_help="Link it from the about page: team/$id.md.",
    references={"treats": "conditions"},
)
PAGE_TEMPLATE = ("# {{ item.name|md }}\n\n{{ item.role }}\n"
                 "{% for c in data.conditions.values() if c.id in item.treats %}\n- [{{ c.name|md }}]({{ c|page_md }})\n{% endfor %}")
SCAFFOLD = "id: $id\nname: \"\"\nrole: \"\"\ntreats: []\n"
JANE = "id: jane-citizen\nname: Jane Citizen\nrole: Sports physiotherapist\ntreats:\n  - gluteal-tendinopathy\n"


@pytest.fixture
def team_project(tmp_path, monkeypatch) -> Path:
    """A copy of the project with one team member, and the team in the registry (nothing else changed)."""
    for part in ("data", "docs"):
        shutil.copytree(ROOT / part, tmp_path / part)
    for part in ("mkdocs.yml", ".yamllint"):
        shutil.copy2(ROOT / part, tmp_path / part)
    (tmp_path / "data" / "team").mkdir()
    (tmp_path / "data" / "team" / "jane-citizen.yml").write_text(JANE, encoding="utf-8")
    monkeypatch.setattr(registry, "COLLECTIONS", (*registry.COLLECTIONS, TEAM))
    # The team's templates, beside the real ones: the page template and the `make new-*` template.
    monkeypatch.setattr(ENV, "loader", ChoiceLoader([DictLoader({TEAM.page_template: PAGE_TEMPLATE}), ENV.loader]))
    templates = tmp_path / "page_templates"
    shutil.copytree(new_page.TEMPLATES, templates)
    (templates / TEAM.scaffold_template).write_text(SCAFFOLD, encoding="utf-8")
    monkeypatch.setattr(new_page, "TEMPLATES", templates)
    return tmp_path


def _errors(project: Path) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        load_site_data(project)
    return [str(e) for e in caught.value.errors]


def test_a_new_collection_is_loaded_in_its_order_with_its_source_files(team_project):
    data = load_site_data(team_project)
    assert list(data.collections) == ["conditions", "exercises", "faqs", "team"]
    assert data.collections["team"]["jane-citizen"].role == "Sports physiotherapist"
    assert data.source_files[("team", "jane-citizen")] == "data/team/jane-citizen.yml"


def test_a_new_collection_refuses_unknown_keys_bad_ids_and_stray_files(team_project):
    folder = team_project / "data" / "team"
    (folder / "jane-citizen.yml").write_text(JANE.replace("gluteal-tendinopathy", "glutael-tendinopathy")
                                             + "favourite_colour: blue\n", encoding="utf-8")
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    (folder / "sam.yml").write_text(JANE.replace("jane-citizen", "sam-citizen"), encoding="utf-8")
    errors = _errors(team_project)
    assert any(e.startswith("data/team/jane-citizen.yml:6: favourite_colour:") for e in errors), errors
    assert "data/team/notes.txt: only .yml files belong in data/team/. Move or delete this file." in errors
    assert any(e.startswith("data/team/sam.yml:1: id: the id 'sam-citizen' must match the file name 'sam'")
               for e in errors), errors

    (folder / "jane-citizen.yml").write_text(JANE.replace("gluteal-tendinopathy", "glutael-tendinopathy"),
                                             encoding="utf-8")
    (folder / "notes.txt").unlink()
    (folder / "sam.yml").unlink()
    assert _errors(team_project) == [
        "data/team/jane-citizen.yml:5: treats[0]: unknown condition 'glutael-tendinopathy' "
        "(did you mean 'gluteal-tendinopathy'?). It must be the name of a file in data/conditions/ (without the ending)."]


def test_a_new_collection_gets_its_pages_addresses_and_links(team_project):
    data = load_site_data(team_project)
    pages = {p.src_uri: p for p in build_pages(data)}
    page = pages["team/jane-citizen.md"]
    assert page.edit_path == "data/team/jane-citizen.yml" and page.kind == "team-member"
    assert "title: Jane Citizen\ndescription: Sports physiotherapist\n" in page.markdown
    assert "# Jane Citizen" in page.markdown
    assert "- [Gluteal tendinopathy](../conditions/gluteal-tendinopathy.md)" in page.markdown
    assert "team/index.md" not in pages  # no index page unless the entry asks for one
    assert "team/jane-citizen.md" in data_page_uris(data)
    assert page_url("team", "jane-citizen") == "team/jane-citizen/"
    assert page_url("team", "jane-citizen", use_directory_urls=False) == "team/jane-citizen.html"


def test_a_new_collection_gets_a_schema_and_an_editor_form(team_project):
    assert schema_kinds()["team-member"] == (TeamMember, "data/team/*.yml")
    schema = build_schema("team-member", load_checker(team_project), existing_ids(team_project))
    assert schema["title"] == "TeamMember (data/team/*.yml)"
    assert schema["additionalProperties"] is False
    assert "gluteal-tendinopathy" in schema["properties"]["treats"]["items"]["enum"]
    form = next(c for c in build_config(team_project)["collections"] if c["name"] == "team")
    assert (form["label"], form["label_singular"], form["folder"], form["summary"]) == (
        "Team members", "Team member", "data/team", "{{name}}")
    treats = next(f for f in form["fields"] if f["name"] == "treats")
    assert (treats["widget"], treats["collection"]) == ("relation", "conditions")


def test_a_new_collection_works_with_the_staff_commands(team_project, capsys):
    assert new_page.main(["team-member", "sam-citizen", "--root", str(team_project)]) == 0
    assert (team_project / "data" / "team" / "sam-citizen.yml").read_text(encoding="utf-8").startswith("id: sam-citizen\n")
    assert "http://127.0.0.1:8000/team/sam-citizen/" in capsys.readouterr().out
    (team_project / "data" / "team" / "sam-citizen.yml").write_text(
        JANE.replace("jane-citizen", "sam-citizen"), encoding="utf-8")

    assert check.main(["--root", str(team_project)]) == 0
    assert ", 2 team members." in capsys.readouterr().out
    assert "team member" not in review_table(load_site_data(team_project))  # no review fields: not in the report

    assert retire.main(["team-member", "sam-citizen", "--root", str(team_project)]) == 0
    assert not (team_project / "data" / "team" / "sam-citizen.yml").exists()
    # Retiring a condition finds the team member that names it.
    assert retire.main(["condition", "gluteal-tendinopathy", "--root", str(team_project)]) == 1
    assert "data/team/jane-citizen.yml:5: treats[0]: lists it." in capsys.readouterr().err


# What the registry alone may say: where a collection lives in data/ and in the site.
FOLDER_NAMES = "|".join(re.escape(name) for c in registry.COLLECTIONS for name in {c.kind, c.page_folder})
FOLDER_PATH = re.compile(rf"(?:^|/)(?:{FOLDER_NAMES})(?:/|$)")
REGISTRY = ROOT / "hipguide" / "data" / "collections.py"
# A model describes its own fields to staff (the schemas and the editor show these words).
MODELS = ROOT / "hipguide" / "data" / "models"


def _strings(tree: ast.AST):
    """Every string in the code (parts of f-strings too), without docstrings."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node


def test_no_module_but_the_registry_spells_out_where_a_collection_lives():
    found = []
    for path in sorted((ROOT / "hipguide").rglob("*.py")):
        if path == REGISTRY or MODELS in path.parents:
            continue
        for node in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            if any("/" in word and FOLDER_PATH.search(word) for word in node.value.split()):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert not found, "use hipguide.data.collections (folder, source_file, page_uri, page_url) instead:\n" + "\n".join(found)


def test_the_folder_check_sees_a_folder_where_it_is_spelt_out():
    """The check above can fail: it catches the spellings the modules used before the registry."""
    samples = ['uri = f"conditions/{c.id}.md"', 'rel = "data/faqs/"', 'url = f"/exercises/{exercise_id}/"',
               'uri = "questions/index.md"']
    for sample in samples:
        assert any("/" in w and FOLDER_PATH.search(w) for n in _strings(ast.parse(sample)) for w in n.value.split()), sample
    assert not any(FOLDER_PATH.search(w) for n in _strings(ast.parse('key = "exercises"')) for w in n.value.split() if "/" in w)


def test_a_new_collection_is_published_by_the_real_build(team_project, project_copy, tmp_path):
    """The whole MkDocs build (hooks, SEO, structured data, sitemap) publishes the team member's page.

    No mkdocs.yml edit: the plugin leaves a page per item out of the menu itself.
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    shutil.copytree(team_project / "data" / "team", project_copy / "data" / "team")
    config = project_copy / "mkdocs.yml"
    site = tmp_path / "team-site"
    mkdocs_build(load_config(str(config), site_dir=str(site), strict=True))
    page = BeautifulSoup((site / "team" / "jane-citizen" / "index.html").read_text(encoding="utf-8"), "html.parser")
    for permalink in page.select(".headerlink"):
        permalink.decompose()
    assert page.select_one("article h1").get_text(strip=True) == "Jane Citizen"
    assert page.select_one('article a[href="../../conditions/gluteal-tendinopathy/"]').get_text() == "Gluteal tendinopathy"
    assert page.select_one('meta[name="description"]')["content"] == "Sports physiotherapist"
    assert '"name": "Jane Citizen"' in page.select_one('script[type="application/ld+json"]').get_text()
    assert "/team/jane-citizen/" in (site / "sitemap.xml").read_text(encoding="utf-8")
